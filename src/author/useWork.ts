/**
 * The authoring view's state: the pasted text and the review under way. It is kept in
 * memory across the view's unmounts (previewing on the map closes the view) and written
 * to the browser store after every change (debounced, flushed when the view closes), and
 * read back from the store when a new page opens the view. A store that fails is reported
 * (`storeFailure`); the work stays in the page either way.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { readWork, writeWork } from './autosave';
import { applyEdit, type Edit } from './edits';
import type { StoreFailure } from './localStore';
import type { Review } from './review';

const WRITE_AFTER_MS = 500;

interface State {
  readonly pasted: string;
  readonly review: Review | null;
  readonly storeFailure: StoreFailure | null;
}

const EMPTY: State = { pasted: '', review: null, storeFailure: null };

// Outlives the view: coming back from the map must find the work even when the browser
// store cannot keep it.
let memory: State | null = null;

export interface Work extends State {
  /** True once the autosaved work (if any) has been read. */
  readonly restored: boolean;
  /** When the work shown was restored from an autosave: its time; else null. */
  readonly restoredFrom: string | null;
  setPasted(text: string): void;
  setReview(review: Review | null): void;
  edit(edit: Edit): void;
  /** Forgets the work (it was saved): in memory and in the store, at once. */
  clear(): void;
}

export function useWork(): Work {
  const [state, setState] = useState<State>(() => memory ?? EMPTY);
  const [restored, setRestored] = useState(memory !== null);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const touched = useRef(false);

  // `memory` is set with every change, not after render: closing the view in the same
  // update (saving, previewing) must not lose the change.
  const set = useCallback((next: State) => {
    memory = next;
    setState(next);
  }, []);
  const write = useCallback(() => {
    timer.current = null;
    const work = memory ?? EMPTY;
    void writeWork(work.pasted, work.review).then((written) => {
      const storeFailure = written.ok ? null : written.failure;
      if (memory && storeFailure !== memory.storeFailure) set({ ...memory, storeFailure });
    });
  }, [set]);
  const change = (next: Omit<State, 'storeFailure'>) => {
    touched.current = true;
    set({ ...state, ...next });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(write, WRITE_AFTER_MS);
  };

  useEffect(() => {
    if (memory !== null) return;
    let live = true;
    void readWork().then((read) => {
      if (!live) return;
      if (!read.ok) set({ ...(memory ?? EMPTY), storeFailure: read.failure });
      else if (read.value && !touched.current) {
        set({ pasted: read.value.pasted, review: read.value.review, storeFailure: null });
        setRestoredFrom(read.value.savedAt);
      } else set(memory ?? EMPTY);
      setRestored(true);
    });
    return () => {
      live = false;
    };
  }, [set]);
  // A change still waiting for its write is written when the view closes.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        write();
      }
    },
    [write],
  );

  const { pasted, review } = state;
  return {
    ...state,
    restored,
    restoredFrom,
    setPasted: (text) => change({ pasted: text, review }),
    setReview: (next) => {
      setRestoredFrom(null);
      change({ pasted, review: next });
    },
    edit: (e) => review && change({ pasted, review: applyEdit(review, e) }),
    clear: () => {
      touched.current = true;
      set({ ...EMPTY, storeFailure: state.storeFailure });
      if (timer.current) clearTimeout(timer.current);
      write();
    },
  };
}
