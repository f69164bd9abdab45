import { useEffect, useRef, useState } from 'preact/hooks';
import './load-failed.css';

interface Props {
  /** Load the missing code again (and, for an action, do it); this message goes once it works. */
  retry: () => Promise<unknown>;
  /** For an action (a download, Print) rather than a part of the page drawn in this place. */
  isAction?: boolean;
}

const FOCUSABLE = 'a[href],button,input,select,textarea,[tabindex="0"]';

/**
 * Said in place of a part, or beside the button of an action, whose code could not load
 * (offline before the site was saved for offline use, or a new version replaced the old
 * files): never "Loading…" forever. The message is announced as it appears; focus stays
 * where it was, Try again being the next stop. Once it works, focus goes back to the
 * button that was pressed, else into what arrived in this place, never lost with the message.
 */
export default function LoadFailed({ retry, isAction }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // Where focus was as this appeared: the button that was pressed, if any (only ever drawn in the browser).
  const [pressed] = useState(() => document.activeElement);
  const [trying, setTrying] = useState(false);
  // Bumped by each failed try, so the message is a new alert and is read out again.
  const [tries, setTries] = useState(0);

  useEffect(() => {
    const message = box.current;
    return () => {
      const place = message?.parentElement;
      if (!place || !message.contains(document.activeElement)) return;
      // What replaces this message is drawn just after it goes: look for it then.
      queueMicrotask(() =>
        (pressed instanceof HTMLElement && place.contains(pressed)
          ? pressed
          : place.querySelector<HTMLElement>(FOCUSABLE)
        )?.focus(),
      );
    };
  }, []);

  function tryAgain() {
    if (trying) return;
    setTrying(true);
    // Still here when it settles: it failed again.
    void retry().finally(() => {
      setTrying(false);
      setTries((count) => count + 1);
    });
  }

  return (
    <div class="notice notice--warning load-failed" ref={box}>
      <p role="alert" key={tries}>
        {isAction
          ? 'That did not work: part of this page could not load.'
          : 'This part of the page could not load.'}{' '}
        Check your connection, then try again.
      </p>
      <button type="button" class="button button--quiet" aria-disabled={trying} onClick={tryAgain}>
        {trying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  );
}
