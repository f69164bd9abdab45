import type { TimelineDay } from '../../lib/call-window/rule';
import { timelineTags } from '../../lib/call-window/view';
import { dayOfWeek, type IsoDate } from '../../lib/dates';

interface Props {
  days: TimelineDay[];
  /** The day the interviewer said they would decide by, marked as such. */
  decisionDay: IsoDate | null;
  headingLevel: 2 | 3;
}

const TAG_CLASS: Readonly<Record<string, string>> = {
  Interview: 'tag--interview',
  Today: 'tag--today',
  'Decision day': 'tag--decision',
  'Suggested day': 'tag--suggested',
  'Call window': 'tag--window',
  Weekend: 'tag--weekend',
};

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

function rowClass(day: TimelineDay, index: number): string {
  return [
    'timeline-row',
    // On a wide screen the days form a calendar whose columns run Monday to Sunday.
    index === 0 && `timeline-row--column-${((dayOfWeek(day.date) + 6) % 7) + 1}`,
    day.isWeekend && 'timeline-row--weekend',
    day.inWindow && !day.isWeekend && 'timeline-row--window',
    day.isToday && 'timeline-row--today',
    day.isSuggested && 'timeline-row--suggested',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Days 0–14 (or more) after the interview as a list: every mark is a word, not only a colour. */
export default function Timeline({ days, decisionDay, headingLevel }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section class="wtc-timeline" aria-labelledby="wtc-timeline-title">
      <Heading id="wtc-timeline-title">Day by day after your interview</Heading>
      {/* Column headings for the calendar layout; each day below names its own weekday. */}
      <div class="timeline-weekdays" aria-hidden="true">
        {WEEKDAYS.map((weekday) => (
          <span key={weekday}>{weekday}</span>
        ))}
      </div>
      <ol class="timeline">
        {days.map((day, index) => {
          const tags = timelineTags(day, decisionDay);
          return (
            <li key={day.date} class={rowClass(day, index)}>
              <span class="timeline-day">Day {day.dayNumber}</span>
              <span class="visually-hidden">, </span>
              <span class="timeline-date">{day.label}</span>
              {tags.length > 0 && (
                <span class="timeline-tags">
                  {tags.map((tag, tagIndex) => (
                    <span key={tag}>
                      <span class="visually-hidden">{tagIndex === 0 ? ': ' : ', '}</span>
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
