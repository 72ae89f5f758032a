/**
 * The text of a workbook cell, as a person saw it: dates as ISO dates (2023-01-23, or
 * 2023-01-23T14:30:00 with a time), numbers with the decimals of their number format and never in
 * exponent form, booleans as TRUE/FALSE, formulas as their cached result, rich text as its text,
 * errors as Excel writes them (#N/A). Thousands separators and currency signs of a format are left
 * out: the value parsers take plain numbers.
 */
import { plainDecimal, roundDecimalText } from './number-text.js';

/** What exceljs puts in `cell.value` (its own types are too loose to narrow on). */
export type XlsxCellValue = unknown;

export function cellText(value: XlsxCellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as { text?: unknown }[]).map((r) => String(r.text ?? '')).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = v.result;
      if (typeof result === 'number' && isDateFormat(numFmt)) return dateText(serialToDate(result));
      return cellText(result, numFmt);
    }
    if (typeof v.error === 'string') return v.error;
    if ('hyperlink' in v) return cellText(v.text, numFmt);
    if ('text' in v) return cellText(v.text, numFmt);
  }
  return '';
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, with its fictitious 29 February 1900. */
export function serialToDate(serial: number): Date {
  const days = serial < 60 ? serial : serial - 1;
  return new Date(Date.UTC(1899, 11, 31) + Math.round(days * 86_400_000));
}

export function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const iso = rounded.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** The first section of a format, without quoted text, escapes, colours and conditions. */
function formatCore(numFmt: string): string {
  const section = splitSections(numFmt)[0] ?? '';
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
}

function splitSections(numFmt: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (const c of numFmt) {
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += c;
  }
  sections.push(current);
  return sections;
}

export function isDateFormat(numFmt?: string): boolean {
  if (!numFmt || /^general$/i.test(numFmt)) return false;
  return /[dmyhs]/i.test(formatCore(numFmt).replace(/General/gi, ''));
}

export function numberText(value: number, numFmt?: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (!numFmt || /^(general|@)$/i.test(numFmt.trim())) return plainDecimal(value);
  const core = formatCore(numFmt);
  if (/e[+-]/i.test(core) || core.includes('/')) return plainDecimal(value);
  const percent = core.includes('%');
  const decimalsPart = /\.([0#?]+)/.exec(core)?.[1] ?? '';
  const fixed = (decimalsPart.match(/0/g) ?? []).length;
  const optional = decimalsPart.length - fixed;
  if (!/[0#?]/.test(core)) return plainDecimal(value);
  const scaled = percent ? plainDecimal(value * 100) : plainDecimal(value);
  let text = roundDecimalText(scaled, fixed + optional);
  if (optional > 0) {
    // "#" places show only when they are not zero.
    const [whole, fraction = ''] = text.split('.');
    const kept = fraction.replace(/0+$/, '').padEnd(fixed, '0');
    text = kept ? `${whole}.${kept}` : whole!;
  }
  return percent ? `${text}%` : text;
}
