/**
 * Asking the browser to keep saved data. Safari erases storage written by scripts after
 * 7 days without a visit, and a follow-up call comes 7 to 14 days after the interview.
 */

/**
 * Ask the browser not to erase saved data on its own; whether it agreed. Never throws.
 * Firefox may show a prompt, so call it after a user action (a first save, a button).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    const manager: StorageManager | undefined =
      typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (typeof manager?.persist !== 'function') return false;
    // Already granted: asking again could show Firefox's prompt for nothing.
    if (typeof manager.persisted === 'function' && (await manager.persisted())) return true;
    return await manager.persist();
  } catch {
    return false;
  }
}
