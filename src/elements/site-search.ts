/**
 * <site-search>: the header search field. This part is tiny: it waits for the reader to
 * reach for the field (focus, or the `/` key) and only then loads the search code, which
 * in turn loads Pagefind, so a page read without searching costs almost nothing.
 *
 * The search code is bundled by Vite as a standalone script (`?worker&url` gives the URL
 * of a self-contained bundle) and added with a <script> tag rather than `import()`:
 * a dynamic import would make Vite ship its module-preload helper, almost 1 KB, on
 * every page before the reader has done anything.
 */
import searchPanelUrl from './search-panel.ts?worker&url';

class SiteSearch extends HTMLElement {
  #loading: Promise<void> | undefined;

  connectedCallback(): void {
    const input = this.querySelector('input');
    if (!input) return;
    input.addEventListener('focus', () => void this.#activate(), { once: true });
    this.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      input.focus();
    });
  }

  #activate(): Promise<void> {
    this.#loading ??= new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = searchPanelUrl;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('The search code could not load.'));
      document.head.append(script);
    });
    return this.#loading;
  }
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
