interface Props {
  isEdited: boolean;
  /** A reset just happened and can be taken back. */
  canUndo: boolean;
  onReset: () => void;
  onUndo: () => void;
}

/** Says the text is the user's own now, with the way back to the template (and back again). */
export default function EditedNote({ isEdited, canUndo, onReset, onUndo }: Props) {
  if (isEdited) {
    return (
      <div class="notice sb-edited">
        <p>You edited this text. Your version is saved; changes to your details no longer update it.</p>
        <button type="button" class="button button--quiet sb-small" onClick={onReset}>
          Reset to generated
        </button>
      </div>
    );
  }
  if (canUndo) {
    return (
      <div class="notice sb-edited">
        <p>The generated text is back.</p>
        <button type="button" class="button button--quiet sb-small" onClick={onUndo}>
          Undo
        </button>
      </div>
    );
  }
  return null;
}
