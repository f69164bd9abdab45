/**
 * Reading a file back: an export (`{ type, version, exportedAt, data }`) or a backup
 * downloaded from My data (`{ type: 'callback-coach-backup', part, savedAt, text }`, or
 * the raw stored text of an older `.txt` backup, its part read from the file name).
 * Loaded only when a file is chosen, so My data does not carry it at page load.
 *
 * Import never trusts the file: it is size-capped, parsed safely, checked for type and
 * version, each part migrated from the file's version and validated by the same
 * schema as stored values (unknown keys, `__proto__` among them, are dropped), each
 * part checked against the size cap of stored values, and a problem gives a sentence
 * naming what is wrong. A part missing from an export is empty.
 */
import { MAX_IMPORT_CHARS } from '../limits';
import { MAX_STORED_CHARS } from '../page-limits';
import { describeIssue } from './describe-issue';
import { EXPORT_TYPE, EXPORT_VERSION, PART_VERSIONS } from './export';
import type { DataPart, DataSnapshot } from './export';
import { isPlainRecord } from './plain-record';
import { describeSizeCap } from './save-result';
import { DATA_PARTS, DATA_SPECS, isDataPart } from './specs';
import { decodeStored, encodeStored, migrateData, type StoredSpec } from './stored-value';

/** The `type` of a backup file. */
export const BACKUP_TYPE = 'callback-coach-backup';

/**
 * The result of reading a file: the parts it holds, or a sentence naming what is wrong. What
 * they would replace is said by the preview (describe-data.ts), with what is stored now.
 */
export type ImportResult =
  { ok: true; kind: 'export' | 'backup'; data: Partial<DataSnapshot> } | { ok: false; error: string };

/** How each part is named in an error message, with its verb. */
const PART_LABELS: Record<DataPart, string> = {
  profile: 'The contact details in this file are',
  applications: 'The interview list in this file is',
  practice: 'The practice history in this file is',
  progress: 'The lesson progress in this file is',
  settings: 'The settings in this file are',
};

/** What each part is called in a sentence about its size. */
const PART_NAMES: Record<DataPart, string> = {
  profile: 'contact details',
  applications: 'interview list',
  practice: 'practice history',
  progress: 'lesson progress',
  settings: 'settings',
};

/** The backup file's contents, to download: self-describing JSON, so Import can restore it. */
export function buildBackupFile(part: string, savedAt: string, text: string): string {
  return `${JSON.stringify({ type: BACKUP_TYPE, version: 1, part, savedAt, text }, null, 2)}\n`;
}

/** Read a chosen file's text (its name helps with older backups). */
export function parseImport(text: string, fileName = ''): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return fail('This file is too big to be a Callback Coach export: exports are well under 5 MB.');
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    const part = partFromFileName(fileName);
    return part
      ? parseBackup(part, text)
      : fail('This file is not a Callback Coach export: it is not a JSON file.');
  }
  if (isPlainRecord(file) && file['type'] === BACKUP_TYPE) return readBackupFile(file);
  if (!isPlainRecord(file) || file['type'] !== EXPORT_TYPE) {
    // An older backup download: the stored text itself, named after its part.
    const part = partFromFileName(fileName);
    return part ? parseBackup(part, text) : fail('This file is not a Callback Coach export or backup.');
  }
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return fail('This file is not a Callback Coach export: its version number is missing.');
  }
  if (version > EXPORT_VERSION) {
    return fail(
      'This file comes from a newer version of Callback Coach. Reload this page to get the newest version, then import the file again.',
    );
  }
  const parts = file['data'];
  if (!isPlainRecord(parts)) return fail('This file is a Callback Coach export with no data in it.');
  const data: Partial<Record<DataPart, unknown>> = {};
  for (const part of DATA_PARTS) {
    const result = readPart(part, parts, PART_VERSIONS[version]?.[part] ?? EXPORT_VERSION);
    if (typeof result === 'string') return fail(result);
    data[part] = result.value;
  }
  const snapshot = data as DataSnapshot;
  const tooBig = checkSizes(snapshot);
  if (tooBig) return fail(tooBig);
  return { ok: true, kind: 'export', data: snapshot };
}

/** Read the stored text of one part, as a backup keeps it, ready to restore. */
export function parseBackup(part: DataPart, text: string): ImportResult {
  const spec: StoredSpec<unknown> = DATA_SPECS[part];
  const { value, problem } = decodeStored(text, spec);
  if (problem === 'too-new') {
    return fail(
      'This backup was saved by a newer version of Callback Coach. Reload this page to get the newest version, then restore it again.',
    );
  }
  if (problem) {
    return fail(
      'This backup holds text that this version cannot read (it was damaged), so it cannot be restored. Keep the file: it is your copy.',
    );
  }
  const data = { [part]: value } as Partial<DataSnapshot>;
  const tooBig = checkSizes(data);
  if (tooBig) return fail(tooBig);
  return { ok: true, kind: 'backup', data };
}

function readBackupFile(file: Record<string, unknown>): ImportResult {
  const part = file['part'];
  const text = file['text'];
  if (typeof part !== 'string' || !isDataPart(part) || typeof text !== 'string') {
    return fail('This backup file is incomplete: it does not say what it is a copy of.');
  }
  return parseBackup(part, text);
}

/** `callback-coach-backup-applications-2026-11-28T13-45-37.txt` → 'applications'. */
function partFromFileName(fileName: string): DataPart | null {
  const name = /^callback-coach-backup-([a-z]+)-/.exec(fileName)?.[1] ?? '';
  return isDataPart(name) ? name : null;
}

/** A sentence for the first part too big to store, or `null` when each fits. */
function checkSizes(data: Partial<DataSnapshot>): string | null {
  for (const part of DATA_PARTS) {
    if (!Object.hasOwn(data, part)) continue;
    const size = encodeStored(data[part], DATA_SPECS[part].version).length;
    if (size > MAX_STORED_CHARS) {
      const megabytes = (size / (1024 * 1024)).toFixed(1);
      return `Nothing was changed: the ${PART_NAMES[part]} in this file takes ${megabytes} MB, more than the ${describeSizeCap()} this browser keeps for it. In the browser it came from, export a copy to keep, delete interviews you have finished with, then export again and import that file.`;
    }
  }
  return null;
}

/** One part of the file, migrated and validated, or the error sentence. */
function readPart(
  part: DataPart,
  parts: Record<string, unknown>,
  version: number,
): { value: unknown } | string {
  const spec: StoredSpec<unknown> = DATA_SPECS[part];
  if (!Object.hasOwn(parts, part)) return { value: spec.fallback };
  const migrated = migrateData(parts[part], version, spec);
  if (!migrated.ok) return `${PART_LABELS[part]} in an old shape this version cannot convert.`;
  const result = spec.check(migrated.data);
  if (result.ok) return { value: result.value };
  const problem = result.issue ? describeIssue(result.issue) : result.message;
  return `${PART_LABELS[part]} not valid: ${problem}.`;
}

function fail(error: string): ImportResult {
  return { ok: false, error };
}
