import type { LegendRow } from './legend';

/** A legend row's symbol as a small SVG (page and embed alike); ramps as a gradient bar. */
export function LegendSymbol({ row }: { row: LegendRow }) {
  if (row.kind === 'ramp') {
    return (
      <span
        className="legend-ramp"
        aria-hidden="true"
        style={{ background: `linear-gradient(to right, ${row.colours.join(', ')})` }}
      />
    );
  }
  if (row.kind === 'line') {
    // Each sample's centre: the widths stacked, 3 px apart.
    const ys = row.widths.map(
      (w, i) => 3 + row.widths.slice(0, i).reduce((h, v) => h + v + 3, 0) + w / 2,
    );
    const height = row.widths.reduce((h, w) => h + w + 3, 3);
    return (
      <svg
        width="46"
        height={Math.max(12, height)}
        viewBox={`0 0 46 ${Math.max(12, height)}`}
        aria-hidden="true"
      >
        {row.widths.map((w, i) => (
          <line
            key={i}
            x1={3}
            x2={43}
            y1={ys[i]}
            y2={ys[i]}
            stroke={row.colour}
            strokeWidth={w}
            strokeLinecap="round"
          />
        ))}
      </svg>
    );
  }
  if (row.kind === 'arrow') {
    return (
      <svg width="46" height="14" viewBox="0 0 46 14" aria-hidden="true">
        <line x1={3} x2={36} y1={7} y2={7} stroke={row.colour} strokeWidth={2.5} />
        <path d="M44 7 L34 2 L34 12 Z" fill={row.colour} />
      </svg>
    );
  }
  const width = Math.max(
    46,
    row.radii.reduce((w, r) => w + 2 * r + 4, 2),
  );
  const height = 2 * Math.max(...row.radii, 4) + 4;
  // Each sample's centre: the circles side by side, 4 px apart.
  const xs = row.radii.map(
    (r, i) => 3 + row.radii.slice(0, i).reduce((w, v) => w + 2 * v + 4, 0) + r,
  );
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {row.radii.map((r, i) => (
        <circle
          key={i}
          cx={xs[i]}
          cy={height / 2}
          r={r}
          fill={row.fill}
          stroke={row.stroke}
          strokeWidth={1.2}
        />
      ))}
    </svg>
  );
}
