import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import {
  lazyModule,
  useActionRetry,
  useLazyModule,
  warmOn,
  type LazyModule,
} from '../../src/islands/parts/lazy-module';
import LoadFailed from '../../src/islands/parts/LoadFailed';

const FAILED =
  'Part of this page could not load. Check your connection, then try again or reload the page. Nothing you saved is lost.';

function Part({ code }: { code: LazyModule<{ label: string }> }) {
  const [open, setOpen] = useState(false);
  const part = useLazyModule(code, open);
  return (
    <>
      <button type="button" onClick={() => setOpen(!open)}>
        Open
      </button>
      {open && (
        <div>
          {part.loaded ? (
            <input aria-label={part.loaded.label} />
          ) : part.retry ? (
            <LoadFailed retry={part.retry} />
          ) : (
            <p>not loaded</p>
          )}
        </div>
      )}
    </>
  );
}

/** A frame on: the message has been painted and its effects run, as before anyone can press Try again. */
const painted = () => new Promise((resolve) => setTimeout(resolve, 50));

/** A module whose first `failures` loads fail (offline), then arrives. */
function flakyModule(failures: number) {
  let attempts = 0;
  const load = vi.fn(() =>
    ++attempts <= failures ? Promise.reject(new Error('offline')) : Promise.resolve({ label: 'the form' }),
  );
  return { code: lazyModule(load), load };
}

describe('useLazyModule', () => {
  it('loads nothing until the part is wanted, then renders it once it arrives', async () => {
    const load = vi.fn(() => Promise.resolve({ label: 'the form' }));
    render(<Part code={lazyModule(load)} />);
    expect(load).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByText('not loaded')).toBeTruthy();
    await screen.findByLabelText('the form');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders at once a module already warmed', async () => {
    const code = lazyModule(() => Promise.resolve({ label: 'warm' }));
    await code.get();
    render(<Part code={code} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByLabelText('warm')).toBeTruthy();
  });

  it('says when the load fails, and Try again loads it, focus moving into what arrived', async () => {
    const { code, load } = flakyModule(1);
    render(<Part code={code} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    // Announced as it appears, not "not loaded" forever.
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(FAILED);
    expect(screen.queryByText('not loaded')).toBeNull();
    await painted();
    const tryAgain = screen.getByRole('button', { name: 'Try again' });
    tryAgain.focus();
    fireEvent.click(tryAgain);
    const field = await screen.findByLabelText('the form');
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
    // The button focus was on is gone: focus is not lost with it.
    await waitFor(() => expect(document.activeElement).toBe(field));
  });

  it('says it again when Try again fails too, keeping focus on the button', async () => {
    const { code, load } = flakyModule(2);
    render(<Part code={code} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const first = await screen.findByRole('alert');
    await painted();
    const tryAgain = screen.getByRole('button', { name: 'Try again' });
    tryAgain.focus();
    fireEvent.click(tryAgain);
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    // A fresh alert, so it is read out again.
    const second = await waitFor(() => {
      const alert = screen.getByRole('alert');
      expect(alert).not.toBe(first);
      return alert;
    });
    expect(second.textContent).toBe(FAILED);
    expect(document.activeElement).toBe(tryAgain);
    fireEvent.click(tryAgain);
    await screen.findByLabelText('the form');
  });

  it('tries again when the part is wanted again after a failure', async () => {
    const { code, load } = flakyModule(1);
    render(<Part code={code} />);
    const open = screen.getByRole('button', { name: 'Open' });
    fireEvent.click(open);
    await screen.findByRole('alert');
    fireEvent.click(open);
    fireEvent.click(open);
    await screen.findByLabelText('the form');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('warmOn', () => {
  it('starts the load as the pointer or focus reaches the button, once', async () => {
    const { code, load } = flakyModule(0);
    render(
      <button type="button" {...warmOn(code)}>
        Print
      </button>,
    );
    const button = screen.getByRole('button', { name: 'Print' });
    expect(load).not.toHaveBeenCalled();
    fireEvent.pointerEnter(button);
    fireEvent.focus(button);
    expect(load).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(code.now()).toEqual({ label: 'the form' }));
  });

  it('lets a failed warm-up fail quietly, the click trying again', async () => {
    const { code, load } = flakyModule(1);
    render(
      <button type="button" {...warmOn(code)}>
        Print
      </button>,
    );
    fireEvent.focus(screen.getByRole('button', { name: 'Print' }));
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await expect(code.get()).resolves.toEqual({ label: 'the form' });
    expect(load).toHaveBeenCalledTimes(2);
  });
});

function Download({
  code,
  onDone,
  onError,
}: {
  code: LazyModule<{ label: string }>;
  onDone: () => void;
  onError: () => void;
}) {
  const downloading = useActionRetry();
  return (
    <section>
      <button
        type="button"
        onClick={() =>
          void downloading.run(
            code,
            () =>
              code.get().then(({ label }) => {
                if (label === 'broken') throw new Error('cannot build');
                onDone();
              }),
            onError,
          )
        }
      >
        Download
      </button>
      {downloading.retry && <LoadFailed retry={downloading.retry} />}
    </section>
  );
}

describe('useActionRetry', () => {
  it('says beside the button when its code cannot load, and Try again does the action', async () => {
    const { code } = flakyModule(1);
    const onDone = vi.fn();
    const onError = vi.fn();
    render(<Download code={code} onDone={onDone} onError={onError} />);
    const button = screen.getByRole('button', { name: 'Download' });
    button.focus();
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe(FAILED);
    expect(onDone).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    await painted();
    const tryAgain = screen.getByRole('button', { name: 'Try again' });
    tryAgain.focus();
    fireEvent.click(tryAgain);
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    // Back on the button that was pressed.
    expect(document.activeElement).toBe(button);
  });

  it('leaves any other failure to the action’s own message', async () => {
    const code = lazyModule(() => Promise.resolve({ label: 'broken' }));
    const onError = vi.fn();
    render(<Download code={code} onDone={vi.fn()} onError={onError} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
