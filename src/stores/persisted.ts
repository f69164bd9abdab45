/**
 * `persisted(name, spec)`: an atom kept under `cc:<name>` in the versioned envelope
 * (lib/storage/stored-value.ts), so a store is three lines.
 *
 * Reading never throws: a value that cannot be used (not JSON, invalid, from a newer
 * version) gives the default, its raw text is copied to a backup key first, and
 * `$storageHealth` says what happened. Once the copy is safe an unreadable value is
 * removed (`recovered`); a newer version's value (`newer`), or one that could not be
 * copied (`uncopied`), is left in place and protected: changes to it are refused.
 *
 * Writing validates the value, refuses one over the size cap, and returns what became
 * of it (a SaveResult); a refused change leaves the atom as it was, so no tool shows a
 * change that was not made. `update(change)` first takes in what another tab saved
 * meanwhile, then applies the change; another tab's write arriving later is merged
 * record by record and field by field (lib/storage/merge.ts), so two tabs never drop
 * each other's interviews or log entries.
 */
import { atom, onMount, type ReadableAtom } from 'nanostores';
import { mergeValues } from '../lib/storage/merge';
import type { SaveResult } from '../lib/storage/save-result';
import {
  decodeStored,
  encodeStored,
  type DecodedValue,
  type StoredProblem,
  type StoredSpec,
} from '../lib/storage/stored-value';
import { backupRawValue } from './backup-copy';
import {
  protectStoredKey,
  readStoredKey,
  removeStoredKey,
  reportKey,
  writeStoredKey,
} from './storage-engine';

/** A stored value: read it, replace it or change it, and learn whether the change was saved. */
export interface PersistedStore<T> extends ReadableAtom<T> {
  /** Replace the value (validated first: invalid data throws a TypeError); what became of it. */
  set(value: T): SaveResult;
  /** Apply `change` to the newest saved value, another tab's included; what became of it. */
  update(change: (current: T) => T): SaveResult;
}

/** The storage key of a store's value: `cc:progress`, `cc:settings`… */
export function storedKey(name: string): string {
  return `cc:${name}`;
}

function setAside(name: string, raw: string, problem: StoredProblem): void {
  const key = storedKey(name);
  const backup = backupRawValue(name, raw);
  if (problem === 'too-new') {
    protectStoredKey(key, 'newer');
    reportKey('newer', key);
  } else if (backup === null) {
    protectStoredKey(key, 'unreadable');
    reportKey('uncopied', key);
  } else {
    removeStoredKey(key);
    reportKey('recovered', key);
  }
}

/**
 * A write's name (`rev`): it only has to differ from the few writes two tabs see at once, so
 * Math.random serves, and the site file leaves lib/ids.ts (the tools' ids) to the tools.
 */
const newRev = (): string => Math.random().toString(36).slice(2);

/** How many recent values a store remembers by stamp, to find the base of another tab's write. */
const REMEMBERED_VALUES = 8;

/** Create the store of one stored value. */
export function persisted<T>(name: string, spec: StoredSpec<T>): PersistedStore<T> {
  const key = storedKey(name);
  /** Values this tab has read or written lately, by stamp: the parents another tab's write may name. */
  const seen = new Map<string, T>();
  const remember = (rev: string, value: T): void => {
    seen.set(rev, value);
    if (seen.size > REMEMBERED_VALUES) seen.delete(seen.keys().next().value as string);
  };
  const read = (raw: string | undefined): DecodedValue<T> => {
    const decoded = decodeStored(raw, spec);
    if (decoded.problem && raw !== undefined) setAside(name, raw, decoded.problem);
    if (decoded.stamp) remember(decoded.stamp.rev, decoded.value);
    return decoded;
  };
  /** The raw text last read from or written to storage: what this tab's value is based on. */
  let synced = readStoredKey(key);
  const initial = read(synced);
  let syncedRev = initial.stamp?.rev;
  const store = atom<T>(initial.value);
  const show = store.set.bind(store);

  function write(value: T): SaveResult {
    const checked = spec.check(value);
    if (!checked.ok) throw new TypeError(`Not saving ${name}: ${checked.message}`);
    const rev = newRev();
    const raw = encodeStored(checked.value, spec.version, { rev, parent: syncedRev });
    const result = writeStoredKey(key, raw);
    // Inline rather than isApplied(): save-result.ts's messages stay off the pages that only read.
    if (result === 'saved' || result === 'full' || result === 'off') {
      // What storage (or, when it refuses, this page's memory) now holds.
      synced = raw;
      syncedRev = rev;
      remember(rev, checked.value);
      show(checked.value);
    }
    return result;
  }

  /**
   * Take in what another tab saved, keeping this tab's changes that it had not seen. The
   * base of the merge is the value that tab's write was made from, when this tab has seen
   * it: a storage event's `oldValue` is only what the write replaced, which in a race is
   * this tab's own write, and merging from it would read this tab's new log entry as one
   * the other tab deleted. Otherwise the base is `before` (the event's `oldValue`, or
   * without an event what this tab last read or wrote).
   */
  function catchUp(before: string | null | undefined = synced, isRemoval = false): void {
    const raw = readStoredKey(key);
    if (raw === synced) return;
    synced = raw;
    const theirs = read(raw);
    syncedRev = theirs.stamp?.rev;
    const parent = theirs.stamp?.parent;
    const base =
      parent !== undefined && seen.has(parent) ? seen.get(parent) : decodeStored(before, spec).value;
    // A removal is another tab deleting this data on purpose: none of it is kept here.
    const mine = isRemoval ? base : store.get();
    const merged = spec.check(mergeValues(base, mine, theirs.value));
    const next = merged.ok ? merged.value : theirs.value;
    show(next);
    // This tab's changes the other tab has not seen go back into storage.
    if (JSON.stringify(next) !== JSON.stringify(theirs.value)) write(next);
  }

  // Another tab's writes are followed while something on the page listens (as nanostores'
  // persistent atoms do); an update() catches up anyway before it writes.
  onMount(store, () => {
    if (typeof window === 'undefined') return;
    catchUp();
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) catchUp(event.oldValue, event.newValue === null);
      else if (event.key === null) catchUp();
    };
    const onPageShow = () => catchUp();
    window.addEventListener('storage', onStorage);
    // A page restored from the back/forward cache missed the events of its time away.
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pageshow', onPageShow);
    };
  });

  const update = (change: (current: T) => T): SaveResult => {
    catchUp();
    return write(change(store.get()));
  };
  return Object.assign(store, { set: write, update });
}
