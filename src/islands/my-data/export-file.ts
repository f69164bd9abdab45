import { currentInstant } from '../../lib/dates';
import { buildExport, exportFileName } from '../../lib/storage/export';
import { snapshotData } from '../../stores/my-data';
import type { TextFile } from '../parts/save-file';

/** The "Export my data" file: everything stored now, as JSON. */
export function exportFile(): TextFile {
  const now = currentInstant();
  return {
    text: `${JSON.stringify(buildExport(snapshotData(), now), null, 2)}\n`,
    fileName: exportFileName(now),
    type: 'application/json',
  };
}
