/**
 * Square roots, k-th roots and natural logarithms on exact values, for the methods whose results are
 * irrational (AHP's geometric mean, entropy weights, TOPSIS distances, CRITIC's deviations). Each
 * function returns an exact value on the grid 10^-places, within one unit of that grid of the true
 * result: the arithmetic is on BigInt integers scaled by 10^(places + guard digits), never on floats.
 * decimal.js at a higher precision is the reference of the property test (test/decimal/real.test.ts).
 */
import { Exact, dec, type Operand } from './exact.js';
import { B0, B1, pow10 } from './integers.js';

/** Guard digits carried beyond the requested places, so the last rounding is to nearest. */
const GUARD = 10;

/** The largest number of places these functions compute to. */
export const MAX_REAL_PLACES = 100;

function checkPlaces(places: number): void {
  if (!Number.isInteger(places) || places < 0 || places > MAX_REAL_PLACES)
    throw new RangeError(`jixiao: places must be an integer from 0 to ${MAX_REAL_PLACES}`);
}

const bitLength = (n: bigint): number => (n === B0 ? 0 : n.toString(2).length);

/** ⌊N^(1/k)⌋ for a non-negative integer N (Newton's method from above). */
function iroot(N: bigint, k: number): bigint {
  if (N < B0) throw new RangeError('jixiao: root of a negative number');
  if (N < BigInt(2)) return N;
  const K = BigInt(k);
  const K1 = BigInt(k - 1);
  // Start just above the root, from a float estimate of N's leading bits: Newton's iterates then fall
  // monotonically to ⌊root⌋, in a few steps (from 2^⌈bits/k⌉ they would take about k steps more).
  const bits = bitLength(N);
  const shift = Math.max(0, Math.ceil((bits - 50) / k)) * k;
  const top = Number(N >> BigInt(shift)) + 1;
  const estimate = Math.ceil(Math.pow(top, 1 / k) * (1 + 1e-9)) + 1;
  let x = BigInt(estimate) << BigInt(shift / k);
  for (;;) {
    const y = (K1 * x + N / x ** K1) / K;
    if (y >= x) return x;
    x = y;
  }
}

/** The value `units / 10^scale`, rounded half-even to `places`. */
function fromScaled(units: bigint, scale: number, places: number): Exact {
  return new Exact(units, pow10(scale)).round(places, 'halfEven');
}

/**
 * The k-th root of a non-negative value, to `places` decimal places.
 *
 * @param value - a value ≥ 0
 * @param k - the root's degree, an integer from 1 to 100
 * @param places - decimal places of the result (the error is at most one unit of the last place)
 * @returns the root, on the grid 10^-places
 * @throws RangeError for a negative value or a bad degree or places (callers validate first)
 * @example
 * ```ts
 * nthRoot(dec(2), 2, 10).toString(); // "1.4142135624"
 * ```
 */
export function nthRoot(value: Operand, k: number, places: number): Exact {
  checkPlaces(places);
  if (!Number.isInteger(k) || k < 1 || k > 100)
    throw new RangeError('jixiao: the degree of a root must be an integer from 1 to 100');
  const x = dec(value);
  if (x.isNeg()) throw new RangeError('jixiao: root of a negative number');
  if (k === 1) return x.round(places, 'halfEven');
  const scale = places + GUARD;
  // ⌊(n/d · 10^(k·scale))^(1/k)⌋ = ⌊root · 10^scale⌋.
  const N = (x.n * pow10(k * scale)) / x.d;
  return fromScaled(iroot(N, k), scale, places);
}

/**
 * The square root of a non-negative value, to `places` decimal places.
 *
 * @param value - a value ≥ 0
 * @param places - decimal places of the result
 * @returns the square root, on the grid 10^-places
 * @throws RangeError for a negative value (callers validate first)
 * @example
 * ```ts
 * sqrt(dec('0.0625'), 4).toString(); // "0.25"
 * ```
 */
export function sqrt(value: Operand, places: number): Exact {
  return nthRoot(value, 2, places);
}

/**
 * 2·atanh(z)·S for z = p/q in [0, 1/3], as a scaled integer: ln((1 + z)/(1 − z)) by its series
 * 2·(z + z³/3 + z⁵/5 + …), each term at least nine times smaller than the one before.
 */
function lnSeries(p: bigint, q: bigint, S: bigint): bigint {
  const Z = (p * S) / q;
  const Z2 = (Z * Z) / S;
  let term = Z;
  let sum = B0;
  for (let i = BigInt(1); term !== B0; i += BigInt(2)) {
    sum += term / i;
    term = (term * Z2) / S;
  }
  return BigInt(2) * sum;
}

/**
 * The natural logarithm of a positive value, to `places` decimal places.
 *
 * @param value - a value > 0
 * @param places - decimal places of the result
 * @returns ln(value), on the grid 10^-places
 * @throws RangeError for a value ≤ 0 (callers validate first)
 * @example
 * ```ts
 * ln(dec(2), 10).toString(); // "0.6931471806"
 * ```
 */
export function ln(value: Operand, places: number): Exact {
  checkPlaces(places);
  const x = dec(value);
  if (!x.gt(0)) throw new RangeError('jixiao: logarithm of a number that is not positive');
  // x = m · 2^e with m in [1, 2): ln x = e·ln 2 + ln m, and ln m = 2·atanh((m − 1)/(m + 1)).
  let e = bitLength(x.n) - bitLength(x.d);
  let n = x.n;
  let d = x.d;
  if (e >= 0) d <<= BigInt(e);
  else n <<= BigInt(-e);
  if (n < d) {
    n <<= B1;
    e -= 1;
  }
  // Each scaled step loses at most a unit; the extra digits keep the sum within the guard.
  const scale = places + GUARD + String(Math.abs(e)).length;
  const S = pow10(scale);
  const lnM = lnSeries(n - d, n + d, S);
  const ln2 = lnSeries(B1, BigInt(3), S);
  return fromScaled(BigInt(e) * ln2 + lnM, scale, places);
}
