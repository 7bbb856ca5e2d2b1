import { fuzzSuite } from './harness.js';
import { renderProperties } from './properties/render.js';

fuzzSuite('render', renderProperties);
