/**
 * An exact reference for the exactness property: rational numbers over BigInt, written here from
 * the rules as documented (財预〔2020〕10号 as docs/self-evaluation.md states them), sharing no code
 * with src/ — not its number type, not its comparison formulas, not its rounding.
 */

/** A fraction n/d in lowest terms, d > 0. */
export class Frac {
  readonly n: bigint;
  readonly d: bigint;
  constructor(n: bigint, d = 1n) {
    if (d === 0n) throw new RangeError('zero denominator');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    let a = n < 0n ? -n : n;
    let b = d;
    while (b !== 0n) [a, b] = [b, a % b];
    const g = a === 0n ? 1n : a;
    this.n = n / g;
    this.d = d / g;
  }
  /** Reads "12", "-3.75", "0.05". */
  static of(text: string): Frac {
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
    if (!m) throw new RangeError(`not a decimal: ${text}`);
    const frac = m[3] ?? '';
    const n = BigInt(`${m[2]}${frac}`) * (m[1] === '-' ? -1n : 1n);
    return new Frac(n, 10n ** BigInt(frac.length));
  }
  add(o: Frac): Frac {
    return new Frac(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Frac): Frac {
    return new Frac(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Frac): Frac {
    return new Frac(this.n * o.n, this.d * o.d);
  }
  div(o: Frac): Frac {
    return new Frac(this.n * o.d, this.d * o.n);
  }
  cmp(o: Frac): number {
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  isZero(): boolean {
    return this.n === 0n;
  }
}

export const F0 = new Frac(0n);
export const F1 = new Frac(1n);

/** Rounding modes of jixiao, decided on the exact remainder. */
export type Mode = 'halfUp' | 'halfEven' | 'halfDown' | 'up' | 'down' | 'ceil' | 'floor';

/** Rounds to `places` and prints with exactly that many decimals. */
export function roundText(x: Frac, places: number, mode: Mode): string {
  const scale = 10n ** BigInt(places);
  const num = x.n * scale;
  const neg = num < 0n;
  const abs = neg ? -num : num;
  let q = abs / x.d;
  const r = abs % x.d;
  if (r !== 0n) {
    const twice = 2n * r;
    const awayFromZero =
      mode === 'up' ||
      (mode === 'ceil' && !neg) ||
      (mode === 'floor' && neg) ||
      (mode === 'halfUp' && twice >= x.d) ||
      (mode === 'halfDown' && twice > x.d) ||
      (mode === 'halfEven' && (twice > x.d || (twice === x.d && q % 2n === 1n)));
    if (awayFromZero) q += 1n;
  }
  const s = q.toString().padStart(places + 1, '0');
  const body = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
  return neg && q !== 0n ? `-${body}` : body;
}

/** The comparator of a quantitative 指标值. */
export type Op = '>=' | '>' | '<=' | '<' | '=';

/** Share of the weight a quantitative row earns (A = 指标值, B = 实际完成值 in A's unit). */
export function rowRate(op: Op, a: Frac, b: Frac): Frac {
  if (op === '<=' || op === '<') return lowerIsBetter(a, b);
  if (op === '=' && a.isZero()) return b.cmp(F0) <= 0 ? F1 : F0;
  return higherIsBetter(a, b);
}

function higherIsBetter(a: Frac, b: Frac): Frac {
  if (b.cmp(a) >= 0) return F1;
  if (a.cmp(F0) <= 0) {
    // "≥ −5%": the shortfall against |A|.
    const scale = a.cmp(F0) < 0 ? new Frac(-a.n, a.d) : F0;
    if (scale.isZero()) return F0;
    const r = F1.sub(a.sub(b).div(scale));
    return r.cmp(F0) < 0 ? F0 : r;
  }
  return b.cmp(F0) <= 0 ? F0 : b.div(a);
}

function lowerIsBetter(a: Frac, b: Frac): Frac {
  if (b.cmp(a) <= 0) return F1;
  if (a.isZero()) return F0;
  const scale = a.cmp(F0) < 0 ? new Frac(-a.n, a.d) : a;
  const over = b.sub(a);
  if (over.cmp(scale) >= 0) return F0;
  return F1.sub(over.div(scale));
}

/** A range target [lo, hi]: inside full, below in proportion to lo, above as "≤ hi". */
export function rangeRate(lo: Frac, hi: Frac, b: Frac): Frac {
  if (b.cmp(lo) < 0) return higherIsBetter(lo, b);
  if (b.cmp(hi) > 0) return lowerIsBetter(hi, b);
  return F1;
}
