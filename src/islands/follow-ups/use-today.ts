/** Today on this device, `null` on the server and until hydrated; read again when the page comes back into view. */
import { useEffect, useState } from 'preact/hooks';
import { localIsoDate, type IsoDate } from '../../lib/dates';

/** Today's date, `null` in the first (server-matching) render. */
export function useToday(): IsoDate | null {
  const [today, setToday] = useState<IsoDate | null>(null);
  useEffect(() => {
    const update = () => setToday(localIsoDate(new Date()));
    update();
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return today;
}
