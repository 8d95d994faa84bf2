/**
 * The map's colours in one place, shared by the WebGL style and the SVG inset
 * so both read as the same map.
 */
export const PALETTE = {
  sea: '#dbe6ee',
  neighbourFill: '#ecebe6',
  neighbourLine: '#d3d1ca',
  land: '#f7f5f0',
  provinceLine: '#c8c2b8',
  countryLine: '#9d968b',
  boundaryLine: '#8a8178',
  river: '#b5cadb',
  lake: '#cfdeea',
  /** Province activity ramp, from barely active to the busiest: kept light so places and arcs read on top. */
  provinceActivity: ['#e9f2ef', '#d3e7e1', '#bcdbd2', '#a3cdc2', '#8bbfb3'] as const,
  /** Prefecture and county activity ramp: darker than any province, so nested places stand out. */
  regionActivity: ['#86bcb0', '#6dac9f', '#56998c', '#408677', '#2d7365'] as const,
  regionLine: '#ffffff',
  selected: '#16302d',
  hover: '#2c4a47',
  arc: '#e06a2c',
  arcStrong: '#b8461a',
  arcCasing: '#ffffff',
  point: '#1f4d48',
  pointStroke: '#ffffff',
  labelMuted: '#8e877d',
  labelStrong: '#1d2b2a',
  halo: '#ffffff',
} as const;
