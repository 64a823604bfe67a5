import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Tab {
  key: string;
  label: string;
  /** Shown but not selectable: a section that comes in a later release. */
  disabled?: boolean;
  content?: ReactNode;
}

/**
 * Tabs as WAI-ARIA's pattern has them (tablist, tab, tabpanel; arrow keys, Home and End move between tabs). They wrap
 * on a phone rather than hide tabs behind a "more" menu, so every section stays one tap away.
 */
export function Tabs({ tabs, label }: { tabs: readonly Tab[]; label: string }) {
  const enabled = tabs.filter((tab) => !tab.disabled);
  const [selected, setSelected] = useState(enabled[0]?.key);
  const id = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const choose = (key: string | undefined) => {
    if (!key) return;
    setSelected(key);
    buttons.current.get(key)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = enabled.findIndex((tab) => tab.key === selected);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: enabled.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    choose(enabled[(to + enabled.length) % enabled.length]?.key);
  };
  const current = tabs.find((tab) => tab.key === selected);
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            ref={(element) => void (element ? buttons.current.set(tab.key, element) : buttons.current.delete(tab.key))}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-selected={tab.key === selected}
            aria-controls={tab.key === selected ? `${id}-panel` : undefined}
            aria-disabled={tab.disabled || undefined}
            tabIndex={tab.key === selected ? 0 : -1}
            className="tab"
            onClick={() => !tab.disabled && setSelected(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${current.key}`} className="tab-panel">
          {current.content}
        </div>
      )}
    </div>
  );
}
