import { describe, expect, it } from 'vitest';
import { formatTag, validateTagPattern } from './asset-tags.js';

describe('asset tag patterns', () => {
  it('pads the number to the placeholder width', () => {
    expect(formatTag('QM-{000000}', 42)).toBe('QM-000042');
    expect(formatTag('{0000}/IT', 7)).toBe('0007/IT');
  });

  it('keeps every digit of a number wider than the placeholder', () => {
    expect(formatTag('QM-{00}', 12345)).toBe('QM-12345');
  });

  it('refuses patterns without exactly one placeholder, or with spaces', () => {
    expect(() => validateTagPattern('QM-')).toThrow(/placeholder/);
    expect(() => validateTagPattern('{00}-{00}')).toThrow(/placeholder/);
    expect(() => validateTagPattern('QM {000}')).toThrow(/spaces/);
    expect(() => validateTagPattern('QM-{000}')).not.toThrow();
  });
});
