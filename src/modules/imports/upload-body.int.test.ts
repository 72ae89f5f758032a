import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';

let env: TestEnv;
let manager: TestUser;
let dataDir: string;

beforeAll(async () => {
  env = await createTestEnv();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-upload-int-'));
  env.services.config.dataDir = dataDir;
  manager = await makeUser(env.services, { role: 'asset_manager' });
});
afterAll(async () => {
  await env?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const CSV = 'Asset tag,Model,Status\r\nUP-1,Latitude 5440,in stock\r\nUP-2,Latitude 5440,in use\r\n';

/** A multipart/form-data body: the fields in order, then (when given) the file. */
function form(fields: Record<string, string>, file?: { name: string; content: string | Buffer; field?: string }) {
  const boundary = '----qm-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const upload = (body: { payload: Buffer; contentType: string }, query = '') =>
  env.app.inject({
    method: 'POST',
    url: `/api/v1/imports${query}`,
    headers: { ...manager.auth, 'content-type': body.contentType },
    payload: body.payload,
  });

describe('uploading a spreadsheet as a multipart form', () => {
  it('takes the file part and the options given as fields, like a raw upload', async () => {
    const res = await upload(form({ type: 'assets', preset: 'snipe-it' }, { name: 'laptops.csv', content: CSV }));
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    expect(view).toMatchObject({ fileName: 'laptops.csv', fileBytes: Buffer.byteLength(CSV) });
    expect(view.preview.headers.map((h: { header: string }) => h.header)).toEqual(['Asset tag', 'Model', 'Status']);
    expect(view.preview.sample).toHaveLength(2);

    const raw = await upload({ payload: Buffer.from(CSV), contentType: 'text/csv' }, '?fileName=laptops.csv');
    expect(raw.statusCode, raw.body).toBe(201);
    expect(raw.json().preview.headers).toEqual(view.preview.headers);
    expect(raw.json().mapping).toEqual(view.mapping);
  });

  it('refuses a form without a file part, naming the field', async () => {
    const res = await upload(form({ type: 'assets' }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ pointer: '/body/file' }] });

    const wrongField = await upload(form({}, { name: 'a.csv', content: CSV, field: 'spreadsheet' }));
    expect(wrongField.statusCode).toBe(400);
  });

  it('refuses options that are not valid, as the query string would be', async () => {
    const res = await upload(form({ type: 'spaceships' }, { name: 'a.csv', content: CSV }));
    expect(res.statusCode).toBe(400);
  });

  it('refuses a file over the size limit with 413 and keeps none of it', async () => {
    const before = fs.existsSync(path.join(dataDir, 'imports')) ? fs.readdirSync(path.join(dataDir, 'imports')) : [];
    const limit = env.services.config.maxUploadBytes;
    env.services.config.maxUploadBytes = 1000;
    try {
      const big = CSV + 'UP-3,Latitude 5440,in stock\r\n'.repeat(100);
      const res = await upload(form({ type: 'assets' }, { name: 'big.csv', content: big }));
      expect(res.statusCode, res.body).toBe(413);
      expect(res.json()).toMatchObject({ code: 'file_too_large' });
      expect(res.json().detail).toContain('1000 bytes');

      const raw = await upload({ payload: Buffer.from(big), contentType: 'text/csv' });
      expect(raw.statusCode).toBe(413);
      expect(raw.json()).toMatchObject({ code: 'file_too_large' });

      const small = await upload(form({}, { name: 'small.csv', content: CSV }));
      expect(small.statusCode, small.body).toBe(201);
    } finally {
      env.services.config.maxUploadBytes = limit;
    }
    // Nothing of the refused uploads is kept, not even an empty file: only the small upload's.
    const kept = fs.readdirSync(path.join(dataDir, 'imports')).filter((f) => !before.includes(f));
    expect(kept).toHaveLength(1);
  });
});
