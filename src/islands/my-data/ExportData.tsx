import { useState } from 'preact/hooks';
import { currentInstant } from '../../lib/dates';
import { buildExport, exportFileName } from '../../lib/storage/export';
import { snapshotData } from '../../stores/my-data';
import { saveTextFile } from '../parts/save-file';

/** "Export my data": one click, one JSON file, made in the browser. */
export default function ExportData() {
  const [message, setMessage] = useState('');

  function exportData() {
    const now = currentInstant();
    const fileName = exportFileName(now);
    saveTextFile(
      `${JSON.stringify(buildExport(snapshotData(), now), null, 2)}\n`,
      fileName,
      'application/json',
    );
    setMessage(
      `Downloaded ${fileName}. Keep it somewhere safe: you can import it here, or in another browser.`,
    );
  }

  return (
    <section class="my-data-section" aria-labelledby="export-title">
      <h2 id="export-title">Export my data</h2>
      <p>
        One file with everything listed above, to keep as a copy or to move to another browser. It is made on
        this device and goes straight to your downloads.
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={exportData}>
          Export my data
        </button>
      </div>
      <p class="my-data-message" role="status">
        {message}
      </p>
    </section>
  );
}
