import { useMemo } from 'preact/hooks';
import { splitPracticeText, type TextPiece } from '../../lib/practice/text';

interface Props {
  text: string;
  keyFactsEndIndex: number;
  /** Index of the word the pacing guide is on (as in `spokenWords`); -1 for none. */
  paceWord: number;
}

function Pieces({ pieces, paceWord }: { pieces: TextPiece[]; paceWord: number }) {
  return (
    <>
      {pieces.map((piece) =>
        piece.word === null ? (
          piece.text
        ) : (
          <span key={piece.word} class={piece.word === paceWord ? 'practice-word is-pace' : 'practice-word'}>
            {piece.text}
          </span>
        ),
      )}
    </>
  );
}

/** The voicemail in large type: the key facts marked (in words too), and the pacing guide's word. */
export default function Script({ text, keyFactsEndIndex, paceWord }: Props) {
  const { keyFacts, rest } = useMemo(
    () => splitPracticeText(text, keyFactsEndIndex),
    [text, keyFactsEndIndex],
  );
  return (
    <p class="practice-text">
      {keyFacts.length > 0 && (
        <>
          <mark class="key-facts">
            <span class="visually-hidden">Key facts: </span>
            <Pieces pieces={keyFacts} paceWord={paceWord} />
          </mark>
          <span class="visually-hidden"> (end of key facts) </span>
        </>
      )}
      <Pieces pieces={rest} paceWord={paceWord} />
    </p>
  );
}
