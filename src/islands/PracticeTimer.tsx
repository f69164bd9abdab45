import '../styles/tools.css';
import './practice/practice.css';
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { guidePace, measuredPace } from '../lib/practice/pace';
import { isActive } from '../lib/practice/phase';
import { DEFAULT_PRACTICE } from '../lib/storage/schemas/practice';
import { DEFAULT_SETTINGS } from '../lib/storage/schemas/settings';
import { $practice } from '../stores/practice';
import { $settings } from '../stores/settings';
import LoadFailed from './parts/LoadFailed';
import { lazyModule, useLazyModule } from './parts/lazy-module';
import History from './practice/History';
import Recorder from './practice/Recorder';
import ScriptHeader from './practice/ScriptHeader';
import Settings from './practice/Settings';
import SpeechSetting from './practice/SpeechSetting';
import { useSpaceKey } from './practice/space-key';
import Stage from './practice/Stage';
import { usePracticeRun } from './practice/use-practice-run';
import { usePracticeSource } from './practice/use-practice-source';
import { useRecording } from './practice/use-recording';
import { useSpeechCheck } from './practice/use-speech-check';

// A result shows only after a run: its code loads as the first run starts.
const resultCode = lazyModule(() => import('./practice/Result'));

interface Props {
  /** Inside a lesson: headings one level down, and Space left to scroll the page. */
  embedded?: boolean;
}

/** The read-aloud practice timer: the voicemail, the clock, the result, recording, the speech check and history. */
export default function PracticeTimer({ embedded = false }: Props) {
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => setIsHydrated(true), []);
  const settings = useStore($settings, { ssr: () => DEFAULT_SETTINGS });
  const practice = useStore($practice, { ssr: () => DEFAULT_PRACTICE });
  const pace = guidePace(measuredPace(practice.runs, practice.paceSince).wordsPerMinute);
  const { source, retry: retrySource } = usePracticeSource(isHydrated, pace, settings.targetSeconds);
  const recording = useRecording();
  const speech = useSpeechCheck(isHydrated);
  const run = usePracticeRun({ ...settings, text: source, recording, speech });
  useSpaceKey(!embedded && source !== null, run.toggle);
  const resultPart = useLazyModule(resultCode, isActive(run.phase) || run.result !== null);
  const Result = resultPart.loaded?.default;
  const Heading = embedded ? 'h3' : 'h2';

  return (
    <div class="tool practice" data-pagefind-ignore="" data-ready={isHydrated ? '' : undefined}>
      <ScriptHeader source={source} Heading={Heading} />
      {retrySource && <LoadFailed retry={retrySource} />}
      <Stage
        phase={run.phase}
        targetSeconds={settings.targetSeconds}
        text={source && { ...source, keyFactsEndIndex: source.isKeyFactsFound ? source.keyFactsEndIndex : 0 }}
        paceWordsPerMinute={pace}
        onToggle={run.toggle}
        hasSpaceKey={!embedded}
        placeholder="Loading the voicemail to practice…"
      />
      <p role="status" class="visually-hidden">
        {run.status}
      </p>
      {run.result &&
        (Result ? (
          <Result result={run.result} Heading={Heading} SpeechView={speech.module?.SpeechResult ?? null} />
        ) : (
          resultPart.retry && <LoadFailed retry={resultPart.retry} />
        ))}
      <Recorder recording={recording} isRunning={isActive(run.phase)} />
      <Settings settings={settings}>
        <SpeechSetting
          speech={speech}
          keepTranscripts={settings.keepTranscripts}
          isRunning={isActive(run.phase)}
        />
      </Settings>
      <History practice={practice} targetSeconds={settings.targetSeconds} Heading={Heading} />
    </div>
  );
}
