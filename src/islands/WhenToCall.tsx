/**
 * The when-to-call calculator: the dates in, today's advice, a timeline of the two
 * weeks after the interview and a calendar reminder out. Works on the active
 * application; the decisions live in lib/call-window/view.ts and lib/call-window/form.ts.
 */
import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import '../styles/tools.css';
import './when-to-call/when-to-call.css';
import { buildCallWindowView, callLogOf, FIX_SENTENCE, type CallWindowView } from '../lib/call-window/view';
import { unsavedNewInterviewMessage } from '../lib/storage/save-result';
import { DEFAULT_PROFILE } from '../lib/storage/schemas/profile';
import { $profile } from '../stores/profile';
import InterviewDates from './parts/InterviewDates';
import AppliesTo from './when-to-call/AppliesTo';
import CallStatus from './when-to-call/CallStatus';
import { FIELD_IDS } from './when-to-call/field-ids';
import ReminderFields from './when-to-call/ReminderFields';
import Timeline from './when-to-call/Timeline';
import { useCallWindowForm } from './when-to-call/use-call-window-form';
import { useSettled } from './when-to-call/use-settled';
import WriteBlockNotice from './parts/WriteBlockNotice';
import { useDateLocale } from './parts/use-date-locale';
import { siteHref } from './parts/site-href';
import { lazyModule, useLazyModule } from './parts/lazy-module';
import LoadFailed from './parts/LoadFailed';
import { useFirstUse } from './parts/use-first-use';
import { useNearView } from './parts/use-near-view';

interface Props {
  /** Level of the tool's own headings: 2 on the tool page, 3 inside a lesson. */
  headingLevel?: 2 | 3;
}

function statusKey(view: CallWindowView): string {
  return view.kind === 'ready' ? `${view.advice.headline}\n${view.advice.sentence}` : view.sentence;
}

/**
 * The reminder's code (its texts, the calendar buttons), loaded when the reminder comes
 * near the screen or the tool is first used, whichever is first: not with the page.
 */
const reminderCode = lazyModule(() => import('./when-to-call/CalendarActions'));

/** When to call after your interview, with a reminder for the day. */
export default function WhenToCall({ headingLevel = 2 }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const reminderBox = useRef<HTMLDivElement>(null);
  // Focus or a touch in the tool: the reminder may be tabbed to before it is scrolled to.
  const [isUsed, use] = useFirstUse();
  const form = useCallWindowForm(root);
  const profile = useStore($profile, { ssr: () => DEFAULT_PROFILE });
  const { application, today, errors } = form;
  const locale = useDateLocale();
  // The advice follows what is saved, or a whole date being typed; a date being fixed shows its error instead.
  const view: CallWindowView =
    errors.interviewDate || errors.givenDate
      ? { kind: 'fix', sentence: FIX_SENTENCE }
      : buildCallWindowView(form.preview, today, callLogOf(application?.log ?? []), locale);
  const status = useSettled(view, statusKey(view));
  const reminder = view.kind === 'ready' ? view.reminder : null;
  const followUpsHref = siteHref('/follow-ups/');
  const isReminderNear = useNearView(reminderBox, reminder !== null);
  const reminderPart = useLazyModule(reminderCode, reminder !== null && (isReminderNear || isUsed));
  const Reminder = reminderPart.loaded?.default;

  return (
    <div class="tool when-to-call" ref={root} data-pagefind-ignore="" onFocusIn={use} onPointerDown={use}>
      <AppliesTo application={application} />
      <WriteBlockNotice name="applications" what="your interviews" />
      <InterviewDates
        ids={FIELD_IDS}
        meaningName="wtc-given-meaning"
        values={form.values}
        errors={errors}
        onInput={form.input}
        onLeave={form.leave}
        onMeaning={form.chooseMeaning}
      />
      <ReminderFields values={form.values} errors={errors} onInput={form.input} onLeave={form.leave} />
      {/* Below the advice, not above the fields: a line appearing there would move them under the pointer. */}
      <CallStatus status={status} view={view} today={today} locale={locale}>
        <p role="status" class="wtc-saved">
          {form.createdInterview === 'saved' && (
            <>
              Saved in this browser as a new interview, so the tracker and the script builder use it too. See
              it in <a href={followUpsHref}>Your follow-ups</a>.
            </>
          )}
          {form.createdInterview !== null &&
            form.createdInterview !== 'saved' &&
            unsavedNewInterviewMessage(form.createdInterview)}
        </p>
      </CallStatus>
      {view.kind === 'ready' && view.showsWindow && (
        <Timeline days={view.days} decisionDay={view.decisionDay} headingLevel={headingLevel} />
      )}
      {reminder && today && (
        <div ref={reminderBox}>
          {Reminder ? (
            <Reminder
              reminder={reminder}
              application={application}
              profile={profile}
              today={today}
              locale={locale}
              headingLevel={headingLevel}
            />
          ) : (
            <ReminderPlaceholder
              headingLevel={headingLevel}
              isEmail={reminder.action === 'email'}
              retry={reminderPart.retry}
            />
          )}
        </div>
      )}
    </div>
  );
}

interface PlaceholderProps {
  headingLevel: 2 | 3;
  isEmail: boolean;
  /** Set when the reminder's code could not load. */
  retry: (() => Promise<unknown>) | undefined;
}

/** The reminder's heading while its code loads, so the page does not jump when it arrives. */
function ReminderPlaceholder({ headingLevel, isEmail, retry }: PlaceholderProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section class="wtc-reminder" aria-labelledby="wtc-reminder-title">
      <Heading id="wtc-reminder-title">{isEmail ? 'Set a reminder to email' : 'Set a reminder'}</Heading>
      {retry ? <LoadFailed retry={retry} /> : <p class="muted">Loading the reminder…</p>}
    </section>
  );
}
