/**
 * $storageHealth: whether saving works, and what went wrong if anything, for the
 * notices that link to My data. Kept in memory only. storage-engine.ts sets it up and
 * re-exports it: import it from there, so the engine is installed first.
 */
import { atom, type ReadableAtom } from 'nanostores';

/** Whether what the user does is being saved, and what went wrong if anything. */
export interface StorageHealth {
  /** 'off' when this browser gives no storage: nothing outlives the page. */
  saving: 'on' | 'off';
  /** A change could not be saved (storage full) and lives only in memory for now. */
  lastWriteFailed: boolean;
  /** Keys (`cc:progress`…) whose saved value could not be read: its text was set aside, see listBackups(). */
  recovered: string[];
  /** Keys left untouched because they hold data this version cannot use safely (a newer version's). */
  readOnly: string[];
}

/** Health with nothing wrong: what the server renders (`useStore(…, { ssr })`). */
export const DEFAULT_STORAGE_HEALTH: StorageHealth = {
  saving: 'on',
  lastWriteFailed: false,
  recovered: [],
  readOnly: [],
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

/** Record that the saved value of `key` could not be read and was set aside. */
export function reportRecovered(key: string): void {
  const { recovered } = $health.get();
  if (!recovered.includes(key)) reportHealth({ recovered: [...recovered, key] });
}
