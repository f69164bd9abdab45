/**
 * $storageHealth: whether saving works, and what went wrong if anything, for the
 * notices that link to My data. Kept in memory only. storage-engine.ts sets it up and
 * re-exports it: import it from there, so the engine is installed first.
 */
import { atom, type ReadableAtom } from 'nanostores';

/** Whether what the user does is being saved, and what went wrong if anything. */
export interface StorageHealth {
  /**
   * 'on': a test write at page load worked; 'full': storage is there but refused even a
   * test write of 1 KB (full); 'off': this browser gives no storage, nothing outlives the page.
   */
  saving: 'on' | 'full' | 'off';
  /** A change could not be saved (storage full) and lives only in memory for now. */
  lastWriteFailed: boolean;
  /** Keys (`cc:progress`…) whose saved value could not be read: a copy was kept, the value started afresh. */
  recovered: string[];
  /** Keys whose unreadable value could not be copied (no room): left as they were, changes not saved. */
  uncopied: string[];
  /** Keys holding data saved by a newer version: left untouched, changes not saved. */
  newer: string[];
  /** Keys whose latest change was refused because it was over the size cap. */
  tooBig: string[];
}

/** Health with nothing wrong: what the server renders (`useStore(…, { ssr })`). */
export const DEFAULT_STORAGE_HEALTH: StorageHealth = {
  saving: 'on',
  lastWriteFailed: false,
  recovered: [],
  uncopied: [],
  newer: [],
  tooBig: [],
};

const $health = atom<StorageHealth>(DEFAULT_STORAGE_HEALTH);

/** Whether saving works, a write failed, or a stored value had to be set aside. */
export const $storageHealth: ReadableAtom<StorageHealth> = $health;

/** Change some of the health fields; listeners hear only real changes. */
export function reportHealth(patch: Partial<StorageHealth>): void {
  const current = $health.get();
  const next = { ...current, ...patch };
  const same = (Object.keys(next) as (keyof StorageHealth)[]).every(
    (field) => String(next[field]) === String(current[field]),
  );
  if (!same) $health.set(next);
}

type KeyList = 'recovered' | 'uncopied' | 'newer' | 'tooBig';

/** Add `key` to one of the lists of keys (`recovered`, `newer`…), or take it out. */
export function reportKey(list: KeyList, key: string, present = true): void {
  const keys = $health.get()[list];
  if (keys.includes(key) === present) return;
  reportHealth({ [list]: present ? [...keys, key] : keys.filter((item) => item !== key) });
}
