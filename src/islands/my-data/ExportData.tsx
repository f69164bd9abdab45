import { useState } from 'preact/hooks';
import { saveWith } from '../parts/save-file';
import { warmOn } from '../parts/lazy-module';
import { actionsCode } from './actions-code';

/** "Export my data": one click, one JSON file, made in the browser with the actions' code. */
export default function ExportData() {
  const [message, setMessage] = useState('');

  function exportData() {
    setMessage('');
    saveWith(actionsCode, (actions) => actions.exportFile()).then(
      ({ fileName }) =>
        setMessage(
          `Downloaded ${fileName}. Keep it somewhere safe: you can import it here, or in another browser.`,
        ),
      () => setMessage('The file could not be made. Try again in a moment.'),
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
        <button type="button" class="button" onClick={exportData} {...warmOn(actionsCode)}>
          Export my data
        </button>
      </div>
      <p class="my-data-message" role="status">
        {message}
      </p>
    </section>
  );
}
