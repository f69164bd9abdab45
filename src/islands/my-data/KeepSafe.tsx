import { useState } from 'preact/hooks';
import { describePersistAnswer, type PersistAnswer } from '../../lib/storage/my-data-view';
import { requestPersistentStorage } from '../../stores/persistent-storage';
import { siteHref } from '../parts/site-href';

/** Whether this browser lets a site ask to keep its data. */
function isPersistOffered(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function';
}

/** Safari's seven-day rule, what to do about it, and the request to keep the data. */
export default function KeepSafe() {
  const [answer, setAnswer] = useState<PersistAnswer | null>(null);
  const [asking, setAsking] = useState(false);
  const reminderHref = siteHref('/tools/when-to-call/');

  async function ask() {
    setAsking(true);
    const offered = isPersistOffered();
    const granted = offered && (await requestPersistentStorage());
    setAnswer(granted ? 'granted' : offered ? 'not-granted' : 'not-offered');
    setAsking(false);
  }

  return (
    <section class="my-data-section" aria-labelledby="keep-title">
      <h2 id="keep-title">Keep your data until your call</h2>
      <p>
        Safari, and some other browsers, erase what a site saved after 7 days without a visit. Follow-up calls
        happen 7 to 14 days after the interview, so your notes could be gone just when you need them. To be
        safe:
      </p>
      <ol>
        <li>Export your data (below) and keep the file.</li>
        <li>
          Add the calendar reminder in <a href={reminderHref}>When to call</a>: your calendar keeps it,
          whatever the browser does.
        </li>
        <li>Ask this browser to keep what Callback Coach saved:</li>
      </ol>
      <div class="actions">
        <button type="button" class="button button--quiet" onClick={ask} disabled={asking}>
          Keep my data safe in this browser
        </button>
      </div>
      <p class="my-data-message" role="status">
        {answer ? describePersistAnswer(answer) : ''}
      </p>
    </section>
  );
}
