// A horizontal bar chart in plain SVG: one bar per row, its label above it and its value at its
// end. Scales to its container (viewBox), so it fits a 360-px phone.
// `text`: what to print instead of the value (a masked count, "<5").
export type Bar = { label: string; value: number; text?: string };

export function BarChart({ bars, title }: { bars: Bar[]; title: string }) {
  const width = 320,
    rowHeight = 30,
    barHeight = 12;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(rowHeight, bars.length * rowHeight);
  return (
    <svg
      class="bar-chart"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={title}
      preserveAspectRatio="xMinYMin meet"
    >
      <title>{title}</title>
      {bars.map((b, i) => {
        const y = i * rowHeight;
        const w = Math.max(1, Math.round(((width - 50) * b.value) / max));
        const label = b.label.length > 48 ? `${b.label.slice(0, 47)}…` : b.label;
        return (
          <g key={`${b.label}-${i}`}>
            <text x={0} y={y + 11} class="bar-label">
              {label}
            </text>
            <rect x={0} y={y + 15} width={w} height={barHeight} rx={2} class="bar" />
            <text x={w + 4} y={y + 25} class="bar-value">
              {b.text ?? b.value.toLocaleString('id-ID')}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
