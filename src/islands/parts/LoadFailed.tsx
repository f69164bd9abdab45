import { useEffect, useRef, useState } from 'preact/hooks';
import './load-failed.css';

/**
 * Said in place of a part, or below the button of an action, whose code could not load
 * (offline before the site was saved for offline use, or a new version replaced the old
 * files): never "Loading…" forever. The message is announced as it appears; focus stays
 * where it was, Try again being the next stop. Once it works, focus goes back to the
 * button that was pressed, else into what arrived here: it is not lost with the message.
 * Small on purpose: every tool page carries it, since offline it could not load later either.
 */
export default function LoadFailed({ retry }: { retry: () => Promise<unknown> }) {
  const box = useRef<HTMLDivElement>(null);
  // Where focus was as this appeared: the button pressed, if any (only ever drawn in the browser).
  const pressed = useRef(document.activeElement as HTMLElement | null).current;
  // Counts the tries that failed: each makes the message a new alert, read out again.
  const [tries, setTries] = useState(0);

  useEffect(
    () => () => {
      const message = box.current;
      const place = message?.parentElement;
      // What replaces this message is drawn just after it goes: look for it then.
      if (place && message.contains(document.activeElement))
        queueMicrotask(() =>
          (place.contains(pressed) ? pressed : place.querySelector<HTMLElement>('input,button'))?.focus(),
        );
    },
    [],
  );

  // Still here when it settles: it failed again.
  const again = () => setTries(tries + 1);
  return (
    <div class="notice notice--warning load-failed" ref={box}>
      <p role="alert" key={tries}>
        Part of this page could not load. Check your connection, then try again or reload the page. Nothing
        you saved is lost.
      </p>
      <button type="button" class="button button--quiet" onClick={() => void retry().then(again, again)}>
        Try again
      </button>
    </div>
  );
}
