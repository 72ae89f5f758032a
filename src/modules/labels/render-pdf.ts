/**
 * Labels as a PDF: real, selectable text and each code as a high-resolution PNG (white background,
 * quiet zone included) drawn at its exact size. Sheets get the sheet's page size with the labels at
 * their template positions; roll labels get one page each, the size of the label.
 *
 * Written as a stream, page by page: a run of thousands of labels never sits in memory whole.
 *
 * Text is set in Helvetica. A line with characters Helvetica's encoding (Windows-1252) lacks is set
 * in DejaVu Sans when the system has it (Debian: fonts-dejavu-core: Latin, Greek, Cyrillic and
 * more, no CJK); characters no font here has are printed as "?".
 */
import fs from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { labelPosition, labelsPerPage, mmToPt, type LabelTemplate } from './label-templates.js';
import { renderSymbol } from './label-symbols.js';
import type { PreparedLabel } from './label-content.js';
import type { PlacedLine } from './label-layout.js';

/** Labels whose codes are encoded at the same time (rolls: pages). */
const BATCH = 32;
/** Pause rendering while this much PDF waits to be consumed. */
const HIGH_WATER = 4 * 1024 * 1024;

const UNICODE_FONTS = {
  regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
};

export interface PdfOptions {
  /** Document title (PDF metadata). */
  title?: string;
  /** Positions to leave empty at the start of the first sheet (a sheet already partly used). */
  skip?: number;
  /** The organisation's logo, for labels that show it. */
  logoPng?: Buffer | undefined;
  /** Called after each page with the number of labels drawn so far; may throw to stop. */
  onProgress?: (labels: number) => Promise<void> | void;
}

export interface PdfSummary {
  labels: number;
  pages: number;
}

type Doc = InstanceType<typeof PDFDocument>;

// Windows-1252 beyond Latin-1: what Helvetica can set besides U+0020..U+007E and U+00A0..U+00FF.
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const inWinAnsi = (c: string) => {
  const code = c.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(c);
};

async function pngOf(label: PreparedLabel): Promise<Buffer> {
  const rendered = await renderSymbol(label.symbol.symbology, label.symbol.data);
  if (!rendered.ok) throw new Error(rendered.message);
  return rendered.png;
}

/** The embedded font as pdfkit keeps it (not in the typings): ascender in 1/1000 em, and its glyphs. */
interface CurrentFont {
  ascender: number;
  font?: { hasGlyphForCodePoint?(codePoint: number): boolean };
}

/** Helvetica's ascender: every line's baseline is put where Helvetica would put it. */
const HELVETICA_ASCENDER = 718;

class Fonts {
  private unicode: boolean | undefined;

  constructor(private readonly doc: Doc) {}

  private current(): CurrentFont {
    return (this.doc as unknown as { _font: CurrentFont })._font;
  }

  /**
   * Sets the font for a line; returns the text as it can be printed and how far (in points, at
   * 1 pt) to move the line down so that its baseline matches Helvetica's.
   */
  use(text: string, bold: boolean): { text: string; shift: number } {
    if ([...text].every(inWinAnsi)) {
      this.doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
      return { text, shift: 0 };
    }
    if (this.unicode === undefined) {
      this.unicode = fs.existsSync(UNICODE_FONTS.regular) && fs.existsSync(UNICODE_FONTS.bold);
      if (this.unicode) {
        this.doc.registerFont('Unicode', UNICODE_FONTS.regular);
        this.doc.registerFont('Unicode-Bold', UNICODE_FONTS.bold);
      }
    }
    if (this.unicode) {
      this.doc.font(bold ? 'Unicode-Bold' : 'Unicode');
      const font = this.current();
      const covered = (c: string) => font.font?.hasGlyphForCodePoint?.(c.codePointAt(0)!) ?? true;
      return {
        text: [...text].map((c) => (covered(c) ? c : '?')).join(''),
        shift: (HELVETICA_ASCENDER - font.ascender) / 1000,
      };
    }
    this.doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    return { text: [...text].map((c) => (inWinAnsi(c) ? c : '?')).join(''), shift: 0 };
  }
}

/** Cuts text to a width (in points) with an ellipsis. */
function fitText(doc: Doc, text: string, widthPt: number): string {
  if (doc.widthOfString(text) <= widthPt) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('')}…`) <= widthPt) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}

function drawLine(doc: Doc, fonts: Fonts, line: PlacedLine, text: string, originX: number, originY: number) {
  const printable = fonts.use(text, line.style === 'primary');
  doc.fontSize(line.sizePt);
  const widthPt = mmToPt(line.w);
  const fitted = fitText(doc, printable.text, widthPt);
  if (fitted === '') return;
  const indent = line.align === 'center' ? (widthPt - doc.widthOfString(fitted)) / 2 : 0;
  const y = mmToPt(originY + line.y) + printable.shift * line.sizePt;
  doc.fillColor('black').text(fitted, mmToPt(originX + line.x) + indent, y, {
    lineBreak: false,
  });
}

/** Writes the labels as a PDF to `out` and ends it; resolves when `out` has everything. */
export async function writeLabelsPdf(
  template: LabelTemplate,
  labels: AsyncIterable<PreparedLabel> | Iterable<PreparedLabel>,
  out: Writable,
  options: PdfOptions = {},
): Promise<PdfSummary> {
  const doc: Doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    compress: true,
    info: { Title: options.title ?? 'Labels', Creator: 'Quartermaster', Producer: 'Quartermaster' },
  });
  const done = finished(out);
  done.catch(() => undefined); // awaited below; on failure the error is thrown from the loop
  doc.pipe(out);
  const fonts = new Fonts(doc);
  // Opened once and embedded once, however many labels show it (the typings lack openImage).
  const logo = options.logoPng
    ? ((doc as unknown as { openImage(src: Buffer): unknown }).openImage(options.logoPng) as Buffer)
    : undefined;
  const skip = template.kind === 'sheet' ? Math.min(options.skip ?? 0, labelsPerPage(template) - 1) : 0;
  let count = 0;
  let pages = 0;
  let currentPage = -1;

  const newPage = (label: PreparedLabel) => {
    const size: [number, number] =
      template.kind === 'sheet'
        ? [mmToPt(template.page.widthMm), mmToPt(template.page.heightMm)]
        : [mmToPt(label.layout.widthMm), mmToPt(label.layout.heightMm)];
    doc.addPage({ size, margin: 0 });
    pages += 1;
  };

  const flush = async (batch: PreparedLabel[]) => {
    const pngs = await Promise.all(batch.map((l) => l.png ?? pngOf(l)));
    for (const [i, label] of batch.entries()) {
      const position = labelPosition(template, skip + count);
      if (position.page !== currentPage) {
        if (currentPage >= 0) await progress();
        newPage(label);
        currentPage = position.page;
      }
      const { symbol } = label.layout;
      doc.image(pngs[i]!, mmToPt(position.xMm + symbol.x), mmToPt(position.yMm + symbol.y), {
        width: mmToPt(symbol.w),
        height: mmToPt(symbol.h),
      });
      if (label.layout.logo && logo) {
        const box = label.layout.logo;
        doc.image(logo, mmToPt(position.xMm + box.x), mmToPt(position.yMm + box.y), {
          fit: [mmToPt(box.w), mmToPt(box.h * 0.9)],
          ...(box.align === 'center' ? { align: 'center' as const } : {}),
          valign: 'center',
        });
      }
      label.lines.forEach((line, n) => {
        const placed = label.layout.lines[n];
        if (placed) drawLine(doc, fonts, placed, line.text, position.xMm, position.yMm);
      });
      count += 1;
    }
  };

  const progress = async () => {
    await options.onProgress?.(count);
    // Let the consumer catch up before drawing more.
    while (doc.readableLength > HIGH_WATER && !out.destroyed) await new Promise((r) => setTimeout(r, 5));
  };

  try {
    let batch: PreparedLabel[] = [];
    const size = template.kind === 'sheet' ? labelsPerPage(template) : BATCH;
    for await (const label of labels) {
      batch.push(label);
      if (batch.length >= size) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await flush(batch);
    if (count === 0) doc.addPage({ size: 'A4', margin: 0 });
    await options.onProgress?.(count);
  } catch (err) {
    doc.unpipe(out);
    out.destroy(err as Error);
    throw err;
  }
  doc.end();
  await done;
  return { labels: count, pages };
}

/** The labels as a PDF in memory (small runs answered directly). */
export async function labelsPdfBuffer(
  template: LabelTemplate,
  labels: AsyncIterable<PreparedLabel> | Iterable<PreparedLabel>,
  options: PdfOptions = {},
): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  await writeLabelsPdf(template, labels, sink, options);
  return Buffer.concat(chunks);
}
