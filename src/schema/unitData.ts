/**
 * Unit data (评价数据): who is evaluated, the raw facts, and per-indicator answers. Answers are
 * checked against the fields the indicator's rule reads when the framework is known.
 */
import * as z from 'zod';
import { NumSchema } from './common.js';

/** The evaluated unit. */
export const UnitInfoSchema = z.strictObject({
  /** Name (单位名称), e.g. `"临泽县科学技术协会"`. */
  name: z.string().min(1).max(200),
  /** Code (单位编码). */
  code: z.string().max(100).optional(),
  /** Year evaluated (评价年度). */
  year: z.number().int().min(1900).max(2200).optional(),
  /** Free note (e.g. where the data come from). */
  note: z.string().max(4000).optional(),
});

/** The evaluated unit. */
export type UnitInfo = z.infer<typeof UnitInfoSchema>;

/** Answer fields every indicator accepts, inner or leaf. */
export const commonAnswer = {
  /** The indicator does not apply to this unit (不适用). */
  notApplicable: z.boolean().optional(),
  /** Why it does not apply (required with `notApplicable`). */
  reason: z.string().max(2000).optional(),
  /** Free remark, e.g. a 偏差原因. */
  note: z.string().max(4000).optional(),
  /** References to evidence (文件, 凭证). */
  evidence: z
    .union([z.string().max(2000), z.array(z.string().max(2000)).max(100)], {
      error: () => '$jixiao:evidence',
    })
    .optional(),
};

/** Schema of a unit data document (answers are checked per rule later). */
export const UnitDataSchema = z.strictObject({
  $schema: z.string().optional(),
  unit: UnitInfoSchema.optional(),
  /** Facts by declared name, flat: `{ "staff.actual": 8 }` (names are checked against the framework). */
  facts: z.record(z.string().max(100), NumSchema).optional(),
  /** Where each fact comes from (a document, a page, "示意" for illustrative values), by fact name. */
  sources: z.record(z.string().max(100), z.string().max(2000)).optional(),
  /** Answers by indicator id (each checked against the fields its rule reads). */
  answers: z.record(z.string().max(100), z.unknown()).optional(),
});

/** A unit data document as written in JSON. */
export type UnitDataInput = z.infer<typeof UnitDataSchema>;

/** Answer given for one indicator. */
export type AnswerInput = Record<string, unknown>;
