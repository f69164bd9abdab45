/**
 * The interviews sorted by next action, split into current and archived. Each action is
 * kept between renders under its `actionKeyOf` key, so a change to one interview works
 * out that one again and leaves the others (and their cards) untouched. The actions' sentences
 * are written for `locale`, so a change of locale works them all out again.
 */
import { useMemo, useRef } from 'preact/hooks';
import { DEFAULT_LOCALE, type DateLocale, type IsoDate } from '../../lib/dates';
import { nextActionFor, type NextAction } from '../../lib/follow-ups/next-action';
import { actionKeyOf, sortByNextAction, type Ranked } from '../../lib/follow-ups/next-action-list';
import type { Application } from '../../lib/storage/schemas/application';

/** Current and archived interviews, soonest next action first; empty until `today` is known. */
export function useRanked(
  items: readonly Application[],
  today: IsoDate | null,
  locale: DateLocale = DEFAULT_LOCALE,
) {
  const cache = useRef(new Map<string, NextAction>());
  return useMemo(() => {
    if (today === null)
      return { current: [] as Ranked<Application>[], archived: [] as Ranked<Application>[] };
    const previous = cache.current;
    const kept = new Map<string, NextAction>();
    const actionOf = (application: Application, day: IsoDate) => {
      const key = `${locale}|${actionKeyOf(application, day)}`;
      const action = previous.get(key) ?? kept.get(key) ?? nextActionFor(application, day, locale);
      kept.set(key, action);
      return action;
    };
    const ranked = sortByNextAction(items, today, actionOf);
    cache.current = kept;
    return {
      current: ranked.filter(({ application }) => !application.archived),
      archived: ranked.filter(({ application }) => application.archived),
    };
  }, [items, today, locale]);
}
