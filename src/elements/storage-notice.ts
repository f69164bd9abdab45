/**
 * <storage-notice>: shows the sentences of StorageNotice.astro that apply to this
 * browser's storage, from $storageHealth. Every page loads it: keep it tiny and
 * leave the words in the markup.
 */
import { $storageHealth } from '../stores/storage-engine';

class StorageNotice extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button')!;
    let kinds = '';
    let dismissed = '';
    const show = (): void => {
      // A dismissed notice comes back only when something new goes wrong.
      const isOpen = !!kinds && kinds !== dismissed;
      for (const line of this.querySelectorAll<HTMLElement>('[data-when]')) {
        line.hidden = !isOpen || !kinds.split(' ').includes(line.dataset['when']!);
      }
      this.toggleAttribute('data-open', isOpen);
      button.hidden = !isOpen;
    };
    // The notice lives as long as the page, so it never unsubscribes.
    $storageHealth.subscribe((health) => {
      kinds = [
        health.recovered.length > 0 && 'recovered',
        health.uncopied.length > 0 && 'uncopied',
        health.newer.length > 0 && 'newer',
        health.saving === 'off' && 'off',
        (health.saving === 'full' || health.lastWriteFailed) && 'full',
        health.tooBig.length > 0 && 'big',
      ]
        .filter(Boolean)
        .join(' ');
      show();
    });
    button.onclick = () => {
      dismissed = kinds;
      show();
      document.getElementById('main')?.focus();
    };
  }
}

if (!customElements.get('storage-notice')) customElements.define('storage-notice', StorageNotice);
