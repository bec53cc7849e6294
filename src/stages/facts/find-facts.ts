/**
 * Facts in one sentence: find numbers, dates and times → classify each number by the words
 * around it (money, percent, magnitude, duration, counted quantity, ordinal) → format.
 *
 *   "a meeting that lasted 5 and a half hours"  → duration 330 min, exact
 *   "about 60 meters tall"                      → quantity 60 meter, about
 *   "at least five new embassies"               → quantity 5 embassy, at-least
 *   "killed at least 12 people"                 → quantity 12 dead, at-least
 *   "at 4:30 p.m."                              → time 16:30
 *   "$2.5 million", "2 billion yuan", "12%"     → money usd 2500000, money cny 2e9, percent 12
 *
 * Not facts: "the two sides" (a known set, not a count), "one-China principle", "President Xi",
 * "No. 1", numbers without a counted noun ("Covid-19", "6 . 1" fragments alone).
 */
import type { Fact, FactKind, Qualifier } from '../../model/fact.js';
import type { Sentence } from '../../model/text.js';
import { findDates, periodOrdinalPattern, toEpochDayOf } from '../dates/find-dates.js';
import type { DateMention } from '../dates/date-mention.js';
import { findNumbers, type NumberMatch } from '../numbers/parse-number.js';
import qualifierWords from './data/qualifiers.json' with { type: 'json' };
import units from './data/units.json' with { type: 'json' };
import factWords from './data/fact-words.json' with { type: 'json' };
import { untokenize, toOriginal } from './untokenize.js';
import { isPlural, readWordsAfter, readWordsBefore, singularize, type Word } from './read-words.js';

/** Where relative dates are resolved from: usually the article's published date (ISO) or null. */
export interface FactContext {
  reference: string | null;
  /** True when `reference` is the story's inferred date, not the article's own. Default false. */
  isStoryReference?: boolean;
}

/** A fact before it is placed in the article: offsets into the sentence text. */
interface LocalFact {
  kind: FactKind;
  start: number;
  end: number;
  value: number;
  unit: string;
  qualifier: Qualifier;
  normalized: string;
  resolution?: Fact['resolution'];
}

/** Qualifier phrases compiled once, longest first: "at least" before "least". */
const qualifiersBefore = Object.entries(qualifierWords.before as Record<string, Qualifier>)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([phrase, qualifier]) => [new RegExp(`(?<![a-z])${phrase.replace(/[.]/g, '\\.')}\\s+$`), qualifier] as const);
const qualifiersAfter = Object.entries(qualifierWords.after as Record<string, Qualifier>).map(
  ([phrase, qualifier]) => [new RegExp(`^[\\s\\-‑]*${phrase}\\b`), qualifier] as const,
);
const durationAliases: Record<string, string> = units.durationAliases;
const durationMinutes: Record<string, number> = units.durationMinutes;
const durationDisplay = units.durationDisplay as unknown as Record<string, [string, number]>;
const measures: Record<string, string> = units.measures;
const currencySymbols = Object.entries(units.currencySymbols as Record<string, string>).sort((a, b) => b[0].length - a[0].length);
const currencyWords: Record<string, string> = units.currencyWords;
const tollWords: Record<string, string> = units.tollWords;
const personNouns = new Set(units.personNouns);
const singularPersonNouns = new Set(units.singularPersonNouns);
const fractionNouns = new Set(units.fractionNouns);
const stopWords = new Set(factWords.stopWords);
const anaphoric = new Set(factWords.anaphoricDeterminers);
const ordinalWords: Record<string, number> = factWords.ordinals;
const ordinalDeterminers = new Set(factWords.ordinalDeterminers);
/** The event "for the Nth time" counts, by the verb before it (see fact-words.json). */
// A Map, not an object: a word such as "constructor" must not find an inherited property.
const ordinalTimeEvents = new Map<string, string>(Object.entries(factWords.ordinalTimeEvents as Record<string, string>).filter(([k]) => !k.startsWith('_')));
const durationLeads = new Set(factWords.durationLeads);
const parentNouns = new Set(factWords.parentNouns);
const clockLeads = new Set(['at', 'by', 'around', 'about', 'until', 'till', 'before', 'after', 'from', 'since', 'approximately', 'shortly', 'to']);
const ordinalPattern = new RegExp(`\\b(?:(${Object.keys(ordinalWords).join('|')})|(\\d{1,3})(st|nd|rd|th))\\b`, 'gi');
const smallWordNumber = /^(one|two|three|four|five|six|seven|eight|nine|ten)$/i;

/** Print a number without float noise: 5.5, 330, 0.3333. */
function formatNumber(n: number): string {
  return String(Number(n.toFixed(4)));
}

/** The qualifier written just before `start` and where it begins ("at least 12" → at-least). */
function readQualifierBefore(text: string, start: number): { qualifier: Qualifier; start: number } {
  const from = Math.max(0, start - 24);
  const head = text.slice(from, start).toLowerCase();
  if (!/[a-z.]\s+$/.test(head)) return { qualifier: 'exact', start };
  for (const [pattern, qualifier] of qualifiersBefore) {
    const m = pattern.exec(head);
    if (m) return { qualifier, start: from + m.index };
  }
  return { qualifier: 'exact', start };
}

/** A duration in minutes and its display form: (5.5, "hour") → 330, "330 min"; (2, "day") → "2 days". */
function formatDuration(count: number, unit: string): { minutes: number; normalized: string } {
  const minutes = count * durationMinutes[unit];
  const [label, per] = durationDisplay[unit];
  const shown = formatNumber(minutes / per);
  return { minutes, normalized: `${shown} ${shown === '1' ? label.replace(/s$/, '') : label}` };
}

/** The qualifier written just after `end` ("50 people or more", "30-odd") and where it ends. */
function readQualifierAfter(text: string, end: number): { qualifier: Qualifier; end: number } | null {
  const tail = text.slice(end, end + 12).toLowerCase();
  for (const [pattern, qualifier] of qualifiersAfter) {
    const m = pattern.exec(tail);
    if (m) return { qualifier, end: end + m[0].length };
  }
  return null;
}

/** Step 1: clock times ("4:30 p.m.", "10 a.m.", "16:45", "noon"). Value in minutes after midnight. */
function findTimes(text: string): LocalFact[] {
  const out: LocalFact[] = [];
  const re = /(?<![:.]\s?)\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*[:/]\d)|\b(noon|midnight)\b/gi;
  for (const m of text.matchAll(re)) {
    let minutes: number;
    if (m[6]) {
      // "at midnight", not "Bush's midnight rules".
      const lead = readWordsBefore(text, m.index, 1)[0]?.lower ?? '';
      if (!clockLeads.has(lead) && lead !== 'past') continue;
      minutes = m[6].toLowerCase() === 'noon' ? 720 : 0;
    }
    else if (m[3]) {
      const hour = Number(m[1]) % 12 + (m[3].toLowerCase() === 'p' ? 12 : 0);
      if (Number(m[1]) > 12) continue;
      minutes = hour * 60 + Number(m[2] ?? 0);
    } else {
      // "at 16:45", "16:45 GMT"; not a game clock ("with 4:48 remaining").
      const lead = readWordsBefore(text, m.index, 1)[0]?.lower ?? '';
      const zone = /^\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|CST|CDT|ET|PT|local|hours|hrs|h)\b/.test(text.slice(m.index + m[0].length));
      if (!clockLeads.has(lead) && !zone) continue;
      minutes = Number(m[4]) * 60 + Number(m[5]);
    }
    const q = readQualifierBefore(text, m.index);
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    out.push({ kind: 'time', start: q.start, end: m.index + m[0].length, value: minutes, unit: 'clock', qualifier: q.qualifier, normalized: `${hh}:${mm}` });
  }
  return out;
}

/** Step 2: dates, as epoch days (day), first days (month, year) or month-day/weekday codes when unresolved. */
function toDateFact(d: DateMention): LocalFact | null {
  const base = { kind: 'date' as const, start: d.start, end: d.end, qualifier: 'exact' as Qualifier, resolution: d.resolution };
  const epoch = toEpochDayOf(d);
  if (epoch !== null) return { ...base, value: epoch, unit: 'day', normalized: d.normalized ?? '' };
  if (d.normalized === null) {
    if (d.granularity === 'weekday' && d.parts.weekday !== undefined) {
      return { ...base, value: d.parts.weekday, unit: 'weekday', normalized: `weekday-${d.parts.weekday}` };
    }
    return null; // "yesterday" with no reference: nothing to compare
  }
  const { month, day } = d.parts;
  if (d.granularity === 'month-day' && month !== undefined && day !== undefined) return { ...base, value: month * 100 + day, unit: 'month-day', normalized: d.normalized };
  if (d.granularity === 'month' && d.normalized.startsWith('--')) return { ...base, value: month ?? 0, unit: 'month-name', normalized: d.normalized };
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(d.normalized);
  if (d.granularity === 'week') return { ...base, value: 0, unit: 'week', normalized: d.normalized };
  if (!m) return null;
  const value = Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 0);
  return { ...base, value, unit: d.granularity, normalized: d.normalized };
}

/** Money prefix written right before a number: "$", "US$", "£" (with the prefix's start). */
function readCurrencyBefore(text: string, start: number): { currency: string; start: number } | null {
  const head = text.slice(Math.max(0, start - 4), start);
  // Dollars with a country prefix, glued or spaced: "HK$", "NT $ 53.8", "A$".
  const dollar = /(?:\b([A-Z]{1,3})\s?)?\$\s?$/.exec(text.slice(Math.max(0, start - 7), start));
  if (dollar) {
    const code = dollar[1] ? (currencySymbols.find(([symbol]) => symbol === `${dollar[1]}$`)?.[1] ?? 'dollar') : 'usd';
    return { currency: code, start: start - dollar[0].length };
  }
  for (const [symbol, code] of currencySymbols) {
    if (head.endsWith(symbol) || head.endsWith(symbol + ' ')) return { currency: code, start: start - (head.endsWith(' ') ? symbol.length + 1 : symbol.length) };
  }
  const word = /\b(USD|EUR|GBP|CNY|RMB|JPY|INR)\s?$/.exec(head.length < 4 ? text.slice(0, start) : text.slice(Math.max(0, start - 5), start));
  if (word) return { currency: word[1].toLowerCase() === 'rmb' ? 'cny' : word[1].toLowerCase(), start: start - word[0].length };
  return null;
}

/** Counted noun after a number: the first plural (or known unit) among the next words. */
function readCountedNoun(text: string, n: NumberMatch): Word | null {
  const words = readWordsAfter(text, n.end, 4);
  for (const [i, w] of words.entries()) {
    if (stopWords.has(w.lower) || fractionNouns.has(w.lower)) break; // "three quarters of the market"
    if (w.lower === 'square' || w.lower === 'sq') continue; // "a 170,000-square-foot building": the unit follows
    if (i === 0 && text.slice(n.end, w.start).includes('-') && !(w.lower in measures) && !(w.lower in tollWords)) return null; // "three-point plan"
    if (w.lower === 'times' && /^\s+(?:the|as|more|less|higher|lower|larger|bigger|greater|faster|smaller)\b/i.test(text.slice(w.end))) return null; // "five times the legal limit"
    if (w.lower in measures || w.lower in tollWords || isPlural(w.text)) return w;
    // "47 KO's", "12 CEO's": an abbreviation's plural written with an apostrophe.
    if (/^[A-Z]{2,}['’]s$/.test(w.text)) return { ...w, text: w.text.replace(/['’]s$/, 's'), lower: w.lower.replace(/['’]s$/, 's') };
    if (n.value === 1 && i === 0 && singularPersonNouns.has(w.lower)) return w; // "one person"
  }
  return null;
}

/** Toll category from words around a count: "killed at least 12 people", "12 were injured", "the death toll rose to 12". */
function readToll(text: string, start: number, end: number): string | null {
  // Only the word right before counts: "killed at least 12", not "Dies at 77" (an age).
  const before = readWordsBefore(text, start, 1)[0];
  if (before && before.lower in tollWords && before.end >= start - 1) return tollWords[before.lower];
  if (/\bdeath toll\b[^.;:]{0,30}$/i.test(text.slice(Math.max(0, start - 40), start))) return 'dead';
  // "The death toll from Friday's earthquake has risen to 17", "the toll climbed to 40".
  if (/\b(?:death|the)\s+toll\b[^.;:"“”]{0,70}\b(?:ris(?:es|en|e)|rose|climb(?:s|ed)?|jump(?:s|ed)?|reach(?:es|ed)?|stands?|stood|increased|grew|grown)(?:\s+(?:to|at))?\s*$/i.test(text.slice(Math.max(0, start - 110), start))) return 'dead';
  const after = /^\s+(?:(?:were|have been|had been|are|was|being|been|people|persons|others)\s+){0,2}([a-z]+)/i.exec(text.slice(end, end + 40));
  if (after && after[1].toLowerCase() in tollWords) return tollWords[after[1].toLowerCase()];
  return null;
}

/** Is a small word number a reference to a known set rather than a count? "the two sides", "both three". */
function isAnaphoric(text: string, n: NumberMatch): boolean {
  if (!smallWordNumber.test(n.text)) return false;
  const prev = readWordsBefore(text, n.start, 1)[0];
  return Boolean(prev && prev.end === n.start - 1 && anaphoric.has(prev.lower));
}

/**
 * Is the number a version or label after a name? "Internet Explorer 9 releases", "Windows 2000 users".
 * A capitalised word right before the number that does not start the sentence.
 */
function isAfterName(text: string, n: NumberMatch, qualifierStart: number): boolean {
  if (qualifierStart !== n.start) return false;
  const prev = readWordsBefore(text, n.start, 2);
  return prev.length === 2 && prev[0].end === n.start - 1 && /^[A-Z]/.test(prev[0].text);
}

/** Step 3: what one number measures, from the words around it. Null when it counts nothing nameable. */
function classifyNumber(text: string, n: NumberMatch): LocalFact | null {
  const after = text.slice(n.end, n.end + 40);
  const currency = readCurrencyBefore(text, n.start);
  const q = readQualifierBefore(text, currency ? currency.start : n.start);
  const base = { start: q.start, qualifier: q.qualifier };

  // Money: "$2.5 million", "£300", "2 billion yuan" (not "300 pounds of rice").
  const currencyWord = /^\s+([A-Za-z]+)/.exec(after);
  const wordCode = currencyWord && !/^\s+pounds?\s+of\b/i.test(after) ? currencyWords[currencyWord[1].toLowerCase()] : undefined;
  if (currency || wordCode) {
    const code = currency ? currency.currency : wordCode!;
    const end = currency ? n.end : n.end + currencyWord![0].length;
    return { ...base, kind: 'money', end, value: n.value, unit: code, normalized: `${code.toUpperCase()} ${formatNumber(n.value)}` };
  }
  // Percent: "12%", "12 percent", "3 percentage points".
  const pct = /^\s?(%|percentage points?\b|per ?cent\b|pct\b)/i.exec(after);
  if (pct) {
    const unit = pct[1].toLowerCase().startsWith('percentage') ? 'percentage-point' : 'percent';
    return { ...base, kind: 'percent', end: n.end + pct[0].length, value: n.value, unit, normalized: `${formatNumber(n.value)}${unit === 'percent' ? '%' : ' pp'}` };
  }
  // Magnitude: "magnitude 5.9", "a 7.1-magnitude quake", "5.9 on the Richter scale".
  const magBefore = /\bmagnitude(?:[\s\-‑]+of)?[\s\-‑]*$/i.exec(text.slice(Math.max(0, n.start - 16), n.start));
  const magAfter = /^([\s\-‑]*magnitude\b|\s+on the richter scale\b)/i.exec(after);
  if (magBefore || magAfter) {
    const start = magBefore ? readQualifierBefore(text, n.start - magBefore[0].length) : q;
    return { kind: 'quantity', start: magBefore ? Math.min(start.start, n.start - magBefore[0].length) : q.start, qualifier: start.qualifier === 'exact' ? q.qualifier : start.qualifier, end: n.end + (magAfter ? magAfter[0].length : 0), value: n.value, unit: 'magnitude', normalized: `magnitude ${formatNumber(n.value)}` };
  }
  // Duration: "5 and a half hours", "two-day visit", "35 minutes", "an 18-month-old".
  // A singular unit after a plural number only counts when hyphenated ("two-day", not "5 day").
  const dur = /^(?:\s*[\-‑]\s*|\s+)([A-Za-z]+)\b/.exec(after);
  // Short forms only in lower case: "3 hrs", not "203 HR" (home runs).
  const durUnit = dur && (dur[1].length > 3 || dur[1] === dur[1].toLowerCase()) ? durationAliases[dur[1].toLowerCase()] : undefined;
  if (dur && durUnit && (n.value === 1 || dur[0].includes('-') || dur[1].toLowerCase() !== durUnit)) {
    let count = n.value;
    let end = n.end + dur[0].length;
    const half = /^\s+and\s+a\s+half\b/i.exec(text.slice(end));
    if (half) {
      count += 0.5;
      end += half[0].length;
    }
    const old = /^[\s\-‑]+old\b/i.exec(text.slice(end));
    if (old) end += old[0].length;
    if (count === 0) return null; // "a zero-day flaw"
    // "4 minutes 48 seconds", "12 minutes, 31 seconds": one duration in two units.
    const rest = /^\s*,?\s*(?:and\s+)?(\d{1,2})\s+([a-z]+)\b/i.exec(text.slice(end));
    const restUnit = rest ? durationAliases[rest[2]!.toLowerCase()] : undefined;
    if (rest && restUnit && durationMinutes[restUnit]! < durationMinutes[durUnit]!) {
      const minutes = count * durationMinutes[durUnit]! + Number(rest[1]) * durationMinutes[restUnit]!;
      const normalized = `${formatDuration(count, durUnit).normalized} ${formatDuration(Number(rest[1]), restUnit).normalized}`;
      return { ...base, kind: 'duration', end: end + rest[0].length, value: minutes, unit: 'minute', normalized };
    }
    const { minutes, normalized } = formatDuration(count, durUnit);
    // "two decades", "a century": round figures, read as about that long.
    const qualifier = (durUnit === 'decade' || durUnit === 'century') && base.qualifier === 'exact' ? 'about' : base.qualifier;
    return { ...base, qualifier, kind: 'duration', end, value: minutes, unit: 'minute', normalized };
  }
  // Age in apposition: "Robert Buckley, 32, died" → 32 years.
  if (/^\d{1,3}$/.test(n.text) && n.value >= 1 && n.value <= 120 && /[A-Z][\w’'.-]*\s?,\s?$/.test(text.slice(Math.max(0, n.start - 30), n.start)) && /^\s?,/.test(after)) {
    const { minutes, normalized } = formatDuration(n.value, 'year');
    return { kind: 'duration', start: n.start, end: n.end, qualifier: 'exact', value: minutes, unit: 'minute', normalized };
  }
  // Counted quantity: "42 NGOs", "about 60 meters", "three buses", "12 dead".
  if (isAnaphoric(text, n) || isAfterName(text, n, q.start) || n.value === 0) return null;
  const [of, parent] = readWordsBefore(text, n.start, 2);
  if (of?.lower === 'of' && parent && parentNouns.has(parent.lower)) return null; // "a mother of two died"
  const noun = readCountedNoun(text, n);
  const toll = readToll(text, q.start, noun ? noun.end : n.end);
  let unit: string | null = null;
  let end = n.end;
  if (noun) {
    end = noun.end;
    // "193 km/h", "120 miles per hour": a speed, not a distance.
    const perHour = /^\s*(?:\/\s*h(?:r|our)?\b|per hour\b|an hour\b)/i.exec(text.slice(end));
    if (perHour && (measures[noun.lower] === 'kilometer' || measures[noun.lower] === 'mile')) {
      unit = measures[noun.lower] === 'mile' ? 'mph' : 'kph';
      end += perHour[0].length;
    } else if (noun.lower in measures) unit = measures[noun.lower];
    else if (noun.lower in tollWords) unit = tollWords[noun.lower];
    else if (toll && personNouns.has(noun.lower)) unit = toll;
    else unit = singularize(noun.text);
  } else if (toll && !/\./.test(n.text)) unit = toll;
  if (!unit) return null;
  const post = readQualifierAfter(text, end);
  return {
    kind: 'quantity',
    start: q.start,
    end: post ? post.end : end,
    value: n.value,
    unit,
    qualifier: post && q.qualifier === 'exact' ? post.qualifier : q.qualifier,
    normalized: `${formatNumber(n.value)} ${unit}`,
  };
}

/** Step 4: durations written with an article: "for an hour", "lasted a day and a half", "half an hour", "a quarter-century". */
function findArticleDurations(text: string): LocalFact[] {
  const out: LocalFact[] = [];
  for (const m of text.matchAll(/\b(?:an?\s+)?(quarter|half)[\s\-‑]+(century|decade)\b/gi)) {
    const q = readQualifierBefore(text, m.index);
    const years = (m[1]!.toLowerCase() === 'quarter' ? 0.25 : 0.5) * (m[2]!.toLowerCase() === 'century' ? 100 : 10);
    const { minutes, normalized } = formatDuration(years, 'year');
    out.push({ kind: 'duration', start: q.start, end: m.index + m[0].length, value: minutes, unit: 'minute', qualifier: q.qualifier === 'exact' ? 'about' : q.qualifier, normalized });
  }
  for (const m of text.matchAll(/\b(an?)\s+(hour|day|week|month|year|minute)(\s+and\s+a\s+half)?\b/gi)) {
    const lead = readWordsBefore(text, m.index, 1)[0];
    if (!lead || !durationLeads.has(lead.lower)) continue;
    const q = readQualifierBefore(text, m.index);
    const { minutes, normalized } = formatDuration(m[3] ? 1.5 : 1, m[2].toLowerCase());
    out.push({ kind: 'duration', start: q.start, end: m.index + m[0].length, value: minutes, unit: 'minute', qualifier: q.qualifier, normalized });
  }
  return out;
}

/** Lengths written with an article or a fraction word, in the unit the measures list gives them. */
const articleLengths: Record<string, string> = { mile: 'mile', kilometre: 'kilometer', kilometer: 'kilometer', metre: 'meter', meter: 'meter', foot: 'foot' };

const lengthUnit = '(mile|kilometre|kilometer|metre|meter|foot)';
const articleLengthForms: [RegExp, (m: RegExpMatchArray) => number][] = [
  [new RegExp(`\\bhalf\\s+an?\\s+${lengthUnit}\\b`, 'gi'), () => 0.5],
  [new RegExp(`\\ban?\\s+(quarter|half)(?:\\s+of\\s+an?\\s+|[\\s\\-‑]+)${lengthUnit}\\b`, 'gi'), (m) => (m[1]!.toLowerCase() === 'quarter' ? 0.25 : 0.5)],
  [new RegExp(`\\ban?\\s+${lengthUnit}\\s+and\\s+a\\s+half\\b`, 'gi'), () => 1.5],
  [new RegExp(`\\ban?\\s+${lengthUnit}(?=\\s+(?:away|from|north|south|east|west|off|outside|inland|offshore|down|up)\\b)`, 'gi'), () => 1],
];

/**
 * Step 4b: distances written with an article or a fraction: "half a mile", "a mile and a half",
 * "a quarter of a mile", "a half-mile", "a quarter-mile", and a bare "a mile" when a direction
 * or "away"/"from" follows ("a mile from the crash"), so "a mile-long queue" stays out.
 */
function findArticleLengths(text: string): LocalFact[] {
  const out: LocalFact[] = [];
  if (!/\b(?:mile|kilomet|metre|meter|foot)/i.test(text)) return out;
  for (const [pattern, valueOf] of articleLengthForms) {
    for (const m of text.matchAll(pattern)) {
      const word = m[m.length - 1]!.toLowerCase();
      const value = valueOf(m);
      const q = readQualifierBefore(text, m.index);
      const end = m.index + m[0].length;
      if (out.some((f) => f.start < end && m.index < f.end)) continue;
      const measure = articleLengths[word]!;
      out.push({ kind: 'quantity', start: q.start, end, value, unit: measure, qualifier: q.qualifier, normalized: `${formatNumber(value)} ${measure}` });
    }
  }
  return out;
}

/** Step 5: ordinals with a head noun ("the first US Secretary of State", "their second meeting", "the 18th round"). */
function findOrdinals(text: string): LocalFact[] {
  const out: LocalFact[] = [];
  for (const m of text.matchAll(ordinalPattern)) {
    const value = m[1] ? ordinalWords[m[1].toLowerCase()] : Number(m[2]);
    const prev = readWordsBefore(text, m.index, 1)[0];
    // A possessive is a determiner too: "Klitschko's sixth defense" (or "Klitschko 's", split:
    // the apostrophe is the one character before the "s").
    const isPossessive = prev !== undefined && (/['’]s$/.test(prev.lower) || (prev.lower === 's' && (text[prev.start - 1] === "'" || text[prev.start - 1] === '’')));
    if (m[1] && (!prev || prev.end !== m.index - 1 || !(ordinalDeterminers.has(prev.lower) || isPossessive))) continue;
    const words = readWordsAfter(text, m.index + m[0].length, 4);
    if (m[2] && words[0] && /^[A-Z]/.test(words[0].text)) continue; // "117th Street", "the 81st Academy Awards"
    let head: Word | null = null;
    for (const [k, w] of words.entries()) {
      if (stopWords.has(w.lower) || Object.hasOwn(ordinalWords, w.lower)) break;
      // A verb, not a noun: "a second rehab center following her exit", "the 18th according to".
      const isVerb = /ing$/.test(w.lower) && /^(to|her|his|the|a|an|its|their|him|them|from|with)$/.test(words[k + 1]?.lower ?? '');
      if (isVerb || (head && /(ing|ed)$/.test(w.lower))) break; // "a second rehab center following her exit"
      head = w;
    }
    if (!head || text.slice(m.index + m[0].length, words[0].start).trim() !== '') continue;
    let unit = singularize(head.text);
    // "retained his title for the fifth time" counts defenses: the verb names what "time" counts.
    if (unit === 'time') {
      const clause = text.slice(Math.max(0, m.index - 80), m.index).split(/[,;.]/).pop()!;
      const event = [...clause.matchAll(/\b(\w+)\b/g)].map((w) => ordinalTimeEvents.get(w[1]!.toLowerCase())).find(Boolean);
      if (event) unit = event;
    }
    out.push({ kind: 'ordinal', start: m.index, end: head.end, value, unit, qualifier: 'exact', normalized: `#${value} ${unit}` });
  }
  return out;
}

/** Step 6: "twice", "three times" as counts of occasions (unit "time"). */
function findTwice(text: string): LocalFact[] {
  const out: LocalFact[] = [];
  for (const m of text.matchAll(/\btwice\b(?!\s+(?:as|the|a)\b)/gi)) {
    out.push({ kind: 'quantity', start: m.index, end: m.index + m[0].length, value: 2, unit: 'time', qualifier: 'exact', normalized: '2 time' });
  }
  return out;
}

/** Shares a fraction word gives: "half", "a third", "two-thirds", "three-quarters" (per cent). */
const fractionShares: Record<string, number> = { half: 50, third: 100 / 3, quarter: 25, fifth: 20 };
const fractionNumerators: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
/** An ordinal right before a fraction word ("the second half", "the final quarter"): the date reader's list, so the two agree. */
const periodOrdinalBefore = new RegExp(String.raw`\b(?:${periodOrdinalPattern})\s+$`, 'i');

/**
 * Step 6b: a share written as a fraction of something: "nearly three-quarters of Web users",
 * "more than half of the 288 candidates", "a third of the building". Read as per cent, so
 * "three-quarters" and "about 70 percent" compare. A fraction of a unit ("half an hour", "a
 * quarter of a mile", "half a dozen") is a measure, not a share, and is left to the other steps.
 */
function findFractionShares(text: string): LocalFact[] {
  const out: LocalFact[] = [];
  if (!/\b(?:half|third|quarter|fifth)/i.test(text)) return out;
  const pattern = /\b(?:(a|one|two|three|four)[\s-]+)?(half|third|thirds|quarter|quarters|fifth|fifths)\s+of\s+(?!(?:an?|the)?\s*(?:hour|minute|second|mile|kilometre|kilometer|inch|foot|century|decade|year|month|week|day|dozen|million|billion|percent|per cent)s?\b)/gi;
  for (const m of text.matchAll(pattern)) {
    const noun = m[2]!.toLowerCase().replace(/s$/, '');
    const numerator = m[1] ? fractionNumerators[m[1].toLowerCase()]! : 1;
    // "three halves" is no share; a numerator needs a plural ("two-thirds"), one needs "a"/"one" or none ("half of").
    if (noun === 'half' && numerator > 1) continue;
    if (numerator > 1 && !/s$/i.test(m[2]!)) continue;
    // A half or quarter of a period or a game is a time, not a share: "in the second half of
    // 2012", "the third quarter of this year", "early in the first half of the match".
    if (!m[1] && periodOrdinalBefore.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const value = Math.round(numerator * fractionShares[noun]! * 10) / 10;
    if (value >= 100) continue;
    const q = readQualifierBefore(text, m.index);
    const end = m.index + m[0].replace(/\s+of\s+$/i, '').length;
    // A fraction is a round figure: "two-thirds" against "65 percent" is a precision difference.
    const qualifier = q.qualifier === 'exact' ? 'about' : q.qualifier;
    out.push({ kind: 'percent', start: q.start, end, value, unit: 'percent', qualifier, normalized: `${formatNumber(value)}%` });
  }
  return out;
}

/**
 * Step 7: win–loss records of a fighter or team: "improved to 52-3", "Bowe (45-1, 33 KOs)",
 * "Klitschko, 53-3, 47 KOs". Not game scores ("won 31-24", "a 31-24 lead"): a record stands after
 * "to", "record of", an opening bracket or a name and comma, and the loss count is small.
 */
function findRecords(text: string): LocalFact[] {
  const out: LocalFact[] = [];
  for (const m of text.matchAll(/(?<![\d.-])(\d{1,3})-(\d{1,2})(?:-(\d{1,2}))?(?![\d-])/g)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const isRecord = /(?:\bto|\brecord(?: of)?|\(|[A-Za-z]\s?,)\s*$/.test(before) && /^\s*(?:,|\)|with\b|record\b|\.|$)/.test(after);
    if (!isRecord || /\b(?:lead|score|win|victory|loss|defeat|beat|won|lost)\s*$/i.test(before)) continue;
    const wins = Number(m[1]);
    const losses = Number(m[2]);
    if (losses > wins) continue;
    const normalized = m[3] ? `${wins}-${losses}-${m[3]}` : `${wins}-${losses}`;
    out.push({ kind: 'quantity', start: m.index, end: m.index + m[0].length, value: wins * 1000 + losses, unit: 'record', qualifier: 'exact', normalized });
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Find the typed facts of one sentence. Offsets are article offsets (sentence.start + local).
 * Relative dates are resolved against `context.reference` (ISO) when given.
 */
export function findFacts(sentence: Sentence, context: FactContext): Fact[] {
  const view = untokenize(sentence.text);
  const text = view.text;
  const mentions = findDates(text, { date: context.reference, isStory: context.isStoryReference ?? false });
  const dates = mentions.map(toDateFact).filter((f): f is LocalFact => f !== null);
  const times = findTimes(text);
  // Every date's words are taken, even an unresolved "six years ago" that yields no fact.
  const taken: { start: number; end: number }[] = [...mentions, ...times];
  const records = findRecords(text);
  taken.push(...records);
  const shares = findFractionShares(text);
  taken.push(...shares);
  const local: LocalFact[] = [...dates, ...times, ...records, ...shares];
  const numberFacts: LocalFact[] = [];
  for (const n of findNumbers(text)) {
    if (taken.some((t) => overlaps(t, n)) || numberFacts.some((f) => overlaps(f, n))) continue;
    const f = classifyNumber(text, n);
    if (f && !taken.some((t) => overlaps(t, f))) numberFacts.push(f);
  }
  local.push(...numberFacts);
  for (const f of [...findArticleDurations(text), ...findArticleLengths(text), ...findTwice(text), ...findOrdinals(text)]) {
    if (!local.some((t) => overlaps(t, f)) && !taken.some((t) => overlaps(t, f))) local.push(f);
  }
  local.sort((a, b) => a.start - b.start || a.end - b.end);
  return local.map((f) => {
    const at = toOriginal(view, f.start, f.end);
    return {
    kind: f.kind,
    article: sentence.article,
    start: sentence.start + at.start,
    end: sentence.start + at.end,
    text: sentence.text.slice(at.start, at.end),
    sentence: sentence.id,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    normalized: f.normalized,
    ...(f.resolution ? { resolution: f.resolution } : {}),
    };
  });
}
