import { withBase } from '../../lib/paths';
import type { Application } from '../../lib/storage/schemas/application';
import { nameOf, type CardHandlers } from './card-handlers';
import { warmOn } from '../parts/lazy-module';
import LoadFailed from '../parts/LoadFailed';
import { formsCode } from './forms-code';
import { cardPartId } from './ids';

interface Props {
  application: Application;
  isActive: boolean;
  /** Set when Edit or Delete was pressed and the forms' code could not load: said below them. */
  retry: (() => Promise<unknown>) | undefined;
  handlers: CardHandlers;
}

/** One tap to the script or the practice timer (making it active first), then the housekeeping. */
export default function CardActions({ application, isActive, retry, handlers }: Props) {
  const base = import.meta.env.BASE_URL;
  const name = nameOf(application);
  const context = <span class="visually-hidden"> for {name}</span>;
  // The write is synchronous, so the page opened next (even in a new tab) reads the new active one.
  const activate = () => handlers.makeActive(application, true);
  return (
    <div class="fu-actions">
      {!application.archived && (
        <div class="actions">
          <a
            class="button"
            href={withBase(base, '/tools/script-builder/')}
            onClick={activate}
            onAuxClick={activate}
          >
            Open script{context}
          </a>
          <a
            class="button button--quiet"
            href={withBase(base, '/tools/practice/')}
            onClick={activate}
            onAuxClick={activate}
          >
            Practice{context}
          </a>
          {!isActive && (
            <button
              type="button"
              class="button button--quiet"
              id={cardPartId(application.id, 'activate')}
              onClick={() => handlers.makeActive(application)}
            >
              Make active{context}
            </button>
          )}
        </div>
      )}
      <div class="actions fu-secondary">
        <button
          type="button"
          class="fu-link-button"
          id={cardPartId(application.id, 'edit')}
          {...warmOn(formsCode)}
          onClick={() => handlers.edit(application)}
        >
          Edit{context}
        </button>
        <button
          type="button"
          class="fu-link-button"
          id={cardPartId(application.id, 'archive')}
          onClick={() => handlers.setArchived(application, !application.archived)}
        >
          {application.archived ? 'Unarchive' : 'Archive'}
          {context}
        </button>
        <button
          type="button"
          class="fu-link-button fu-link-button--danger"
          id={cardPartId(application.id, 'delete')}
          {...warmOn(formsCode)}
          onClick={() => handlers.askDelete(application)}
        >
          Delete{context}
        </button>
      </div>
      {retry && <LoadFailed retry={retry} />}
    </div>
  );
}
