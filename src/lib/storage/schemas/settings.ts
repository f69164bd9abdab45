/**
 * Settings: colour theme, sound, the practice timer's lead-in, key-facts target and
 * whether the speech check keeps transcripts (a field added without a version bump:
 * missing, it takes its default). Read
 * on every page (the theme switch), so checked by hand rather than with valibot.
 */
import { TARGET_SECONDS } from '../../page-limits';
import { settingsMigrations } from '../migrations-site';
import { isPlainRecord } from '../plain-record';
import type { StoredSpec } from '../stored-value';
import type { CheckResult } from './check';

/** The themes a reader can pick; 'system' follows the device. */
export const THEMES = ['system', 'light', 'dark'] as const;

/** A colour theme choice. */
export type Theme = (typeof THEMES)[number];

/** The reader's settings. */
export interface Settings {
  theme: Theme;
  /** Whether the practice timer may play sounds. */
  sound: boolean;
  /** Whether the practice timer counts down before it starts. */
  leadIn: boolean;
  /** When the key facts should be said by, in whole seconds (5–60). */
  targetSeconds: number;
  /** Whether the on-device speech check keeps what it heard with each practice run. */
  keepTranscripts: boolean;
}

/** Settings for a first visit. */
export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  sound: true,
  leadIn: true,
  targetSeconds: TARGET_SECONDS.default,
  keepTranscripts: true,
};

/** Whether `value` is a valid target length: a whole number of seconds from 5 to 60. */
export function isTargetSeconds(value: unknown): value is number {
  return (
    Number.isInteger(value) &&
    (value as number) >= TARGET_SECONDS.min &&
    (value as number) <= TARGET_SECONDS.max
  );
}

const isTheme = (value: unknown): value is Theme => (THEMES as readonly unknown[]).includes(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** Each field, its test and what to say when it fails, in the order a value lists them. */
const FIELDS: readonly [keyof Settings, (value: unknown) => boolean, string][] = [
  ['theme', isTheme, `theme should be one of ${THEMES.join(', ')}`],
  ['sound', isBoolean, 'sound should be true or false'],
  ['leadIn', isBoolean, 'lead in should be true or false'],
  [
    'targetSeconds',
    isTargetSeconds,
    `target seconds should be a whole number of seconds from ${TARGET_SECONDS.min} to ${TARGET_SECONDS.max}`,
  ],
  ['keepTranscripts', isBoolean, 'keep transcripts should be true or false'],
];

/**
 * Checks settings: a missing field takes its default, unknown fields are dropped. A table
 * rather than a check per field: every page carries this code.
 */
export function checkSettings(data: unknown): CheckResult<Settings> {
  if (!isPlainRecord(data)) return { ok: false, message: 'the settings should be an object' };
  const value: Record<string, unknown> = {};
  for (const [key, isValid, message] of FIELDS) {
    const field = Object.hasOwn(data, key) ? data[key] : DEFAULT_SETTINGS[key];
    if (!isValid(field)) return { ok: false, message };
    value[key] = field;
  }
  return { ok: true, value: value as unknown as Settings };
}

/** How settings are stored: version 1, the bare theme name before that. */
export const settingsSpec: StoredSpec<Settings> = {
  version: 1,
  check: checkSettings,
  fallback: DEFAULT_SETTINGS,
  migrations: settingsMigrations,
};
