import { fuzzSuite } from './harness.js';
import { evaluateProperties } from './properties/evaluate.js';

fuzzSuite('evaluate', evaluateProperties);
