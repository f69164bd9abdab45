import { withBase } from '../../lib/paths';
import { describeApplication } from '../../lib/follow-ups/names';
import type { Application } from '../../lib/storage/schemas/application';

/** "For: Office Manager at Greenway Dental · Switch interview", once the interview has a name. */
export default function AppliesTo({ application }: { application: Application | null }) {
  const name = describeApplication(application);
  if (!name) return null;
  return (
    <p class="sb-for">
      For: <strong>{name}</strong>
      <span aria-hidden="true"> · </span>
      <a href={withBase(import.meta.env.BASE_URL, '/follow-ups/')}>Switch interview</a>
    </p>
  );
}
