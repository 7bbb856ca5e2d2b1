/**
 * The fuzz's checkers must catch what they look for: a planted NaN, exponent, points above a
 * weight, wrong sum, wrong grade, TypeError, slow call, formula, broken table or markup. (Runs in
 * `npm test`; the fuzz itself is `npm run fuzz`.)
 */
import { readFileSync } from 'node:fs';
import { MAX_CHUNKS, chunkSizeOf, itemsIn } from './properties/cli.js';
import { describe, expect, it } from 'vitest';
import {
  JixiaoError,
  builtinFramework,
  evaluate,
  scoreSelfEvaluation,
  type Evaluation,
  type SelfEvaluationResult,
  type UnitDataInput,
  type SelfEvaluationTableInput,
} from '../../src/index.js';
import {
  FuzzFailure,
  TIME_LIMIT_MS,
  batchLimit,
  call,
  checkCsvText,
  checkEvaluation,
  checkHtmlText,
  checkMarkdownText,
  checkSafeResult,
  checkSelfEvaluation,
  checkTerminalText,
  checkText,
  inputsOf,
  parseCsv,
} from './checks.js';

const example = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as unknown;

/** A deep, mutable copy of a result, with one change. */
function planted<T>(value: T, change: (copy: T) => void): T {
  const copy = JSON.parse(JSON.stringify(value)) as T;
  change(copy);
  return copy;
}

const caught = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FuzzFailure);
    return (e as Error).message;
  }
  return expect.fail('the checker did not fail');
};

describe('checkText', () => {
  const none = inputsOf();
  it.each([
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['-0.00', '-0.00'],
    ['1e+21', 'exponent'],
    ['2.5E-7', 'exponent'],
  ])('finds %s as a whole string', (s) => {
    expect(
      caught(() => {
        checkText({ a: [{ b: s }] }, none);
      }),
    ).toMatch(/result\.a\[0\]\.b/);
  });

  it('finds them inside messages, and non-finite numbers', () => {
    caught(() => {
      checkText('得分 1e+21 分', none);
    });
    caught(() => {
      checkText('rate NaN%', none);
    });
    caught(() => {
      checkText({ year: NaN }, none);
    });
    caught(() => {
      checkText([Infinity], none);
    });
  });

  it('lets through what the caller gave, and ordinary words', () => {
    checkText({ id: '1e999', text: 'cannot read "≥1e999"' }, inputsOf({ target: '≥1e999' }));
    checkText({ year: NaN, message: 'got number NaN' }, inputsOf({ year: NaN }));
    checkText('Infinityx NaNa e5 1e5x 3.14 — version 1.2.3', none);
    caught(() => {
      checkText('-0.00', inputsOf('0.00'));
    });
  });
});

describe('checkEvaluation and checkSelfEvaluation', () => {
  const e: Evaluation = evaluate(
    builtinFramework('department2013'),
    example('examples/linze-kexie-2023.json') as UnitDataInput,
  );
  const s: SelfEvaluationResult = scoreSelfEvaluation(
    example('examples/tables/langfang-2019.json') as SelfEvaluationTableInput,
  );

  it('pass real results', () => {
    checkEvaluation(e);
    checkSelfEvaluation(s);
  });

  it('find points above the weight, a wrong lost, a wrong sum, total or grade', () => {
    const leaf = (x: Evaluation) =>
      x.tree[0]!.children[0]!.children[0]! as { points: string; lost: string; weight: string };
    expect(
      caught(() => {
        checkEvaluation(
          planted(e, (x) => {
            leaf(x).points = '99.00';
          }),
        );
      }),
    ).toMatch(/outside \[0, /);
    expect(
      caught(() => {
        checkEvaluation(
          planted(e, (x) => {
            leaf(x).lost = '0.01';
          }),
        );
      }),
    ).toMatch(/lost/);
    expect(
      caught(() => {
        checkEvaluation(
          planted(e, (x) => {
            const top = x.tree[0] as { points: string; lost: string; weight: string };
            top.points = '0.00';
            top.lost = top.weight;
          }),
        );
      }),
    ).toMatch(/sum of its children/);
    expect(
      caught(() => {
        checkEvaluation(
          planted(e, (x) => {
            (x as { total: string }).total = '1.00';
          }),
        );
      }),
    ).toMatch(/total/);
    expect(
      caught(() => {
        checkEvaluation(
          planted(e, (x) => {
            (x as { grade: string }).grade = '差';
          }),
        );
      }),
    ).toMatch(/grade/);
    expect(
      caught(() => {
        checkEvaluation(
          planted(e, (x) => {
            (x as { total: string }).total = '9.794e1';
          }),
        );
      }),
    ).toMatch(/places/);
  });

  it('find a row shown apart from the tree, or above its weight', () => {
    expect(
      caught(() => {
        checkSelfEvaluation(
          planted(s, (x) => {
            (x.rows[0] as { points: string }).points = '0.00';
          }),
        );
      }),
    ).toMatch(/rows\[0\]/);
    expect(
      caught(() => {
        checkSelfEvaluation(
          planted(s, (x) => {
            (x as { total: string }).total = '1.00';
          }),
        );
      }),
    ).toMatch(/total/);
  });
});

describe('call', () => {
  const inputs = inputsOf('x');
  it('passes a JixiaoError and fails any other error', () => {
    const r = call('f', () => builtinFramework('nope' as never), { inputs });
    expect(r.ok).toBe(false);
    expect(caught(() => call('f', () => (null as unknown as { a: number }).a, { inputs }))).toMatch(
      /TypeError/,
    );
    expect(
      caught(() =>
        call(
          'f',
          () => {
            throw new RangeError('r');
          },
          { inputs },
        ),
      ),
    ).toMatch(/RangeError/);
  });

  it('fails any throw of a function documented never to throw', () => {
    expect(
      caught(() =>
        call(
          'f',
          () => {
            throw new JixiaoError([
              { code: 'unknown_key', path: [], message: { zh: 'x', en: 'x' } },
            ]);
          },
          { inputs, contract: 'never' },
        ),
      ),
    ).toMatch(/never to throw/);
  });

  it('checks what a safe function returns: the data, or a well-formed JixiaoError', () => {
    const error = new JixiaoError([
      { code: 'unknown_key', path: ['a'], message: { zh: '未知', en: 'unknown' } },
    ]);
    const check = (value: unknown) => {
      checkSafeResult(value, inputs, 'f');
    };
    const failure = (value: unknown) =>
      caught(() => {
        check(value);
      });
    expect(() => {
      check({ success: true, data: 1 });
    }).not.toThrow();
    expect(() => {
      check({ success: false, error });
    }).not.toThrow();
    expect(failure({ ok: true, value: 1 })).toMatch(/neither/);
    expect(failure(undefined)).toMatch(/no result/);
    expect(failure({ success: true, data: 1, error })).toMatch(/succeeded with the keys/);
    expect(failure({ success: false, error: new Error('e') })).toMatch(/failed with Error/);
    const nan = new JixiaoError([
      { code: 'unknown_key', path: ['a'], message: { zh: '得分 NaN', en: 'points NaN' } },
    ]);
    expect(failure({ success: false, error: nan })).toMatch(/NaN/);
  });

  it('does not count time spent waiting for a core (a loaded machine), only time spent working', () => {
    const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    const t0 = performance.now();
    expect(call('waits', () => sleep(150), { inputs }).ok).toBe(true);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(150);
  });

  it('fails a call that stays slow, not one that was slow once', () => {
    // Work, not waiting: burn `ms` of CPU time and at least `ms` by the clock.
    const busy = (ms: number) => {
      const c0 = process.cpuUsage();
      const end = performance.now() + ms;
      const worked = () => {
        const u = process.cpuUsage(c0);
        return (u.user + u.system) / 1000 >= ms;
      };
      while (performance.now() < end || !worked());
    };
    expect(
      caught(() =>
        call(
          'slow',
          () => {
            busy(120);
          },
          { inputs },
        ),
      ),
    ).toMatch(/took/);
    let first = true;
    call(
      'once',
      () => {
        if (first) busy(120);
        first = false;
      },
      { inputs },
    );
  });
});

describe('output checks', () => {
  it('find control characters for a terminal', () => {
    checkTerminalText('a\tb\nc', 't');
    caught(() => {
      checkTerminalText('a\u001b[2Jb', 't');
    });
    caught(() => {
      checkTerminalText('a\u202eb', 't');
    });
    caught(() => {
      checkTerminalText('a\rb', 't');
    });
  });

  it('find formulas and broken records in CSV', () => {
    expect(parseCsv('\ufeffa,"b,""c"""\r\n1,2\r\n')).toEqual([
      ['a', 'b,"c"'],
      ['1', '2'],
    ]);
    checkCsvText('a,-1.50\r\n"\'=1",b\r\n', 2, 'c');
    caught(() => {
      checkCsvText('a,=1+1\r\n', 2, 'c');
    });
    caught(() => {
      checkCsvText('a,＠x\r\n', 2, 'c');
    });
    caught(() => {
      checkCsvText('a,b,c\r\n', 2, 'c');
    });
    caught(() => {
      checkCsvText('a,"b\r\n', 2, 'c');
    });
  });

  it('find a Markdown row that lost its shape, and raw HTML', () => {
    checkMarkdownText('| a | b |\n|---|---|\n| x \\| y | z |\n', 'm');
    caught(() => {
      checkMarkdownText('| a | b |\n| x | y | z |\n', 'm');
    });
    caught(() => {
      checkMarkdownText('| a | b |\n| <b>x</b> | y |\n', 'm');
    });
    caught(() => {
      checkMarkdownText('| a | b |\r\n', 'm');
    });
  });

  it("find markup that is not jixiao's in HTML", () => {
    checkHtmlText(
      '<!doctype html>\n<html><body><table><tr><td>&lt;script&gt;</td></tr></table></body></html>',
      'h',
    );
    caught(() => {
      checkHtmlText('<html><body><script>x</script></body></html>', 'h');
    });
    caught(() => {
      checkHtmlText('<html><body><!-- x --></body></html>', 'h');
    });
    caught(() => {
      checkHtmlText('<html><body>\u202e</body></html>', 'h');
    });
  });
});

describe('the CLI fuzz cuts files into chunks', () => {
  it('as drawn for small files, so tiny chunks meet every edge', () => {
    expect(chunkSizeOf({ files: { 'a.json': '{"a":1}' }, stdin: '', chunkSize: 1 })).toBe(1);
    expect(chunkSizeOf({ files: {}, stdin: new Uint8Array(4096), chunkSize: 3 })).toBe(3);
  });

  it(`into at most ${MAX_CHUNKS} chunks however large the file`, () => {
    const big = '表'.repeat(20_000); // 60,000 bytes in UTF-8
    const size = chunkSizeOf({ files: { 'a.json': 'x', 'b.json': big }, stdin: '', chunkSize: 1 });
    expect(size).toBe(Math.ceil(60_000 / MAX_CHUNKS));
    expect(Math.ceil(60_000 / size)).toBeLessThanOrEqual(MAX_CHUNKS);
    expect(chunkSizeOf({ files: { 'b.json': big }, stdin: '', chunkSize: 65536 })).toBe(65536);
  });
});

describe('a batch has time for each of its tables', () => {
  it('100 ms for the first and 0.1 ms for each further one', () => {
    expect(batchLimit(1)).toBe(TIME_LIMIT_MS);
    expect(batchLimit(0)).toBe(TIME_LIMIT_MS);
    expect(batchLimit(10_001)).toBeCloseTo(1100, 6);
  });

  it('counts the items of audit and --batch runs, and one for other commands', async () => {
    const files = { 'b.ndjson': 'x\ny\nz\n', 't.json': '{"a":1}' };
    const audit = await itemsIn({ argv: ['audit', 'b.ndjson'], files, stdin: '' });
    expect(audit).toBeGreaterThanOrEqual(4);
    expect(audit).toBeLessThanOrEqual(5); // standard input, empty, may count as one unreadable item
    expect(await itemsIn({ argv: ['self', 't.json'], files, stdin: '' })).toBe(1);
    expect(await itemsIn({ argv: ['self', '--', '--batch'], files, stdin: '' })).toBe(1);
    expect(
      await itemsIn({ argv: ['self', '--batch', '-'], files: {}, stdin: '{}\n{}\n{}\n' }),
    ).toBe(3);
  });
});
