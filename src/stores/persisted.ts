/**
 * `persisted(name, spec)`: a persistent atom under `cc:<name>` that reads through the
 * versioned envelope (lib/storage/stored-value.ts), so a store is three lines.
 *
 * Reading never throws: a value that cannot be used (not JSON, invalid, from a newer
 * version) gives the default, its raw text is copied to a backup key first, and
 * `$storageHealth.recovered` names it. Once the copy is safe the unreadable value is
 * removed; a newer version's value, or one that could not be copied, is instead left
 * in place and protected from being overwritten. Setting a value validates it, so
 * storage only ever holds what can be read back.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { decodeStored, encodeStored, type StoredProblem, type StoredSpec } from '../lib/storage/stored-value';
import { backupRawValue } from './backups';
import { protectStoredKey, removeStoredKey, reportRecovered } from './storage-engine';

/** The storage key of a store's value: `cc:progress`, `cc:settings`… */
export function storedKey(name: string): string {
  return `cc:${name}`;
}

function setAside(name: string, raw: string, problem: StoredProblem): void {
  const key = storedKey(name);
  const backup = backupRawValue(name, raw);
  if (backup === null || problem === 'too-new') protectStoredKey(key);
  else removeStoredKey(key);
  reportRecovered(key);
}

/** Create the persistent atom of one stored value. */
export function persisted<T>(name: string, spec: StoredSpec<T>): WritableAtom<T> {
  const store = persistentAtom<T>(storedKey(name), spec.fallback, {
    decode(raw) {
      const { value, problem } = decodeStored(raw, spec);
      if (problem) setAside(name, raw, problem);
      return value;
    },
    encode: (value) => encodeStored(value, spec.version),
  });
  const save = store.set;
  store.set = (value) => {
    const checked = spec.check(value);
    if (!checked.ok) throw new TypeError(`Not saving ${name}: ${checked.message}`);
    save(checked.value);
  };
  return store;
}
