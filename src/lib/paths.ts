/** Links that follow the site's base path (`/` or a sub-path such as `/coach/`). */

/** Join the base path and a site path, keeping exactly one slash between them. */
export function withBase(base: string, sitePath: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + sitePath.replace(/^\/+/, '');
}

/** Whether an href points inside the site from its root (`/lessons/…`), not elsewhere. */
export function isRootRelative(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** The URL of a lesson page, relative to the site root. */
export function lessonPath(slug: string): string {
  return `/lessons/${slug}/`;
}
