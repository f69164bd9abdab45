import { act, render, screen } from '@testing-library/preact';
import { useRef } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearView } from '../../src/islands/parts/use-near-view';

function Part({ isWanted = true }: { isWanted?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const isNear = useNearView(box, isWanted);
  return <div ref={box}>{isNear ? 'near' : 'far'}</div>;
}

/** A stand-in IntersectionObserver: `scrollTo(isIntersecting)` reports to every observer watching. */
const watching = new Set<(entries: { isIntersecting: boolean }[]) => void>();
class FakeObserver {
  constructor(private readonly report: (entries: { isIntersecting: boolean }[]) => void) {}
  observe() {
    watching.add(this.report);
  }
  disconnect() {
    watching.delete(this.report);
  }
}
const scrollTo = (isIntersecting: boolean) =>
  act(() => {
    for (const report of watching) report([{ isIntersecting }]);
  });

afterEach(() => {
  vi.unstubAllGlobals();
  watching.clear();
});

describe('useNearView', () => {
  it('is far until the element comes near the screen, then stays near and stops watching', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(<Part />);
    expect(screen.getByText('far')).toBeTruthy();
    await scrollTo(false);
    expect(screen.getByText('far')).toBeTruthy();
    await scrollTo(true);
    expect(screen.getByText('near')).toBeTruthy();
    expect(watching.size).toBe(0);
  });

  it('watches nothing while the part is not wanted', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(<Part isWanted={false} />);
    expect(watching.size).toBe(0);
    expect(screen.getByText('far')).toBeTruthy();
  });

  it('counts everything as near where IntersectionObserver is missing', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Part />);
    expect(screen.getByText('near')).toBeTruthy();
  });
});
