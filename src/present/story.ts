/**
 * Curated stories (`data/stories/<id>.yaml`): parsed with the schema, then
 * checked against the loaded atlas (events, figures, regions, sectors and
 * years must exist) and turned into presentation steps. Problems name the
 * file, the step and the field.
 */
import { parse } from 'yaml';
import type { AtlasIndex } from '../domain/atlasIndex';
import { StorySchema, type Bilingual, type Story, type StoryStep } from '../domain/schema';
import type { PresentStep } from '../domain/presentStep';
import { eventSelection, keyFigure, selectionRegions } from './steps';

/** A story ready to present, or the reasons it cannot be. */
export type LoadedStory =
  | {
      readonly ok: true;
      readonly id: string;
      readonly title: Bilingual;
      readonly steps: PresentStep[];
    }
  | { readonly ok: false; readonly file: string; readonly problems: readonly string[] };

function record<T extends { article: string; id: string }>(list: readonly T[], ref: string) {
  const [article, id] = ref.split('#');
  return list.find((r) => r.article === article && r.id === id) ?? null;
}

function resolveStep(
  index: AtlasIndex,
  step: StoryStep,
  where: string,
  problems: string[],
): PresentStep | null {
  const event = step.event ? record(index.events, step.event) : null;
  if (step.event && !event) problems.push(`${where}, field "event": no event ${step.event}`);
  const figure = step.figure ? record(index.figures, step.figure) : null;
  if (step.figure && !figure) problems.push(`${where}, field "figure": no figure ${step.figure}`);
  const regions = [...(step.region ? [step.region] : []), ...(step.pair ?? [])];
  for (const id of regions) {
    if (!index.regionById.has(id)) problems.push(`${where}: unknown region "${id}"`);
  }
  if (step.pair && step.pair[0] === step.pair[1]) {
    problems.push(`${where}, field "pair": the two regions must differ`);
  }
  for (const id of step.sectors ?? []) {
    if (!index.sectorById.has(id))
      problems.push(`${where}, field "sectors": unknown sector "${id}"`);
  }
  const [min, max] = index.years;
  if (step.years && (step.years[0] < min || step.years[1] > max)) {
    problems.push(`${where}, field "years": must lie within ${min}–${max}`);
  }
  const title = step.title ?? event?.title;
  if (!title) return null;
  const selection = step.region
    ? { kind: 'region' as const, id: step.region }
    : step.pair
      ? { kind: 'pair' as const, a: step.pair[0], b: step.pair[1] }
      : event
        ? eventSelection(index, event)
        : null;
  const eventPlaces = event ? [...event.parties, ...(event.venue ? [event.venue] : [])] : [];
  const articleId = event?.article ?? figure?.article;
  return {
    selection,
    filters: { years: step.years ?? null, sectors: step.sectors ?? [] },
    frame: [...new Set([...selectionRegions(selection), ...eventPlaces])],
    camera: step.camera ?? null,
    date: step.date ?? event?.date ?? null,
    endDate: step.date ? null : (event?.endDate ?? null),
    type: event?.type ?? null,
    title,
    caption: step.caption,
    parties: event?.parties ?? selectionRegions(selection),
    figure: figure ?? (event ? keyFigure(index, event) : null),
    article: (articleId ? index.articleById.get(articleId) : null) ?? null,
  };
}

/** Checks a parsed story against the atlas and builds its steps. */
export function storyToSteps(index: AtlasIndex, story: Story, file: string): LoadedStory {
  const problems: string[] = [];
  const steps: PresentStep[] = [];
  story.steps.forEach((step, i) => {
    const resolved = resolveStep(index, step, `${file}, step ${i + 1}`, problems);
    if (resolved) steps.push(resolved);
  });
  return problems.length
    ? { ok: false, file, problems }
    : { ok: true, id: story.id, title: story.title, steps };
}

/** Parses a story file's YAML text, validates it and resolves it against the atlas. Never throws. */
export function loadStory(index: AtlasIndex, text: string, file: string): LoadedStory {
  let json: unknown;
  try {
    json = parse(text);
  } catch (error) {
    return { ok: false, file, problems: [`${file}: not valid YAML (${String(error)})`] };
  }
  const parsed = StorySchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      file,
      problems: parsed.error.issues.map((issue) => {
        const [first, n, ...rest] = issue.path.map(String);
        const where =
          first === 'steps' && n !== undefined ? `step ${Number(n) + 1}` : (first ?? '(root)');
        const field = first === 'steps' ? rest.join('.') : '';
        return `${file}, ${where}${field ? `, field "${field}"` : ''}: ${issue.message}`;
      }),
    };
  }
  const expected = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (parsed.data.id !== expected) {
    return {
      ok: false,
      file,
      problems: [`${file}, field "id": must be the file name "${expected}"`],
    };
  }
  return storyToSteps(index, parsed.data, file);
}
