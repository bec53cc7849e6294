/**
 * Every CLI command, in the order `parallax --help` lists them. Add a command by adding a line.
 * A command's module is imported only when it runs (or prints its usage): importing all of
 * them up front made every start pay for the pipeline, the store and the server.
 */
import type { CommandEntry } from '../command.js';

export const commands: CommandEntry[] = [
  { name: 'analyze', summary: 'Analyse the articles of one story and print the brief (JSON, Markdown or HTML).', load: async () => (await import('./analyze.js')).analyzeCommand },
  { name: 'demo', summary: 'Analyse the bundled demo story and write its HTML brief.', load: async () => (await import('./demo.js')).demoCommand },
  { name: 'extract', summary: 'Extract the article (title, byline, date, text) from HTML pages.', load: async () => (await import('./extract.js')).extractCommand },
  { name: 'cluster', summary: 'Group a batch of articles into stories and near-duplicate groups (no store).', load: async () => (await import('./cluster.js')).clusterCommand },
  { name: 'ingest', summary: 'Store articles (files, folders, feeds, URLs), group them into stories, keep versions.', load: async () => (await import('./ingest.js')).ingestCommand },
  { name: 'feeds', summary: 'Follow feeds: add, list or remove the feeds polled on a schedule.', load: async () => (await import('./feeds.js')).feedsCommand },
  { name: 'recluster', summary: 'Re-cluster every stored article into stories; report how many moved.', load: async () => (await import('./recluster.js')).reclusterCommand },
  { name: 'stories', summary: 'List stored stories: title, outlets, articles, conflicts, last update.', load: async () => (await import('./stories.js')).storiesCommand },
  { name: 'story', summary: 'Show the brief of a stored story, or what changed in it since a time.', load: async () => (await import('./story.js')).storyCommand },
  { name: 'search', summary: 'Search stored articles and stories (ranked, with snippets).', load: async () => (await import('./search.js')).searchCommand },
  { name: 'serve', summary: 'Serve the HTTP API and the web UI over a store.', load: async () => (await import('./serve.js')).serveCommand },
  { name: 'worker', summary: 'Run queued jobs (fetch, extract, store, assign stories, briefs) from a PostgreSQL store.', load: async () => (await import('./worker.js')).workerCommand },
  { name: 'jobs', summary: 'Show the job queue of a PostgreSQL store: counts per queue and the last errors.', load: async () => (await import('./jobs.js')).jobsCommand },
];
