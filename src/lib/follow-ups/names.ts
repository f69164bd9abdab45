/** What an interview is called in sentences: "Office Manager at Greenway Dental". */
import type { Application } from '../storage/schemas/application';

/** "Office Manager at Greenway Dental", either half alone, or `null` when neither is known. */
export function describeApplication(
  application: Pick<Application, 'company' | 'jobTitle'> | null,
): string | null {
  const job = application?.jobTitle.trim() ?? '';
  const company = application?.company.trim() ?? '';
  if (job && company) return `${job} at ${company}`;
  return job || company || null;
}
