import { describeApplication } from '../../lib/follow-ups/names';
import type { Application } from '../../lib/storage/schemas/application';
import { siteHref } from '../parts/site-href';

/** "For: Office Manager at Greenway Dental", with a way to pick another interview. */
export default function AppliesTo({ application }: { application: Application | null }) {
  const name = describeApplication(application);
  if (!name) return null;
  return (
    <p class="wtc-for">
      For: <strong>{name}</strong> <a href={siteHref('/follow-ups/')}>Switch interview</a>
    </p>
  );
}
