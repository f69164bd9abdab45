import { barFraction, barSeconds, formatClock } from '../../lib/practice/clock';
import { VOICEMAIL_SECONDS } from '../../lib/practice/length';
import { clockGoals } from '../../lib/practice/messages';
import type { RunView } from '../../lib/practice/phase';

interface Props {
  view: RunView;
  targetSeconds: number;
}

/**
 * The clock in tenths (a silent `role="timer"`), the countdown, and a bar of the whole
 * message's time with the key-facts target marked on it and the usual voicemail length
 * shaded. An SVG: its geometry is attributes, not inline styles, so the CSP allows it.
 */
export default function Clock({ view, targetSeconds }: Props) {
  const seconds = view.kind === 'running' || view.kind === 'stopped' ? view.seconds : 0;
  const target = view.kind === 'running' || view.kind === 'stopped' ? view.targetSeconds : targetSeconds;
  const span = barSeconds(target);
  const at = (value: number) => barFraction(value, span) * 100;
  return (
    <div class="practice-clock">
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
          clockGoals(target)
        )}
      </p>
      <svg class="practice-bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
        <rect class="practice-bar-track" x={0} y={2} width={100} height={8} />
        <rect
          class="practice-bar-band"
          x={at(VOICEMAIL_SECONDS.min)}
          y={2}
          width={at(VOICEMAIL_SECONDS.max) - at(VOICEMAIL_SECONDS.min)}
          height={8}
        />
        <rect class="practice-bar-fill" x={0} y={2} width={at(seconds)} height={8} />
        <rect class="practice-bar-mark" x={at(target) - 0.4} y={0} width={0.8} height={12} />
      </svg>
      <p class="practice-bar-key" aria-hidden="true">
        <span class="practice-bar-key-mark" /> key facts {target} s <span class="practice-bar-key-band" />{' '}
        {VOICEMAIL_SECONDS.min}–{VOICEMAIL_SECONDS.max} s
      </p>
    </div>
  );
}
