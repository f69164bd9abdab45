/**
 * Today on this device, for every island: `null` on the server and in the first client
 * render (so hydration matches the server's HTML), then the date, read again whenever
 * the page comes back into view (a tab left open overnight moves on to the new day).
 */
import { useEffect, useState } from 'preact/hooks';
import { localToday, type IsoDate } from '../../lib/dates';

/** Today's date, `null` until hydrated. */
export function useToday(): IsoDate | null {
  const [today, setToday] = useState<IsoDate | null>(null);
  useEffect(() => {
    const update = () => setToday(localToday());
    update();
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return today;
}
