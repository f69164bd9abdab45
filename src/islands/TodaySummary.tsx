/**
 * The home page's "Today": calls due today, overdue ones and those coming up in the next 7 days,
 * each a link to its card on /follow-ups/. The server (and the first client render)
 * shows a neutral sentence; the saved interviews appear once hydrated.
 */
import { useStore } from '@nanostores/preact';
import './follow-ups/today-summary.css';
import type { DateLocale, IsoDate } from '../lib/dates';
import type { NextAction } from '../lib/follow-ups/next-action';
import { summariseToday, type Ranked } from '../lib/follow-ups/next-action-list';
import type { Application } from '../lib/storage/schemas/application';
import { DEFAULT_APPLICATIONS } from '../lib/storage/schemas/applications';
import { $applications } from '../stores/applications';
import { nameOf } from './follow-ups/card-handlers';
import { cardIdOf } from './follow-ups/ids';
import { useDateLocale } from './parts/use-date-locale';
import { useToday } from './parts/use-today';
import { longDate } from './follow-ups/format-dates';
import { siteHref } from './parts/site-href';

function describeWhen(action: NextAction, today: IsoDate, locale: DateLocale): string {
  const date = action.nextActionDate;
  if (date === null || action.bucket === 'due') return ' today';
  if (action.bucket === 'overdue') return `, overdue since ${longDate(date, today, locale)}`;
  return ` on ${longDate(date, today, locale)}`;
}

function Group({
  title,
  items,
  today,
  locale,
  href,
}: {
  title: string;
  items: Ranked<Application>[];
  today: IsoDate;
  locale: DateLocale;
  href: string;
}) {
  if (items.length === 0) return null;
  return (
    <div class="today-group">
      <h3>
        {title} ({items.length})
      </h3>
      <ul>
        {items.map(({ application, action }) => (
          <li key={application.id}>
            <a href={`${href}#${encodeURIComponent(cardIdOf(application.id))}`}>{nameOf(application)}</a>:{' '}
            {action.todo}
            {describeWhen(action, today, locale)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Who to call today, what is overdue and what comes up in the next 7 days, from the saved interviews. */
export default function TodaySummary() {
  const { items } = useStore($applications, { ssr: () => DEFAULT_APPLICATIONS });
  const today = useToday();
  const locale = useDateLocale();
  const href = siteHref('/follow-ups/');
  const link = <a href={href}>Your follow-ups</a>;
  let body;
  if (today === null) {
    body = (
      <p>
        The follow-up calls due today and in the next 7 days show here. Keep track of every interview in{' '}
        {link}.
      </p>
    );
  } else if (!items.some((item) => !item.archived)) {
    body = <p>No interviews saved yet. Add your first one in {link}, and the calls due show here.</p>;
  } else {
    const { due, overdue, nextSevenDays } = summariseToday(items, today, locale);
    body =
      due.length + overdue.length + nextSevenDays.length === 0 ? (
        <p>Nothing due today or in the next 7 days. See everything in {link}.</p>
      ) : (
        <>
          <Group title="Due today" items={due} today={today} locale={locale} href={href} />
          <Group title="Overdue" items={overdue} today={today} locale={locale} href={href} />
          <Group
            title="Coming up in the next 7 days"
            items={nextSevenDays}
            today={today}
            locale={locale}
            href={href}
          />
          <p class="today-all">See everything in {link}.</p>
        </>
      );
  }
  return (
    <section class="today-summary" aria-labelledby="today-title">
      <h2 id="today-title">Today</h2>
      {body}
    </section>
  );
}
