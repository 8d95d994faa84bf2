import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';
import { useIndex } from '../state/derived';
import { ArticleInput } from './ArticleInput';
import { ReviewWorkspace } from './ReviewWorkspace';
import { useInertSiblings } from './useInertSiblings';
import { useWork } from './useWork';
import './author.css';

/**
 * The authoring view (`author=1`): paste or drop an article, review its draft item by
 * item, preview it on the map, save it. It covers the map area, which stays mounted.
 */
export default function AuthorView() {
  const { t } = useT();
  const index = useIndex();
  const work = useWork();
  const heading = useRef<HTMLHeadingElement>(null);
  const view = useRef<HTMLElement>(null);
  const reviewing = work.review !== null;
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [reviewing]);
  useInertSiblings(view);
  if (!index) return null;
  return (
    <section id="author-view" className="author-view" aria-labelledby="author-title" ref={view}>
      <h2 id="author-title" className="visually-hidden" tabIndex={-1} ref={heading}>
        {t('authorTitle')}
      </h2>
      {!work.restored ? (
        <p className="author-loading" role="status">
          {t('authorLoading')}
        </p>
      ) : work.review ? (
        <ReviewWorkspace index={index} work={work} review={work.review} />
      ) : (
        <ArticleInput work={work} />
      )}
    </section>
  );
}
