/**
 * The page as it stands before its code runs: the app's own layout (its classes and
 * nesting, so the page's stylesheet puts the map area exactly where the app's map
 * will be) holding the header's title, the baked map with its attribution line, and
 * empty panel and timeline places. Without JavaScript it is the page: the legend is
 * open and the panel says what JavaScript would add. The app paints over it, and the
 * live map adopts its picture or removes it (`src/svgmap/firstFrame.ts`).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { Lang } from '../../src/domain/format';
import { translate } from '../../src/i18n/messages';
import type { MapFeatures } from '../../src/mapmodel/mapFeatures';
import { MapAttribution } from '../../src/map/MapOverlays';
import { FIRST_FRAME } from '../../src/svgmap/firstFrame';
import { NoScriptLegend } from './NoScriptLegend';

/** What the shell shows around the map. */
export interface ShellContent {
  readonly lang: Lang;
  /** What the picture most windows show draws (the legend's sizes). */
  readonly features: MapFeatures;
  readonly dataDate: string;
  /**
   * The map's `<svg>` element, as markup: rendered at build time by `renderToStaticMarkup`
   * (every name and label escaped as text) and only rewritten by `relativePaths.ts`, so it
   * goes into the page as it is.
   */
  readonly map: string;
}

function Bilingual({ text }: { text: (lang: Lang) => string }) {
  return (
    <>
      <span className="ff-zh">{text('zh')}</span>
      <span className="ff-en" lang="en">
        {text('en')}
      </span>
    </>
  );
}

/** The shell's markup, to go at the start of `<body>`. */
export function shellMarkup({ lang, features, dataDate, map }: ShellContent): string {
  return renderToStaticMarkup(
    <div id={FIRST_FRAME.id}>
      <div className="app">
        <header className="app-header">
          <div className="brand">
            <h1>
              <Bilingual text={(l) => translate(l, 'appTitle')} />
            </h1>
            <p>
              <Bilingual text={(l) => translate(l, 'appSubtitle')} />
            </p>
          </div>
        </header>
        <main className="app-main">
          <section className="map-area">
            <div className="explore">
              <div className="explore__stage">
                <div className="explore__map">
                  <div className={`atlas-map ${FIRST_FRAME.map}`}>
                    <div
                      className={FIRST_FRAME.picture}
                      role="img"
                      aria-label={translate(lang, 'mapLabel')}
                    >
                      <div inert dangerouslySetInnerHTML={{ __html: map }} />
                    </div>
                    <div className="ff-attribution">
                      <span className="ff-zh">
                        <MapAttribution lang="zh" dataDate={dataDate} weaker={null} />
                      </span>
                      <span className="ff-en" lang="en">
                        <MapAttribution lang="en" dataDate={dataDate} weaker={null} />
                      </span>
                    </div>
                  </div>
                  <noscript>
                    <NoScriptLegend features={features} lang={lang} />
                  </noscript>
                </div>
              </div>
              <div className="timeline ff-timeline" />
            </div>
          </section>
          <aside className="panel">
            <noscript>
              <div className="panel-body">
                <p className="ff-noscript">{translate('zh', 'firstFrameNoScript')}</p>
                <p className="ff-noscript" lang="en">
                  {translate('en', 'firstFrameNoScript')}
                </p>
              </div>
            </noscript>
          </aside>
        </main>
      </div>
    </div>,
  );
}
