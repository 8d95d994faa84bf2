/** The page's one `MapControl`, created by the composition root and handed to the tree and to `window.atlas`. */
import { MapControl } from '../ui/mapControl';

export const mapControl = new MapControl();
