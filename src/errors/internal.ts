/**
 * A broken promise inside jixiao — a bug, never the caller's input. The engine checks its
 * invariants (a rule's points lie in [0, weight] …) and throws this rather than show a wrong score.
 */

/**
 * The error jixiao throws when one of its own invariants fails. Bad input is a `JixiaoError`;
 * this one means jixiao is wrong and should be reported with the input that caused it.
 *
 * @example
 * ```ts
 * try { evaluate(fw, data); } catch (e) { if (e instanceof JixiaoInternalError) report(e); }
 * ```
 * @category Errors
 */
export class JixiaoInternalError extends Error {
  /**
   * @param message - which invariant failed, with the values involved
   */
  constructor(message: string) {
    super(`jixiao internal error (please report it with the input): ${safeText(message)}`);
    this.name = 'JixiaoInternalError';
  }
}

/** Any value as text, never throwing (a symbol or a null-prototype object cannot be concatenated). */
function safeText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
