/**
 * $settings: colour theme, sound, the practice timer's lead-in and target length.
 *
 * Key `cc:settings`, JSON `{"version":1,"data":{"theme":"dark","sound":true,"leadIn":true,"targetSeconds":10}}`.
 * Version 1; a missing field takes its default. Version 0 (the prototype) was the theme
 * name alone and is migrated when read. src/layouts/theme-boot.js reads `data.theme` before
 * first paint: keep that path if the shape changes. Imported on every page by the
 * theme switch: keep its imports to the settings schema alone.
 */
import { clampWhole, TARGET_SECONDS } from '../lib/limits';
import { settingsSpec, type Theme } from '../lib/storage/schemas/settings';
import { persisted } from './persisted';

/** The reader's settings. */
export const $settings = persisted('settings', settingsSpec);

/** Choose light, dark or the system's theme. */
export function setTheme(theme: Theme): void {
  $settings.set({ ...$settings.get(), theme });
}

/** Turn the practice timer's sounds on or off. */
export function setSound(sound: boolean): void {
  $settings.set({ ...$settings.get(), sound });
}

/** Turn the practice timer's countdown before it starts on or off. */
export function setLeadIn(leadIn: boolean): void {
  $settings.set({ ...$settings.get(), leadIn });
}

/** Keep, or stop keeping, the speech check's transcripts with new practice runs. */
export function setKeepTranscripts(keepTranscripts: boolean): void {
  $settings.set({ ...$settings.get(), keepTranscripts });
}

/** Set the voicemail's target length, rounded and kept within 5–60 seconds. */
export function setTargetSeconds(seconds: number): void {
  const current = $settings.get();
  const targetSeconds = clampWhole(seconds, TARGET_SECONDS.min, TARGET_SECONDS.max, current.targetSeconds);
  $settings.set({ ...current, targetSeconds });
}
