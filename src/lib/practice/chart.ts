/**
 * Geometry of the recent-runs chart: plain numbers for an inline SVG, so the island
 * only draws. Time runs left to right (oldest first); seconds go up. A band shows the
 * 20–40 s a whole voicemail usually takes; only scored runs are plotted (an early stop
 * has no meaningful length).
 */
import type { RunOutcome } from '../storage/schemas/practice';
import { newestFirst } from './history';
import { type LengthVerdict, VOICEMAIL_SECONDS, voicemailLength } from './length';

/** One run on the chart. */
export interface ChartPoint {
  x: number;
  y: number;
  seconds: number;
  at: string;
  fit: boolean;
  length: LengthVerdict;
}

/** Everything the SVG needs: points, their polyline and the voicemail band's edges. */
export interface ChartGeometry {
  points: ChartPoint[];
  /** `points` attribute of an SVG `<polyline>`: "x,y x,y …". */
  polyline: string;
  /** Heights of the band's top (40 s) and bottom (20 s) edges. */
  bandTopY: number;
  bandBottomY: number;
  /** Seconds at the top of the chart: a multiple of 5, above the band and every run. */
  maxSeconds: number;
}

/** A run as the chart reads it. */
export interface ChartRun {
  at: string;
  seconds: number;
  fit: boolean;
  outcome: RunOutcome;
}

/** Coordinates kept to two decimals: exact enough on screen, short in the markup. */
const round = (n: number) => Math.round(n * 100) / 100;

/** Chart geometry for runs (any order) inside `width` × `height`, inset by `padding`. */
export function chartPoints(
  runs: readonly ChartRun[],
  options: { width: number; height: number; padding?: number },
): ChartGeometry {
  const { width, height, padding = 0 } = options;
  const timed = newestFirst(runs)
    .filter((run) => run.outcome === 'complete' && Number.isFinite(run.seconds) && run.seconds >= 0)
    .reverse();
  const highest = Math.max(VOICEMAIL_SECONDS.max, ...timed.map((run) => run.seconds));
  // Head-room of a tenth, rounded up to whole 5 s, so the axis has round labels.
  const maxSeconds = Math.max(5, Math.ceil((highest * 1.1) / 5) * 5);
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
    fit: run.fit,
    length: voicemailLength(run.seconds),
  }));
  return {
    points,
    polyline: points.map((p) => `${p.x},${p.y}`).join(' '),
    bandTopY: yOf(VOICEMAIL_SECONDS.max),
    bandBottomY: yOf(VOICEMAIL_SECONDS.min),
    maxSeconds,
  };
}
