import { useRef, useState } from 'preact/hooks';
import { describeWording } from '../../lib/script/call-day';
import type { ScriptKind } from '../../lib/script/checklist';
import ScriptPanel, { type PanelContext } from './ScriptPanel';

/** The three outputs, in the order a follow-up goes: call, voicemail, email. */
export const TABS: readonly { kind: ScriptKind; label: string }[] = [
  { kind: 'phone', label: 'Phone call' },
  { kind: 'voicemail', label: 'Voicemail' },
  { kind: 'email', label: 'Email' },
];

const NEXT_INDEX: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/** The texts in tabs: one tab stop, arrow keys and Home/End move between them (selection follows focus). */
export default function ScriptTabs(props: PanelContext) {
  const [selected, setSelected] = useState<ScriptKind>('phone');
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const { Heading } = props;

  function onKeyDown(event: KeyboardEvent, index: number) {
    const move = NEXT_INDEX[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(index, TABS.length);
    setSelected(TABS[next]!.kind);
    tabs.current[next]?.focus();
  }

  return (
    <section class="sb-scripts" aria-labelledby="sb-scripts-title">
      <Heading id="sb-scripts-title" tabIndex={-1}>
        Your scripts
      </Heading>
      <p class="sb-jump">
        <a href="#sb-details-title">Back to your details</a>
      </p>
      {props.details.interviewDate !== '' && (
        <p class="field-hint sb-wording">{describeWording(props.wording)}</p>
      )}
      <div role="tablist" aria-labelledby="sb-scripts-title">
        {TABS.map(({ kind, label }, index) => (
          <button
            key={kind}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`sb-tab-${kind}`}
            aria-controls={`sb-panel-${kind}`}
            aria-selected={kind === selected ? 'true' : 'false'}
            tabIndex={kind === selected ? 0 : -1}
            onClick={() => setSelected(kind)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {label}
          </button>
        ))}
      </div>
      {TABS.map(({ kind, label }) => (
        <div
          key={kind}
          role="tabpanel"
          id={`sb-panel-${kind}`}
          aria-labelledby={`sb-tab-${kind}`}
          hidden={kind !== selected}
        >
          <ScriptPanel {...props} kind={kind} title={label} />
        </div>
      ))}
    </section>
  );
}
