import { describe, expect, it } from 'vitest';
import { classFor, classifyDemand } from './classify.js';

describe('demand classification (Syntetos-Boylan)', () => {
  it('measures ADI as periods per demand and CV² over the non-zero demands', () => {
    const c = classifyDemand([0, 0, 3, 0, 0, 3]);
    expect(c.adi).toBe(3);
    expect(c.cv2).toBe(0);
    expect(c.demands).toBe(2);
    expect(c.demandClass).toBe('intermittent');
  });

  it('puts the four quadrants on the cut-offs ADI 1.32 and CV² 0.49, a value on the cut-off in the lower class', () => {
    expect(classFor(1.32, 0.49)).toBe('smooth');
    expect(classFor(1.3201, 0.49)).toBe('intermittent');
    expect(classFor(1.32, 0.4901)).toBe('erratic');
    expect(classFor(1.3201, 0.4901)).toBe('lumpy');
    expect(classFor(1, 0)).toBe('smooth');
  });

  it('classifies a series exactly on the ADI cut-off as frequent and one period more as intermittent', () => {
    const onCutoff = [...new Array<number>(25).fill(1), ...new Array<number>(8).fill(0)]; // 33 / 25 = 1.32
    expect(classifyDemand(onCutoff).adi).toBe(1.32);
    expect(classifyDemand(onCutoff).demandClass).toBe('smooth');
    expect(classifyDemand([...onCutoff, 0]).demandClass).toBe('intermittent'); // 34 / 25 = 1.36
  });

  it('classifies sizes exactly on the CV² cut-off as steady and a little more spread as erratic', () => {
    // Sizes 17 and 3: mean 10, variance 49, CV² 0.49.
    expect(classifyDemand([17, 3]).cv2).toBeCloseTo(0.49, 12);
    expect(classifyDemand([17, 3]).demandClass).toBe('smooth');
    expect(classifyDemand([18, 3]).demandClass).toBe('erratic');
    expect(classifyDemand([18, 0, 3, 0]).demandClass).toBe('lumpy');
  });

  it('calls a series without demand none', () => {
    expect(classifyDemand([0, 0, 0])).toEqual({ demandClass: 'none', adi: Infinity, cv2: 0, demands: 0 });
    expect(classifyDemand([]).demandClass).toBe('none');
  });
});
