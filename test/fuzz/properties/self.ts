/**
 * Self-evaluation tables (scoreSelfEvaluation): valid real-looking tables must score and add up;
 * tables with hostile names must score; a table with one thing wrong, or anything at all, must
 * score or be refused with a JixiaoError — never a crash, never a bad number.
 */
import fc from 'fast-check';
import { safeScoreSelfEvaluation, scoreSelfEvaluation } from '../../../src/index.js';
import {
  hostile,
  hostileNamesTable,
  tableWithOneWrong,
  validTable,
  type TableCase,
} from '../arbitraries.js';
import { call, checkSelfEvaluation, fail, inputsOf } from '../checks.js';
import { property, type FuzzProperty } from '../settings.js';

const issueList = (e: { issues: readonly { code: string; message: { en: string } }[] }): string =>
  e.issues.map((i) => `${i.code}: ${i.message.en}`).join('; ');

/**
 * Scores a table and checks the result; a valid table must not be refused.
 *
 * @param c - the table and options
 * @param mustScore - whether a JixiaoError is a failure
 */
export function scoreAndCheck(c: TableCase, mustScore: boolean): void {
  const inputs = inputsOf(c.table, c.options);
  const r = call(
    'scoreSelfEvaluation',
    () => scoreSelfEvaluation(c.table as never, c.options as never),
    { inputs },
  );
  if (!r.ok) {
    if (mustScore) fail(`a valid table was refused: ${issueList(r.error)}`);
    return;
  }
  checkSelfEvaluation(r.value);
}

export const selfProperties: FuzzProperty[] = [
  property({
    name: 'valid real-looking tables score, and every figure adds up',
    weight: 3,
    arb: validTable,
    check: (c) => {
      scoreAndCheck(c, true);
    },
  }),
  property({
    name: 'valid tables with hostile names score',
    weight: 1,
    arb: hostileNamesTable,
    check: (c) => {
      scoreAndCheck(c, true);
    },
  }),
  property({
    name: 'tables with one thing wrong score or are refused with a JixiaoError',
    weight: 5,
    arb: tableWithOneWrong,
    check: (c) => {
      scoreAndCheck(c, false);
    },
  }),
  property({
    name: 'anything as a table or options',
    weight: 1,
    arb: fc.tuple(hostile, fc.option(hostile, { nil: undefined })),
    check: ([table, options]) => {
      const inputs = inputsOf(table, options);
      const r = call(
        'scoreSelfEvaluation',
        () => scoreSelfEvaluation(table as never, options as never),
        { inputs },
      );
      if (r.ok) checkSelfEvaluation(r.value);
      call('safeScoreSelfEvaluation', () => safeScoreSelfEvaluation(table, options), {
        inputs,
        contract: 'never',
      });
    },
  }),
];
