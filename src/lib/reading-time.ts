/** Reading time of a lesson, from its source text. */

/** A relaxed pace: readers of this course are often nervous and on a phone. */
const WORDS_PER_MINUTE = 200;

/** Strip MDX/Markdown syntax so only words a reader sees are counted. */
export function plainTextOf(source: string): string {
  return source
    .replace(/^---[\s\S]*?---/, ' ') // frontmatter
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ');
}

/** Words in a text: runs of letters or digits, apostrophes kept inside words. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read `source`, at least one. */
export function readingMinutes(source: string): number {
  return Math.max(1, Math.round(countWords(plainTextOf(source)) / WORDS_PER_MINUTE));
}

/** "4 min read". */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}
