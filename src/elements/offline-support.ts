/**
 * <offline-support>: registers the service worker that keeps the site usable offline
 * (built site only, never in dev). A new version installs in the background and waits;
 * this page keeps the files it started with. When the reader follows a link, the page
 * asks the new version to take over first, so the next page is the new version whole.
 * Otherwise it takes over once every tab of the site is closed. The notice's code
 * (offline-update.ts) loads only when a new version is waiting.
 */
import { loadScript } from './load-script';
import { UPDATE_EVENT, type UpdateDetail } from './offline-update-event';
import offlineUpdateUrl from './offline-update.ts?worker&url';

class OfflineSupport extends HTMLElement {
  #offered = false;

  connectedCallback(): void {
    const container = navigator.serviceWorker;
    if (!import.meta.env.PROD || !container) return;
    const scope = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    container.register(`${scope}sw.js`, { scope }).then(
      (registration: ServiceWorkerRegistration | undefined) => {
        // Some environments (automation that blocks service workers) resolve with nothing.
        if (!registration) return;
        const watch = (worker: ServiceWorker | null): void => {
          const check = (): void => {
            if (worker?.state === 'installed') this.#offer(worker, scope);
          };
          check();
          worker?.addEventListener('statechange', check);
        };
        watch(registration.waiting ?? registration.installing);
        registration.addEventListener('updatefound', () => watch(registration.installing));
      },
      () => {},
    );
  }

  /** Show the update notice (its code loads now: a new version is rare) and hand over to `worker` at the next link. */
  #offer(worker: ServiceWorker, scope: string): void {
    // The first install has nothing to replace: it simply starts serving.
    if (this.#offered || !navigator.serviceWorker.controller) return;
    this.#offered = true;
    // Should the notice's code fail to load, the new version still takes over once every tab is closed.
    loadScript(offlineUpdateUrl).then(
      () => {
        const detail: UpdateDetail = { worker, scope };
        this.dispatchEvent(new CustomEvent(UPDATE_EVENT, { bubbles: true, detail }));
      },
      () => undefined,
    );
  }
}

if (!customElements.get('offline-support')) customElements.define('offline-support', OfflineSupport);
