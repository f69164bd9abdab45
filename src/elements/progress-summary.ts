/** <progress-summary>: the home page's progress count, questions answered right, continue button and reset. */
import {
  countDone,
  countRightAnswers,
  describeAnswers,
  describeProgress,
  firstUnfinishedLesson,
  startButtonLabel,
} from '../lib/lesson-progress';
import { lessonPath, withBase } from '../lib/paths';
import { $progress, resetProgress } from '../stores/progress';

class ProgressSummary extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const slugs = (this.dataset['slugs'] ?? '').split(' ').filter(Boolean);
    const base = this.dataset['base'] ?? '/';
    // "lesson/question=answer …": the right answer of each question in the course.
    const answerKey = (this.dataset['answerKey'] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]);
    const answered = this.querySelector('.answers-count');
    const count = this.querySelector('.count');
    const bar = this.querySelector('progress');
    const start = this.querySelector<HTMLAnchorElement>('a.start');
    const reset = this.querySelector<HTMLButtonElement>('button.reset');
    const dialog = this.querySelector('dialog');
    if (!count || !bar || !start || !reset || !dialog) return;

    this.#unsubscribe = $progress.subscribe(({ done, answers }) => {
      const doneCount = countDone(slugs, done);
      count.textContent = describeProgress(doneCount, slugs.length);
      bar.value = doneCount;
      const next = firstUnfinishedLesson(slugs, done) ?? slugs[0];
      if (next) start.href = withBase(base, lessonPath(next));
      start.textContent = startButtonLabel(doneCount, slugs.length);
      const right = countRightAnswers(answerKey, answers);
      if (answered) answered.textContent = describeAnswers(right, answerKey.length);
      reset.hidden = doneCount === 0 && Object.keys(answers).length === 0;
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
