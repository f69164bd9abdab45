/** Whether an interview about to be added is one already saved: the same company, job and day. */
import type { ApplicationDraft } from './application-edits';
import type { Application } from '../storage/schemas/application';

/** The same text, whatever its case and spacing. */
function sameText(a: string, b: string): boolean {
  const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');
  return normal(a) === normal(b);
}

/** The saved interview with the same company, job title and interview date as `draft`, if any. */
export function findDuplicate(
  items: readonly Application[],
  draft: Pick<ApplicationDraft, 'company' | 'jobTitle' | 'interviewDate'>,
): Application | undefined {
  return items.find(
    (item) =>
      sameText(item.company, draft.company ?? '') &&
      sameText(item.jobTitle, draft.jobTitle ?? '') &&
      item.interviewDate === (draft.interviewDate ?? ''),
  );
}
