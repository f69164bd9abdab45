import { describeApplication } from '../../lib/follow-ups/names';
import type { Application } from '../../lib/storage/schemas/application';
import { siteHref } from '../parts/site-href';

/** "For: Office Manager at Greenway Dental · Switch interview", once the interview has a name. */
export default function AppliesTo({ application }: { application: Application | null }) {
  const name = describeApplication(application);
  if (!name) return null;
  return (
    <p class="sb-for">
      For: <strong>{name}</strong>
      <span aria-hidden="true"> · </span>
      <a href={siteHref('/follow-ups/')}>Switch interview</a>
    </p>
  );
}
