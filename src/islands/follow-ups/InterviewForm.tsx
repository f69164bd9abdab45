import { useRef, useState } from 'preact/hooks';
import type { ApplicationDraft } from '../../lib/follow-ups/application-edits';
import type { IsoDate } from '../../lib/dates';
import {
  buildInterviewDraft,
  checkInterview,
  firstInvalidField,
  type BadDateInputs,
  type InterviewErrors,
  type InterviewField,
  type InterviewValues,
} from '../../lib/follow-ups/form';
import { INTERVIEWER_NAME_HINT, THEIR_PHONE_HINT } from '../../lib/field-hints';
import { TEXT_LIMITS } from '../../lib/limits';
import Field from '../parts/Field';
import InterviewDates from '../parts/InterviewDates';

interface Props {
  /** Unique on the page: every field id starts with it. */
  idPrefix: string;
  initial: InterviewValues;
  today: IsoDate;
  submitLabel: string;
  onSubmit: (draft: ApplicationDraft) => void;
  onCancel?: (() => void) | undefined;
}

type TextField = Exclude<InterviewField, 'interviewDate' | 'givenDate'>;

const TEXT_FIELDS: readonly {
  field: TextField;
  label: string;
  type: 'text' | 'email' | 'tel';
  autoComplete: string;
  hint?: string;
}[] = [
  { field: 'company', label: 'Company', type: 'text', autoComplete: 'organization' },
  { field: 'jobTitle', label: 'Job title', type: 'text', autoComplete: 'organization-title' },
  {
    field: 'interviewerName',
    label: "Interviewer's name",
    type: 'text',
    autoComplete: 'off',
    hint: INTERVIEWER_NAME_HINT,
  },
  { field: 'interviewerEmail', label: "Interviewer's email (optional)", type: 'email', autoComplete: 'off' },
  {
    field: 'interviewerPhone',
    label: "Interviewer's phone (optional)",
    type: 'tel',
    autoComplete: 'off',
    hint: THEIR_PHONE_HINT,
  },
];

/** Add or edit an interview: errors appear on saving, then follow the typing; focus goes to the first one. */
export default function InterviewForm({ idPrefix, initial, today, submitLabel, onSubmit, onCancel }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<InterviewValues>(initial);
  const [errors, setErrors] = useState<InterviewErrors>({});
  const [tried, setTried] = useState(false);
  const idOf = (field: InterviewField) => `${idPrefix}-${field}`;

  function readBadDates(): BadDateInputs {
    const bad = (field: InterviewField) =>
      (document.getElementById(idOf(field)) as HTMLInputElement | null)?.validity.badInput ?? false;
    return { interviewDate: bad('interviewDate'), givenDate: bad('givenDate') };
  }

  function change(patch: Partial<InterviewValues>) {
    const next = { ...values, ...patch };
    setValues(next);
    if (tried) setErrors(checkInterview(next, readBadDates(), today));
  }

  function submit(event: Event) {
    event.preventDefault();
    const found = checkInterview(values, readBadDates(), today);
    setTried(true);
    setErrors(found);
    const first = firstInvalidField(found);
    if (first) {
      document.getElementById(idOf(first))?.focus();
      return;
    }
    onSubmit(buildInterviewDraft(values));
  }

  return (
    <form class="fu-form" ref={form} onSubmit={submit} noValidate>
      <p class="field-hint">All fields are needed unless marked optional.</p>
      <div class="tool-grid tool-grid--2">
        {TEXT_FIELDS.map(({ field, label, type, autoComplete, hint }) => (
          <Field
            key={field}
            id={idOf(field)}
            label={label}
            type={type}
            value={values[field]}
            maxLength={TEXT_LIMITS[field]}
            hint={hint}
            error={errors[field]}
            autoComplete={autoComplete}
            required={!label.endsWith('(optional)')}
            onInput={(text) => change({ [field]: text })}
          />
        ))}
      </div>
      <InterviewDates
        ids={{ interviewDate: idOf('interviewDate'), givenDate: idOf('givenDate') }}
        meaningName={`${idPrefix}-meaning`}
        values={values}
        errors={errors}
        onInput={(field, text) => change({ [field]: text })}
        onMeaning={(meaning) => change({ givenDateMeaning: meaning })}
      />
      <div class="actions">
        <button type="submit" class="button">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
