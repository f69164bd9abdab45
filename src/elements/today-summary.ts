/**
 * <today-summary>: the home page's "Today": calls due today, overdue ones and those coming
 * up in the next 7 days, each a link to its card on /follow-ups/. The server's HTML shows a
 * neutral sentence; the element writes the saved interviews in once it has read them, and
 * again when they change (in another tab too), the day turns or the reader's languages change.
 */
import { DEFAULT_LOCALE, type DateLocale, type IsoDate } from '../lib/dates';
import type { NextAction } from '../lib/follow-ups/next-action';
import { summariseToday, type Ranked } from '../lib/follow-ups/next-action-list';
import type { Application } from '../lib/storage/schemas/application';
import { $applications } from '../stores/applications';
import { nameOf } from '../islands/follow-ups/card-handlers';
import { cardIdOf } from '../islands/follow-ups/ids';
import { longDate } from '../islands/follow-ups/format-dates';
import { watchDateLocale } from './watch-date-locale';
import { watchToday } from './watch-today';

function describeWhen(action: NextAction, today: IsoDate, locale: DateLocale): string {
  const date = action.nextActionDate;
  if (date === null || action.bucket === 'due') return ' today';
  if (action.bucket === 'overdue') return `, overdue since ${longDate(date, today, locale)}`;
  return ` on ${longDate(date, today, locale)}`;
}

/** An element with text, built without parsing HTML: names come from storage. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = make('a', text);
  anchor.href = href;
  return anchor;
}

/** A paragraph with the link to the tracker between `before` and `after`. */
function sentence(href: string, before: string, after: string, className?: string): HTMLParagraphElement {
  const paragraph = make('p');
  if (className) paragraph.className = className;
  paragraph.append(before, link(href, 'Your follow-ups'), after);
  return paragraph;
}

interface Context {
  today: IsoDate;
  locale: DateLocale;
  href: string;
}

function group(title: string, items: Ranked<Application>[], { today, locale, href }: Context): Node[] {
  if (items.length === 0) return [];
  const list = make('ul');
  for (const { application, action } of items) {
    const item = make('li');
    // In the text nodes the Preact island wrote: where a text node ends changes how the
    // browser spaces the letters after it, and the box should look exactly as it did.
    item.append(
      link(`${href}#${encodeURIComponent(cardIdOf(application.id))}`, nameOf(application)),
      ':',
      ' ',
      action.todo,
      describeWhen(action, today, locale),
    );
    list.append(item);
  }
  const box = make('div');
  box.className = 'today-group';
  box.append(make('h3', `${title} (${items.length})`), list);
  return [box];
}

/** What follows the heading, for these interviews on `today`. */
function body(items: readonly Application[], context: Context): Node[] {
  const { href } = context;
  if (!items.some((item) => !item.archived)) {
    return [
      sentence(href, 'No interviews saved yet. Add your first one in ', ', and the calls due show here.'),
    ];
  }
  const { due, overdue, nextSevenDays } = summariseToday(items, context.today, context.locale);
  if (due.length + overdue.length + nextSevenDays.length === 0) {
    return [sentence(href, 'Nothing due today or in the next 7 days. See everything in ', '.')];
  }
  return [
    ...group('Due today', due, context),
    ...group('Overdue', overdue, context),
    ...group('Coming up in the next 7 days', nextSevenDays, context),
    sentence(href, 'See everything in ', '.', 'today-all'),
  ];
}

class TodaySummary extends HTMLElement {
  #stops: (() => void)[] = [];
  #items: readonly Application[] | null = null;
  #today: IsoDate | null = null;
  #locale: DateLocale = DEFAULT_LOCALE;

  connectedCallback(): void {
    this.#stops = [
      watchDateLocale((locale) => {
        this.#locale = locale;
        this.#render();
      }),
      watchToday((today) => {
        this.#today = today;
        this.#render();
      }),
      $applications.subscribe(({ items }) => {
        this.#items = items;
        this.#render();
      }),
    ];
  }

  disconnectedCallback(): void {
    for (const stop of this.#stops) stop();
    this.#stops = [];
  }

  #render(): void {
    const heading = this.querySelector('h2');
    const href = this.dataset['href'];
    if (!heading || href === undefined || this.#items === null || this.#today === null) return;
    const next = body(this.#items, { today: this.#today, locale: this.#locale, href });
    const current: ChildNode[] = [];
    for (let node = heading.nextSibling; node; node = node.nextSibling) current.push(node);
    // The same words again (the page shown again on the same day): keep the nodes, and so
    // the focus on a link in them.
    if (current.length === next.length && current.every((node, i) => node.isEqualNode(next[i]!))) return;
    for (const node of current) node.remove();
    heading.after(...next);
  }
}

if (!customElements.get('today-summary')) customElements.define('today-summary', TodaySummary);
