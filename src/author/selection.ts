/** The text the user has selected in the article pane, for "use as source" and "add" actions. */
import { createContext, useContext } from 'react';

/** The selected text of the article (trimmed), or null when nothing is selected there. */
export const SelectionContext = createContext<string | null>(null);

/** The article pane's current selection. */
export function useArticleSelection(): string | null {
  return useContext(SelectionContext);
}
