import type { PracticeSource } from '../../lib/practice/source';
import { siteHref } from '../parts/site-href';

interface Props {
  /** `null` before the island has hydrated: a neutral heading. */
  source: PracticeSource | null;
  Heading: 'h2' | 'h3';
}

/** What is being read, where it comes from, and the link to make or edit one's own. */
export default function ScriptHeader({ source, Heading }: Props) {
  const builder = siteHref('/tools/script-builder/');
  return (
    <div class="practice-source">
      <Heading id="practice-text-heading">{source ? source.label : 'Voicemail to practice'}</Heading>
      {source?.sampleReason === 'no-voicemail' && (
        <p>
          Every detail in this sample is made up.{' '}
          <a href={builder}>Write your own voicemail in the script builder</a>, then practice it here.
        </p>
      )}
      {source?.sampleReason === 'has-gaps' && (
        <p>
          Your voicemail still has details to fill in. <a href={builder}>Finish it in the script builder</a>;
          until then, practice with this sample, whose details are made up.
        </p>
      )}
      {source?.source === 'voicemail' && (
        <p>
          From the script builder. <a href={builder}>Edit your voicemail</a>.
        </p>
      )}
      {source && !source.isKeyFactsFound && (
        <p class="notice notice--warning">
          Your name, the job and the interview day could not all be found in this voicemail, so no key facts
          are marked and the whole message is timed against the target.
        </p>
      )}
    </div>
  );
}
