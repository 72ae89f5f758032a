/**
 * Printing labels: a small run (up to 500 labels) is answered with the file itself; a larger one
 * becomes a background job that writes the file into the data folder (`label-jobs.ts`). Printing
 * changes nothing, so there is no audit entry beyond the job's own `job.queued`.
 */
import type { Writable } from 'node:stream';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import type { JobRow } from '../../platform/jobs/job-runner.js';
import { invalidInput } from '../../platform/http/errors.js';
import { labelRequest, planLabels, specOf, type LabelPlan, type LabelRequest } from './label-request.js';
import { resolveSelection } from './label-selection.js';
import { readLabelSettings } from './label-settings.js';
import { prepareLabel, type LabelSubject, type PreparedLabel } from './label-content.js';
import { labelsPdfBuffer, writeLabelsPdf } from './render-pdf.js';
import { labelsZplText, writeLabelsZpl } from './render-zpl.js';
import { TEMPLATES } from './label-templates.js';

export const LABEL_JOB = 'labels.print';
/** Runs up to this many labels are answered directly; larger ones become a job. */
export const DIRECT_LIMIT = 500;

const limits = new WeakMap<Services, { directLimit: number }>();

/** Changes the direct limit for one set of services (tests use a small one). */
export function configureLabels(s: Services, options: { directLimit: number }): void {
  limits.set(s, options);
}

export interface LabelFile {
  kind: 'file';
  fileName: string;
  contentType: string;
  body: Buffer;
  labels: number;
}

export type LabelOutcome = LabelFile | { kind: 'job'; job: JobRow };

/** What a job keeps in its payload: the request as validated, and where links point. */
export interface LabelJobPayload extends Record<string, unknown> {
  request: LabelRequest;
  baseUrl: string | null;
  labels: number;
}

export const contentTypeOf = (format: 'pdf' | 'zpl') =>
  format === 'pdf' ? 'application/pdf' : 'text/plain; charset=utf-8';

export function fileNameOf(plan: Pick<LabelPlan, 'template' | 'format'>, at: Date = new Date()): string {
  const stamp = at.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `labels-${plan.template.id}-${stamp}.${plan.format}`;
}

/** Prepares each subject's label; the first that cannot be printed stops the run with its reason. */
export async function* preparedLabels(
  plan: LabelPlan,
  subjects: AsyncIterable<LabelSubject>,
): AsyncIterable<PreparedLabel> {
  const spec = specOf(plan);
  for await (const subject of subjects) {
    const prepared = await prepareLabel(spec, subject, plan.env);
    if (!prepared.ok)
      throw invalidInput(prepared.cause === 'symbol' ? '/body/symbology' : '/body/fields', prepared.message);
    yield prepared.label;
  }
}

/** Writes the labels in the plan's format to `out` (large runs: page by page). */
export async function writeLabels(
  plan: LabelPlan,
  labels: AsyncIterable<PreparedLabel>,
  out: Writable,
  onProgress?: (done: number) => Promise<void> | void,
): Promise<{ labels: number }> {
  if (plan.format === 'pdf') {
    return writeLabelsPdf(plan.template, labels, out, {
      title: `Labels (${plan.template.title})`,
      skip: plan.skip,
      logoPng: plan.env.logoPng,
      ...(onProgress ? { onProgress } : {}),
    });
  }
  return writeLabelsZpl(labels, out, {
    dpi: plan.dpi ?? 203,
    continuous: plan.template.kind === 'roll' && plan.template.continuous !== undefined,
    ...(onProgress ? { onProgress } : {}),
  });
}

export async function printLabels(
  s: Services,
  ctx: ActionContext,
  raw: unknown,
  options: { baseUrl?: string | undefined } = {},
): Promise<LabelOutcome> {
  const input = labelRequest.parse(raw);
  const settings = await readLabelSettings(s.db);
  const baseUrl = s.config.publicUrl ?? options.baseUrl;
  const plan = planLabels(input, settings, baseUrl);
  const selection = await resolveSelection(s, ctx, plan.selection);
  if (selection.count === 0) {
    throw invalidInput(
      '/body/locationId',
      'Nothing to print: there are no assets you may see at this location or below it.',
    );
  }
  const directLimit = limits.get(s)?.directLimit ?? DIRECT_LIMIT;
  if (selection.count > directLimit) {
    const payload: LabelJobPayload = { request: input, baseUrl: baseUrl ?? null, labels: selection.count };
    return { kind: 'job', job: await s.jobs.enqueue(ctx, LABEL_JOB, payload) };
  }
  // Small runs: every label is prepared (and refused, naming the field) before any output exists.
  const labels: PreparedLabel[] = [];
  for await (const label of preparedLabels(plan, selection.subjects())) labels.push(label);
  const body =
    plan.format === 'pdf'
      ? await labelsPdfBuffer(plan.template, labels, {
          title: `Labels (${plan.template.title})`,
          skip: plan.skip,
          logoPng: plan.env.logoPng,
        })
      : Buffer.from(
          labelsZplText(labels, {
            dpi: plan.dpi ?? 203,
            continuous: plan.template.kind === 'roll' && plan.template.continuous !== undefined,
          }),
          'utf8',
        );
  return {
    kind: 'file',
    fileName: fileNameOf(plan),
    contentType: contentTypeOf(plan.format),
    body,
    labels: labels.length,
  };
}

/** The templates as the API describes them. */
export function listTemplates() {
  return Object.values(TEMPLATES).map((t) => ({
    id: t.id,
    kind: t.kind,
    title: t.title,
    labelWidthMm: round(t.label.widthMm),
    labelHeightMm: t.label.heightMm === null ? null : round(t.label.heightMm),
    perPage: t.kind === 'sheet' ? t.columns * t.rows : 1,
    page:
      t.kind === 'sheet'
        ? { size: t.page.name, widthMm: round(t.page.widthMm), heightMm: round(t.page.heightMm) }
        : null,
    defaultFields: [...t.defaultFields],
    defaultSymbology: t.defaultSymbology,
    formats: [...t.formats],
  }));
}

const round = (mm: number) => Math.round(mm * 1000) / 1000;
