/**
 * The sample voicemail as the practice timer shows it. Apart from source.ts, so a page
 * with no interview saved shows the sample without loading the script builder's code.
 */
import { SAMPLE_VOICEMAIL } from './sample-voicemail';
import type { PracticeSource, SampleReason } from './source';

/** The sample with made-up details, and why it is shown. */
export function samplePracticeSource(reason: SampleReason): PracticeSource {
  return {
    text: SAMPLE_VOICEMAIL.text,
    keyFactsEndIndex: SAMPLE_VOICEMAIL.keyFactsEndIndex,
    isKeyFactsFound: true,
    source: 'sample',
    label: SAMPLE_VOICEMAIL.label,
    sampleReason: reason,
    details: null,
  };
}
