/** Every CLI command, in the order `parallax --help` lists them. Add a command by adding a line. */
import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { demoCommand } from './demo.js';
import { extractCommand } from './extract.js';

export const commands: Command[] = [
  analyzeCommand,
  demoCommand,
  extractCommand,
];
