/**
 * Migrations of the two values every page reads, lesson progress and settings (see
 * migrations.ts for how migrations work). Apart from the others, so that a lesson page
 * does not carry the migrations of interviews and practice runs.
 */
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

/** Upgrades of the lesson progress value. */
export const progressMigrations: readonly Migration[] = [progressFromV0, progressFromV1];

/** Upgrades of the settings value. */
export const settingsMigrations: readonly Migration[] = [settingsFromV0];
