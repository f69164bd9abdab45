/**
 * <offline-support>: registers the service worker that keeps the site usable offline
 * (built site only, never in dev). A new version installs in the background and waits;
 * this page keeps the files it started with. When the reader follows a link, the page
 * asks the new version to take over first, so the next page is the new version whole.
 * Otherwise it takes over once every tab of the site is closed.
 */
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

  /** Show the notice and hand over to `worker` when the reader follows a link in the site. */
  #offer(worker: ServiceWorker, scope: string): void {
    // The first install has nothing to replace: it simply starts serving.
    if (this.#offered || !navigator.serviceWorker.controller) return;
    this.#offered = true;
    // The paragraph is a polite live region from the start, so filling it is announced;
    // it becomes a status only while it has something to say.
    const message = this.querySelector('p')!;
    const dismiss = this.querySelector('button')!;
    const show = (open: boolean): void => {
      message.textContent = open ? (this.dataset['notice'] ?? '') : '';
      message.role = open ? 'status' : null;
      dismiss.hidden = !open;
      this.toggleAttribute('data-open', open);
    };
    show(true);
    dismiss.onclick = () => show(false);
    document.addEventListener('click', (event) => {
      const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href]');
      if (
        !link ||
        event.defaultPrevented ||
        event.button ||
        event.ctrlKey ||
        event.metaKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      if (link.target || link.hasAttribute('download') || !link.href.startsWith(location.origin + scope))
        return;
      if (link.hash && link.pathname === location.pathname) return;
      event.preventDefault();
      let gone = false;
      const go = (): void => {
        if (!gone) location.assign(link.href);
        gone = true;
      };
      navigator.serviceWorker.addEventListener('controllerchange', go);
      setTimeout(go, 3000);
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  }
}

if (!customElements.get('offline-support')) customElements.define('offline-support', OfflineSupport);
