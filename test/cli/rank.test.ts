/**
 * `jixiao rank`: the four formats (golden, worked by hand), the output of `score --batch` piped in
 * (error lines reported, counted, exit 1), its options and usage errors, output safety (CSV formula
 * cells, Markdown escaping, no control character on a terminal) and a stream of 100,000 lines.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/index.js';
import { run } from '../../src/cli/run.js';
import {
  rankFoot,
  rankHead,
  rankRow,
  rankWidths,
  type RankFormat,
  type RankInfo,
  type RankRow,
} from '../../src/report/rank.js';
import {
  FORMULA_START,
  PLAIN_NUMBER,
  TERMINAL_UNSAFE,
  gfmCells,
  gfmRows,
} from '../report/hostile.js';
import { runs } from '../setup/props.js';
import { fakeIo, read, type FakeFile } from './fake-io.js';

/** Runs `jixiao rank …` on standard input (and files). */
async function rank(stdin: FakeFile, args: string[] = [], files: Record<string, FakeFile> = {}) {
  const f = fakeIo(files, stdin);
  const code = await run(['rank', ...args], f.io);
  return { code, out: f.out(), err: f.err() };
}

/** A compact line of `score --batch`. */
const line = (n: number, name: string, total: string | number, grade?: string) =>
  JSON.stringify({ line: n, unit: { name }, total, max: '100.00', ...(grade ? { grade } : {}) });

const FOUR = `${[
  line(1, '甲单位', '97.94', '优'),
  line(2, '乙', '88.5', '良'),
  line(3, 'Bing', '88.50', '良'),
  line(4, '丁', '59', '差'),
].join('\n')}\n`;

interface RankJson {
  ranks: { rank: number; id: string; value: string; grade: string | null }[];
  count: number;
  notRanked: number;
  ties: string;
  order: string;
  by: string;
  distribution: { grades: { label: string; count: number }[] } | null;
  percentiles: {
    count: number;
    min: string;
    max: string;
    median: string;
    percentiles: { p: string; value: string }[];
  } | null;
}

describe('jixiao rank: the four formats', () => {
  // Sorted: 59, 88.5, 88.5, 97.94. h = 3·p/100: P10 → 59 + 0.3·29.5 = 67.85, P25 → 59 + 0.75·29.5
  // = 81.125, P75 → 88.5 + 0.25·9.44 = 90.86, P90 → 88.5 + 0.7·9.44 = 95.108; mean 333.94 / 4.
  it('table: ties share a rank (1224), then the grades and the percentiles', async () => {
    const r = await rank(FOUR, ['--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        'Ranking: By total, highest first; ties share a rank and skip the next (1224)',
        '',
        'Rank  Unit    Total  Grade',
        '   1  甲单位  97.94  优',
        '   2  乙       88.5  良',
        '   2  Bing    88.50  良',
        '   4  丁         59  差',
        '',
        '4 units ranked',
        '',
        'Grades:',
        '  优  1  25.00%  1/4',
        '  良  2  50.00%  2/4',
        '  中  0   0.00%  0/4',
        '  差  1  25.00%  1/4',
        '',
        'Percentiles (linear, Hyndman & Fan type 7):',
        '  count        4',
        '  min         59',
        '  P10      67.85',
        '  P25     81.125',
        '  P50       88.5',
        '  P75      90.86',
        '  P90     95.108',
        '  median    88.5',
        '  mean     83.49',
        '  max      97.94',
        '',
      ].join('\n'),
    );
  });

  it('table in Chinese, the default', async () => {
    const r = await rank(FOUR);
    expect(r.out.split('\n').slice(0, 8)).toEqual([
      '排名：按 total 从高到低；并列占位（1224）',
      '',
      '名次  单位     总分  等级',
      '   1  甲单位  97.94  优',
      '   2  乙       88.5  良',
      '   2  Bing    88.50  良',
      '   4  丁         59  差',
      '',
    ]);
    expect(r.out).toContain('共 4 个单位参与排名\n');
    expect(r.out).toContain('  平均值   83.49\n');
  });

  it('markdown: a heading, the ranking table, the grades and the percentiles', async () => {
    const r = await rank(FOUR, ['--format', 'markdown', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        '# Ranking',
        '',
        'By total, highest first; ties share a rank and skip the next \\(1224\\)',
        '',
        '| Rank | Unit | Total | Grade |',
        '| ---: | --- | ---: | --- |',
        '| 1 | 甲单位 | 97.94 | 优 |',
        '| 2 | 乙 | 88.5 | 良 |',
        '| 2 | Bing | 88.50 | 良 |',
        '| 4 | 丁 | 59 | 差 |',
        '',
        '4 units ranked',
        '',
        '## Grades',
        '',
        '| Grade | Count | Share | Fraction |',
        '| --- | ---: | ---: | ---: |',
        '| 优 | 1 | 25.00% | 1/4 |',
        '| 良 | 2 | 50.00% | 2/4 |',
        '| 中 | 0 | 0.00% | 0/4 |',
        '| 差 | 1 | 25.00% | 1/4 |',
        '',
        '## Percentiles \\(linear, Hyndman &amp; Fan type 7\\)',
        '',
        '| Statistic | Value |',
        '| --- | ---: |',
        '| count | 4 |',
        '| min | 59 |',
        '| P10 | 67.85 |',
        '| P25 | 81.125 |',
        '| P50 | 88.5 |',
        '| P75 | 90.86 |',
        '| P90 | 95.108 |',
        '| median | 88.5 |',
        '| mean | 83.49 |',
        '| max | 97.94 |',
        '',
      ].join('\n'),
    );
  });

  it('csv: the rows only, with a BOM and CRLF; the count on standard error', async () => {
    const r = await rank(FOUR, ['--format', 'csv', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      '\uFEFFRank,Unit,Total,Grade\r\n1,甲单位,97.94,优\r\n2,乙,88.5,良\r\n2,Bing,88.50,良\r\n4,丁,59,差\r\n',
    );
    expect(r.err).toBe('4 results: 4 ranked, 0 not ranked\n');
  });

  it('json: one document with the ranks, the counts, the distribution and the percentiles', async () => {
    const r = await rank(FOUR, ['--format', 'json', '--locale', 'en']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as RankJson;
    expect(doc.ranks).toEqual([
      { rank: 1, id: '甲单位', value: '97.94', grade: '优' },
      { rank: 2, id: '乙', value: '88.5', grade: '良' },
      { rank: 2, id: 'Bing', value: '88.50', grade: '良' },
      { rank: 4, id: '丁', value: '59', grade: '差' },
    ]);
    expect(doc).toMatchObject({
      count: 4,
      notRanked: 0,
      ties: 'competition',
      order: 'desc',
      by: 'total',
      percentiles: {
        count: 4,
        min: '59',
        max: '97.94',
        mean: '83.49',
        meanExact: '83.485',
        median: '88.5',
        method: 'linear',
      },
    });
    expect(doc.percentiles?.percentiles.map((q) => q.value)).toEqual([
      '67.85',
      '81.125',
      '88.5',
      '90.86',
      '95.108',
    ]);
    expect(doc.distribution?.grades.map((g) => [g.label, g.count])).toEqual([
      ['优', 1],
      ['良', 2],
      ['中', 0],
      ['差', 1],
    ]);
    expect(r.err).toBe('4 results: 4 ranked, 0 not ranked\n');
  });

  it('nothing to rank: a valid document, no percentiles', async () => {
    const r = await rank('[]', ['--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      ranks: [],
      count: 0,
      notRanked: 0,
      distribution: null,
      percentiles: null,
    });
  });

  it('--out writes the file; the count goes to standard error', async () => {
    const f = fakeIo({ 'r.ndjson': FOUR });
    const code = await run(
      ['rank', 'r.ndjson', '--out', 'r.csv', '--format', 'csv', '--locale', 'en'],
      f.io,
    );
    expect(code).toBe(0);
    expect(f.out()).toBe('');
    expect(f.written['r.csv']?.split('\r\n')[1]).toBe('1,甲单位,97.94,优');
    expect(f.err()).toBe('4 results: 4 ranked, 0 not ranked\n');
  });
});

describe('jixiao rank: options', () => {
  const lines = `${[line(1, 'a', '90'), line(2, 'b', 95), line(3, 'c', '90.00'), line(4, 'd', '80')].join('\n')}\n`;
  const ranks = async (args: string[]) => {
    const r = await rank(lines, ['--format', 'json', ...args]);
    expect(r.code).toBe(0);
    return (JSON.parse(r.out) as RankJson).ranks.map((u) => `${u.rank}${u.id}`).join(' ');
  };

  it('--ties competition (default), dense, ordinal; --order asc', async () => {
    expect(await ranks([])).toBe('1b 2a 2c 4d');
    expect(await ranks(['--ties', 'dense'])).toBe('1b 2a 2c 3d');
    expect(await ranks(['--ties', 'ordinal'])).toBe('1b 2a 3c 4d');
    expect(await ranks(['--order', 'asc'])).toBe('1d 2a 2c 4b');
    expect(await ranks(['--order', 'asc', '--ties', 'dense'])).toBe('1d 2a 2c 3b');
  });

  it('--by and --id read any field; labels default to unit.name, project, unit, name, id, the line', async () => {
    const input = [
      JSON.stringify({ code: 7, rows: [{ p: '1' }], unit: { name: 'x' } }),
      JSON.stringify({ code: 'k', rows: [{ p: '2' }], project: 'y' }),
    ].join('\n');
    const r = await rank(input, ['--format', 'json', '--by', 'rows.0.p', '--id', 'code']);
    expect((JSON.parse(r.out) as RankJson).ranks.map((u) => [u.id, u.value])).toEqual([
      ['k', '2'],
      ['7', '1'],
    ]);
    const labels = [
      { total: 1, unit: { name: 'from unit.name' }, project: 'p' },
      { total: 2, project: 'from project', unit: 'u' },
      { total: 3, unit: 'from unit' },
      { total: 4, name: 'from name' },
      { total: 5, id: 9 },
      { total: 6, line: 12 },
      { total: 7 },
    ];
    const d = await rank(labels.map((l) => JSON.stringify(l)).join('\n'), [
      '--format',
      'json',
      '--order',
      'asc',
      '--locale',
      'en',
    ]);
    expect((JSON.parse(d.out) as RankJson).ranks.map((u) => u.id)).toEqual([
      'from unit.name',
      'from project',
      'from unit',
      'from name',
      '9',
      'line 12',
      '-:7',
    ]);
  });

  it('a JSON array is read element by element; a broken end is reported, the rest ranked', async () => {
    const r = await rank('', ['a.json', '--format', 'json', '--locale', 'en'], {
      'a.json': '[{"total": 1}, {"total": "x"}, 3, {"total": 2}',
    });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as RankJson;
    expect(doc.ranks.map((u) => [u.rank, u.id])).toEqual([
      [1, 'a.json[3]'],
      [2, 'a.json[0]'],
    ]);
    expect(doc.notRanked).toBe(3);
    expect(r.err.split('\n')).toEqual([
      'jixiao: a.json[1]: not ranked (total: "total" must be a number: a finite number or a decimal string such as "97.94", got string "x")',
      'jixiao: a.json[2]: not ranked (expected an object (a result, for instance), got number 3)',
      'jixiao: a.json: not ranked (a.json: the array does not end with "]" (truncated file?))',
      '5 results: 2 ranked, 3 not ranked',
      '',
    ]);
  });

  it('one JSON document, pretty-printed, is one result', async () => {
    const doc = JSON.stringify({ unit: { name: 'u' }, total: '7', grade: '中' }, null, 2);
    const r = await rank('', ['one.json', '--format', 'csv', '--locale', 'en'], {
      'one.json': doc,
    });
    expect(r.code).toBe(0);
    expect(r.out).toBe('\uFEFFRank,Unit,Total,Grade\r\n1,u,7,中\r\n');
    expect(r.err).toBe('1 result: 1 ranked, 0 not ranked\n');
  });

  it('grades other than 优良中差 are listed as they appear', async () => {
    const input = [
      line(1, 'a', '1', '合格'),
      line(2, 'b', '2', '不合格'),
      line(3, 'c', '3', '合格'),
    ];
    const r = await rank(input.join('\n'), ['--format', 'json']);
    expect(
      (JSON.parse(r.out) as RankJson).distribution?.grades.map((g) => [g.label, g.count]),
    ).toEqual([
      ['合格', 2],
      ['不合格', 1],
    ]);
  });
});

describe('jixiao rank: usage errors exit 2', () => {
  it.each([
    [['rank', '--ties', 'olympic'], '--ties must be one of competition, dense, ordinal'],
    [['rank', '--order', 'up'], '--order must be asc or desc'],
    [
      ['rank', '--by', 'a..b'],
      '--by must be field names joined by dots, such as total or unit.name',
    ],
    [
      ['rank', '--id', '.name'],
      '--id must be field names joined by dots, such as total or unit.name',
    ],
    [['rank', '--format', 'html'], 'rank writes table, markdown, csv or json'],
    [['rank', 'a.ndjson', 'b.ndjson'], 'rank reads one file (or - for standard input)'],
    [
      ['rank', '-f', 'department2013'],
      'rank reads results: --framework and --options are not its options',
    ],
    [['score', 'u.json', '--by', 'total'], '--by is an option of rank'],
    [['self', 't.json', '--ties', 'dense'], '--ties is an option of rank'],
    [['audit', 't.json', '--order', 'asc'], '--order is an option of rank'],
    [['score', 'u.json', '--id', 'unit.name'], '--id is an option of rank'],
  ])('%j', async (argv, message) => {
    const f = fakeIo({}, FOUR);
    expect(await run([...argv, '--locale', 'en'], f.io)).toBe(2);
    expect(f.out()).toBe('');
    expect(f.err().split('\n')[0]).toBe(`jixiao: ${message}`);
  });

  it('rank --help', async () => {
    const f = fakeIo();
    expect(await run(['rank', '--help'], f.io)).toBe(0);
    expect(f.out()).toContain('--ties <competition|dense|ordinal>');
  });
});

describe('jixiao score --batch | jixiao rank -', () => {
  const unit = JSON.parse(read('examples/linze-kexie-2023.json')) as Record<string, unknown>;

  it('error lines are reported with the line of the batch, counted and exit 1', async () => {
    // Three units, the second of which cannot be scored, and a blank line, which the batch skips.
    const units = [JSON.stringify(unit), '', JSON.stringify({ bad: 1 }), JSON.stringify(unit)];
    const b = fakeIo({ 'u.ndjson': units.join('\n') });
    expect(await run(['score', '--batch', 'u.ndjson', '-f', 'department2013'], b.io)).toBe(1);
    const batch = b.out();
    expect(batch.trim().split('\n')).toHaveLength(3);
    for (const format of ['table', 'json']) {
      const r = await rank(batch, ['-', '--format', format, '--locale', 'en']);
      expect(r.code).toBe(1);
      expect(r.err.split('\n')[0]).toBe(
        'jixiao: -:2: not ranked (line 3 not scored: bad: Unknown key "bad")',
      );
      if (format === 'json') {
        const doc = JSON.parse(r.out) as RankJson;
        expect(doc.ranks).toEqual([
          { rank: 1, id: '临泽县科学技术协会', value: '97.94', grade: '优' },
          { rank: 1, id: '临泽县科学技术协会', value: '97.94', grade: '优' },
        ]);
        expect(doc).toMatchObject({ count: 2, notRanked: 1 });
        expect(r.err.split('\n')[1]).toBe('3 results: 2 ranked, 1 not ranked');
      } else {
        expect(r.out).toContain('2 units ranked; 1 not ranked (see standard error)\n');
      }
    }
  });

  it('--compact lines rank the same; standard input is the default', async () => {
    const b = fakeIo({ 'u.ndjson': JSON.stringify(unit) });
    expect(
      await run(['score', '--batch', 'u.ndjson', '-f', 'department2013', '--compact'], b.io),
    ).toBe(0);
    const r = await rank(b.out(), ['--format', 'csv', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('\uFEFFRank,Unit,Total,Grade\r\n1,临泽县科学技术协会,97.94,优\r\n');
  });

  it('every kind of line that cannot be ranked is reported once, in order', async () => {
    const error = (n: number | null, issues: unknown[]) =>
      JSON.stringify({ line: n, error: { name: 'JixiaoError', issues } });
    const issue = (en: string, path: (string | number)[] = []) => ({
      code: 'invalid_input',
      path,
      message: { zh: en, en },
    });
    const input = [
      line(1, 'ok', '90'),
      error(2, [issue('bad', ['answers', 'x']), issue('worse'), issue('worst')]),
      error(null, [issue('cut short')]),
      error(4, []),
      JSON.stringify({ line: 5, error: 'boom' }),
      '{oops',
      '5',
      JSON.stringify({ line: 8, unit: { name: 'n' }, total: '1e3' }),
      JSON.stringify({ line: 9, unit: { name: 'n' } }),
      line(10, 'ok2', '91'),
    ].join('\n');
    const r = await rank(input, ['--format', 'csv', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('\uFEFFRank,Unit,Total,Grade\r\n1,ok2,91,\r\n2,ok,90,\r\n');
    expect(r.err.split('\n')).toEqual([
      'jixiao: -:2: not ranked (line 2 not scored: answers.x: bad (and 2 more))',
      'jixiao: -:3: not ranked (not scored: cut short)',
      'jixiao: -:4: not ranked (line 4 not scored)',
      'jixiao: -:5: not ranked (line 5 not scored)',
      'jixiao: -:6: not ranked (-:6 is not valid JSON (line 1, column 2: unexpected character "o"))',
      'jixiao: -:7: not ranked (expected an object (a result, for instance), got number 5)',
      'jixiao: -:8: not ranked (total: "total" must be a number: a finite number or a decimal string such as "97.94", got string "1e3")',
      'jixiao: -:9: not ranked (total: "total" is missing (expected a number))',
      '10 results: 2 ranked, 8 not ranked',
      '',
    ]);
    const zh = await rank(input, ['--format', 'csv']);
    expect(zh.err.split('\n')[0]).toBe(
      'jixiao: -:2：未参与排名（第 2 行评分出错：answers.x: bad（另有 2 项问题））',
    );
  });

  it('a missing file is reported, and nothing ranked', async () => {
    const r = await rank('', ['nofile.ndjson', '--format', 'json', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ count: 0, notRanked: 1 });
    expect(r.err).toContain('nofile.ndjson');
  });
});

describe('jixiao rank: output safety', () => {
  it('CSV: an id that is a formula is written as text', async () => {
    const input = [
      line(1, "=cmd|'/c calc'!A1", '2'),
      line(2, '@SUM(A1:A9)', '1'),
      line(3, '+SUM(1)', '0'),
      line(4, '－1', '-1'),
    ].join('\n');
    const r = await rank(input, ['--format', 'csv']);
    const records = csvRecords(r.out);
    expect(records.slice(1).map((c) => c[1])).toEqual([
      "'=cmd|'/c calc'!A1",
      "'@SUM(A1:A9)",
      "'+SUM(1)",
      "'－1",
    ]);
    expect(records.flat().filter((c) => FORMULA_START.test(c) && !PLAIN_NUMBER.test(c))).toEqual(
      [],
    );
    // A negative total is a number, and stays one.
    expect(records[4]?.[2]).toBe('-1');
  });

  it('Markdown: | and * in an id are escaped, the table keeps its four columns', async () => {
    const r = await rank(line(1, 'a|b *bold* [x](y)', '1', '优|良'), ['--format', 'markdown']);
    expect(r.out).toContain('| 1 | a\\|b \\*bold\\* \\[x\\]\\(y\\) | 1 | 优\\|良 |\n');
    for (const row of gfmRows(r.out)) expect(gfmCells(row).length).toBeGreaterThanOrEqual(2);
    const ranking = gfmRows(r.out).slice(0, 3);
    for (const row of ranking) expect(gfmCells(row)).toHaveLength(4);
  });

  it('a terminal sees no control character: ids, grades, the key path and standard error', async () => {
    const input = [
      line(1, 'a\u001b[31mred\u001b[0m', '2', 'g\u001b]0;title\u0007'),
      line(2, 'b\u202eevil\u0000', '1'),
      JSON.stringify({
        line: 3,
        error: { issues: [{ path: [], message: { en: 'x\u001b[2J', zh: 'x' } }] },
      }),
    ].join('\n');
    for (const format of ['table', 'markdown', 'json']) {
      const r = await rank(input, ['--format', format, '--locale', 'en']);
      expect(r.out).not.toMatch(TERMINAL_UNSAFE);
      expect(r.err).not.toMatch(TERMINAL_UNSAFE);
      expect(r.code).toBe(1);
    }
    const t = await rank(input, ['--locale', 'en']);
    expect(t.out).toContain('   1  ared       2  g\n');
    expect(t.out).toContain('   2  bevil      1\n');
    expect(t.err).toBe('jixiao: -:3: not ranked (line 3 not scored: x)\n');
    const json = await rank(input, ['--format', 'json']);
    expect((JSON.parse(json.out) as RankJson).ranks[0]?.id).toBe('a\u001b[31mred\u001b[0m');
    const by = await rank('{"a\\u001bb": 1}', ['--by', 'a\u001bb', '--locale', 'en']);
    expect(by.out).not.toMatch(TERMINAL_UNSAFE);
    expect(by.out).toContain('Rank  Unit  ab  Grade');
  });

  // Pieces that mean something to a spreadsheet, a Markdown reader or a terminal.
  const PIECES = [
    ...Array.from('=+-@\t\r\n|\\<>[]()`*_~!#$&:. 1a中＝＋－＠'),
    '\u001b[31m',
    '\u001b]0;t\u0007',
    '\u009b2J',
    '\u202e',
    '\u2028',
    '\u0000',
    '\u007f',
    '-1.50',
  ];
  const text = fc.oneof(
    fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  );

  test.prop(
    [
      fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }),
      fc.constantFrom('zh' as const, 'en' as const),
    ],
    {
      numRuns: runs(200),
    },
  )('any id and grade: the renderers keep their shape and stay inert', (units, locale) => {
    const rows: RankRow[] = units.map(([id, grade], i) => ({
      rank: i + 1,
      id,
      value: `${i}.5`,
      grade,
    }));
    const info: RankInfo = {
      by: 'total',
      ties: 'competition',
      order: 'desc',
      widths: rankWidths(rows, 'total', locale),
    };
    const summary = {
      count: rows.length,
      notRanked: 0,
      distribution: {
        grades: rows.map((r) => ({
          label: r.grade ?? '',
          count: 1,
          share: '0.5',
          percent: '50.00',
          fraction: '1/2',
        })),
        count: rows.length,
        places: 2,
        by: 'grade',
      },
      percentiles: null,
    };
    const render = (format: RankFormat) =>
      rankHead(format, locale, info) +
      rows.map((r, i) => rankRow(r, format, info, i === 0)).join('') +
      rankFoot(summary, format, locale, info);
    const lines = (s: string) => s.split('\n').length;

    const table = render('table');
    expect(table).not.toMatch(TERMINAL_UNSAFE);
    // A head of 3 lines, a line a unit, the foot: a blank, the count, a blank, the title, a line a
    // grade; and the empty piece after the last line break.
    expect(lines(table)).toBe(3 + rows.length + 4 + rows.length + 1);

    const md = render('markdown');
    expect(md).not.toMatch(TERMINAL_UNSAFE);
    expect(md).not.toContain('<');
    expect(md).not.toContain('](');
    const ranking = gfmRows(md).slice(0, 2 + rows.length);
    for (const row of ranking) expect(gfmCells(row)).toHaveLength(4);
    expect(gfmRows(md)).toHaveLength(2 + rows.length + 2 + rows.length);

    const csv = render('csv');
    const records = csvRecords(csv);
    expect(records).toHaveLength(1 + rows.length);
    expect(records.flat().filter((c) => FORMULA_START.test(c) && !PLAIN_NUMBER.test(c))).toEqual(
      [],
    );
    const asText = (s: string) => (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s);
    records.slice(1).forEach((r, i) => {
      expect(r[1]).toBe(asText(rows[i]?.id ?? ''));
      expect(r[3]).toBe(asText(rows[i]?.grade ?? ''));
    });

    const json = render('json');
    expect(json).not.toMatch(TERMINAL_UNSAFE);
    const doc = JSON.parse(json) as RankJson;
    expect(doc.ranks).toEqual(rows);
  });
});

describe('jixiao rank: a stream of 100,000 results', () => {
  it('ranks them all: count, first and last ranks, the median', { timeout: 60_000 }, async () => {
    // Unit i (from 0) scores (i mod 1000) / 10: each of 0, 0.1, …, 99.9 a hundred times.
    const n = 100_000;
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      parts.push(
        `{"line":${i + 1},"unit":{"name":"u${i}"},"total":"${((i % 1000) / 10).toFixed(1)}","grade":"${i % 1000 >= 900 ? '优' : '良'}"}\n`,
      );
    }
    const f = fakeIo({}, parts.join(''));
    const code = await run(['rank', '-', '--format', 'json', '--locale', 'en'], f.io);
    expect(code).toBe(0);
    const doc = JSON.parse(f.out()) as RankJson;
    expect(doc.count).toBe(n);
    expect(doc.ranks).toHaveLength(n);
    // 99.9 first: units 999, 1999, … in input order, all ranked 1st.
    expect(doc.ranks[0]).toEqual({ rank: 1, id: 'u999', value: '99.9', grade: '优' });
    expect(doc.ranks[99]).toEqual({ rank: 1, id: 'u99999', value: '99.9', grade: '优' });
    expect(doc.ranks[100]).toMatchObject({ rank: 101, id: 'u998' });
    // 0.0 last: a hundred units, ranked n − 100 + 1; the last of them is unit 99000.
    expect(doc.ranks[n - 100]).toEqual({ rank: n - 99, id: 'u0', value: '0.0', grade: '良' });
    expect(doc.ranks[n - 1]).toEqual({ rank: n - 99, id: 'u99000', value: '0.0', grade: '良' });
    expect(doc.percentiles).toMatchObject({ count: n, min: '0', max: '99.9', median: '49.95' });
    expect(doc.distribution?.grades.map((g) => [g.label, g.count])).toEqual([
      ['优', 10_000],
      ['良', 90_000],
      ['中', 0],
      ['差', 0],
    ]);
    expect(f.err()).toBe('100000 results: 100000 ranked, 0 not ranked\n');
  });
});
