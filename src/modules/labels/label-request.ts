/**
 * A request for labels: which stock, which code, which fields, which format, and what to print
 * (exactly one selection). `planLabels` checks everything that does not depend on the individual
 * labels and refuses, naming the field, what cannot work.
 */
import { z } from 'zod';
import { invalidInput } from '../../platform/http/errors.js';
import { tagSchema } from '../assets/asset-inputs.js';
import {
  LABEL_FIELDS,
  SYMBOLOGIES,
  TEMPLATE_IDS,
  labelsPerPage,
  templateOf,
  type LabelField,
  type LabelTemplate,
  type Symbology,
  type TemplateId,
} from './label-templates.js';
import { SYMBOLOGY_INFO, isGs1 } from './label-symbols.js';
import type { LabelEnvironment } from './label-content.js';
import type { LabelSettings } from './label-settings.js';
import { dotMm, type ZplDpi } from './render-zpl.js';

/** At most this many ids or tags in one request (the body limit is 1 MB). */
export const MAX_SELECTION = 10_000;

export const labelRequest = z.object({
  template: z.enum(TEMPLATE_IDS).describe('The label stock: a sheet (PDF) or a roll (PDF or ZPL).'),
  symbology: z
    .enum(SYMBOLOGIES)
    .optional()
    .describe(
      'code128, qr and datamatrix carry the tag (a location: its code); qr-url a link to the page; gs1-128, gs1-datamatrix and gs1-qr the GIAI (AI 8004: GS1 company prefix + tag), when a prefix is set. Defaults to the template’s.',
    ),
  fields: z
    .array(z.enum(LABEL_FIELDS))
    .max(LABEL_FIELDS.length)
    .refine((f) => new Set(f).size === f.length, 'A field is listed twice.')
    .optional()
    .describe('What the label shows besides the code, in order. Defaults to the template’s.'),
  format: z.enum(['pdf', 'zpl']).default('pdf'),
  dpi: z
    .union([z.literal(203), z.literal(300)])
    .optional()
    .describe('ZPL: the printer’s resolution (defaults to the template’s).'),
  skip: z
    .number()
    .int()
    .min(0)
    .max(64)
    .default(0)
    .describe('Sheets: label positions to leave empty at the start (a partly used sheet).'),
  assetIds: z.array(z.uuid()).min(1).max(MAX_SELECTION).optional().describe('These assets, in this order.'),
  tags: z.array(tagSchema).min(1).max(MAX_SELECTION).optional().describe('The assets with these tags, in this order.'),
  locationId: z.uuid().optional().describe('Every asset at this location and below it, by tag.'),
  receivedWith: z
    .array(z.uuid())
    .min(1)
    .max(MAX_SELECTION)
    .optional()
    .describe('The assets of one delivery: the ids POST /assets/receive returned.'),
  locationLabels: z
    .object({ locationIds: z.array(z.uuid()).min(1).max(MAX_SELECTION) })
    .optional()
    .describe('Labels for locations themselves (their code and name).'),
});

export type LabelRequest = z.infer<typeof labelRequest>;

export type Selection =
  | { kind: 'assets'; ids: string[]; pointer: string }
  | { kind: 'tags'; tags: string[] }
  | { kind: 'location'; locationId: string }
  | { kind: 'locations'; ids: string[] };

export interface LabelPlan {
  template: LabelTemplate;
  symbology: Symbology;
  fields: LabelField[];
  format: 'pdf' | 'zpl';
  dpi: ZplDpi | undefined;
  skip: number;
  selection: Selection;
  env: LabelEnvironment;
}

const SELECTORS = ['assetIds', 'tags', 'locationId', 'receivedWith', 'locationLabels'] as const;

function selectionOf(input: LabelRequest): Selection {
  const given = SELECTORS.filter((k) => input[k] !== undefined);
  if (given.length !== 1) {
    throw invalidInput(
      given.length === 0 ? '/body' : `/body/${given[1]}`,
      `Say what to print with exactly one of ${SELECTORS.join(', ')}${given.length > 1 ? ` (not ${given.join(' and ')})` : ''}.`,
    );
  }
  if (input.assetIds) return { kind: 'assets', ids: input.assetIds, pointer: '/body/assetIds' };
  if (input.receivedWith) return { kind: 'assets', ids: input.receivedWith, pointer: '/body/receivedWith' };
  if (input.tags) return { kind: 'tags', tags: input.tags };
  if (input.locationId) return { kind: 'location', locationId: input.locationId };
  return { kind: 'locations', ids: input.locationLabels!.locationIds };
}

/** Everything about a request that does not depend on the individual labels, or a 400 naming the field. */
export function planLabels(input: LabelRequest, settings: LabelSettings, baseUrl: string | undefined): LabelPlan {
  const template = templateOf(input.template);
  const selection = selectionOf(input);
  const forLocations = selection.kind === 'locations';
  const symbology = input.symbology ?? template.defaultSymbology;
  const info = SYMBOLOGY_INFO[symbology];

  if (!template.formats.includes(input.format)) {
    throw invalidInput(
      '/body/format',
      `${template.title} prints as PDF; ZPL is for Zebra roll printers (templates ${rollIds().join(', ')}).`,
    );
  }
  if (isGs1(symbology)) {
    if (!settings.gs1CompanyPrefix) {
      throw invalidInput(
        '/body/symbology',
        `${info.title} needs the organisation’s GS1 company prefix: set it in the label settings (PUT /labels/settings), or choose code128, qr, qr-url or datamatrix.`,
      );
    }
    if (forLocations) {
      throw invalidInput(
        '/body/symbology',
        'GS1 labels carry an asset’s GIAI (AI 8004); print location labels with code128, qr, qr-url or datamatrix.',
      );
    }
  }
  if (symbology === 'gs1-qr' && input.format === 'zpl') {
    throw invalidInput(
      '/body/symbology',
      'ZPL’s QR command has no GS1 mode: print GS1 labels on a Zebra printer with gs1-datamatrix or gs1-128, or choose PDF.',
    );
  }
  if (info.content === 'url' && !baseUrl) {
    throw invalidInput('/body/symbology', 'No address to link to: set QM_PUBLIC_URL, or choose qr (the tag).');
  }

  const requested = input.fields;
  const available = (f: LabelField) =>
    (f !== 'organisation' || settings.organisationName !== null) &&
    (f !== 'logo' || (settings.logoPng !== null && input.format === 'pdf')) &&
    (!forLocations || (f !== 'model' && f !== 'serial'));
  let fields: LabelField[];
  if (requested) {
    const pointer = '/body/fields';
    if (forLocations && requested.some((f) => f === 'model' || f === 'serial')) {
      throw invalidInput(pointer, 'Location labels show tag (their code), name, organisation and logo.');
    }
    if (requested.includes('organisation') && settings.organisationName === null) {
      throw invalidInput(pointer, 'No organisation name is set: set it in the label settings (PUT /labels/settings).');
    }
    if (requested.includes('logo') && input.format === 'zpl') {
      throw invalidInput(pointer, 'ZPL labels cannot carry the logo here: leave "logo" out, or print a PDF.');
    }
    if (requested.includes('logo') && settings.logoPng === null) {
      throw invalidInput(pointer, 'No logo is set: upload one in the label settings (PUT /labels/settings).');
    }
    fields = [...requested];
  } else {
    const defaults: readonly LabelField[] = forLocations ? ['tag', 'name', 'organisation'] : template.defaultFields;
    fields = defaults.filter(available);
  }

  if (input.skip > 0 && input.skip >= labelsPerPage(template)) {
    throw invalidInput(
      '/body/skip',
      template.kind === 'roll'
        ? 'Only sheets have positions to skip.'
        : `A sheet of ${template.title} has ${labelsPerPage(template)} positions: skip at most ${labelsPerPage(template) - 1}.`,
    );
  }
  const dpi =
    input.format === 'zpl' ? (input.dpi ?? (template.kind === 'roll' ? template.defaultDpi : 203)) : undefined;
  return {
    template,
    symbology,
    fields,
    format: input.format,
    dpi,
    skip: input.skip,
    selection,
    env: {
      baseUrl,
      organisationName: settings.organisationName ?? undefined,
      gs1CompanyPrefix: settings.gs1CompanyPrefix ?? undefined,
      logoPng: settings.logoPng ?? undefined,
    },
  };
}

/** The label spec the layout works from (ZPL: module sizes in whole dots). */
export function specOf(plan: LabelPlan) {
  return {
    template: plan.template,
    symbology: plan.symbology,
    fields: plan.fields,
    dotMm: plan.dpi ? dotMm(plan.dpi) : undefined,
    image: plan.format === 'pdf',
  };
}

function rollIds(): string[] {
  return TEMPLATE_IDS.filter((id: TemplateId) => templateOf(id).kind === 'roll');
}
