/**
 * $settings: colour theme, sound, the practice timer's lead-in and target length.
 *
 * Key `cc:settings`, JSON `{"version":1,"data":{"theme":"dark","sound":true,"leadIn":true,"targetSeconds":10}}`.
 * Version 1; a missing field takes its default. Version 0 (the prototype) was the theme
 * name alone and is migrated when read. src/layouts/theme-boot.js reads `data.theme` before
 * first paint: keep that path if the shape changes. Imported on every page by the
 * theme switch: keep its imports to the settings schema alone, and the practice page's
 * setters in practice-settings.ts.
 */
import { settingsSpec, type Theme } from '../lib/storage/schemas/settings';
import { persisted } from './persisted';

/** The reader's settings. */
export const $settings = persisted('settings', settingsSpec);

/** Choose light, dark or the system's theme. */
export function setTheme(theme: Theme): void {
  $settings.set({ ...$settings.get(), theme });
}
