/** The library's version (kept equal to package.json by `npm run version-packages`; a test checks). */
export const VERSION = '0.0.0';
