// Writes the JSON Schemas of jixiao's input documents next to the build (dist/*.schema.json),
// generated from the zod schemas by the built library itself. Run by `npm run build`.
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMAS, jsonSchema } from '../dist/index.js';

for (const [name, entry] of Object.entries(JSON_SCHEMAS)) {
  const file = new URL(`../dist/${entry.file}`, import.meta.url);
  writeFileSync(file, `${JSON.stringify(jsonSchema(name), null, 2)}\n`);
  console.log(`dist/${entry.file}`);
}
