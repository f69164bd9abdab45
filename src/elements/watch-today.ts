/**
 * Today on this device, for the page's code (islands through useToday, elements directly):
 * the date now, then again whenever the page comes back into view (a tab left open
 * overnight moves on to the new day).
 */
import { localToday, type IsoDate } from '../lib/dates';

/** Calls `onChange` with today's date now and each time the page is shown again; returns the unsubscribe. */
export function watchToday(onChange: (today: IsoDate) => void): () => void {
  const update = () => onChange(localToday());
  update();
  document.addEventListener('visibilitychange', update);
  return () => document.removeEventListener('visibilitychange', update);
}
