import { describe, expect, it } from 'vitest';
import { findMojibake, mayHoldMojibake, repairMojibake } from './mojibake.js';

describe('mojibake', () => {
  it('finds UTF-8 that was read as Windows-1252, and what it was', () => {
    expect(repairMojibake('Saint-Ã‰tienne')).toBe('Saint-Étienne');
    expect(repairMojibake('Lutsâ€™k')).toBe('Luts’k');
    expect(repairMojibake('CafÃ©')).toBe('Café');
    expect(findMojibake('GoÅ¼dziewo')).toHaveLength(1);
  });

  it('leaves ordinary accented text alone', () => {
    for (const text of ['Café Crème', 'Zürich', 'São Paulo', 'Ødegård', '£12 — “quoted”']) {
      expect(mayHoldMojibake(text) && findMojibake(text).length > 0, text).toBe(false);
    }
  });
});
