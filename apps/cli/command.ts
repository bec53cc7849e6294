/**
 * The shape of one CLI command. Commands get their streams injected so tests can run them
 * in-process, and return the exit code instead of calling process.exit.
 */
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Whether stderr is a terminal (progress bars only then). */
  isTty: boolean;
}

export interface Command {
  name: string;
  /** Full usage text for `parallax <name> --help`. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** A command as `parallax --help` lists it, its module loaded on demand. */
export interface CommandEntry {
  name: string;
  /** One line for `parallax --help`. */
  summary: string;
  /** Import the command's module (and with it only what the command needs). */
  load(): Promise<Command>;
}

/** Write text followed by a newline. */
export function writeLine(stream: Writable, text = ''): void {
  stream.write(text + '\n');
}
