/**
 * JSON Schemas of jixiao's inputs, generated from the zod schemas, so that an app written in any
 * language can validate a framework, unit data or a self-evaluation table before sending it. The
 * schemas check shape and types; jixiao checks more (weights adding up, expressions, bounds).
 */
import * as z from 'zod/mini';
import { argumentError } from '../errors/arguments.js';
import { SelfEvaluationTableSchema } from '../self/schema.js';
import { TableLayoutSchema } from '../self/table-layouts.js';
import { FrameworkSchema } from './framework.js';
import { UnitDataSchema } from './unitData.js';

/**
 * The documents jixiao publishes a JSON Schema for.
 *
 * @example
 * ```ts
 * Object.keys(JSON_SCHEMAS); // ["framework", "unit-data", "self-evaluation", "layout"]
 * ```
 * @category Evaluate
 */
export const JSON_SCHEMAS = {
  framework: {
    schema: FrameworkSchema,
    title: 'jixiao framework (指标体系)',
    file: 'framework.schema.json',
  },
  'unit-data': {
    schema: UnitDataSchema,
    title: 'jixiao unit data (评价数据)',
    file: 'unit-data.schema.json',
  },
  'self-evaluation': {
    schema: SelfEvaluationTableSchema,
    title: 'jixiao self-evaluation table (项目支出绩效自评表)',
    file: 'self-evaluation.schema.json',
  },
  layout: {
    schema: TableLayoutSchema,
    title: 'jixiao table layout (自评表格式：表头 → 字段)',
    file: 'layout.schema.json',
  },
} as const;

/**
 * Names of the published schemas.
 *
 * @category Evaluate
 */
export type JsonSchemaName = keyof typeof JSON_SCHEMAS;

/**
 * The JSON Schema (draft 2020-12) of one of jixiao's input documents.
 *
 * @param name - `framework`, `unit-data` or `self-evaluation`
 * @returns the schema as a plain object
 * @throws {@link JixiaoError} for another name
 * @example
 * ```ts
 * const schema = jsonSchema('framework'); // validate with any JSON Schema library
 * ```
 * @category Evaluate
 */
export function jsonSchema(name: JsonSchemaName): Record<string, unknown> {
  if (typeof name !== 'string' || !Object.hasOwn(JSON_SCHEMAS, name)) {
    const known = Object.keys(JSON_SCHEMAS);
    throw argumentError(
      'name',
      { zh: `以下之一：${known.join('、')}`, en: `one of ${known.join(', ')}` },
      name,
    );
  }
  const entry = JSON_SCHEMAS[name];
  const generated = z.toJSONSchema(entry.schema, {
    io: 'input',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://jixiao.dev/schema/${entry.file}`,
    title: entry.title,
    ...generated,
  };
}
