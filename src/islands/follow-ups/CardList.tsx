import { Component } from 'preact';
import type { DateLocale, IsoDate } from '../../lib/dates';
import type { Ranked } from '../../lib/follow-ups/next-action-list';
import type { Application } from '../../lib/storage/schemas/application';
import ApplicationCard, { type ApplicationCardProps } from './ApplicationCard';
import type { CardHandlers } from './card-handlers';
import type { FormsCode } from './forms-code';
import type { LazyPart } from '../parts/lazy-module';

interface Props {
  ranked: readonly Ranked<Application>[];
  today: IsoDate;
  locale: DateLocale;
  activeId: string | null;
  editingId: string | null;
  /** The interview whose Delete was pressed, while its question is open (or its code loads). */
  deletingId: string | null;
  forms: LazyPart<FormsCode>;
  handlers: CardHandlers;
}

/**
 * A card that draws again only when what it shows changed. Every save hands back fresh
 * objects for all interviews, so they are compared by content: with 200 cards, logging
 * one step then redraws one card, not 200.
 */
class Card extends Component<ApplicationCardProps> {
  override shouldComponentUpdate(next: ApplicationCardProps): boolean {
    const now = this.props;
    return (
      now.action !== next.action ||
      now.today !== next.today ||
      now.locale !== next.locale ||
      now.isActive !== next.isActive ||
      now.isEditing !== next.isEditing ||
      now.forms !== next.forms ||
      now.retry !== next.retry ||
      now.handlers !== next.handlers ||
      (now.application !== next.application &&
        JSON.stringify(now.application) !== JSON.stringify(next.application))
    );
  }

  override render(props: ApplicationCardProps) {
    return <ApplicationCard {...props} />;
  }
}

/** Cards in the order given (soonest next action first). */
export default function CardList({
  ranked,
  today,
  locale,
  activeId,
  editingId,
  deletingId,
  forms,
  handlers,
}: Props) {
  return (
    <ol class="fu-list">
      {ranked.map(({ application, action }) => (
        <li key={application.id}>
          <Card
            application={application}
            action={action}
            today={today}
            locale={locale}
            isActive={application.id === activeId}
            isEditing={application.id === editingId}
            forms={forms.loaded}
            retry={application.id === editingId || application.id === deletingId ? forms.retry : undefined}
            handlers={handlers}
          />
        </li>
      ))}
    </ol>
  );
}
