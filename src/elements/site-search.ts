/**
 * <site-search>: the header search field. Pagefind's script, WebAssembly and index are
 * fetched only when the reader first focuses or types in the field, so pages that
 * never search never pay for it.
 */
import { excerptNodes } from './excerpt-nodes';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind | null> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #latest = 0;

  connectedCallback(): void {
    const input = this.querySelector('input');
    const form = this.querySelector('form');
    if (!input || !form) return;
    input.addEventListener('focus', () => void this.#load(), { once: true });
    input.addEventListener('input', () => this.#schedule(input.value));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#schedule(input.value, 0);
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        this.#close();
        input.focus();
      }
    });
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.#close();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      input.focus();
    });
    input.addEventListener('focus', () => {
      if (input.value.trim()) this.#schedule(input.value, 0);
    });
  }

  #load(): Promise<Pagefind | null> {
    if (import.meta.env.DEV) return Promise.resolve(null);
    this.#pagefind ??= (async () => {
      const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base, excerptLength: 24 });
      return pagefind;
    })().catch(() => null);
    return this.#pagefind;
  }

  #schedule(term: string, delay = 150): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(term.trim()), delay);
  }

  async #search(term: string): Promise<void> {
    const request = ++this.#latest;
    if (!term) return this.#close();
    if (import.meta.env.DEV) {
      return this.#show('Search works in the built site: run “npm start” to try it.', []);
    }
    const pagefind = await this.#load();
    if (!pagefind) return this.#show('Search could not load. Check your connection and try again.', []);
    const found = await pagefind.search(term);
    const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()));
    if (request !== this.#latest) return;
    const count = found?.results.length ?? 0;
    const status = count === 0 ? `No lessons match “${term}”.` : `${count} ${count === 1 ? 'result' : 'results'} for “${term}”.`;
    this.#show(status, data.map((item) => resultItem(item.url, item.meta.title ?? item.url, item.excerpt)));
  }

  #show(status: string, items: HTMLLIElement[]): void {
    const panel = this.querySelector<HTMLElement>('.results');
    if (!panel) return;
    panel.querySelector('.status')!.textContent = status;
    panel.querySelector('ul')!.replaceChildren(...items);
    panel.hidden = false;
    this.querySelector('input')?.setAttribute('aria-expanded', 'true');
  }

  #close(): void {
    const panel = this.querySelector<HTMLElement>('.results');
    if (panel) panel.hidden = true;
    this.querySelector('input')?.setAttribute('aria-expanded', 'false');
  }
}

function resultItem(url: string, title: string, excerpt: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = url;
  link.textContent = title;
  const text = document.createElement('p');
  text.append(...excerptNodes(excerpt));
  item.append(link, text);
  return item;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
