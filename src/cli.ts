#!/usr/bin/env node
/**
 * The `jixiao` executable.
 *
 * @packageDocumentation
 */
import { nodeIo } from './cli/io.js';
import { run } from './cli/run.js';

void run(process.argv.slice(2), nodeIo).then((code) => {
  process.exitCode = code;
});

// A reader that stops early (`jixiao audit dir | head`) is not an error: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
