import { useEffect, useRef, useState } from 'preact/hooks';
import { ACTIVITY_LABELS } from '../../lib/follow-ups/activity-labels';
import { isoDate, type IsoDate } from '../../lib/dates';
import { checkActivityDate, emptyActivity, type ActivityValues } from '../../lib/follow-ups/form';
import { TEXT_LIMITS } from '../../lib/limits';
import { ACTIVITY_KINDS, type ActivityEntry, type ActivityKind } from '../../lib/storage/schemas/application';
import Field from '../parts/Field';

interface Props {
  /** The log's id prefix: every field id starts with it. */
  prefix: string;
  today: IsoDate;
  onLog: (entry: Omit<ActivityEntry, 'id'>) => void;
  onCancel: () => void;
}

/**
 * "What happened", its date and a note: the fields of a card's log form, loaded when a
 * log is first opened. Each opening mounts it afresh (today, no note), and it takes the
 * focus as it arrives, so a click that had to wait for the code still lands in the form.
 */
export default function ActivityForm({ prefix, today, onLog, onCancel }: Props) {
  const kindSelect = useRef<HTMLSelectElement>(null);
  const [values, setValues] = useState<ActivityValues>(() => emptyActivity(today));
  const [dateError, setDateError] = useState<string | undefined>(undefined);

  useEffect(() => kindSelect.current?.focus(), []);

  function submit(event: Event) {
    event.preventDefault();
    const dateInput = document.getElementById(`${prefix}-date`) as HTMLInputElement | null;
    const error = checkActivityDate(values.date, dateInput?.validity.badInput ?? false, today);
    setDateError(error);
    if (error) {
      dateInput?.focus();
      return;
    }
    // checkActivityDate passed: the date is a real day.
    onLog({ kind: values.kind, date: isoDate(values.date), note: values.note.trim() });
  }

  return (
    <form class="fu-log-form" onSubmit={submit} noValidate>
      <div class="tool-grid tool-grid--2">
        <div class="field">
          <label for={`${prefix}-kind`}>What happened</label>
          <p class="field-hint" id={`${prefix}-kind-hint`}>
            A call, a message, or their answer.
          </p>
          <select
            ref={kindSelect}
            aria-describedby={`${prefix}-kind-hint`}
            id={`${prefix}-kind`}
            value={values.kind}
            onChange={(event) => setValues({ ...values, kind: event.currentTarget.value as ActivityKind })}
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
        <button type="button" class="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
