/**
 * Step 2: who a quote is attributed to, read from the words right after or before it, and
 * reported speech (no quotation marks) in a sentence. Offsets are local to the text passed in.
 *
 *   after:    `,” he said.`  `,” said Matthew Miller, spokesman …`  `,” Wang told Blinken, …`  `,” tweeted Nikki Haley`
 *             `,” according to CCTV.`
 *   before:   `Qin Gang said, “`   `… Taiwan, Wang said, “`   `According to a statement, “`
 *   reported: `Yang said the Chinese side clarified …`   `…, and the U.S. side must reflect deeply, he said.`
 */
import words from '../data/speech-words.json' with { type: 'json' };
import { alternationOf, escapeRegExp } from '../../../escape-regexp.js';

/** A speaker phrase found in a piece of text. */
export interface SpeakerSpan {
  start: number;
  end: number;
  text: string;
  source: 'after-quote' | 'before-quote' | 'according-to' | 'reported';
}

/** Reported speech in a sentence: the content clause and who said it. */
export interface ReportedSpeech {
  content: { start: number; end: number };
  speaker: SpeakerSpan;
}

const verbAlternation = alternationOf(words.speechVerbs);
const reportedAlternation = alternationOf(words.reportedVerbs);
const reportedWithoutObject = alternationOf(words.reportedVerbs.filter((v: string) => v !== 'told' && v !== 'tells'));
const speechVerb = new RegExp(`\\b(?:${verbAlternation})\\b`, 'g');
/**
 * "…, he said." / "…, Yang said, stressing …" / "…, Blinken said in an interview …" / "…, police told
 * 1010 WINS." at the sentence end; a capitalised word after "said" starts its own content ("…, but
 * Quintero said Gigante had a history of heart disease"), so only "told" takes one as its object.
 */
const trailingPattern = new RegExp(`,\\s+([^,;]{1,80}?)(?:\\s*,\\s+(?:an?|the|his|her|their|[a-z]+)\\b[^,;]{1,80},)?(?:\\s+(?:has|have|had))?\\s+(?:${reportedAlternation}|${[...words.reportedVerbsWithThat].map(escapeRegExp).join('|')})(?:\\s+(?:in|at|on|during|to|after|before|late|early|last|this|afterward|afterwards|later|earlier|from|via|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:(?!\\sthat\\b)[^,.;“”"]|\\.(?=\\w)){0,60}|(?<=\\b(?:told|tells))\\s+[A-Z\\d](?:[^,.;“”"]|\\.(?=\\w)){0,60})?\\s*(?:[.!?]?\\s*$|,\\s+[a-z]+ing\\b|,)`, 'g');
/** Inverted, mid-sentence or last: "…, said terminal manager Jasper Hall, ready to …" / "…, said Nathan Brookwood, principal analyst …". */
const invertedPattern = new RegExp(`,\\s+(?:${reportedWithoutObject})\\s+((?:the\\s+|an?\\s+)?[^,;]{1,80}?)\\s*(?:[.!?]?\\s*$|,)`, 'g');
/**
 * An inverted speaker: a name, perhaps after a few lower-case role words ("terminal manager Jasper
 * Hall"), and nothing after it; or a described source ("said a spokesman for the facility"); never
 * a pronoun ("says he hopes to meet Xi") or a clause ("insisted Gigante suffered from …").
 */
const invertedSpeaker = /^(?!(?:he|she|they|it|we|i|you)\b)(?:(?:the|an?)\s+)?(?:(?:(?:\p{Lu}[\w'’.&-]*|[a-z][\w-]*)\s*\.?\s+){0,6}\p{Lu}[\w'’.&-]*\s*\.?\s*$|(?:[a-z][\w-]*\s+){0,2}(?:spokes(?:man|woman|person)|official|officer|witness|lawyer|attorney|source|prosecutor)\b)/u;
const withThatAlternation = [...words.reportedVerbsWithThat].map(escapeRegExp).join('|');
const speakerNouns = new Set(words.speakerNouns);
const speakerStops = words.speakerStops;
const clauseWords = new Set(words.clauseWords);
const leadingConjunction = new RegExp(`^\\s*(?:${words.leadingConjunctions.join('|')})\\s+`, 'i');

/** Short forms whose full stop ends no speaker phrase: "Troy police Lt. Gerry Scherlinck", tokenised "Const . Fanning". */
const abbreviations = '[A-Z]|Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Mt|Ft|Lt|Gen|Col|Sgt|Capt|Cpl|Const|Det|Insp|Supt|Cmdr|Adm|Maj|St|Jr|Sr|Prof|Rev|U\\.S|Inc|Co|Corp|Ltd|' + words.stateAbbreviations.join('|');
/** A place and its state before a source: "Troy, Mich. police said …" (the source is "police", never "Mich"). */
const datelinePrefix = new RegExp(`^\\p{Lu}[\\w'’-]*(?:\\s\\p{Lu}[\\w'’-]*){0,2}\\s?,\\s(?:${words.stateAbbreviations.join('|')})\\s?\\.\\s+(?=[a-z])`, 'u');
/** A place's state inside a source, no clause break: "Police in Troy, Mich. said …". */
const stateAfterComma = new RegExp(`\\s?,\\s(?:${words.stateAbbreviations.join('|')})\\s?\\.?(?=\\s|$)`, 'g');

/** Longest speaker phrase, in words. Longer subjects are clauses, not speakers. */
const maxSpeakerWords = 10;

/** Words with letters or digits: pre-tokenised " . " is no word. */
const wordCount = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;

/**
 * Cut a speaker phrase at its first comma, dash or stop word and trim it:
 * "Matthew Miller, spokesman for the State Department" → "Matthew Miller"; "Blinken at a news conference" → "Blinken".
 */
function trimSpeaker(text: string, start: number, end: number): SpeakerSpan | null {
  let s = start;
  let e = end;
  const slice = text.slice(s, e);
  // A full stop ends the phrase unless it closes a title or initial: "Rep. Nick Rahall", "U.S. officials".
  let cut = slice.search(new RegExp(`[,;:()\\u2013\\u2014"“”]|\\s-\\s|(?<!\\b(?:${abbreviations})\\s?)\\.(\\s|$)`));
  for (const stop of speakerStops) {
    const at = (' ' + slice + ' ').indexOf(stop);
    if (at >= 0 && (cut < 0 || at - 1 < cut)) cut = Math.max(0, at - 1);
  }
  // A day after the speaker is when, not who: "a Texas prison statement Monday".
  const day = /\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.exec(slice);
  if (day && day.index > 0 && (cut < 0 || day.index < cut)) cut = day.index;
  if (cut >= 0) e = s + cut;
  const conjunction = leadingConjunction.exec(text.slice(s, e));
  if (conjunction) s += conjunction[0].length; // "But both sides" → "both sides"
  while (s < e && /[\s,.`'“”"]/.test(text[s])) s++;
  while (e > s && /[\s,.]/.test(text[e - 1])) e--;
  if (e <= s || wordCount(text.slice(s, e)) > maxSpeakerWords) return null;
  return { start: s, end: e, text: text.slice(s, e), source: 'after-quote' };
}

/** Does a piece of text hold a speech verb? */
function speechVerbIn(text: string): boolean {
  speechVerb.lastIndex = 0;
  return speechVerb.test(text);
}

/** Is this phrase shaped like a speaker (a name, a pronoun, or "the/a ..." noun phrase)? */
function looksLikeSpeaker(phrase: string): boolean {
  const p = phrase.trim().replace(leadingConjunction, '').replace(/\s+there$/, ''); // "police there have said"

  if (p.length === 0 || wordCount(p) > maxSpeakerWords) return false;
  if (p.toLowerCase().split(/\s+/).some((w) => clauseWords.has(w) || /n['’]t$/.test(w))) return false; // "The meeting comes after Blinken was", "Police couldn't"
  // A phrase opening with a preposition is a circumstance, not a speaker: "by telephone from Varna".
  if (/^(?:by|from|in|at|on|with|for|to|of|during|after|before|through|via)\b/i.test(p)) return false;

  if (/^(he|she|they|we|i|it|you)$/i.test(p)) return true;
  // A lower-case phrase whose head is a speaker noun: "police", "local residents", "federal prosecutors".
  if (speakerNouns.has(p.toLowerCase().split(/\s+/).pop() ?? '')) return true;
  if (/^(the|a|an|his|her|their|its|one|both|two|three|several|many|some|us|u\.s\.|chinese|american|state|senior)\b/i.test(p)) return true;
  // Lower-case role words or an age before a name: "local police inspector Dave Gaskin", "25-year-old Guzel".
  return /^(?:[a-z\d][\w-]*\s+){0,4}[A-Z]/.test(p);
}

/**
 * Attribution right after a quote's closing mark. `tail` starts just after the mark and ends at
 * the sentence end or the next quote. Example: `,” Wang told Blinken, Chinese state broadcaster CCTV said.` → "Wang".
 */
export function readAttributionAfter(tail: string): SpeakerSpan | null {
  const lead = /^[\s,.;:!?\u2013\u2014-]*/.exec(tail)![0].length;
  const rest = tail.slice(lead);
  const according = /^according to\s+/i.exec(rest);
  if (according) {
    const sp = trimSpeaker(tail, lead + according[0].length, tail.length);
    return sp && { ...sp, source: 'according-to' };
  }
  // Speech relayed by another: `,” Mr. Gravano quoted Mr. Gotti as saying …` → the one quoted, Gotti.
  const relayed = /^[^,;]{1,60}?\s(?:quoted|cited)\s+([^,;]{1,60}?)\s+as\s+saying\b/.exec(rest);
  if (relayed) {
    const at = lead + relayed[0].lastIndexOf(relayed[1] + ' as');
    const sp = trimSpeaker(tail, at, at + relayed[1].length);
    if (sp && looksLikeSpeaker(sp.text)) return sp;
  }
  speechVerb.lastIndex = 0;
  const verb = speechVerb.exec(rest);
  // A long apposition may stand between the name and the verb: `,'' Tadzhigul Begmedova, director of the … Foundation for Human Rights, said …`.
  if (!verb || verb.index > 140) return null;
  const subject = rest.slice(0, verb.index);
  if (subject.trim() === '') {
    // Inverted: `,” said Matthew Miller, spokesman for …`; a relation, then the name: `,” said her nephew, Ravi Singh, 32, …` → the name.
    const from = lead + verb.index + verb[0].length;
    const named = /^\s+(?:the|an?|his|her|their|its)\s[^,]{1,40}?\s?,\s+((?:\p{Lu}[\w'’.-]*\s?){2,4})/u.exec(tail.slice(from));
    if (named) {
      const at = from + named[0].length - named[1].length;
      return trimSpeaker(tail, at, at + named[1].length);
    }
    return trimSpeaker(tail, from, tail.length);
  }
  // An apposition may stand between the speaker and the verb: `'' Valentina Redzhepova, an official at one of …, told AFP .`
  const head = subject.split(',')[0];
  if (/[.!?;]/.test(subject.replace(new RegExp(`\\b(?:${abbreviations})\\s?\\.`, 'g'), '')) || !looksLikeSpeaker(head)) return null;
  // A role, then the name in commas: `,” the Troy police chief, Charles Craft, said.` → the name.
  const named = /^((?:the|a|an)\s[^,]*?),\s+((?:[A-Z][\w'’.-]*\s?){2,4}),?\s*$/.exec(subject);
  // The part before the name is a role when it ends in a lower-case noun ("the Troy police chief").
  if (named && /\s\p{Ll}[\w-]*\s*$/u.test(named[1])) {
    const at = lead + subject.indexOf(named[2], named[1].length);
    return trimSpeaker(tail, at, at + named[2].trimEnd().length);
  }
  return trimSpeaker(tail, lead, lead + verb.index);
}

/**
 * Attribution right before a quote's opening mark. `head` runs from the sentence start (or the
 * previous quote's end) to the mark. Example: `On Taiwan, Wang said, ` → "Wang".
 * `isPartial` allows a few words between the verb and the quote: `Blinken said he brought up “`.
 */
export function readAttributionBefore(head: string, isPartial: boolean, maxBetween = isPartial ? 10 : 4): SpeakerSpan | null {
  const according = /according to\s+([^,]+),\s*$/i.exec(head);
  if (according) {
    const start = according.index + according[0].indexOf(according[1]);
    const sp = trimSpeaker(head, start, start + according[1].length);
    return sp && { ...sp, source: 'according-to' };
  }
  // Passive: `For the man described by The New York Times Magazine as "the last great Mafioso …"`.
  const passive = /\b(?:described|called|dubbed|labell?ed|branded|quoted)\s+by\s+((?:the\s+)?\p{Lu}[^,;:]{0,60}?)\s+as\s*$/u.exec(head);
  if (passive) {
    const at = passive.index + passive[0].indexOf(passive[1], passive[0].indexOf(' by ') + 4);
    const sp = trimSpeaker(head, at, at + passive[1].length);
    if (sp) return { ...sp, source: 'before-quote' };
  }
  const verbs = [...head.matchAll(speechVerb)];
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  const between = head.slice(verb.index + verb[0].length);
  if (wordCount(between) > maxBetween) return null;
  if (!isPartial && !/[,:]\s*$|^\s*(?:that\s*)?$/.test(between) && !/^\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s*[,:]?\s*$/.test(between)) return null;
  // The subject is the clause right before the verb: after the last comma or "that/which/who".
  // An apposition between the name and the verb is no part of the subject:
  // `Alan Thornhill, an ecologist and executive director of the Society for Conservation Biology, said, "…`.
  const before = head.slice(0, verb.index).replace(/(\S)\s?,\s+[^,;:]*,\s*$/, '$1 ');
  const clause = /(?:^|[,;:]|\b(?:that|which|who)\b)([^,;:]*)$/.exec(before)!;
  const lead = leadingConjunction.exec(clause[1])?.[0].length ?? 0; // ", which Blinken said" → "Blinken"
  const subjectStart = clause.index + clause[0].length - clause[1].length + lead;
  const subject = clause[1].slice(lead);
  // Inverted, the name after the verb: `The acquisition, said Papermaster, "allows us to …"`.
  const inverted = /^\s+((?:[a-z][\w-]*\s+){0,3}[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s*,\s*$/.exec(between);
  if (subject.trim() === '' && inverted) {
    const at = verb.index + verb[0].length + between.indexOf(inverted[1]);
    const sp = trimSpeaker(head, at, at + inverted[1].length);
    return sp && { ...sp, source: 'before-quote' };
  }
  if (!looksLikeSpeaker(subject)) return null;
  const sp = trimSpeaker(head, subjectStart, verb.index);
  return sp && { ...sp, source: 'before-quote' };
}

/**
 * A sentence that introduces the quote after it: it ends with a colon and names the speaker
 * ("Pensioner Bayram-aga, a voter in Ashgabat, said:", "Below is a statement by Francesca Grifo,
 * director of UCS's Scientific Integrity Program:"). Offsets are local to `text`.
 */
export function readLeadIn(text: string): SpeakerSpan | null {
  if (!/:\s*$/.test(text)) return null;
  const by = /\b(?:statement|remarks|comments|message|letter|testimony)\s+(?:by|from)\s+(\p{Lu}[^,:;]*)/u.exec(text);
  if (by) {
    const start = by.index + by[0].length - by[1].length;
    const sp = trimSpeaker(text, start, start + by[1].length);
    return sp && { ...sp, source: 'before-quote' };
  }
  return readAttributionBefore(text.replace(/:\s*$/, ','), false);
}

/**
 * Reported speech in a sentence without quotation marks:
 *   `Yang said the Chinese side clarified the root cause …` (speaker first),
 *   `The bilateral relationship has gone through ups and downs, …, he said.` (speaker last),
 *   `According to state media, Wang called on …` / `…, according to CCTV.`
 */
export function findReportedSpeech(text: string): ReportedSpeech | null {
  // A stray mark before the sentence is not part of its speaker: `"Troy Police Lt. Gerry Scherlinck told FOX News that …`.
  const mark = /^\s*(?:``|''|["“”‘’'])\s*/.exec(text);
  if (mark) {
    const r = findReportedSpeech(text.slice(mark[0].length));
    return r && shiftReported(r, mark[0].length);
  }
  const whole = readTrailingAttribution(text) ?? readLeadingAttribution(text);
  if (whole) return whole;
  // A second clause that reports speech: "Congress authorized that rule to be revoked as well, but
  // the Interior Department said no decision had yet been made on the matter."
  for (const m of text.matchAll(/[,;]\s+(?:but|and|while|although|though|whereas)\s+/g)) {
    const rest = readLeadingAttribution(text.slice(m.index + m[0].length));
    if (rest && rest.speaker.start === 0) return shiftReported(rest, m.index + m[0].length);
  }
  return readCoordinated(text) ?? readParenthesisedSource(text) ?? readRelativeClause(text);
}

/** "He was, according to the New York Times, the last great mafioso of the 20th century." → the Times, the whole sentence. */
function readParenthesisedSource(text: string): ReportedSpeech | null {
  const m = /,\s+according to\s+([^,]{1,80}),\s+/i.exec(text);
  if (!m || wordCount(text.slice(0, m.index)) + wordCount(text.slice(m.index + m[0].length)) < minContentWords) return null;
  const start = m.index + m[0].indexOf(m[1], m[0].indexOf('according') + 10);
  const sp = trimSpeaker(text, start, start + m[1].length);
  return sp && { content: { start: 0, end: text.replace(/[.!?\s]+$/, '').length }, speaker: { ...sp, source: 'according-to' } };
}

/**
 * Speech reported inside a relative clause: "a security vulnerability that Microsoft says already has
 * been used to attack more than 2 million Windows users" → Microsoft, "already has been used …".
 */
function readRelativeClause(text: string): ReportedSpeech | null {
  const m = /\b(?:that|which)\s+((?:\p{Lu}[\w.&'’-]*(?:\s+\p{Lu}[\w.&'’-]*){0,3})|it|he|she|they|police|officials|authorities)\s+(?:says|said|claims|claimed)\s+/u.exec(text);
  if (!m) return null;
  const end = text.replace(/[.!?\s]+$/, '').length;
  if (wordCount(text.slice(m.index + m[0].length, end)) < minContentWords) return null;
  const at = m.index + m[0].indexOf(m[1], m[0].search(/\s/));
  const sp = trimSpeaker(text, at, at + m[1].length);
  // The clause says something of the sentence's subject, so the statement is the whole sentence.
  return sp && { content: { start: 0, end }, speaker: { ...sp, source: 'reported' } };
}

/**
 * A second verb of the sentence's subject reports speech: "Fanning couldn't say if anyone else was
 * in the building, but said no one else was injured." / "Police are still at the scene and say more
 * details will be released later." The subject is the words before the first verb; the whole sentence is the content.
 */
function readCoordinated(text: string): ReportedSpeech | null {
  const m = /(?:,\s*|\s+)(?:but|and)\s+(?:also\s+)?(?:said|says|say|noted|added|insisted|warned|told\s+(?:reporters|police|\p{Lu}\w*))\s+(?:that\s+)?/u.exec(text);
  if (!m || wordCount(text.slice(m.index + m[0].length)) < minContentWords) return null;
  const subject = /^(.{1,60}?)\s+(?:could|can|would|will|did|does|do|is|are|was|were|has|have|had|had|declined|refused)\b/.exec(text);
  if (!subject || subject[0].length > m.index || !looksLikeSpeaker(subject[1])) return null;
  const sp = trimSpeaker(text, 0, subject[1].length);
  return sp && { content: { start: 0, end: text.replace(/[.!?\s]+$/, '').length }, speaker: { ...sp, source: 'reported' } };
}

/** Fewest words of reported content. */
const minContentWords = 4;

/** Move a reported-speech match found in a suffix back to the offsets of the whole text. */
function shiftReported(r: ReportedSpeech, by: number): ReportedSpeech {
  return {
    content: { start: r.content.start + by, end: r.content.end + by },
    speaker: { ...r.speaker, start: r.speaker.start + by, end: r.speaker.end + by },
  };
}

/**
 * Where reported content ends when the attribution stands inside the sentence: the whole sentence
 * when more words follow the attribution than precede it ("After a quick survey of the scene, Owen
 * said, McNutt's main concern was keeping the fire from spreading …"), else just before it (an
 * apposition or a participle follows: "…, said Nathan Brookwood, principal analyst at Insight 64.").
 */
function contentEnd(text: string, attributionStart: number, attributionEnd: number): number {
  const rest = text.slice(attributionEnd);
  const isParticiple = /^\s*(?!including\b|according\b)[a-z]+ing\b/.test(rest);
  if (!isParticiple && wordCount(rest) >= minContentWords && wordCount(rest) > wordCount(text.slice(0, attributionStart))) return text.replace(/[.!?\s]+$/, '').length;
  return attributionStart;
}

/** Speaker last: "…, he said." / "…, Yang said, stressing that …" / "…, according to CCTV." */
export function readTrailingAttribution(text: string): ReportedSpeech | null {
  // Speaker last: "…, he said." / "…, Yang said, stressing that …"
  const last = trailingPattern;
  for (const m of text.matchAll(last)) {
    const content = text.slice(0, m.index);
    if (wordCount(content) < minContentWords || !looksLikeSpeaker(m[1])) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const sp = trimSpeaker(text, start, start + m[1].length);
    // "…, she said, including turning …": the participle is read as part of what follows.
    const after = /[a-z]$/.test(m[0]) ? m.index + m[0].lastIndexOf(',') + 1 : m.index + m[0].length;
    // An outlet reports what someone said: "Officials said Comeaux took two officers hostage …,
    // MyFoxHouston.com reports." → the officials, the outlet only carried it. (A person who says
    // what others said is the speaker: "Witnesses said the shooter used a rifle, Lt. Scherlinck said.")
    const isReport = /\b(?:reports|reported|writes|wrote)\b/.test(m[0].slice(m[0].indexOf(m[1]) + m[1].length));
    const inner = sp && isReport ? readLeadingAttribution(content) : null;
    if (inner && inner.speaker.start === 0 && inner.content.end <= m.index) return inner;
    if (sp) return { content: { start: 0, end: contentEnd(text, m.index, after) }, speaker: { ...sp, source: 'reported' } };
  }
  for (const m of text.matchAll(invertedPattern)) {
    // The speaker names someone ("terminal manager Jasper Hall"), never "…, said the report".
    if (wordCount(text.slice(0, m.index)) < minContentWords || !invertedSpeaker.test(m[1]) || !looksLikeSpeaker(m[1])) continue;
    const start = m.index + m[0].indexOf(m[1], m[0].search(/\s/) + 1);
    const sp = trimSpeaker(text, start, start + m[1].length);
    if (sp) return { content: { start: 0, end: contentEnd(text, m.index, m.index + m[0].length) }, speaker: { ...sp, source: 'reported' } };
  }
  // The source may carry an apposition: "…, according to researchers at iDefense, a security lab owned by VeriSign."
  const accEnd = /,\s+according to\s+([^,]{1,80}?)(?:\s*,\s+(?:an?|the)\s[^,]{1,60})?\s*\.?$/i.exec(text);
  if (accEnd && wordCount(text.slice(0, accEnd.index)) >= minContentWords) {
    const start = accEnd.index + accEnd[0].indexOf(accEnd[1]);
    const sp = trimSpeaker(text, start, start + accEnd[1].length);
    if (sp) return { content: { start: 0, end: accEnd.index }, speaker: { ...sp, source: 'according-to' } };
  }
  return null;
}

/** Speaker first: "According to X, …" / "X said (on Monday) (that) …" / "X told People (that) …". */
export function readLeadingAttribution(text: string): ReportedSpeech | null {
  // An opening adverbial is not the speaker: "In a statement, the City Council said that …".
  const opener = /^(?:In|On|At|During|After|Before|Earlier|Later|Meanwhile|However|Also|Separately|Yesterday|Today)\b[^,]{0,50},\s+/.exec(text);
  if (opener && !/^According to/.test(text)) {
    const rest = readLeadingAttribution(text.slice(opener[0].length));
    if (rest) return shiftReported(rest, opener[0].length);
  }
  const dateline = datelinePrefix.exec(text);
  if (dateline) {
    const rest = readLeadingAttribution(text.slice(dateline[0].length));
    if (rest && rest.speaker.start === 0) return shiftReported(rest, dateline[0].length);
  }
  const acc = /^According to\s+([^,]{1,80}),\s+/.exec(text);
  // "According to a statement from the ministry, Minister Qin Gang pointed out … that …": the
  // statement is the source, Qin Gang the speaker.
  const inner = acc ? readLeadingAttribution(text.slice(acc[0].length)) : null;
  if (acc && inner && inner.speaker.start === 0) return shiftReported(inner, acc[0].length);
  if (acc && wordCount(text.slice(acc[0].length)) >= minContentWords) {
    const sp = trimSpeaker(text, 'According to '.length, 'According to '.length + acc[1].length);
    if (sp) return { content: { start: acc[0].length, end: text.replace(/[.!?\s]+$/, '').length }, speaker: { ...sp, source: 'according-to' } };
  }
  // Speaker first: "X said (on Monday) (that) …", "X told People (that) …"
  // Only "told"/"tells" take an object before the content: "Lopez told police he was aiming …";
  // after "said" a capitalised word starts the content: "Police said Johnson was in the crosswalk".
  const object = '(?:\\s+(?:[A-Z][\\w.]*|him|her|them|reporters|journalists|police|investigators|officers|officials|the court|the judge|jurors|an? (?:news|press) conference|a briefing))*';
  const first = new RegExp(`^(.{1,160}?)(?:\\s+(?:has|have|had))?(?:\\s+(?:also|later|then|finally|again|repeatedly|previously|earlier|still|now|already|[a-z]+ly))?\\s+(?:(?:${reportedWithoutObject})|(?:is|are|was|were)\\s+(?:urging|warning|telling|asking|saying)|(?:told|tells)${object}|(?:told|tells)\\s+[^,;]{1,50}?(?=\\s+that\\b)|(?:${withThatAlternation})(?=\\s+(?:that|it|he|she|they)\\b)|(?:called|described)(?=\\s+(?:him|her|it|them)\\s+(?:as\\s+)?(?:an?|the)\\b))\\b((?:\\s+(?:(?:on|late|early)\\s+)?[A-Z]\\w+day)?(?:\\s+(?:during|at|in|after|on)\\s+[^,;]{1,40}?(?=\\s+that\\b))?(?:\\s+that)?)\\s+`, '');
  const f = first.exec(text);
  // "The rules announced Thursday would allow …": a participle, not speech, when a verb follows.
  // "Hillis added 101 yards": a number after the verb is its object, not speech.
  const isParticiple = f !== null && (/^(?:would|will|could|can|should|must|may|might|is|are|was|were|has|have|had\b)/i.test(text.slice(f[0].length).replace(/^(?:[A-Z]\w+day)\s+/, '')) ||
    (/^\d/.test(text.slice(f[0].length)) && /\b(?:added|adds)\s*$/.test(text.slice(0, f[0].length).trim())));
  // The subject may carry one apposition: "A senior US official, who wished to remain anonymous, said …".
  // Or a role: "Francesca Grifo, director of UCS's Scientific Integrity Program, said …".
  // Several appositions after a name: "The Rev. Louis Gigante, a Roman Catholic priest, former … councilman, characterized …".
  const firstPart = f ? /^([^,;:]+?)\s?,\s+[^;:]*,\s*$/.exec(f[1]) : null;
  const subject = !f ? '' : firstPart && /\p{Lu}\S*\s+\p{Lu}\S*\s*$/u.test(firstPart[1]) ? firstPart[1] : f[1].replace(/\s?,\s+(?:who|which|an?|the|his|her|their|[a-z]+|[A-Z\d])[^,;:]*,\s*$/, '');
  // A relative clause is no part of the speaker: "A resident who lives in a nearby apartment building told …".
  const head = subject.replace(/\s+(?:who|which|that)\s.*$/, '');
  if (f && !isParticiple && looksLikeSpeaker(head) && !/[,;:]/.test(subject.replace(stateAfterComma, '')) && wordCount(text.slice(f[0].length)) >= minContentWords) {
    // Speech reported inside speech is the inner speaker's: "the US State Department said that
    // Secretary Blinken pointed out the importance of …" → Blinken.
    const nested = /^[A-Z]/.test(text.slice(f[0].length)) ? readLeadingAttribution(text.slice(f[0].length)) : null;
    if (nested && nested.speaker.start === 0) return shiftReported(nested, f[0].length);
    const sp = trimSpeaker(text, 0, subject.length);
    // A participle adds a second statement: "… are at the worst point since …, noting that this situation is not …".
    const second = /,\s+(?:noting|adding|saying|stressing|stating|arguing|warning|insisting|explaining)\b/.exec(text.slice(f[0].length));
    const end = second ? f[0].length + second.index : text.replace(/[.!?\s]+$/, '').length;
    if (sp) return { content: { start: f[0].length, end }, speaker: { ...sp, source: 'reported' } };
  }
  // Any other opening phrase with no speech in it: "Looking through the windows, Mr. Ali told The Canadian Press he could see …".
  const phrase = /^[^,]{3,70},\s+/.exec(text) ;
  // A name is no opening phrase but the subject before its apposition: "The Rev. Louis Gigante, a Roman Catholic priest, …".
  const isName = phrase !== null && /^(?:(?:The|Mr|Mrs|Ms|Dr|Rev)\b\s?\.?\s+)?(?:\p{Lu}[\w'’.-]*\s?\.?\s*){2,5},\s+$/u.test(phrase[0]);
  if (phrase && !isName && !opener && !/^According to/i.test(text) && !speechVerbIn(phrase[0])) {
    const rest = readLeadingAttribution(text.slice(phrase[0].length));
    if (rest && rest.speaker.start === 0) return shiftReported(rest, phrase[0].length);
    // Two opening phrases: "But last month, during that press event co-hosted by Intel, SeaMicro announced that …".
    const second = /^[^,]{3,70},\s+/.exec(text.slice(phrase[0].length));
    const again = second && !speechVerbIn(second[0]) ? readLeadingAttribution(text.slice(phrase[0].length + second[0].length)) : null;
    if (second && again && again.speaker.start === 0 && !/^(?:and|but|or)\b/i.test(text.slice(phrase[0].length + second[0].length))) return shiftReported(again, phrase[0].length + second[0].length);
  }
  return null;
}
