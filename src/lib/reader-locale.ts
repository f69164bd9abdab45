/**
 * Which locale to write dates in for a reader, from the browser's languages. Its own
 * module, apart from dates/: only the islands read it (lib code takes the locale as an argument).
 */
import { DEFAULT_LOCALE, type DateLocale } from './dates';

/** Whether `tag` is a well-formed locale this runtime can format for (a malformed one throws). */
function isSupportedLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0;
  } catch {
    return false;
  }
}

/**
 * The locale to write dates in for a reader whose browser prefers `languages`
 * (`navigator.languages`): their English, if they read one, else US English (the
 * course's language) on their own 12- or 24-hour clock.
 */
export function readerLocale(languages: readonly string[]): DateLocale {
  const valid = languages.filter(isSupportedLocale);
  const english = valid.find((tag) => /^en\b/i.test(tag));
  if (english) return english;
  const first = valid[0];
  if (!first) return DEFAULT_LOCALE;
  const { hourCycle } = new Intl.DateTimeFormat(first, {
    hour: 'numeric',
    timeZone: 'UTC',
  }).resolvedOptions();
  return hourCycle === 'h23' || hourCycle === 'h24' ? `${DEFAULT_LOCALE}-u-hc-h23` : DEFAULT_LOCALE;
}
