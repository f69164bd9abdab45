/**
 * Gap markers: what a text shows where a required detail is still missing.
 *
 * A script with "[job title]" in it still reads as a script, shows what to fill, and
 * cannot be mistaken for a finished one. The UI finds the markers to highlight them.
 */
import type { RequiredField } from './details';

/** The marker shown in place of each required field while it is empty. */
export const GAP_MARKERS: Readonly<Record<RequiredField, string>> = {
  fullName: '[your full name]',
  jobTitle: '[job title]',
  company: '[company]',
  interviewerName: "[interviewer's name]",
  interviewDate: '[interview day]',
  phone: '[your phone number]',
};

/** A gap marker found in a text: its `[start, end)` range and the field that fills it. */
export interface Gap {
  start: number;
  end: number;
  field: RequiredField;
}

const FIELD_OF_MARKER = new Map(
  Object.entries(GAP_MARKERS).map(([field, marker]) => [marker, field as RequiredField]),
);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Source of a pattern matching any gap marker; build a RegExp from it with the flags you need. */
export const GAP_MARKER_SOURCE = [...FIELD_OF_MARKER.keys()].map(escape).join('|');

/** The marker for a field: `gapMarker('jobTitle')` → "[job title]". */
export function gapMarker(field: RequiredField): string {
  return GAP_MARKERS[field];
}

/** The value when filled in, else the field's gap marker. */
export function valueOrGap(value: string, field: RequiredField): string {
  return value.trim() === '' ? GAP_MARKERS[field] : value;
}

/** Every gap marker in `text`, in order (only the exact markers, not any bracketed words). */
export function findGaps(text: string): Gap[] {
  return [...text.matchAll(new RegExp(GAP_MARKER_SOURCE, 'g'))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    // Every match is one of the markers the pattern was built from.
    field: FIELD_OF_MARKER.get(match[0]) as RequiredField,
  }));
}

/** Whether `text` still has a gap marker in it. */
export function hasGaps(text: string): boolean {
  return new RegExp(GAP_MARKER_SOURCE).test(text);
}
