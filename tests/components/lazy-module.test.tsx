import { render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { lazyModule, useLazyModule, type LazyModule } from '../../src/islands/parts/lazy-module';

function Part({ code }: { code: LazyModule<{ label: string }> }) {
  const [open, setOpen] = useState(false);
  const loaded = useLazyModule(code, open);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <p>{loaded ? loaded.label : 'not loaded'}</p>
    </>
  );
}

describe('useLazyModule', () => {
  it('loads nothing until the part is wanted, then renders it once it arrives', async () => {
    const load = vi.fn(() => Promise.resolve({ label: 'the form' }));
    render(<Part code={lazyModule(load)} />);
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByText('not loaded')).toBeTruthy();
    screen.getByRole('button', { name: 'Open' }).click();
    await waitFor(() => expect(screen.getByText('the form')).toBeTruthy());
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders at once a module already warmed', async () => {
    const code = lazyModule(() => Promise.resolve({ label: 'warm' }));
    await code.get();
    render(<Part code={code} />);
    expect(screen.getByText('warm')).toBeTruthy();
  });

  it('stays unloaded when the load fails, and tries again the next time', async () => {
    let attempts = 0;
    const code = lazyModule(() =>
      ++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ label: 'second try' }),
    );
    render(<Part code={code} />);
    screen.getByRole('button', { name: 'Open' }).click();
    await waitFor(() => expect(attempts).toBe(1));
    expect(screen.getByText('not loaded')).toBeTruthy();
    await expect(code.get()).resolves.toEqual({ label: 'second try' });
    expect(attempts).toBe(2);
  });
});
