import { lazy, Suspense } from 'react';
import { useAtlasStore } from '../state/store';

const PresentMode = lazy(() => import('./PresentMode'));

/** Mounts the presentation (loaded on demand) while a step is set (`step=` in the URL). */
export function PresentHost() {
  const presenting = useAtlasStore((s) => s.step !== null && s.load.status === 'ready');
  if (!presenting) return null;
  return (
    <Suspense fallback={null}>
      <PresentMode />
    </Suspense>
  );
}
