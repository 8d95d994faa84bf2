/**
 * The South China Sea inset for a deck picture whose view needs it, whether or
 * not the page shows one right now: the map's own inset component, rendered
 * once off screen (so the theme's CSS colours it) and drawn like the PNG
 * export draws the page's.
 */
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../../domain/format';
import { translate } from '../../i18n/messages';
import { SouthChinaSeaInset } from '../../map/SouthChinaSeaInset';
import { preloadGeography } from '../../svgmap/geographyCache';

/** Renders the inset off screen, runs `draw` with its `<figure>`, then removes it. */
export async function withInsetFigure<T>(
  lang: Lang,
  draw: (figure: Element | null) => Promise<T>,
): Promise<T> {
  const geography = await preloadGeography();
  const host = document.createElement('div');
  host.className = 'atlas-map';
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, { position: 'fixed', left: '-10000px', top: '0' });
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() =>
      root.render(
        createElement(SouthChinaSeaInset, {
          geography,
          label: translate(lang, 'southChinaSeaInset'),
        }),
      ),
    );
    return await draw(host.querySelector('.atlas-map__inset'));
  } finally {
    root.unmount();
    host.remove();
  }
}
