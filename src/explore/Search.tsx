import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { hitAction, search, type SearchHit, type SearchKind } from '../domain/search';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useIndex } from '../state/derived';
import { useAtlasStore } from '../state/store';
import type { ArticleDetail } from '../domain/schema';
import { fullTextAvailable, loadArticleTexts, loadSearchDetails } from './articleTexts';
import { SearchOption } from './SearchOption';
import './search.css';

const GROUP_LABEL: Record<SearchKind, MessageKey> = {
  region: 'regions',
  link: 'links',
  article: 'articles',
  event: 'events',
  figure: 'figures',
};

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * One search box for regions, links, articles, events and figures (WAI-ARIA
 * combobox with a grouped listbox). ↑/↓ move, Enter goes to the result (selects
 * the region or link; opens the article at the quote), Esc closes, "/" focuses.
 */
export function Search() {
  const { t } = useT();
  const index = useIndex();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [texts, setTexts] = useState<ReadonlyMap<string, string>>(new Map());
  const [details, setDetails] = useState<ReadonlyMap<string, ArticleDetail> | null>(null);
  const groups = useMemo(
    () => (index ? search(index, query, texts, details ?? undefined) : []),
    [index, query, texts, details],
  );
  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const optionId = (i: number) => `${id}-option-${i}`;

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (!index) return null;
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    const { select, article } = hitAction(index, hit);
    const store = useAtlasStore.getState();
    store.setPlaying(false);
    if (select) store.select(select);
    if (article) store.openArticle(article);
    setOpen(false);
    setQuery('');
    input.current?.blur();
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (hits.length > 0) {
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive((a) => (a + step + hits.length) % hits.length);
      }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[active]);
    } else if (e.key === 'Escape') {
      if (open && query) setOpen(false);
      else setQuery('');
    }
  };
  const expanded = open && query.trim().length > 0;
  const scope = fullTextAvailable(index)
    ? t(texts.size > 0 ? 'exploreSearchScopeFull' : 'exploreSearchScopeLoading', {
        n: index.atlas.articles.length,
      })
    : t('exploreSearchScopeTitles');
  const scopeNote = details === null ? ` ${t('searchDetailLoading')}` : '';
  const offsets = groups.map((_, g) =>
    groups.slice(0, g).reduce((sum, x) => sum + x.hits.length, 0),
  );
  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('exploreSearch')}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        placeholder={t('exploreSearchPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          void loadArticleTexts(index).then(setTexts);
          void loadSearchDetails(index).then(setDetails);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKey}
      />
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label={t('exploreSearchResults')}
        className="search-list"
        hidden={!expanded}
      >
        {groups.map((g, gi) => (
          <div key={g.kind} role="group" aria-labelledby={`${id}-group-${g.kind}`}>
            <div id={`${id}-group-${g.kind}`} className="search-group" role="presentation">
              {t(GROUP_LABEL[g.kind])}
            </div>
            {g.hits.map((hit, hi) => {
              const i = (offsets[gi] ?? 0) + hi;
              return (
                <div
                  key={hit.key}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className="search-option"
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => setActive(i)}
                  onClick={() => choose(hit)}
                >
                  <SearchOption index={index} hit={hit} />
                </div>
              );
            })}
          </div>
        ))}
        {hits.length === 0 && <div className="search-empty">{t('exploreSearchNone')}</div>}
        <div className="search-scope" role="presentation">
          {scope}
          {scopeNote}
        </div>
      </div>
    </div>
  );
}
