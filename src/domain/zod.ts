/**
 * The app's zod: `zod/mini` (about a third of classic zod's size in the initial bundle,
 * with the same parser) with its English messages loaded, which mini leaves out.
 * Every schema in `src/` imports `z` from here.
 */
import { en } from 'zod/locales';
import { z } from 'zod/mini';

z.config(en());

export { z };
