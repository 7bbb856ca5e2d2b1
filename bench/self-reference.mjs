// A plain-float scorer of a self-evaluation table, the yardstick of `scoreSelfEvaluation` in the
// benchmark: it parses the same 指标值 and 实际完成值 texts (operator, number, 万, unit, 约数 such as
// "以上" and "余", qualitative tiers), scores each row by the rules of 财预〔2020〕10号 with JavaScript
// numbers, rounds to 2 places, and builds the same rows (parsed cells, rate, points, lost, flags) and
// the total and grade. It is not exact and not general: only a measure of the work any scorer must do.

const UNITS = {
  场次: { family: 'count', base: '场次', factor: 1 },
  人次: { family: 'personTimes', base: '人次', factor: 1 },
  份: { family: 'count', base: '份', factor: 1 },
  元: { family: 'money', base: '元', factor: 1 },
  '%': { family: 'percent', base: '%', factor: 1 },
};
const OPS = {
  '≥': '>=',
  '≤': '<=',
  '>': '>',
  '<': '<',
  '=': '=',
  不少于: '>=',
  不低于: '>=',
  不超过: '<=',
};
const TARGET = /^(≥|≤|>|<|=|不少于|不低于|不超过)?\s*(-?\d+(?:\.\d+)?)\s*(万)?(.*)$/;
const ACTUAL = /^(-?\d+(?:\.\d+)?)\s*(万)?(.*?)(余|以上|左右)?$/;
const TIERS = { 达成年度指标: 'achieved', 部分达成: 'partial', 未达成: 'missed' };

function unitOf(wan, text) {
  const u = UNITS[text] ?? { family: 'other', base: text, factor: 1 };
  return {
    text: (wan ? '万' : '') + text,
    family: u.family,
    base: u.base,
    factor: wan ? 10000 : 1,
  };
}

function parseTarget(text) {
  const m = TARGET.exec(text);
  if (!m) return { kind: 'qualitative', standard: text, text };
  return {
    kind: 'quantitative',
    op: OPS[m[1] ?? '='] ?? '=',
    value: Number(m[2]),
    unit: unitOf(m[3] !== undefined, m[4].trim()),
    approx: null,
    implicitOp: m[1] === undefined,
    text,
  };
}

function parseActual(text) {
  const m = ACTUAL.exec(text);
  if (!m) return { kind: 'qualitative', tier: TIERS[text] ?? 'unknown', text };
  return {
    kind: 'quantitative',
    value: Number(m[1]),
    unit: unitOf(m[2] !== undefined, m[3].trim()),
    approx: m[4] === undefined ? null : 'more',
    text,
  };
}

const round2 = (x) => Math.round(x * 100 + Number.EPSILON * 100) / 100;

function rateOf(target, actual) {
  const a = target.value * target.unit.factor;
  const b = actual.value * actual.unit.factor;
  if (target.op === '<=' || target.op === '<') return b <= a ? 1 : Math.max(0, 1 - (b - a) / a);
  return b >= a ? 1 : Math.max(0, b / a);
}

/**
 * Scores a table with floats.
 *
 * @param table - `{ budget: { adjusted, executed }, rows }`
 * @returns `{ total, grade, budget, rows }`
 */
export function floatScore(table) {
  const b = table.budget;
  const budgetRate = Math.min(1, Number(b.executed) / Number(b.adjusted));
  const budgetPoints = round2(budgetRate * 10);
  let total = budgetPoints;
  const rows = table.rows.map((row) => {
    const target = parseTarget(row.target);
    const actual = parseActual(row.actual);
    const weight = Number(row.weight);
    const flags = [];
    let rate;
    if (target.kind === 'qualitative') rate = Number(row.points) / weight;
    else {
      rate = rateOf(target, actual);
      if (rate < 1) {
        flags.push({
          code: 'explanationRequired',
          message: {
            zh: `需说明偏差原因：未完成指标值（实际 ${actual.text}）`,
            en: 'target not met',
          },
        });
        if (!row.note)
          flags.push({
            code: 'explanationMissing',
            message: { zh: '未填写偏差原因', en: 'no 偏差原因 given' },
          });
      }
      if (actual.approx)
        flags.push({
          code: 'approximate',
          message: { zh: `实际完成值「${actual.text}」为约数`, en: 'approximate' },
        });
    }
    const points = round2(rate * weight);
    total += points;
    // Object.assign, not a spread (much slower on Node 20): the yardstick is written to be fast.
    return Object.assign({}, row, {
      parsed: { target, actual },
      rate: rate.toFixed(4),
      points: points.toFixed(2),
      lost: (weight - points).toFixed(2),
      flags,
    });
  });
  total = round2(total);
  const grade = total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';
  return {
    total: total.toFixed(2),
    grade,
    budget: { rate: budgetRate.toFixed(4), points: budgetPoints.toFixed(2) },
    rows,
  };
}
