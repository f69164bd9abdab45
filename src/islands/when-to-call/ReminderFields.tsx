import { useEffect, useRef } from 'preact/hooks';
import type { FormErrors, FormField, FormValues } from '../../lib/call-window/form';
import { INTERVIEWER_NAME_HINT, THEIR_PHONE_HINT } from '../../lib/field-hints';
import { TEXT_LIMITS } from '../../lib/limits';
import Field from '../parts/Field';
import { FIELD_IDS } from './field-ids';

interface Props {
  values: FormValues;
  errors: FormErrors;
  onInput: (field: FormField, text: string) => void;
  onLeave: (field: FormField) => void;
}

const FIELDS = [
  { field: 'company', label: 'Company', autoComplete: 'organization', hint: undefined },
  { field: 'jobTitle', label: 'Job title', autoComplete: 'organization-title', hint: undefined },
  { field: 'interviewerName', label: "Interviewer's name", autoComplete: 'off', hint: INTERVIEWER_NAME_HINT },
  {
    field: 'interviewerPhone',
    label: "Interviewer's phone (optional)",
    autoComplete: 'off',
    hint: THEIR_PHONE_HINT,
  },
] as const;

/** Who to call and about what: collapsed, as the call window does not need it, but the reminder does. */
export default function ReminderFields({ values, errors, onInput, onLeave }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const hasError = FIELDS.some(({ field }) => errors[field] !== undefined);
  // Open it when a field inside needs fixing, but never close it under the user.
  useEffect(() => {
    if (hasError && details.current) details.current.open = true;
  }, [hasError]);

  return (
    <details class="wtc-details" ref={details}>
      <summary>Details for your reminder</summary>
      <p class="field-hint">They go into the calendar event, so it holds everything you need on the day.</p>
      <div class="tool-grid tool-grid--2">
        {FIELDS.map(({ field, label, autoComplete, hint }) => (
          <Field
            key={field}
            id={FIELD_IDS[field]}
            label={label}
            type={field === 'interviewerPhone' ? 'tel' : 'text'}
            value={values[field]}
            maxLength={TEXT_LIMITS[field]}
            error={errors[field]}
            autoComplete={autoComplete}
            hint={hint}
            onInput={(text) => onInput(field, text)}
            onBlur={() => onLeave(field)}
          />
        ))}
      </div>
    </details>
  );
}
