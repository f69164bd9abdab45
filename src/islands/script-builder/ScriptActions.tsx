import { useState } from 'preact/hooks';
import { describeApplication } from '../../lib/follow-ups/names';
import type { Application } from '../../lib/storage/schemas/application';
import type { ScriptKind } from '../../lib/script/checklist';
import type { ShownScripts } from '../../lib/script/view';
import { buildMailto, buildTelHref, isEmailAddress, isSafeHref } from '../../lib/safe-links';
import CopyButton from './CopyButton';
import { textFieldId } from './field-ids';
import GoToField from './GoToField';
import { lazyModule, useActionRetry, warmOn } from '../parts/lazy-module';
import LoadFailed from '../parts/LoadFailed';
import { siteHref } from '../parts/site-href';

interface Props {
  kind: ScriptKind;
  title: string;
  scripts: ShownScripts;
  application: Application | null;
  /** The interviewer's email as the form holds it. */
  interviewerEmail: string;
  /** The id of a warning about the text, for Copy and Print to point at. */
  describedBy?: string | undefined;
}

/** The print view's code, loaded when Print is about to be pressed. */
const printCode = lazyModule(() => import('./print-script'));

/** The `mailto:` link for the email, or `null` without a valid, safe address to send to. */
function mailtoOf(to: string, scripts: ShownScripts): string | null {
  if (!isEmailAddress(to)) return null;
  const href = buildMailto(to, scripts.emailSubject.text, scripts.emailBody.text);
  return isSafeHref(href) ? href : null;
}

/** Copy, print, and the way on: the email app, the practice timer, or a call. */
export default function ScriptActions({
  kind,
  title,
  scripts,
  application,
  interviewerEmail,
  describedBy,
}: Props) {
  const [message, setMessage] = useState('');
  const printing = useActionRetry();
  const about = describeApplication(application);
  const mailto = kind === 'email' ? mailtoOf(interviewerEmail, scripts) : null;
  const tel = kind === 'phone' && application ? buildTelHref(application.interviewerPhone) : null;

  function print() {
    const text =
      kind === 'email'
        ? `Subject: ${scripts.emailSubject.text}\n\n${scripts.emailBody.text}`
        : scripts[kind].text;
    void printing.run(
      printCode,
      () =>
        printCode.get().then(({ printScript }) => printScript(about ? `${title}: ${about}` : title, text)),
      () => setMessage('Printing could not start. Try again in a moment.'),
    );
  }

  return (
    <div class="sb-actions">
      <div class="actions">
        {kind === 'email' ? (
          <>
            <CopyButton
              label="Copy subject"
              what="the subject"
              text={scripts.emailSubject.text}
              fieldId={textFieldId('emailSubject')}
              describedBy={describedBy}
              onResult={setMessage}
            />
            <CopyButton
              label="Copy body"
              what="the email"
              text={scripts.emailBody.text}
              fieldId={textFieldId('emailBody')}
              describedBy={describedBy}
              onResult={setMessage}
            />
          </>
        ) : (
          <CopyButton
            label="Copy"
            what={kind === 'phone' ? 'the phone script' : 'the voicemail'}
            text={scripts[kind].text}
            fieldId={textFieldId(kind)}
            describedBy={describedBy}
            onResult={setMessage}
          />
        )}
        {kind === 'email' &&
          (mailto ? (
            <a class="button button--quiet" href={mailto}>
              Open in email app
            </a>
          ) : (
            <button type="button" class="button button--quiet" disabled aria-describedby="sb-mailto-why">
              Open in email app
            </button>
          ))}
        {tel && application && (
          <a class="button button--quiet" href={tel}>
            Call {application.interviewerPhone}
          </a>
        )}
        {kind === 'voicemail' && (
          <a class="button button--quiet" href={siteHref('/tools/practice/')}>
            Practice this voicemail
          </a>
        )}
        <button
          type="button"
          class="button button--quiet"
          onClick={print}
          {...warmOn(printCode)}
          aria-describedby={describedBy}
        >
          Print
        </button>
      </div>
      {kind === 'email' && !mailto && (
        <p class="field-hint" id="sb-mailto-why">
          {interviewerEmail.trim() === ''
            ? "To open it in your email app, add the interviewer's email."
            : "To open it in your email app, fix the interviewer's email."}{' '}
          <GoToField field="interviewerEmail" />
        </p>
      )}
      {printing.retry && <LoadFailed retry={printing.retry} />}
      <p role="status" class="sb-action-status">
        {message}
      </p>
    </div>
  );
}
