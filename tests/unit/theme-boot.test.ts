// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeStored } from '../../src/lib/storage/stored-value';
import { DEFAULT_SETTINGS, settingsSpec } from '../../src/lib/storage/schemas/settings';
import { storedKey } from '../../src/stores/persisted';

// public/theme-boot.js reads the settings store's saved value before the page paints.
const boot = readFileSync('public/theme-boot.js', 'utf8');
const runBoot = () => new Function(boot)();

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset['theme'];
});

describe('theme-boot.js', () => {
  it.each(['light', 'dark'] as const)(
    'applies a saved %s theme, as the settings store writes it',
    (theme) => {
      localStorage.setItem(
        storedKey('settings'),
        encodeStored({ ...DEFAULT_SETTINGS, theme }, settingsSpec.version),
      );
      runBoot();
      expect(document.documentElement.dataset['theme']).toBe(theme);
    },
  );

  it.each([
    ['nothing saved', null],
    ['the system theme', encodeStored(DEFAULT_SETTINGS, settingsSpec.version)],
    ['corrupted JSON', '{"version":1,"data":'],
    ['an unknown theme', encodeStored({ ...DEFAULT_SETTINGS, theme: 'sepia' }, 1)],
  ])('leaves the system choice in place with %s', (_, raw) => {
    if (raw !== null) localStorage.setItem(storedKey('settings'), raw);
    expect(runBoot).not.toThrow();
    expect(document.documentElement.dataset['theme']).toBeUndefined();
  });
});
