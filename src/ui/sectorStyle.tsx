import './legend.css';
/**
 * Colours and patterns of the timeline's sector stacks. Each stack slot has a
 * colour (Okabe–Ito based, safe for the common colour-vision deficiencies) and
 * its own pattern, so neighbouring sectors differ in texture as well as colour.
 */
import type { Bilingual } from '../domain/schema';
import { NONE, OTHER } from '../domain/timeline';
import type { MessageKey } from '../i18n/messages';

const COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#8c6d31'];
const OTHER_COLOUR = '#8d8d8d';
const NONE_COLOUR = '#c8c8c8';

type PatternKind =
  'solid' | 'diagonal' | 'dots' | 'horizontal' | 'back-diagonal' | 'vertical' | 'cross';
const PATTERNS: readonly PatternKind[] = [
  'solid',
  'diagonal',
  'dots',
  'horizontal',
  'back-diagonal',
  'vertical',
  'cross',
];

/** How one stack slot is drawn. */
export interface StackStyle {
  readonly key: string;
  readonly colour: string;
  readonly pattern: PatternKind;
  /** The `<pattern>` element id to fill with. */
  readonly fillId: string;
}

/** Styles for a stack order (see `stackOrder`), slot by slot. */
export function stackStyles(stack: readonly string[]): ReadonlyMap<string, StackStyle> {
  const out = new Map<string, StackStyle>();
  let i = 0;
  for (const key of stack) {
    const colour =
      key === OTHER ? OTHER_COLOUR : key === NONE ? NONE_COLOUR : (COLOURS[i] ?? OTHER_COLOUR);
    const pattern = key === OTHER ? 'dots' : key === NONE ? 'diagonal' : (PATTERNS[i] ?? 'solid');
    if (key !== OTHER && key !== NONE) i++;
    out.set(key, { key, colour, pattern, fillId: `tl-fill-${key}` });
  }
  return out;
}

/** The label of a stack slot: the sector's name, or "other sectors" / "no sector". */
export function stackLabel(
  key: string,
  sectorName: (id: string) => Bilingual | undefined,
  t: (key: MessageKey) => string,
  pick: (b: Bilingual) => string,
): string {
  if (key === OTHER) return t('exploreOtherSectors');
  if (key === NONE) return t('exploreNoSector');
  const name = sectorName(key);
  return name ? pick(name) : key;
}

function overlay(pattern: PatternKind) {
  const line = { stroke: 'rgb(255 255 255 / 70%)', strokeWidth: 1.6 };
  switch (pattern) {
    case 'solid':
      return null;
    case 'dots':
      return <circle cx="3" cy="3" r="1.3" fill="rgb(255 255 255 / 75%)" />;
    case 'horizontal':
      return <line x1="0" y1="3" x2="6" y2="3" {...line} />;
    case 'vertical':
      return <line x1="3" y1="0" x2="3" y2="6" {...line} />;
    case 'diagonal':
      return <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" {...line} />;
    case 'back-diagonal':
      return <path d="M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2" {...line} />;
    case 'cross':
      return <path d="M0,6 l6,-6 M0,0 l6,6" {...line} strokeWidth={1} />;
  }
}

/** `<defs>` with one pattern per slot; render once inside each SVG that uses the fills. */
export function StackPatterns({ styles }: { styles: ReadonlyMap<string, StackStyle> }) {
  return (
    <defs>
      {[...styles.values()].map((s) => (
        <pattern key={s.key} id={s.fillId} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={s.colour} />
          {overlay(s.pattern)}
        </pattern>
      ))}
    </defs>
  );
}

/** A small swatch of a slot's colour and pattern, for legends. */
export function StackSwatch({ style }: { style: StackStyle }) {
  const id = `${style.fillId}-swatch`;
  return (
    <svg width="14" height="14" aria-hidden="true" className="stack-swatch">
      <defs>
        <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={style.colour} />
          {overlay(style.pattern)}
        </pattern>
      </defs>
      <rect width="14" height="14" rx="2" fill={`url(#${id})`} />
    </svg>
  );
}
