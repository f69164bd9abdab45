/** Site links for the islands, under the base path the site was built with. */
import { withBase } from '../../lib/paths';

/** A site path (`/follow-ups/`) as a link that follows the base path (`/coach/follow-ups/`). */
export function siteHref(sitePath: string): string {
  return withBase(import.meta.env.BASE_URL, sitePath);
}
