/**
 * What every command-line tool here does the same way: read a file or stdin, parse flags, and
 * end with exit code 2 and an Indonesian message on stderr (nothing on stdout) for bad input.
 */
import { readFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { toUserMessage, UserError } from '../core/errors';

/** `path` or `-` for stdin; `flag` (e.g. "--input") names the field in the message. */
export function readText(path: string, flag: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch {
    throw new UserError(`${flag}: berkas "${path}" tidak dapat dibaca.`, flag.replace(/^--/, ''));
  }
}

/** node:util parseArgs, with its errors turned into a UserError followed by the usage text. */
export function parseCommandLine<T extends ParseArgsConfig['options']>(
  argv: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n${usage}`, 'argumen');
  }
}

/** Runs `main` and sets the exit code: its own on success, 2 for bad input, 1 for a fault. */
export function runCommand(main: (argv: string[]) => number): void {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    const known =
      error !== null && typeof error === 'object' && (error as Error).name === 'UserError';
    process.stderr.write(`${known ? (error as Error).message : toUserMessage(error).message}\n`);
    process.exitCode = known ? 2 : 1;
  }
}
