/**
 * The ECB+ stories whose conflicts were judged by hand (test/cases/ecbplus-conflicts): a fixed
 * sample of the dev file's stories (articles sharing a `subtopic`), each turned into the input of
 * `analyzeSync`. Read from `../shared` at run time, never copied; null when it is absent.
 */
import { loadEcbPlus } from './cluster-data.js';

/** One article as `analyzeSync` takes it. */
export interface StoryArticle {
  id: string;
  source: string;
  text: string;
}

/** One ECB+ story: every article of one subtopic. */
export interface EcbPlusStory {
  /** The subtopic id, e.g. "10_ecbplus". */
  id: string;
  topic: number;
  articles: StoryArticle[];
}

/** Least articles a story needs to be in the sample. */
const minArticles = 3;

/**
 * The sample, chosen by a rule that does not look at the output: topics in numeric order, one
 * story each, the `ecb` half for the 1st, 3rd, 5th... topic and the `ecbplus` half for the 2nd,
 * 4th, ... (the two halves are different events of one kind, from different years). Example: topic
 * 1 → "1_ecb", topic 2 → "2_ecbplus", topic 3 → "3_ecb". A story with fewer than three articles
 * gives way to the other half of its topic.
 */
export function pickSample(stories: readonly EcbPlusStory[]): EcbPlusStory[] {
  const topics = [...new Set(stories.map((s) => s.topic))].sort((a, b) => a - b);
  const byId = new Map(stories.map((s) => [s.id, s]));
  const sample: EcbPlusStory[] = [];
  topics.forEach((topic, k) => {
    const halves = k % 2 === 0 ? ['ecb', 'ecbplus'] : ['ecbplus', 'ecb'];
    const pick = halves.map((h) => byId.get(`${topic}_${h}`)).find((s) => s && s.articles.length >= minArticles);
    if (pick) sample.push(pick);
  });
  return sample;
}

/**
 * Every ECB+ dev story. Articles carry only what the file gives: the document name as id and
 * source (outlets are not named; a `ecbplus` document's URL and date stay in its text, as a scraper
 * would leave them), no title, no published date.
 */
export function loadEcbPlusStories(): EcbPlusStory[] | null {
  const articles = loadEcbPlus();
  if (!articles) return null;
  const stories = new Map<string, EcbPlusStory>();
  for (const a of articles) {
    const id = a.id.replace(/\.xml$/u, '');
    const story = stories.get(a.gold) ?? { id: a.gold, topic: Number(a.gold.split('_')[0]), articles: [] };
    story.articles.push({ id, source: id, text: a.text });
    stories.set(a.gold, story);
  }
  return [...stories.values()].sort((x, y) => x.topic - y.topic || x.id.localeCompare(y.id));
}

/** The judged sample, or null when `../shared` is absent. */
export function loadEcbPlusSample(): EcbPlusStory[] | null {
  const stories = loadEcbPlusStories();
  return stories ? pickSample(stories) : null;
}
