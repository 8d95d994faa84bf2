/** The text the user has selected in the article pane, for "use as source" and "add" actions. */
import { createContext, useContext, useEffect, useState } from 'react';

/** The selected text of the article (trimmed), or null when nothing is selected there. */
export const SelectionContext = createContext<string | null>(null);

/** The article pane's current selection. */
export function useArticleSelection(): string | null {
  return useContext(SelectionContext);
}

/** The text selected inside the element `selector` matches; kept while focus moves to a button that uses it. */
export function useSelectionIn(selector: string): string | null {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const update = () => {
      const s = window.getSelection();
      const node = s?.anchorNode ?? null;
      const inside =
        node instanceof Node && (node.parentElement?.closest(selector) ?? null) !== null;
      const value = inside && s ? s.toString().trim() : '';
      // Keep the last selection while the user moves to a button that uses it.
      if (value) setText(value);
      else if (inside) setText(null);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [selector]);
  return text;
}
