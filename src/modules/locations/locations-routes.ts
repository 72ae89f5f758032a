import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { authProblems, idParams, problems } from '../../platform/http/route-kit.js';
import { pageSchema } from '../../platform/http/pagination.js';
import { locationDetailSchema, locationHitSchema, locationSchema } from './location-presenter.js';
import {
  getLocation,
  getLocationByCode,
  listChildrenQuery,
  listLocationChildren,
  searchLocationsFor,
  searchLocationsQuery,
} from './use-cases/read-locations.js';
import { createLocation, createLocationInput } from './use-cases/create-location.js';
import { updateLocation, updateLocationInput } from './use-cases/update-location.js';
import { moveLocation, moveLocationInput } from './use-cases/move-location.js';
import { archiveLocation, archiveLocationInput, unarchiveLocation } from './use-cases/archive-location.js';

const read = { access: { permission: 'inventory.read' as const } };
const manage = { access: { permission: 'inventory.manage' as const } };
const tags = ['locations'];

export const locationsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/locations',
    {
      config: read,
      schema: {
        tags,
        summary: 'Browse the tree: the children of one location, or the sites at the top',
        description:
          'Lazy browsing: one level at a time, by name, each with its number of children. A role limited to ' +
          'some subtrees also sees the locations above them (inScope false), with only the children leading down.',
        querystring: listChildrenQuery,
        response: { 200: pageSchema(locationSchema), ...authProblems, ...problems(404) },
      },
    },
    async (request) => listLocationChildren(s, request.actionContext(), request.query),
  );

  app.get(
    '/locations/search',
    {
      config: read,
      schema: {
        tags,
        summary: 'Search locations by name or code (search-as-you-type), each with its breadcrumb',
        description:
          'What location pickers use. Exact code first, then codes and names starting with the text, then the ' +
          'rest. Finds only locations within your scope.',
        querystring: searchLocationsQuery,
        response: { 200: z.object({ items: z.array(locationHitSchema) }), ...authProblems },
      },
    },
    async (request) => searchLocationsFor(s, request.actionContext(), request.query),
  );

  app.get(
    '/locations/by-code/:code',
    {
      config: read,
      schema: {
        tags,
        summary: 'One location by its code (a scanned location barcode), whatever the case',
        params: z.object({ code: z.string().min(1).max(200) }),
        response: { 200: locationDetailSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => getLocationByCode(s, request.actionContext(), request.params.code),
  );

  app.get(
    '/locations/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One location with its breadcrumb and what is located there',
        params: idParams,
        response: { 200: locationDetailSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => getLocation(s, request.actionContext(), request.params.id),
  );

  app.post(
    '/locations',
    {
      config: { ...manage, idempotent: true },
      schema: {
        tags,
        summary: 'Create a location',
        description:
          'A site is always at the top of the tree (no parentId); every other kind is inside another location. ' +
          'Codes are unique whatever the case.',
        body: createLocationInput,
        response: { 201: locationDetailSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => reply.status(201).send(await createLocation(s, request.actionContext(), request.body)),
  );

  app.patch(
    '/locations/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit a location (to change its place in the tree, move it)',
        params: idParams,
        body: updateLocationInput,
        response: { 200: locationDetailSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => updateLocation(s, request.actionContext(), request.params.id, request.body),
  );

  app.post(
    '/locations/:id/move',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Move a location and everything below it under another location',
        params: idParams,
        body: moveLocationInput,
        response: { 200: locationDetailSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => moveLocation(s, request.actionContext(), request.params.id, request.body),
  );

  app.post(
    '/locations/:id/archive',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Archive an empty location',
        description:
          'Refused (409 location_not_empty) while it has unarchived child locations, assets located there or ' +
          'assigned to it, people located there who have not left, or user roles limited to it.',
        params: idParams,
        body: archiveLocationInput,
        response: { 200: locationDetailSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => archiveLocation(s, request.actionContext(), request.params.id, request.body),
  );

  app.post(
    '/locations/:id/unarchive',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Bring back an archived location (its parent must not be archived)',
        params: idParams,
        body: archiveLocationInput,
        response: { 200: locationDetailSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => unarchiveLocation(s, request.actionContext(), request.params.id, request.body),
  );
};
