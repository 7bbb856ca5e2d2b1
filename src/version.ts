/**
 * The library's version (kept equal to package.json by `npm run version-packages`; a test checks).
 *
 * @example
 * ```ts
 * console.log(`jixiao ${VERSION}`);
 * ```
 * @category Errors
 */
export const VERSION = '0.0.0';
