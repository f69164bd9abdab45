/** How <offline-support> hands a waiting new version to its update notice (offline-update.ts). */

/** The event <offline-support> fires on itself once the notice's script has run. */
export const UPDATE_EVENT = 'offline-support:update';

/** What the event carries: the waiting worker and the site's scope. */
export interface UpdateDetail {
  worker: ServiceWorker;
  scope: string;
}
