import { useStore } from '@nanostores/preact';
import type { DataSnapshot } from '../../lib/storage/export';
import { DEFAULT_APPLICATIONS } from '../../lib/storage/schemas/applications';
import { DEFAULT_PRACTICE } from '../../lib/storage/schemas/practice';
import { DEFAULT_PROFILE } from '../../lib/storage/schemas/profile';
import { DEFAULT_PROGRESS } from '../../lib/storage/schemas/progress';
import { DEFAULT_SETTINGS } from '../../lib/storage/schemas/settings';
import { $applications } from '../../stores/applications';
import { $practice } from '../../stores/practice';
import { $profile } from '../../stores/profile';
import { $progress } from '../../stores/progress';
import { $settings } from '../../stores/settings';

/** Everything stored, kept up to date (another tab's changes included); the defaults on the server. */
export function useSnapshot(): DataSnapshot {
  return {
    profile: useStore($profile, { ssr: () => DEFAULT_PROFILE }),
    applications: useStore($applications, { ssr: () => DEFAULT_APPLICATIONS }),
    practice: useStore($practice, { ssr: () => DEFAULT_PRACTICE }),
    progress: useStore($progress, { ssr: () => DEFAULT_PROGRESS }),
    settings: useStore($settings, { ssr: () => DEFAULT_SETTINGS }),
  };
}
