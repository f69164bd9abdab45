import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { localToday } from '../../lib/dates';
import { samplePracticeSource } from '../../lib/practice/sample-source';
import type { PracticeSource } from '../../lib/practice/source';
import { DEFAULT_PROFILE } from '../../lib/storage/schemas/profile';
import { $activeApplication } from '../../stores/applications';
import { $profile } from '../../stores/profile';
import { lazyModule, useLazyModule } from '../parts/lazy-module';

const voicemailCode = lazyModule(() => import('./voicemail-source'));

/** The text to practice (`null` until known), and how to load its code again after a failed load. */
export interface PracticeSourceState {
  source: PracticeSource | null;
  retry: (() => Promise<unknown>) | undefined;
}

/**
 * The text to practice, from the active application's voicemail, or `null` until it is
 * known: the server renders no one's voicemail, so the first client render matches it
 * and the stored text appears after. With no interview saved it is the sample at once;
 * with one, the code that builds the voicemail loads first. Should that code not load
 * (offline before the site was saved, a new version deployed), `retry` is set, so the
 * timer says so instead of waiting for the voicemail forever.
 */
export function usePracticeSource(
  isHydrated: boolean,
  wordsPerMinute: number,
  targetSeconds: number,
): PracticeSourceState {
  const profile = useStore($profile, { ssr: () => DEFAULT_PROFILE });
  const application = useStore($activeApplication, { ssr: () => null });
  const { loaded, retry } = useLazyModule(voicemailCode, isHydrated && application !== null);
  const source = useMemo(() => {
    if (!isHydrated) return null;
    if (!application) return samplePracticeSource('no-voicemail');
    return loaded
      ? loaded.voicemailSource(profile, application, localToday(), wordsPerMinute, targetSeconds)
      : null;
  }, [isHydrated, profile, application, loaded, wordsPerMinute, targetSeconds]);
  return { source, retry: application ? retry : undefined };
}
