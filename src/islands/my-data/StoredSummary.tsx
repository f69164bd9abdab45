import type { ComponentChildren } from 'preact';
import { describeData } from '../../lib/storage/describe-data';
import type { DataSnapshot } from '../../lib/storage/export';
import { describePracticeRuns, describeProfile, describeSettings } from '../../lib/storage/my-data-view';

interface Props {
  snapshot: DataSnapshot;
  lessonSlugs: readonly string[];
  ready: boolean;
  /** The backups, listed under the data. */
  children?: ComponentChildren;
}

/** "What is stored in this browser", in words: counts, the profile, the settings. */
export default function StoredSummary({ snapshot, lessonSlugs, ready, children }: Props) {
  return (
    <section class="my-data-section" aria-labelledby="stored-title">
      <h2 id="stored-title">What is stored in this browser</h2>
      {ready ? (
        <>
          <p class="my-data-summary">{describeData(snapshot, lessonSlugs)}.</p>
          <dl class="my-data-facts">
            <div>
              <dt>Interviews</dt>
              <dd>each with its dates, interviewer, scripts and activity log</dd>
            </div>
            <div>
              <dt>Practice runs</dt>
              <dd>{describePracticeRuns(snapshot.practice)}</dd>
            </div>
            <div>
              <dt>Your details</dt>
              <dd>{describeProfile(snapshot.profile)}</dd>
            </div>
            <div>
              <dt>Settings</dt>
              <dd>{describeSettings(snapshot.settings)}</dd>
            </div>
          </dl>
        </>
      ) : (
        <p class="muted">Reading what is saved in this browser…</p>
      )}
      {children}
    </section>
  );
}
