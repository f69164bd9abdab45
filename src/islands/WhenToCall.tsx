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
import { lessonPath, withBase } from '../lib/paths';
import { buildCallReminder } from '../lib/calendar/reminder-details';
import { DEFAULT_PROFILE } from '../lib/storage/schemas/profile';
import { $profile } from '../stores/profile';
import AppliesTo from './when-to-call/AppliesTo';
import CalendarActions from './when-to-call/CalendarActions';
import CallStatus from './when-to-call/CallStatus';
import DateFields from './when-to-call/DateFields';
import ReminderFields from './when-to-call/ReminderFields';
import Timeline from './when-to-call/Timeline';
import { useCallWindowForm } from './when-to-call/use-call-window-form';
import { useSettled } from './when-to-call/use-settled';

interface Props {
  /** Level of the tool's own headings: 2 on the tool page, 3 inside a lesson. */
  headingLevel?: 2 | 3;
}

function statusKey(view: CallWindowView): string {
  return view.kind === 'ready' ? `${view.advice.headline}\n${view.advice.sentence}` : view.sentence;
}

/** When to call after your interview, with a reminder for the day. */
export default function WhenToCall({ headingLevel = 2 }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const form = useCallWindowForm(root);
  const profile = useStore($profile, { ssr: () => DEFAULT_PROFILE });
  const { application, today, saved, errors } = form;
  // The advice follows what is saved; a date being fixed shows its error instead.
  const view: CallWindowView =
    errors.interviewDate || errors.givenDate
      ? { kind: 'fix', sentence: FIX_SENTENCE }
      : buildCallWindowView(saved, today, callLogOf(application?.log ?? []));
  const status = useSettled(view, statusKey(view));
  const reminderDay = view.kind === 'ready' ? view.reminderDay : null;
  const lessonUrl =
    typeof window === 'undefined'
      ? undefined
      : new URL(withBase(import.meta.env.BASE_URL, lessonPath('prepare-your-script')), window.location.href)
          .href;

  return (
    <div class="tool when-to-call" ref={root} data-pagefind-ignore="">
      <AppliesTo application={application} />
      <DateFields
        values={form.values}
        errors={errors}
        onInput={form.input}
        onLeave={form.leave}
        onMeaning={form.chooseMeaning}
      />
      <ReminderFields values={form.values} errors={errors} onInput={form.input} onLeave={form.leave} />
      <CallStatus status={status} view={view} today={today} />
      {view.kind === 'ready' && <Timeline days={view.days} headingLevel={headingLevel} />}
      {reminderDay && today && (
        <CalendarActions
          details={buildCallReminder(application, profile, reminderDay, lessonUrl)}
          today={today}
          headingLevel={headingLevel}
        />
      )}
    </div>
  );
}
