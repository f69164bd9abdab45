import type { TimelineDay } from '../../lib/call-window/rule';
import { timelineTags } from '../../lib/call-window/view';

interface Props {
  days: TimelineDay[];
  headingLevel: 2 | 3;
}

const TAG_CLASS: Readonly<Record<string, string>> = {
  Interview: 'tag--interview',
  Today: 'tag--today',
  'Suggested day': 'tag--suggested',
  'Call window': 'tag--window',
  Weekend: 'tag--weekend',
};

function rowClass(day: TimelineDay): string {
  return [
    'timeline-row',
    day.isWeekend && 'timeline-row--weekend',
    day.inWindow && !day.isWeekend && 'timeline-row--window',
    day.isToday && 'timeline-row--today',
    day.isSuggested && 'timeline-row--suggested',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Days 0–14 (or more) after the interview as a list: every mark is a word, not only a colour. */
export default function Timeline({ days, headingLevel }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section class="wtc-timeline" aria-labelledby="wtc-timeline-title">
      <Heading id="wtc-timeline-title">Day by day after your interview</Heading>
      <ol class="timeline">
        {days.map((day) => {
          const tags = timelineTags(day);
          return (
            <li key={day.date} class={rowClass(day)}>
              <span class="timeline-day">Day {day.dayNumber}</span>
              <span class="visually-hidden">, </span>
              <span class="timeline-date">{day.label}</span>
              {tags.length > 0 && (
                <span class="timeline-tags">
                  {tags.map((tag, index) => (
                    <span key={tag}>
                      <span class="visually-hidden">{index === 0 ? ': ' : ', '}</span>
                      <span class={`tag ${TAG_CLASS[tag] ?? ''}`}>
                        {tag === 'Suggested day' && <span aria-hidden="true">★ </span>}
                        {tag}
                      </span>
                    </span>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
