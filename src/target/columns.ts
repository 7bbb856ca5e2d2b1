/**
 * 指标值 in the 101号 layout: 指标性质, 指标值 and 度量单位 in separate columns.
 */
import { numberText } from './args.js';
import { failure, leadingOp, normalise, quantity, quote } from './read.js';
import type { ParsedTarget, Read, TargetColumns } from './types.js';
import { unitOf } from './units.js';

/**
 * Reads the columns of a 指标值; the caller has checked their types (see `targetArgument`).
 *
 * @param c - the columns
 * @returns the target, or a failure
 * @example
 * ```ts
 * readColumns({ op: '≥', value: 95, unit: '%' }); // { ok: true, value: { kind: 'quantitative', op: '>=', value: '95', … } }
 * ```
 */
export function readColumns(c: TargetColumns): Read<ParsedTarget> {
  // A column left out reads as an empty one.
  const value = typeof c.value === 'number' ? numberText(c.value) : (c.value ?? '');
  const unitWritten = c.unit ?? '';
  const opText = normalise(c.op);
  const shown = `${c.op}${value}${unitWritten}`;
  if (/^(定性|qualitative)$/i.test(opText)) {
    return { ok: true, value: { kind: 'qualitative', standard: value, text: shown } };
  }
  const [op, rest] = leadingOp(opText);
  if (!op || rest !== '') {
    return {
      ok: false,
      failure: failure('target', shown, {
        zh: `未知的指标性质「${quote(c.op)}」`,
        en: `unknown comparator "${quote(c.op)}"`,
      }),
    };
  }
  const unitText = normalise(unitWritten);
  const unit = unitOf(unitText); // null for "", no unit
  if (unitText !== '' && !unit) {
    return {
      ok: false,
      failure: failure('target', shown, {
        zh: `未知的计量单位「${quote(unitWritten)}」`,
        en: `unknown unit "${quote(unitWritten)}"`,
      }),
    };
  }
  const q = quantity(normalise(value));
  if (!q) {
    return {
      ok: false,
      failure: failure('target', shown, { zh: '指标值不是数值', en: 'the value is not a number' }),
    };
  }
  // "95%" in 指标值 with "元" in 度量单位: the two columns name different units.
  if (q.unit && unit && q.unit.text !== unit.text) {
    const [written, column] = [quote(q.unit.text), quote(unitWritten)];
    return {
      ok: false,
      failure: failure('target', shown, {
        zh: `指标值的单位「${written}」与度量单位「${column}」不同`,
        en: `the value's unit "${written}" differs from the unit column "${column}"`,
      }),
    };
  }
  return {
    ok: true,
    value: {
      kind: 'quantitative',
      op,
      value: q.value,
      unit: unit ?? q.unit,
      approx: q.approx,
      implicitOp: false,
      text: shown,
    },
  };
}
