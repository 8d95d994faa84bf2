import { AuthorButton } from '../author/AuthorButton';
import { ExportButton } from '../export/ExportButton';
import { PresentButton } from '../present/PresentButton';
import { EmbedButton } from '../embed/EmbedButton';
import { loadDeckExporter } from './loadDeckExporter';

/** Present, Export and Embed (the presentation and embed kit), and Add article, in the page header. */
export function HeaderTools() {
  return (
    <div className="header-tools">
      <PresentButton />
      <ExportButton loadDeck={loadDeckExporter} />
      <EmbedButton />
      <AuthorButton />
    </div>
  );
}
