/** What a card can ask the tracker to do; the tracker changes the store, announces it and moves focus. */
import type { ApplicationDraft } from '../../lib/follow-ups/application-edits';
import type { ActivityEntry, Application } from '../../lib/storage/schemas/application';

/** The tracker's answers to a card's buttons and forms. */
export interface CardHandlers {
  /** `quiet`: the page is about to change (a link to a tool), so no message and no focus move. */
  makeActive: (application: Application, quiet?: boolean) => void;
  edit: (application: Application) => void;
  saveEdit: (application: Application, draft: ApplicationDraft) => void;
  cancelEdit: (application: Application) => void;
  setArchived: (application: Application, archived: boolean) => void;
  askDelete: (application: Application) => void;
  log: (application: Application, entry: Omit<ActivityEntry, 'id'>) => void;
  removeEntry: (application: Application, entry: ActivityEntry) => void;
}

/** The name a card goes by: the company, else the job, else a plain stand-in. */
export function nameOf(application: Pick<Application, 'company' | 'jobTitle'>): string {
  return application.company.trim() || application.jobTitle.trim() || 'Unnamed interview';
}
