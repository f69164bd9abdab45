/**
 * The when-to-call form's state: the active application's saved values, what the
 * user typed that is not (yet) saved, and which errors to show.
 *
 * The first render matches the server (empty fields, no today); saved values, today
 * and anything typed before hydration are applied in the first effect. Good text is
 * saved as typed; a date only once complete, valid and left (a date input reports a
 * value on every keystroke, and typing 0 2 over a month passes through days nobody
 * meant). Bad values stay in the field, with their error, and are never saved.
 */
import { useStore } from '@nanostores/preact';
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  buildSaveDraft,
  checkForm,
  formValuesOf,
  FORM_FIELDS,
  type BadDates,
  type DateField,
  type FormErrors,
  type FormField,
  type FormValues,
} from '../../lib/call-window/form';
import { isCompleteDate } from '../../lib/date-field';
import { localToday } from '../../lib/dates';
import type { GivenDateMeaning } from '../../lib/storage/schemas/application';
import { DEFAULT_APPLICATIONS } from '../../lib/storage/schemas/applications';
import {
  $applications,
  ensureActiveApplication,
  updateApplication,
  type SaveResult,
} from '../../stores/applications';
import { useActiveChange } from '../parts/use-active-change';
import { useToday } from '../parts/use-today';
import { FIELD_IDS } from './field-ids';

type Typed = Partial<Record<FormField, string>>;

const isDateField = (field: FormField): field is DateField =>
  field === 'interviewDate' || field === 'givenDate';

function activeOf(state: typeof DEFAULT_APPLICATIONS) {
  return state.items.find((item) => item.id === state.activeId) ?? null;
}

/** The form of the when-to-call tool, bound to the active application. */
export function useCallWindowForm(root: RefObject<HTMLElement>) {
  const applications = useStore($applications, { ssr: () => DEFAULT_APPLICATIONS });
  const application = activeOf(applications);
  const today = useToday();
  const [typed, setTyped] = useState<Typed>({});
  const [badDates, setBadDates] = useState<BadDates>({});
  const [checked, setChecked] = useState<ReadonlySet<FormField>>(new Set());
  // Whether this form created the interview it saves to, so it can say so and where to see it.
  // `null` until then; else what storage made of the write (so the note never claims a save that failed).
  const [createdInterview, setCreatedInterview] = useState<SaveResult | null>(null);

  const saved = formValuesOf(application);
  const values: FormValues = { ...saved, ...typed };
  const errors: FormErrors = today ? checkForm(values, badDates, today) : {};
  // Typed values show their error once complete or left; saved ones (say, a year gone by) always do.
  const shown = (field: FormField) =>
    checked.has(field) || (typed[field] === undefined && values[field] !== '');
  const visibleErrors: FormErrors = Object.fromEntries(
    FORM_FIELDS.filter((field) => errors[field] && shown(field)).map((field) => [field, errors[field]]),
  );
  // The advice follows a whole, good date as it is typed; it is saved when the field is left.
  const preview: FormValues = { ...saved };
  for (const field of ['interviewDate', 'givenDate'] as const) {
    const text = typed[field];
    if (text !== undefined && (text === '' || isCompleteDate(text)) && !errors[field]) preview[field] = text;
  }

  /** Save what is good in `nextTyped`, keep the rest as typed, and check `fields` now. */
  function commit(nextTyped: Typed, nextBad: BadDates, fields: FormField[], meaning?: GivenDateMeaning) {
    const now = localToday();
    const current = formValuesOf(activeOf($applications.get()));
    const next: FormValues = { ...current, ...nextTyped, ...(meaning ? { givenDateMeaning: meaning } : {}) };
    const draft = buildSaveDraft(next, checkForm(next, nextBad, now), current);
    const hadInterview = activeOf($applications.get()) !== null;
    const result = Object.keys(draft).length > 0 ? updateApplication(ensureActiveApplication(), draft) : null;
    const active = activeOf($applications.get());
    if (!hadInterview && active !== null) setCreatedInterview(result ?? 'saved');
    const stored = formValuesOf(active);
    // What is now saved needs no local copy; what could not be saved stays as typed.
    setTyped(
      Object.fromEntries(
        Object.entries(nextTyped).filter(([field, text]) => stored[field as FormField] !== text),
      ),
    );
    setBadDates(nextBad);
    setChecked((before) => new Set([...before, ...fields]));
  }

  function uncheck(field: FormField) {
    setChecked((before) => new Set([...before].filter((name) => name !== field)));
  }

  /** Something was typed: text is saved at once; a date is only checked, once complete, and saved when left. */
  function input(field: FormField, text: string) {
    if (!isDateField(field)) {
      commit({ ...typed, [field]: text }, badDates, []);
      return;
    }
    setTyped((before) => ({ ...before, [field]: text }));
    setBadDates((before) => ({ ...before, [field]: readBadInput(field) }));
    if (isCompleteDate(text)) setChecked((before) => new Set([...before, field]));
    else uncheck(field);
  }

  /** A field was left (or Enter pressed in a date): save it if good, and show what is wrong with it. */
  function leave(field: FormField) {
    const bad = isDateField(field) ? { ...badDates, [field]: readBadInput(field) } : badDates;
    commit(typed, bad, [field]);
  }

  function chooseMeaning(meaning: GivenDateMeaning) {
    commit(typed, badDates, [], meaning);
  }

  function readBadInput(field: FormField): boolean {
    const element = root.current?.querySelector<HTMLInputElement>(`#${FIELD_IDS[field]}`);
    return element?.validity.badInput ?? false;
  }

  // Whatever was typed before hydration is still in the fields: keep it, save it if good.
  useEffect(() => {
    const early: Typed = {};
    for (const field of FORM_FIELDS) {
      const element = root.current?.querySelector<HTMLInputElement>(`#${FIELD_IDS[field]}`);
      if (element && element.value !== '') early[field] = element.value;
    }
    if (Object.keys(early).length > 0) commit(early, {}, Object.keys(early) as FormField[]);
  }, []);

  // Another interview became active (here or in another tab): its values replace the typed ones.
  useActiveChange(application?.id ?? null, () => {
    setTyped({});
    setBadDates({});
    setChecked(new Set());
  });

  return {
    application,
    today,
    values,
    preview,
    errors: visibleErrors,
    createdInterview,
    input,
    leave,
    chooseMeaning,
  };
}
