import { useEffect, useState } from 'preact/hooks';
import type { DateLocale, IsoDate } from '../../lib/dates';
import type { ActionDay } from '../../lib/follow-ups/next-action-list';
import type { Application } from '../../lib/storage/schemas/application';
import { staleDayUnchecked } from '../../lib/script/stale-day-unchecked';
import { staleDayCode } from '../parts/stale-day-code';
import { nameOf } from './card-handlers';

/** An interview whose edited voicemail says a day word that will be wrong on its reminder's day. */
export interface StaleVoicemail {
  application: Application;
  warning: string;
}

/**
 * The tracker's calendar counterpart of `useStaleDayWarning`: one warning per call reminder
 * whose edited voicemail names the interview day in words that will be wrong on the
 * reminder's day. The check's code loads only when some reminder carries an edited text;
 * when it cannot load, each such reminder gets a warning that its text was not checked.
 */
export function useStaleVoicemails(
  days: readonly ActionDay[],
  today: IsoDate,
  locale: DateLocale,
): StaleVoicemail[] {
  const [stale, setStale] = useState<StaleVoicemail[]>([]);
  // A fresh array on every save: depend on what would be checked.
  const key = JSON.stringify(
    days.map(({ application, day }) => [application.id, day, application.interviewDate, application.scripts]),
  );
  useEffect(() => {
    if (days.length === 0) {
      setStale([]);
      return;
    }
    let isCurrent = true;
    // Said before each download of a calendar holding this interview's edited voicemail.
    const before = (application: Application) =>
      `the voicemail script for ${nameOf(application)} goes in the calendar`;
    staleDayCode.get().then(
      ({ describeStaleDayWords, findStaleDayWords }) => {
        if (!isCurrent) return;
        setStale(
          days.flatMap(({ application, day }) => {
            // A reminder is read on its own day, so words relative to that day can be right.
            const saidOn = { day, isRelative: true, locale };
            const text = application.scripts.voicemail ?? '';
            const warning = describeStaleDayWords(
              findStaleDayWords(text, application.interviewDate, saidOn),
              saidOn,
              today,
              before(application),
            );
            return warning ? [{ application, warning }] : [];
          }),
        );
      },
      () =>
        isCurrent &&
        setStale(
          days.map(({ application }) => ({ application, warning: staleDayUnchecked(before(application)) })),
        ),
    );
    return () => {
      isCurrent = false;
    };
  }, [key, today, locale]);
  return stale;
}
