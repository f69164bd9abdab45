import { useRef } from 'preact/hooks';
import type { DateLocale, IsoDate } from '../../lib/dates';
import type { Application } from '../../lib/storage/schemas/application';
import LoadFailed from '../parts/LoadFailed';
import { useLazyModule } from '../parts/lazy-module';
import { useNearView } from '../parts/use-near-view';
import { exportCode } from './export-code';

interface Props {
  applications: readonly Application[];
  today: IsoDate;
  locale: DateLocale;
  /** Focus or a touch in the tracker: the downloads may be tabbed to before they are scrolled to. */
  isUsed: boolean;
}

/**
 * "Keep a copy", at the foot of the tracker. Its heading and what it offers show at once;
 * the buttons' code loads as the section nears the screen or the tracker is first used
 * (issue 15), and says so with Try again should it fail to load.
 */
export default function ExportSection({ applications, today, locale, isUsed }: Props) {
  const box = useRef<HTMLElement>(null);
  const isNear = useNearView(box);
  const { loaded, retry } = useLazyModule(exportCode, isNear || isUsed);
  const ExportActions = loaded?.default;
  return (
    <section class="fu-export" aria-labelledby="fu-export-title" ref={box}>
      <h2 id="fu-export-title">Keep a copy</h2>
      <p>
        A spreadsheet of every interview and what you did, for your records or to show your job search. And a
        calendar file with a reminder for each next step (a call, or an email after a voicemail), holding what
        you need for it, in case this browser forgets.
      </p>
      {ExportActions ? (
        <ExportActions applications={applications} today={today} locale={locale} />
      ) : retry ? (
        <LoadFailed retry={retry} />
      ) : (
        <p class="muted">Loading the downloads…</p>
      )}
    </section>
  );
}
