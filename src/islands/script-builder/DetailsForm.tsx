import { INTERVIEWER_NAME_HINT, YOUR_PHONE_HINT } from '../../lib/field-hints';
import { FIELD_LIMITS } from '../../lib/script/details';
import type { ScriptFormErrors, ScriptFormField, ScriptFormValues } from '../../lib/script/form';
import Field, { type FieldProps } from '../parts/Field';
import { FIELD_IDS, FIELD_LABELS } from './field-ids';

interface Props {
  values: ScriptFormValues;
  errors: ScriptFormErrors;
  onInput: (field: ScriptFormField, text: string) => void;
  onLeave: (field: ScriptFormField) => void;
  Heading: 'h2' | 'h3';
}

type Extra = Omit<FieldProps, 'id' | 'label' | 'value' | 'onInput' | 'onBlur' | 'error'>;

const EXTRAS: Readonly<Record<ScriptFormField, Extra>> = {
  fullName: { maxLength: FIELD_LIMITS.fullName, autoComplete: 'name' },
  phone: {
    maxLength: FIELD_LIMITS.phone,
    type: 'tel',
    inputMode: 'tel',
    autoComplete: 'tel',
    hint: YOUR_PHONE_HINT,
  },
  email: { maxLength: FIELD_LIMITS.email, type: 'email', autoComplete: 'email', hint: 'Signs the email.' },
  jobTitle: { maxLength: FIELD_LIMITS.jobTitle, autoComplete: 'off' },
  company: { maxLength: FIELD_LIMITS.company, autoComplete: 'off' },
  interviewerName: {
    maxLength: FIELD_LIMITS.interviewerName,
    autoComplete: 'off',
    hint: INTERVIEWER_NAME_HINT,
  },
  interviewDate: { type: 'date' },
  interviewerEmail: {
    maxLength: FIELD_LIMITS.interviewerEmail,
    type: 'email',
    autoComplete: 'off',
    hint: 'Lets you open the email in your email app.',
  },
  achievement1: { maxLength: FIELD_LIMITS.achievement, autoComplete: 'off' },
  achievement2: { maxLength: FIELD_LIMITS.achievement, autoComplete: 'off' },
};

/** The details the texts are built from: yours (shared by every interview), the interview's, and two wins. */
export default function DetailsForm({ values, errors, onInput, onLeave, Heading }: Props) {
  const field = (name: ScriptFormField) => (
    <Field
      {...EXTRAS[name]}
      id={FIELD_IDS[name]}
      label={FIELD_LABELS[name]}
      value={values[name]}
      error={errors[name]}
      onInput={(text) => onInput(name, text)}
      onBlur={() => onLeave(name)}
    />
  );
  return (
    <section class="sb-details" aria-labelledby="sb-details-title">
      <Heading id="sb-details-title" tabIndex={-1}>
        Your details
      </Heading>
      <p class="sb-jump">
        <a href="#sb-scripts-title">Jump to your script</a>
      </p>
      <fieldset aria-describedby="sb-about-you-hint">
        <legend>About you</legend>
        <p class="field-hint" id="sb-about-you-hint">
          Saved once for all your interviews.
        </p>
        {field('fullName')}
        {field('phone')}
        {field('email')}
      </fieldset>
      <fieldset>
        <legend>About the interview</legend>
        {field('jobTitle')}
        {field('company')}
        {field('interviewerName')}
        {field('interviewDate')}
        {field('interviewerEmail')}
      </fieldset>
      <fieldset aria-describedby="sb-achievements-hint">
        <legend>Achievements (optional)</legend>
        <p class="field-hint" id="sb-achievements-hint">
          One or two things you did well that came up in the interview, to mention again, one line each, e.g.
          cut supply costs by 15%.
        </p>
        {field('achievement1')}
        {field('achievement2')}
      </fieldset>
    </section>
  );
}
