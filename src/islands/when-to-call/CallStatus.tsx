import type { ComponentChildren } from 'preact';
import { suggestsEmail, type CallWindowView } from '../../lib/call-window/view';
import { formatLongDate, type DateLocale, type IsoDate } from '../../lib/dates';
import { lessonPath } from '../../lib/paths';
import { siteHref } from '../parts/site-href';

interface Props {
  /** What the live region says: settles before it changes, so it is not announced per keystroke. */
  status: CallWindowView;
  /** The current view, for the window and suggested day below the live region. */
  view: CallWindowView;
  today: IsoDate | null;
  /** Whose date style to write the days in (see `useDateLocale`). */
  locale: DateLocale;
  /** A last line, such as where the calculator saved a new interview. */
  children?: ComponentChildren;
}

/** Today's advice in a polite live region, then what applies: the window and the suggested day, or the email day. */
export default function CallStatus({ status, view, today, locale, children }: Props) {
  const emailHref = siteHref(lessonPath('email-instead'));
  return (
    <div class="wtc-status">
      <div role="status" class="wtc-advice">
        {status.kind === 'ready' ? (
          <>
            <p class="wtc-headline">{status.advice.headline}</p>
            <p class="status-sentence">{status.advice.sentence}</p>
            {suggestsEmail(status.advice.status) && (
              <p>
                <a href={emailHref}>How to follow up by email instead</a>
              </p>
            )}
          </>
        ) : (
          <p class="status-sentence">{status.sentence}</p>
        )}
      </div>
      {view.kind === 'ready' && today && view.emailDay && (
        <dl class="wtc-summary">
          <div>
            <dt>Email day</dt>
            <dd>{formatLongDate(view.emailDay, today, locale)}</dd>
          </div>
        </dl>
      )}
      {view.kind === 'ready' && today && view.showsWindow && (
        <>
          <dl class="wtc-summary">
            <div>
              <dt>Suggested day</dt>
              <dd>{formatLongDate(view.window.suggested, today, locale)}</dd>
            </div>
            <div>
              <dt>Call window</dt>
              <dd>{view.windowText}</dd>
            </div>
          </dl>
          <p class="wtc-basis">{view.basisText}</p>
        </>
      )}
      {children}
    </div>
  );
}
