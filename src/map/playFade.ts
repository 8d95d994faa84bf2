/**
 * The running fade of links and markers while the timeline plays (see
 * `fade.ts` for the plan and the easing): which features each fading source
 * draws meanwhile, and the `fade` feature-state stepped once per frame.
 * MapSync owns one and sends what it draws.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapFeatures } from '../mapmodel/mapFeatures';
import { fadeAt, planFade, type FadeCollection, type FadePlan } from './fade';
import { SOURCES } from '../mapmodel/style/sources';

/** The sources whose features fade in and out during play. */
const FADING_SOURCES = [SOURCES.arcs, SOURCES.arrows, SOURCES.points] as const;
export type FadingSource = (typeof FADING_SOURCES)[number];

export function isFading(source: string): source is FadingSource {
  return (FADING_SOURCES as readonly string[]).includes(source);
}

function collection(f: MapFeatures, source: FadingSource): FadeCollection {
  return source === SOURCES.arcs ? f.arcs : source === SOURCES.arrows ? f.arrows : f.points;
}

interface Fade {
  readonly plans: ReadonlyMap<FadingSource, FadePlan<FadeCollection>>;
  /** When the fade's clock started: once its features were tiled. */
  start: number;
  frame: number;
}

type FeatureStateMap = Pick<
  MapLibreMap,
  'getSource' | 'isSourceLoaded' | 'setFeatureState' | 'removeFeatureState'
>;

export class PlayFade {
  private ms = 0;
  private fade: Fade | null = null;
  /** Ids that faded out and keep `fade: 0` until the next view, so they never flash back while their data goes. */
  private faded: [FadingSource, string | number][] = [];

  /** `ended` is called when a fade ends, for the leaving features to be sent away. */
  constructor(
    private readonly map: FeatureStateMap,
    private readonly ended: () => void,
  ) {}

  /** Fade over `ms` on later view changes; 0 switches at once (and ends a running fade). */
  setDuration(ms: number): void {
    this.ms = ms;
    if (ms === 0) this.finish();
  }

  /** What a fading source shows: the view's features, plus the leaving ones while they fade out. */
  drawn(f: MapFeatures, source: FadingSource): FadeCollection {
    return this.fade?.plans.get(source)?.drawn ?? collection(f, source);
  }

  /** Before the view changes: ends the running fade and forgets the ids it faded out. */
  endView(): void {
    this.finish();
    for (const [source, id] of this.faded)
      if (this.map.getSource(source)) this.map.removeFeatureState({ source, id }, 'fade');
    this.faded = [];
  }

  /** After the view changed from `before` to `after`: fades what entered and left, when a duration is set. */
  start(before: MapFeatures, after: MapFeatures): void {
    if (this.ms <= 0) return;
    const plans = new Map(
      FADING_SOURCES.map(
        (s) => [s, planFade(collection(before, s), collection(after, s))] as const,
      ),
    );
    if ([...plans.values()].every((p) => p.entering.length === 0 && p.leaving.length === 0)) return;
    const fade: Fade = { plans, start: performance.now(), frame: 0 };
    this.fade = fade;
    this.apply(fadeAt(0));
    const step = () => {
      // The fade starts when its features are drawn: while a source is still tiling them, MapLibre
      // draws nothing new (see frameGate.ts), so the clock waits rather than skip the fade's start.
      if (this.fade === fade && !this.tiled()) {
        fade.start = performance.now();
        fade.frame = requestAnimationFrame(step);
        return;
      }
      const t = (performance.now() - fade.start) / this.ms;
      if (t >= 1 || this.fade !== fade) {
        if (this.fade === fade) this.finish();
        return;
      }
      this.apply(fadeAt(t));
      fade.frame = requestAnimationFrame(step);
    };
    fade.frame = requestAnimationFrame(step);
  }

  private tiled(): boolean {
    return FADING_SOURCES.every((s) => !this.map.getSource(s) || this.map.isSourceLoaded(s));
  }

  private apply(at: { entering: number; leaving: number }): void {
    for (const [source, plan] of this.fade?.plans ?? []) {
      if (!this.map.getSource(source)) continue;
      for (const id of plan.entering)
        this.map.setFeatureState({ source, id }, { fade: at.entering });
      for (const id of plan.leaving) this.map.setFeatureState({ source, id }, { fade: at.leaving });
    }
  }

  /** Ends a running fade at once: entering features are fully drawn, leaving ones go (hidden meanwhile). */
  private finish(): void {
    const fade = this.fade;
    if (!fade) return;
    cancelAnimationFrame(fade.frame);
    this.apply(fadeAt(1));
    this.fade = null;
    for (const [source, plan] of fade.plans) {
      if (!this.map.getSource(source)) continue;
      for (const id of plan.entering) this.map.removeFeatureState({ source, id }, 'fade');
      for (const id of plan.leaving) this.faded.push([source, id]);
    }
    this.ended();
  }
}
