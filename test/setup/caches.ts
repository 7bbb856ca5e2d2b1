/**
 * Mutation runs only (`vitest.stryker.config.ts`): test files share one module graph across runs
 * with different mutants active, so the library's caches are emptied before each test file; a value
 * computed under one mutant never answers a run of another.
 */
import { clearCaches } from '../../src/caches.js';

clearCaches();
