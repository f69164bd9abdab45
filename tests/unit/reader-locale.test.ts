import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE } from '../../src/lib/dates';
import { readerLocale } from '../../src/lib/reader-locale';

describe('readerLocale', () => {
  it.each([
    [['en-GB', 'en'], 'en-GB'],
    [['en-US'], 'en-US'],
    [['fr-FR', 'en-AU'], 'en-AU'],
    // No English: US English words on the reader's own clock.
    [['de-DE'], 'en-US-u-hc-h23'],
    [['ja-JP-not a tag', 'es-MX'], 'en-US'],
    [[], DEFAULT_LOCALE],
  ])('a reader preferring %j gets %s', (languages, locale) => {
    expect(readerLocale(languages)).toBe(locale);
  });
});
