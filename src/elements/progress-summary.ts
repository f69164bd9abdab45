/** <progress-summary>: the home page's progress count, continue button and reset. */
import { countDone, describeProgress, firstUnfinishedLesson, startButtonLabel } from '../lib/lesson-progress';
import { $progress, resetProgress } from '../stores/progress';

class ProgressSummary extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const slugs = (this.dataset['slugs'] ?? '').split(' ').filter(Boolean);
    const lessonsPath = this.dataset['lessonsPath'] ?? '/lessons/';
    const count = this.querySelector('.count');
    const bar = this.querySelector('progress');
    const start = this.querySelector<HTMLAnchorElement>('a.start');
    const reset = this.querySelector<HTMLButtonElement>('button.reset');
    const dialog = this.querySelector('dialog');
    if (!count || !bar || !start || !reset || !dialog) return;

    this.#unsubscribe = $progress.subscribe(({ done }) => {
      const doneCount = countDone(slugs, done);
      count.textContent = describeProgress(doneCount, slugs.length);
      bar.value = doneCount;
      const next = firstUnfinishedLesson(slugs, done) ?? slugs[0];
      start.href = `${lessonsPath}${next}/`;
      start.textContent = startButtonLabel(doneCount, slugs.length);
      reset.hidden = doneCount === 0;
    });

    reset.addEventListener('click', () => dialog.showModal());
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'reset') {
        resetProgress();
        start.focus();
      } else {
        reset.focus();
      }
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

if (!customElements.get('progress-summary')) customElements.define('progress-summary', ProgressSummary);
