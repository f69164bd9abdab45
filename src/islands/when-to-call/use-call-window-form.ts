/**
 * The when-to-call form's state: the active application's saved values, what the
 * user typed that is not (yet) saved, and which errors to show.
 *
 * The first render matches the server (empty fields, no today); saved values, today
 * and anything typed before hydration are applied in the first effect. Good values
 * are saved at once; bad ones stay in the field, with their error, and are never saved.
 */
import { useStore } from '@nanostores/preact';
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  buildSaveDraft,
  checkForm,
  formValuesOf,
  isCompleteDate,
  FORM_FIELDS,
  type BadDates,
  type FormErrors,
  type FormField,
  type FormValues,
} from '../../lib/call-window/form';
import { localIsoDate, type IsoDate } from '../../lib/dates';
import type { GivenDateMeaning } from '../../lib/storage/schemas/application';
import { DEFAULT_APPLICATIONS } from '../../lib/storage/schemas/applications';
import { $applications, ensureActiveApplication, updateApplication } from '../../stores/applications';
import { FIELD_IDS } from './field-ids';

type Typed = Partial<Record<FormField, string>>;

/** Today on this device, `null` until hydrated; read again when the page comes back into view. */
function useToday(): IsoDate | null {
  const [today, setToday] = useState<IsoDate | null>(null);
  useEffect(() => {
    const update = () => setToday(localIsoDate(new Date()));
    update();
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return today;
}

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
  const previousId = useRef<string | null>(null);

  const saved = formValuesOf(application);
  const values: FormValues = { ...saved, ...typed };
  const errors: FormErrors = today ? checkForm(values, badDates, today) : {};
  // Typed values show their error once complete or left; saved ones (say, a year gone by) always do.
  const shown = (field: FormField) =>
    checked.has(field) || (typed[field] === undefined && values[field] !== '');
  const visibleErrors: FormErrors = Object.fromEntries(
    FORM_FIELDS.filter((field) => errors[field] && shown(field)).map((field) => [field, errors[field]]),
  );

  /** Save what is good in `nextTyped`, keep the rest as typed, and check `fields` now. */
  function commit(nextTyped: Typed, nextBad: BadDates, fields: FormField[], meaning?: GivenDateMeaning) {
    const now = localIsoDate(new Date());
    const current = formValuesOf(activeOf($applications.get()));
    const next: FormValues = { ...current, ...nextTyped, ...(meaning ? { givenDateMeaning: meaning } : {}) };
    const draft = buildSaveDraft(next, checkForm(next, nextBad, now), current);
    if (Object.keys(draft).length > 0) updateApplication(ensureActiveApplication(), draft);
    const stored = formValuesOf(activeOf($applications.get()));
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

  /** Something was typed: a date counts once complete; text fields are checked when left. */
  function input(field: FormField, text: string) {
    const isDate = field === 'interviewDate' || field === 'givenDate';
    const bad = isDate ? { ...badDates, [field]: readBadInput(field) } : badDates;
    if (isDate && !isCompleteDate(text)) uncheck(field);
    commit({ ...typed, [field]: text }, bad, isDate && isCompleteDate(text) ? [field] : []);
  }

  /** A field was left: show what is wrong with it. */
  function leave(field: FormField) {
    const isDate = field === 'interviewDate' || field === 'givenDate';
    const bad = isDate ? { ...badDates, [field]: readBadInput(field) } : badDates;
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
  const activeId = application?.id ?? null;
  useEffect(() => {
    if (previousId.current !== null && activeId !== null && activeId !== previousId.current) {
      setTyped({});
      setBadDates({});
      setChecked(new Set());
    }
    if (activeId !== null) previousId.current = activeId;
  }, [activeId]);

  return { application, today, values, saved, errors: visibleErrors, input, leave, chooseMeaning };
}
