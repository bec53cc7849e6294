/** Every CLI command, in the order `parallax --help` lists them. Add a command by adding a line. */
import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { demoCommand } from './demo.js';
import { extractCommand } from './extract.js';
import { clusterCommand } from './cluster.js';
import { ingestCommand } from './ingest.js';
import { storiesCommand } from './stories.js';
import { storyCommand } from './story.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';
import { workerCommand } from './worker.js';
import { jobsCommand } from './jobs.js';

export const commands: Command[] = [
  analyzeCommand,
  demoCommand,
  extractCommand,
  clusterCommand,
  ingestCommand,
  storiesCommand,
  storyCommand,
  searchCommand,
  serveCommand,
  workerCommand,
  jobsCommand,
];
