import type { FormErrors, FormField, FormValues } from '../../lib/call-window/form';
import type { GivenDateMeaning } from '../../lib/storage/schemas/application';
import Field from '../parts/Field';
import { FIELD_IDS } from './field-ids';

interface Props {
  values: FormValues;
  errors: FormErrors;
  onInput: (field: FormField, text: string) => void;
  onLeave: (field: FormField) => void;
  onMeaning: (meaning: GivenDateMeaning) => void;
}

const MEANINGS: readonly { value: GivenDateMeaning; label: string }[] = [
  { value: 'call-on', label: 'Call me on this day' },
  { value: 'decide-by', label: 'We will decide by this day' },
];

/** The interview date, the date the interviewer gave, and what that date means. */
export default function DateFields({ values, errors, onInput, onLeave, onMeaning }: Props) {
  return (
    <>
      <div class="tool-grid tool-grid--2 wtc-dates">
        <Field
          id={FIELD_IDS.interviewDate}
          label="Interview date"
          type="date"
          value={values.interviewDate}
          hint="The day of your interview, past or coming up."
          error={errors.interviewDate}
          required
          onInput={(text) => onInput('interviewDate', text)}
          onBlur={() => onLeave('interviewDate')}
        />
        <Field
          id={FIELD_IDS.givenDate}
          label="Date they gave you (optional)"
          type="date"
          value={values.givenDate}
          hint="A day they named to call, or to decide by."
          error={errors.givenDate}
          onInput={(text) => onInput('givenDate', text)}
          onBlur={() => onLeave('givenDate')}
        />
      </div>
      {values.givenDate !== '' && (
        <fieldset class="wtc-meaning">
          <legend>What did they say about that date?</legend>
          {MEANINGS.map(({ value, label }) => (
            <label class="choice" key={value}>
              <input
                type="radio"
                name="wtc-given-meaning"
                value={value}
                checked={values.givenDateMeaning === value}
                onChange={() => onMeaning(value)}
              />
              {label}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
