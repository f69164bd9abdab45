// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeStored } from '../../src/lib/storage/stored-value';
import { DEFAULT_SETTINGS, settingsSpec, THEMES } from '../../src/lib/storage/schemas/settings';
import { storedKey } from '../../src/stores/persisted';
import { resolveTheme } from '../../src/elements/theme';

// src/layouts/theme-boot.js runs inline before the page paints: it reads the settings
// store's saved value and puts a concrete palette on <html data-theme>.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- it is a plain script: run it as the page does.
const boot = new Function(readFileSync('src/layouts/theme-boot.js', 'utf8')) as () => void;

/** Run the boot script with the device preferring a dark or a light palette. */
function runBoot(systemIsDark = false): string | undefined {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(prefers-color-scheme: dark)' && systemIsDark,
  }));
  boot();
  return document.documentElement.dataset['theme'];
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  delete document.documentElement.dataset['theme'];
});

describe('theme-boot.js', () => {
  it.each(['light', 'dark'] as const)('applies a saved %s theme whatever the device prefers', (theme) => {
    localStorage.setItem(
      storedKey('settings'),
      encodeStored({ ...DEFAULT_SETTINGS, theme }, settingsSpec.version),
    );
    expect(runBoot(false)).toBe(theme);
    expect(runBoot(true)).toBe(theme);
  });

  it.each([
    ['the bare theme name', '"dark"'],
    ['an unversioned settings object', '{"theme":"dark","sound":false}'],
  ])('reads the theme of version 0 settings (%s), as the migration does', (_, raw) => {
    localStorage.setItem(storedKey('settings'), raw);
    expect(runBoot(false)).toBe('dark');
  });

  it.each([
    ['nothing saved', null],
    ['the system theme', encodeStored(DEFAULT_SETTINGS, settingsSpec.version)],
    ['corrupted JSON', '{"version":1,"data":'],
    ['an unknown theme', encodeStored({ ...DEFAULT_SETTINGS, theme: 'sepia' }, 1)],
    ['a JSON null', 'null'],
  ])("resolves Auto to the device's palette with %s", (_, raw) => {
    if (raw !== null) localStorage.setItem(storedKey('settings'), raw);
    expect(runBoot(true)).toBe('dark');
    expect(runBoot(false)).toBe('light');
  });

  it.each(THEMES.flatMap((theme) => [true, false].map((dark) => [theme, dark] as const)))(
    'agrees with the theme switch for %s when the device prefers dark is %s',
    (theme, systemIsDark) => {
      localStorage.setItem(storedKey('settings'), encodeStored({ ...DEFAULT_SETTINGS, theme }, 1));
      expect(runBoot(systemIsDark)).toBe(resolveTheme(theme, systemIsDark));
    },
  );
});
