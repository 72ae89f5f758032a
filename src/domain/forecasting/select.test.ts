import { describe, expect, it } from 'vitest';
import { selectModel } from './select.js';

describe('model selection', () => {
  it('offers Croston, SBA and TSB for intermittent demand and keeps the lowest out-of-sample error', () => {
    const y = [0, 2, 0, 0, 1, 0, 3, 0, 0, 0, 2, 0, 1, 0, 0, 2, 0, 0, 1, 0, 0, 3, 0, 1];
    const selection = selectModel(y);
    expect(selection.classification.demandClass).toBe('intermittent');
    expect(selection.candidates.map((c) => c.method)).toEqual(['sba', 'croston', 'tsb']);
    const best = Math.min(...selection.candidates.map((c) => c.mse));
    expect(selection.candidates.find((c) => c.method === selection.fit.method)!.mse).toBe(best);
    expect(selection.fit.rate).toBeGreaterThan(0);
  });

  it('offers SES and SBA for smooth demand, and the seasonal method with two seasons of history', () => {
    const pattern = [10, 10, 10, 12, 14, 16, 14, 12, 10, 10, 10, 10];
    const short = selectModel([...pattern, ...pattern]);
    expect(short.candidates.map((c) => c.method)).toEqual(['ses', 'sba']);
    const long = selectModel([...pattern, ...pattern, ...pattern, ...pattern]);
    expect(long.classification.demandClass).toBe('smooth');
    expect(long.candidates.map((c) => c.method)).toEqual(['ses', 'sba', 'seasonal']);
    expect(long.fit.method).toBe('seasonal');
  });

  it('uses the out-of-sample error: parameters are chosen before the held-back periods', () => {
    const selection = selectModel([1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 5, 5, 5, 5, 5, 5], { validation: 6 });
    const ses = selection.candidates.find((c) => c.method === 'ses');
    expect(ses).toBeUndefined(); // intermittent history
    for (const c of selection.candidates) expect(c.bias).toBeGreaterThan(0); // all under-forecast the jump
  });

  it('falls back without a comparison for no demand, a short history or no demand before the held-back periods', () => {
    expect(selectModel([0, 0, 0, 0]).reason).toBe('no demand in the history');
    expect(selectModel([0, 0, 0, 0]).fit.rate).toBe(0);
    expect(selectModel([1, 2, 1]).reason).toBe('history too short to compare methods');
    expect(selectModel([1, 2, 1]).fit.method).toBe('ses');
    const late = selectModel([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2]);
    expect(late.reason).toBe('no demand before the held-back periods');
    expect(late.fit.method).toBe('sba');
  });
});
