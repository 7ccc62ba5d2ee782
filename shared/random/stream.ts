import * as rng from './rng';
import type { Rng } from './rng';

// A module constant, not an imported name read through a getter at each reseed (see simulateBlock.ts).
const mixSeed = rng.mixSeed;

/**
 * The same xoshiro128** generator as createRng, as an object that can be re-seeded in place.
 * The simulation's inner loop seeds several streams per customer for a million customers; re-
 * seeding four long-lived objects avoids four million short-lived ones, and `u32()` gives the
 * loop a 32-bit uniform (enough resolution for its yes/no draws) at half the cost of `next()`.
 * For a given (seed, stream) the sequence of nextUint32() equals createRng(seed, stream)'s.
 */
export class Stream implements Rng {
  // State in a typed array: as object fields, 32-bit values outside the small-integer range
  // would be boxed on every store, which made the loop several times slower.
  private readonly s = new Int32Array(4);

  constructor(seed = 0, stream = 0) {
    this.reseed(seed, stream);
  }

  reseed(seed: number, stream: number): this {
    let st = mixSeed(seed, stream) | 0;
    const s = this.s;
    for (let i = 0; i < 4; i++) {
      st = (st + 0x9e3779b9) | 0;
      let z = st;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      s[i] = z ^ (z >>> 16);
    }
    if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;
    return this;
  }

  nextUint32(): number {
    const s = this.s;
    const s0 = s[0]!;
    const s1 = s[1]!;
    let s2 = s[2]!;
    let s3 = s[3]!;
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s[2] = s2 ^ t;
    s[3] = (s3 << 11) | (s3 >>> 21);
    return result >>> 0;
  }

  /** A uniform in [0, 1) with 32 random bits. */
  u32(): number {
    return this.nextUint32() * 2.3283064365386963e-10;
  }

  /** A uniform in [0, 1) with 53 random bits (as Rng.next). */
  next(): number {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }
}
