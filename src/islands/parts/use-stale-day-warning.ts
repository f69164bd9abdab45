import { useEffect, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/dates';
import type { ScriptDetails } from '../../lib/script/details';
import type { SaidOn } from '../../lib/script/interview-day';
import { staleDayUnchecked } from '../../lib/script/stale-day-unchecked';
import { staleDayCode } from './stale-day-code';

/**
 * A warning for a text the user wrote whose day words ("yesterday", "last Tuesday") will be
 * wrong when it is read out as `saidOn` says, or `null`. Only the user's own words can go
 * stale (generated ones are worded afresh), so the check's code loads only when there are
 * some: a page without an edited text pays nothing for it. `before` names what the user is
 * about to do with the text. When that code cannot load, the warning says the text was
 * not checked; the next change to the text tries again.
 */
export function useStaleDayWarning(
  text: string,
  interview: ScriptDetails['interviewDate'],
  saidOn: SaidOn | null,
  today: IsoDate | null,
  before?: string,
): string | null {
  const [warning, setWarning] = useState<string | null>(null);
  // A wording object is new on every render: depend on what it says.
  const said = saidOn === null ? '' : JSON.stringify(saidOn);
  useEffect(() => {
    if (text.trim() === '' || interview === '' || saidOn === null || today === null) {
      setWarning(null);
      return;
    }
    let isCurrent = true;
    staleDayCode.get().then(
      ({ describeStaleDayWords, findStaleDayWords }) => {
        if (isCurrent)
          setWarning(
            describeStaleDayWords(findStaleDayWords(text, interview, saidOn), saidOn, today, before),
          );
      },
      () => isCurrent && setWarning(staleDayUnchecked(before)),
    );
    return () => {
      isCurrent = false;
    };
  }, [text, interview, said, today, before]);
  return warning;
}
