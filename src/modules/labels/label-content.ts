/**
 * One label, ready to draw: what its code carries, its lines of text and where everything goes.
 * Pure apart from encoding the code to learn its size.
 */
import type { LabelField, LabelTemplate, Symbology } from './label-templates.js';
import {
  SYMBOLOGY_INFO,
  measureSymbol,
  renderSymbol,
  symbolData,
  type SymbolData,
  type SymbolSize,
} from './label-symbols.js';
import { layoutLabel, type LabelLayout, type LineStyle } from './label-layout.js';

export interface AssetSubject {
  kind: 'asset';
  id: string;
  tag: string;
  name: string | null;
  /** Manufacturer and model, e.g. "Dell Latitude 7450". */
  model: string | null;
  serial: string | null;
}

export interface LocationSubject {
  kind: 'location';
  id: string;
  /** The location's code. */
  tag: string;
  name: string;
}

export type LabelSubject = AssetSubject | LocationSubject;

/** What the organisation configured, and where our pages are. */
export interface LabelEnvironment {
  baseUrl?: string | undefined;
  organisationName?: string | undefined;
  gs1CompanyPrefix?: string | undefined;
  logoPng?: Buffer | undefined;
}

export interface LabelSpec {
  template: LabelTemplate;
  symbology: Symbology;
  fields: readonly LabelField[];
  /** ZPL: module sizes are whole dots of this size (mm). */
  dotMm?: number | undefined;
  /** PDF: render the code's PNG while encoding it (one encoding gives the image and its size). */
  image?: boolean;
}

export interface LabelLine {
  field: LabelField | 'hri';
  text: string;
  style: LineStyle;
}

export interface PreparedLabel {
  subject: LabelSubject;
  symbol: SymbolData;
  lines: LabelLine[];
  logo: boolean;
  layout: LabelLayout;
  /** The code as a PNG (quiet zone included), when the spec asked for images. */
  png?: Buffer;
}

export type PrepareResult =
  { ok: true; label: PreparedLabel } | { ok: false; cause: 'symbol' | 'text'; message: string };

/** The lines a label shows for its fields, in the order asked, leaving out empty values. */
export function labelLines(
  subject: LabelSubject,
  symbol: SymbolData,
  fields: readonly LabelField[],
  env: LabelEnvironment,
): LabelLine[] {
  const lines: LabelLine[] = [];
  for (const field of fields) {
    const text = fieldText(subject, field, env);
    if (text)
      lines.push({
        field,
        text,
        style: field === 'tag' ? 'primary' : field === 'organisation' ? 'small' : 'secondary',
      });
  }
  // GS1-128 carries its human-readable interpretation under the bars (GS1 General Specifications 4.15).
  if (symbol.hri && SYMBOLOGY_INFO[symbol.symbology].kind === 'linear') {
    const at = lines.findIndex((l) => l.field === 'tag');
    lines.splice(at + 1, 0, { field: 'hri', text: symbol.hri, style: 'small' });
  }
  return lines;
}

function fieldText(subject: LabelSubject, field: LabelField, env: LabelEnvironment): string | null {
  switch (field) {
    case 'tag':
      return subject.tag;
    case 'name':
      return subject.name;
    case 'model':
      return subject.kind === 'asset' ? subject.model : null;
    case 'serial':
      return subject.kind === 'asset' && subject.serial ? `S/N ${subject.serial}` : null;
    case 'organisation':
      return env.organisationName ?? null;
    case 'logo':
      return null;
  }
}

export async function prepareLabel(
  spec: LabelSpec,
  subject: LabelSubject,
  env: LabelEnvironment,
): Promise<PrepareResult> {
  const data = symbolData(spec.symbology, subject, { baseUrl: env.baseUrl, gs1CompanyPrefix: env.gs1CompanyPrefix });
  if (!data.ok) return { ...data, cause: 'symbol' };
  const { ok: _ok, ...symbol } = data;
  let shape: SymbolSize;
  let png: Buffer | undefined;
  if (spec.image) {
    const rendered = await renderSymbol(spec.symbology, symbol.data);
    if (!rendered.ok) return { ...rendered, cause: 'symbol' };
    shape = rendered.size;
    png = rendered.png;
  } else {
    const measured = measureSymbol(spec.symbology, symbol.data);
    if (!measured.ok) return { ...measured, cause: 'symbol' };
    const { ok: _sized, ...size } = measured;
    shape = size;
  }
  const lines = labelLines(subject, symbol, spec.fields, env);
  const logo = spec.fields.includes('logo') && env.logoPng !== undefined;
  const info = SYMBOLOGY_INFO[spec.symbology];
  const result = layoutLabel({
    template: spec.template,
    symbol: shape,
    quietModules: info.quietModules,
    lines: lines.map((l) => l.style),
    logo,
    dotMm: spec.dotMm,
    what: `The ${info.title.replace(/ with .*/, '')} of ${describe(subject, symbol)}`,
  });
  if (!result.ok) return result;
  const label: PreparedLabel = { subject, symbol, lines, logo, layout: result.layout };
  if (png) label.png = png;
  return { ok: true, label };
}

function describe(subject: LabelSubject, symbol: SymbolData): string {
  if (SYMBOLOGY_INFO[symbol.symbology].content === 'url') return `the link ${symbol.data}`;
  return subject.kind === 'asset' ? `tag ${subject.tag}` : `location ${subject.tag}`;
}
