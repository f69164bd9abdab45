import { useEffect, useRef } from 'preact/hooks';
import type { FormErrors, FormField, FormValues } from '../../lib/call-window/form';
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
  { field: 'company', label: 'Company', autoComplete: 'organization' },
  { field: 'jobTitle', label: 'Job title', autoComplete: 'organization-title' },
  { field: 'interviewerName', label: "Interviewer's name", autoComplete: 'off' },
  { field: 'interviewerPhone', label: "Interviewer's phone (optional)", autoComplete: 'off' },
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
        {FIELDS.map(({ field, label, autoComplete }) => (
          <Field
            key={field}
            id={FIELD_IDS[field]}
            label={label}
            type={field === 'interviewerPhone' ? 'tel' : 'text'}
            value={values[field]}
            maxLength={TEXT_LIMITS[field]}
            error={errors[field]}
            autoComplete={autoComplete}
            onInput={(text) => onInput(field, text)}
            onBlur={() => onLeave(field)}
          />
        ))}
      </div>
    </details>
  );
}
