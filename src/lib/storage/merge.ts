/**
 * A three-way merge of two changed copies of one stored value, for two tabs that wrote
 * it at about the same time. `base` is the value both started from, `mine` this tab's,
 * `theirs` the other tab's. Objects merge field by field; lists of records with an `id`
 * (interviews, log entries, practice runs) merge record by record, so an interview or a
 * log entry added in either tab is kept. Where both changed the same field, the other
 * tab's write, which arrived last, wins: per field, never per whole list.
 */
import { isPlainRecord } from './plain-record';

type WithId = { id: string };

function isSame(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function isIdList(value: unknown): value is WithId[] {
  return Array.isArray(value) && value.every((item) => isPlainRecord(item) && typeof item['id'] === 'string');
}

function byId(list: readonly WithId[]): Map<string, WithId> {
  return new Map(list.map((item) => [item.id, item]));
}

function mergeLists(base: unknown, mine: WithId[], theirs: WithId[]): WithId[] {
  const old = byId(isIdList(base) ? base : []);
  const mineById = byId(mine);
  const theirsById = byId(theirs);
  const merged: WithId[] = [];
  for (const item of theirs) {
    const own = mineById.get(item.id);
    if (own) merged.push(mergeValues(old.get(item.id), own, item) as WithId);
    // Missing here but known before: this tab deleted it. Unknown before: the other tab added it.
    else if (!old.has(item.id)) merged.push(item);
  }
  for (const item of mine) {
    // Known before and gone there: the other tab deleted it; new here: this tab added it.
    if (!theirsById.has(item.id) && !old.has(item.id)) merged.push(item);
  }
  return merged;
}

function mergeRecords(
  base: unknown,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
): Record<string, unknown> {
  const old = isPlainRecord(base) ? base : {};
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    // Keys come from validated data; this one would reach the prototype.
    if (key === '__proto__') continue;
    const inMine = Object.hasOwn(mine, key);
    const inTheirs = Object.hasOwn(theirs, key);
    const wasThere = Object.hasOwn(old, key);
    if (inMine && inTheirs) merged[key] = mergeValues(old[key], mine[key], theirs[key]);
    else if (inTheirs) {
      // Removed here (a script text set back to the generated one) unless it is new there.
      if (!wasThere || !isSame(old[key], theirs[key])) merged[key] = theirs[key];
    } else if (!wasThere || !isSame(old[key], mine[key])) merged[key] = mine[key];
  }
  return merged;
}

/** Merge `mine` and `theirs`, both changed from `base`; see the module comment. */
export function mergeValues(base: unknown, mine: unknown, theirs: unknown): unknown {
  if (isSame(mine, base) || isSame(mine, theirs)) return theirs;
  if (isSame(theirs, base)) return mine;
  if (isPlainRecord(mine) && isPlainRecord(theirs)) return mergeRecords(base, mine, theirs);
  if (isIdList(mine) && isIdList(theirs)) return mergeLists(base, mine, theirs);
  return theirs;
}
