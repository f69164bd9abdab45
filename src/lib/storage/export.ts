/**
 * The "Export my data" file and its import: `{ type, version, exportedAt, data }`.
 *
 * Import never trusts the file: it is size-capped, parsed safely, checked for type and
 * version, each part migrated from the file's version and validated by the same
 * schema as stored values (unknown keys, `__proto__` among them, are dropped), and a
 * problem gives a sentence naming what is wrong. A part missing from the file is empty.
 */
import { localIsoDate } from '../dates';
import { countDone, describeProgress } from '../lesson-progress';
import { MAX_IMPORT_CHARS } from '../limits';
import { applicationsSpec, type ApplicationsState } from './schemas/applications';
import { isPlainRecord } from './plain-record';
import { practiceSpec, type Practice } from './schemas/practice';
import { profileSpec, type Profile } from './schemas/profile';
import { progressSpec, type Progress } from './schemas/progress';
import { settingsSpec, type Settings } from './schemas/settings';
import { migrateData, type StoredSpec } from './stored-value';

/** Everything the site stores for a user. */
export interface DataSnapshot {
  profile: Profile;
  applications: ApplicationsState;
  practice: Practice;
  progress: Progress;
  settings: Settings;
}

/** The name of one part of the data. */
export type DataPart = keyof DataSnapshot;

/** The `type` every export file carries. */
export const EXPORT_TYPE = 'callback-coach-data';

/** The export format this code writes. */
export const EXPORT_VERSION = 1;

/** An export file's contents. */
export interface ExportFile {
  type: typeof EXPORT_TYPE;
  version: number;
  /** When it was made, as an ISO timestamp. */
  exportedAt: string;
  data: DataSnapshot;
}

/** The result of reading an import file. */
export type ImportResult = { ok: true; data: DataSnapshot; summary: string } | { ok: false; error: string };

type Specs = { [Part in DataPart]: StoredSpec<DataSnapshot[Part]> };
const SPECS: Specs = {
  profile: profileSpec,
  applications: applicationsSpec,
  practice: practiceSpec,
  progress: progressSpec,
  settings: settingsSpec,
};

/** How each part is named in an error message, with its verb. */
const PART_LABELS: Record<DataPart, string> = {
  profile: 'The contact details in this file are',
  applications: 'The interview list in this file is',
  practice: 'The practice history in this file is',
  progress: 'The lesson progress in this file is',
  settings: 'The settings in this file are',
};

/**
 * The version of each part inside each export version: `[0]` is the prototype's
 * export, whose parts had no versions (version 0 of each). Bumping a part's version
 * adds an entry here and bumps EXPORT_VERSION.
 */
const PART_VERSIONS: readonly Record<DataPart, number>[] = [
  { profile: 0, applications: 0, practice: 0, progress: 0, settings: 0 },
  { profile: 1, applications: 1, practice: 1, progress: 1, settings: 1 },
];

const PARTS = Object.keys(SPECS) as DataPart[];

/** The export file for a snapshot of the data. */
export function buildExport(snapshot: DataSnapshot, now: Date): ExportFile {
  const { profile, applications, practice, progress, settings } = snapshot;
  return {
    type: EXPORT_TYPE,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    data: { profile, applications, practice, progress, settings },
  };
}

/** The export file's name: `callback-coach-data-2026-11-28.json`. */
export function exportFileName(now: Date): string {
  return `callback-coach-data-${localIsoDate(now)}.json`;
}

/** "3 interviews (1 archived), 12 practice runs, 2 of 6 lessons done". */
export function describeData(data: DataSnapshot, lessonSlugs: readonly string[]): string {
  const { items } = data.applications;
  const archived = items.filter((item) => item.archived).length;
  const interviews = count(items.length, 'interview') + (archived > 0 ? ` (${archived} archived)` : '');
  const runs = count(data.practice.runs.length, 'practice run');
  return `${interviews}, ${runs}, ${describeProgress(countDone(lessonSlugs, data.progress.done), lessonSlugs.length)}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Read an import file's text: the data and its summary, or a sentence naming what is wrong. */
export function parseImport(text: string, lessonSlugs: readonly string[]): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return fail('This file is too big to be a Callback Coach export: exports are well under 5 MB.');
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return fail('This file is not a Callback Coach export: it is not a JSON file.');
  }
  if (!isPlainRecord(file) || file['type'] !== EXPORT_TYPE)
    return fail('This file is not a Callback Coach export.');
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
  for (const part of PARTS) {
    const result = readPart(part, parts, PART_VERSIONS[version]?.[part] ?? EXPORT_VERSION);
    if (typeof result === 'string') return fail(result);
    data[part] = result.value;
  }
  const snapshot = data as DataSnapshot;
  return { ok: true, data: snapshot, summary: describeData(snapshot, lessonSlugs) };
}

/** One part of the file, migrated and validated, or the error sentence. */
function readPart(
  part: DataPart,
  parts: Record<string, unknown>,
  version: number,
): { value: unknown } | string {
  const spec: StoredSpec<unknown> = SPECS[part];
  if (!Object.hasOwn(parts, part)) return { value: spec.fallback };
  const migrated = migrateData(parts[part], version, spec);
  if (!migrated.ok) return `${PART_LABELS[part]} in an old shape this version cannot convert.`;
  const result = spec.check(migrated.data);
  return result.ok ? { value: result.value } : `${PART_LABELS[part]} not valid: ${result.message}.`;
}

function fail(error: string): ImportResult {
  return { ok: false, error };
}
