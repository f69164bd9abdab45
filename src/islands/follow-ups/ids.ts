/**
 * The element ids the tracker uses (focus targets, labels, links): unique on the page.
 * An interview's id comes from storage, perhaps from an imported file, so it never goes
 * into an element id as it is: `domIdOf` keeps letters, digits and hyphens and writes
 * anything else as `_<hex>_`, so `a)b`, `50%` or `main` cannot break a selector, an
 * `aria-labelledby` list or collide with the page's own ids (every id here starts `fu-`).
 */

/** The heading of the list of interviews. */
export const LIST_HEADING_ID = 'fu-list-title';
/** The heading of the "Add an interview" form. */
export const ADD_HEADING_ID = 'fu-add-title';
/** The button that opens the "Add an interview" form. */
export const ADD_TOGGLE_ID = 'fu-add-toggle';

/** An interview's id made safe for an element id: one-to-one, and only `[A-Za-z0-9_-]`. */
export function domIdOf(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/gu, (char) => `_${char.codePointAt(0)?.toString(16) ?? ''}_`);
}

/** `fu-<safe id>-<part>`: an element of one interview's card. */
export function cardPartId(id: string, part: string): string {
  return `fu-${domIdOf(id)}-${part}`;
}

/** The id of a card: what `/follow-ups/#…` links to. */
export function cardIdOf(id: string): string {
  return `fu-card-${domIdOf(id)}`;
}

/** The interview a `/follow-ups/#…` link names, from the raw (still percent-encoded) hash; `null` if none. */
export function interviewIdFromHash(hash: string, ids: readonly string[]): string | null {
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    // A malformed escape (`#%E0%A4%A`) names no interview.
    return null;
  }
  return ids.find((id) => cardIdOf(id) === fragment || id === fragment) ?? null;
}

/** The id of a card's heading, where focus lands after adding, editing or activating it. */
export function headingIdOf(id: string): string {
  return cardPartId(id, 'title');
}
