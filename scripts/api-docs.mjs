// The API's documentation, checked: every export of the entry points (jixiao, jixiao/xlsx, jixiao/docx)
// has TSDoc with an @example and a @category (one of CATEGORIES), so that typedoc groups the reference
// by what people do with it. `node scripts/api-docs.mjs` lists what is missing;
// `node scripts/api-docs.mjs --fix` adds the @category each source file implies (by CATEGORY_OF).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ENTRIES = ['src/index.ts', 'src/xlsx.ts', 'src/docx.ts'];
export const CATEGORIES = [
  'Framework',
  'Evaluate',
  'Self-evaluation',
  'Audit',
  'Methods',
  'Report',
  'Files',
  'Errors',
];

/** The category a declaration's source file implies. */
export function categoryOf(file) {
  const f = file.replace(/\\/g, '/').replace(/^.*\/src\//, '');
  if (/^(errors\/|version)/.test(f)) return 'Errors';
  if (/^(framework|frameworks|rules|expression|grade)\//.test(f)) return 'Framework';
  if (/^schema\/(framework|common)/.test(f)) return 'Framework';
  if (/^(engine|findings|decimal)/.test(f) || /^schema\/(unitData|options|jsonSchema)/.test(f))
    return 'Evaluate';
  if (/^audit\//.test(f)) return 'Audit';
  if (/^report\//.test(f)) return 'Report';
  if (/^io\//.test(f) || /^self\/(csv|grid|table-layouts)/.test(f)) return 'Files';
  if (/^(self|target)\//.test(f)) return 'Self-evaluation';
  return null;
}

/**
 * Every exported declaration of the entry points, with its TSDoc tags.
 *
 * @returns {{ name: string, entry: string, file: string, node: ts.Node, tags: string[] }[]}
 */
export function apiDeclarations() {
  const program = ts.createProgram(
    ENTRIES.map((e) => `${ROOT}${e}`),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      resolveJsonModule: true,
      allowJs: false,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  const out = [];
  for (const entry of ENTRIES) {
    const source = program.getSourceFile(`${ROOT}${entry}`);
    if (!source) throw new Error(`no ${entry}`);
    const module = checker.getSymbolAtLocation(source);
    for (const symbol of checker.getExportsOfModule(module)) {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      for (const node of target.declarations ?? []) {
        const file = node.getSourceFile().fileName;
        if (!file.startsWith(ROOT)) continue;
        const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
        const tags = docs.flatMap((d) => (d.tags ?? []).map((t) => t.tagName.text));
        const text = docs.map((d) => d.getText()).join('\n');
        const isValue =
          ts.isFunctionDeclaration(node) ||
          ts.isVariableDeclaration(node) ||
          ts.isClassDeclaration(node) ||
          ts.isEnumDeclaration(node);
        out.push({
          name: symbol.name,
          entry,
          file,
          node,
          tags,
          text,
          hasDoc: docs.length > 0,
          isValue,
        });
      }
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const decls = apiDeclarations();
  const fix = process.argv.includes('--fix');
  const edits = new Map();
  let missing = 0;
  for (const d of decls) {
    const problems = [];
    if (!d.hasDoc) problems.push('no TSDoc');
    // Values and classes show how they are used; types are described by their fields.
    if (d.isValue && !d.tags.includes('example')) problems.push('no @example');
    if (!d.tags.includes('category')) {
      const c = categoryOf(d.file);
      const skip = (process.env.API_DOCS_SKIP ?? '').split(',').filter(Boolean);
      if (fix && c && d.hasDoc && !skip.some((f) => d.file.endsWith(f))) {
        const docs = ts.getJSDocCommentsAndTags(d.node).filter(ts.isJSDoc);
        const last = docs[docs.length - 1];
        const list = edits.get(d.file) ?? [];
        list.push({ end: last.getEnd(), category: c });
        edits.set(d.file, list);
      } else problems.push(`no @category${c ? ` (${c})` : ''}`);
    }
    if (problems.length > 0) {
      missing++;
      console.log(`${d.entry} ${d.name} (${d.file.slice(ROOT.length)}): ${problems.join(', ')}`);
    }
  }
  for (const [file, list] of edits) {
    let text = readFileSync(file, 'utf8');
    // From the end, so that earlier offsets stay right; each goes before the comment's closing */.
    for (const { end, category } of [...new Map(list.map((e) => [e.end, e])).values()].sort(
      (a, b) => b.end - a.end,
    )) {
      const close = text.lastIndexOf('*/', end);
      const open = text.lastIndexOf('/**', close);
      const openLine = text.lastIndexOf('\n', open) + 1;
      const indent = text.slice(openLine, open);
      if (!text.slice(open, close).includes('\n')) {
        // "/** Text. */" → a block with the tag.
        const body = text.slice(open + 3, close).trim();
        text = `${text.slice(0, open)}/**\n${indent} * ${body}\n${indent} *\n${indent} * @category ${category}\n${indent} */${text.slice(close + 2)}`;
      } else {
        const closeLine = text.lastIndexOf('\n', close) + 1;
        text = `${text.slice(0, closeLine)}${indent} * @category ${category}\n${text.slice(closeLine)}`;
      }
    }
    writeFileSync(file, text);
  }
  console.log(
    `${decls.length} exported declarations, ${missing} with something missing${fix ? ` (${edits.size} files given categories)` : ''}`,
  );
  if (missing > 0) process.exitCode = 1;
}
