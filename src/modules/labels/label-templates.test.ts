import { describe, expect, it } from 'vitest';
import { MM_PER_INCH, TEMPLATES, labelPosition, labelsPerPage, type SheetTemplate } from './label-templates.js';

const sheets = Object.values(TEMPLATES).filter((t): t is SheetTemplate => t.kind === 'sheet');

describe('label sheets', () => {
  it('have the manufacturer’s figures', () => {
    const inch = (n: number) => n * MM_PER_INCH;
    expect(TEMPLATES['avery-5160']).toMatchObject({
      page: { name: 'LETTER', widthMm: inch(8.5), heightMm: inch(11) },
      label: { widthMm: inch(2.625), heightMm: inch(1) },
      columns: 3,
      rows: 10,
      marginLeftMm: inch(0.1875),
      marginTopMm: inch(0.5),
      pitchXMm: inch(2.75),
      pitchYMm: inch(1),
    });
    expect(TEMPLATES['avery-l7163']).toMatchObject({
      page: { name: 'A4', widthMm: 210, heightMm: 297 },
      label: { widthMm: 99.1, heightMm: 38.1 },
      columns: 2,
      rows: 7,
      marginLeftMm: 4.65,
      marginTopMm: 15.15,
      pitchXMm: 101.6,
      pitchYMm: 38.1,
    });
    expect(TEMPLATES['avery-l7651']).toMatchObject({
      page: { name: 'A4', widthMm: 210, heightMm: 297 },
      label: { widthMm: 38.1, heightMm: 21.2 },
      columns: 5,
      rows: 13,
      marginLeftMm: 4.75,
      marginTopMm: 10.7,
      pitchXMm: 40.6,
      pitchYMm: 21.2,
    });
    expect(sheets.map((t) => labelsPerPage(t))).toEqual([30, 14, 65]);
  });

  it('add up to the page exactly: margins, labels and gaps, with the same margin on both sides', () => {
    for (const t of sheets) {
      const width = 2 * t.marginLeftMm + (t.columns - 1) * t.pitchXMm + t.label.widthMm;
      const height = 2 * t.marginTopMm + (t.rows - 1) * t.pitchYMm + t.label.heightMm;
      expect(width, t.id).toBeCloseTo(t.page.widthMm, 9);
      expect(height, t.id).toBeCloseTo(t.page.heightMm, 9);
      expect(t.pitchXMm, t.id).toBeGreaterThanOrEqual(t.label.widthMm);
      expect(t.pitchYMm, t.id).toBeGreaterThanOrEqual(t.label.heightMm);
    }
  });

  it('place labels row by row, then on the next page', () => {
    const t = TEMPLATES['avery-l7163'] as SheetTemplate;
    expect(labelPosition(t, 0)).toEqual({ page: 0, xMm: 4.65, yMm: 15.15 });
    expect(labelPosition(t, 1)).toEqual({ page: 0, xMm: 4.65 + 101.6, yMm: 15.15 });
    expect(labelPosition(t, 2)).toEqual({ page: 0, xMm: 4.65, yMm: 15.15 + 38.1 });
    const last = labelPosition(t, 13);
    expect(last.page).toBe(0);
    expect(last.xMm + t.label.widthMm).toBeCloseTo(210 - 4.65, 9);
    expect(last.yMm + t.label.heightMm).toBeCloseTo(297 - 15.15, 9);
    expect(labelPosition(t, 14)).toEqual({ page: 1, xMm: 4.65, yMm: 15.15 });
  });
});

describe('label rolls', () => {
  it('print one label a page, with ZPL offered on rolls only', () => {
    expect(labelPosition(TEMPLATES['roll-2x1in'], 7)).toEqual({ page: 7, xMm: 0, yMm: 0 });
    for (const t of Object.values(TEMPLATES)) expect(t.formats.includes('zpl'), t.id).toBe(t.kind === 'roll');
    expect(TEMPLATES['roll-62mm'].label).toEqual({ widthMm: 62, heightMm: null });
    expect(TEMPLATES['roll-2x1in'].label).toEqual({ widthMm: 50.8, heightMm: 25.4 });
    expect(TEMPLATES['roll-1x0.5in'].label).toEqual({ widthMm: 25.4, heightMm: 12.7 });
  });
});
