import { messages } from '../../i18n';

/** One bar of a chart: a label, a value, and optionally a target drawn as a mark across it. */
export interface Bar {
  label: string;
  value: number;
  target?: number | null;
}

/**
 * Horizontal bars in plain elements: a few hundred bytes instead of a chart library. Each bar sits under its own
 * label and value, so that a chart with one bar among four still says whose it is, on a phone as on a PC; to a
 * screen reader the chart is one sentence naming every value.
 */
export function BarChart({ title, bars, color = '#a8071a' }: { title: string; bars: readonly Bar[]; color?: string }) {
  const max = Math.max(1, ...bars.flatMap((bar) => [bar.value, bar.target ?? 0]));
  const percent = (value: number) => `${(value / max) * 100}%`;
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <div role="img" className="bar-rows" aria-label={`${title}: ${bars.map((bar) => `${bar.label} ${bar.value}${bar.target != null ? ` ${messages.supervision.ofTarget(bar.target)}` : ''}`).join('; ')}`}>
        {bars.map((bar) => (
          <div key={bar.label} className="bar-row">
            <span>{bar.label}</span>
            <strong>
              {bar.value}
              {bar.target != null && <> / {bar.target}</>}
            </strong>
            <span className="bar-track">
              <span className="bar-fill" style={{ width: percent(bar.value), background: color }} />
              {bar.target != null && <span className="bar-target" style={{ left: percent(bar.target) }} />}
            </span>
          </div>
        ))}
      </div>
    </figure>
  );
}
