import { formatClock, targetProgress } from '../../lib/practice/clock';
import { overtimeLabel } from '../../lib/practice/messages';
import type { RunView } from '../../lib/practice/phase';

interface Props {
  view: RunView;
  targetSeconds: number;
}

/** The clock in tenths (a silent `role="timer"`), the countdown, and the bar toward the target. */
export default function Clock({ view, targetSeconds }: Props) {
  const seconds = view.kind === 'running' || view.kind === 'stopped' ? view.seconds : 0;
  const target = view.kind === 'running' || view.kind === 'stopped' ? view.targetSeconds : targetSeconds;
  const over = overtimeLabel(seconds, target);
  // Set after the first render only (the server's bar is empty), through the CSSOM the CSP allows.
  const fill = seconds > 0 ? { transform: `scaleX(${targetProgress(seconds, target)})` } : undefined;
  return (
    <div class={`practice-clock${over ? ' is-over' : ''}`}>
      <div role="timer" aria-live="off" aria-atomic="true" class="practice-time">
        {formatClock(seconds)}
        <span class="practice-unit" aria-hidden="true">
          {' '}
          s
        </span>
        <span class="visually-hidden"> seconds</span>
      </div>
      <p class="practice-target">
        {view.kind === 'lead-in' ? (
          <strong class="practice-count">Starting in {view.count}…</strong>
        ) : (
          <>
            Target: {target} s{over && <strong class="practice-overtime">{over}</strong>}
          </>
        )}
      </p>
      <div class="practice-bar" aria-hidden="true">
        <div class="practice-bar-fill" style={fill} />
      </div>
    </div>
  );
}
