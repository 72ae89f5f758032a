import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeManufacturer, makeModel } from '../../../test/helpers/factories.js';
import { auditLog } from '../../platform/db/schema.js';
import type { LocationRow } from '../locations/locations-repository.js';
import { configureLabels } from './labels-use-cases.js';
import { missingDecodeTools } from './test-decoders.js';

let env: TestEnv;
let manager: TestUser;
let admin: TestUser;
let londonTech: TestUser;
let london: LocationRow;
let londonStock: LocationRow;
let paris: LocationRow;
let parisStock: LocationRow;
let londonAssets: { id: string; tag: string }[];
let parisAssets: { id: string; tag: string }[];
let dataDir: string;
const canReadPdfText = !missingDecodeTools().includes('pdftoppm');

beforeAll(async () => {
  env = await createTestEnv({ jobs: true });
  // Large runs become jobs above three labels here; their files go to a temporary data folder.
  configureLabels(env.services, { directLimit: 3 });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-labels-int-'));
  env.services.config.dataDir = dataDir;
  manager = await makeUser(env.services, { role: 'asset_manager' });
  admin = await makeUser(env.services, { role: 'admin' });
  london = await makeLocation(env.db, { code: 'LON', name: 'London' });
  londonStock = await makeLocation(env.db, { parent: london, code: 'LON-STOCK', name: 'London stockroom' });
  paris = await makeLocation(env.db, { code: 'PAR', name: 'Paris' });
  parisStock = await makeLocation(env.db, { parent: paris, code: 'PAR-STOCK', name: 'Paris stockroom' });
  londonTech = await makeUser(env.services, { grants: [{ role: 'technician', locationId: london.id }] });
  const dell = await makeManufacturer(env.db, { name: 'Dell' });
  const model = await makeModel(env.db, { name: 'Latitude 7450', manufacturerId: dell.id });
  const receive = async (locationId: string, serials: string[]) => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/assets/receive',
      headers: manager.auth,
      payload: { modelId: model.id, locationId, items: serials.map((serial) => ({ serial })) },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().items as { id: string; tag: string }[];
  };
  londonAssets = await receive(londonStock.id, ['LON-SN-1', 'LON-SN-2']);
  parisAssets = await receive(parisStock.id, ['PAR-SN-1', 'PAR-SN-2', 'PAR-SN-3', 'PAR-SN-4']);
});
afterAll(async () => {
  await env.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const print = (payload: object, headers: Record<string, string> = manager.auth) =>
  env.app.inject({ method: 'POST', url: '/api/v1/labels', payload, headers });

function pdfText(body: Buffer): string {
  const file = path.join(dataDir, `check-${Date.now()}.pdf`);
  fs.writeFileSync(file, body);
  try {
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function expectProblem(res: { statusCode: number; json(): unknown }, status: number, pointer?: string) {
  expect(res.statusCode).toBe(status);
  const problem = res.json() as { errors?: { pointer: string; message: string }[]; detail: string };
  if (pointer) expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
  return problem;
}

describe('printing labels', () => {
  it('answers a few labels with the PDF itself, as an attachment with real text', async () => {
    const res = await print({ template: 'avery-l7163', assetIds: londonAssets.map((a) => a.id) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="labels-avery-l7163-\d{8}-\d{6}\.pdf"$/);
    expect(res.headers['x-label-count']).toBe('2');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    if (canReadPdfText) {
      const text = pdfText(res.rawPayload);
      for (const a of londonAssets) expect(text).toContain(a.tag);
      expect(text).toContain('Dell Latitude 7450');
      expect(text).toContain('S/N LON-SN-1');
    }
  });

  it('prints what one delivery brought in, from the ids the receipt returned, and assets by tag', async () => {
    const delivery = await print({
      template: 'roll-62mm',
      symbology: 'code128',
      receivedWith: parisAssets.slice(0, 3).map((a) => a.id),
    });
    expect(delivery.statusCode, delivery.body).toBe(200);
    expect(delivery.headers['x-label-count']).toBe('3');
    const byTag = await print({ template: 'roll-2x1in', tags: [londonAssets[0]!.tag.toLowerCase()] });
    expect(byTag.statusCode, byTag.body).toBe(200);
    if (canReadPdfText) expect(pdfText(byTag.rawPayload)).toContain(londonAssets[0]!.tag);
  });

  it('prints everything at a location and below it', async () => {
    const res = await print({ template: 'avery-5160', locationId: london.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['x-label-count']).toBe('2');
  });

  it('answers ZPL as text, one format per label, for roll printers', async () => {
    const res = await print({
      template: 'roll-2x1in',
      format: 'zpl',
      dpi: 300,
      symbology: 'datamatrix',
      assetIds: londonAssets.map((a) => a.id),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/filename="labels-roll-2x1in-.*\.zpl"/);
    expect(res.body.match(/\^XA/g)).toHaveLength(2);
    expect(res.body.match(/\^XZ/g)).toHaveLength(2);
    expect(res.body).toContain('^BXN,');
    for (const a of londonAssets) expect(res.body).toContain(`^FH^FD${a.tag}^FS`);
  });

  it('prints location labels with their code, or a link to the location', async () => {
    const res = await print({
      template: 'avery-l7651',
      symbology: 'qr-url',
      locationLabels: { locationIds: [london.id, londonStock.id] },
    });
    expect(res.statusCode, res.body).toBe(200);
    if (canReadPdfText) expect(pdfText(res.rawPayload)).toContain('LON-STOCK');
    const zpl = await print({
      template: 'roll-2x1in',
      format: 'zpl',
      symbology: 'qr-url',
      locationLabels: { locationIds: [londonStock.id] },
    });
    expect(zpl.body).toContain(`^FDMA,http://localhost:80/locations/${londonStock.id}^FS`);
  });

  it('offers GS1 only once the organisation has a GS1 company prefix, and then encodes the GIAI', async () => {
    const before = expectProblem(
      await print({ template: 'roll-2x1in', symbology: 'gs1-datamatrix', assetIds: [londonAssets[0]!.id] }),
      400,
      '/body/symbology',
    );
    expect(before.detail).toMatch(/GS1 company prefix/);
    const set = await env.app.inject({
      method: 'PUT',
      url: '/api/v1/labels/settings',
      headers: admin.auth,
      payload: { gs1CompanyPrefix: '9506000', organisationName: 'Acme Research' },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ gs1CompanyPrefix: '9506000', organisationName: 'Acme Research', hasLogo: false });
    const [audit] = await env.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'setting'), eq(auditLog.entityId, 'labels')));
    expect(audit).toMatchObject({ action: 'setting.updated' });
    const zpl = await print({
      template: 'roll-2x1in',
      format: 'zpl',
      symbology: 'gs1-datamatrix',
      assetIds: [londonAssets[0]!.id],
    });
    expect(zpl.statusCode, zpl.body).toBe(200);
    expect(zpl.body).toContain(`^FH^FD_5F18004${'9506000'}${londonAssets[0]!.tag}^FS`);
    const pdf = await print({
      template: 'avery-l7163',
      symbology: 'gs1-128',
      fields: ['tag', 'organisation'],
      assetIds: [londonAssets[0]!.id],
    });
    expect(pdf.statusCode, pdf.body).toBe(200);
    if (canReadPdfText) expect(pdfText(pdf.rawPayload)).toContain(`(8004)9506000${londonAssets[0]!.tag}`);
    expectProblem(
      await print({ template: 'avery-l7163', symbology: 'gs1-qr', locationLabels: { locationIds: [london.id] } }),
      400,
      '/body/symbology',
    );
  });

  it('turns a large run into a background job whose file only the requester can fetch', async () => {
    const res = await print({ template: 'avery-l7163', locationId: paris.id });
    expect(res.statusCode, res.body).toBe(202);
    const job = res.json();
    expect(job).toMatchObject({ kind: 'labels.print', status: expect.stringMatching(/queued|running|completed/) });
    expect(res.headers.location).toBe(`/api/v1/jobs/${job.id}`);
    let done:
      | { status: string; progressDone: number; progressTotal: number; result: { fileUrl: string; labels: number } }
      | undefined;
    for (let i = 0; i < 200 && done?.status !== 'completed' && done?.status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      done = (await env.app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}`, headers: manager.auth })).json();
    }
    expect(done).toMatchObject({ status: 'completed', progressDone: 4, progressTotal: 4 });
    expect(done!.result).toMatchObject({ labels: 4, fileUrl: `/api/v1/labels/jobs/${job.id}/file` });
    expect(fs.existsSync(path.join(dataDir, 'exports', `${job.id}.pdf`))).toBe(true);
    const file = await env.app.inject({ method: 'GET', url: done!.result.fileUrl, headers: manager.auth });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="labels-avery-l7163-.*\.pdf"$/);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    if (canReadPdfText) for (const a of parisAssets) expect(pdfText(file.rawPayload)).toContain(a.tag);
    const other = await env.app.inject({ method: 'GET', url: done!.result.fileUrl, headers: admin.auth });
    expectProblem(other, 404);
  });

  it('prints only within the caller’s locations', async () => {
    expect((await print({ template: 'avery-5160', locationId: london.id }, londonTech.auth)).statusCode).toBe(200);
    const asset = expectProblem(
      await print({ template: 'avery-5160', assetIds: [londonAssets[0]!.id, parisAssets[0]!.id] }, londonTech.auth),
      403,
    );
    expect(asset.detail).toBe(
      `Asset ${parisAssets[0]!.tag} (/body/assetIds/1) is outside the locations your role covers.`,
    );
    const place = expectProblem(await print({ template: 'avery-5160', locationId: paris.id }, londonTech.auth), 403);
    expect(place.detail).toBe('Location PAR is outside the locations your role covers.');
    expectProblem(await print({ template: 'avery-5160', tags: [parisAssets[1]!.tag] }, londonTech.auth), 403);
    expectProblem(
      await print({ template: 'avery-5160', locationLabels: { locationIds: [parisStock.id] } }, londonTech.auth),
      403,
    );
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const one = [londonAssets[0]!.id];
    expectProblem(await print({ template: 'avery-9999', assetIds: one }), 400, '/body/template');
    const tooBig = expectProblem(
      await print({ template: 'roll-1x0.5in', symbology: 'qr-url', assetIds: one }),
      400,
      '/body/symbology',
    );
    expect(tooBig.detail).toMatch(/45 modules across .* needs 11\.3 mm, and the 1 x 0\.5 inch .* has 10\.7 mm/);
    expectProblem(
      await print({ template: 'avery-l7651', symbology: 'gs1-128', assetIds: one }),
      400,
      '/body/symbology',
    );
    expectProblem(await print({ template: 'avery-l7163', format: 'zpl', assetIds: one }), 400, '/body/format');
    expectProblem(
      await print({ template: 'roll-2x1in', format: 'zpl', symbology: 'gs1-qr', assetIds: one }),
      400,
      '/body/symbology',
    );
    expectProblem(
      await print({
        template: 'roll-1x0.5in',
        symbology: 'code128',
        fields: ['tag', 'model', 'serial'],
        assetIds: one,
      }),
      400,
      '/body/fields',
    );
    expectProblem(await print({ template: 'avery-5160', fields: ['logo'], assetIds: one }), 400, '/body/fields');
    expectProblem(
      await print({ template: 'avery-5160', fields: ['serial'], locationLabels: { locationIds: [london.id] } }),
      400,
      '/body/fields',
    );
    expectProblem(await print({ template: 'avery-5160' }), 400, '/body');
    expectProblem(
      await print({ template: 'avery-5160', assetIds: one, locationId: london.id }),
      400,
      '/body/locationId',
    );
    expectProblem(
      await print({ template: 'avery-5160', assetIds: [one[0], '00000000-0000-4000-8000-000000000000'] }),
      400,
      '/body/assetIds/1',
    );
    expectProblem(await print({ template: 'avery-5160', tags: ['NOPE-1'] }), 400, '/body/tags/0');
    expectProblem(await print({ template: 'avery-5160', skip: 30, assetIds: one }), 400, '/body/skip');
    const empty = await makeLocation(env.db, { code: 'EMPTY' });
    expectProblem(await print({ template: 'avery-5160', locationId: empty.id }), 400, '/body/locationId');
  });

  it('describes the templates and the label settings', async () => {
    const templates = (
      await env.app.inject({ method: 'GET', url: '/api/v1/labels/templates', headers: londonTech.auth })
    ).json();
    expect(templates.items.map((t: { id: string }) => t.id)).toEqual([
      'avery-5160',
      'avery-l7163',
      'avery-l7651',
      'roll-62mm',
      'roll-2x1in',
      'roll-1x0.5in',
    ]);
    expect(templates.items[1]).toMatchObject({
      labelWidthMm: 99.1,
      labelHeightMm: 38.1,
      perPage: 14,
      formats: ['pdf'],
    });
    const notPng = await env.app.inject({
      method: 'PUT',
      url: '/api/v1/labels/settings',
      headers: admin.auth,
      payload: { logoPng: Buffer.from('GIF89a not a png at all').toString('base64') },
    });
    expectProblem(notPng, 400, '/body/logoPng');
    const badPrefix = await env.app.inject({
      method: 'PUT',
      url: '/api/v1/labels/settings',
      headers: admin.auth,
      payload: { gs1CompanyPrefix: '12AB' },
    });
    expectProblem(badPrefix, 400, '/body/gs1CompanyPrefix');
  });
});
