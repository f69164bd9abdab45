/**
 * Geometry of the recent-runs chart: plain numbers for an inline SVG, so the island
 * only draws. Time runs left to right (oldest first); seconds go up, so a run
 * under the target line sits below it.
 */
import { newestFirst } from './history';

/** One run on the chart. */
export interface ChartPoint {
  x: number;
  y: number;
  seconds: number;
  at: string;
  isOver: boolean;
}

/** Everything the SVG needs: points, their polyline and the target line's height. */
export interface ChartGeometry {
  points: ChartPoint[];
  /** `points` attribute of an SVG `<polyline>`: "x,y x,y …". */
  polyline: string;
  targetY: number;
  /** Seconds at the top of the chart: a multiple of 5, above the target and every run. */
  maxSeconds: number;
}

/** Coordinates kept to two decimals: exact enough on screen, short in the markup. */
const round = (n: number) => Math.round(n * 100) / 100;

/** Chart geometry for runs (any order) inside `width` × `height`, inset by `padding`. */
export function chartPoints(
  runs: ReadonlyArray<{ at: string; seconds: number }>,
  options: { width: number; height: number; target: number; padding?: number },
): ChartGeometry {
  const { width, height, target, padding = 0 } = options;
  const timed = newestFirst(runs)
    .filter((run) => Number.isFinite(run.seconds) && run.seconds >= 0)
    .reverse();
  const highest = Math.max(target, ...timed.map((run) => run.seconds));
  // Head-room of a fifth, rounded up to whole 5 s, so the axis has round labels.
  const maxSeconds = Math.max(5, Math.ceil((highest * 1.2) / 5) * 5);
  const left = padding;
  const innerWidth = Math.max(0, width - 2 * padding);
  const innerHeight = Math.max(0, height - 2 * padding);
  const yOf = (seconds: number) =>
    round(padding + innerHeight * (1 - Math.min(seconds, maxSeconds) / maxSeconds));
  const points = timed.map((run, index) => ({
    // A lone run sits in the middle rather than against the left edge.
    x: round(timed.length === 1 ? left + innerWidth / 2 : left + (innerWidth * index) / (timed.length - 1)),
    y: yOf(run.seconds),
    seconds: run.seconds,
    at: run.at,
    isOver: run.seconds > target,
  }));
  return {
    points,
    polyline: points.map((p) => `${p.x},${p.y}`).join(' '),
    targetY: yOf(target),
    maxSeconds,
  };
}
