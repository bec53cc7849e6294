/**
 * Office conflicts: outlets giving one person the same title in two different offices, e.g.
 * "Mike Reavey, director of the Microsoft Security Response Center" in one article and
 * "Microsoft Security Response Alliance director Mike Reavey" in another; "Jason Waxman, general
 * manager of Intel's data center business unit" against "Jason Waxman, Intel's general manager for
 * cloud computing". The title agrees, so the title rows (find-role-conflicts.ts) see nothing; the
 * office the title is held in is the dispute.
 */
import type { Entity, Mention } from '../../model/mention.js';
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { formalTitles } from './compare-roles.js';
import { compareText } from '../../compare-text.js';
import { byOutletsThenValue, wordValue } from './word-value.js';

/** One reading of a person's title and office in one sentence. */
interface OfficeReading {
  /** The title and office as written ("director of the Microsoft Security Response Center"). */
  written: string;
  titles: string[];
  /** Content words of the office, lower-case, without the owner's possessive ("Intel's"). */
  words: string[];
  article: string;
  sentence: Sentence;
}

/** Words that say nothing about which office ("the", "its", "company's"). */
const fillerWords = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'of', 'for', 'at', 'with', 'and', '&', 'company', 'firm', 'group\'s']);
/** A title held before, or to come, names another office than today's: never compared. */
const timeWords = /\b(?:former|ex-|one-time|then|incoming|future|new|newly|acting|interim|who recently joined|who joined|will|to become)\b/i;
/** Where an office phrase ends: a clause break, a quote, a verb of saying or a relative clause. */
const officeEnd = /\s*(?:[,.;:()“”"]|\s(?:said|says|told|who|which|that|in an|in a|on|wrote|added)\b|$)/;

/** The office words of a phrase: lower-case content words, possessive owners ("Intel's") dropped. */
function officeWords(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .filter((w) => w && !/[’']s$/i.test(w) && !/^[’']s$/.test(w))
    .map((w) => w.toLowerCase().replace(/[^a-z0-9&-]/g, ''))
    .filter((w) => w && !fillerWords.has(w));
}

/**
 * The title and office written beside one mention, or null. Two shapes, both common in news:
 * after the name, an apposition "…, [title] of|for|at [office]"; before it, an office name in
 * capitals then a lower-case title ("Microsoft Security Response Alliance director Mike Reavey").
 */
function readOffice(mention: Mention, sentence: Sentence): Omit<OfficeReading, 'article' | 'sentence'> | null {
  const at = mention.start - sentence.start;
  const end = mention.end - sentence.start;
  if (at < 0 || end > sentence.text.length) return null;
  const after = sentence.text.slice(end);
  const appos = /^\s*,\s*((?:[\p{L}’'&-]+\s+){0,6}?)(?:of|for|at)\s+/u.exec(after);
  if (appos) {
    const title = appos[1]!.trim();
    const rest = after.slice(appos[0].length);
    const stop = officeEnd.exec(rest);
    const office = rest.slice(0, stop ? stop.index : rest.length).trim();
    const titles = formalTitles(title);
    // The title must be the whole lead, bar an owner ("Intel's general manager for …").
    if (titles.length > 0 && !timeWords.test(title) && office.split(/\s+/).length <= 8) {
      return { written: `${appos[0].replace(/^\s*,\s*/, '')}${office}`.replace(/\s+/g, ' '), titles, words: officeWords(office) };
    }
  }
  const before = sentence.text.slice(0, at);
  const pre = /((?:\b[A-Z][\p{L}&’'.-]*\s+){2,6})([a-z][a-z -]{2,30}?)\s+$/u.exec(before);
  const preTitles = pre ? formalTitles(pre[2]!) : [];
  // The lower-case words must be a title and nothing else ("director", not "said director").
  if (pre && preTitles.length > 0 && preTitles.join(' ') === pre[2]!.trim().toLowerCase()) {
    const office = pre[1]!.trim();
    if (timeWords.test(before.slice(Math.max(0, pre.index - 12), pre.index))) return null;
    return { written: `${office} ${pre[2]!.trim()}`, titles: preTitles, words: officeWords(office) };
  }
  return null;
}

/** Two offices name different bodies: each has two or more words and neither's words hold the other's. */
function officesDiffer(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const sa = new Set(a);
  const sb = new Set(b);
  return a.some((w) => !sb.has(w)) && b.some((w) => !sa.has(w));
}

/** Find people given one title in different offices by different outlets. */
export function findOfficeConflicts(entities: Entity[], sentences: Map<string, Sentence>): Conflict[] {
  const out: Conflict[] = [];
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    const readings: OfficeReading[] = [];
    for (const m of entity.mentions) {
      const sentence = sentences.get(m.sentence);
      if (!sentence) continue;
      const r = readOffice(m, sentence);
      if (r && r.words.length > 0) readings.push({ ...r, article: m.article, sentence });
    }
    if (readings.length < 2) continue;
    const differ = (x: OfficeReading, y: OfficeReading) => x.titles.some((t) => y.titles.includes(t)) && officesDiffer(x.words, y.words);
    // One article holding two of the offices says the person holds both.
    const articles = new Set(readings.map((r) => r.article));
    const twoHats = [...articles].some((a) => {
      const own = readings.filter((r) => r.article === a);
      return own.some((x) => own.some((y) => differ(x, y)));
    });
    if (twoHats) continue;
    // Group the readings into offices: a reading joins the first group it does not differ from.
    const groups: OfficeReading[][] = [];
    for (const r of readings) {
      const home = groups.find((g) => !g.some((x) => differ(x, r)) && g.some((x) => x.titles.some((t) => r.titles.includes(t))));
      if (home) home.push(r);
      else groups.push([r]);
    }
    const disputed = groups.filter((g) => groups.some((o) => o !== g && g.some((x) => o.some((y) => differ(x, y)))));
    if (disputed.length < 2) continue;
    const values: ConflictValue[] = disputed.map((g) => {
      const longest = [...g].sort((a, b) => b.words.length - a.words.length || compareText(a.written, b.written))[0]!;
      return wordValue(longest.written, longest.words.join(' '), g.map((r) => r.article), g.map((r) => r.sentence));
    });
    values.sort(byOutletsThenValue);
    out.push({ id: `c:${entity.id}:office`, topic: `Office of ${entity.name}`, kind: 'contradiction', slot: 'office', background: false, values });
  }
  return out;
}
