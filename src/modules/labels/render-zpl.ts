/**
 * Labels as ZPL II for Zebra printers: one `^XA ... ^XZ` format per label, at 203 or 300 dpi. The
 * printer draws the codes itself (^BC Code 128, ^BQ QR, ^BX Data Matrix) at the module sizes the
 * layout chose in whole dots, and the text in its scalable font 0.
 *
 * All field data goes through ^FH (hexadecimal escapes with "_"): ^, ~, _ and anything outside
 * printable ASCII are written as _XX bytes of their UTF-8 (^CI28 selects UTF-8), so no data can
 * end a field or start a command. Escapes the symbologies define themselves are applied first:
 * Data Matrix (escape character set to "_" in ^BX) doubles "_" and writes FNC1 as "_1"; GS1-128
 * uses ^BC mode D (UCC/EAN), which takes the "(8004)..." form and inserts FNC1 itself. The printer
 * undoes ^FH first, then applies the symbology escapes (ZPL II Programming Guide, ^BX and ^FH).
 *
 * GS1 QR has no ZPL form (^BQ has no FNC1 mode): refused before we get here.
 */
import type { Writable } from 'node:stream';
import { MM_PER_POINT } from './label-templates.js';
import type { PreparedLabel } from './label-content.js';
import type { PlacedLine } from './label-layout.js';

export type ZplDpi = 203 | 300;
export const dotMm = (dpi: ZplDpi) => 25.4 / dpi;

/** Text for ^FH^FD: printable ASCII as is, except ^ ~ _, which become _XX like every other byte. */
export function zplHex(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code <= 0x7e && ch !== '^' && ch !== '~' && ch !== '_') out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += `_${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Width of font 0 (CG Triumvirate Bold Condensed) per dot of height, generously: for cutting text. */
const FONT0_WIDTH = 0.58;

function fitText(text: string, widthDots: number, heightDots: number): string {
  const max = Math.floor(widthDots / (heightDots * FONT0_WIDTH));
  const chars = [...text];
  if (chars.length <= max) return text;
  return max <= 3
    ? ''
    : `${chars
        .slice(0, max - 3)
        .join('')
        .trimEnd()}...`;
}

function textField(line: PlacedLine, text: string, dots: (mm: number) => number): string {
  const height = Math.max(10, dots(line.sizePt * MM_PER_POINT));
  const width = dots(line.w);
  const fitted = fitText(text, width, height);
  if (fitted === '') return '';
  const block = line.align === 'center' ? `^FB${width},1,0,C,0` : '';
  return `^FO${dots(line.x)},${dots(line.y)}^A0N,${height}${block}^FH^FD${zplHex(fitted)}^FS\n`;
}

function barcodeField(label: PreparedLabel, dots: (mm: number) => number): string {
  const { symbol } = label.layout;
  const { symbology, data } = label.symbol;
  const module = dots(symbol.moduleMm);
  const x = dots(symbol.x + symbol.quietMm);
  switch (symbology) {
    case 'code128':
    case 'gs1-128': {
      const height = dots(symbol.h);
      // Mode A picks subsets itself from plain data; mode D is GS1 (UCC/EAN) from "(AI)value".
      const mode = symbology === 'code128' ? 'A' : 'D';
      return `^FO${x},${dots(symbol.y)}^BY${module},3,${height}^BCN,${height},N,N,N,${mode}^FH^FD${zplHex(data)}^FS\n`;
    }
    case 'qr':
    case 'qr-url': {
      const y = dots(symbol.y + symbol.quietMm);
      // Model 2, error correction M, automatic data mode.
      return `^FO${x},${y}^BQN,2,${module}^FH^FDMA,${zplHex(data)}^FS\n`;
    }
    case 'datamatrix':
    case 'gs1-datamatrix': {
      const y = dots(symbol.y + symbol.quietMm);
      const escaped =
        symbology === 'datamatrix' ? data.replaceAll('_', '__') : `_1${label.symbol.scanned.replaceAll('_', '__')}`;
      return `^FO${x},${y}^BXN,${module},200,0,0,6,_^FH^FD${zplHex(escaped)}^FS\n`;
    }
    case 'gs1-qr':
      throw new Error('GS1 QR has no ZPL form');
  }
}

/** One label as a ZPL format. */
export function labelZpl(label: PreparedLabel, dpi: ZplDpi, continuous: boolean): string {
  const dot = dotMm(dpi);
  const dots = (mm: number) => Math.round(mm / dot);
  let zpl = '^XA\n^CI28\n';
  zpl += `^PW${dots(label.layout.widthMm)}\n^LL${dots(label.layout.heightMm)}\n^LH0,0\n`;
  // Continuous tape is cut to the format's length; die-cut labels are found by the gap sensor.
  zpl += continuous ? '^MNN\n' : '^MNY\n';
  zpl += barcodeField(label, dots);
  label.lines.forEach((line, i) => {
    const placed = label.layout.lines[i];
    if (placed) zpl += textField(placed, line.text, dots);
  });
  return `${zpl}^PQ1\n^XZ\n`;
}

export interface ZplOptions {
  dpi: ZplDpi;
  /** Tape without gaps (the 62 mm roll). */
  continuous: boolean;
  onProgress?: (labels: number) => Promise<void> | void;
}

/** Writes the labels as ZPL to `out` and ends it. */
export async function writeLabelsZpl(
  labels: AsyncIterable<PreparedLabel> | Iterable<PreparedLabel>,
  out: Writable,
  options: ZplOptions,
): Promise<{ labels: number }> {
  let count = 0;
  for await (const label of labels) {
    if (!out.write(labelZpl(label, options.dpi, options.continuous))) {
      await new Promise<void>((resolve, reject) => {
        out.once('drain', resolve);
        out.once('error', reject);
      });
    }
    count += 1;
    if (count % 100 === 0) await options.onProgress?.(count);
  }
  await options.onProgress?.(count);
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(resolve);
  });
  return { labels: count };
}

/** The labels as ZPL text in memory (small runs answered directly). */
export function labelsZplText(labels: Iterable<PreparedLabel>, options: Omit<ZplOptions, 'onProgress'>): string {
  let text = '';
  for (const label of labels) text += labelZpl(label, options.dpi, options.continuous);
  return text;
}
