// The plain-number yardstick of `evaluate(department2013)` in the benchmark: the same rules for the
// linze-kexie-2023 example, hand-written with JavaScript numbers (not exact, not general).
import { readFileSync } from 'node:fs';

/** The example's unit data. */
export const data = JSON.parse(
  readFileSync(new URL('../examples/linze-kexie-2023.json', import.meta.url), 'utf8'),
);

const f = (name) => Number(data.facts[name]);
const round2 = (x) => Math.round(x * 100 + Number.EPSILON * 100) / 100;
const ratio = (v, full) => (v >= full ? 1 : Math.max(0, v / full));
const step = (v, threshold, deduct, weight) =>
  Math.max(0, weight - Math.max(0, v - threshold) * deduct) / weight;
const elements = (answer, points, weight) =>
  Object.entries(points).reduce((s, [k, p]) => s + (answer.elements[k] ? p : 0), 0) / weight;

/**
 * The total of the example, computed with numbers.
 *
 * @param d - the unit data
 * @returns the total
 */
export function reference(d) {
  const a = d.answers;
  const pct = (x, y) => (f(x) / f(y)) * 100;
  const leaves = [
    [2, elements(a['input.goals.soundness'], { law: 1, mandate: 0.5, plan: 0.5 }, 2)],
    [
      3,
      elements(
        a['input.goals.clarity'],
        { tasks: 0.75, measurable: 0.75, planned: 0.75, funded: 0.75 },
        3,
      ),
    ],
    [3, step(pct('staff.actual', 'staff.quota'), 100, 0.3, 3)],
    [
      3,
      step(
        ((f('threePublic.budget') - f('threePublic.previousBudget')) /
          f('threePublic.previousBudget')) *
          100,
        0,
        0.3,
        3,
      ),
    ],
    [4, ratio(pct('projects.key', 'projects.total'), 80)],
  ];
  // 预算执行: 政府采购执行率 is not applicable, so 18 points go to the other seven in proportion.
  const exec = [
    [4, ratio(pct('budget.completed', 'budget.approved'), 100)],
    [2, step(pct('budget.adjustment', 'budget.approved'), 0, 0.2, 2)],
    [2, Math.abs(pct('payment.actualProgress', 'payment.plannedProgress') - 100) <= 5 ? 1 : 0],
    [
      2,
      (() => {
        const v = pct('carryover.current', 'budget.approved');
        return v <= 9 ? 1 : 9 / v;
      })(),
    ],
    [
      2,
      step(
        ((f('carryover.current') - f('carryover.previous')) / f('carryover.previous')) * 100,
        0,
        0.2,
        2,
      ),
    ],
    [2, step(pct('publicFunds.spent', 'publicFunds.budget'), 100, 0.2, 2)],
    [2, step(pct('threePublic.spent', 'threePublic.budget'), 100, 0.2, 2)],
  ];
  for (const [w, r] of exec) leaves.push([(w * 18) / 16, r]);
  leaves.push(
    [3, elements(a['process.management.rules'], { exist: 1, lawful: 1, enforced: 1 }, 3)],
    [
      3,
      a['process.management.compliance'].gate
        ? elements(
            a['process.management.compliance'],
            { law: 0.75, approval: 0.75, review: 0.75, purpose: 0.75 },
            3,
          )
        : 0,
    ],
    [1, elements(a['process.management.disclosure'], { content: 0.5, timely: 0.5 }, 1)],
    [3, elements(a['process.management.information'], { true: 1, complete: 1, accurate: 1 }, 3)],
    [3, elements(a['process.assets.rules'], { exist: 1, lawful: 1, enforced: 1 }, 3)],
    [
      2,
      elements(
        a['process.assets.safety'],
        { kept: 0.4, allocated: 0.4, disposal: 0.4, books: 0.4, income: 0.4 },
        2,
      ),
    ],
    [2, ratio(pct('assets.inUse', 'assets.total'), 100)],
    [10, ratio(pct('work.done', 'work.planned'), 100)],
    [7, ratio(pct('work.onTime', 'work.planned'), 100)],
    [7, ratio(pct('work.qualified', 'work.planned'), 100)],
    [6, ratio(pct('keyWork.done', 'keyWork.assigned'), 100)],
    [4, Number(a['outcome.benefits.economic'].points) / 4],
    [6, Number(a['outcome.benefits.social'].points) / 6],
    [4, Number(a['outcome.benefits.ecological'].points) / 4],
    [6, ratio(Number(a['outcome.benefits.satisfaction'].rate), 100)],
  );
  let total = 0;
  for (const [w, r] of leaves) total += round2(w * r);
  return round2(total);
}
