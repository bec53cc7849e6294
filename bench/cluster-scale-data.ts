/**
 * Realistic article streams for the scale bench, recombined from real sentences in `../shared`:
 * each NeuS line (three outlets on one story) and each ECB+ subtopic is a story seed; an article
 * takes a title and 4–8 sentences of its seed, plus one stray sentence of another story, and a
 * date within 30 days (a story's articles within about three days of each other).
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from './shared-data.js';
import { detokenise } from './cluster-data.js';
import { makeRandom } from './random.js';

/** An invented article with the seed story it was made from. */
export interface ScaleArticle {
  id: string;
  title: string;
  source: string;
  published: string;
  text: string;
  gold: string;
}

interface Seed {
  titles: string[];
  sentences: string[];
}

/** Split text into sentences at . ! ? followed by a space and a capital or a quote. */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 40 && s.length <= 400);
}

/** Story seeds from NeuS (train + val) and ECB+; null when ../shared is absent. */
export function loadSeeds(): Seed[] | null {
  const neus = [sharedPath('data', 'neus', 'train.source'), sharedPath('data', 'neus', 'val.source')];
  const ecb = sharedPath('data', 'ecbplus-dev.jsonl');
  if (neus.some((p) => !p) || !ecb) return null;
  const seeds: Seed[] = [];
  for (const path of neus) {
    for (const line of readFileSync(path!, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const seed: Seed = { titles: [], sentences: [] };
      for (const part of line.split('[SEP]')) {
        const m = /TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)$/u.exec(part.trim());
        if (!m) continue;
        seed.titles.push(m[1]);
        seed.sentences.push(...splitSentences(m[2]));
      }
      if (seed.titles.length > 0 && seed.sentences.length >= 4) seeds.push(seed);
    }
  }
  const bySubtopic = new Map<string, Seed>();
  for (const line of readFileSync(ecb, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { subtopic: string; text: string };
    const lines = detokenise(row.text).split('\n').filter((l) => !/^https?:/u.test(l));
    const seed = bySubtopic.get(row.subtopic) ?? { titles: [], sentences: [] };
    seed.titles.push(lines[0] ?? '');
    seed.sentences.push(...lines.flatMap(splitSentences));
    bySubtopic.set(row.subtopic, seed);
  }
  for (const seed of bySubtopic.values()) if (seed.sentences.length >= 4) seeds.push(seed);
  return seeds;
}

/** `count` articles over the seeds, dated over 30 days from 2024-01-01. */
export function makeArticles(seeds: Seed[], count: number): ScaleArticle[] {
  const random = makeRandom(count);
  const start = Date.parse('2024-01-01T00:00:00Z');
  const storyDay = seeds.map((_, i) => makeRandom(i + 1)() * 27);
  const out: ScaleArticle[] = [];
  for (let i = 0; i < count; i++) {
    const s = Math.floor(random() * seeds.length);
    const seed = seeds[s];
    const n = 4 + Math.floor(random() * 5);
    const picked = new Set<number>();
    while (picked.size < Math.min(n, seed.sentences.length)) picked.add(Math.floor(random() * seed.sentences.length));
    const stray = seeds[Math.floor(random() * seeds.length)];
    const sentences = [...picked].sort((a, b) => a - b).map((k) => seed.sentences[k]);
    sentences.splice(1 + Math.floor(random() * sentences.length), 0, stray.sentences[Math.floor(random() * stray.sentences.length)]);
    const published = new Date(start + (storyDay[s] + random() * 3) * 86_400_000).toISOString();
    out.push({
      id: `scale-${i}`,
      title: seed.titles[Math.floor(random() * seed.titles.length)],
      source: `Outlet ${Math.floor(random() * 40)}`,
      published,
      text: sentences.join(' '),
      gold: String(s),
    });
  }
  return out;
}
