/**
 * Reads the NeuS stories from `../shared/data/neus/<split>.{source,target}`: each source line holds
 * three articles (`TITLE=> … ARTICLE=> …`) separated by `[SEP]`; the target line is the editors'
 * neutral roundup in the same shape. The bench scores against the roundup's ARTICLE part only: the
 * title is a headline, not summary prose, and no system here writes one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One article of a NeuS story. */
export interface NeusArticle {
  id: string;
  title: string;
  text: string;
}

/** One NeuS story: three articles and the reference roundup. */
export interface NeusStory {
  articles: NeusArticle[];
  reference: string;
  referenceTitle: string;
}

/** Split `TITLE=> t ARTICLE=> a` into its parts. */
function readParts(chunk: string): { title: string; text: string } {
  const m = chunk.match(/^\s*TITLE=>\s*([\s\S]*?)\s*ARTICLE=>\s*([\s\S]*?)\s*$/);
  return m ? { title: m[1], text: m[2] } : { title: '', text: chunk.trim() };
}

/** Load one split ("train" or "val") from the NeuS folder. */
export function loadNeus(folder: string, split: string): NeusStory[] {
  const sources = readFileSync(join(folder, `${split}.source`), 'utf8').split('\n');
  const targets = readFileSync(join(folder, `${split}.target`), 'utf8').split('\n');
  const stories: NeusStory[] = [];
  for (let i = 0; i < sources.length; i++) {
    if (!sources[i].trim()) continue;
    const articles = sources[i].split('[SEP]').map((chunk, k) => ({ id: `a${k}`, ...readParts(chunk) }));
    const target = readParts(targets[i] ?? '');
    stories.push({ articles, reference: target.text, referenceTitle: target.title });
  }
  return stories;
}
