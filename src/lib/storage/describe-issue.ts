/**
 * A validation issue in words a user can act on: "interview 3, company is 95
 * characters long; the most is 80". Used by the import's error messages.
 */
import type { BaseIssue } from 'valibot';

/** What each list, and one item of it, is called. */
const LISTS: Record<string, { item: string; list: string }> = {
  items: { item: 'interview', list: 'the interview list' },
  log: { item: 'activity entry', list: 'the activity log' },
  runs: { item: 'practice run', list: 'the list of runs' },
  done: { item: 'lesson', list: 'the list of lessons done' },
  achievements: { item: 'achievement', list: 'the list of achievements' },
};

/** "jobTitle" → "job title". */
function fieldWords(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

/** Where the issue is: "interview 3, company". */
export function describeIssuePath(issue: BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const words: string[] = [];
  path.forEach((item, index) => {
    const key: unknown = item.key;
    const previous: unknown = path[index - 1]?.key;
    const list = typeof previous === 'string' && Object.hasOwn(LISTS, previous) ? LISTS[previous] : undefined;
    if (typeof key === 'number') words.push(`${list?.item ?? 'item'} ${key + 1}`);
    else if (typeof key !== 'string') return;
    else if (!Object.hasOwn(LISTS, key)) words.push(fieldWords(key));
    // A list is named only when the issue is about the list itself, not one of its items,
    // and not for a check, whose message already says what is wrong with the list.
    else if (index === path.length - 1 && issue.type !== 'check') words.push(LISTS[key]?.list ?? key);
  });
  return words.join(', ');
}

/** What is wrong, without where: "is 95 characters long; the most is 80". */
export function describeIssueProblem(issue: BaseIssue<unknown>): string {
  const { input, requirement } = issue;
  // valibot reports a missing key with the object's type and a path item from the key.
  if (issue.path?.at(-1)?.origin === 'key') return 'is missing';
  switch (issue.type) {
    case 'string':
      return 'should be text';
    case 'number':
    case 'finite':
      return 'should be a number';
    case 'integer':
      return 'should be a whole number';
    case 'boolean':
      return 'should be true or false';
    case 'array':
      return 'should be a list';
    case 'object':
      return 'should be an object';
    case 'picklist':
      return `has a value this version does not know (${JSON.stringify(input)?.slice(0, 40)})`;
    case 'max_length':
      return typeof input === 'string'
        ? `is ${input.length} characters long; the most is ${String(requirement)}`
        : `has too many entries; the most is ${String(requirement)}`;
    case 'min_length':
      return 'is empty';
    case 'min_value':
      return `is ${String(input)}; the least is ${String(requirement)}`;
    case 'max_value':
      return `is ${String(input)}; the most is ${String(requirement)}`;
    default:
      return issue.message;
  }
}

/** The whole issue in words: "interview 3, company is 95 characters long; the most is 80". */
export function describeIssue(issue: BaseIssue<unknown>): string {
  const where = describeIssuePath(issue);
  const problem = describeIssueProblem(issue);
  // A check's message is a whole clause ("two interviews share one id").
  if (issue.type === 'check') return where ? `${where}: ${problem}` : problem;
  return `${where || 'it'} ${problem}`;
}
