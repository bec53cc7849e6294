/**
 * Quotes in a story's articles: find quotation-mark spans (step 1) → classify each as direct or
 * partial → read its attribution after or before it (step 2) → resolve the speaker to a mention
 * (step 3). Sentences without quotation marks are tried for reported speech.
 *
 *   `“It is necessary to make a choice …,” he said.`   → direct, speaker "he" → the previous speaker (Wang)
 *   `China … said there was “no room for compromise”`  → partial, speaker "China"
 *   `… an increasing number of “Spy Balloons” were seen` → partial (scare quotes), no speaker
 *   `Yang said the Chinese side clarified …`           → reported, speaker "Yang"
 */
import type { Mention } from '../../model/mention.js';
import type { Sentence } from '../../model/text.js';
import type { AttributionSource, QuoteKind, QuoteMention } from './quote-mention.js';
import { findQuoteSpans, type QuoteSpan } from './steps/01-find-quote-spans.js';
import { findReportedSpeech, readAttributionAfter, readAttributionBefore, readLeadIn, readTrailingAttribution, type ReportedSpeech, type SpeakerSpan } from './steps/02-read-attribution.js';
import { pronounReach, readGenders, resolveSpeaker, type Gender, type SpeakerMemory } from './steps/03-resolve-speaker.js';

/** Quotes of this many words or fewer inside a sentence are scare quotes unless attributed. */
const scareQuoteWords = 2;
/** Fewest words for a quote to be a whole direct clause. */
const directMinWords = 3;
/** An unattributed direct quote takes the speaker of a quote this many sentences back at most. */
const followReach = 2;
/** A sentence's subject name stands among its first this many words. */
const subjectWords = 4;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;

/** The sentence holding an article offset (or the nearest one before it). */
function sentenceAt(sentences: Sentence[], offset: number): Sentence {
  let found = sentences[0];
  for (const s of sentences) if (s.start <= offset) found = s;
  return found;
}

/**
 * Direct when the quote is a clause of its own: it opens its sentence or follows "said," / ":",
 * and it ends with punctuation or is followed by punctuation or the sentence end.
 * `Blinken said, “We remain opposed …”` → direct; `the countries “agree on the need to stabilize” their …` → partial.
 */
function classify(span: QuoteSpan, head: string, tail: string): QuoteKind {
  if (span.sentences.length > 1) return 'direct';
  const opens = head.trim() === '' || /[,:]\s*$/.test(head);
  const closes = /[,.!?…]$/.test(span.text) || span.trimmed !== '' || /^\s*(?:[,.;:!?\u2013\u2014-]|$)/.test(tail);
  // A quote that is its whole sentence is a clause of its own, however short: `“It's devastating.”`
  const isWholeSentence = head.trim() === '' && /^[\s.!?…]*$/.test(tail) && /[.!?…]$/.test(span.text);
  return opens && closes && (wordCount(span.text) >= directMinWords || isWholeSentence) ? 'direct' : 'partial';
}

/** Shift a local speaker span of a sentence to article offsets. */
function toArticle(sp: SpeakerSpan, base: number): SpeakerSpan {
  return { ...sp, start: sp.start + base, end: sp.end + base };
}

/**
 * The person a sentence is about: its first person name, when that name stands among its first
 * words and the sentence quotes no one ("Anchorage lawyer William Ingaldson, the building's owner, was there …").
 */
function subjectOf(ordered: Sentence[], i: number, mentionsOf: (s: Sentence) => Mention[]): Mention | null {
  const s = ordered[i];
  if (!s || /[“”"]|``|''/.test(s.text)) return null;
  const first = mentionsOf(s).filter((m) => m.type === 'person').sort((a, b) => a.start - b.start)[0];
  return first && wordCount(s.text.slice(0, first.start - s.start)) <= subjectWords ? first : null;
}

/** A sentence cut after a title's full stop ("… said Troy police Lt." | "Gerry Scherlinck."). */
const endsInTitle = /\b(?:[A-Z]|Ltd|Inc|Corp|Co|Mt|Ft|Lt|Sgt|Capt|Cpl|Const|Det|Insp|Supt|Gen|Col|Maj|Adm|Cmdr|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Rev|St)\s?\.$/;

/**
 * Join sentences that the splitter cut after a title, so the speaker stays whole: "…, said Troy
 * police Lt ." + "Gerry Scherlinck ." → one sentence; also after a clock time the next words go on
 * ("… around 7 p . m ." + "Friday at 97th Avenue …, police told 1010 WINS."). The joined sentence keeps the first one's id,
 * and its mentions are filed under that id (the map is a private copy's).
 */
function joinAtTitles(sentences: Sentence[], mentionsBySentence: Map<string, Mention[]>): Sentence[] {
  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  const out: Sentence[] = [];
  for (const s of ordered) {
    const last = out[out.length - 1];
    // Pre-tokenised text puts each sentence on a line, so the cut may also be a line break.
    const isCutClock = last !== undefined && /\b[ap]\s?\.\s?m\s?\.$/.test(last.text) && /^(?:\p{Ll}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/u.test(s.text);
    if (last && ((endsInTitle.test(last.text) && /^\p{Lu}/u.test(s.text)) || isCutClock)) {
      out[out.length - 1] = { ...last, end: s.end, text: last.text + ' '.repeat(s.start - last.end) + s.text };
      mentionsBySentence.set(last.id, [...(mentionsBySentence.get(last.id) ?? []), ...(mentionsBySentence.get(s.id) ?? [])]);
    } else out.push(s);
  }
  return out;
}

/** Does a quote of two or more sentences carry attributions of its own (a quoted passage, not one speaker's words)? */
function isQuotedPassage(span: QuoteSpan): boolean {
  if (span.sentences.length < 2) return false;
  return span.sentences.some((s) => {
    // Only the words inside the marks: the attribution that introduces the quote stands outside.
    const inside = s.text.slice(Math.max(0, span.start - s.start), Math.max(0, span.end - s.start));
    const r = findReportedSpeech(inside);
    // A pronoun inside a quote is the speaker's own story ("… and he told some people that …"), not a source.
    return r !== null && !/^(?:i|we|you|he|she|they|it)$/i.test(r.speaker.text);
  });
}

/** A participle that reports its subject's words: "…, saying that …", "…, adding …". */
const participle = /\b(?:saying|adding|noting|insisting|stressing|warning|arguing|calling (?:it|them|him|her)|describing [^,]{1,30}? as)\b/;
/** The participle stands this many words before a quote at most. */
const participleReach = 8;

/** The name a sentence (or its clause from `from`) opens with, a place aside, among its first words: its likely subject. */
function sentenceSubject(s: Sentence, mentions: Mention[], from = 0): Mention | null {
  const first = mentions.filter((m) => m.type !== 'place' && /^\p{Lu}/u.test(m.text) && m.start - s.start >= from).sort((a, b) => a.start - b.start)[0];
  return first && wordCount(s.text.slice(from, first.start - s.start)) <= subjectWords ? first : null;
}

/**
 * Reported speech carried by a participle, its speaker the sentence's subject: "The OSCE sent only
 * three observers, saying a genuine contest was impossible." → the OSCE, "a genuine contest was impossible".
 */
function readParticiple(s: Sentence, mentions: Mention[]): ReportedSpeech | null {
  // An opening participle: "Denying he was a gangster, Gigante would wander the streets …" → Gigante, "Denying he was a gangster".
  const opening = /^(?:Denying|Insisting|Claiming|Saying|Arguing|Admitting|Warning)\s+(?:that\s+)?[^,]{8,120},\s+/.exec(s.text);
  if (opening) {
    const named = mentions.filter((m) => m.type !== 'place' && /^\p{Lu}/u.test(m.text) && m.start - s.start >= opening[0].length).sort((a, b) => a.start - b.start)[0];
    if (named && wordCount(s.text.slice(opening[0].length, named.start - s.start)) <= 1) {
      return { content: { start: 0, end: opening[0].replace(/,\s+$/, '').length }, speaker: { start: named.start - s.start, end: named.end - s.start, text: named.text, source: 'reported' } };
    }
  }
  const m = /(?:,\s+|\b(?:statement|release)\s+)(?:saying|adding|noting|insisting|stressing|warning|arguing)\s+(?:that\s+)?/.exec(s.text);
  // The subject of the participle's own clause: "LaCalamita is married, but his wife, Michele, released a statement saying …" → Michele.
  const clause = m ? Math.max(0, ...[...s.text.slice(0, m.index).matchAll(/,\s+(?:but|and|while)\s+/g)].map((x) => x.index + x[0].length)) : 0;
  const subject = m ? sentenceSubject(s, mentions, clause) : null;
  if (!m || !subject || subject.start - s.start >= m.index) return null;
  const start = m.index + m[0].length;
  const end = s.text.replace(/[.!?\s"”']+$/, '').length;
  if (wordCount(s.text.slice(start, end)) < directMinWords) return null;
  return { content: { start, end }, speaker: { start: subject.start - s.start, end: subject.end - s.start, text: subject.text, source: 'reported' } };
}

/** Most sentences a chain of "He …" sentences may run back to the name it continues. */
const chainReach = 3;

/**
 * The person a run of sentences opening with the same pronoun is about, when that person was
 * named after the last speaker: "… Quintero said Gigante had a history of heart disease. … Gigante
 * calmly pleaded guilty …. He then chatted amiably with his son …. “God bless you,” he told the judge." → Gigante.
 */
function chainSubject(ordered: Sentence[], i: number, pronoun: string, mentionsOf: (s: Sentence) => Mention[], memory: SpeakerMemory | null): Mention | null {
  const opens = new RegExp(`^${pronoun}\\s`, 'i');
  let j = i - 1;
  let run = 0;
  while (j >= 0 && run < chainReach && opens.test(ordered[j]!.text) && !/[“”"]|``|''/.test(ordered[j]!.text)) {
    j--;
    run++;
  }
  if (run === 0 || j < 0) return null;
  // The name the chain continues: the sentence's first name, at its start or right after an opening phrase
  // ("After nearly a quarter-century of public craziness, Gigante calmly pleaded guilty …").
  const s = ordered[j]!;
  const opener = /^[^,]{0,80},\s+/.exec(s.text)?.[0].length ?? 0;
  const subject = mentionsOf(s)
    .filter((m) => (m.type === 'person' || m.type === 'other') && /^\p{Lu}/u.test(m.text))
    .sort((a, b) => a.start - b.start)
    .find((m) => wordCount(s.text.slice(0, m.start - s.start)) <= subjectWords || (opener > 0 && wordCount(s.text.slice(opener, m.start - s.start)) <= 1));
  return subject && (!memory || s.index > memory.index) ? subject : null;
}

/** Quotes of one article, in text order. */
function findArticleQuotes(sentences: Sentence[], mentionsBySentence: Map<string, Mention[]>): QuoteMention[] {
  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  // A passage of several sentences that holds its own attributions is another text quoted at
  // length (`"A gunman shot three people …, police said. The victims' conditions weren't known,
  // said Troy police Lt. Gerry Scherlinck. …" (Yahoo! News article)`): its sentences are read
  // one by one instead.
  const spans = findQuoteSpans(ordered).filter((span) => !isQuotedPassage(span));
  const out: QuoteMention[] = [];
  let memory: SpeakerMemory | null = null;
  let previous: { quote: QuoteMention; index: number } | null = null;

  const mentionsOf = (s: Sentence) => mentionsBySentence.get(s.id) ?? [];
  const genderOf = readGenders(ordered, mentionsOf);
  const earlierMentions = (s: Sentence) => {
    const i = ordered.indexOf(s);
    return ordered.slice(Math.max(0, i - pronounReach), i).reverse().map(mentionsOf);
  };
  const remember = (q: QuoteMention, index: number) => {
    previous = { quote: q, index };
    if (q.speakerText && (q.speakerMention || !/^(he|she|they|it|we|i)$/i.test(q.speakerText))) {
      memory = { text: q.speakerText, mention: q.speakerMention, index };
    }
  };

  // Sentences whose only quotes are scare quotes may still be reported speech.
  const quoted = new Set(spans.filter((x) => wordCount(x.text) > scareQuoteWords).flatMap((x) => x.sentences.map((y) => y.id)));
  const opening = new Map<string, number[]>();
  spans.forEach((span, i) => {
    const id = sentenceAt(ordered, span.openMark).id;
    opening.set(id, [...(opening.get(id) ?? []), i]);
  });

  // One pass in text order, so "he said" sees every speaker named before it, quoted or reported.
  for (const sentence of ordered) {
    for (const i of opening.get(sentence.id) ?? []) {
      const quote = readQuote(spans, i, ordered, mentionsOf, earlierMentions, memory, previous, genderOf);
      out.push(quote);
      remember(quote, sentenceAt(ordered, spans[i].closeMark ?? spans[i].end).index);
      if (quote.speakerText) quoted.add(sentence.id); // its attribution is already used
    }
    // A sentence with quotes may still report other words of its own, outside the marks:
    // "LaCalamita said nothing after officers surrounded him, Pickell said, describing the suspect as 'subdued …'".
    const r = findReportedSpeech(sentence.text) ?? readParticiple(sentence, mentionsOf(sentence));
    if (!r) continue;
    if (quoted.has(sentence.id)) {
      const [from, to] = [sentence.start + r.content.start, sentence.start + r.content.end];
      const marks = spans.filter((x) => x.openMark < to && (x.closeMark ?? x.end) >= from);
      if (marks.length > 0 || sentence.text.slice(r.content.start, r.content.end).search(/[“”"]|``|''/) >= 0) continue;
    }
    const sp = toArticle(r.speaker, sentence.start);
    const opensSentence = r.speaker.start === 0 && /^(?:he|she)$/i.test(r.speaker.text);
    const resolved = resolveSpeaker(sp, mentionsOf(sentence), earlierMentions(sentence), memory, sentence.index, genderOf, opensSentence ? subjectOf(ordered, ordered.indexOf(sentence) - 1, mentionsOf) : null);
    const q: QuoteMention = {
      article: sentence.article,
      start: sentence.start + r.content.start,
      end: sentence.start + r.content.end,
      text: sentence.text.slice(r.content.start, r.content.end),
      sentence: sentence.id,
      sentences: [sentence.id],
      speakerText: resolved.text,
      speakerMention: resolved.mention,
      kind: 'reported',
      attribution: r.speaker.source,
    };
    out.push(q);
    remember(q, sentence.index);
  }
  return out;
}

/** Read one quoted span: its kind, its attribution and its speaker. */
function readQuote(
  spans: QuoteSpan[],
  i: number,
  ordered: Sentence[],
  mentionsOf: (s: Sentence) => Mention[],
  earlierMentions: (s: Sentence) => Mention[][],
  memory: SpeakerMemory | null,
  previous: { quote: QuoteMention; index: number } | null,
  genderOf: (m: Mention) => Gender | null,
): QuoteMention {
  const span = spans[i];
  const open = sentenceAt(ordered, span.openMark);
  const close = span.closeMark === null ? span.sentences[span.sentences.length - 1] : sentenceAt(ordered, span.closeMark);
  const prevSpan = spans[i - 1];
  const nextSpan = spans[i + 1];
  const headFrom = prevSpan && prevSpan.after > open.start ? prevSpan.after : open.start;
  const head = open.text.slice(headFrom - open.start, Math.max(headFrom, span.openMark) - open.start);
  const tailTo = nextSpan && nextSpan.openMark < close.end ? nextSpan.openMark : close.end;
  const tailFrom = Math.min(span.after, tailTo);
  const tail = close.text.slice(tailFrom - close.start, tailTo - close.start);
  const kind = classify(span, head, tail);

  // Scare quotes (“Spy Balloons”) take a speaker only from words right next to them.
  const isScare = kind === 'partial' && wordCount(span.text) <= scareQuoteWords;
  // "according to X" after a quote names a source, not the speaker, when a speaker stands
  // before it: `Qin told Blinken that the relationship is “at its lowest point …,” according to CCTV.`
  // "and he noted that …" after a quote opens a new clause about what follows, not this quote's attribution.
  const after = /^[\s,.;:!?\u2013\u2014-]*(?:and|but)\b/i.test(tail) ? null : readAttributionAfter(tail);
  const before = after && after.source !== 'according-to' ? null : readAttributionBefore(head, kind === 'partial', isScare ? 0 : undefined);
  let speaker: SpeakerSpan | null = before ? toArticle(before, headFrom) : after ? toArticle(after, tailFrom) : null;
  const prior = ordered[ordered.indexOf(open) - 1];
  if (!speaker && head.trim() === '' && prior) {
    // The sentence before introduces it: "Pensioner Bayram-aga, a voter in Ashgabat, said:" / "`` I remember …".
    const lead = readLeadIn(prior.text);
    if (lead) speaker = toArticle(lead, prior.start);
  }
  if (!speaker && !isScare && open === close) {
    // The sentence's own attribution: `“It would be irresponsible” to not engage …, Blinken said …`,
    // `The Chinese Foreign Ministry said on Monday that the talks were “candid, …”`.
    const r = findReportedSpeech(open.text);
    const local = { start: span.start - open.start, end: span.end - open.start };
    if (r && r.content.start <= local.start && r.content.end >= local.end - 1) speaker = toArticle(r.speaker, open.start);
  }

  if (!speaker && !isScare && participle.test(head.split(/\s+/).slice(-participleReach).join(' '))) {
    // `TallGrass issued a statement Saturday evening saying it was “deeply saddened by …”`: the sentence's subject speaks.
    // "…, Pickell said, describing the suspect as 'subdued …'": the attribution before the participle, else the subject.
    const said = findReportedSpeech(head);
    const subject = said ? null : sentenceSubject(open, mentionsOf(open));
    if (said) speaker = toArticle(said.speaker, headFrom);
    else if (subject) speaker = { start: subject.start, end: subject.end, text: subject.text, source: 'reported' };
  }
  // A stray opening mark leaves the writer's own attribution inside the "quote":
  // `"A gunman shot three people at a suburban Detroit office building Monday morning, police said.`
  let innerEnd = span.end;
  if (!speaker && span.closeMark === null) {
    const r = readTrailingAttribution(span.text);
    if (r) {
      speaker = toArticle(r.speaker, span.start);
      innerEnd = span.start + r.content.end;
    }
  }
  let attribution: AttributionSource = speaker ? speaker.source : 'none';
  let speakerText: string | null = null;
  let speakerMention: Mention | null = null;
  if (speaker) {
    const holder = sentenceAt(ordered, speaker.start);
    const chain = /^(?:he|she)$/i.test(speaker.text) ? chainSubject(ordered, ordered.indexOf(holder), speaker.text, mentionsOf, memory) : null;
    const resolved = resolveSpeaker(speaker, mentionsOf(holder), earlierMentions(holder), memory, holder.index, genderOf, chain);
    speakerText = resolved.text;
    speakerMention = resolved.mention;
  } else if (previous) {
    // An unattributed quote right after an attributed one continues it: “…,” Blinken said. “This is …”
    const sameSentence = previous.quote.sentences.includes(open.id);
    if (previous.quote.speakerText && !isScare && (sameSentence || (kind === 'direct' && open.index - previous.index <= followReach))) {
      speakerText = previous.quote.speakerText;
      speakerMention = previous.quote.speakerMention;
      attribution = 'previous-quote';
    }
  }
  return {
    article: open.article,
    start: span.start,
    end: innerEnd,
    text: span.text.slice(0, innerEnd - span.start),
    sentence: open.id,
    sentences: span.sentences.map((s) => s.id),
    speakerText,
    speakerMention,
    kind,
    attribution,
  };
}

/**
 * Find the direct, partial and reported quotes of every article in `sentences`, with speakers
 * resolved to `mentions` (matched by sentence id). Sorted by article id, then offset.
 */
export function findQuotes(sentences: Sentence[], mentions: Mention[]): QuoteMention[] {
  const byArticle = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const list = byArticle.get(s.article) ?? [];
    list.push(s);
    byArticle.set(s.article, list);
  }
  const mentionsBySentence = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = mentionsBySentence.get(m.sentence) ?? [];
    list.push(m);
    mentionsBySentence.set(m.sentence, list);
  }
  const out: QuoteMention[] = [];
  for (const article of [...byArticle.keys()].sort()) {
    const joined = joinAtTitles(byArticle.get(article)!, mentionsBySentence);
    out.push(...findArticleQuotes(joined, mentionsBySentence));
  }
  return out;
}
