/**
 * The update notice of <offline-support>: shows that a new version is waiting and hands
 * over to it when the reader follows a link in the site. Loaded only once a new version
 * has installed, so no page carries it at load; the open page's own worker serves it
 * from the offline copy it started with.
 *
 * A standalone script (offline-support.ts adds it with a <script> tag, as site-search.ts
 * does, so the site file needs no module-preload helper): once it has run, the element
 * fires UPDATE_EVENT on itself with the waiting worker and the site's scope.
 */
import { UPDATE_EVENT, type UpdateDetail } from './offline-update-event';
import { loadStyles } from './load-styles';
import stylesUrl from './offline-update.css?url';

/** The notice's styles, fetched as this code runs; the notice shows once they apply. */
const styled = loadStyles(stylesUrl);

document.addEventListener(UPDATE_EVENT, (event) => {
  const { worker, scope } = (event as CustomEvent<UpdateDetail>).detail;
  const host = event.target as HTMLElement;
  void styled.then(() => offerUpdate(host, worker, scope));
});

/** Show the notice inside `host` and hand over to `worker` at the next link in `scope` followed. */
function offerUpdate(host: HTMLElement, worker: ServiceWorker, scope: string): void {
  // The paragraph is a polite live region from the start, so filling it is announced;
  // it becomes a status only while it has something to say.
  const message = host.querySelector('p')!;
  const dismiss = host.querySelector('button')!;
  const show = (open: boolean): void => {
    message.textContent = open ? (host.dataset['notice'] ?? '') : '';
    message.role = open ? 'status' : null;
    dismiss.hidden = !open;
    host.toggleAttribute('data-open', open);
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
