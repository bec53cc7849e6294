/**
 * `parallax <command> [args]`: dispatches to the commands in ./commands, prints help, maps
 * thrown ParallaxErrors to a one-line message and a non-zero exit.
 */
import { commands } from './commands/index.js';
import { writeLine, type CliIo } from './command.js';
import { version } from '../../src/version.js';

/** Run the CLI with the given arguments; resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    writeLine(io.stdout, `parallax ${version}: what news sources agree on, where they conflict, and who said what.`);
    writeLine(io.stdout, '\nUsage: parallax <command> [options]\n\nCommands:');
    for (const c of commands) writeLine(io.stdout, `  ${c.name.padEnd(10)} ${c.summary}`);
    writeLine(io.stdout, '\nRun `parallax <command> --help` for a command\'s options.');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    writeLine(io.stdout, version);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    writeLine(io.stderr, `parallax: unknown command "${name}". Run \`parallax --help\` for the list.`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    writeLine(io.stdout, command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const e = error as Error & { code?: string };
    if (e?.name === 'ParallaxError' || (typeof e?.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS'))) {
      writeLine(io.stderr, `parallax ${name}: ${e.message}`);
      return 2;
    }
    throw error;
  }
}

/** Entry point used by bin/parallax.js. */
export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    isTty: Boolean(process.stderr.isTTY),
  });
  process.exitCode = code;
}
