import { describe, expect, it } from 'vitest';
import { TEMPLATES, type LabelTemplate } from './label-templates.js';
import {
  MIN_BAR_HEIGHT_MM,
  MIN_BAR_MM,
  MIN_MODULE_MM,
  layoutLabel,
  type LabelLayout,
  type LineStyle,
} from './label-layout.js';

const qrTag = { kind: 'matrix' as const, columns: 21, rows: 21 };
const qrLink = { kind: 'matrix' as const, columns: 37, rows: 37 };
const code128 = { kind: 'linear' as const, modules: 112 };
const fourLines: LineStyle[] = ['primary', 'secondary', 'secondary', 'small'];

function layout(template: LabelTemplate, symbol: typeof qrTag | typeof code128, lines: LineStyle[], dotMm?: number) {
  return layoutLabel({
    template,
    symbol,
    quietModules: symbol.kind === 'linear' ? 10 : 4,
    lines,
    logo: false,
    dotMm,
    what: 'The code',
  });
}

/** Everything inside the label's inset, and text never over the code. */
function expectInside(t: LabelTemplate, l: LabelLayout) {
  const inset = t.insetMm - 1e-9;
  const { symbol } = l;
  expect(symbol.x).toBeGreaterThanOrEqual(inset);
  expect(symbol.y).toBeGreaterThanOrEqual(inset);
  expect(symbol.x + symbol.w).toBeLessThanOrEqual(l.widthMm - inset);
  expect(symbol.y + symbol.h).toBeLessThanOrEqual(l.heightMm - inset);
  for (const line of l.lines) {
    expect(line.x).toBeGreaterThanOrEqual(inset);
    expect(line.x + line.w).toBeLessThanOrEqual(l.widthMm - inset);
    expect(line.y).toBeGreaterThanOrEqual(inset);
    const beside = line.x >= symbol.x + symbol.w;
    const below = line.y >= symbol.y + symbol.h;
    expect(beside || below).toBe(true);
  }
}

describe('label layout', () => {
  it('keeps the code with its quiet zone and the text inside every template', () => {
    for (const t of Object.values(TEMPLATES)) {
      for (const symbol of [qrTag, code128]) {
        const lines: LineStyle[] = t.id === 'roll-1x0.5in' ? ['primary'] : fourLines.slice(0, t.defaultFields.length);
        const r = layout(t, symbol, lines);
        expect(r.ok, `${t.id} ${symbol.kind}`).toBe(true);
        if (r.ok) expectInside(t, r.layout);
      }
    }
  });

  it('makes the code as large as the label allows, within the module limits', () => {
    const r = layout(TEMPLATES['avery-l7163'], qrLink, fourLines);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 45 modules in the 34.1 mm the label has inside its inset.
    expect(r.layout.symbol.w).toBeCloseTo(34.1, 6);
    expect(r.layout.symbol.moduleMm).toBeCloseTo(34.1 / 45, 6);
    expect(r.layout.symbol.quietMm).toBeCloseTo((4 * 34.1) / 45, 6);
  });

  it('cuts continuous tape to the content: a 25 mm code and 2 mm margins make 29 mm', () => {
    const r = layout(TEMPLATES['roll-62mm'], qrTag, fourLines);
    expect(r.ok && r.layout.heightMm).toBeCloseTo(29, 6);
    const linear = layout(TEMPLATES['roll-62mm'], code128, fourLines);
    expect(linear.ok && linear.layout.symbol.h).toBe(12);
  });

  it('refuses a code that would need modules smaller than we print, with the figures', () => {
    const r = layout(TEMPLATES['roll-1x0.5in'], qrLink, ['primary']);
    expect(r).toMatchObject({ ok: false, cause: 'symbol' });
    if (!r.ok) {
      expect(r.message).toContain(`${MIN_MODULE_MM} mm`);
      expect(r.message).toContain('45 modules across');
      expect(r.message).toContain('needs 11.3 mm');
      expect(r.message).toContain('has 10.7 mm');
    }
    const bars = layout(TEMPLATES['roll-1x0.5in'], { kind: 'linear', modules: 200 }, []);
    expect(bars).toMatchObject({ ok: false, cause: 'symbol' });
    if (!bars.ok) expect(bars.message).toContain(`${MIN_BAR_MM} mm`);
  });

  it('refuses more text than the label holds, naming the fields as the problem', () => {
    const beside = layout(TEMPLATES['roll-1x0.5in'], qrTag, [
      'primary',
      'secondary',
      'secondary',
      'secondary',
      'secondary',
      'small',
    ]);
    expect(beside).toMatchObject({ ok: false, cause: 'text' });
    if (!beside.ok) expect(beside.message).toMatch(/choose fewer fields/);
    const under = layout(TEMPLATES['roll-1x0.5in'], code128, ['primary', 'secondary', 'secondary']);
    expect(under).toMatchObject({ ok: false, cause: 'text' });
    if (!under.ok) expect(under.message).toContain(`at least ${MIN_BAR_HEIGHT_MM} mm`);
  });

  it('uses whole printer dots for ZPL, never fewer than the minimum', () => {
    const dot = 25.4 / 203;
    const r = layout(TEMPLATES['roll-2x1in'], qrTag, fourLines.slice(0, 3), dot);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const dots = r.layout.symbol.moduleMm / dot;
    expect(Math.abs(dots - Math.round(dots))).toBeLessThan(1e-9);
    expect(r.layout.symbol.moduleMm).toBeGreaterThanOrEqual(MIN_MODULE_MM - 1e-9);
  });
});
