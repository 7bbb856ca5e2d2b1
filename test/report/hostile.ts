/**
 * Evaluations and reviews whose every name is hostile text, and readers of what the renderers
 * write (CSV cells, GFM table cells, terminal control characters), for the output-safety tests.
 */
/* eslint-disable no-control-regex -- control characters are what these tests look for */
import { expect } from 'vitest';
import {
  JixiaoError,
  auditSelfEvaluation,
  defineFramework,
  evaluate,
  scoreSelfEvaluation,
  type AuditResult,
  type Evaluation,
  type SelfEvaluationResult,
} from '../../src/index.js';

/** Names that break a spreadsheet, a Markdown viewer or a terminal when written as they are. */
export const HOSTILE = {
  formula: '=1+1',
  hyperlink: '=HYPERLINK("http://x","y")',
  pipe: 'z\\|w',
  script: '<script>alert(1)</script>',
  link: '[x](javascript:alert(1))',
  ansi: 'a\u001b[31mred\u001b[0m',
  osc: 'b\u001b]0;title\u0007c',
  csi8: 'd\u009b2Je',
  cr: 'e\rf',
  bidi: 'g\u202eh\u2066i\u2069',
} as const;

/** C0 and C1 controls, DEL and the bidirectional controls: none may reach a terminal. */
export const TERMINAL_UNSAFE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Characters HTML forbids, and the bidirectional controls: none may reach a page. */
export const HTML_UNSAFE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** What a spreadsheet would run: a formula character first (after blanks), or a tab or CR. */
export const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
/** A plain number, which a spreadsheet may read as one. */
export const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?%?$/;

/**
 * An evaluation whose framework, 一级, 二级 and 三级 names, unit and finding (a manual score's
 * justification) all hold `name`. Leaf `c` loses 30 points, so it has a finding.
 */
export function hostileEvaluation(name: string): Evaluation {
  const fw = defineFramework({
    id: 'h',
    version: '1',
    name,
    indicators: [
      {
        id: 'a',
        name,
        weight: 100,
        children: [
          {
            id: 'b',
            name,
            weight: 60,
            children: [{ id: 'c', name, weight: 60, rule: { kind: 'manual' } }],
          },
          { id: 'd', name, weight: 40, rule: { kind: 'manual' } },
        ],
      },
    ],
  });
  return evaluate(fw, {
    unit: { name: name.slice(0, 200), year: 2023 },
    answers: {
      c: { points: 30, justification: `${name}。` },
      d: { points: 40, justification: 'x' },
    },
  });
}

/** A self-evaluation whose unit, project, 一级, 二级, 三级 names and 偏差原因 hold `name`. */
export function hostileSelf(name: string): SelfEvaluationResult {
  return scoreSelfEvaluation({
    unit: name.slice(0, 200),
    project: name.slice(0, 500),
    year: 2023,
    budget: { adjusted: 100, executed: 80, note: name },
    rows: [
      {
        l1: name.slice(0, 200),
        l2: name.slice(0, 200),
        l3: name,
        target: '≥100',
        actual: '80',
        weight: 90,
      },
    ],
  });
}

/** A review whose id and 三级 name hold `name`, with discrepancies that quote the name. */
export function hostileAudit(name: string): AuditResult {
  return auditSelfEvaluation({
    id: name,
    budget: { adjusted: '100', executed: '95', publishedPoints: '9.50', publishedRate: '95.00%' },
    rows: [
      {
        l1: '产出指标',
        l3: name,
        target: '≥40场次',
        actual: '30场次',
        weight: 50,
        publishedPoints: '50',
      },
      {
        l1: '效益指标',
        l3: '知晓率',
        target: '≥90%',
        actual: '92%',
        weight: 30,
        publishedPoints: '30',
      },
      {
        l1: '满意度指标',
        l3: '满意度',
        target: '≥95%',
        actual: '96%',
        weight: 10,
        publishedPoints: '10',
      },
    ],
    publishedTotal: '99.50',
    publishedGrade: '优',
  });
}

/**
 * The cells of one GFM table row, split as a strict CommonMark reader does: a `|` is a cell
 * border unless an odd number of backslashes stands before it.
 */
export function gfmCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let slashes = 0;
  for (const ch of line.trim().replace(/^\|/, '')) {
    if (ch === '|' && slashes % 2 === 0) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
    slashes = ch === '\\' ? slashes + 1 : 0;
  }
  if (cell.trim() !== '') cells.push(cell);
  return cells;
}

/** The rows of the GFM tables in a Markdown document. */
export function gfmRows(markdown: string): string[] {
  return markdown.split('\n').filter((l) => l.startsWith('|'));
}

/** Runs `call` and checks it throws a JixiaoError; returns its issues' paths. */
export function jixiaoPaths(call: () => unknown): (string | number)[][] {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(JixiaoError);
    return (e as JixiaoError).issues.map((i) => [...i.path]);
  }
  return expect.fail('expected a JixiaoError');
}
