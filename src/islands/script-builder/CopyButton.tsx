interface Props {
  label: string;
  /** What is copied, for the message: "the voicemail". */
  what: string;
  text: string;
  /** The field holding the text: selected for a manual copy when the clipboard is refused. */
  fieldId: string;
  /** The id of a warning about the text, read with the button. */
  describedBy?: string | undefined;
  /** What happened, for the actions' status line. */
  onResult: (message: string) => void;
}

/** The sentence shown when the browser refuses the clipboard. */
export const COPY_BLOCKED = 'Copying was blocked: the text is selected, press Ctrl+C (or ⌘C) to copy it.';

/** Copy a text with the Clipboard API; when that is missing or refused, select it for a manual copy. */
export default function CopyButton({ label, what, text, fieldId, describedBy, onResult }: Props) {
  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No Clipboard API');
      await navigator.clipboard.writeText(text);
      onResult(`Copied ${what} to the clipboard.`);
    } catch {
      const field = document.getElementById(fieldId);
      if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
        field.focus();
        field.select();
      }
      onResult(COPY_BLOCKED);
    }
  }
  return (
    <button type="button" class="button" onClick={copy} aria-describedby={describedBy}>
      {label}
    </button>
  );
}
