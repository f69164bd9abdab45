import { withBase } from '../../lib/paths';
import { describeApplication } from '../../lib/follow-ups/names';
import type { Application } from '../../lib/storage/schemas/application';

/** "For: Office Manager at Greenway Dental", with a way to pick another interview. */
export default function AppliesTo({ application }: { application: Application | null }) {
  const name = describeApplication(application);
  if (!name) return null;
  return (
    <p class="wtc-for">
      For: <strong>{name}</strong>{' '}
      <a href={withBase(import.meta.env.BASE_URL, '/follow-ups/')}>Switch interview</a>
    </p>
  );
}
