import type { AtlasIndex } from '../domain/atlasIndex';
import type { Comparison } from '../domain/compare';
import { useT } from '../i18n/useT';
import { Count } from '../ui/Count';

/** Sectors of both regions as a butterfly chart: one side's events to the left, the other's to the right. */
export function CompareSectors({
  index,
  comparison,
}: {
  index: AtlasIndex;
  comparison: Comparison;
}) {
  const { t, pick } = useT();
  const rows = comparison.sectors.slice(0, 8);
  const max = Math.max(1, ...rows.flatMap((r) => [r.a, r.b]));
  if (rows.length === 0) return null;
  const bar = (n: number) => ({ width: `${(n / max) * 80}%` });
  return (
    <table className="butterfly">
      <caption>{t('exploreCompareSectors')}</caption>
      <thead>
        <tr>
          <th scope="col">{pick(comparison.a.region.name)}</th>
          <th scope="col">{t('sectors')}</th>
          <th scope="col">{pick(comparison.b.region.name)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const sector = index.sectorById.get(r.id);
          return (
            <tr key={r.id}>
              <td className="butterfly__a">
                <Count n={r.a} className="butterfly__n" />
                <span className="butterfly__bar" style={bar(r.a)} />
              </td>
              <th scope="row">{sector ? pick(sector.name) : r.id}</th>
              <td className="butterfly__b">
                <span className="butterfly__bar" style={bar(r.b)} />
                <Count n={r.b} className="butterfly__n" />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
