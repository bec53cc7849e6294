/** Every CLI command, in the order `parallax --help` lists them. Add a command by adding a line. */
import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { demoCommand } from './demo.js';
import { extractCommand } from './extract.js';
import { clusterCommand } from './cluster.js';
import { ingestCommand } from './ingest.js';
import { reclusterCommand } from './recluster.js';
import { storiesCommand } from './stories.js';
import { storyCommand } from './story.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';

export const commands: Command[] = [
  analyzeCommand,
  demoCommand,
  extractCommand,
  clusterCommand,
  ingestCommand,
  reclusterCommand,
  storiesCommand,
  storyCommand,
  searchCommand,
  serveCommand,
];
