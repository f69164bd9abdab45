/**
 * <site-search>: the header search field. This part is tiny: it waits for the reader to
 * reach for the field (focus, or the `/` key) and only then loads the search code, which
 * in turn loads Pagefind, so a page read without searching costs almost nothing.
 *
 * The search code is bundled by Vite as a standalone script (`?worker&url` gives the URL
 * of a self-contained bundle) and added by loadScript (load-script.ts says why not `import()`).
 */
import { loadScript } from './load-script';
import searchPanelUrl from './search-panel.ts?worker&url';

class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input');
    if (!input) return;
    input.addEventListener('focus', loadSearch, { once: true });
    this.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      input.focus();
    });
  }
}

/** Add the search code to the page; it attaches itself to every search box when it runs. */
function loadSearch(): void {
  void loadScript(searchPanelUrl).catch(() => undefined);
}

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
