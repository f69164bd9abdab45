/**
 * Date labels for the cards, remembered: formatting builds an `Intl.DateTimeFormat`
 * each time (about half a millisecond), and 200 cards share a few dozen days.
 */
import { formatLongDate, formatShortDate, type IsoDate } from '../../lib/dates';

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

/** "Tuesday, November 17", with the year when it is not `today`'s. */
export function longDate(date: IsoDate, today: IsoDate): string {
  return remember(`long ${date} ${today}`, () => formatLongDate(date, today));
}

/** "Tue, Nov 17". */
export function shortDate(date: IsoDate): string {
  return remember(`short ${date}`, () => formatShortDate(date));
}
