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
