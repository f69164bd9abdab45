/**
 * The "Export my data" file, `{ type, version, exportedAt, data }`, and the data's types.
 * The words that sum data up are describe-data.ts, which My data shows at load; this and
 * import.ts (reading a file back) load only with the page's actions.
 */
import { localIsoDate } from '../dates';
import type { ApplicationsState } from './schemas/applications';
import type { Practice } from './schemas/practice';
import type { Profile } from './schemas/profile';
import type { Progress } from './schemas/progress';
import type { Settings } from './schemas/settings';

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
export const EXPORT_VERSION = 2;

/** An export file's contents. */
export interface ExportFile {
  type: typeof EXPORT_TYPE;
  version: number;
  /** When it was made, as an ISO timestamp. */
  exportedAt: string;
  data: DataSnapshot;
}

/**
 * The version of each part inside each export version: `[0]` is the prototype's
 * export, whose parts had no versions (version 0 of each). Bumping a part's version
 * adds an entry here and bumps EXPORT_VERSION.
 */
export const PART_VERSIONS: readonly Record<DataPart, number>[] = [
  { profile: 0, applications: 0, practice: 0, progress: 0, settings: 0 },
  { profile: 1, applications: 1, practice: 1, progress: 1, settings: 1 },
  { profile: 1, applications: 1, practice: 2, progress: 2, settings: 1 },
];

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
