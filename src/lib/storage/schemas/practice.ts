/** The read-aloud practice history, and when the user last reset their pace. */
import * as v from 'valibot';
import { MAX_PRACTICE_RUNS, TEXT_LIMITS } from '../../limits';
import { practiceMigrations } from '../migrations';
import type { StoredSpec } from '../stored-value';
import { checkWith } from './check';
import { idField, optionalText, record, timestampField } from './fields';

/** What was read aloud: the user's voicemail script, or the course's sample. */
export const TEXT_SOURCES = ['voicemail', 'sample'] as const;

/** One text source. */
export type TextSource = (typeof TEXT_SOURCES)[number];

/** One timed reading. */
export interface PracticeRun {
  id: string;
  /** When it was recorded, as an ISO timestamp. */
  at: string;
  seconds: number;
  wordsPerMinute: number;
  /** Whether it fitted the target length. */
  fit: boolean;
  textSource: TextSource;
  /** The first 80 characters of the text read. */
  textPreview: string;
}

/** The practice history, oldest run first. */
export interface Practice {
  /** At most the newest 50 runs, oldest first. */
  runs: PracticeRun[];
  /** Runs recorded before this ISO timestamp do not count toward the measured pace. */
  paceSince: string | null;
}

/** No practice yet. */
export const DEFAULT_PRACTICE: Practice = { runs: [], paceSince: null };

/** The newest `max` runs by their `at` time, oldest first. */
export function keepNewestRuns(runs: readonly PracticeRun[], max: number = MAX_PRACTICE_RUNS): PracticeRun[] {
  if (runs.length <= max) return [...runs];
  const byTime = [...runs].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return byTime.slice(-max);
}

const positive = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(86_400));

/** Validates one practice run. */
export const practiceRunSchema: v.GenericSchema<unknown, PracticeRun> = record({
  id: idField,
  at: timestampField,
  seconds: positive,
  wordsPerMinute: positive,
  fit: v.boolean(),
  textSource: v.picklist(TEXT_SOURCES),
  textPreview: optionalText(TEXT_LIMITS.textPreview),
});

/** Validates the history; beyond 50 runs only the newest 50 are kept. */
export const practiceSchema: v.GenericSchema<unknown, Practice> = record({
  runs: v.optional(
    v.pipe(
      v.array(practiceRunSchema),
      v.transform((runs) => keepNewestRuns(runs)),
    ),
    () => [],
  ),
  paceSince: v.optional(v.nullable(timestampField), null),
});

/** How practice is stored: version 1, a bare array of runs before that. */
export const practiceSpec: StoredSpec<Practice> = {
  version: 1,
  check: checkWith(practiceSchema),
  fallback: DEFAULT_PRACTICE,
  migrations: practiceMigrations,
};
