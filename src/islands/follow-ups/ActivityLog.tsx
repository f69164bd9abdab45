import { useEffect, useRef, useState } from 'preact/hooks';
import { ACTIVITY_LABELS } from '../../lib/follow-ups/activity-labels';
import { isoDate, type DateLocale, type IsoDate } from '../../lib/dates';
import { checkActivityDate, emptyActivity, type ActivityValues } from '../../lib/follow-ups/form';
import { TEXT_LIMITS } from '../../lib/limits';
import {
  ACTIVITY_KINDS,
  type ActivityEntry,
  type ActivityKind,
  type Application,
} from '../../lib/storage/schemas/application';
import { describeApplication } from '../../lib/follow-ups/names';
import Field from '../parts/Field';
import { nameOf } from './card-handlers';
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

/** What happened so far, and a small form to add the next step (a call, a voicemail, an answer…). */
export default function ActivityLog({ application, today, locale, onLog, onRemove }: Props) {
  const prefix = cardPartId(application.id, 'log');
  const form = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<ActivityValues>(() => emptyActivity(today));
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const toggleButton = useRef<HTMLButtonElement>(null);
  const isFirstRender = useRef(true);

  // Opening moves focus into the form; closing brings it back to the button.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    if (open) form.current?.querySelector('select')?.focus();
    else toggleButton.current?.focus();
  }, [open]);

  function toggle() {
    if (!open) {
      setValues(emptyActivity(today));
      setDateError(undefined);
    }
    setOpen(!open);
  }

  function submit(event: Event) {
    event.preventDefault();
    const dateInput = document.getElementById(`${prefix}-date`) as HTMLInputElement | null;
    const error = checkActivityDate(values.date, dateInput?.validity.badInput ?? false, today);
    setDateError(error);
    if (error) {
      dateInput?.focus();
      return;
    }
    setOpen(false);
    // checkActivityDate passed: the date is a real day.
    onLog({ kind: values.kind, date: isoDate(values.date), note: values.note.trim() });
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
        onClick={toggle}
      >
        Log what happened<span class="visually-hidden"> with {application.company || 'this interview'}</span>
      </button>
      <form id={`${prefix}-form`} class="fu-log-form" ref={form} onSubmit={submit} noValidate hidden={!open}>
        {open && (
          <>
            <div class="tool-grid tool-grid--2">
              <div class="field">
                <label for={`${prefix}-kind`}>What happened</label>
                <p class="field-hint" id={`${prefix}-kind-hint`}>
                  A call, a message, or their answer.
                </p>
                <select
                  aria-describedby={`${prefix}-kind-hint`}
                  id={`${prefix}-kind`}
                  value={values.kind}
                  onChange={(event) =>
                    setValues({ ...values, kind: event.currentTarget.value as ActivityKind })
                  }
                >
                  {ACTIVITY_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {ACTIVITY_LABELS[kind]}
                    </option>
                  ))}
                </select>
              </div>
              <Field
                id={`${prefix}-date`}
                label="Date"
                type="date"
                value={values.date}
                hint="Today, or the day it happened."
                error={dateError}
                required
                onInput={(date) => setValues({ ...values, date })}
              />
            </div>
            <Field
              id={`${prefix}-note`}
              label="Note (optional)"
              multiline
              rows={2}
              value={values.note}
              maxLength={TEXT_LIMITS.note}
              onInput={(note) => setValues({ ...values, note })}
            />
            <div class="actions">
              <button type="submit" class="button">
                Add to log
              </button>
              <button type="button" class="button button--quiet" onClick={toggle}>
                Cancel
              </button>
            </div>
          </>
        )}
      </form>
    </section>
  );
}
