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
 * value's `version` in its schema file, and add the export version in export.ts (PART_VERSIONS).
 */
import { MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE } from '../limits';
import type { Migration } from './stored-value';

// The two values every page reads have theirs in migrations-site.ts, which lesson pages load.
export { progressMigrations, settingsMigrations } from './migrations-site';

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

/** Upgrades of the profile value. */
export const profileMigrations: readonly Migration[] = [profileFromV0];

/** Upgrades of the applications value. */
export const applicationsMigrations: readonly Migration[] = [applicationsFromV0];

/** Upgrades of the practice value. */
export const practiceMigrations: readonly Migration[] = [practiceFromV0, practiceFromV1];
