/**
 * A text cut into the pieces the read view shows: plain text, gap markers to
 * highlight, the point the 10-second mark falls at, and which pieces are the key facts
 * (cut where the 10-second check says they end, the same end the practice timer marks).
 * Plain strings only: the UI renders each piece as text, never as markup.
 */
import type { RequiredField } from './details';
import { findGaps } from './gaps';
import { spokenWords } from '../speech-timing';

/** One piece of a text as shown. */
export type ScriptSegment =
  | { kind: 'text'; text: string; isKeyFacts: boolean }
  | { kind: 'gap'; text: string; field: RequiredField; isKeyFacts: boolean }
  | { kind: 'mark' };

/**
 * The text in pieces, with the gap markers apart and a `mark` at `markIndex` (none when
 * it is `null` or the whole text is said by then). A mark inside a gap marker splits it;
 * so does the end of the key facts, `keyFactsEndIndex` (`null`: no piece is key facts).
 */
export function segmentScript(
  text: string,
  markIndex: number | null = null,
  keyFactsEndIndex: number | null = null,
): ScriptSegment[] {
  const hasMark = markIndex !== null && markIndex > 0 && hasWordsAfter(text, markIndex);
  const cuts: Array<{ start: number; end: number; field: RequiredField | null }> = [];
  let at = 0;
  for (const gap of findGaps(text)) {
    if (gap.start > at) cuts.push({ start: at, end: gap.start, field: null });
    cuts.push({ ...gap });
    at = gap.end;
  }
  if (at < text.length) cuts.push({ start: at, end: text.length, field: null });

  const segments: ScriptSegment[] = [];
  const keyEnd = keyFactsEndIndex ?? 0;
  const pushPiece = (start: number, end: number, field: RequiredField | null, isKeyFacts: boolean) => {
    if (end <= start) return;
    const piece = text.slice(start, end);
    segments.push(
      field ? { kind: 'gap', text: piece, field, isKeyFacts } : { kind: 'text', text: piece, isKeyFacts },
    );
  };
  const push = (start: number, end: number, field: RequiredField | null) => {
    if (start < keyEnd && keyEnd < end) {
      pushPiece(start, keyEnd, field, true);
      pushPiece(keyEnd, end, field, false);
    } else pushPiece(start, end, field, end <= keyEnd);
  };
  for (const cut of cuts) {
    if (hasMark && cut.start < markIndex && markIndex < cut.end) {
      push(cut.start, markIndex, cut.field);
      segments.push({ kind: 'mark' });
      push(markIndex, cut.end, cut.field);
    } else {
      if (hasMark && cut.start === markIndex) segments.push({ kind: 'mark' });
      push(cut.start, cut.end, cut.field);
    }
  }
  return segments;
}

/** Whether anything is left to say after `index`: punctuation alone is not. */
export function hasWordsAfter(text: string, index: number): boolean {
  return spokenWords(text.slice(index)).length > 0;
}

/** The last `count` written words before `index`, with "…" when more came before: "…in the Office Manager". */
export function wordsBefore(text: string, index: number, count = 5): string {
  const words = spokenWords(text).filter((word) => word.end <= index);
  const first = words[Math.max(0, words.length - count)];
  const last = words.at(-1);
  if (!first || !last) return '';
  const excerpt = text.slice(first.start, last.end).replace(/\s+/gu, ' ');
  return words.length > count ? `…${excerpt}` : excerpt;
}
