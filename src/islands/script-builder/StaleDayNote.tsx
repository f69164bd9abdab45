interface Props {
  /** The warning, or `null` when the text's day words are fine. */
  message: string | null;
  /** The note's id: the Copy and Print buttons point at it. */
  id: string;
}

/** Warns, above Copy and Print, that an edited text names the interview day in words that will be wrong. */
export default function StaleDayNote({ message, id }: Props) {
  if (message === null) return null;
  return (
    <p class="notice notice--warning sb-stale" id={id}>
      {message}
    </p>
  );
}
