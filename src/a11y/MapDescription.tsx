import { useMemo } from 'react';
import { useT } from '../i18n/useT';
import { useFilteredView, useIndex } from '../state/derived';
import { describeMap } from './describe';

/** Id of the map's text alternative, for `aria-describedby`. */
export const MAP_DESCRIPTION_ID = 'map-description';

/** The map's text alternative, generated from what it shows and updated with the filters. */
export function MapDescription() {
  const { lang } = useT();
  const index = useIndex();
  const view = useFilteredView();
  const text = useMemo(
    () => (index && view ? describeMap(index, view, lang).join(lang === 'zh' ? '' : ' ') : ''),
    [index, view, lang],
  );
  return (
    <p id={MAP_DESCRIPTION_ID} className="visually-hidden">
      {text}
    </p>
  );
}
