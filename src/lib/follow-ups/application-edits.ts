/**
 * Changes to the applications list as pure functions: state in, new state out. The
 * applications store applies them; text is clamped to the limits here so a change
 * can always be saved and read back.
 */
import { isIsoDate } from '../dates';
import { clampText } from '../clamp';
import { MAX_ACHIEVEMENTS, TEXT_LIMITS } from '../limits';
import type { ActivityEntry, Application, ApplicationScripts } from '../storage/schemas/application';
import { SCRIPT_PARTS } from '../storage/schemas/application';
import type { ApplicationsState } from '../storage/schemas/applications';

/** The fields of an application a user edits. */
export type ApplicationDraft = Partial<Omit<Application, 'id' | 'log' | 'createdAt'>>;

const TEXT_FIELDS = [
  'company',
  'jobTitle',
  'interviewerName',
  'interviewerEmail',
  'interviewerPhone',
] as const;

/** Fit a draft into the limits: long text cut, unreal dates emptied, at most two achievements. */
export function clampDraft(draft: ApplicationDraft): ApplicationDraft {
  const clamped: ApplicationDraft = { ...draft };
  for (const field of TEXT_FIELDS) {
    const value = draft[field];
    if (value !== undefined) clamped[field] = clampText(value, TEXT_LIMITS[field]);
  }
  for (const field of ['interviewDate', 'givenDate'] as const) {
    const value = draft[field];
    if (value !== undefined) clamped[field] = isIsoDate(value) ? value : '';
  }
  if (draft.achievements) {
    clamped.achievements = draft.achievements
      .slice(0, MAX_ACHIEVEMENTS)
      .map((text) => clampText(text, TEXT_LIMITS.achievement));
  }
  if (draft.scripts) clamped.scripts = clampScripts(draft.scripts);
  return clamped;
}

function clampScripts(scripts: ApplicationScripts): ApplicationScripts {
  const clamped: ApplicationScripts = {};
  for (const part of SCRIPT_PARTS) {
    const value = scripts[part];
    if (value !== undefined) clamped[part] = clampText(value, TEXT_LIMITS.script);
  }
  return clamped;
}

/**
 * A new interview's own fields: no text, no dates, a given date to call on; the tracker's
 * add form starts from them too. Kept here, not in that form's module (loaded on demand),
 * because `buildApplication` runs at load on every tool page.
 */
export const EMPTY_INTERVIEW: Pick<
  Application,
  (typeof TEXT_FIELDS)[number] | 'interviewDate' | 'givenDate' | 'givenDateMeaning'
> = {
  company: '',
  jobTitle: '',
  interviewerName: '',
  interviewerEmail: '',
  interviewerPhone: '',
  interviewDate: '',
  givenDate: '',
  givenDateMeaning: 'call-on',
};

/** A new application with empty fields, then the draft's. */
export function buildApplication(id: string, createdAt: string, draft: ApplicationDraft = {}): Application {
  return {
    id,
    ...EMPTY_INTERVIEW,
    achievements: [],
    scripts: {},
    log: [],
    archived: false,
    createdAt,
    ...clampDraft(draft),
  };
}

/** Add an application and make it the active one. */
export function addApplicationTo(state: ApplicationsState, application: Application): ApplicationsState {
  return { items: [...state.items, application], activeId: application.id };
}

/** Apply `change` to the application with `id`; the same state when there is none. */
export function changeApplication(
  state: ApplicationsState,
  id: string,
  change: (application: Application) => Application,
): ApplicationsState {
  if (!state.items.some((item) => item.id === id)) return state;
  return { ...state, items: state.items.map((item) => (item.id === id ? change(item) : item)) };
}

/** Merge a draft into the application with `id`. */
export function patchApplication(
  state: ApplicationsState,
  id: string,
  draft: ApplicationDraft,
): ApplicationsState {
  const clamped = clampDraft(draft);
  return changeApplication(state, id, (item) => ({ ...item, ...clamped }));
}

/** Set one script text, or remove it with `null` so the generated text is used again. */
export function setScriptText(
  state: ApplicationsState,
  id: string,
  part: keyof ApplicationScripts,
  text: string | null,
): ApplicationsState {
  return changeApplication(state, id, (item) => {
    const scripts = { ...item.scripts };
    if (text === null) delete scripts[part];
    else scripts[part] = clampText(text, TEXT_LIMITS.script);
    return { ...item, scripts };
  });
}

/** The application to make active when `leaving` stops being: the newest other one not archived. */
export function pickNextActive(items: readonly Application[], leaving: string): string | null {
  const candidates = items.filter((item) => item.id !== leaving && !item.archived);
  return candidates.at(-1)?.id ?? null;
}

/** Remove the application with `id` and everything in it. */
export function removeApplication(state: ApplicationsState, id: string): ApplicationsState {
  const items = state.items.filter((item) => item.id !== id);
  return { items, activeId: state.activeId === id ? pickNextActive(items, id) : state.activeId };
}

/** Archive or restore an application; archiving the active one makes another active. */
export function archiveApplication(
  state: ApplicationsState,
  id: string,
  archived: boolean,
): ApplicationsState {
  const next = changeApplication(state, id, (item) => ({ ...item, archived }));
  if (next === state || !archived || state.activeId !== id) return next;
  return { ...next, activeId: pickNextActive(next.items, id) };
}

/** Append an entry to an application's log, its note clamped. */
export function addLogEntry(state: ApplicationsState, id: string, entry: ActivityEntry): ApplicationsState {
  const clamped = { ...entry, note: clampText(entry.note, TEXT_LIMITS.note) };
  return changeApplication(state, id, (item) => ({ ...item, log: [...item.log, clamped] }));
}

/** Remove one entry from an application's log. */
export function removeLogEntry(state: ApplicationsState, id: string, entryId: string): ApplicationsState {
  return changeApplication(state, id, (item) => ({
    ...item,
    log: item.log.filter((entry) => entry.id !== entryId),
  }));
}
