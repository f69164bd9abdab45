/** The list of applications, and which one the tools work on. */
import * as v from 'valibot';
import { applicationsMigrations } from '../migrations';
import type { StoredSpec } from '../stored-value';
import { checkWith } from './check';
import { applicationSchema, type Application } from './application';
import { idField, record } from './fields';

/**
 * Every application, and the id of the active one. The active id lives beside the list
 * so the two are saved together and can never disagree.
 */
export interface ApplicationsState {
  items: Application[];
  /** The application the calculator and script builder work on, or `null`. */
  activeId: string | null;
}

/** No application yet. */
export const DEFAULT_APPLICATIONS: ApplicationsState = { items: [], activeId: null };

/** The first id that appears twice in a list, or `null`. */
export function findRepeatedId(list: readonly { id: string }[]): string | null {
  const seen = new Set<string>();
  for (const { id } of list) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

const applicationList = v.pipe(
  v.array(applicationSchema),
  v.check((items) => findRepeatedId(items) === null, 'two interviews share one id'),
  v.check(
    (items) => items.every((item) => findRepeatedId(item.log) === null),
    'two activity entries share one id',
  ),
);

/** Validates the list; an active id naming no application becomes `null`. */
export const applicationsSchema: v.GenericSchema<unknown, ApplicationsState> = v.pipe(
  record({
    items: v.optional(applicationList, () => []),
    activeId: v.optional(v.nullable(idField), null),
  }),
  v.transform(({ items, activeId }) => ({
    items,
    activeId: items.some((item) => item.id === activeId) ? activeId : null,
  })),
);

/** How applications are stored: version 1, a lone application or a bare array before that. */
export const applicationsSpec: StoredSpec<ApplicationsState> = {
  version: 1,
  check: checkWith(applicationsSchema),
  fallback: DEFAULT_APPLICATIONS,
  migrations: applicationsMigrations,
};
