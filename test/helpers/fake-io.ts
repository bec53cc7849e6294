/** CLI streams in memory, for running a command in-process and reading what it printed. */
import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../apps/cli/command.js';

export function fakeIo(cwd: string): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  return { io: { stdout, stderr, stdin: Readable.from([]), cwd, isTty: false }, out: () => out, err: () => err };
}
