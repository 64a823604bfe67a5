import { messages } from '../../i18n';

/** One bar of a chart: a label, a value, and optionally a target drawn as a mark across it. */
export interface Bar {
  label: string;
  value: number;
  target?: number | null;
}

/**
 * Horizontal bars in plain SVG: a few hundred bytes instead of a chart library, readable on a phone, and each value
 * written beside its bar, so that the chart also reads as a table (and to a screen reader, as one).
 */
export function BarChart({ title, bars, color = '#a8071a' }: { title: string; bars: readonly Bar[]; color?: string }) {
  const max = Math.max(1, ...bars.flatMap((bar) => [bar.value, bar.target ?? 0]));
  const row = 28;
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={`${title}: ${bars.map((bar) => `${bar.label} ${bar.value}${bar.target != null ? ` ${messages.supervision.ofTarget(bar.target)}` : ''}`).join('; ')}`} viewBox={`0 0 100 ${bars.length * row}`} preserveAspectRatio="none" width="100%" height={bars.length * row}>
        {bars.map((bar, index) => (
          <g key={bar.label} transform={`translate(0 ${index * row})`}>
            <rect x="0" y="6" height="16" width={(bar.value / max) * 100} fill={color} rx="1" />
            {bar.target != null && <rect x={(bar.target / max) * 100 - 0.4} y="2" width="0.8" height="24" fill="#262626" />}
          </g>
        ))}
      </svg>
      <ul className="bar-legend">
        {bars.map((bar) => (
          <li key={bar.label}>
            <span>{bar.label}</span>
            <strong>
              {bar.value}
              {bar.target != null && <> / {bar.target}</>}
            </strong>
          </li>
        ))}
      </ul>
    </figure>
  );
}
