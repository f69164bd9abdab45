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

/** How a run ended: a full reading, or stopped too early / left running to be scored. */
export const RUN_OUTCOMES = ['complete', 'too-fast', 'too-slow'] as const;

/** One run outcome. */
export type RunOutcome = (typeof RUN_OUTCOMES)[number];

/** The facts the on-device check listens for: the parts the script builder marks. */
export const SPOKEN_FACTS = ['fullName', 'job', 'company', 'interviewDay', 'phone'] as const;

/** One fact listened for. */
export type SpokenFact = (typeof SPOKEN_FACTS)[number];

/** The most characters of a run's transcript kept. */
export const MAX_TRANSCRIPT_CHARS = 4000;

/** What the on-device check heard during a run. */
export interface SpeechCheckResult {
  /** Each fact listened for, and when it was heard (seconds from the run's start) or `null`. */
  heard: Array<{ fact: SpokenFact; heardAt: number | null }>;
  /** How many of the name, job and day were heard within the key-facts target. */
  inTime: number;
  /** Filler words counted ("um", "uh", "you know"…). */
  fillers: number;
  /** What was heard, kept only while "Keep transcripts" is on; `null` otherwise. */
  transcript: string | null;
}

/** One timed reading. */
export interface PracticeRun {
  id: string;
  /** When it was recorded, as an ISO timestamp. */
  at: string;
  seconds: number;
  wordsPerMinute: number;
  /** Whether the key facts fit their target (always false for a run that was not scored). */
  fit: boolean;
  textSource: TextSource;
  /** The first 80 characters of the text read. */
  textPreview: string;
  /** Version 2: whether the run was a full reading, and so scored. */
  outcome: RunOutcome;
  /** Version 2: what the on-device speech check heard; `null` when it was off. */
  check: SpeechCheckResult | null;
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

/** Validates what the speech check heard. */
const speechCheckSchema: v.GenericSchema<unknown, SpeechCheckResult> = record({
  heard: v.pipe(
    v.array(record({ fact: v.picklist(SPOKEN_FACTS), heardAt: v.nullable(positive) })),
    v.maxLength(SPOKEN_FACTS.length),
  ),
  inTime: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
  fillers: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
  transcript: v.nullable(v.pipe(v.string(), v.maxLength(MAX_TRANSCRIPT_CHARS))),
});

/** Validates one practice run. */
export const practiceRunSchema: v.GenericSchema<unknown, PracticeRun> = record({
  id: idField,
  at: timestampField,
  seconds: positive,
  wordsPerMinute: positive,
  fit: v.boolean(),
  textSource: v.picklist(TEXT_SOURCES),
  textPreview: optionalText(TEXT_LIMITS.textPreview),
  outcome: v.picklist(RUN_OUTCOMES),
  check: v.nullable(speechCheckSchema),
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

/** How practice is stored: version 2; version 1 runs had no outcome or check; a bare array before that. */
export const practiceSpec: StoredSpec<Practice> = {
  version: 2,
  check: checkWith(practiceSchema),
  fallback: DEFAULT_PRACTICE,
  migrations: practiceMigrations,
};
