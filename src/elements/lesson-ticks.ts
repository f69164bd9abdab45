/** <lesson-ticks>: marks the lessons of a list that the reader has done. */
import { $progress } from '../stores/progress';

class LessonTicks extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    this.#unsubscribe = $progress.subscribe(({ done }) => {
      for (const item of this.querySelectorAll<HTMLElement>('li[data-slug]')) {
        const isDone = done.includes(item.dataset['slug'] ?? '');
        item.toggleAttribute('data-done', isDone);
        const state = item.querySelector('.state');
        if (state) state.textContent = isDone ? ' (done)' : '';
      }
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

if (!customElements.get('lesson-ticks')) customElements.define('lesson-ticks', LessonTicks);
