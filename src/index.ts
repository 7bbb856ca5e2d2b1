/**
 * jixiao (绩效): exact, explainable scoring of public-sector performance evaluations.
 *
 * @packageDocumentation
 */
export {
  ROUNDING_MODES,
  type Dec,
  type Exact,
  type Num,
  type Operand,
  type RoundingMode,
} from './decimal.js';
export { JixiaoError, isJixiaoError } from './errors/JixiaoError.js';
export { JixiaoInternalError } from './errors/internal.js';
export { formatPath, type Issue, type Path } from './errors/issue.js';
export type { SafeResult } from './errors/safe.js';
export {
  ISSUE_CODES,
  type IssueCode,
  type IssueParams,
  type LocalMessage,
} from './errors/messages.js';
export {
  parseExpression,
  safeParseExpression,
  EXPRESSION_LIMITS,
  type CmpOp,
  type ExprNode,
} from './expression/parse.js';
export { defineFramework, safeDefineFramework } from './framework/defineFramework.js';
export type { Framework, GradeBandInfo, GradeScaleInfo, IndicatorInfo } from './framework/types.js';
export {
  GradeScaleSchema,
  MOF2020_SCALE,
  compileScale,
  gradeOf,
  safeCompileScale,
  type GradeBand,
  type GradeScale,
  type GradeScaleInput,
} from './grade/scale.js';
export { evaluate, safeEvaluate } from './engine/evaluate.js';
export type { Evaluation, NodeStatus, ScoreSummary, ScoredNode } from './engine/types.js';
export type { Finding, FindingCode, Severity, Warning, WarningCode } from './findings/finding.js';
export {
  RULE_KINDS,
  RuleSchema,
  type Registry,
  type Rule,
  type RuleInput,
  type RuleKindName,
} from './rules/registry.js';
export { LevelSchema, MOF2020_LEVELS, type LevelDefinition } from './rules/levels.js';
export type {
  Flag,
  CompiledMetric,
  PrepareContext,
  RuleKind,
  RuleOutcome,
  ScoreInput,
  Scorer,
  TraceEntry,
} from './rules/types.js';
export type { ExprEnv } from './expression/compile.js';
export {
  FrameworkSchema,
  IndicatorSchema,
  type FrameworkInput,
  type IndicatorInput,
} from './schema/framework.js';
export {
  UnitDataSchema,
  UnitInfoSchema,
  ANSWER_FIELDS,
  type AnswerInput,
  type UnitDataInput,
  type UnitInfo,
} from './schema/unitData.js';
export {
  DEFAULT_POLICIES,
  EvaluateOptionsSchema,
  type EvaluateOptions,
  type EvaluateOptionsInput,
  type Policies,
} from './schema/options.js';
export {
  LocalTextSchema,
  type DeepReadonly,
  type LocalText,
  type LocalTextInput,
} from './schema/common.js';
export { VERSION } from './version.js';
export { withWeights } from './framework/withWeights.js';
export {
  BUILTIN_FRAMEWORKS,
  builtinFramework,
  type BuiltinFrameworkId,
} from './frameworks/index.js';
export { renderTable, type RenderOptions, type RenderTableOptions } from './report/table.js';
export { renderMarkdown } from './report/markdown.js';
export { renderCsv } from './report/csv.js';
export { renderHtml } from './report/html.js';
export { renderReport } from './report/report.js';
export type { Locale } from './report/model.js';
export {
  pairProblem,
  parseActual,
  parseTarget,
  safeParseActual,
  safeParseTarget,
  type ParsedActual,
  type PairProblem,
  type ParsedTarget,
  type TargetColumns,
  type Tier,
} from './target/parse.js';
export type { Approx, Quantity, ReadFailure, TargetOp } from './target/read.js';
export { unitOf, type Unit } from './target/units.js';
export { TargetInputSchema, TargetRuleSchema, type TargetRule } from './rules/target.js';
export {
  safeScoreSelfEvaluation,
  scoreSelfEvaluation,
  type ScoredRow,
  type SelfEvaluationResult,
} from './self/score.js';
export {
  BudgetBlockSchema,
  SelfEvaluationOptionsSchema,
  SelfEvaluationRowSchema,
  SelfEvaluationTableSchema,
  type SelfEvaluationOptions,
  type SelfEvaluationOptionsInput,
  type SelfEvaluationRow,
  type SelfEvaluationTable,
  type SelfEvaluationTableInput,
} from './self/schema.js';
export {
  PROJECT_SELF_2020,
  SELF_EVALUATION_LAYOUTS,
  type SelfEvaluationLayout,
} from './self/layouts.js';
export { PROJECT_2020_LEAVES, project2020 } from './frameworks/project2020.js';
export { JSON_SCHEMAS, jsonSchema, type JsonSchemaName } from './schema/jsonSchema.js';
export {
  csvRecords,
  csvRows,
  readSelfEvaluationCsv,
  safeReadSelfEvaluationCsv,
  type CsvTable,
} from './self/csv.js';
export {
  readSelfEvaluationGrid,
  safeReadSelfEvaluationGrid,
  type GridOptions,
  type GridTable,
} from './self/grid.js';
export {
  FILLED_HEADERS,
  fillSelfEvaluation,
  renderFilledCsv,
  type FilledTable,
} from './self/filled.js';
export {
  TABLE_FIELDS,
  TABLE_LAYOUTS,
  TableLayoutSchema,
  type TableField,
  type TableLayout,
} from './self/table-layouts.js';
export {
  cellName,
  columnName,
  filledCells,
  parseRange,
  type CellRange,
  type Grid,
} from './io/grid.js';
export {
  decodeTableText,
  safeDecodeTableText,
  type DecodedText,
  type TextEncodingName,
} from './io/text.js';
export { spellUnit } from './target/units.js';
export { auditSelfEvaluation, type AuditResult } from './audit/audit.js';
export { AuditTally, auditMany, type AuditSummary } from './audit/summary.js';
export {
  DISCREPANCY_CODES,
  type Discrepancy,
  type DiscrepancyCode,
  type DiscrepancySeverity,
} from './audit/discrepancy.js';
export { AuditTableSchema, type AuditTable, type AuditTableInput } from './audit/schema.js';
// Methods: ranking
export {
  GradeDistributionOptionsSchema,
  PERCENTILE_METHODS,
  PercentilesOptionsSchema,
  RankOptionsSchema,
  TIE_POLICIES,
  gradeDistribution,
  percentiles,
  rankUnits,
  safeGradeDistribution,
  safePercentiles,
  safeRankUnits,
  type GradeCount,
  type GradeDistribution,
  type GradeDistributionOptions,
  type PercentileMethod,
  type PercentileSummary,
  type PercentilesOptions,
  type RankOrder,
  type RankOptions,
  type RankedUnit,
  type Ranking,
  type TiePolicy,
} from './methods/rank.js';

// Methods: weights and synthesis
export {
  AhpInputSchema,
  AhpOptionsSchema,
  RANDOM_INDEX,
  ahp,
  safeAhp,
  type AhpInput,
  type AhpMatrixResult,
  type AhpNode,
  type AhpOptions,
  type AhpResult,
  type JudgementMatrix,
} from './methods/ahp.js';
export {
  EntropyOptionsSchema,
  entropyWeights,
  safeEntropyWeights,
  type EntropyOptions,
  type EntropyResult,
} from './methods/entropy.js';
export {
  FUZZY_OPERATORS,
  FuzzyInputSchema,
  fuzzyEvaluate,
  safeFuzzyEvaluate,
  type FuzzyInput,
  type FuzzyOperator,
  type FuzzyResult,
} from './methods/fuzzy.js';
export {
  TopsisOptionsSchema,
  safeTopsis,
  topsis,
  type TopsisOptions,
  type TopsisResult,
  type TopsisUnit,
} from './methods/topsis.js';
export {
  DataMatrixSchema,
  DirectionSchema,
  type DataMatrixInput,
  type Direction,
} from './methods/shared.js';
export type { MethodFinding, MethodFindingCode } from './methods/base.js';
