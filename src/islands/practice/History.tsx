import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { newestFirst } from '../../lib/practice/history';
import { paceSentence } from '../../lib/practice/messages';
import { measuredPace } from '../../lib/practice/pace';
import type { Practice } from '../../lib/storage/schemas/practice';
import { resetPace } from '../../stores/practice';
import { lazyModule } from '../parts/lazy-module';
import LoadFailed from '../parts/LoadFailed';

interface Props {
  practice: Practice;
  targetSeconds: number;
  Heading: 'h2' | 'h3';
}

type Runs = ComponentType<{ runs: Practice['runs']; targetSeconds: number }>;

/** Runs on the chart and in the table. */
const SHOWN_RUNS = 10;

/** The chart and table's code: a failed load can be tried again (`LoadFailed`). */
const runsCode = lazyModule(() => import('./HistoryRuns'));

/**
 * The chart and table's code, loaded when the history comes near the screen (or at
 * once where IntersectionObserver is missing), not with the page; loaded from the
 * observer's own callback, with no render in between. `retry` is set when it could not load.
 */
function useRunsView(box: { current: HTMLElement | null }, isWanted: boolean) {
  const [view, setView] = useState<Runs | null>(null);
  const [failed, setFailed] = useState(false);
  const show = () => runsCode.get().then((loaded) => setView(() => loaded.default));
  useEffect(() => {
    if (!isWanted || view) return;
    let isCurrent = true;
    const load = () =>
      void runsCode.get().then(
        (loaded) => isCurrent && setView(() => loaded.default),
        () => isCurrent && setFailed(true),
      );
    const element = box.current;
    if (!element || typeof IntersectionObserver !== 'function') {
      load();
      return () => void (isCurrent = false);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        load();
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => {
      isCurrent = false;
      observer.disconnect();
    };
  }, [isWanted, view]);
  return { view, retry: failed && !view ? show : undefined };
}

/** The measured pace with its reset, then a chart of recent runs and the same runs as a table. */
export default function History({ practice, targetSeconds, Heading }: Props) {
  const box = useRef<HTMLElement>(null);
  const recent = newestFirst(practice.runs).slice(0, SHOWN_RUNS);
  const pace = measuredPace(practice.runs, practice.paceSince);
  const { view: RunsView, retry } = useRunsView(box, recent.length > 0);
  return (
    <section class="practice-history" aria-labelledby="practice-history-heading" ref={box}>
      <Heading id="practice-history-heading">Your practice runs</Heading>
      <p class="practice-pace">
        {paceSentence(pace.wordsPerMinute, pace.runCount)}
        {pace.wordsPerMinute !== null && '. The script builder uses it for its time estimates.'}
      </p>
      {recent.length > 0 && (
        <p>
          <button type="button" class="button button--quiet" onClick={() => resetPace()}>
            Reset my pace
          </button>
        </p>
      )}
      {recent.length === 0 ? (
        <p class="muted">No runs yet. Each run you finish is saved here, in this browser only.</p>
      ) : RunsView ? (
        <RunsView runs={recent} targetSeconds={targetSeconds} />
      ) : retry ? (
        <LoadFailed retry={retry} />
      ) : (
        <p class="muted">Loading your runs…</p>
      )}
    </section>
  );
}
