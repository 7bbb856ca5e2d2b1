import { fuzzSuite } from './harness.js';
import { selfProperties } from './properties/self.js';

fuzzSuite('self', selfProperties);
