import { describe, expect, it } from 'vitest';
import { ANSWER_FIELDS, RULE_KINDS } from '../../src/index.js';
import { commonAnswer } from '../../src/schema/unitData.js';

// The typed AnswerInput lists every field a rule reads: kept in step with the rules' schemas, so that a
// new answer field cannot be forgotten in the type (nor a removed one linger).
describe('AnswerInput', () => {
  it('has exactly the common fields and those of every rule kind', () => {
    const fromRules = new Set<string>(Object.keys(commonAnswer));
    for (const kind of Object.values(RULE_KINDS))
      for (const key of Object.keys(kind.answer)) fromRules.add(key);
    expect([...ANSWER_FIELDS].sort()).toEqual([...fromRules].sort());
  });
});
