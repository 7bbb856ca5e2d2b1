/**
 * The library's caches (reader memos, compiled built-in frameworks) in one list, so that a test
 * harness can empty them all. Every cache holds only values computed from its keys by pure code;
 * emptying one changes no result, only the time to the next one. Mutation runs
 * (`vitest.stryker.config.ts`) share one module graph across runs with different mutants active,
 * and empty the caches before each test file so that no value computed under one mutant answers
 * a run of another.
 *
 * @internal
 */

const clears: (() => void)[] = [];

/**
 * Registers a cache's clear function.
 *
 * @param clear - empties the cache
 * @example
 * ```ts
 * const cache = new Map<string, number>();
 * registerCache(() => cache.clear());
 * ```
 * @internal
 */
export function registerCache(clear: () => void): void {
  clears.push(clear);
}

/**
 * Empties every registered cache.
 *
 * @example
 * ```ts
 * clearCaches(); // the next reads and builtinFramework calls compute afresh
 * ```
 * @internal
 */
export function clearCaches(): void {
  for (const clear of clears) clear();
}
