import { describe, expect, it } from 'vitest';
import {
  digamma,
  gammaSign,
  hyp2F1Signed,
  logAddExp,
  logBeta,
  logGamma,
  logHyp2F1,
  logHyp2F1UnitA,
  logHyp2F1UnitAWithGradient,
  logSubExp,
  logSumExp,
  type LogHyp2F1Gradient,
} from './special';

const relativeError = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('logGamma', () => {
  it('matches exact values: factorials and half-integers', () => {
    let logFactorial = 0;
    for (let n = 1; n <= 30; n++) {
      if (n > 1) logFactorial += Math.log(n - 1);
      if (n > 2) expect(relativeError(logGamma(n), logFactorial)).toBeLessThan(1e-14);
      else expect(logGamma(n)).toBe(0);
    }
    expect(relativeError(logGamma(0.5), 0.5 * Math.log(Math.PI))).toBeLessThan(1e-15);
    expect(relativeError(logGamma(1.5), Math.log(0.5 * Math.sqrt(Math.PI)))).toBeLessThan(1e-14);
    expect(relativeError(logGamma(7.5), Math.log((6.5 * 5.5 * 4.5 * 3.5 * 2.5 * 1.5 * 0.5 * Math.sqrt(Math.PI))))).toBeLessThan(1e-14);
  });

  it('keeps its relative accuracy next to its zeros at 1 and 2 and at CDNOW-like arguments', () => {
    // Reference values to 17 digits (arbitrary-precision evaluation).
    const table: [number, number][] = [
      [1e-10, 23.025850929882736],
      [0.001, 6.907178885383853],
      [0.1, 2.252712651734206],
      [0.243, 1.3180435846996699],
      [0.9, 0.06637623973474295],
      [0.999, 0.0005780385328913802],
      [1.0001, -5.771334222047127e-05],
      [1.3, -0.10817480950786049],
      [1.4616, -0.12148629003589732],
      [1.9999, -4.227520877215346e-05],
      [2.0001, 4.2281658112919945e-05],
      [2.3, 0.15418945495963046],
      [2.5, 0.2846828704729192],
      [4.414, 2.3352200522018904],
      [9.99, 12.779315214350193],
      [12.3, 18.238983407092245],
      [100, 359.1342053695754],
      [1e5, 1051287.7089736569],
    ];
    for (const [x, want] of table) expect(relativeError(logGamma(x), want), `logGamma(${x})`).toBeLessThan(1e-14);
  });

  it('reflects to negative arguments, with the sign of Gamma given separately', () => {
    expect(relativeError(logGamma(-0.5), 1.2655121234846454)).toBeLessThan(1e-14);
    expect(relativeError(logGamma(-2.3), 0.36956666345500805)).toBeLessThan(1e-14);
    expect(gammaSign(-0.5)).toBe(-1);
    expect(gammaSign(-1.5)).toBe(1);
    expect(gammaSign(-2)).toBe(0);
    expect(logGamma(0)).toBe(Infinity);
    expect(logGamma(-3)).toBe(Infinity);
  });

  it('logBeta is the log of Gamma(a)Gamma(b)/Gamma(a+b)', () => {
    expect(relativeError(logBeta(2, 3), Math.log(1 / 12))).toBeLessThan(1e-14);
    expect(relativeError(logBeta(0.5, 0.5), Math.log(Math.PI))).toBeLessThan(1e-14);
  });
});

describe('digamma', () => {
  it('matches known values', () => {
    const euler = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-euler, 14);
    expect(digamma(0.5)).toBeCloseTo(-euler - 2 * Math.LN2, 14);
    expect(digamma(2)).toBeCloseTo(1 - euler, 14);
    expect(digamma(1.4616)).toBeCloseTo(-3.110625123034165e-05, 14);
    expect(digamma(-2.3)).toBeCloseTo(3.3173231575618227, 13);
  });

  it('is the derivative of logGamma', () => {
    for (const x of [0.05, 0.243, 0.793, 2.426, 7.1, 30]) {
      const h = 1e-5 * x;
      const numeric = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
      expect(Math.abs(digamma(x) - numeric)).toBeLessThan(1e-7 * Math.max(1, Math.abs(numeric)));
    }
  });
});

describe('log-sum-exp', () => {
  it('adds and subtracts in log space without overflow', () => {
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(-Infinity, 3)).toBe(3);
    expect(logSubExp(Math.log(5), Math.log(3))).toBeCloseTo(Math.log(2), 14);
    expect(logSubExp(2, 2)).toBe(-Infinity);
    expect(logSubExp(1, 2)).toBeNaN();
    expect(logSumExp([-1000, -1000, -1000])).toBeCloseTo(-1000 + Math.log(3), 12);
    expect(logSumExp([])).toBe(-Infinity);
  });
});

describe('Gauss hypergeometric 2F1', () => {
  it('matches closed forms below, near and very near z = 1', () => {
    for (const z of [0.1, 0.5, 0.95, 0.999]) {
      // 2F1(1, 1; 2; z) = -ln(1 - z) / z (c - a - b = 0: the series path)
      expect(relativeError(Math.exp(logHyp2F1(1, 1, 2, z)), -Math.log1p(-z) / z), `z = ${z}`).toBeLessThan(1e-13);
      // 2F1(a, b; b; z) = (1 - z)^-a (c - a - b = -0.3: the expansion around 1 above 0.9)
      expect(relativeError(logHyp2F1(0.3, 0.7, 0.7, z), -0.3 * Math.log1p(-z)), `z = ${z}`).toBeLessThan(1e-13);
    }
    // 2F1(1/2, 1/2; 3/2; z^2) = asin(z) / z
    for (const y of [0.3, 0.9, 0.999]) {
      expect(relativeError(Math.exp(logHyp2F1(0.5, 0.5, 1.5, y * y)), Math.asin(y) / y)).toBeLessThan(1e-13);
    }
    // Negative z by Pfaff's transformation: 2F1(1/2, 1; 3/2; -y^2) = atan(y) / y
    for (const y of [0.5, 2, 30]) {
      expect(relativeError(Math.exp(logHyp2F1(0.5, 1, 1.5, -y * y)), Math.atan(y) / y)).toBeLessThan(1e-13);
    }
  });

  it('matches high-precision values in the expansion around z = 1 and with a negative result', () => {
    const table: [number, number, number, number, number][] = [
      [2.3, 4.1, 1.7, 0.93, 13.0383269066222],
      [0.8, 3.2, 1.5, 0.97, 7.917099726344058],
      [1, 0.5, 2.1, 0.999999, 0.6058379487583867],
      [10.5, 3.3, 11.5, 0.95, 8.18357623151621],
      [0.243, 2.426, 2.219, 0.2, 0.05967473673328134],
    ];
    for (const [a, b, c, z, want] of table) {
      expect(relativeError(logHyp2F1(a, b, c, z), want), `2F1(${a}, ${b}; ${c}; ${z})`).toBeLessThan(1e-13);
    }
    const negative = hyp2F1Signed(1.5, 2.5, -0.5, 0.3);
    expect(negative.sign).toBe(-1);
    expect(relativeError(negative.log, 3.165284915967624)).toBeLessThan(1e-13);
    expect(logHyp2F1(1.5, 2.5, -0.5, 0.3)).toBeNaN();
  });

  it('does not overflow where the function is huge', () => {
    // 2F1(a, b; b; z) = (1 - z)^-a with a = 800: about 10^800.
    expect(relativeError(logHyp2F1(800, 1.3, 1.3, 0.9), -800 * Math.log(0.1))).toBeLessThan(1e-12);
  });

  it('says NaN at a pole of c and at z >= 1', () => {
    expect(logHyp2F1(1, 1, -2, 0.5)).toBeNaN();
    expect(logHyp2F1(1, 1, 3, 1)).toBeNaN();
  });

  it('the unit-a form and its derivatives agree with the general routine and with differences', () => {
    const out: LogHyp2F1Gradient = { value: 0, db: 0, dc: 0, dz: 0 };
    for (const [b, c, z] of [
      [2.55, 4.16, 0.05],
      [0.6, 3.8, 0.6],
      [30.5, 31.9, 0.85],
      [1.6, 2.2, 0],
    ] as const) {
      expect(logHyp2F1UnitA(b, c, z)).toBeCloseTo(logHyp2F1(1, b, c, z), 13);
      expect(logHyp2F1UnitAWithGradient(b, c, z, out)).toBe(true);
      expect(out.value).toBeCloseTo(logHyp2F1(1, b, c, z), 13);
      const h = 1e-6;
      expect(out.db).toBeCloseTo((logHyp2F1(1, b + h, c, z) - logHyp2F1(1, b - h, c, z)) / (2 * h), 7);
      expect(out.dc).toBeCloseTo((logHyp2F1(1, b, c + h, z) - logHyp2F1(1, b, c - h, z)) / (2 * h), 7);
      const dz = z === 0 ? (logHyp2F1(1, b, c, h) - 0) / h : (logHyp2F1(1, b, c, z + h) - logHyp2F1(1, b, c, z - h)) / (2 * h);
      expect(out.dz).toBeCloseTo(dz, 5);
    }
    expect(logHyp2F1UnitAWithGradient(1, 2, 0.95, out)).toBe(false);
  });
});
