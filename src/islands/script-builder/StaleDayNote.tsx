import type { IsoDate } from '../../lib/dates';
import type { DayWording } from '../../lib/script/interview-day';
import { describeStaleDayWords, type StaleDayWord } from '../../lib/script/stale-day';

interface Props {
  words: readonly StaleDayWord[];
  wording: DayWording;
  today: IsoDate;
  /** The note's id: the Copy and Print buttons point at it. */
  id: string;
}

/** Warns, above Copy and Print, that an edited text names the interview day in words that will be wrong. */
export default function StaleDayNote({ words, wording, today, id }: Props) {
  const message = describeStaleDayWords(words, wording, today);
  if (message === null) return null;
  return (
    <p class="notice notice--warning sb-stale" id={id}>
      {message}
    </p>
  );
}
