/**
 * <site-search>: the header search field. This part is tiny: it waits for the reader to
 * reach for the field (focus, typing, or the `/` key) and only then loads the search
 * code and Pagefind, so a page read without searching costs almost nothing.
 */
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
    this.#loading ??= import('./search-panel').then(({ attachSearch }) => attachSearch(this).refresh());
    return this.#loading;
  }
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
