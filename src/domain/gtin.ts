/**
 * GTINs (the EAN / UPC barcodes on vendor labels and cartons): GTIN-8, GTIN-12 (UPC-A), GTIN-13
 * (EAN-13) and GTIN-14. They are one number space: left-padded with zeros to 14 digits, the same
 * product has the same GTIN-14 whichever length was printed, so that is how they are stored and
 * compared. Pure: receiving, scanning and the model catalogue share it.
 */

export const GTIN_LENGTHS = [8, 12, 13, 14] as const;

const KIND: Record<number, string> = { 8: 'GTIN-8', 12: 'GTIN-12 (UPC-A)', 13: 'GTIN-13 (EAN-13)', 14: 'GTIN-14' };

export type GtinResult = { ok: true; gtin: string; kind: string } | { ok: false; message: string };

/**
 * The check digit for the digits before it (GS1 mod 10: from the right, weights 3, 1, 3, ...).
 */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Validates a GTIN of any length and returns it as GTIN-14 (zero-padded). Spaces and hyphens, as
 * people type them from a label, are ignored. A wrong check digit says what it should be.
 */
export function parseGtin(input: string): GtinResult {
  const digits = input.trim().replace(/[\s-]/g, '');
  if (digits === '') return { ok: false, message: 'A GTIN is needed.' };
  if (!/^\d+$/.test(digits)) return { ok: false, message: `"${input.trim()}" is not a GTIN: only digits are allowed.` };
  if (!(GTIN_LENGTHS as readonly number[]).includes(digits.length)) {
    return {
      ok: false,
      message: `"${digits}" has ${digits.length} digits; a GTIN has 8, 12, 13 or 14 (EAN-13 and UPC-A are the usual).`,
    };
  }
  if (/^0+$/.test(digits)) return { ok: false, message: 'A GTIN cannot be all zeros.' };
  const body = digits.slice(0, -1);
  const given = Number(digits.slice(-1));
  const expected = gtinCheckDigit(body);
  if (given !== expected) {
    return {
      ok: false,
      message: `The check digit of ${KIND[digits.length]} ${digits} should be ${expected}, not ${given}: check for a mistyped or misread digit (${body}${expected} would be valid).`,
    };
  }
  return { ok: true, gtin: digits.padStart(14, '0'), kind: KIND[digits.length]! };
}

/** The GTIN-14 form of a valid GTIN, or undefined when it is not one. */
export function normaliseGtin(input: string): string | undefined {
  const result = parseGtin(input);
  return result.ok ? result.gtin : undefined;
}
