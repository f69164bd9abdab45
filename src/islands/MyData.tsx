/**
 * The My data page's tool: what this browser holds, whether it is saving, Safari's
 * seven-day rule, export, import and delete. Each part is its own component in
 * my-data/; what is said lives in lib/storage (my-data-view.ts at load, my-data-outcomes.ts
 * after an action). At load the page carries what it shows; what its buttons do (export,
 * import and its preview, restore, delete) loads as one is neared (my-data/actions-code.ts).
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { DEFAULT_STORAGE_HEALTH, $storageHealth } from '../stores/storage-engine';
import './my-data/my-data.css';
import Backups from './my-data/Backups';
import DeleteAll from './my-data/DeleteAll';
import ExportData from './my-data/ExportData';
import ImportData from './my-data/ImportData';
import KeepSafe from './my-data/KeepSafe';
import SavingStatus from './my-data/SavingStatus';
import StoredSummary from './my-data/StoredSummary';
import { useBackups } from './my-data/use-backups';
import { useHydrated } from './my-data/use-hydrated';
import { useSnapshot } from './my-data/use-snapshot';

interface Props {
  /** The course's lesson slugs, in order, to count the lessons done. */
  lessonSlugs: string[];
}

/** See, export, import and delete everything Callback Coach saved in this browser. */
export default function MyData({ lessonSlugs }: Props) {
  const ready = useHydrated();
  const snapshot = useSnapshot();
  const health = useStore($storageHealth, { ssr: () => DEFAULT_STORAGE_HEALTH });
  const { backups, refresh } = useBackups();
  // Bumped by "Delete everything": the other parts start afresh, so no message about
  // a download or a permission from before the deletion stays on screen.
  const [deletions, setDeletions] = useState(0);
  const deleted = () => {
    refresh();
    setDeletions((count) => count + 1);
  };

  return (
    <div class="my-data" data-pagefind-ignore="">
      <SavingStatus health={health} ready={ready} />
      <StoredSummary snapshot={snapshot} lessonSlugs={lessonSlugs} ready={ready}>
        <Backups
          key={`backups-${deletions}`}
          backups={backups}
          recovered={deletions > 0 ? [] : health.recovered}
          current={snapshot}
          lessonSlugs={lessonSlugs}
          ready={ready}
          onChange={refresh}
        />
      </StoredSummary>
      <KeepSafe key={`keep-${deletions}`} />
      <ExportData key={`export-${deletions}`} />
      <ImportData
        key={`import-${deletions}`}
        current={snapshot}
        lessonSlugs={lessonSlugs}
        onReplaced={refresh}
      />
      <DeleteAll hasBackups={backups.length > 0} onDeleted={deleted} />
    </div>
  );
}
