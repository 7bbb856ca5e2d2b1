/** Limits and failure shape of the expression parser. */

/**
 * Bounds that keep a hostile expression from costing time or stack.
 *
 * @example
 * ```ts
 * EXPRESSION_LIMITS.length; // 1000 characters at most
 * ```
 * @category Framework
 */
export const EXPRESSION_LIMITS = { length: 1000, tokens: 400, depth: 32 } as const;

/** Why an expression failed to parse (position is 1-based, in characters). */
export interface ParseFailure {
  readonly kind: 'syntax' | 'limit';
  readonly zh: string;
  readonly en: string;
}
