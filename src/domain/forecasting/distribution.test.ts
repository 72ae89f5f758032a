import { describe, expect, it } from 'vitest';
import {
  betaBinomial,
  cdf,
  compoundDemandDistribution,
  convolve,
  convolvePower,
  demandSizeDistribution,
  discretisedNormal,
  expectedShortage,
  leadTimeDemandDistribution,
  pointMass,
  quantile,
  rateUncertainty,
  sesSumVarianceFactor,
  shortageCurve,
} from './distribution.js';
import { pointForecast } from './fitting.js';
import { croston } from './croston.js';
import { seasonal } from './seasonal.js';

const close = (values: number[], expected: number[]) => {
  expect(values.length).toBe(expected.length);
  values.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 9));
};

describe('lead-time demand distributions', () => {
  it('gives demand of one unit half of the periods as a binomial over the lead time', () => {
    close(compoundDemandDistribution(0.5, 1, 0, 1).pmf, [0.5, 0.5]);
    const two = compoundDemandDistribution(0.5, 1, 0, 2);
    close(two.pmf, [0.25, 0.5, 0.25]);
    expect(two.mean).toBeCloseTo(1, 12);
    expect(two.variance).toBeCloseTo(0.5, 12);
  });

  it('makes a demand 1 + Poisson when sizes vary like Poisson, negative binomial when more', () => {
    const poisson = demandSizeDistribution(2, 1);
    expect(poisson.pmf[0]).toBe(0);
    expect(poisson.pmf[1]).toBeCloseTo(Math.exp(-1), 9);
    expect(poisson.pmf[2]).toBeCloseTo(Math.exp(-1), 9);
    expect(poisson.pmf[3]).toBeCloseTo(Math.exp(-1) / 2, 9);
    const spread = demandSizeDistribution(3, 6);
    expect(spread.mean).toBeCloseTo(3, 3);
    expect(spread.variance).toBeCloseTo(6, 2);
    close(demandSizeDistribution(1, 0).pmf, [0, 1]);
  });

  it('keeps the rate as the mean and demand every period once the rate exceeds the size mean', () => {
    const d = compoundDemandDistribution(4, 2, 1, 1);
    expect(d.pmf[0]).toBeCloseTo(0, 12);
    expect(d.mean).toBeCloseTo(4, 4);
  });

  it('widens with rate uncertainty, keeping the mean (beta-binomial number of demands)', () => {
    close(betaBinomial(2, 0.5, 0.25 / 3), [1 / 3, 1 / 3, 1 / 3]); // beta(1, 1): uniform
    const plain = compoundDemandDistribution(0.5, 2, 1, 3);
    const uncertain = compoundDemandDistribution(0.5, 2, 1, 3, 0.05);
    expect(uncertain.mean).toBeCloseTo(plain.mean, 6);
    // Var K grows by h (h - 1) Var p = 3 * 2 * 0.05 / 4; times the squared size mean 4: + 0.3.
    expect(uncertain.variance).toBeCloseTo(plain.variance + 0.3, 3);
    expect(uncertain.pmf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('convolves: a power is repeated sums', () => {
    const d = compoundDemandDistribution(0.3, 2, 2, 1);
    close(convolvePower(d, 3).pmf.slice(0, 8), convolve(convolve(d, d), d).pmf.slice(0, 8));
    close(convolvePower(d, 0).pmf, [1]);
  });

  it('puts a normal on whole units with the mass below one half at zero', () => {
    const d = discretisedNormal(10, 4);
    expect(d.mean).toBeCloseTo(10, 3);
    expect(d.variance).toBeCloseTo(4 + 1 / 12, 1);
    expect(quantile(d, 0.5)).toBe(10);
    const spreadless = discretisedNormal(2.25, 0);
    close(spreadless.pmf, [0, 0, 0.75, 0.25]);
    expect(spreadless.mean).toBe(2.25);
  });

  it('uses the method error model for the seasonal method: the sum of forecasts, SES variance factor', () => {
    const fit = seasonal([2, 4, 4, 4], { seasonLength: 2, params: { alpha: 0.5, gamma: 0.5 } });
    const d = leadTimeDemandDistribution(fit, 2);
    const mean = pointForecast(fit, 2).reduce((a, b) => a + b, 0);
    expect(d.mean).toBeCloseTo(mean, 2);
    expect(sesSumVarianceFactor(0.5, 2)).toBe(1 + 1.5 * 1.5);
  });

  it('gives no demand over a zero lead time or for a zero rate', () => {
    const fit = croston([0, 3, 0, 0, 1, 0], { params: { alpha: 0.5 } });
    close(leadTimeDemandDistribution(fit, 0).pmf, [1]);
    close(leadTimeDemandDistribution(croston([0, 0, 0]), 3).pmf, [1]);
    expect(() => leadTimeDemandDistribution(fit, 1.5)).toThrow(RangeError);
  });

  it('estimates rate uncertainty as the one-step error beyond what the demand model explains', () => {
    const fit = croston([0, 3, 0, 0, 1, 0], { params: { alpha: 0.5 } });
    // sizes 3 and 1: mean 2, variance 1; p = 0.8 / 2 = 0.4; per-period variance 0.4 (1 + 4) - 0.64 = 1.36
    const mse = (1.5 ** 2 + 1.5 ** 2 + 0.5 ** 2 + 0.8 ** 2) / 4;
    expect(fit.mse).toBeCloseTo(mse, 12);
    expect(rateUncertainty(fit)).toBeCloseTo(Math.max(0, mse - 1.36), 12);
  });
});

describe('quantiles and shortages', () => {
  const d = { pmf: [0.25, 0.5, 0.25], mean: 1, variance: 0.5 };

  it('takes the smallest quantity covering the probability', () => {
    expect(quantile(d, 0.25)).toBe(0);
    expect(quantile(d, 0.5)).toBe(1);
    expect(quantile(d, 0.75)).toBe(1);
    expect(quantile(d, 0.95)).toBe(2);
    expect(cdf(d, 1)).toBe(0.75);
    expect(quantile(pointMass(3), 0.99)).toBe(3);
  });

  it('computes the expected shortage E[(D - s)+] for every stock level', () => {
    expect(expectedShortage(d, 0)).toBe(1);
    expect(expectedShortage(d, 1)).toBe(0.25);
    expect(expectedShortage(d, 2)).toBe(0);
    close(shortageCurve(d), [1, 0.25, 0, 0]);
  });
});
