/**
 * The storage under every persistent store: localStorage, made safe. Every call sits
 * in try/catch, and every write says what became of it (a SaveResult):
 * - localStorage unavailable (access throws, as in some private modes): everything
 *   lives in memory for this visit ('off'), and `$storageHealth.saving` is 'off';
 * - a test write of 1 KB at load fails: `saving` is 'full' from the start, so the
 *   first message a page shows is already true;
 * - a write refused by the browser (QuotaExceededError): the new value is kept in
 *   memory ('full'), the saved one is left as it was, `lastWriteFailed` turns true, and
 *   the write is tried again after any later write succeeds;
 * - a value over the size cap is never written, not even on a retry ('too-big');
 * - a protected key (holding data this code cannot read safely) is never written
 *   ('newer' or 'unreadable').
 *
 * Every store imports this module, through persisted.ts, before creating its atom.
 */
import { MAX_STORED_CHARS } from '../lib/page-limits';
import type { SaveResult } from '../lib/storage/save-result';
import { reportHealth, reportKey } from './storage-health';

export { $storageHealth, DEFAULT_STORAGE_HEALTH, reportKey, type StorageHealth } from './storage-health';

/** Why a key is protected: a newer version's data, or unreadable data that could not be copied. */
export type Protection = 'newer' | 'unreadable';

const isBrowser = typeof window !== 'undefined';
const backing = isBrowser ? openLocalStorage() : null;
/** Values not in localStorage: refused writes, or all of them without storage. `null` is a removal. */
const memory = new Map<string, string | null>();
const unsaved = new Set<string>();
const readOnly = new Map<string, Protection>();

if (isBrowser) reportHealth({ saving: !backing ? 'off' : probe(backing) ? 'on' : 'full' });

function openLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    // Some browsers hand out an object that throws on first use rather than on access.
    void storage.length;
    return storage;
  } catch {
    return null;
  }
}

/** Whether a write of 1 KB works now: less room than that is full for any real change. */
function probe(storage: Storage): boolean {
  const key = 'cc:probe';
  if (!trySetItem(storage, key, 'x'.repeat(1024))) return false;
  try {
    storage.removeItem(key);
  } catch {
    // A probe that cannot be removed is harmless: one character, never read.
  }
  return true;
}

function updateHealth(): void {
  reportHealth({ lastWriteFailed: unsaved.size > 0 });
}

function trySetItem(storage: Storage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function retryUnsaved(storage: Storage): void {
  for (const key of unsaved) {
    const value = memory.get(key);
    // Only values within the cap are ever held for a retry; the check stays as a guard.
    if (typeof value !== 'string' || value.length > MAX_STORED_CHARS) unsaved.delete(key);
    else if (trySetItem(storage, key, value)) {
      memory.delete(key);
      unsaved.delete(key);
    }
  }
}

/** The value saved under `key`, as this visit sees it. */
export function readStoredKey(key: string): string | undefined {
  const held = memory.get(key);
  if (held !== undefined) return held ?? undefined;
  try {
    return backing?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Save a value; what became of it (see SaveResult). Never throws. */
export function writeStoredKey(key: string, value: string, maxChars: number = MAX_STORED_CHARS): SaveResult {
  const protection = readOnly.get(key);
  if (protection) return protection;
  if (value.length > maxChars) {
    reportKey('tooBig', key);
    return 'too-big';
  }
  reportKey('tooBig', key, false);
  let result: SaveResult;
  if (!backing) {
    memory.set(key, value);
    result = 'off';
  } else if (trySetItem(backing, key, value)) {
    memory.delete(key);
    unsaved.delete(key);
    retryUnsaved(backing);
    reportHealth({ saving: 'on' });
    result = 'saved';
  } else {
    memory.set(key, value);
    unsaved.add(key);
    result = 'full';
  }
  updateHealth();
  return result;
}

/** Remove a saved value. Never throws. */
export function removeStoredKey(key: string): void {
  unsaved.delete(key);
  memory.delete(key);
  if (!backing || readOnly.has(key)) memory.set(key, null);
  else {
    try {
      backing.removeItem(key);
      retryUnsaved(backing);
    } catch {
      memory.set(key, null);
    }
  }
  updateHealth();
}

/** Every key saved, in localStorage or in memory. */
export function listStoredKeys(): string[] {
  const keys = new Set<string>();
  try {
    for (let i = 0; backing && i < backing.length; i++) {
      const key = backing.key(i);
      if (key !== null) keys.add(key);
    }
  } catch {
    // Unreadable storage lists nothing beyond what memory holds.
  }
  for (const [key, value] of memory) {
    if (value === null) keys.delete(key);
    else keys.add(key);
  }
  return [...keys];
}

/** Leave the saved value of `key` untouched from now on: later writes are refused. */
export function protectStoredKey(key: string, why: Protection): void {
  readOnly.set(key, why);
  unsaved.delete(key);
  memory.delete(key);
  updateHealth();
}

/** Let writes to `key` reach storage again (the user chose to replace or delete its data). */
export function unprotectStoredKey(key: string): void {
  // A removal held in memory while protected gives way to what storage holds.
  if (readOnly.delete(key) && backing) memory.delete(key);
  reportKey('newer', key, false);
  reportKey('uncopied', key, false);
}

if (isBrowser && backing) {
  // Registered before any store listens, so it runs first: another tab's write
  // supersedes what this tab held in memory for that key.
  window.addEventListener('storage', (event) => {
    if (event.key === null) {
      memory.clear();
      unsaved.clear();
    } else {
      memory.delete(event.key);
      unsaved.delete(event.key);
    }
    updateHealth();
  });
}
