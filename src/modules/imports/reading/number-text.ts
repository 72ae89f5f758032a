/**
 * Numbers from a workbook written as the text a person saw: at most 15 significant digits (what
 * Excel keeps and shows, so 0.1 + 0.2 reads "0.3"), never in exponent form, rounded half away from
 * zero on the decimal digits rather than on the binary float (2.675 with two decimals is 2.68).
 */

/** The decimal text of a finite number with at most `significant` digits, without an exponent. */
export function plainDecimal(value: number, significant = 15): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return String(value);
  return expandExponent(value.toPrecision(significant));
}

/** "1.50000e+3" → "1500", "-2.5e-7" → "-0.00000025": plain decimal text, trailing zeros trimmed. */
export function expandExponent(text: string): string {
  const match = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!match) return text;
  const [, sign, whole, fraction = '', exp = '0'] = match;
  const digits = (whole! + fraction).replace(/^0+(?=\d)/, '');
  let point = whole!.replace(/^0+(?=\d)/, '').length + Number(exp);
  let all = digits;
  if (whole!.replace(/^0+/, '') === '') {
    // 0.000123e5: leading zeros of the fraction move the point.
    const lead = fraction.length - fraction.replace(/^0+/, '').length;
    all = fraction.replace(/^0+/, '') || '0';
    point = -lead + Number(exp);
  }
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${all}`;
  else if (point >= all.length) out = all + '0'.repeat(point - all.length);
  else out = `${all.slice(0, point)}.${all.slice(point)}`;
  out = trimZeros(out);
  return out === '0' ? '0' : `${sign === '-' ? '-' : ''}${out}`;
}

function trimZeros(text: string): string {
  let out = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  out = out.replace(/^0+(?=\d)/, '');
  return out === '' ? '0' : out;
}

/** Rounds plain decimal text to `decimals` places, half away from zero; pads with zeros. */
export function roundDecimalText(text: string, decimals: number): string {
  const negative = text.startsWith('-');
  const body = negative || text.startsWith('+') ? text.slice(1) : text;
  const [whole = '0', fraction = ''] = body.split('.');
  let digits = (whole || '0') + fraction.padEnd(decimals, '0').slice(0, decimals);
  if ((fraction[decimals] ?? '0') >= '5') digits = addOne(digits);
  const cut = digits.length - decimals;
  const intPart = digits.slice(0, cut).replace(/^0+(?=\d)/, '') || '0';
  const out = decimals > 0 ? `${intPart}.${digits.slice(cut)}` : intPart;
  return negative && /[1-9]/.test(out) ? `-${out}` : out;
}

function addOne(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === '9') chars[i] = '0';
    else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
  }
  return `1${chars.join('')}`;
}
