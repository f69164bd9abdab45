/** <progress-toggle data-slug>: the "Mark as done" button of one lesson. */
import { $progress, toggleLessonDone } from '../stores/progress';

class ProgressToggle extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const slug = this.dataset['slug'];
    const button = this.querySelector('button');
    const note = this.querySelector('.note');
    if (!slug || !button || !note) return;
    const idle = note.textContent;
    let first = true;
    this.#unsubscribe = $progress.subscribe(({ done }) => {
      const isDone = done.includes(slug);
      button.setAttribute('aria-pressed', String(isDone));
      // The restored state is shown silently; only the reader's own clicks are announced.
      if (!first) note.textContent = isDone ? 'Done. Saved in this browser.' : 'Not done yet.';
      else if (isDone) note.textContent = 'You marked this lesson as done.';
      else note.textContent = idle;
      first = false;
    });
    button.addEventListener('click', () => toggleLessonDone(slug));
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

if (!customElements.get('progress-toggle')) customElements.define('progress-toggle', ProgressToggle);
