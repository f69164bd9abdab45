import { GIVEN_DATE_MEANING_LABELS } from '../../lib/follow-ups/activity-labels';
import { suggestsEmail } from '../../lib/call-window/view';
import type { DateLocale, IsoDate } from '../../lib/dates';
import { BUCKET_LABELS, isCallStatus, type NextAction } from '../../lib/follow-ups/next-action';
import { lessonPath } from '../../lib/paths';
import { buildTelHref } from '../../lib/safe-links';
import type { Application } from '../../lib/storage/schemas/application';
import ActivityLog from './ActivityLog';
import CardActions from './CardActions';
import { nameOf, type CardHandlers } from './card-handlers';
import type { FormsCode } from './forms-code';
import { cardIdOf, cardPartId, headingIdOf } from './ids';
import { longDate, shortDate } from './format-dates';
import { siteHref } from '../parts/site-href';

/** What a card shows and does: CardList hands these on unchanged. */
export interface ApplicationCardProps {
  application: Application;
  action: NextAction;
  today: IsoDate;
  /** Whose date style to write the days in (see `useDateLocale`). */
  locale: DateLocale;
  isActive: boolean;
  isEditing: boolean;
  /** The forms' code, once it has arrived: until then an edit waits, the card still shown. */
  forms: FormsCode | undefined;
  /** Set when this card's Edit or Delete waits for the forms' code, which could not load. */
  retry: (() => Promise<unknown>) | undefined;
  handlers: CardHandlers;
}

/** "Due today", "Overdue since Tuesday, December 1", "Next: Friday, December 4"… */
function describeWhen(action: NextAction, today: IsoDate, locale: DateLocale): string {
  const date = action.nextActionDate;
  if (date === null || action.bucket === 'due') return BUCKET_LABELS[action.bucket];
  if (action.bucket === 'overdue') return `Overdue since ${longDate(date, today, locale)}`;
  return `Next: ${longDate(date, today, locale)}`;
}

/** Whether the call window still matters: not after a voicemail (an email is next), nor once it is settled. */
function callsAhead(action: NextAction): boolean {
  return !['voicemail-left', 'replied', 'followed-up', 'done'].includes(action.status);
}

/** One interview: who and when, what to do today, the buttons, and its activity log. */
export default function ApplicationCard({
  application,
  action,
  today,
  locale,
  isActive,
  isEditing,
  forms,
  retry,
  handlers,
}: ApplicationCardProps) {
  const { id } = application;
  const { window } = action;
  const tel = buildTelHref(application.interviewerPhone);
  // The heading shows the company, or the job when there is none: the line below adds the rest.
  const job = application.company.trim() ? application.jobTitle.trim() : '';
  const interviewer = application.interviewerName.trim();
  return (
    <article
      id={cardIdOf(id)}
      class={`fu-card${isActive ? ' fu-card--active' : ''}`}
      aria-labelledby={headingIdOf(id)}
    >
      <header class="fu-card-head">
        <h3 id={headingIdOf(id)} tabIndex={-1}>
          {nameOf(application)}
          {isActive && <span class="fu-badge">Active</span>}
        </h3>
        {(job || interviewer) && (
          <p class="fu-role">
            {job}
            {job && interviewer && ' · '}
            {interviewer && `with ${interviewer}`}
          </p>
        )}
      </header>
      {isEditing && forms ? (
        <forms.InterviewForm
          idPrefix={cardPartId(id, 'edit-form')}
          initial={forms.interviewValuesOf(application)}
          today={today}
          submitLabel="Save changes"
          onSubmit={(draft) => handlers.saveEdit(application, draft)}
          onCancel={() => handlers.cancelEdit(application)}
        />
      ) : (
        <>
          <div class={`fu-next fu-next--${action.bucket}`}>
            <p class="fu-when">{describeWhen(action, today, locale)}</p>
            <p class="fu-headline">{action.headline}</p>
            <p class="fu-sentence">{action.sentence}</p>
            {isCallStatus(action.status) && suggestsEmail(action.status) && (
              <p>
                <a href={siteHref(lessonPath('email-instead'))}>How to follow up by email</a>
              </p>
            )}
          </div>
          <dl class="fu-facts">
            <div>
              <dt>Interview</dt>
              <dd>
                {application.interviewDate
                  ? longDate(application.interviewDate, today, locale)
                  : 'No date yet'}
              </dd>
            </div>
            {window && callsAhead(action) && (
              <div>
                <dt>Call window</dt>
                <dd>
                  {shortDate(window.opens, locale)} to {shortDate(window.closes, locale)}
                </dd>
              </div>
            )}
            {application.givenDate && (
              <div>
                <dt>Date they gave</dt>
                <dd>
                  {shortDate(application.givenDate, locale)} (
                  {GIVEN_DATE_MEANING_LABELS[application.givenDateMeaning].toLowerCase()})
                </dd>
              </div>
            )}
            {application.interviewerPhone && (
              <div>
                <dt>Phone</dt>
                <dd>
                  {tel ? <a href={tel}>{application.interviewerPhone}</a> : application.interviewerPhone}
                </dd>
              </div>
            )}
            {application.interviewerEmail && (
              <div>
                <dt>Email</dt>
                <dd class="fu-email">{application.interviewerEmail}</dd>
              </div>
            )}
          </dl>
          <CardActions application={application} isActive={isActive} retry={retry} handlers={handlers} />
        </>
      )}
      <ActivityLog
        application={application}
        today={today}
        locale={locale}
        onLog={(entry) => handlers.log(application, entry)}
        onRemove={(entry) => handlers.removeEntry(application, entry)}
      />
    </article>
  );
}
