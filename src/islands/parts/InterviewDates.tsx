import { GIVEN_DATE_MEANING_LABELS } from '../../lib/follow-ups/activity-labels';
import { GIVEN_DATE_MEANINGS, type GivenDateMeaning } from '../../lib/storage/schemas/application';
import Field from './Field';
import './interview-dates.css';

/** The two date fields. */
export type InterviewDateField = 'interviewDate' | 'givenDate';

interface Props {
  /** The input id of each date field: unique on the page. */
  ids: Readonly<Record<InterviewDateField, string>>;
  /** The radio group's name: unique on the page. */
  meaningName: string;
  values: Readonly<Record<InterviewDateField, string>> & { givenDateMeaning: GivenDateMeaning };
  errors: Partial<Record<InterviewDateField, string>>;
  onInput: (field: InterviewDateField, text: string) => void;
  /** The field was left (or Enter pressed in it): the moment a typed date counts. */
  onLeave?: ((field: InterviewDateField) => void) | undefined;
  onMeaning: (meaning: GivenDateMeaning) => void;
}

/** The interview date, the date the interviewer gave, and what that date means. */
export default function InterviewDates({
  ids,
  meaningName,
  values,
  errors,
  onInput,
  onLeave,
  onMeaning,
}: Props) {
  const leave = (field: InterviewDateField) => onLeave && (() => onLeave(field));
  return (
    <>
      <div class="tool-grid tool-grid--2 interview-dates">
        <Field
          id={ids.interviewDate}
          label="Interview date"
          type="date"
          value={values.interviewDate}
          hint="The day of your interview, past or coming up."
          error={errors.interviewDate}
          required
          onInput={(text) => onInput('interviewDate', text)}
          onBlur={leave('interviewDate')}
          onEnter={leave('interviewDate')}
        />
        <Field
          id={ids.givenDate}
          label="Date they gave you (optional)"
          type="date"
          value={values.givenDate}
          hint="A day they named to call, or to decide by."
          error={errors.givenDate}
          onInput={(text) => onInput('givenDate', text)}
          onBlur={leave('givenDate')}
          onEnter={leave('givenDate')}
        />
      </div>
      {values.givenDate !== '' && (
        <fieldset class="interview-dates-meaning">
          <legend>What did they say about that date?</legend>
          {GIVEN_DATE_MEANINGS.map((meaning) => (
            <label class="choice" key={meaning}>
              <input
                type="radio"
                name={meaningName}
                value={meaning}
                checked={values.givenDateMeaning === meaning}
                onChange={() => onMeaning(meaning)}
              />
              {GIVEN_DATE_MEANING_LABELS[meaning]}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
