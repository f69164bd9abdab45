/**
 * Settings: colour theme, sound, the practice timer's lead-in, key-facts target and
 * whether the speech check keeps transcripts (a field added without a version bump:
 * missing, it takes its default). Read
 * on every page (the theme switch), so checked by hand rather than with valibot.
 */
import { TARGET_SECONDS } from '../../limits';
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

/** One field: its default when missing, `undefined` when present but wrong. */
function field<T>(
  data: Record<string, unknown>,
  key: keyof Settings,
  isValid: (value: unknown) => value is T,
): T | undefined {
  if (!Object.hasOwn(data, key)) return DEFAULT_SETTINGS[key] as T;
  const value = data[key];
  return isValid(value) ? value : undefined;
}

const isTheme = (value: unknown): value is Theme => (THEMES as readonly unknown[]).includes(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** Checks settings: a missing field takes its default, unknown fields are dropped. */
export function checkSettings(data: unknown): CheckResult<Settings> {
  if (!isPlainRecord(data)) return { ok: false, message: 'the settings should be an object' };
  const theme = field(data, 'theme', isTheme);
  if (theme === undefined) return { ok: false, message: `theme should be one of ${THEMES.join(', ')}` };
  const sound = field(data, 'sound', isBoolean);
  if (sound === undefined) return { ok: false, message: 'sound should be true or false' };
  const leadIn = field(data, 'leadIn', isBoolean);
  if (leadIn === undefined) return { ok: false, message: 'lead in should be true or false' };
  const targetSeconds = field(data, 'targetSeconds', isTargetSeconds);
  if (targetSeconds === undefined) {
    return {
      ok: false,
      message: `target seconds should be a whole number of seconds from ${TARGET_SECONDS.min} to ${TARGET_SECONDS.max}`,
    };
  }
  const keepTranscripts = field(data, 'keepTranscripts', isBoolean);
  if (keepTranscripts === undefined)
    return { ok: false, message: 'keep transcripts should be true or false' };
  return { ok: true, value: { theme, sound, leadIn, targetSeconds, keepTranscripts } };
}

/** How settings are stored: version 1, the bare theme name before that. */
export const settingsSpec: StoredSpec<Settings> = {
  version: 1,
  check: checkSettings,
  fallback: DEFAULT_SETTINGS,
  migrations: settingsMigrations,
};
