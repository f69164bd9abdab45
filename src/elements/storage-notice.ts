/**
 * <storage-notice>: shows the sentences that apply to this browser's storage, from
 * $storageHealth. Every page loads it, so it is tiny: the sentences and their styles
 * (storage-notice-text.ts) load only when something first goes wrong.
 */
import { $storageHealth } from '../stores/storage-engine';
import { NOTICE_READY } from './storage-notice-event';
import { loadScript } from './load-script';
import textUrl from './storage-notice-text.ts?worker&url';

class StorageNotice extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button')!;
    let kinds = '';
    let dismissed = '';
    let words: 'none' | 'loading' | 'ready' = 'none';
    const show = (): void => {
      // A dismissed notice comes back only when something new goes wrong.
      const isOpen = !!kinds && kinds !== dismissed;
      if (isOpen && words !== 'ready') return loadWords();
      for (const line of this.querySelectorAll<HTMLElement>('[data-when]')) {
        line.hidden = !isOpen || !kinds.split(' ').includes(line.dataset['when']!);
      }
      this.toggleAttribute('data-open', isOpen);
      button.hidden = !isOpen;
    };
    // Show runs again once the words are in.
    const loadWords = (): void => {
      if (words !== 'none') return;
      words = 'loading';
      this.addEventListener(
        NOTICE_READY,
        () => {
          words = 'ready';
          show();
        },
        { once: true },
      );
      // Should it fail to load, the next change in storage health tries again.
      loadScript(textUrl).catch(() => (words = 'none'));
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
