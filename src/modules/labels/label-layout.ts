/**
 * What goes where inside one label: the code (with its quiet zone) and the lines of text, in mm
 * from the label's top-left corner. Pure arithmetic; the PDF and ZPL renderers draw what it says.
 *
 * - Linear codes (Code 128, GS1-128) run across the top, as wide as their modules allow, with the
 *   text lines underneath.
 * - 2D codes (QR, Data Matrix) sit on the left, as tall as the label allows, with the text beside.
 *
 * Module sizes stay within what prints and scans reliably: bars at least 0.165 mm wide (6.5 mil,
 * two dots at 300 dpi) and 2D modules at least 0.25 mm (10 mil, two dots at 203 dpi). What does not
 * fit at those sizes is refused with the figures, never shrunk into something unreadable. For ZPL
 * the sizes are whole printer dots.
 */
import { MM_PER_POINT, type LabelTemplate } from './label-templates.js';
import type { SymbolSize } from './label-symbols.js';

export const MIN_BAR_MM = 0.165;
export const MAX_BAR_MM = 0.5;
export const MIN_MODULE_MM = 0.25;
export const MAX_MODULE_MM = 1.2;
/** Bars shorter than this are hard to hit with a handheld scanner's line. */
export const MIN_BAR_HEIGHT_MM = 5;
const MAX_BAR_HEIGHT_MM = 15;
/** Linear codes on continuous tape. */
const TAPE_BAR_HEIGHT_MM = 12;
const GAP_MM = 0.8;
const LINE_SPACING = 1.18;
/** Narrower than this, text beside a 2D code is not worth printing. */
const MIN_TEXT_WIDTH_MM = 7;
const LOGO_LINES = 2;

export type LineStyle = 'primary' | 'secondary' | 'small';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedLine {
  style: LineStyle;
  sizePt: number;
  /** Top of the line box. */
  y: number;
  x: number;
  w: number;
  /** Under a linear code the text is centred; beside a 2D code it starts at the left. */
  align: 'left' | 'center';
}

export interface LabelLayout {
  widthMm: number;
  heightMm: number;
  /** The code including its quiet zone; `moduleMm` is one module (one narrow bar). */
  symbol: Box & { moduleMm: number; quietMm: number };
  lines: PlacedLine[];
  logo?: Box & { align: 'left' | 'center' };
}

/** A refusal says whether the code (`symbol`) or the text (`text`) is what does not fit. */
export type LayoutResult = { ok: true; layout: LabelLayout } | { ok: false; cause: 'symbol' | 'text'; message: string };

export interface LayoutRequest {
  template: LabelTemplate;
  symbol: SymbolSize;
  quietModules: number;
  /** The text lines in order (empty values already left out). */
  lines: readonly LineStyle[];
  logo: boolean;
  /** For ZPL: module sizes are whole dots of this size (mm). */
  dotMm?: number | undefined;
  /** Describes the code in messages: 'A QR code with a link'. */
  what: string;
}

export const lineHeightMm = (pt: number) => pt * LINE_SPACING * MM_PER_POINT;
const fmt = (mm: number) => `${Math.round(mm * 10) / 10} mm`;

function sizeOf(style: LineStyle, t: LabelTemplate): number {
  return style === 'primary' ? t.text.primaryPt : style === 'secondary' ? t.text.secondaryPt : t.text.smallPt;
}

/** The largest module size within [min, max] that makes `modules` fit in `room`, or undefined. */
function moduleSize(room: number, modules: number, min: number, max: number, dotMm?: number): number | undefined {
  if (dotMm === undefined) {
    const size = Math.min(max, room / modules);
    return size + 1e-9 >= min ? size : undefined;
  }
  const minDots = Math.max(1, Math.ceil(min / dotMm - 1e-6));
  const dots = Math.min(Math.floor(max / dotMm), Math.floor(room / modules / dotMm + 1e-6), 10);
  return dots >= minDots ? dots * dotMm : undefined;
}

function stackLines(
  t: LabelTemplate,
  styles: readonly LineStyle[],
  logo: boolean,
  x: number,
  w: number,
  top: number,
  align: 'left' | 'center',
): { lines: PlacedLine[]; logo?: Box & { align: 'left' | 'center' }; bottom: number } {
  const lines: PlacedLine[] = [];
  let y = top;
  let logoBox: (Box & { align: 'left' | 'center' }) | undefined;
  if (logo) {
    const h = lineHeightMm(t.text.secondaryPt) * LOGO_LINES;
    logoBox = { x, y, w, h, align };
    y += h;
  }
  for (const style of styles) {
    const sizePt = sizeOf(style, t);
    lines.push({ style, sizePt, x, y, w, align });
    y += lineHeightMm(sizePt);
  }
  return logoBox ? { lines, logo: logoBox, bottom: y } : { lines, bottom: y };
}

export function textHeightMm(t: LabelTemplate, styles: readonly LineStyle[], logo: boolean): number {
  return (
    styles.reduce((sum, style) => sum + lineHeightMm(sizeOf(style, t)), 0) +
    (logo ? lineHeightMm(t.text.secondaryPt) * LOGO_LINES : 0)
  );
}

function tooManyLines(t: LabelTemplate, need: number, room: number, count: number): string {
  return `${count} lines of text need ${fmt(need)} and the ${t.title} label has room for ${fmt(room)} beside the code: choose fewer fields.`;
}

export function layoutLabel(req: LayoutRequest): LayoutResult {
  return req.symbol.kind === 'linear' ? layoutLinear(req, req.symbol.modules) : layoutMatrix(req, req.symbol);
}

function layoutLinear(req: LayoutRequest, modules: number): LayoutResult {
  const t = req.template;
  const inset = t.insetMm;
  const width = t.label.widthMm;
  const areaW = width - 2 * inset;
  const total = modules + 2 * req.quietModules;
  const x = moduleSize(areaW, total, MIN_BAR_MM, MAX_BAR_MM, req.dotMm);
  if (x === undefined) {
    const minX = req.dotMm ? Math.ceil(MIN_BAR_MM / req.dotMm - 1e-6) * req.dotMm : MIN_BAR_MM;
    return {
      ok: false,
      cause: 'symbol',
      message: `${req.what} is ${total} modules wide with its quiet zones: at the narrowest bar we print (${Math.round(minX * 1000) / 1000} mm) it needs ${fmt(total * minX)}, and the ${t.title} label has ${fmt(areaW)}. Choose a 2D code (qr, datamatrix) or a larger label.`,
    };
  }
  const symbolW = total * x;
  const textH = textHeightMm(t, req.lines, req.logo);
  const gap = req.lines.length > 0 || req.logo ? GAP_MM : 0;
  let height: number;
  let barH: number;
  if (t.label.heightMm === null) {
    barH = TAPE_BAR_HEIGHT_MM;
    height = Math.max(t.kind === 'roll' && t.continuous ? t.continuous.minHeightMm : 0, 2 * inset + barH + gap + textH);
  } else {
    height = t.label.heightMm;
    barH = Math.min(MAX_BAR_HEIGHT_MM, height - 2 * inset - gap - textH);
    if (barH < MIN_BAR_HEIGHT_MM) {
      return {
        ok: false,
        cause: 'text',
        message: `${req.lines.length + (req.logo ? LOGO_LINES : 0)} lines of text leave ${fmt(Math.max(0, barH))} for the bars on the ${t.title} label, and bars need at least ${fmt(MIN_BAR_HEIGHT_MM)}: choose fewer fields.`,
      };
    }
  }
  // The block (bars, then text) is centred vertically; the bars horizontally.
  const top = (height - (barH + gap + textH)) / 2;
  const symbol = { x: (width - symbolW) / 2, y: top, w: symbolW, h: barH, moduleMm: x, quietMm: req.quietModules * x };
  const stacked = stackLines(t, req.lines, req.logo, inset, areaW, top + barH + gap, 'center');
  return {
    ok: true,
    layout: {
      widthMm: width,
      heightMm: height,
      symbol,
      lines: stacked.lines,
      ...(stacked.logo ? { logo: stacked.logo } : {}),
    },
  };
}

function layoutMatrix(req: LayoutRequest, size: { columns: number; rows: number }): LayoutResult {
  const t = req.template;
  const inset = t.insetMm;
  const width = t.label.widthMm;
  const areaW = width - 2 * inset;
  const hasText = req.lines.length > 0 || req.logo;
  const total = Math.max(size.columns, size.rows) + 2 * req.quietModules;
  const textH = textHeightMm(t, req.lines, req.logo);
  // Room for the code: the label's height (tape: the template's code size), and some width left for text.
  const continuous = t.kind === 'roll' ? t.continuous : undefined;
  const areaH = t.label.heightMm === null ? (continuous?.symbolMm ?? 25) : t.label.heightMm - 2 * inset;
  const room = Math.min(areaH, hasText ? areaW * 0.55 : areaW);
  const m = moduleSize(room, total, MIN_MODULE_MM, MAX_MODULE_MM, req.dotMm);
  if (m === undefined) {
    const minM = req.dotMm ? Math.ceil(MIN_MODULE_MM / req.dotMm - 1e-6) * req.dotMm : MIN_MODULE_MM;
    return {
      ok: false,
      cause: 'symbol',
      message: `${req.what} is ${total} modules across with its quiet zone: at the smallest module we print (${Math.round(minM * 1000) / 1000} mm) it needs ${fmt(total * minM)}, and the ${t.title} label has ${fmt(room)}. Shorten what it carries (the tag instead of a link), or choose a larger label.`,
    };
  }
  const side = total * m;
  const textX = inset + side + GAP_MM;
  const textW = width - inset - textX;
  if (hasText && textW < MIN_TEXT_WIDTH_MM) {
    return {
      ok: false,
      cause: 'text',
      message: `${req.what} leaves ${fmt(Math.max(0, textW))} beside it on the ${t.title} label, too little for text: choose no fields, or a larger label.`,
    };
  }
  let height: number;
  if (t.label.heightMm === null) {
    height = Math.max(continuous?.minHeightMm ?? 0, 2 * inset + Math.max(side, textH));
    if (continuous && height > continuous.maxHeightMm) {
      return {
        ok: false,
        cause: 'text',
        message: tooManyLines(t, textH, continuous.maxHeightMm - 2 * inset, req.lines.length),
      };
    }
  } else {
    height = t.label.heightMm;
    if (textH > height - 2 * inset + 1e-9) {
      return { ok: false, cause: 'text', message: tooManyLines(t, textH, height - 2 * inset, req.lines.length) };
    }
  }
  const symbol = { x: inset, y: (height - side) / 2, w: side, h: side, moduleMm: m, quietMm: req.quietModules * m };
  const stacked = stackLines(t, req.lines, req.logo, textX, textW, (height - textH) / 2, 'left');
  return {
    ok: true,
    layout: {
      widthMm: width,
      heightMm: height,
      symbol,
      lines: stacked.lines,
      ...(stacked.logo ? { logo: stacked.logo } : {}),
    },
  };
}
