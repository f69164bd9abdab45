import type { ComponentChildren } from 'preact';
import { isActive, viewAt, type RunPhase } from '../../lib/practice/phase';
import { wordIndexAtSeconds } from '../../lib/speech-timing';
import Clock from './Clock';
import Script from './Script';
import { useFrameTime } from './use-frame-time';
import type { RunText } from './use-practice-run';

interface Props {
  phase: RunPhase;
  /** The target shown before a run; a run keeps the one it started with. */
  targetSeconds: number;
  /** The text to read; `null` until it is known (the server's render). */
  text: RunText | null;
  /** Words a minute the pacing guide moves at. */
  paceWordsPerMinute: number;
  onToggle: (event: Event) => void;
  /** Whether Space starts and stops runs (said next to the button). */
  hasSpaceKey: boolean;
  /** Shown in place of the text before it is known. */
  placeholder: ComponentChildren;
}

/** The live part of the timer, redrawn every frame of a run: clock, Start/Stop, text and guide. */
export default function Stage({
  phase,
  targetSeconds,
  text,
  paceWordsPerMinute,
  onToggle,
  hasSpaceKey,
  placeholder,
}: Props) {
  const isRunning = isActive(phase);
  const now = useFrameTime(isRunning);
  const view = viewAt(phase, now);
  const paceWord =
    text && view.kind === 'running' ? wordIndexAtSeconds(text.text, view.seconds, paceWordsPerMinute) : -1;
  return (
    <>
      <div class="practice-stage">
        <Clock view={view} targetSeconds={targetSeconds} />
        <div class="practice-go">
          {/* One button for both, so focus stays on it when its name changes. */}
          <button
            type="button"
            class={`button practice-toggle${isRunning ? ' is-stop' : ''}`}
            disabled={!text}
            onClick={onToggle}
          >
            {isRunning ? 'Stop' : 'Start'}
          </button>
          {hasSpaceKey && <p class="practice-hint">or press Space</p>}
        </div>
      </div>
      {text ? (
        <>
          <Script text={text.text} keyFactsEndIndex={text.keyFactsEndIndex} paceWord={paceWord} />
          <p class="practice-legend">
            {text.keyFactsEndIndex > 0 && (
              <>
                <mark class="key-facts">Key facts</mark> (underlined): say them within your target.{' '}
              </>
            )}
            During a run, a box moves through the words at {Math.round(paceWordsPerMinute)} words a minute: if
            you are behind it, speed up a little; if you are ahead, slow down.
          </p>
        </>
      ) : (
        <p class="practice-text practice-text--placeholder">{placeholder}</p>
      )}
    </>
  );
}
