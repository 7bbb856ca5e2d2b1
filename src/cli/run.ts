/**
 * The `jixiao` command: argument parsing (node:util parseArgs, no framework), dispatch, output
 * formats and exit codes (0 ok, 1 invalid input with every issue printed, 2 usage).
 */
import { parseArgs } from 'node:util';
import { JixiaoError } from '../errors/JixiaoError.js';
import type { Issue } from '../errors/issue.js';
import type { LocalMessage } from '../errors/messages.js';
import { inertJson, terminalSafe } from '../report/escape.js';
import type { Locale } from '../report/model.js';
import { HELP } from './help.js';
import type { Common } from './output.js';
import type { CliIo } from './io.js';
import { internalIssue, isErrno, safeMessage } from './problems.js';
import { FORMATS, UsageError, type Format } from './usage.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string' },
  locale: { type: 'string' },
  out: { type: 'string', short: 'o' },
  framework: { type: 'string', short: 'f' },
  options: { type: 'string' },
  batch: { type: 'string' },
  layout: { type: 'string' },
  'unprinted-weights': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  compact: { type: 'boolean' },
  by: { type: 'string' },
  ties: { type: 'string' },
  id: { type: 'string' },
  order: { type: 'string' },
} as const;

/** The options of `jixiao rank` alone. */
const RANK_OPTIONS = ['by', 'ties', 'id', 'order'] as const;

/**
 * Runs the command line with the given arguments.
 *
 * @param argv - the arguments after the program name
 * @param io - files and streams
 * @returns the exit code: 0 ok, 1 invalid input, 2 usage
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), nodeIo);
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command = '', ...rest] = argv;
  let locale: Locale = 'zh';
  // Known before the arguments are parsed, so that a usage error is JSON too.
  const json = rest.some(
    (a, k) => a === '--format=json' || (a === '--format' && rest[k + 1] === 'json'),
  );
  try {
    if (command === '' || command === '-h' || command === '--help' || command === 'help') {
      io.out(HELP[''] ?? '');
      return command === '' ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      const { VERSION } = await import('../version.js');
      io.out(`${VERSION}\n`);
      return 0;
    }
    if (!Object.hasOwn(HELP, command)) throw new UsageError(`unknown command "${command}"`);
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(HELP[command] ?? '');
      return 0;
    }
    const format = values.format ?? 'table';
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    if (values.locale !== undefined && values.locale !== 'zh' && values.locale !== 'en') {
      throw new UsageError('--locale must be zh or en');
    }
    locale = values.locale === 'en' ? 'en' : 'zh';
    if (values.layout !== undefined && command !== 'self' && command !== 'audit')
      throw new UsageError('--layout is an option of self and audit');
    if (values['unprinted-weights'] !== undefined && command !== 'self' && command !== 'audit')
      throw new UsageError('--unprinted-weights is an option of self and audit');
    if (values.compact === true && values.batch === undefined)
      throw new UsageError('--compact is an option of --batch (score and self)');
    if (values.batch !== undefined && command !== 'score' && command !== 'self')
      throw new UsageError('--batch is an option of score and self');
    for (const name of RANK_OPTIONS)
      if (values[name] !== undefined && command !== 'rank')
        throw new UsageError(`--${name} is an option of rank`);
    if (command === 'rank' && (values.framework !== undefined || values.options !== undefined))
      throw new UsageError('rank reads results: --framework and --options are not its options');
    const common: Common = {
      format: format as Format,
      locale,
      out: values.out,
      io,
      quiet: values.quiet === true,
      compact: values.compact === true,
    };
    // The commands (and the library behind them) load only once one is asked for: --help and a
    // usage error need none of it.
    if (command === 'audit') {
      const { auditCommand } = await import('./audit.js');
      return await auditCommand(common, positionals, values);
    }
    if (command === 'ahp' || command === 'entropy' || command === 'fuzzy' || command === 'topsis') {
      const { methodCommand } = await import('./methods.js');
      return await methodCommand(command, common, positionals, values);
    }
    if (command === 'rank') {
      const { rankCommand } = await import('./rank.js');
      return await rankCommand(common, positionals, values);
    }
    const commands = await import('./commands.js');
    switch (command) {
      case 'score':
        return await commands.scoreCommand(common, positionals, values);
      case 'self':
        return await commands.selfCommand(common, positionals, values);
      case 'validate':
        return await commands.validateCommand(common, positionals);
      case 'frameworks':
        return await commands.frameworksCommand(common);
      case 'schema':
        return await commands.schemaCommand(common, positionals);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    return json ? failedJson(e, io) : await failed(e, io, locale, command);
  }
}

/**
 * With `--format json`, a failure is one JSON document on standard output, `{"issues":[…]}` (each
 * with its code, path and message in Chinese and English), and nothing on standard error: programs
 * read it as they read a result. The exit code is the same as without: 2 usage, 1 anything else.
 */
function failedJson(e: unknown, io: CliIo): number {
  const usage =
    e instanceof UsageError ||
    (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'));
  // A usage error is the command line's, not the library's: its code is the CLI's own, "usage".
  const issues: readonly (Issue | { code: 'usage'; path: []; message: LocalMessage })[] = usage
    ? [
        {
          code: 'usage',
          path: [],
          message: { zh: `命令行有误：${e.message}`, en: `command line: ${e.message}` },
        },
      ]
    : e instanceof JixiaoError
      ? e.issues
      : [internalIssue(e)];
  io.out(`${inertJson(JSON.stringify({ issues }))}\n`);
  return usage ? 2 : 1;
}

/** The exit code for what a command threw, after saying what it was (never a stack trace). */
async function failed(e: unknown, io: CliIo, locale: Locale, command: string): Promise<number> {
  if (
    e instanceof UsageError ||
    (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))
  ) {
    const help = `jixiao ${command && Object.hasOwn(HELP, command) ? `${command} ` : ''}--help`;
    // The message may quote an argument, which may hold escape sequences.
    io.err(terminalSafe(`jixiao: ${e.message}\n${locale === 'zh' ? '用法见' : 'see'} ${help}\n`));
    return 2;
  }
  if (e instanceof JixiaoError) {
    const { printIssues } = await import('./output.js');
    printIssues(io, e, locale);
    return 1;
  }
  if (isErrno(e)) {
    // Paths are named where files are opened; this is for what slipped through.
    io.err(terminalSafe(`jixiao: ${safeMessage(e)}\n`));
    return 1;
  }
  const issue = internalIssue(e);
  io.err(terminalSafe(`jixiao: ${issue.message[locale]}\n`));
  return 1;
}
