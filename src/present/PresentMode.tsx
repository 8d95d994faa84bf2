import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { sameFilters } from '../domain/filters';
import { sameSelection } from '../domain/selection';
import { presentPlace } from '../mapmodel/controller';
import { useMapController } from '../ui/mapControl';
import { useFilteredView, useIndex } from '../state/derived';
import { useAtlasStore } from '../state/store';
import { CaptionCard } from './CaptionCard';
import type { PresentStep } from '../domain/presentStep';
import { eventSteps } from './steps';
import { findStory } from './stories';
import { useStepKeys, type StepCommand } from './useStepKeys';
import './present.css';

function viewOf(step: PresentStep) {
  return { selection: step.selection, ...(step.filters ? { filters: step.filters } : {}) };
}

async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    // Refused (an iframe without allow="fullscreen", no user gesture): the page stays as it is.
  }
}

/**
 * Presentation mode: shows the step in the store (`step=` in the URL) of a
 * curated story or of every event in date order, selects its place, flies the
 * camera there and shows its caption card. Keys step through it.
 */
export default function PresentMode() {
  const index = useIndex();
  const view = useFilteredView();
  const step = useAtlasStore((s) => s.step) ?? 1;
  const story = useAtlasStore((s) => s.story);
  const mapReady = useAtlasStore((s) => s.mapStatus !== 'starting');
  const controller = useMapController();
  const card = useRef<HTMLElement>(null);

  const loaded = useMemo(() => (index && story ? findStory(index, story) : null), [index, story]);
  const events = view?.events;
  const steps = useMemo(() => {
    if (loaded?.ok) return loaded.steps;
    return index && events ? eventSteps(index, events) : [];
  }, [loaded, index, events]);
  const current = steps[step - 1] ?? null;

  useEffect(() => {
    document.documentElement.dataset.presenting = 'true';
    // Steps are places on the map: bring the map tab forward if a table or comparison covers it.
    const store = useAtlasStore.getState();
    if (store.exploreView !== 'map') store.setExploreView('map');
    return () => {
      delete document.documentElement.dataset.presenting;
    };
  }, []);

  // An unknown or invalid story, an empty list or a step past the end: say so and stop or fall back.
  useEffect(() => {
    const store = useAtlasStore.getState();
    if (story && !loaded?.ok) {
      const reason = loaded ? loaded.problems.join('; ') : `data/stories/${story}.yaml`;
      store.notify('presentStoryInvalid', { reason });
      store.present({ step, story: null });
    } else if (steps.length === 0) {
      store.notify('presentEmpty');
      store.present({ step: null, story: null });
    } else if (step > steps.length) {
      store.notify('droppedParam', { name: 'step', value: String(step) });
      store.present({ step: null, story: null });
    }
  }, [story, loaded, steps.length, step]);

  // Steps reached through the URL (reload, back, atlas:set) still need their place selected.
  useEffect(() => {
    if (!current) return;
    const s = useAtlasStore.getState();
    // A key pressed before this ran has already moved on: selecting this step's place
    // now would take the presentation back to it.
    if ((s.step ?? 1) !== step) return;
    const filtersDiffer = current.filters !== null && !sameFilters(s.filters, current.filters);
    if (!sameSelection(s.selection, current.selection) || filtersDiffer) {
      s.present({ step, story: s.story }, viewOf(current));
    }
  }, [current, step]);

  // What is on screen, with the total, for an embedding host (`atlas:step`): a step that
  // passed the checks above. `current` is null past the end, so that is never published.
  const shownStory = loaded?.ok ? story : null;
  useEffect(() => {
    if (current)
      useAtlasStore.getState().setPresented({ step, total: steps.length, story: shownStory });
  }, [current, step, steps.length, shownStory]);
  useEffect(() => () => useAtlasStore.getState().setPresented(null), []);

  useEffect(() => {
    if (!current || !mapReady || !controller) return;
    const top = document.querySelector<HTMLElement>('.embed-header')?.offsetHeight ?? 0;
    const bottom = card.current?.offsetHeight ?? 0;
    presentPlace(controller, current.frame, current.camera, { top, right: 0, bottom, left: 0 });
  }, [current, mapReady, controller]);

  const go = useCallback(
    (n: number) => {
      const target = steps[n - 1];
      if (!target || n === step) return;
      useAtlasStore
        .getState()
        .present({ step: n, story: loaded?.ok ? story : null }, viewOf(target));
    },
    [steps, loaded, story, step],
  );
  const onCommand = useCallback(
    (command: StepCommand) => {
      if (command === 'next') go(Math.min(step + 1, steps.length));
      else if (command === 'previous') go(Math.max(step - 1, 1));
      else if (command === 'first') go(1);
      else if (command === 'last') go(steps.length);
      else if (command === 'fullscreen') void toggleFullscreen();
      else useAtlasStore.getState().present({ step: null, story: null });
    },
    [go, step, steps.length],
  );
  useStepKeys(onCommand);

  // Keys typed into a form field are left alone (see useStepKeys). When presenting starts
  // from one, e.g. right after choosing a year, the card takes focus so the clicker works,
  // in the commit that shows it (a layout effect): a key pressed as soon as the card is
  // visible reached the year field once on a busy machine.
  const started = current !== null;
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (started && active instanceof HTMLElement && active.closest('input, select, textarea'))
      card.current?.focus({ preventScroll: true });
  }, [started]);

  if (!current) return null;
  return (
    <CaptionCard
      ref={card}
      step={current}
      position={step}
      total={steps.length}
      onCommand={onCommand}
    />
  );
}
