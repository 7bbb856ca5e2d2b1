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
  const value = typeof c.value === 'number' ? numberText(c.value) : c.value;
  const opText = normalise(c.op);
  const valueText = value === undefined ? '' : normalise(value);
  const shown = `${c.op}${value ?? ''}${c.unit ?? ''}`;
  if (/^(定性|qualitative)$/i.test(opText)) {
    return { ok: true, value: { kind: 'qualitative', standard: value ?? '', text: shown } };
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
  const unitText = c.unit === undefined ? '' : normalise(c.unit);
  const unit = unitText === '' ? null : unitOf(unitText);
  if (unitText !== '' && !unit) {
    return {
      ok: false,
      failure: failure('target', shown, {
        zh: `未知的计量单位「${quote(c.unit ?? '')}」`,
        en: `unknown unit "${quote(c.unit ?? '')}"`,
      }),
    };
  }
  const q = quantity(valueText);
  if (!q || (q.unit && unit && q.unit.text !== unit.text)) {
    return {
      ok: false,
      failure: failure('target', shown, { zh: '指标值不是数值', en: 'the value is not a number' }),
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
