/**
 * The codes we print and what they carry, in the forms the scanning station reads back
 * (`domain/scan/parse-scan.ts`):
 *
 * - Code 128, QR and Data Matrix with the tag (a location's code): plain text, read as a tag.
 * - QR with a link to the page, `<base>/assets/<id>` (`<base>/locations/<id>`): one of our links.
 * - GS1-128, GS1 DataMatrix and GS1 QR with AI 8004 (GIAI) = the organisation's GS1 company prefix
 *   followed by the tag: read as our tag when the prefix is configured. Assets only.
 *
 * Sizes come from encoding the data (bwip-js), so the layout knows each symbol's module count.
 */
import bwipjs from 'bwip-js';
import type { Symbology } from './label-templates.js';

export type SymbolKind = 'linear' | 'matrix';

export interface SymbologyInfo {
  id: Symbology;
  title: string;
  kind: SymbolKind;
  /** The bwip-js encoder. */
  bcid: string;
  /** What it carries. */
  content: 'tag' | 'url' | 'giai';
  /** Quiet zone each side, in modules: 10 for Code 128 (ISO/IEC 15417), 4 for QR, 1 for Data Matrix (we leave 2). */
  quietModules: number;
}

export const SYMBOLOGY_INFO: Readonly<Record<Symbology, SymbologyInfo>> = {
  code128: {
    id: 'code128',
    title: 'Code 128 with the tag',
    kind: 'linear',
    bcid: 'code128',
    content: 'tag',
    quietModules: 10,
  },
  qr: { id: 'qr', title: 'QR code with the tag', kind: 'matrix', bcid: 'qrcode', content: 'tag', quietModules: 4 },
  'qr-url': {
    id: 'qr-url',
    title: 'QR code with a link to the page',
    kind: 'matrix',
    bcid: 'qrcode',
    content: 'url',
    quietModules: 4,
  },
  datamatrix: {
    id: 'datamatrix',
    title: 'Data Matrix with the tag',
    kind: 'matrix',
    bcid: 'datamatrix',
    content: 'tag',
    quietModules: 2,
  },
  'gs1-128': {
    id: 'gs1-128',
    title: 'GS1-128 with AI 8004 (GIAI)',
    kind: 'linear',
    bcid: 'gs1-128',
    content: 'giai',
    quietModules: 10,
  },
  'gs1-datamatrix': {
    id: 'gs1-datamatrix',
    title: 'GS1 DataMatrix with AI 8004 (GIAI)',
    kind: 'matrix',
    bcid: 'gs1datamatrix',
    content: 'giai',
    quietModules: 2,
  },
  'gs1-qr': {
    id: 'gs1-qr',
    title: 'GS1 QR code with AI 8004 (GIAI)',
    kind: 'matrix',
    bcid: 'gs1qrcode',
    content: 'giai',
    quietModules: 4,
  },
};

export const isGs1 = (s: Symbology) => SYMBOLOGY_INFO[s].content === 'giai';

/** GS1 company prefixes are 6 to 12 digits (GS1 General Specifications 1.4.4). */
export const GS1_COMPANY_PREFIX = /^\d{6,12}$/;
/** GS1 AI encodable character set 82 (GS1 General Specifications figure 7.11-1). */
const CSET82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** What one symbol carries: `data` is handed to the encoder, `scanned` is what a scanner returns. */
export interface SymbolData {
  symbology: Symbology;
  /** Encoder input (GS1: "(8004)..." bracketed form). */
  data: string;
  /** What the scanner transmits, without AIM prefix (GS1: the element string "8004..."). */
  scanned: string;
  /** GS1 human-readable interpretation printed under GS1-128: "(8004)...". */
  hri?: string;
}

export type Refusal = { ok: false; message: string };

/** The content of one symbol, or why this code cannot carry it. */
export function symbolData(
  symbology: Symbology,
  subject: { kind: 'asset' | 'location'; id: string; tag: string },
  options: { baseUrl?: string | undefined; gs1CompanyPrefix?: string | undefined },
): ({ ok: true } & SymbolData) | Refusal {
  const info = SYMBOLOGY_INFO[symbology];
  const what = subject.kind === 'asset' ? `tag ${subject.tag}` : `location code ${subject.tag}`;
  switch (info.content) {
    case 'tag':
      if (info.kind === 'linear' && !PRINTABLE_ASCII.test(subject.tag)) {
        return {
          ok: false,
          message: `Code 128 holds printable ASCII only, and the ${what} has other characters: print it as QR or Data Matrix.`,
        };
      }
      return { ok: true, symbology, data: subject.tag, scanned: subject.tag };
    case 'url': {
      if (!options.baseUrl) return { ok: false, message: 'No address to link to: set QM_PUBLIC_URL.' };
      const url = `${options.baseUrl.replace(/\/+$/, '')}/${subject.kind === 'asset' ? 'assets' : 'locations'}/${subject.id}`;
      return { ok: true, symbology, data: url, scanned: url };
    }
    case 'giai': {
      const prefix = options.gs1CompanyPrefix;
      if (!prefix)
        return { ok: false, message: 'GS1 labels need the organisation’s GS1 company prefix (label settings).' };
      if (subject.kind !== 'asset') {
        return { ok: false, message: 'GS1 labels carry an asset’s GIAI (AI 8004); print locations with another code.' };
      }
      const giai = prefix + subject.tag;
      if (!CSET82.test(subject.tag) || /[()]/.test(subject.tag)) {
        return {
          ok: false,
          message: `The ${what} has characters a GS1 GIAI cannot hold (letters, digits and !"%&'*+,-./:;<=>?_ only): print it with a non-GS1 code.`,
        };
      }
      if (giai.length > 30) {
        return {
          ok: false,
          message: `A GIAI holds at most 30 characters; the company prefix ${prefix} and the ${what} make ${giai.length}.`,
        };
      }
      return { ok: true, symbology, data: `(8004)${giai}`, scanned: `8004${giai}`, hri: `(8004)${giai}` };
    }
  }
}

/** Module counts of an encoded symbol, without its quiet zone. */
export type SymbolSize = { kind: 'linear'; modules: number } | { kind: 'matrix'; columns: number; rows: number };

type EncoderOptions = { bcid: string; text: string; eclevel?: string; parsefnc?: boolean; version?: string };

const UUID_AT_END = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const linkVersions = new Map<string, string | undefined>();

/**
 * The QR version for links ending in an id: the one the worst id needs (all letters: no digits to
 * pack tighter), so that every label of a run has the same size and fits or not whatever its id.
 */
function linkVersion(data: string): string | undefined {
  const worst = data.replace(UUID_AT_END, 'ffffffff-ffff-ffff-ffff-ffffffffffff');
  if (!linkVersions.has(worst)) {
    let version: string | undefined;
    try {
      const options: EncoderOptions = { bcid: 'qrcode', text: worst, eclevel: 'M' };
      const [first] = bwipjs.raw(options);
      if (first && 'pixx' in first) version = String((first.pixx - 17) / 4);
    } catch {
      version = undefined;
    }
    if (linkVersions.size > 100) linkVersions.clear();
    linkVersions.set(worst, version);
  }
  return linkVersions.get(worst);
}

/**
 * Options shared by sizing and rendering, so both see the same symbol. Text beyond ASCII in QR and
 * Data Matrix is announced as UTF-8 with ECI 000026: without it readers guess the character set
 * (zbar reads UTF-8 bytes as Shift JIS).
 */
export function encoderOptions(symbology: Symbology, data: string): EncoderOptions {
  const info = SYMBOLOGY_INFO[symbology];
  const options: EncoderOptions = { bcid: info.bcid, text: data };
  if (info.kind === 'matrix' && !isGs1(symbology) && [...data].some((c) => c.codePointAt(0)! > 0x7f)) {
    options.text = `^ECI000026${data.replaceAll('^', '^^')}`;
    options.parsefnc = true;
  }
  // QR error correction M (15%): the usual choice for labels that get scuffed.
  if (info.bcid === 'qrcode' || info.bcid === 'gs1qrcode') options.eclevel = 'M';
  if (info.content === 'url' && UUID_AT_END.test(data)) {
    const version = linkVersion(data);
    if (version) options.version = version;
  }
  return options;
}

/** Encodes the data to learn the symbol's size; a refusal when the encoder cannot take it. */
export function measureSymbol(symbology: Symbology, data: string): ({ ok: true } & SymbolSize) | Refusal {
  try {
    const [first] = bwipjs.raw(encoderOptions(symbology, data));
    if (!first) return { ok: false, message: `The ${SYMBOLOGY_INFO[symbology].title} encoder produced nothing.` };
    if ('pixx' in first) return { ok: true, kind: 'matrix', columns: first.pixx, rows: first.pixy };
    return { ok: true, kind: 'linear', modules: first.sbs.reduce((a, b) => a + b, 0) };
  } catch (err) {
    return refusal(symbology, data, err);
  }
}

/**
 * Pixels a module in the PNGs: 400 dpi or finer for modules up to 0.5 mm; larger modules are
 * scaled up, and PDF images are not smoothed unless they ask to be.
 */
export const PIXELS_PER_MODULE = 8;

function refusal(symbology: Symbology, data: string, err: unknown): Refusal {
  const detail = String((err as Error).message ?? err).replace(/^bwipp\.\w+#?\d*:\s*/, '');
  return { ok: false, message: `${SYMBOLOGY_INFO[symbology].title} cannot encode "${data}": ${detail}` };
}

/**
 * The symbol as a PNG from bwip-js, with its size: white background (never transparent), the quiet
 * zone included, `PIXELS_PER_MODULE` pixels a module (bars stretch to any height when placed, so a
 * linear symbol is drawn short). One encoding gives both the image and the module count, read back
 * from the PNG's dimensions.
 */
export async function renderSymbol(
  symbology: Symbology,
  data: string,
): Promise<({ ok: true; png: Buffer } & { size: SymbolSize }) | Refusal> {
  const info = SYMBOLOGY_INFO[symbology];
  // bwip-js draws a linear module as 1 unit and a 2D module as 2 units; `scale` is pixels per unit.
  const units = info.kind === 'linear' ? 1 : 2;
  const scale = PIXELS_PER_MODULE / units;
  const padding = info.quietModules * units;
  let png: Buffer;
  try {
    png = await bwipjs.toBuffer({
      ...encoderOptions(symbology, data),
      scale,
      ...(info.kind === 'linear' ? { height: 1 } : {}),
      includetext: false,
      backgroundcolor: 'FFFFFF',
      paddingwidth: padding,
      paddingheight: info.kind === 'linear' ? 0 : padding,
    });
  } catch (err) {
    return refusal(symbology, data, err);
  }
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  const width = png.readUInt32BE(16) / PIXELS_PER_MODULE - 2 * info.quietModules;
  const height = png.readUInt32BE(20) / PIXELS_PER_MODULE - 2 * info.quietModules;
  const size: SymbolSize =
    info.kind === 'linear' ? { kind: 'linear', modules: width } : { kind: 'matrix', columns: width, rows: height };
  return { ok: true, png, size };
}
