import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { localToday } from '../../lib/dates';
import { samplePracticeSource } from '../../lib/practice/sample-source';
import type { PracticeSource } from '../../lib/practice/source';
import { DEFAULT_PROFILE } from '../../lib/storage/schemas/profile';
import { $activeApplication } from '../../stores/applications';
import { $profile } from '../../stores/profile';

type VoicemailSource = (typeof import('./voicemail-source'))['voicemailSource'];

/**
 * The text to practice, from the active application's voicemail, or `null` until it is
 * known: the server renders no one's voicemail, so the first client render matches it
 * and the stored text appears after. With no interview saved it is the sample at once;
 * with one, the code that builds the voicemail loads first.
 */
export function usePracticeSource(
  isHydrated: boolean,
  wordsPerMinute: number,
  targetSeconds: number,
): PracticeSource | null {
  const profile = useStore($profile, { ssr: () => DEFAULT_PROFILE });
  const application = useStore($activeApplication, { ssr: () => null });
  const [build, setBuild] = useState<VoicemailSource | null>(null);
  const needsBuild = isHydrated && application !== null && build === null;
  useEffect(() => {
    if (!needsBuild) return;
    let isCurrent = true;
    void import('./voicemail-source').then((loaded) => isCurrent && setBuild(() => loaded.voicemailSource));
    return () => void (isCurrent = false);
  }, [needsBuild]);
  return useMemo(() => {
    if (!isHydrated) return null;
    if (!application) return samplePracticeSource('no-voicemail');
    return build && build(profile, application, localToday(), wordsPerMinute, targetSeconds);
  }, [isHydrated, profile, application, build, wordsPerMinute, targetSeconds]);
}
