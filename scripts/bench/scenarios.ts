/**
 * The data sets the benchmark loads the atlas with: the seed articles, the uniform
 * synthetic atlas (the stress case, "synthetic" in the results since the first bench)
 * and the realistic one (see `bench/README.md`), each served next to the app.
 */

/** The data sets, in the order the report lists them. */
export const SCENARIO_NAMES = ['seeds', 'synthetic', 'realistic'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** One value per data set. */
export type PerScenario<T> = { readonly [K in ScenarioName]: T };

/** One data set the atlas is loaded with: its query string on the app URL. */
export interface Scenario {
  readonly name: ScenarioName;
  readonly query: string;
}

/** Where each synthetic atlas is served, relative to the app. */
export const SYNTH_URLS = {
  synthetic: 'bench/synthetic-atlas.json',
  realistic: 'bench/realistic-atlas.json',
} as const;

/** The three scenarios. */
export const SCENARIOS: PerScenario<Scenario> = {
  seeds: { name: 'seeds', query: '' },
  synthetic: { name: 'synthetic', query: `?data=${SYNTH_URLS.synthetic}` },
  realistic: { name: 'realistic', query: `?data=${SYNTH_URLS.realistic}` },
};

/** A value for each data set, computed by `f`. */
export function perScenario<T>(f: (name: ScenarioName) => T): PerScenario<T> {
  return { seeds: f('seeds'), synthetic: f('synthetic'), realistic: f('realistic') };
}

/** Where the equal-content floor page of a data set is served (its data: `bench/floor/<name>.json`). */
export const floorUrl = (name: ScenarioName) => `bench/floor.html?data=${name}`;
