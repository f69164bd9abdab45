/**
 * $applications: every interview being followed up, and which one is active.
 *
 * Key `cc:applications`, JSON `{"version":1,"data":{"items":[Application, …],"activeId":"…"|null}}`
 * (Application: lib/storage/schemas/application.ts). Version 1. The active id is saved with the
 * list so the two never disagree; an active id naming no application reads as null.
 * Version 0 (the prototype) held one application, or a bare array, and is migrated
 * when read. The changes themselves are pure functions in lib/follow-ups/application-edits.ts.
 *
 * Every change goes through `update`: it first takes in what another tab saved, so two
 * tabs merge interview by interview and field by field. Each returns what became of the
 * change (a SaveResult): a tool says "Added" or "Saved" only for 'saved'.
 */
import { computed } from 'nanostores';
import {
  addApplicationTo,
  addLogEntry,
  archiveApplication,
  buildApplication,
  patchApplication,
  removeApplication,
  removeLogEntry,
  setScriptText,
  type ApplicationDraft,
} from '../lib/follow-ups/application-edits';
import { currentInstant } from '../lib/dates/now';
import { createId } from '../lib/ids';
import { isApplied, type SaveResult } from '../lib/storage/save-result';
import type { ActivityEntry, Application, ScriptPart } from '../lib/storage/schemas/application';
import { applicationsSpec } from '../lib/storage/schemas/applications';
import { persisted } from './persisted';

export type { SaveResult } from '../lib/storage/save-result';

/** Every application and the active one's id. */
export const $applications = persisted('applications', applicationsSpec);

/** The application the tools work on, or `null`. */
export const $activeApplication = computed(
  $applications,
  ({ items, activeId }): Application | null => items.find((item) => item.id === activeId) ?? null,
);

/** A change that created something: its id (`null` when the change was refused) and what became of it. */
export interface Created {
  id: string | null;
  result: SaveResult;
}

/** Add an application and make it active: its id (`null` when refused), and what became of it. */
export function addApplication(draft: ApplicationDraft = {}, now: Date = currentInstant()): Created {
  const application = buildApplication(createId(), now.toISOString(), draft);
  const result = $applications.update((state) => addApplicationTo(state, application));
  return { id: isApplied(result) ? application.id : null, result };
}

/** Change fields of an application; text beyond a field's limit is cut. */
export function updateApplication(id: string, draft: ApplicationDraft): SaveResult {
  return $applications.update((state) => patchApplication(state, id, draft));
}

/** Save the user's version of one script, or `null` to go back to the generated text. */
export function setScript(id: string, part: ScriptPart, text: string | null): SaveResult {
  return $applications.update((state) => setScriptText(state, id, part, text));
}

/** Delete an application with its scripts and log; another becomes active if it was. */
export function deleteApplication(id: string): SaveResult {
  return $applications.update((state) => removeApplication(state, id));
}

/** Archive or restore an application; archiving the active one makes another active. */
export function setArchived(id: string, archived: boolean): SaveResult {
  return $applications.update((state) => archiveApplication(state, id, archived));
}

/** Make an application the active one (`null`: none); an unknown id is ignored. */
export function setActiveApplication(id: string | null): SaveResult {
  return $applications.update((state) =>
    id !== null && !state.items.some((item) => item.id === id) ? state : { ...state, activeId: id },
  );
}

/** Add an entry to an application's log: its id (`null` when there is no such application or it was refused). */
export function logActivity(id: string, entry: Omit<ActivityEntry, 'id'>): Created {
  const entryId = createId();
  let found = false;
  const result = $applications.update((state) => {
    found = state.items.some((item) => item.id === id);
    return addLogEntry(state, id, { ...entry, id: entryId });
  });
  return { id: found && isApplied(result) ? entryId : null, result };
}

/** Remove one entry from an application's log. */
export function removeActivity(id: string, entryId: string): SaveResult {
  return $applications.update((state) => removeLogEntry(state, id, entryId));
}

/**
 * The active application's id, after creating an empty one when none is active. When
 * that creation is refused the id names no application, so changes to it are ignored.
 */
export function ensureActiveApplication(): string {
  const { activeId } = $applications.get();
  if (activeId !== null) return activeId;
  const application = buildApplication(createId(), currentInstant().toISOString());
  $applications.update((state) => addApplicationTo(state, application));
  return application.id;
}
