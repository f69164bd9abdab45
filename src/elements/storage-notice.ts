/**
 * <storage-notice>: shows the sentences of StorageNotice.astro that apply to this
 * browser's storage, from $storageHealth. Every page loads it: keep it tiny and
 * leave the words in the markup.
 */
import { $storageHealth } from '../stores/storage-engine';

class StorageNotice extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button')!;
    const lines = this.querySelectorAll<HTMLElement>('[data-when]');
    let kinds = '';
    let dismissed = '';
    const show = (): void => {
      // A dismissed notice comes back only when something new goes wrong.
      const isOpen = kinds !== '' && kinds !== dismissed;
      for (const line of lines) line.hidden = !isOpen || !kinds.includes(line.dataset['when'] ?? '-');
      this.toggleAttribute('data-open', isOpen);
      button.hidden = !isOpen;
    };
    this.#unsubscribe = $storageHealth.subscribe(({ recovered, saving, lastWriteFailed }) => {
      kinds = `${recovered.length ? 'recovered ' : ''}${saving === 'off' ? 'off ' : ''}${lastWriteFailed ? 'full' : ''}`;
      show();
    });
    button.addEventListener('click', () => {
      dismissed = kinds;
      show();
      document.getElementById('main')?.focus();
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

if (!customElements.get('storage-notice')) customElements.define('storage-notice', StorageNotice);
