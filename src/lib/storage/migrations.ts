/**
 * Migrations of stored values, one function per version bump of each value. Each list
 * is indexed by the version it upgrades from: `progressMigrations[0]` turns version 0
 * into version 1. A migration only reshapes; the value's validator then checks the
 * result, so a migration may pass junk through and let validation refuse it.
 *
 * Version 0 is what the course's first prototype stored, with no `{version, data}`
 * envelope around it. Version 1 is the first enveloped shape.
 *
 * Adding version 2 of a value: write `xFromV1`, append it to the list, bump the
 * value's `version` in its schema file, and add the export version in data-export.ts.
 */
import { MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE } from '../limits';
import type { Migration } from './stored-value';

/** v0 progress was a bare array of lesson slugs. */
function progressFromV0(data: unknown): unknown {
  return Array.isArray(data) ? { done: data } : data;
}

/** v1 progress had the lessons done only; version 2 adds the answers to the questions. */
function progressFromV1(data: unknown): unknown {
  // Spread, so a v1 value that is not an object still reaches the validator as it was.
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? { answers: {}, ...data } : data;
}

/** v0 settings were the theme name alone, or an unversioned settings object. */
function settingsFromV0(data: unknown): unknown {
  return typeof data === 'string' ? { theme: data } : data;
}

/** v0 profile was already an object of the same shape, only unversioned. */
function profileFromV0(data: unknown): unknown {
  return data;
}

/** v0 held one interview, or a bare array of them, before several could be active. */
function applicationsFromV0(data: unknown): unknown {
  const items: unknown[] | null = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && !('items' in data)
      ? [data]
      : null;
  if (!items) return data;
  const first: unknown = items[0];
  const activeId = typeof first === 'object' && first !== null && 'id' in first ? first.id : null;
  return { items, activeId };
}

/** v0 practice was a bare array of runs, with no pace reset. */
function practiceFromV0(data: unknown): unknown {
  return Array.isArray(data) ? { runs: data, paceSince: null } : data;
}

/**
 * v1 practice runs had no outcome and no speech check. A run whose pace no one reads at
 * (outside 60–300 words a minute) was stopped early or left running: it becomes
 * unscored rather than a pass (the rule of lib/practice/run.ts, whose imports stay off
 * the pages that read only settings and progress).
 */
function practiceFromV1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { runs?: unknown }).runs))
    return data;
  const runs = (data as { runs: unknown[] }).runs.map((run) => {
    if (typeof run !== 'object' || run === null) return run;
    const given = run as { wordsPerMinute?: unknown; fit?: unknown; outcome?: unknown };
    const pace = given.wordsPerMinute;
    const outcome =
      given.outcome ??
      (typeof pace !== 'number' || pace === 0
        ? 'complete'
        : pace > MAX_WORDS_PER_MINUTE
          ? 'too-fast'
          : pace < MIN_WORDS_PER_MINUTE
            ? 'too-slow'
            : 'complete');
    return { check: null, ...run, outcome, fit: outcome === 'complete' ? given.fit : false };
  });
  return { ...data, runs };
}

/** Upgrades of the lesson progress value. */
export const progressMigrations: readonly Migration[] = [progressFromV0, progressFromV1];

/** Upgrades of the settings value. */
export const settingsMigrations: readonly Migration[] = [settingsFromV0];

/** Upgrades of the profile value. */
export const profileMigrations: readonly Migration[] = [profileFromV0];

/** Upgrades of the applications value. */
export const applicationsMigrations: readonly Migration[] = [applicationsFromV0];

/** Upgrades of the practice value. */
export const practiceMigrations: readonly Migration[] = [practiceFromV0, practiceFromV1];
