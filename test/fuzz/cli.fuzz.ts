import { fuzzSuite } from './harness.js';
import { cliProperties } from './properties/cli.js';

fuzzSuite('cli', cliProperties);
