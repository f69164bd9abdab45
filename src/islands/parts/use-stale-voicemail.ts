import { useEffect, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/dates';
import type { Application } from '../../lib/storage/schemas/application';

/**
 * A warning for a reminder that would carry an edited voicemail whose day words ("yesterday",
 * "last Tuesday") will be wrong on `callDay`, or `null`. The check's code loads only when
 * there is an edited voicemail, so a page without one pays nothing for it.
 */
export function useStaleVoicemailWarning(
  application: Application | null,
  callDay: IsoDate | null,
  today: IsoDate | null,
): string | null {
  const [warning, setWarning] = useState<string | null>(null);
  const text = application?.scripts.voicemail?.trim() ?? '';
  const interview = application?.interviewDate ?? '';
  useEffect(() => {
    if (text === '' || callDay === null || today === null) {
      setWarning(null);
      return;
    }
    let isCurrent = true;
    void import('../../lib/script/stale-day').then(({ describeStaleDayWords, findStaleDayWords }) => {
      if (!isCurrent) return;
      const words = findStaleDayWords(text, interview, callDay);
      setWarning(describeStaleDayWords(words, callDay, today, 'your voicemail script goes in the calendar'));
    });
    return () => {
      isCurrent = false;
    };
  }, [text, interview, callDay, today]);
  return warning;
}
