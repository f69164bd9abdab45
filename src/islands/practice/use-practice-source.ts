import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { localToday } from '../../lib/dates';
import { choosePracticeText, type PracticeSource } from '../../lib/practice/source';
import { DEFAULT_PROFILE } from '../../lib/storage/schemas/profile';
import { currentVoicemail } from '../../lib/script/view';
import { $activeApplication } from '../../stores/applications';
import { $profile } from '../../stores/profile';

/**
 * The text to practise, from the active application's voicemail, or `null` until the
 * island has hydrated: the server renders no one's voicemail, so the first client
 * render matches it and the stored text appears after.
 */
export function usePracticeSource(
  isHydrated: boolean,
  wordsPerMinute: number,
  targetSeconds: number,
): PracticeSource | null {
  const profile = useStore($profile, { ssr: () => DEFAULT_PROFILE });
  const application = useStore($activeApplication, { ssr: () => null });
  return useMemo(() => {
    if (!isHydrated) return null;
    const today = localToday();
    return choosePracticeText(
      currentVoicemail(profile, application, today),
      today,
      wordsPerMinute,
      targetSeconds,
    );
  }, [isHydrated, profile, application, wordsPerMinute, targetSeconds]);
}
