/** How the storage notice's words (storage-notice-text.ts) tell <storage-notice> they are in place. */

/** Fired on every <storage-notice> once its sentences are in it and its styles apply. */
export const NOTICE_READY = 'storage-notice:ready';
