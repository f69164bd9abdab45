import { useState } from 'preact/hooks';
import { ACTION_NOT_LOADED } from '../../lib/storage/my-data-view';
import { siteHref } from '../parts/site-href';
import { warmOn } from '../parts/lazy-module';
import { actionsCode } from './actions-code';

/** Safari's seven-day rule, what to do about it, and the request to keep the data. */
export default function KeepSafe() {
  const [answer, setAnswer] = useState('');
  const [asking, setAsking] = useState(false);
  const reminderHref = siteHref('/tools/when-to-call/');

  // The question is asked by the actions' code (ask-to-keep.ts), loaded as the button is neared.
  async function ask() {
    setAsking(true);
    try {
      setAnswer(await (await actionsCode.get()).askToKeep());
    } catch {
      setAnswer(ACTION_NOT_LOADED);
    }
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
        <button
          type="button"
          class="button button--quiet"
          onClick={ask}
          {...warmOn(actionsCode)}
          disabled={asking}
        >
          Keep my data safe in this browser
        </button>
      </div>
      <p class="my-data-message" role="status">
        {answer}
      </p>
    </section>
  );
}
