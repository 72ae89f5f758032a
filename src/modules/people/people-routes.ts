import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { authProblems, idParams, problems } from '../../platform/http/route-kit.js';
import { pageSchema } from '../../platform/http/pagination.js';
import { departmentSchema } from './department-presenter.js';
import { personDetailSchema, personSchema } from './person-presenter.js';
import {
  archiveDepartmentInput,
  createDepartment,
  createDepartmentInput,
  getDepartment,
  listDepartmentsFor,
  listDepartmentsQuery,
  setDepartmentArchived,
  updateDepartment,
  updateDepartmentInput,
} from './use-cases/department-use-cases.js';
import {
  countPeopleFor,
  countPeopleQuery,
  getPerson,
  listPeopleFor,
  listPeopleQuery,
} from './use-cases/read-people.js';
import { PEOPLE_COUNT_CAP } from './people-repository.js';
import {
  createPerson,
  createPersonInput,
  linkPersonUser,
  linkUserInput,
  updatePerson,
  updatePersonInput,
} from './use-cases/write-people.js';

const read = { access: { permission: 'inventory.read' as const } };
const manage = { access: { permission: 'inventory.manage' as const } };

/** Departments and people (employees and contractors, who are not necessarily users). */
export const peopleRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  const departments = ['departments'];

  app.get(
    '/departments',
    {
      config: read,
      schema: {
        tags: departments,
        summary: 'List departments',
        querystring: listDepartmentsQuery,
        response: { 200: pageSchema(departmentSchema), ...authProblems },
      },
    },
    async (request) => listDepartmentsFor(s, request.actionContext(), request.query),
  );

  app.post(
    '/departments',
    {
      config: { ...manage, idempotent: true },
      schema: {
        tags: departments,
        summary: 'Create a department (needs a role for the whole organisation)',
        body: createDepartmentInput,
        response: { 201: departmentSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => reply.status(201).send(await createDepartment(s, request.actionContext(), request.body)),
  );

  app.get(
    '/departments/:id',
    {
      config: read,
      schema: {
        tags: departments,
        summary: 'One department',
        params: idParams,
        response: { 200: departmentSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => getDepartment(s, request.actionContext(), request.params.id),
  );

  app.patch(
    '/departments/:id',
    {
      config: manage,
      schema: {
        tags: departments,
        summary: 'Edit a department',
        params: idParams,
        body: updateDepartmentInput,
        response: { 200: departmentSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => updateDepartment(s, request.actionContext(), request.params.id, request.body),
  );

  app.post(
    '/departments/:id/archive',
    {
      config: manage,
      schema: {
        tags: departments,
        summary: 'Archive a department nobody (who has not left) is in',
        params: idParams,
        body: archiveDepartmentInput,
        response: { 200: departmentSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => setDepartmentArchived(s, request.actionContext(), request.params.id, request.body, true),
  );

  app.post(
    '/departments/:id/unarchive',
    {
      config: manage,
      schema: {
        tags: departments,
        summary: 'Bring back an archived department',
        params: idParams,
        body: archiveDepartmentInput,
        response: { 200: departmentSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => setDepartmentArchived(s, request.actionContext(), request.params.id, request.body, false),
  );

  const tags = ['people'];

  app.get(
    '/people',
    {
      config: read,
      schema: {
        tags,
        summary: 'List people',
        description:
          'A role limited to some locations sees the people located there; people without a location are ' +
          'visible only to roles for the whole organisation.',
        querystring: listPeopleQuery,
        response: { 200: pageSchema(personSchema), ...authProblems },
      },
    },
    async (request) => listPeopleFor(s, request.actionContext(), request.query),
  );

  app.get(
    '/people/count',
    {
      config: read,
      schema: {
        tags,
        summary: 'How many people the list would show',
        description: `Takes the list's filters. Exact up to ${PEOPLE_COUNT_CAP.toLocaleString('en')}; beyond, \`exact\` is false and \`count\` is that cap.`,
        querystring: countPeopleQuery,
        response: {
          200: z.object({ count: z.number().int(), exact: z.boolean() }).meta({ id: 'PeopleCount' }),
          ...authProblems,
        },
      },
    },
    async (request) => countPeopleFor(s, request.actionContext(), request.query),
  );

  app.post(
    '/people',
    {
      config: { ...manage, idempotent: true },
      schema: {
        tags,
        summary: 'Create a person',
        body: createPersonInput,
        response: { 201: personDetailSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => reply.status(201).send(await createPerson(s, request.actionContext(), request.body)),
  );

  app.get(
    '/people/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One person with their manager, location, user and assets',
        params: idParams,
        response: { 200: personDetailSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => getPerson(s, request.actionContext(), request.params.id),
  );

  app.patch(
    '/people/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit a person',
        params: idParams,
        body: updatePersonInput,
        response: { 200: personDetailSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => updatePerson(s, request.actionContext(), request.params.id, request.body),
  );

  app.post(
    '/people/:id/link-user',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Link the person to the user account they sign in with, or unlink (userId null)',
        params: idParams,
        body: linkUserInput,
        response: { 200: personDetailSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => linkPersonUser(s, request.actionContext(), request.params.id, request.body),
  );
};
