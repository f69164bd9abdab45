/**
 * <progress-toggle data-slug>: the "Mark as done" button of one lesson. Its label turns
 * to "Done" with the tick when pressed; the note under it says whether the change was
 * saved (the sentences for each case are in ProgressToggle.astro's data attributes).
 */
import type { SaveResult } from '../lib/storage/save-result';
import { $progress, toggleLessonDone } from '../stores/progress';
import { $storageHealth } from '../stores/storage-engine';

class ProgressToggle extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const slug = this.dataset['slug'];
    const button = this.querySelector('button');
    const label = this.querySelector('.label');
    const note = this.querySelector('.note');
    if (!slug || !button || !label || !note) return;
    const says = (name: string): string => this.dataset[name] ?? '';
    // Probed at load: where nothing can be saved, say so before the first click.
    const { saving } = $storageHealth.get();
    if (saving !== 'on') note.textContent = says(saving === 'off' ? 'offLoad' : 'fullLoad');
    this.#unsubscribe = $progress.subscribe(({ done }) => {
      const isDone = done.includes(slug);
      button.setAttribute('aria-pressed', String(isDone));
      label.textContent = isDone ? 'Done' : 'Mark as done';
      // The state restored at load is shown in the note only when it is done.
      if (isDone && note.textContent === says('idle')) note.textContent = says('restored');
    });
    button.addEventListener('click', () => {
      const result: SaveResult = toggleLessonDone(slug);
      const isDone = $progress.get().done.includes(slug);
      note.textContent = says(
        result === 'saved'
          ? isDone
            ? 'saved'
            : 'undone'
          : result === 'full' || result === 'off'
            ? result
            : 'refused',
      );
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

if (!customElements.get('progress-toggle')) customElements.define('progress-toggle', ProgressToggle);
