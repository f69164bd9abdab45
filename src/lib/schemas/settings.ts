/** Settings: colour theme, sound, the practice timer's lead-in and target length. */
import * as v from 'valibot';
import { TARGET_SECONDS } from '../limits';
import { settingsMigrations } from '../migrations';
import type { StoredSpec } from '../stored-value';
import { record } from './fields';

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
  /** How long a voicemail should take, in whole seconds (5–60). */
  targetSeconds: number;
}

/** Settings for a first visit. */
export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  sound: true,
  leadIn: true,
  targetSeconds: TARGET_SECONDS.default,
};

/** Whether `value` is a valid target length: a whole number of seconds from 5 to 60. */
export function isTargetSeconds(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= TARGET_SECONDS.min && (value as number) <= TARGET_SECONDS.max;
}

/** Validates settings; a missing field takes its default. */
export const settingsSchema: v.GenericSchema<unknown, Settings> = record({
  theme: v.optional(v.picklist(THEMES), DEFAULT_SETTINGS.theme),
  sound: v.optional(v.boolean(), DEFAULT_SETTINGS.sound),
  leadIn: v.optional(v.boolean(), DEFAULT_SETTINGS.leadIn),
  // One check rather than four valibot actions: this schema ships on every page.
  targetSeconds: v.optional(
    v.custom<number>(isTargetSeconds, `should be a whole number of seconds from ${TARGET_SECONDS.min} to ${TARGET_SECONDS.max}`),
    DEFAULT_SETTINGS.targetSeconds,
  ),
});

/** How settings are stored: version 1, the bare theme name before that. */
export const settingsSpec: StoredSpec<Settings> = {
  version: 1,
  schema: settingsSchema,
  fallback: DEFAULT_SETTINGS,
  migrations: settingsMigrations,
};
