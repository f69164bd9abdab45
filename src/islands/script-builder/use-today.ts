import { useEffect, useState } from 'preact/hooks';
import { localIsoDate, type IsoDate } from '../../lib/dates';

/**
 * Today on this device, read again when the page comes back into view. The server's
 * render never shows it: its form is empty, so no day is said.
 */
export function useToday(): IsoDate {
  const [today, setToday] = useState<IsoDate>(() => localIsoDate(new Date()));
  useEffect(() => {
    const update = () => setToday(localIsoDate(new Date()));
    update();
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return today;
}
