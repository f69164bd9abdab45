/**
 * The header search's behaviour, loaded by <site-search> (site-search.ts) the first time
 * the reader reaches for the field; it attaches itself to every search box on the page
 * as soon as it runs. Pagefind's script, WebAssembly and index load from here too, so
 * pages that never search pay for none of it.
 */
import { excerptNodes } from './excerpt-nodes';
import { loadStyles } from './load-styles';
import stylesUrl from './search-panel.css?url';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }) => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;

/** The results panel's styles, fetched as this code runs, while Pagefind loads; the panel opens once they apply. */
const styled = loadStyles(stylesUrl);

/** Wire up the search field inside `root`; returns the controller. */
export function attachSearch(root: HTMLElement): SearchPanel {
  return new SearchPanel(root);
}

class SearchPanel {
  #root: HTMLElement;
  #pagefind: Promise<Pagefind | null> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #latest = 0;

  constructor(root: HTMLElement) {
    this.#root = root;
    const input = root.querySelector('input');
    const form = root.querySelector('form');
    if (!input || !form) return;
    void this.#load();
    input.addEventListener('input', () => this.#schedule(input.value));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#schedule(input.value, 0);
    });
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        this.#close();
        input.focus();
      }
    });
    root.addEventListener('focusout', (event) => {
      if (!root.contains(event.relatedTarget as Node | null)) this.#close();
    });
    input.addEventListener('focus', () => {
      if (input.value.trim()) this.#schedule(input.value, 0);
    });
  }

  /** Search for what the field holds now (it may have been typed before this code loaded). */
  refresh(): void {
    const input = this.#root.querySelector('input');
    if (input?.value.trim()) this.#schedule(input.value, 0);
  }

  #load(): Promise<Pagefind | null> {
    if (import.meta.env.DEV) return Promise.resolve(null);
    this.#pagefind ??= (async () => {
      const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // noWorker: search runs in the page. Sixteen pages search in a few milliseconds, so
      // Pagefind's web worker (its engine's code a second time, 12 KiB) would only add a
      // download and a copy to the offline precache (src/integrations/offline.ts).
      await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
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
    const data = await Promise.all(
      (found?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()),
    );
    if (request !== this.#latest) return;
    const count = found?.results.length ?? 0;
    const status =
      count === 0
        ? `Nothing matches “${term}”.`
        : `${count} ${count === 1 ? 'result' : 'results'} for “${term}”.`;
    void this.#show(
      status,
      data.map((item) => resultItem(item.url, item.meta.title ?? item.url, item.excerpt)),
    );
  }

  async #show(status: string, items: HTMLLIElement[]): Promise<void> {
    const panel = this.#root.querySelector<HTMLElement>('.results');
    if (!panel) return;
    // Awaited in call order, so the newest search still writes last.
    await styled;
    panel.querySelector('.status')!.textContent = status;
    panel.querySelector('ul')!.replaceChildren(...items);
    // No aria-expanded: a search field is no combobox (it has no list to arrow through),
    // and axe rejects the attribute there. The status line announces the results.
    panel.hidden = false;
  }

  #close(): void {
    const panel = this.#root.querySelector<HTMLElement>('.results');
    if (panel) panel.hidden = true;
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

for (const root of document.querySelectorAll<HTMLElement>('site-search')) attachSearch(root).refresh();
