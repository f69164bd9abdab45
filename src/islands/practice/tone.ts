/**
 * A short, quiet beep at the target, with Web Audio. Browsers only let a page start
 * audio after a user gesture, so the audio context is made (or resumed) when Start is
 * pressed, and the beep played later from a timer. Without Web Audio it stays silent.
 */

/** Length of the beep, in seconds. */
const BEEP_SECONDS = 0.15;
/** Loudness, 0–1: quiet enough not to startle someone reading aloud. */
const BEEP_GAIN = 0.08;
const BEEP_HERTZ = 880;

type AudioContextClass = typeof AudioContext;

/** Plays the target beep; `prime()` must run inside the Start gesture. */
export interface TonePlayer {
  prime(): void;
  play(): void;
  close(): void;
}

function audioContextClass(): AudioContextClass | null {
  const scope = globalThis as typeof globalThis & { webkitAudioContext?: AudioContextClass };
  return scope.AudioContext ?? scope.webkitAudioContext ?? null;
}

/** A beep player that makes its audio context on first use and reuses it. */
export function createTonePlayer(): TonePlayer {
  let context: AudioContext | null = null;
  return {
    prime() {
      try {
        const Context = audioContextClass();
        if (!Context) return;
        context ??= new Context();
        if (context.state === 'suspended') context.resume().catch(() => {});
      } catch {
        context = null;
      }
    },
    play() {
      if (!context) return;
      try {
        const start = context.currentTime;
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.type = 'sine';
        oscillator.frequency.value = BEEP_HERTZ;
        // Ramp in and out: a sudden start or stop clicks.
        gain.gain.setValueAtTime(0, start);
        gain.gain.linearRampToValueAtTime(BEEP_GAIN, start + 0.01);
        gain.gain.linearRampToValueAtTime(0, start + BEEP_SECONDS);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(start);
        oscillator.stop(start + BEEP_SECONDS + 0.01);
      } catch {
        // no sound is fine
      }
    },
    close() {
      context?.close().catch(() => {});
      context = null;
    },
  };
}
