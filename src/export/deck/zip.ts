/**
 * Makes a .pptx reproducible: the same deck from the same data is the same
 * bytes, so it can be committed and diffed. pptxgenjs stamps the zip entries
 * and `docProps/core.xml` with the current time; here every entry is written
 * again in the same order with one fixed date (the data date, at midnight),
 * pictures stored as they are (PNG is compressed already), XML deflated.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** `docProps/core.xml` with its created and modified times set to `iso`. */
export function fixCoreDates(xml: string, iso: string): string {
  return xml.replace(
    /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_, open: string, _name: string, close: string) => `${open}${iso}${close}`,
  );
}

/** The deck's zip written again with every time set to `date` (YYYY-MM-DD, YYYY-MM or YYYY). */
export function reproducibleZip(bytes: Uint8Array, date: string): Uint8Array<ArrayBuffer> {
  const [y = 2000, m = 1, d = 1] = date.slice(0, 10).split('-').map(Number);
  // Zip times are local wall-clock fields: a local date keeps them the same in every time zone.
  const mtime = new Date(y, m - 1, d);
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${y}-${pad(m)}-${pad(d)}T00:00:00Z`;
  const out: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    const content =
      name === 'docProps/core.xml' ? strToU8(fixCoreDates(strFromU8(data), iso)) : data;
    out[name] = [content, { level: /\.(png|jpe?g)$/i.test(name) ? 0 : 6, mtime }];
  }
  return zipSync(out);
}
