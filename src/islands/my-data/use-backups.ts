import { useCallback, useEffect, useState } from 'preact/hooks';
import { listBackups, type BackupInfo } from '../../stores/backups';

/** The backups kept in this browser, read after hydration and again on `refresh()` or another tab's change. */
export function useBackups(): { backups: BackupInfo[]; refresh: () => void } {
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const refresh = useCallback(() => setBackups(listBackups()), []);
  useEffect(() => {
    refresh();
    window.addEventListener('storage', refresh);
    return () => window.removeEventListener('storage', refresh);
  }, [refresh]);
  return { backups, refresh };
}
