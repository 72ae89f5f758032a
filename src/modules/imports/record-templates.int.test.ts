import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { autoMap } from './mapping/column-mapping.js';
import { normaliseHeader } from './reading/headers.js';
import { RECORD_TEMPLATE_TYPES, templateFields } from './record-templates.js';

let env: TestEnv;
let manager: TestUser;

beforeAll(async () => {
  env = await createTestEnv();
  manager = await makeUser(env.services, { role: 'asset_manager' });
});
afterAll(() => env?.close());

describe('templates for locations, models, people, suppliers and stock', () => {
  it.each(RECORD_TEMPLATE_TYPES)(
    '%s: the CSV template maps back, column by column, to the fields the import writes',
    async (type) => {
      const res = await env.app.inject({
        method: 'GET',
        url: `/api/v1/imports/templates/${type}.csv`,
        headers: manager.auth,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="import-template-${type}.csv"`);
      const headers = res.body
        .replace(/^\ufeff/, '')
        .trim()
        .split(',');
      const mapping = autoMap(
        type,
        headers.map((raw, index) => ({
          index,
          raw,
          normalised: normaliseHeader(raw),
          letter: String.fromCharCode(65 + index),
        })),
      );
      expect(mapping.columns.map((c) => c.target)).toEqual(templateFields(type));
    },
  );

  it('the XLSX template of people downloads', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: '/api/v1/imports/templates/people.xlsx',
      headers: manager.auth,
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('there is no template of licences (they are not importable yet)', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: '/api/v1/imports/templates/licences.csv',
      headers: manager.auth,
    });
    expect(res.statusCode).toBe(400);
  });
});
