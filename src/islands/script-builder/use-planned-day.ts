import { useEffect, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/dates';
import type { Application } from '../../lib/storage/schemas/application';

interface Planned {
  key: string;
  day: IsoDate | null;
}

/**
 * The planned day of the next follow-up step, worked out by code loaded after the page
 * (the tracker's rules): `null` without an application or a step, `undefined` while the
 * code loads, when the texts safely give the date.
 */
export function usePlannedDay(application: Application | null, today: IsoDate): IsoDate | null | undefined {
  const [planned, setPlanned] = useState<Planned | null>(null);
  // Only what the plan depends on: typing in a script must not work it out again.
  const key =
    application &&
    JSON.stringify([
      application.interviewDate,
      application.givenDate,
      application.givenDateMeaning,
      application.log,
      today,
    ]);
  useEffect(() => {
    if (!application || key === null) return;
    let isCurrent = true;
    import('../../lib/script/planned-day').then(
      ({ plannedDayOf }) => {
        if (isCurrent) setPlanned({ key, day: plannedDayOf(application, today) });
      },
      // Not loaded: the texts stay worded with the date itself, right on any day; the next change tries again.
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [key]);
  if (key === null) return null;
  return planned?.key === key ? planned.day : undefined;
}
