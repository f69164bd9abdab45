/**
 * Date labels for the cards, remembered: formatting builds an `Intl.DateTimeFormat`
 * each time (about half a millisecond), and 200 cards share a few dozen days.
 */
import {
  DEFAULT_LOCALE,
  formatLongDate,
  formatShortDate,
  type DateLocale,
  type IsoDate,
} from '../../lib/dates';

const labels = new Map<string, string>();
const MAX_LABELS = 2000;

function remember(key: string, make: () => string): string {
  let label = labels.get(key);
  if (label === undefined) {
    if (labels.size >= MAX_LABELS) labels.clear();
    label = make();
    labels.set(key, label);
  }
  return label;
}

/** "Tuesday, November 17" (en-GB "Tuesday 17 November"), with the year when it is not `today`'s. */
export function longDate(date: IsoDate, today: IsoDate, locale: DateLocale = DEFAULT_LOCALE): string {
  return remember(`long ${locale} ${date} ${today}`, () => formatLongDate(date, today, locale));
}

/** "Tue, Nov 17" (en-GB "Tue 17 Nov"). */
export function shortDate(date: IsoDate, locale: DateLocale = DEFAULT_LOCALE): string {
  return remember(`short ${locale} ${date}`, () => formatShortDate(date, locale));
}
