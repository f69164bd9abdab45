/**
 * The one way a theme is shown: <html data-theme> always holds a concrete palette, the
 * device's for "Auto", as src/layouts/theme-boot.js sets it before the first paint.
 * The header's theme switch (theme-select.ts) calls this whenever the saved choice changes.
 */
import type { Theme } from '../lib/storage/schemas/settings';

/** The media query behind "Auto". */
export const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/** The palette a choice shows: "Auto" (`system`) follows the device, as theme-boot.js does. */
export function resolveTheme(choice: Theme, systemIsDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemIsDark ? 'dark' : 'light';
  return choice;
}

/** Put the palette of a theme choice on <html>, where the CSS looks for it. */
export function applyTheme(choice: Theme): void {
  document.documentElement.dataset['theme'] = resolveTheme(choice, matchMedia(SYSTEM_DARK).matches);
}
