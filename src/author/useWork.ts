/**
 * The authoring view's state: the pasted text and the review under way, restored from
 * the autosave when the view opens and written back after every change. A store that
 * fails is reported once (`storeFailure`); the work stays in the page either way.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { readWork, writeWork } from './autosave';
import { applyEdit, type Edit } from './edits';
import type { StoreFailure } from './localStore';
import type { Review } from './review';

const WRITE_AFTER_MS = 500;

// The work outlives the view: previewing on the map closes the view, and coming back must
// find the work even when the browser store cannot keep it.
let memory: { pasted: string; review: Review | null } | null = null;

export interface Work {
  readonly pasted: string;
  readonly review: Review | null;
  /** True once the autosaved work (if any) has been read. */
  readonly restored: boolean;
  /** When the work shown was restored from an autosave: its time; else null. */
  readonly restoredFrom: string | null;
  /** Why the browser does not keep the work, or null while it does. */
  readonly storeFailure: StoreFailure | null;
  setPasted(text: string): void;
  setReview(review: Review | null): void;
  edit(edit: Edit): void;
}

export function useWork(): Work {
  const [pasted, setPasted] = useState(memory?.pasted ?? '');
  const [review, setReview] = useState<Review | null>(memory?.review ?? null);
  const [restored, setRestored] = useState(memory !== null);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);
  const [storeFailure, setStoreFailure] = useState<StoreFailure | null>(null);
  const dirty = useRef(false);

  useEffect(() => {
    if (memory !== null) return;
    let live = true;
    void readWork().then((read) => {
      if (!live) return;
      if (!read.ok) setStoreFailure(read.failure);
      else if (read.value && !dirty.current) {
        setPasted(read.value.pasted);
        setReview(read.value.review);
        setRestoredFrom(read.value.savedAt);
      }
      setRestored(true);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (restored) memory = { pasted, review };
    if (!restored || !dirty.current) return;
    const timer = setTimeout(() => {
      void writeWork(pasted, review).then((written) =>
        setStoreFailure(written.ok ? null : written.failure),
      );
    }, WRITE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [pasted, review, restored]);

  const setPastedText = useCallback((text: string) => {
    dirty.current = true;
    setPasted(text);
  }, []);
  const setReviewed = useCallback((next: Review | null) => {
    dirty.current = true;
    setReview(next);
    setRestoredFrom(null);
  }, []);
  const edit = useCallback((e: Edit) => {
    dirty.current = true;
    setReview((r) => (r ? applyEdit(r, e) : r));
  }, []);
  return {
    pasted,
    review,
    restored,
    restoredFrom,
    storeFailure,
    setPasted: setPastedText,
    setReview: setReviewed,
    edit,
  };
}
