/**
 * Data summed up in words, for My data's summary and for what an import or a restore
 * would replace: "3 interviews (1 archived), 12 practice runs, 2 of 6 lessons done".
 * Apart from export.ts, which only the actions load.
 */
import { countDone, describeProgress } from '../lesson-progress';
import type { DataPart, DataSnapshot } from './export';
import type { ApplicationsState } from './schemas/applications';
import type { Practice } from './schemas/practice';
import type { Profile } from './schemas/profile';
import type { Progress } from './schemas/progress';
import { describeProfile } from './my-data-view';

/** Every part, in the order exports list them (as specs.ts, which is loaded only with the actions). */
const DATA_PART_NAMES: readonly DataPart[] = ['profile', 'applications', 'practice', 'progress', 'settings'];

/** "3 interviews (1 archived), 12 practice runs, 2 of 6 lessons done". */
export function describeData(data: DataSnapshot, lessonSlugs: readonly string[]): string {
  const { items } = data.applications;
  const archived = items.filter((item) => item.archived).length;
  const interviews = count(items.length, 'interview') + (archived > 0 ? ` (${archived} archived)` : '');
  const runs = count(data.practice.runs.length, 'practice run');
  return `${interviews}, ${runs}, ${describeProgress(countDone(lessonSlugs, data.progress.done), lessonSlugs.length)}`;
}

/** One part of the data in words: "3 interviews", "your name and email", "2 of 6 lessons done". */
export function describePart<Part extends DataPart>(
  part: Part,
  value: DataSnapshot[Part],
  lessonSlugs: readonly string[],
): string {
  const data: DataSnapshot[DataPart] = value;
  if (part === 'applications') return count((data as ApplicationsState).items.length, 'interview');
  if (part === 'practice') return count((data as Practice).runs.length, 'practice run');
  if (part === 'progress')
    return describeProgress(countDone(lessonSlugs, (data as Progress).done), lessonSlugs.length);
  if (part === 'profile') {
    const profile = data as Profile;
    const filled = [profile.fullName, profile.phone, profile.email].filter((text) => text.trim()).length;
    return filled === 0 ? 'contact details not filled in' : `${filled} of 3 contact details filled in`;
  }
  return 'your settings';
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** What a file or a backup would replace, in words: what is stored now, and what would take its place. */
export interface ReplaceWords {
  /** Whether every part is replaced (an export), or only some (a backup of one part). */
  isEverything: boolean;
  now: string;
  incoming: string;
}

/** The parts `data` holds, compared in words with what is stored now (`current`). */
export function describeReplacement(
  current: DataSnapshot,
  data: Partial<DataSnapshot>,
  lessonSlugs: readonly string[],
): ReplaceWords {
  const parts = DATA_PART_NAMES.filter((part) => data[part] !== undefined);
  const isEverything = parts.length === DATA_PART_NAMES.length;
  const describe = (snapshot: Partial<DataSnapshot>) =>
    isEverything
      ? `${describeData(snapshot as DataSnapshot, lessonSlugs)}; details: ${describeProfile((snapshot as DataSnapshot).profile)}`
      : parts
          .map((part) => describePart(part, snapshot[part] as DataSnapshot[typeof part], lessonSlugs))
          .join('; ');
  return { isEverything, now: describe(current), incoming: describe(data) };
}
