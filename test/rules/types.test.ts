import { describe, expect, it } from 'vitest';
import { RuleFault } from '../../src/rules/types.js';
import { issuesOf } from '../helpers.js';

describe('RuleFault', () => {
  it('carries its code, parameters and path, the path empty by default', () => {
    const f = new RuleFault('unknown_key', { key: 'k' }, ['votes', 'k']);
    expect(f).toBeInstanceOf(Error);
    expect([f.code, f.params, f.at, f.message]).toEqual([
      'unknown_key',
      { key: 'k' },
      ['votes', 'k'],
      'unknown_key',
    ]);
    expect(new RuleFault('missing_input', { id: 'x', what: 'value' }).at).toEqual([]);
  });

  it('refuses a code that is not an issue code, naming the argument', () => {
    const expected = (got: string) => [
      [
        'invalid_input',
        ['code'],
        `参数 code 应为问题代码（ISSUE_CODES 之一），实际为 ${got}`,
        `argument code must be an issue code (one of ISSUE_CODES), got ${got}`,
      ],
    ];
    const issues = (code: unknown) =>
      issuesOf(() => new RuleFault(code as never, {} as never)).map((i) => [
        i.code,
        i.path,
        i.message.zh,
        i.message.en,
      ]);
    expect(issues('no_such_code')).toEqual(expected('string "no_such_code"'));
    expect(issues('toString')).toEqual(expected('string "toString"'));
    expect(issues(7)).toEqual(expected('number 7'));
  });

  it('refuses a path that is not an array', () => {
    const issues = issuesOf(() => new RuleFault('unknown_key', { key: 'k' }, 'votes' as never)).map(
      (i) => [i.code, i.path, i.message.zh, i.message.en],
    );
    expect(issues).toEqual([
      [
        'invalid_input',
        ['at'],
        '参数 at 应为路径数组，实际为 string "votes"',
        'argument at must be a path array, got string "votes"',
      ],
    ]);
  });
});
