/**
 * Today on this device, for every island: `null` on the server and in the first client
 * render (so hydration matches the server's HTML), then the date from watchToday, which
 * reads it again whenever the page comes back into view.
 */
import { useEffect, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/dates';
import { watchToday } from '../../elements/watch-today';

/** Today's date, `null` until hydrated. */
export function useToday(): IsoDate | null {
  const [today, setToday] = useState<IsoDate | null>(null);
  useEffect(() => watchToday(setToday), []);
  return today;
}
