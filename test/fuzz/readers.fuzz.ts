import { fuzzSuite } from './harness.js';
import { readerProperties } from './properties/readers.js';

fuzzSuite('readers', readerProperties);
