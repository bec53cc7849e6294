/** Test helper: sentences and name mentions for an invented article, with real offsets. */
import type { EntityType, Mention } from '../../src/model/mention.js';
import type { Sentence } from '../../src/model/text.js';

/** Paragraphs of sentences → Sentence objects (sentences joined by a space, paragraphs by a newline). */
export function buildArticle(id: string, paragraphs: string[][], names: Record<string, EntityType>): { sentences: Sentence[]; mentions: Mention[]; text: string } {
  const sentences: Sentence[] = [];
  let text = '';
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += '\n';
    paragraph.forEach((s, i) => {
      if (i > 0) text += ' ';
      sentences.push({ id: `${id}#${sentences.length}`, article: id, index: sentences.length, start: text.length, end: text.length + s.length, text: s, paragraph: p });
      text += s;
    });
  });
  const mentions: Mention[] = [];
  const ordered = Object.keys(names).sort((a, b) => b.length - a.length);
  for (const s of sentences) {
    const taken: [number, number][] = [];
    for (const name of ordered) {
      for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + 1)) {
        const [start, end] = [s.start + at, s.start + at + name.length];
        if (/\w/.test(s.text[at + name.length] ?? '') || /\w/.test(s.text[at - 1] ?? '')) continue;
        if (taken.some(([a, b]) => start < b && a < end)) continue;
        taken.push([start, end]);
        mentions.push({ article: id, start, end, text: name, type: names[name], sentence: s.id });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { sentences, mentions, text };
}
