/**
 * $applications: every interview being followed up, and which one is active.
 *
 * Key `cc:applications`, JSON `{"version":1,"data":{"items":[Application, …],"activeId":"…"|null}}`
 * (Application: lib/storage/schemas/application.ts). Version 1. The active id is saved with the
 * list so the two never disagree; an active id naming no application reads as null.
 * Version 0 (the prototype) held one application, or a bare array, and is migrated
 * when read. The changes themselves are pure functions in lib/follow-ups/application-edits.ts.
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
import { createId } from '../lib/ids';
import type { ActivityEntry, Application, ScriptPart } from '../lib/storage/schemas/application';
import { applicationsSpec } from '../lib/storage/schemas/applications';
import { persisted } from './persisted';

/** Every application and the active one's id. */
export const $applications = persisted('applications', applicationsSpec);

/** The application the tools work on, or `null`. */
export const $activeApplication = computed(
  $applications,
  ({ items, activeId }): Application | null => items.find((item) => item.id === activeId) ?? null,
);

/** Add an application and make it active; its id. */
export function addApplication(draft: ApplicationDraft = {}, now: Date = new Date()): string {
  const application = buildApplication(createId(), now.toISOString(), draft);
  $applications.set(addApplicationTo($applications.get(), application));
  return application.id;
}

/** Change fields of an application; text beyond a field's limit is cut. */
export function updateApplication(id: string, draft: ApplicationDraft): void {
  $applications.set(patchApplication($applications.get(), id, draft));
}

/** Save the user's version of one script, or `null` to go back to the generated text. */
export function setScript(id: string, part: ScriptPart, text: string | null): void {
  $applications.set(setScriptText($applications.get(), id, part, text));
}

/** Delete an application with its scripts and log; another becomes active if it was. */
export function deleteApplication(id: string): void {
  $applications.set(removeApplication($applications.get(), id));
}

/** Archive or restore an application; archiving the active one makes another active. */
export function setArchived(id: string, archived: boolean): void {
  $applications.set(archiveApplication($applications.get(), id, archived));
}

/** Make an application the active one (`null`: none); an unknown id is ignored. */
export function setActiveApplication(id: string | null): void {
  const state = $applications.get();
  if (id !== null && !state.items.some((item) => item.id === id)) return;
  $applications.set({ ...state, activeId: id });
}

/** Add an entry to an application's log; its id, or `null` when there is no such application. */
export function logActivity(id: string, entry: Omit<ActivityEntry, 'id'>): string | null {
  const state = $applications.get();
  if (!state.items.some((item) => item.id === id)) return null;
  const entryId = createId();
  $applications.set(addLogEntry(state, id, { ...entry, id: entryId }));
  return entryId;
}

/** Remove one entry from an application's log. */
export function removeActivity(id: string, entryId: string): void {
  $applications.set(removeLogEntry($applications.get(), id, entryId));
}

/** The active application's id, after creating an empty one when none is active. */
export function ensureActiveApplication(): string {
  return $applications.get().activeId ?? addApplication();
}
