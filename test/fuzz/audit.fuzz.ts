import { fuzzSuite } from './harness.js';
import { auditProperties } from './properties/audit.js';

fuzzSuite('audit', auditProperties);
