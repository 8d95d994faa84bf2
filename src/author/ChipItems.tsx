import type { AtlasIndex } from '../domain/atlasIndex';
import { useT } from '../i18n/useT';
import { ARTICLE_KEY, type Problem } from './check';
import { problemText } from './messages';
import { Confidence, Decision } from './Decision';
import type { Edit } from './edits';
import { PlacePicker } from './PlacePicker';
import type { Review } from './review';

/**
 * The article's regions or sectors as drafted: each with its confidence, accept and
 * reject, and "show in text"; a place picker (or a sector list) adds one the draft missed.
 */
export function ChipItems({
  index,
  review,
  kind,
  problems,
  active,
  onEdit,
  onFocus,
}: {
  index: AtlasIndex;
  review: Review;
  kind: 'regions' | 'sectors';
  problems: readonly Problem[];
  active: string | null;
  onEdit: (edit: Edit) => void;
  onFocus: (key: string) => void;
}) {
  const { t, pick, lang } = useT();
  const problem = problems.find((p) => p.key === ARTICLE_KEY && p.field === kind);
  // An item's own problem (a place the text never names…); "not reviewed" shows on its buttons.
  const itemProblem = (key: string) =>
    problems.find((p) => p.key === key && !(p.source === 'form' && p.code === 'pending'));
  const nameOf = (id: string) => {
    const named = kind === 'regions' ? index.regionById.get(id) : index.sectorById.get(id);
    return named ? pick(named.name) : id;
  };
  const title = kind === 'regions' ? t('regions') : t('sectors');
  const add = (value: string) => onEdit({ type: 'addPlace', kind, value, evidence: '' });
  const unused = index.atlas.sectors.filter((s) => !review.sectors.some((i) => i.value === s.id));
  return (
    <section className="author-section" aria-labelledby={`author-${kind}-title`}>
      <h3 id={`author-${kind}-title`}>
        {title}{' '}
        <span className="count">
          {review[kind].filter((i) => i.decision === 'accepted').length}
        </span>
      </h3>
      {problem && (
        <p className="author-problem" id={`author-${kind}-problem`}>
          {problemText(problem, lang)}
        </p>
      )}
      <ul className="author-chips">
        {review[kind].map((item) => {
          const name = nameOf(item.value);
          const own = itemProblem(item.key);
          const parent = kind === 'regions' ? index.regionById.get(item.value)?.parent : null;
          return (
            <li
              key={item.key}
              id={`author-item-${item.key}`}
              className={`author-chip ${item.decision}${active === item.key ? ' active' : ''}`}
              onFocusCapture={() => onFocus(item.key)}
            >
              <span className="chip-name">
                {name}
                {parent && <span className="chip-parent">{nameOf(parent)}</span>}
              </span>
              <Confidence value={item.confidence} />
              <Decision
                name={name}
                decision={item.decision}
                onDecide={(decision) => onEdit({ type: 'decide', kind, key: item.key, decision })}
              />
              {own && <p className="author-problem chip-problem">{problemText(own, lang)}</p>}
            </li>
          );
        })}
      </ul>
      {kind === 'regions' ? (
        <PlacePicker index={index} label={t('authorAddRegion')} onPick={(r) => add(r.id)} />
      ) : (
        <select
          aria-label={t('authorAddSector')}
          value=""
          onChange={(e) => e.target.value && add(e.target.value)}
        >
          <option value="">{t('authorAddSector')}</option>
          {unused.map((s) => (
            <option key={s.id} value={s.id}>
              {pick(s.name)}
            </option>
          ))}
        </select>
      )}
    </section>
  );
}
