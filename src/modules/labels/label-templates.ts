/**
 * Label stock we print on: sheets for office printers and rolls for label printers. Pure data and
 * the arithmetic of where each label sits; what goes inside one label is `label-layout.ts`.
 *
 * Sheet figures are the manufacturer's template figures, and they add up exactly to the page:
 *
 * - Avery 5160 (US Letter, 215.9 x 279.4 mm): 30 labels, 3 columns x 10 rows, 2 5/8" x 1"
 *   (66.675 x 25.4 mm); top margin 1/2" (12.7 mm), side margin 3/16" (4.7625 mm), horizontal pitch
 *   2 3/4" (69.85 mm: a 1/8" gap), vertical pitch 1" (no gap).
 *   3/16 + 3 x 2 5/8 + 2 x 1/8 + 3/16 = 8 1/2";  1/2 + 10 x 1 + 1/2 = 11".
 * - Avery L7163 (A4, 210 x 297 mm): 14 labels, 2 x 7, 99.1 x 38.1 mm; top margin 15.15 mm, side
 *   margin 4.65 mm, horizontal pitch 101.6 mm (2.5 mm gap), vertical pitch 38.1 mm.
 *   4.65 + 99.1 + 2.5 + 99.1 + 4.65 = 210;  15.15 + 7 x 38.1 + 15.15 = 297.
 * - Avery L7651 (A4): 65 labels, 5 x 13, 38.1 x 21.2 mm; top margin 10.7 mm, side margin 4.75 mm,
 *   horizontal pitch 40.6 mm (2.5 mm gap), vertical pitch 21.2 mm.
 *   4.75 + 5 x 38.1 + 4 x 2.5 + 4.75 = 210;  10.7 + 13 x 21.2 + 10.7 = 297.
 *
 * Rolls print one label per page (PDF) or per ^XA...^XZ format (ZPL):
 * - 62 mm continuous tape (Brother DK-22205 and the like): 62 mm wide, as long as the content
 *   needs (a 25 mm code plus margins gives the usual 29 mm).
 * - 2 x 1 inch (50.8 x 25.4 mm) and 1 x 0.5 inch (25.4 x 12.7 mm) die-cut labels (Zebra desktop
 *   printers, 203 or 300 dpi).
 *
 * `insetMm` is the margin kept free inside each label for printer misregistration (sheets move a
 * millimetre or so in a laser printer, die-cut rolls less); barcodes and their quiet zones stay
 * inside it.
 */

export const MM_PER_INCH = 25.4;
export const MM_PER_POINT = MM_PER_INCH / 72;
export const mmToPt = (mm: number) => mm / MM_PER_POINT;

export const TEMPLATE_IDS = [
  'avery-5160',
  'avery-l7163',
  'avery-l7651',
  'roll-62mm',
  'roll-2x1in',
  'roll-1x0.5in',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const SYMBOLOGIES = ['code128', 'qr', 'qr-url', 'datamatrix', 'gs1-128', 'gs1-datamatrix', 'gs1-qr'] as const;
export type Symbology = (typeof SYMBOLOGIES)[number];

/** What a label can show besides its code. Location labels show their code as `tag`. */
export const LABEL_FIELDS = ['tag', 'name', 'model', 'serial', 'organisation', 'logo'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];

export interface TextStyle {
  /** The tag (or location code) line, in bold. */
  primaryPt: number;
  /** Name, model, serial. */
  secondaryPt: number;
  /** Organisation name. */
  smallPt: number;
}

interface TemplateBase {
  id: TemplateId;
  title: string;
  /** One label: width and height in mm (`null` height: continuous tape, from the content). */
  label: { widthMm: number; heightMm: number | null };
  insetMm: number;
  text: TextStyle;
  /** Shown when the request names no fields. */
  defaultFields: readonly LabelField[];
  /** Used when the request names no symbology. */
  defaultSymbology: Symbology;
  /** ZPL is for label printers: rolls only. */
  formats: readonly ('pdf' | 'zpl')[];
}

export interface SheetTemplate extends TemplateBase {
  kind: 'sheet';
  page: { name: 'LETTER' | 'A4'; widthMm: number; heightMm: number };
  label: { widthMm: number; heightMm: number };
  columns: number;
  rows: number;
  marginLeftMm: number;
  marginTopMm: number;
  pitchXMm: number;
  pitchYMm: number;
}

export interface RollTemplate extends TemplateBase {
  kind: 'roll';
  /** For continuous tape: the code's side when it has room, and the shortest label cut. */
  continuous?: { symbolMm: number; minHeightMm: number; maxHeightMm: number };
  /** The ZPL resolution used when the request names none. */
  defaultDpi: 203 | 300;
}

export type LabelTemplate = SheetTemplate | RollTemplate;

const inch = (n: number) => n * MM_PER_INCH;

export const TEMPLATES: Readonly<Record<TemplateId, LabelTemplate>> = {
  'avery-5160': {
    id: 'avery-5160',
    kind: 'sheet',
    title: 'Avery 5160 on US Letter: 30 labels of 2 5/8 x 1 inch',
    page: { name: 'LETTER', widthMm: inch(8.5), heightMm: inch(11) },
    label: { widthMm: inch(2.625), heightMm: inch(1) },
    columns: 3,
    rows: 10,
    marginLeftMm: inch(0.1875),
    marginTopMm: inch(0.5),
    pitchXMm: inch(2.75),
    pitchYMm: inch(1),
    insetMm: 1.5,
    text: { primaryPt: 10, secondaryPt: 7.5, smallPt: 6.5 },
    defaultFields: ['tag', 'model', 'serial', 'organisation'],
    defaultSymbology: 'qr-url',
    formats: ['pdf'],
  },
  'avery-l7163': {
    id: 'avery-l7163',
    kind: 'sheet',
    title: 'Avery L7163 on A4: 14 labels of 99.1 x 38.1 mm',
    page: { name: 'A4', widthMm: 210, heightMm: 297 },
    label: { widthMm: 99.1, heightMm: 38.1 },
    columns: 2,
    rows: 7,
    marginLeftMm: 4.65,
    marginTopMm: 15.15,
    pitchXMm: 101.6,
    pitchYMm: 38.1,
    insetMm: 2,
    text: { primaryPt: 13, secondaryPt: 9, smallPt: 7.5 },
    defaultFields: ['tag', 'name', 'model', 'serial', 'organisation'],
    defaultSymbology: 'qr-url',
    formats: ['pdf'],
  },
  'avery-l7651': {
    id: 'avery-l7651',
    kind: 'sheet',
    title: 'Avery L7651 on A4: 65 labels of 38.1 x 21.2 mm',
    page: { name: 'A4', widthMm: 210, heightMm: 297 },
    label: { widthMm: 38.1, heightMm: 21.2 },
    columns: 5,
    rows: 13,
    marginLeftMm: 4.75,
    marginTopMm: 10.7,
    pitchXMm: 40.6,
    pitchYMm: 21.2,
    insetMm: 1.2,
    text: { primaryPt: 7, secondaryPt: 5.5, smallPt: 5 },
    defaultFields: ['tag', 'model'],
    defaultSymbology: 'qr-url',
    formats: ['pdf'],
  },
  'roll-62mm': {
    id: 'roll-62mm',
    kind: 'roll',
    title: '62 mm continuous tape, one label per cut (about 29 mm long)',
    label: { widthMm: 62, heightMm: null },
    continuous: { symbolMm: 25, minHeightMm: 18, maxHeightMm: 100 },
    insetMm: 2,
    text: { primaryPt: 13, secondaryPt: 9, smallPt: 7.5 },
    defaultFields: ['tag', 'name', 'model', 'serial'],
    defaultSymbology: 'qr-url',
    formats: ['pdf', 'zpl'],
    defaultDpi: 300,
  },
  'roll-2x1in': {
    id: 'roll-2x1in',
    kind: 'roll',
    title: '2 x 1 inch labels on a roll',
    label: { widthMm: inch(2), heightMm: inch(1) },
    insetMm: 1.5,
    text: { primaryPt: 9, secondaryPt: 6.5, smallPt: 5.5 },
    defaultFields: ['tag', 'model', 'serial'],
    defaultSymbology: 'qr-url',
    formats: ['pdf', 'zpl'],
    defaultDpi: 203,
  },
  'roll-1x0.5in': {
    id: 'roll-1x0.5in',
    kind: 'roll',
    title: '1 x 0.5 inch labels on a roll',
    label: { widthMm: inch(1), heightMm: inch(0.5) },
    insetMm: 1,
    text: { primaryPt: 6, secondaryPt: 5, smallPt: 4.5 },
    defaultFields: ['tag'],
    defaultSymbology: 'qr',
    formats: ['pdf', 'zpl'],
    defaultDpi: 300,
  },
};

export function templateOf(id: TemplateId): LabelTemplate {
  return TEMPLATES[id];
}

/** How many labels one page holds (1 for rolls). */
export function labelsPerPage(t: LabelTemplate): number {
  return t.kind === 'sheet' ? t.columns * t.rows : 1;
}

/**
 * Where label number `index` (0-based, counting skipped positions) goes: its page and the top-left
 * corner of the label on that page, in mm. Sheets fill row by row, left to right.
 */
export function labelPosition(t: LabelTemplate, index: number): { page: number; xMm: number; yMm: number } {
  if (t.kind === 'roll') return { page: index, xMm: 0, yMm: 0 };
  const perPage = labelsPerPage(t);
  const page = Math.floor(index / perPage);
  const slot = index % perPage;
  const row = Math.floor(slot / t.columns);
  const column = slot % t.columns;
  return { page, xMm: t.marginLeftMm + column * t.pitchXMm, yMm: t.marginTopMm + row * t.pitchYMm };
}
