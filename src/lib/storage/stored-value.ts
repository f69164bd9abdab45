/**
 * The envelope every stored value is kept in: JSON `{"version":N,"data":…}`.
 *
 * Reading never throws: text that is not JSON is 'corrupt'; a value that fails its
 * validator (or is over the size cap, or cannot be migrated) is 'invalid'; a version
 * newer than this code knows is 'too-new'. Each gives the fallback, and the caller
 * decides what to do with the raw text (the stores keep a backup). A value with no
 * envelope is version 0: what an earlier prototype stored, unversioned.
 *
 * Each write also names itself and the value it was made from (`rev`, `parent`): two tabs
 * that wrote at about the same time find, from these, the value they both started from
 * (see stores/persisted.ts). Older code of the same version ignores both fields.
 */
import { MAX_STORED_CHARS } from '../page-limits';
import { isPlainRecord } from './plain-record';
import type { Check } from './schemas/check';

/** Turns data of version n into data of version n + 1; throws when it cannot. */
export type Migration = (data: unknown) => unknown;

/** Everything needed to read and write one stored value. */
export interface StoredSpec<T> {
  /** The version this code writes. */
  readonly version: number;
  /** Checks the current version's shape and drops unknown fields. */
  readonly check: Check<T>;
  /** The value when nothing usable is stored. */
  readonly fallback: T;
  /** `migrations[n]` upgrades version n to n + 1, so its length equals `version`. */
  readonly migrations: readonly Migration[];
}

/** Why a stored value could not be used. */
export type StoredProblem = 'corrupt' | 'invalid' | 'too-new';

/** Which write a stored value is (`rev`) and the value it was made from (`parent`). */
export interface WriteStamp {
  rev: string;
  parent?: string | undefined;
}

/** The value to use, and what was wrong with the stored one, if anything. */
export interface DecodedValue<T> {
  value: T;
  problem?: StoredProblem;
  /** The stored value's stamp: its own `rev`, or for a value written without one, a hash of its text. */
  stamp?: WriteStamp;
}

/** Read raw stored text: never throws, and falls back on anything it cannot use. */
export function decodeStored<T>(raw: string | null | undefined, spec: StoredSpec<T>): DecodedValue<T> {
  if (raw === null || raw === undefined) return { value: spec.fallback };
  if (raw.length > MAX_STORED_CHARS) return { value: spec.fallback, problem: 'invalid' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { value: spec.fallback, problem: 'corrupt' };
  }
  const envelope = readEnvelope(parsed);
  if (!envelope) return { value: spec.fallback, problem: 'invalid' };
  const decoded = upgradeData(envelope.data, envelope.version, spec);
  // Data of version 0 has no envelope, so no stamp of its own.
  return decoded.problem
    ? decoded
    : { ...decoded, stamp: readStamp(envelope.version > 0 ? parsed : {}, raw) };
}

function readStamp(parsed: unknown, raw: string): WriteStamp {
  const record: Record<string, unknown> = isPlainRecord(parsed) ? parsed : {};
  const { rev, parent } = record;
  const stamp: WriteStamp = { rev: typeof rev === 'string' ? rev : hashText(raw) };
  if (typeof parent === 'string') stamp.parent = parent;
  return stamp;
}

/** FNV-1a over the UTF-16 code units: names a value written without a stamp (older code, an import). */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `h${(hash >>> 0).toString(36)}:${text.length}`;
}

/** Run the migrations from `version` up to the spec's version; not ok when one throws or is missing. */
export function migrateData(
  data: unknown,
  version: number,
  spec: StoredSpec<unknown>,
): { ok: true; data: unknown } | { ok: false } {
  let current = data;
  try {
    for (let step = version; step < spec.version; step++) {
      const migrate = spec.migrations[step];
      if (!migrate) return { ok: false };
      current = migrate(current);
    }
  } catch {
    return { ok: false };
  }
  return { ok: true, data: current };
}

/** Migrate data of a given version to the current one and validate it. */
export function upgradeData<T>(data: unknown, version: number, spec: StoredSpec<T>): DecodedValue<T> {
  if (version > spec.version) return { value: spec.fallback, problem: 'too-new' };
  const migrated = migrateData(data, version, spec);
  const result = migrated.ok ? spec.check(migrated.data) : null;
  return result?.ok ? { value: result.value } : { value: spec.fallback, problem: 'invalid' };
}

/** Write a value in its envelope, stamped when a store writes it. */
export function encodeStored<T>(value: T, version: number, stamp?: WriteStamp): string {
  return JSON.stringify({ version, ...stamp, data: value });
}

/** Split parsed JSON into version and data: no envelope means version 0. */
function readEnvelope(parsed: unknown): { version: number; data: unknown } | null {
  if (!isPlainRecord(parsed) || !Object.hasOwn(parsed, 'version')) return { version: 0, data: parsed };
  const { version, data } = parsed;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return null;
  if (!Object.hasOwn(parsed, 'data')) return null;
  return { version, data };
}
