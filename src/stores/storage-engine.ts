/**
 * The storage under every persistent store: localStorage, made safe.
 *
 * @nanostores/persistent reads and writes `engine[key]` and catches nothing, so this
 * module hands it a proxy in which every localStorage call sits in try/catch:
 * - localStorage unavailable (access throws, as in some private modes): everything
 *   lives in memory for this visit and `$storageHealth.saving` is 'off';
 * - a write refused (QuotaExceededError, or a value over the size cap): the new value
 *   is kept in memory, the saved one is left as it was, `lastWriteFailed` turns true,
 *   and the write is tried again after any later write succeeds;
 * - a protected key (holding data this code cannot read safely) is never written:
 *   changes to it stay in memory until the page is reloaded.
 * Cross-tab sync still runs on window `storage` events (windowPersistentEvents).
 *
 * Every store imports this module, through persisted.ts, before creating its atom.
 */
import { setPersistentEngine, windowPersistentEvents, type PersistentStore } from '@nanostores/persistent';
import { MAX_STORED_CHARS } from '../lib/limits';
import { reportHealth } from './storage-health';

export {
  $storageHealth,
  DEFAULT_STORAGE_HEALTH,
  reportRecovered,
  type StorageHealth,
} from './storage-health';
export { requestPersistentStorage } from './persistent-storage';

const isBrowser = typeof window !== 'undefined';
const backing = isBrowser ? openLocalStorage() : null;
/** Values not in localStorage: refused writes, protected keys, or all of them without storage. `null` is a removal. */
const memory = new Map<string, string | null>();
const unsaved = new Set<string>();
const readOnly = new Set<string>();

if (isBrowser && !backing) reportHealth({ saving: 'off' });

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

function updateHealth(): void {
  reportHealth({ lastWriteFailed: unsaved.size > 0, readOnly: [...readOnly] });
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
    if (typeof value === 'string' && trySetItem(storage, key, value)) {
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

/** Save a value; `false` when it could only be kept in memory. Never throws. */
export function writeStoredKey(key: string, value: string, maxChars: number = MAX_STORED_CHARS): boolean {
  let saved = false;
  if (backing && !readOnly.has(key) && value.length <= maxChars && trySetItem(backing, key, value)) {
    saved = true;
    memory.delete(key);
    unsaved.delete(key);
    retryUnsaved(backing);
  } else {
    memory.set(key, value);
    if (backing && !readOnly.has(key)) unsaved.add(key);
  }
  updateHealth();
  return saved;
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

/** Leave the saved value of `key` untouched from now on: later writes stay in memory. */
export function protectStoredKey(key: string): void {
  readOnly.add(key);
  unsaved.delete(key);
  updateHealth();
}

/** Let writes to `key` reach storage again (the user chose to replace or delete its data). */
export function unprotectStoredKey(key: string): void {
  if (!readOnly.delete(key)) return;
  memory.delete(key);
  updateHealth();
}

// Only what persistentAtom uses (get, in, set, delete): persistentMap's for…in over the
// engine is not supported, and no store here uses persistentMap.
const engine = new Proxy<PersistentStore>(Object.create(null) as PersistentStore, {
  get: (_, key) => (typeof key === 'string' ? readStoredKey(key) : undefined),
  has: (_, key) => typeof key === 'string' && readStoredKey(key) !== undefined,
  set: (_, key, value) => {
    if (typeof key === 'string') writeStoredKey(key, String(value));
    return true;
  },
  deleteProperty: (_, key) => {
    if (typeof key === 'string') removeStoredKey(key);
    return true;
  },
});

if (isBrowser && backing) {
  // Registered before any store mounts, so it runs before their listeners: another
  // tab's write supersedes what this tab held in memory for that key.
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

setPersistentEngine(
  engine,
  isBrowser ? windowPersistentEvents : { addEventListener() {}, removeEventListener() {} },
);
