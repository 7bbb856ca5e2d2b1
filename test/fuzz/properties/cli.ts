/**
 * The command line, run in-process (`run(argv, io)` with the in-memory io of the CLI tests):
 * random arguments and random files — valid tables, frameworks and unit data, the same with one
 * thing wrong, CSV from Excel, NDJSON batches, UTF-16, bytes that are not text, 100,000-character
 * files — read in chunks as small as one byte. The exit code is 0, 1 or 2, nothing is thrown, what
 * reaches a terminal is inert, and every output keeps the shape of its format.
 */
import fc from 'fast-check';
import { BUILTIN_FRAMEWORKS, FILLED_HEADERS } from '../../../src/index.js';
import { itemsOf } from '../../../src/cli/items.js';
import { FORMATS } from '../../../src/cli/output.js';
import { run } from '../../../src/cli/run.js';
import { fakeIo, type FakeFile } from '../../cli/fake-io.js';
import {
  csvText,
  deep,
  hostileJson,
  longString,
  oddString,
  tableWithOneWrong,
  unitDataFor,
  validFramework,
  validTable,
  choices,
  jsonOf,
  mutation,
  mutate,
} from '../arbitraries.js';
import {
  batchLimit,
  callAsync,
  checkAudit,
  checkCsvText,
  checkEvaluation,
  checkHtmlText,
  checkJsonText,
  checkMarkdownText,
  checkSelfEvaluation,
  checkTerminalText,
  fail,
  inputsOf,
  type Inputs,
} from '../checks.js';
import { property, type FuzzProperty } from '../settings.js';

const department = BUILTIN_FRAMEWORKS.department2013 as unknown as {
  facts: object;
  indicators: unknown[];
};

/** JSON text as people save it: compact, pretty, with a BOM, now and then cut short. */
const jsonText = (value: fc.Arbitrary<unknown>): fc.Arbitrary<string> =>
  fc.tuple(value, fc.constantFrom('compact', 'pretty', 'bom', 'cut')).map(([v, how]) => {
    // What JSON cannot hold (a cycle, a bigint) leaves broken JSON, as a crashed exporter would.
    const text = jsonOf(v, how === 'pretty' ? 2 : undefined) ?? '{"cyclic": [';
    if (how === 'bom') return `\ufeff${text}`;
    if (how === 'cut') return text.slice(0, Math.floor(text.length / 2));
    return text;
  });

/** Files of every kind a user hands the command line. */
const fileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: jsonText(validTable.map((c) => c.table)), weight: 3 },
  { arbitrary: jsonText(tableWithOneWrong.map((c) => c.table)), weight: 3 },
  { arbitrary: csvText, weight: 3 },
  { arbitrary: jsonText(unitDataFor(department)), weight: 2 },
  { arbitrary: jsonText(validFramework.map((c) => c.doc)), weight: 1 },
  {
    arbitrary: jsonText(
      fc.tuple(validFramework, choices, mutation).map(([c, at, m]) => mutate(c.doc, at, m)),
    ),
    weight: 1,
  },
  { arbitrary: jsonText(validFramework.map((c) => c.data)), weight: 1 },
  { arbitrary: jsonText(validTable.chain((c) => fc.constant(c.options ?? {}))), weight: 1 },
  {
    arbitrary: fc
      .array(
        fc.oneof(
          jsonText(unitDataFor(department)),
          jsonText(validTable.map((c) => c.table)),
          oddString,
          fc.constant(''),
        ),
        { maxLength: 5 },
      )
      .map((lines) => lines.map((l) => l.replace(/\n/g, ' ')).join('\n')),
    weight: 2,
  },
  {
    arbitrary: jsonText(
      fc.array(
        validTable.map((c) => c.table),
        { maxLength: 3 },
      ),
    ),
    weight: 1,
  },
  { arbitrary: jsonText(hostileJson), weight: 1 },
  { arbitrary: jsonText(deep), weight: 1 },
  {
    arbitrary: fc.constantFrom(5000, 50_000).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
    weight: 1,
  },
  { arbitrary: oddString, weight: 1 },
  { arbitrary: longString, weight: 1 },
);

/** File contents as bytes now and then: UTF-16 with a BOM, bytes that are not UTF-8, a ZIP. */
const fileContent: fc.Arbitrary<FakeFile> = fc.oneof(
  { arbitrary: fileText, weight: 12 },
  {
    arbitrary: fileText.map(
      (t) => new Uint8Array(Buffer.from(`\ufeff${t.replace(/^\ufeff/, '')}`, 'utf16le')),
    ),
    weight: 1,
  },
  {
    arbitrary: fileText.map(
      (t) => new Uint8Array(Buffer.from(`\ufeff${t.replace(/^\ufeff/, '')}`, 'utf16le').swap16()),
    ),
    weight: 1,
  },
  { arbitrary: fc.uint8Array({ maxLength: 200 }), weight: 1 },
  {
    arbitrary: fileText.map((t) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from(t)])),
    weight: 1,
  },
  {
    arbitrary: fileText.map((t) => new Uint8Array([...Buffer.from(t), 0xff, 0xfe, 0xc0])),
    weight: 1,
  },
);

const NAMES = [
  'table.json',
  'table.csv',
  'data.json',
  'fw.json',
  'opts.json',
  'batch.ndjson',
  'dir/a.json',
  'dir/b.csv',
  'dir/c.jsonl',
  'x.txt',
];

const arg = fc.oneof(
  {
    arbitrary: fc.constantFrom(...NAMES, '-', 'dir/', 'dir', 'missing.json', 'department2013'),
    weight: 6,
  },
  {
    arbitrary: fc.constantFrom(
      '--format',
      '--locale',
      '--out',
      '-o',
      '-f',
      '--framework',
      '--options',
      '--batch',
      '-h',
      '--help',
    ),
    weight: 4,
  },
  {
    // Every format the CLI knows (the list it checks against), and locales, good and bad.
    arbitrary: fc.constantFrom(...FORMATS, 'zh', 'en', 'fr'),
    weight: 4,
  },
  {
    arbitrary: fc.constantFrom(
      '--format=json',
      '--format=html',
      '--locale=en',
      '--nope',
      '-x',
      '--',
      '-',
      '--format=',
      '-fdepartment2013',
    ),
    weight: 1,
  },
  { arbitrary: oddString, weight: 1 },
);

const argv = fc
  .tuple(
    fc.oneof(
      {
        arbitrary: fc.constantFrom('score', 'self', 'validate', 'audit', 'schema', 'frameworks'),
        weight: 12,
      },
      {
        arbitrary: fc.constantFrom(
          '',
          'help',
          '--help',
          '-h',
          '-v',
          '--version',
          'Score',
          'toString',
          '__proto__',
        ),
        weight: 1,
      },
      { arbitrary: oddString, weight: 1 },
    ),
    fc.array(arg, { maxLength: 8 }),
  )
  .map(([command, rest]) => [command, ...rest]);

/** A command line, its files, standard input and the chunk size of reads. */
export interface CliCase {
  readonly argv: readonly string[];
  readonly files: Readonly<Record<string, FakeFile>>;
  readonly stdin: FakeFile;
  readonly chunkSize: number;
}

/** Typical command lines, with their files. */
const typical: fc.Arbitrary<string[]> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('table.json', 'table.csv', '-'),
      fc.constantFrom('table', 'json', 'markdown', 'html', 'csv', 'tree-csv', 'report'),
      fc.constantFrom('zh', 'en'),
    )
    .map(([f, format, locale]) => ['self', f, '--format', format, '--locale', locale]),
  // The office files: the filled form as a workbook, the report as a Word document.
  fc
    .tuple(fc.constantFrom('table.json', 'table.csv', '-'), fc.constantFrom('xlsx', 'docx'))
    .map(([f, format]) => ['self', f, '--format', format, '--out', `filled.${format}`]),
  fc
    .tuple(
      fc.constantFrom('data.json', '-'),
      fc.constantFrom('department2013', 'fw.json'),
      fc.constantFrom('table', 'json', 'markdown', 'html', 'csv', 'report'),
    )
    .map(([f, fw, format]) => ['score', f, '-f', fw, '--format', format]),
  fc
    .tuple(fc.constantFrom('department2013', 'fw.json'), fc.constantFrom('table', 'json'))
    .map(([fw, format]) => ['score', '--batch', 'batch.ndjson', '-f', fw, '--format', format]),
  fc
    .tuple(
      fc.constantFrom('dir/', 'table.json', 'table.csv', 'batch.ndjson', '-'),
      fc.constantFrom('table', 'json', 'markdown', 'html', 'csv'),
    )
    .map(([f, format]) => ['audit', f, '--format', format]),
  fc.constantFrom<string[]>(
    ['validate', 'fw.json'],
    ['validate', 'fw.json', '--format', 'json'],
    ['schema', 'self'],
    ['frameworks', '--format', 'json'],
  ),
);

export const cliCase: fc.Arbitrary<CliCase> = fc
  .record({
    argv: fc.oneof({ arbitrary: typical, weight: 3 }, { arbitrary: argv, weight: 2 }),
    files: fc.array(fc.tuple(fc.constantFrom(...NAMES), fileContent), { maxLength: NAMES.length }),
    stdin: fileContent,
    chunkSize: fc.constantFrom(1, 2, 3, 7, 64, 4096, 65536),
  })
  .map(({ files, ...rest }) => ({ ...rest, files: Object.fromEntries(files) }));

/** The arguments before `--`: after it, everything is a positional argument, even `--format=json`. */
function beforeDashes(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  return end < 0 ? argv : argv.slice(0, end);
}

/** The value of an option in argv (last one wins, none after `--`), or the default. */
function optionOf(
  argv: readonly string[],
  long: string,
  short: string | null,
  fallback: string,
): string {
  let value = fallback;
  beforeDashes(argv).forEach((a, i) => {
    if (a === `--${long}` || (short !== null && a === `-${short}`)) value = argv[i + 1] ?? value;
    else if (a.startsWith(`--${long}=`)) value = a.slice(long.length + 3);
  });
  return value;
}

/**
 * Checks an output of the command line in the shape of its format.
 *
 * @param text - stdout or the --out file
 * @param c - the case
 * @param where - its name, for messages
 */
function checkOutput(text: string, c: CliCase, code: number, where: string): void {
  const [command = ''] = c.argv;
  const format = optionOf(c.argv, 'format', null, 'table');
  if (text === '') return;
  const options = beforeDashes(c.argv);
  const help =
    options.includes('-h') ||
    options.includes('--help') ||
    !['score', 'self', 'audit', 'validate', 'frameworks', 'schema'].includes(command);
  // Help, the version, the list of frameworks and validation are plain text for a terminal
  // (JSON with --format json); a schema is JSON whatever the format.
  if (help || ((command === 'frameworks' || command === 'validate') && format !== 'json'))
    checkTerminalText(text.replace(/\t/g, ' '), where);
  else if (command === 'schema') checkJsonText(text, where);
  else if (format === 'table' || format === 'report')
    checkTerminalText(text.replace(/\t/g, ' '), where);
  else if (format === 'markdown') checkMarkdownText(text, where);
  else if (format === 'html') checkHtmlText(text, where);
  // self's csv is the filled form (its 9 columns); the scored tree is tree-csv (and score's csv).
  else if (format === 'csv' && command === 'self') checkCsvText(text, FILLED_HEADERS.length, where);
  else if ((format === 'csv' && command === 'score') || format === 'tree-csv')
    checkCsvText(text, 11, where);
  else if (format === 'csv' && command === 'audit') checkCsvText(text, 8, where);
  else if (format === 'json') {
    // --batch makes score and self write NDJSON; other commands ignore it (frameworks prints one document).
    const batch =
      (options.includes('--batch') && (command === 'score' || command === 'self')) ||
      command === 'audit';
    const docs = batch
      ? text
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => checkJsonText(l, where))
      : [checkJsonText(text, where)];
    if (code !== 0 || docs.length !== 1 || batch) return;
    const doc = docs[0] as Record<string, unknown>;
    if (command === 'score' && 'tree' in doc) checkEvaluation(doc as never, where);
    if (command === 'self' && 'evaluation' in doc) checkSelfEvaluation(doc as never, where);
  }
  if (command === 'audit' && format === 'json') {
    for (const line of text.split('\n').filter((l) => l.trim().startsWith('{"table"'))) {
      const r = JSON.parse(line) as Parameters<typeof checkAudit>[0];
      // The table itself is not at hand here (it came from a file): check the review's own shape.
      checkAudit(
        { ...r, readable: false, expected: { ...r.expected, total: null, grade: null } },
        {},
        undefined,
        where,
      );
    }
  }
}

/**
 * Most chunks one file is cut into. Tiny chunks test what a reader does at a chunk's edge (inside a
 * character, a byte-order mark, a line break), which a small file shows as well as a large one.
 * Real streams deliver kilobytes at a time (64 KiB from a file, a pipe's buffer from standard
 * input); 100,000 one-byte chunks would time this harness's own async steps, not jixiao.
 */
export const MAX_CHUNKS = 4096;

/**
 * The chunk size for a case: as drawn, but large enough that no file is cut into more than
 * {@link MAX_CHUNKS} chunks.
 *
 * @param c - the case
 * @returns the chunk size in bytes
 */
export function chunkSizeOf(c: Pick<CliCase, 'files' | 'stdin' | 'chunkSize'>): number {
  const bytes = (f: FakeFile) =>
    typeof f === 'string' ? Buffer.byteLength(f) : f instanceof Uint8Array ? f.length : 0;
  const largest = Math.max(bytes(c.stdin), ...Object.values(c.files).map(bytes));
  return Math.max(c.chunkSize, Math.ceil(largest / MAX_CHUNKS));
}

/**
 * How many tables a batch command may meet: the items (tables, or lines and elements that are not
 * tables) that the command line's own reader finds in every file and standard input. A file the
 * command does not read is counted too, so this is an upper bound. Other commands read one.
 *
 * @param c - the case
 * @returns the count, at least 1
 */
export async function itemsIn(c: Pick<CliCase, 'argv' | 'files' | 'stdin'>): Promise<number> {
  const args = beforeDashes(c.argv);
  if (args[0] !== 'audit' && !args.includes('--batch')) return 1;
  let n = 0;
  for (const name of [...Object.keys(c.files), '-']) {
    const { io } = fakeIo(c.files, c.stdin, false);
    for await (const _ of itemsOf(io, name)) n++;
  }
  return Math.max(1, n);
}

async function runCase(c: CliCase, inputs: Inputs): Promise<void> {
  const chunkSize = chunkSizeOf(c);
  const made = () => fakeIo(c.files, c.stdin, false, { chunkSize });
  const limitMs = batchLimit(await itemsIn(c));
  let io = made();
  const r = await callAsync('jixiao', () => run(c.argv, io.io), {
    inputs,
    contract: 'never',
    limitMs,
    again: () => {
      io = made();
      return run(c.argv, io.io);
    },
  });
  if (!r.ok) return;
  const code = r.value;
  if (code !== 0 && code !== 1 && code !== 2)
    fail(`jixiao ${c.argv.join(' ')} exited ${String(code)}`);
  // Standard error is for a person at a terminal, whatever the format.
  checkTerminalText(io.err().replace(/\t/g, ' '), 'stderr');
  checkOutput(io.out(), c, code, 'stdout');
  for (const [path, text] of Object.entries(io.written))
    checkOutput(text, c, code, `--out ${path}`);
}

export const cliProperties: FuzzProperty[] = [
  property({
    name: 'jixiao with random arguments and files: exit 0, 1 or 2, inert output',
    weight: 1,
    async: true,
    arb: cliCase,
    check: async (c) => {
      await runCase(c, inputsOf(c.argv, c.files, c.stdin));
    },
    warmUp: warmCli,
  }),
];

/**
 * Runs the commands the fuzz times on the largest table the schema allows (500 rows), in every
 * format, so that the timed inputs meet compiled code.
 */
async function warmCli(): Promise<void> {
  const row = (k: number) => ({
    l1: k % 2 === 0 ? '产出指标' : '效益指标',
    l3: `指标${k}`,
    target: k % 3 === 0 ? '≥95%' : '≥10个',
    actual: k % 3 === 0 ? '96%' : `${8 + (k % 4)}个`,
    weight: '0.18',
    note: '已说明',
  });
  const table = {
    unit: '预热单位',
    budget: { adjusted: '100', executed: '95' },
    rows: Array.from({ length: 500 }, (_, k) => row(k)),
  };
  const files = { 't.json': JSON.stringify(table), 'a.json': JSON.stringify([table, table]) };
  for (let k = 0; k < 4; k++) {
    for (const format of ['table', 'json', 'markdown', 'html', 'csv', 'report']) {
      for (const argv of [
        ['audit', 'a.json', '--format', format],
        ['self', 't.json', '--format', format],
      ]) {
        await run(argv, fakeIo(files, '', false, { chunkSize: 4096 }).io);
      }
    }
  }
}
