/**
 * The script builder's form state: what is saved (the profile and the active
 * application), what the user typed that is not saved (because it has a problem),
 * and which errors to show.
 *
 * The first render matches the server (empty fields); saved values and anything typed
 * before hydration are applied in the first effects. Good values are saved at once;
 * bad ones stay in the field with their error, and are never saved over a good one.
 */
import { useStore } from '@nanostores/preact';
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isCompleteDate } from '../../lib/date-field';
import { localToday } from '../../lib/dates';
import { DEFAULT_PROFILE } from '../../lib/storage/schemas/profile';
import {
  buildScriptSaves,
  checkScriptForm,
  detailsOfForm,
  scriptFormValuesOf,
  SCRIPT_FORM_FIELDS,
  type ScriptFormErrors,
  type ScriptFormField,
  type ScriptFormValues,
} from '../../lib/script/form';
import { $activeApplication, ensureActiveApplication, updateApplication } from '../../stores/applications';
import { $profile, updateProfile } from '../../stores/profile';
import { FIELD_IDS } from './field-ids';
import { useActiveChange } from '../parts/use-active-change';
import { useToday } from '../parts/use-today';

type Typed = Partial<ScriptFormValues>;

/** The script builder's form, bound to the profile and the active application. */
export function useScriptForm(root: RefObject<HTMLElement>) {
  const profile = useStore($profile, { ssr: () => DEFAULT_PROFILE });
  const application = useStore($activeApplication, { ssr: () => null });
  // Before hydration the form is empty, so no day is said: today only matters after it.
  const today = useToday() ?? localToday();
  const [typed, setTyped] = useState<Typed>({});
  const [isBadDate, setIsBadDate] = useState(false);
  const [checked, setChecked] = useState<ReadonlySet<ScriptFormField>>(new Set());

  const values: ScriptFormValues = { ...scriptFormValuesOf(profile, application), ...typed };
  const errors = checkScriptForm(values, isBadDate, today);
  // Typed values show their error once checked; a saved one (say, imported) always does.
  const isShown = (field: ScriptFormField) =>
    checked.has(field) || (typed[field] === undefined && values[field] !== '');
  const visibleErrors: ScriptFormErrors = Object.fromEntries(
    SCRIPT_FORM_FIELDS.filter((field) => errors[field] && isShown(field)).map((field) => [
      field,
      errors[field],
    ]),
  );

  /**
   * Save what is good in `nextTyped`, keep the rest as typed, and check `fields` now.
   * The field being typed in (`editing`) keeps its local copy even once saved, so another
   * tab's write to the same field cannot replace the text under the user's cursor; the
   * field's last write wins when it is left.
   */
  function commit(
    nextTyped: Typed,
    nextBadDate: boolean,
    fields: readonly ScriptFormField[],
    editing?: ScriptFormField,
  ) {
    const saved = scriptFormValuesOf($profile.get(), $activeApplication.get());
    const next: ScriptFormValues = { ...saved, ...nextTyped };
    const saves = buildScriptSaves(next, checkScriptForm(next, nextBadDate, localToday()), saved);
    if (Object.keys(saves.profile).length > 0) updateProfile(saves.profile);
    if (Object.keys(saves.application).length > 0)
      updateApplication(ensureActiveApplication(), saves.application);
    const stored = scriptFormValuesOf($profile.get(), $activeApplication.get());
    // What is now saved needs no local copy; what could not be saved stays as typed.
    setTyped(
      Object.fromEntries(
        Object.entries(nextTyped).filter(
          ([field, text]) => field === editing || stored[field as ScriptFormField] !== text,
        ),
      ),
    );
    setIsBadDate(nextBadDate);
    if (fields.length > 0) setChecked((before) => new Set([...before, ...fields]));
  }

  function readBadDate(): boolean {
    const input = root.current?.querySelector<HTMLInputElement>(`#${FIELD_IDS.interviewDate}`);
    return input?.validity.badInput ?? false;
  }

  /**
   * Something was typed: text is saved at once and checked when left. A date is only
   * checked once complete, and saved when left: a date input reports a value on every
   * keystroke, and typing 0 2 over a month passes through days nobody meant.
   */
  function input(field: ScriptFormField, text: string) {
    if (field !== 'interviewDate') {
      commit({ ...typed, [field]: text }, isBadDate, [], field);
      return;
    }
    setTyped((before) => ({ ...before, [field]: text }));
    setIsBadDate(readBadDate());
    setChecked((before) =>
      isCompleteDate(text)
        ? new Set([...before, field])
        : new Set([...before].filter((name) => name !== field)),
    );
  }

  /** A field was left: show what is wrong with it. */
  function leave(field: ScriptFormField) {
    commit(typed, field === 'interviewDate' ? readBadDate() : isBadDate, [field]);
  }

  // Whatever was typed before hydration is still in the fields: keep it, save it if good.
  useEffect(() => {
    const early: Typed = {};
    for (const field of SCRIPT_FORM_FIELDS) {
      const element = root.current?.querySelector<HTMLInputElement>(`#${FIELD_IDS[field]}`);
      if (element && element.value !== '') early[field] = element.value;
    }
    if (Object.keys(early).length > 0) commit(early, readBadDate(), Object.keys(early) as ScriptFormField[]);
  }, []);

  // Another interview became active (here or in another tab): its values replace the typed ones.
  useActiveChange(application?.id ?? null, () => {
    setTyped({});
    setIsBadDate(false);
    setChecked(new Set());
  });

  return {
    application,
    today,
    values,
    details: detailsOfForm(values, errors),
    errors: visibleErrors,
    input,
    leave,
  };
}
