/**
 * Financial settings, depreciation books and profiles, their defaults per category and model,
 * per-asset overrides, and an asset's financial figures. Books are organisation-wide settings
 * (settings.manage); an asset's own profile is an asset change (inventory.manage in its scope).
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { authProblems, idParams, problems } from '../../platform/http/route-kit.js';
import { notFound } from '../../platform/http/errors.js';
import {
  changeFinanceSettings,
  financeSettingsInput,
  financeSettingsSchema,
  readFinanceSettings,
} from './finance-settings.js';
import { findBook, listBooks, listDefaults, listProfiles } from './books-repository.js';
import {
  depreciationBookSchema,
  depreciationDefaultSchema,
  depreciationProfileSchema,
  presentBook,
  presentDefault,
  presentProfile,
} from './books-presenter.js';
import {
  createBook,
  createBookInput,
  createProfile,
  createProfileInput,
  updateBook,
  updateBookInput,
  updateProfile,
  updateProfileInput,
} from './books-use-cases.js';
import { setAssetOverride, setDefault, setDefaultInput, setOverrideInput } from './defaults-use-cases.js';
import { assetFinancialsQuery, assetFinancialsSchema, getAssetFinancials } from './asset-financials.js';

const read = { access: { permission: 'inventory.read' as const } };
const settingsManage = { access: { permission: 'settings.manage' as const } };
const tags = ['finance'];

export const financeRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/finance/settings',
    {
      config: read,
      schema: {
        tags,
        summary: "The organisation's fiscal year",
        response: { 200: financeSettingsSchema, ...authProblems },
      },
    },
    async () => readFinanceSettings(s.db),
  );

  app.put(
    '/finance/settings',
    {
      config: settingsManage,
      schema: {
        tags,
        summary: 'Change the month the fiscal year starts (restates every book)',
        body: financeSettingsInput,
        response: { 200: financeSettingsSchema, ...authProblems },
      },
    },
    async (request) => changeFinanceSettings(s, request.actionContext(), request.body),
  );

  app.get(
    '/depreciation-books',
    {
      config: read,
      schema: {
        tags,
        summary: 'Depreciation books (the default first)',
        querystring: z.object({ includeArchived: z.stringbool().default(false) }),
        response: { 200: z.object({ items: z.array(depreciationBookSchema) }), ...authProblems },
      },
    },
    async (request) => ({ items: (await listBooks(s.db, request.query.includeArchived)).map(presentBook) }),
  );

  app.post(
    '/depreciation-books',
    {
      config: { ...settingsManage, idempotent: true },
      schema: {
        tags,
        summary: 'Create a depreciation book',
        body: createBookInput,
        response: { 201: depreciationBookSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => reply.status(201).send(await createBook(s, request.actionContext(), request.body)),
  );

  app.patch(
    '/depreciation-books/:id',
    {
      config: settingsManage,
      schema: {
        tags,
        summary: 'Edit a book: name, default book, fallback profile, archive',
        params: idParams,
        body: updateBookInput,
        response: { 200: depreciationBookSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => updateBook(s, request.actionContext(), request.params.id, request.body),
  );

  app.get(
    '/depreciation-books/:id/profiles',
    {
      config: read,
      schema: {
        tags,
        summary: "A book's profiles",
        params: idParams,
        response: { 200: z.object({ items: z.array(depreciationProfileSchema) }), ...authProblems, ...problems(404) },
      },
    },
    async (request) => {
      if (!(await findBook(s.db, request.params.id))) throw notFound('The book');
      return { items: (await listProfiles(s.db, request.params.id)).map(presentProfile) };
    },
  );

  app.post(
    '/depreciation-books/:id/profiles',
    {
      config: { ...settingsManage, idempotent: true },
      schema: {
        tags,
        summary: 'Create a profile in a book',
        params: idParams,
        body: createProfileInput,
        response: { 201: depreciationProfileSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createProfile(s, request.actionContext(), request.params.id, request.body)),
  );

  app.patch(
    '/depreciation-profiles/:id',
    {
      config: settingsManage,
      schema: {
        tags,
        summary: 'Rename, change (from a month on, or restated from the start) or archive a profile',
        description:
          'Changing the parameters of a profile in use needs `effective` (YYYY-MM-01: a change of estimate, earlier figures stay) or `restate: true`; otherwise 409 profile_in_use.',
        params: idParams,
        body: updateProfileInput,
        response: { 200: depreciationProfileSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => updateProfile(s, request.actionContext(), request.params.id, request.body),
  );

  app.get(
    '/depreciation-books/:id/defaults',
    {
      config: read,
      schema: {
        tags,
        summary: "A book's profiles per category and per model",
        params: idParams,
        response: { 200: z.object({ items: z.array(depreciationDefaultSchema) }), ...authProblems, ...problems(404) },
      },
    },
    async (request) => {
      if (!(await findBook(s.db, request.params.id))) throw notFound('The book');
      return { items: (await listDefaults(s.db, request.params.id)).map(presentDefault) };
    },
  );

  app.put(
    '/depreciation-books/:id/defaults',
    {
      config: settingsManage,
      schema: {
        tags,
        summary: "Set (or with null remove) a category's or a model's profile in a book",
        params: idParams,
        body: setDefaultInput,
        response: { 200: z.object({ profileId: z.uuid().nullable() }), ...authProblems, ...problems(404) },
      },
    },
    async (request) => setDefault(s, request.actionContext(), request.params.id, request.body),
  );

  app.put(
    '/assets/:id/depreciation/:bookId',
    {
      config: { access: { permission: 'inventory.manage' as const } },
      schema: {
        tags,
        summary: "Set (or with null remove) an asset's own profile in a book",
        params: z.object({ id: z.uuid(), bookId: z.uuid() }),
        body: setOverrideInput,
        response: { 200: z.object({ profileId: z.uuid().nullable() }), ...authProblems, ...problems(404) },
      },
    },
    async (request) =>
      setAssetOverride(s, request.actionContext(), request.params.id, request.params.bookId, request.body),
  );

  app.get(
    '/assets/:id/financials',
    {
      config: read,
      schema: {
        tags,
        summary: "An asset's cost, age, expected end of life, and per book its book value and schedule",
        params: idParams,
        querystring: assetFinancialsQuery,
        response: { 200: assetFinancialsSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => getAssetFinancials(s, request.actionContext(), request.params.id, request.query),
  );
};
