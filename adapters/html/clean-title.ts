/** Headline cleaning: drop a site-name suffix or prefix (" | Site", " - Site", "Site: …"). */

const separators = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • ', ' « ', ' » ', ' / '];

/**
 * Remove the site name from a title. A segment equal to one of the page's `headings` (its <h1>s)
 * wins; else, with a known site name, the segment that matches it goes
 * ("Fed raises rates | Reuters" → "Fed raises rates"); without one, a short last segment goes when the
 * rest is long enough to be a headline ("Minecraft exploit crashes servers - Ars Technica").
 */
export function cleanTitle(raw: string, siteName: string | null, headings: string[] = []): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  for (const sep of separators) {
    const at = title.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = title.slice(0, at).trim();
    const tail = title.slice(at + sep.length).trim();
    const first = title.indexOf(sep);
    const lead = title.slice(0, first).trim();
    const rest = title.slice(first + sep.length).trim();
    // The page's own <h1> tells which part is the headline.
    if (headings.some((h) => same(h, head))) return head;
    if (headings.some((h) => same(h, rest))) return rest;
    if (siteName && similar(tail, siteName)) return head;
    if (siteName && similar(lead, siteName)) return rest;
    if (!siteName && wordCount(tail) <= 3 && wordCount(head) >= (sep === ' - ' ? 4 : 3)) return head;
  }
  return title;
}

function same(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return x.length > 0 && x === b.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function similar(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const y = b.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return x.length > 0 && (x === y || x.includes(y) || y.includes(x));
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
