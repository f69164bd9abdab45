import { useEffect, useRef, useState } from 'preact/hooks';
import { ACTIVITY_LABELS } from '../../lib/follow-ups/activity-labels';
import type { DateLocale, IsoDate } from '../../lib/dates';
import type { ActivityEntry, Application } from '../../lib/storage/schemas/application';
import { describeApplication } from '../../lib/follow-ups/names';
import { useLazyModule, warmOn } from '../parts/lazy-module';
import LoadFailed from '../parts/LoadFailed';
import { nameOf } from './card-handlers';
import { formsCode } from './forms-code';
import { shortDate } from './format-dates';
import { cardPartId } from './ids';

interface Props {
  application: Application;
  today: IsoDate;
  locale: DateLocale;
  onLog: (entry: Omit<ActivityEntry, 'id'>) => void;
  onRemove: (entry: ActivityEntry) => void;
}

/** Newest first; on the same day, the one logged last first. */
function newestFirst(log: readonly ActivityEntry[]): ActivityEntry[] {
  return log
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) =>
      a.entry.date === b.entry.date ? b.index - a.index : a.entry.date < b.entry.date ? 1 : -1,
    )
    .map(({ entry }) => entry);
}

/** "Office Manager at Greenway Dental, interview Tue, Nov 17": which interview a log belongs to. */
function describeInterview(application: Application, locale: DateLocale): string {
  const name = describeApplication(application) ?? nameOf(application);
  return application.interviewDate
    ? `${name}, interview ${shortDate(application.interviewDate, locale)}`
    : name;
}

/**
 * What happened so far, and a small form to add the next step (a call, a voicemail, an answer…).
 * The form's code loads when the log is first opened (warmed as the pointer or focus reaches
 * its button), so the first render carries only the list.
 */
export default function ActivityLog({ application, today, locale, onLog, onRemove }: Props) {
  const prefix = cardPartId(application.id, 'log');
  const [open, setOpen] = useState(false);
  const forms = useLazyModule(formsCode, open);
  const toggleButton = useRef<HTMLButtonElement>(null);
  const isFirstRender = useRef(true);

  // Opening moves focus into the form (ActivityForm takes it as it arrives); closing brings it back.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    if (!open) toggleButton.current?.focus();
  }, [open]);

  function log(entry: Omit<ActivityEntry, 'id'>) {
    setOpen(false);
    onLog(entry);
  }

  const entries = newestFirst(application.log);
  return (
    <section class="fu-log" aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`} tabIndex={-1}>
        Activity
        {/* Each card's log is a region: its name says whose, so every region's name is its own. */}
        <span class="visually-hidden">: {describeInterview(application, locale)}</span>
      </h4>
      {entries.length === 0 ? (
        <p class="fu-muted">Nothing logged yet.</p>
      ) : (
        <ul class="fu-entries">
          {entries.map((entry) => (
            <li key={entry.id} class="fu-entry">
              <p class="fu-entry-what">
                <span class="fu-entry-date">{shortDate(entry.date, locale)}</span>{' '}
                <strong>{ACTIVITY_LABELS[entry.kind]}</strong>
              </p>
              <button type="button" class="fu-link-button" onClick={() => onRemove(entry)}>
                Remove
                <span class="visually-hidden">
                  {' '}
                  “{ACTIVITY_LABELS[entry.kind]}” of {shortDate(entry.date, locale)}
                </span>
              </button>
              {entry.note && <p class="fu-entry-note">{entry.note}</p>}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        id={`${prefix}-toggle`}
        ref={toggleButton}
        class="button button--quiet"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={`${prefix}-form`}
        onClick={() => setOpen(!open)}
        {...warmOn(formsCode)}
      >
        Log what happened<span class="visually-hidden"> with {application.company || 'this interview'}</span>
      </button>
      <div id={`${prefix}-form`} hidden={!open}>
        {open &&
          (forms.loaded ? (
            <forms.loaded.ActivityForm
              prefix={prefix}
              today={today}
              onLog={log}
              onCancel={() => setOpen(false)}
            />
          ) : forms.retry ? (
            <LoadFailed retry={forms.retry} />
          ) : (
            <p class="fu-muted">Loading the form…</p>
          ))}
      </div>
    </section>
  );
}
