// Docs that run: every ```ts / ```js block of README.md and docs/*.md is run as a module, and what it
// claims is compared with what it does.
//
//   expr; // → "99.00"      the value of `expr` (strings as JSON, objects as JSON, `…` matches anything)
//   // → unknown_fact …     a line the block prints (console.log), in order; all printed lines are compared
//
// `node scripts/doc-blocks.mjs` runs the blocks against the built package (`import … from 'jixiao'`
// resolves to dist/, as it does for a user); test/docs-run.test.ts runs them against src/ with the same
// code, so `npm test` needs no build. Each block runs in its own process, in an empty folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FENCE = /^(\s*)```(ts|js|typescript|javascript)\s*$/;
// A block whose first line says so continues the file's previous block (the two run as one program).
const CONTINUED = /^\/\/.*\((?:continued|接上)\)/;

/**
 * The runnable blocks of the README and the guides.
 *
 * @param {string} [root] - the repository
 * @returns {{ file: string, line: number, lang: string, code: string }[]}
 */
export function docBlocks(root = ROOT) {
  const files = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const out = [];
  for (const file of files) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = FENCE.exec(lines[i] ?? '');
      if (!m) continue;
      const indent = m[1] ?? '';
      const start = i + 1;
      let end = start;
      while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? '')) end++;
      const code = lines
        .slice(start, end)
        .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
        .join('\n');
      const previous = out[out.length - 1];
      if (CONTINUED.test(code) && previous?.file === file) previous.code += `\n${code}`;
      else out.push({ file, line: start + 1, lang: m[2] ?? 'js', code });
      i = end;
    }
  }
  return out;
}

const CLAIM =
  /^(\s*)(?!(?:const|let|var|import|export|return|if|for|while|throw|await\s+import)\b)([^/\s].*?);\s*\/\/ → (.*)$/;
const PRINTED = /^\s*\/\/ → (.*)$/;

/**
 * Rewrites a block so that each `expr; // → value` is checked and each standalone `// → line` is an
 * expected printed line.
 *
 * @param {string} code - the block
 * @param {string} where - "file:line" for messages
 * @returns {{ code: string, claims: number, printed: string[] }}
 */
export function instrument(code, where) {
  const printed = [];
  let claims = 0;
  const body = code.split('\n').map((line, i) => {
    const p = PRINTED.exec(line);
    if (p) {
      printed.push(p[1] ?? '');
      return line;
    }
    const c = CLAIM.exec(line);
    if (!c) {
      // A claim the checker cannot read would pass unchecked: it is an error of the block instead.
      if (line.includes('// →'))
        return `__failures.push(${JSON.stringify(`${where}+${i}: a "// →" claim that is not checked (write "expr; // → value" or a line "// → printed")`)});`;
      return line;
    }
    claims++;
    const at = `${where}+${i}`;
    return `${c[1]}__claim(${JSON.stringify(at)}, (${c[2]}), ${JSON.stringify(c[3])});`;
  });
  const head = `import { inspect as __inspect } from 'node:util';
const __printed = [];
const __failures = [];
console.log = (...a) => { __printed.push(a.map((x) => (typeof x === 'string' ? x : __inspect(x))).join(' ')); };
const __norm = (s) => s.replace(/([{,]\\s*)([A-Za-z_$][\\w$]*)\\s*:/g, '$1"$2":').replace(/("(?:[^"\\\\]|\\\\.)*")|\\s+/g, (m, q) => q ?? '');
const __match = (pattern, actual) => {
  const parts = pattern.split('…');
  if (parts.length === 1) return pattern === actual;
  if (!actual.startsWith(parts[0]) || !actual.endsWith(parts[parts.length - 1])) return false;
  let at = parts[0].length;
  for (const part of parts.slice(1, -1)) { const k = actual.indexOf(part, at); if (k < 0) return false; at = k + part.length; }
  return at <= actual.length - parts[parts.length - 1].length;
};
let __ran = 0;
const __claim = (at, value, expected) => {
  __ran++;
  const shown = value === undefined ? 'undefined' : JSON.stringify(value);
  if (!__match(__norm(expected), __norm(shown))) __failures.push(at + ': expected ' + expected + ', got ' + shown);
};
`;
  const tail = `
const __expected = ${JSON.stringify(printed)};
if (__ran !== ${claims}) __failures.push(${JSON.stringify(where)} + ': ' + (${claims} - __ran) + ' of ${claims} claims did not run');
if (__expected.length > 0) {
  const n = Math.max(__expected.length, __printed.length);
  for (let i = 0; i < n; i++) if (!__match(__expected[i] ?? '', __printed[i] ?? '')) __failures.push(${JSON.stringify(where)} + ': printed line ' + (i + 1) + ': expected ' + JSON.stringify(__expected[i] ?? '(nothing)') + ', got ' + JSON.stringify(__printed[i] ?? '(nothing)'));
}
if (__failures.length > 0) { process.stderr.write(__failures.join('\\n') + '\\n'); process.exitCode = 1; }
`;
  return { code: `${head}${body.join('\n')}${tail}`, claims, printed };
}

/**
 * Runs one block in a child process and returns what went wrong (empty when it ran as claimed).
 *
 * @param {{ file: string, line: number, code: string }} block
 * @param {{ target?: 'dist' | 'src', root?: string }} [options]
 * @returns {Promise<{ ok: boolean, output: string, claims: number, printed: number }>}
 */
export async function runBlock(block, { target = 'dist', root = ROOT } = {}) {
  const where = `${block.file}:${block.line}`;
  const { code, claims, printed } = instrument(block.code, where);
  // Inside the package folder, so that `import 'jixiao'` resolves to the package itself (dist/).
  const dir = join(root, '.doc-run');
  mkdirSync(dir, { recursive: true });
  const name = `${block.file.replace(/[^\w]/g, '_')}_${block.line}.mjs`;
  const out = join(dir, name);
  if (target === 'src') {
    await build({
      stdin: { contents: code, loader: 'ts', resolveDir: root, sourcefile: where },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: out,
      logLevel: 'silent',
      alias: {
        'jixiao/xlsx': join(root, 'src/xlsx.ts'),
        'jixiao/docx': join(root, 'src/docx.ts'),
        jixiao: join(root, 'src/index.ts'),
      },
      external: ['zod', 'decimal.js', '@e965/xlsx', 'docx'],
    });
  } else {
    writeFileSync(
      out,
      (await transform(code, { loader: 'ts', format: 'esm', sourcefile: where })).code,
    );
  }
  const cwd = mkdtempSync(join(tmpdir(), 'jixiao-doc-'));
  try {
    const r = spawnSync(process.execPath, [out], { cwd, encoding: 'utf8', timeout: 60_000 });
    const output = `${r.stderr ?? ''}${r.error ? String(r.error) : ''}`.trim();
    return {
      ok: r.status === 0,
      output: output || `exit ${r.status}`,
      claims,
      printed: printed.length,
    };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
    rmSync(out, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const blocks = docBlocks();
  let failed = 0;
  let claims = 0;
  for (const b of blocks) {
    const r = await runBlock(b, { target: process.argv.includes('--src') ? 'src' : 'dist' });
    claims += r.claims + r.printed;
    if (!r.ok) {
      failed++;
      console.error(`✗ ${b.file}:${b.line}\n${r.output}\n`);
    }
  }
  console.log(
    `doc blocks: ${blocks.length - failed} of ${blocks.length} ran as written (${claims} claims checked)`,
  );
  if (failed > 0) process.exitCode = 1;
}
