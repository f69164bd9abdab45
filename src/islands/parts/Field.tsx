import type { ComponentChildren } from 'preact';

/** What every text-like field of the tools shares: a visible label, a hint, a limit and an error. */
export interface FieldProps {
  /** Unique on the page; the hint, counter and error ids derive from it. */
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Called when the field loses focus: validate then, not on every keystroke. */
  onBlur?: (() => void) | undefined;
  /** Called when Enter is pressed in a one-line field: the user is done with it, as on leaving. */
  onEnter?: (() => void) | undefined;
  type?: 'text' | 'email' | 'tel' | 'date' | 'url';
  /** Shows a multi-line box instead of a one-line input. */
  multiline?: boolean;
  rows?: number;
  /** The most characters allowed: also shown to the user as a counter. */
  maxLength?: number;
  hint?: ComponentChildren;
  /** A sentence saying what is wrong, shown next to the field. */
  error?: string | null | undefined;
  autoComplete?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'numeric';
  required?: boolean;
}

/** A labelled input with its hint, visible length limit and inline error. */
export default function Field(props: FieldProps) {
  const {
    id,
    label,
    value,
    onInput,
    onBlur,
    onEnter,
    type = 'text',
    multiline,
    rows = 4,
    maxLength,
    hint,
    error,
  } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const countId = maxLength ? `${id}-count` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId, countId].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    name: id,
    value,
    maxLength,
    required: props.required,
    autoComplete: props.autoComplete,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
    onBlur,
  };
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea rows={rows} {...shared} />
      ) : (
        <input
          type={type}
          inputMode={props.inputMode}
          {...shared}
          onKeyDown={onEnter && ((event: KeyboardEvent) => event.key === 'Enter' && onEnter())}
        />
      )}
      <div class="field-foot">
        {error ? (
          <p class="field-error" id={errorId}>
            {error}
          </p>
        ) : (
          <span />
        )}
        {maxLength !== undefined && (
          <p class="field-count" id={countId}>
            {value.length}/{maxLength}
            <span class="visually-hidden"> characters used</span>
          </p>
        )}
      </div>
    </div>
  );
}
