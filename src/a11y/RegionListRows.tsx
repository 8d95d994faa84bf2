import { useState } from 'react';
import { formatYears } from '../domain/format';
import { pairKey } from '../domain/select';
import { flowKey } from '../domain/selection';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useAtlasStore, type Selection } from '../state/store';
import { linkName } from './describe';
import type { ListItems } from './listItems';
import { Count } from '../ui/Count';

const LEVEL: Record<string, MessageKey> = {
  province: 'levelProvince',
  prefecture: 'levelPrefecture',
  county: 'levelCounty',
};

function selectedKey(selection: Selection): string | null {
  if (!selection) return null;
  if (selection.kind === 'region') return `region:${selection.id}`;
  if (selection.kind === 'flow') return `link:${flowKey(selection.a, selection.b)}`;
  return `link:${pairKey(selection.a, selection.b)}`;
}

/**
 * The two groups of rows. One row is tabbable (the last focused, else the
 * selected, else the first); the others are reached with the arrow keys.
 * Focusing or hovering a row highlights its region or link on the map.
 */
export function RegionListRows({ items }: { items: ListItems }) {
  const { t, lang } = useT();
  const selection = useAtlasStore((s) => s.selection);
  const select = useAtlasStore((s) => s.select);
  const setHovered = useAtlasStore((s) => s.setHovered);
  const [active, setActive] = useState<string | null>(null);
  const keys = [
    ...items.regions.map((r) => `region:${r.id}`),
    ...items.links.map((l) => `link:${l.id}`),
  ];
  const current = selectedKey(selection);
  const tabbable = [active, current].find((k) => k !== null && keys.includes(k)) ?? keys[0] ?? null;
  const row = (key: string, target: string) => ({
    'data-item': key,
    tabIndex: key === tabbable ? 0 : -1,
    'aria-current': key === current ? ('true' as const) : undefined,
    className: 'region-list__item',
    onFocus: () => {
      setActive(key);
      setHovered(target);
    },
    onBlur: () => setHovered(null),
    onMouseEnter: () => setHovered(target),
    onMouseLeave: () => setHovered(null),
  });

  return (
    <>
      {items.regions.length > 0 && (
        <>
          <h3 className="region-list__group">
            {t('regions')} <Count n={items.regions.length} />
          </h3>
          <ul className="region-list__rows">
            {items.regions.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  {...row(`region:${r.id}`, r.id)}
                  onClick={() => select({ kind: 'region', id: r.id })}
                >
                  <span className="region-list__name">{r.region.name[lang]}</span>
                  <span className="region-list__meta">
                    {[
                      t(LEVEL[r.region.level] ?? 'levelCounty'),
                      r.parent ? r.parent.name[lang] : '',
                      t('eventsCount', { n: r.activity }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {items.links.length > 0 && (
        <>
          <h3 className="region-list__group">
            {t('links')} <Count n={items.links.length} />
          </h3>
          <ul className="region-list__rows">
            {items.links.map((l) => (
              <li key={l.id}>
                <button
                  type="button"
                  {...row(`link:${l.id}`, l.id)}
                  onClick={() => select({ kind: 'pair', a: l.link.a, b: l.link.b })}
                >
                  <span className="region-list__name">{linkName(l, lang)}</span>
                  <span className="region-list__meta">
                    {formatYears(l.link.years)} · {t('eventsCount', { n: l.link.events.length })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
