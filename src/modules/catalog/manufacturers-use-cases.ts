/**
 * Manufacturers: a name unique without regard to case, website and support contacts. Archived,
 * never deleted; not archived while active models name it.
 */
import { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { conflict, notFound, staleVersion, uniqueViolation } from '../../platform/http/errors.js';
import { diffFields } from '../../domain/audit-chain.js';
import {
  countActiveModelsOfManufacturer,
  findManufacturer,
  findManufacturerByName,
  insertManufacturer,
  updateManufacturerVersioned,
  type ManufacturerRow,
} from './manufacturers-repository.js';
import { auditedManufacturer, presentManufacturer, type ManufacturerView } from './manufacturers-presenter.js';
import { nameInput, optionalEmail, optionalHttpUrl, optionalText, versionInput } from './catalog-kit.js';

const manufacturerFields = {
  website: optionalHttpUrl,
  supportUrl: optionalHttpUrl,
  supportEmail: optionalEmail,
  supportPhone: optionalText(50),
  notes: optionalText(2000),
};

export const createManufacturerInput = z.object({ name: nameInput, ...manufacturerFields });
export type CreateManufacturerInput = z.input<typeof createManufacturerInput>;

export const updateManufacturerInput = z.object({
  version: versionInput,
  name: nameInput.optional(),
  ...manufacturerFields,
  archived: z
    .boolean()
    .optional()
    .describe('true archives (refused while active models name the manufacturer), false restores.'),
});
export type UpdateManufacturerInput = z.input<typeof updateManufacturerInput>;

export async function createManufacturer(
  s: Services,
  ctx: ActionContext,
  raw: CreateManufacturerInput,
): Promise<ManufacturerView> {
  const input = createManufacturerInput.parse(raw);
  try {
    return await inTransaction(s.db, async (tx) => {
      if (await findManufacturerByName(tx, input.name)) throw nameTaken(input.name);
      const row = await insertManufacturer(tx, {
        name: input.name,
        website: input.website ?? null,
        supportUrl: input.supportUrl ?? null,
        supportEmail: input.supportEmail ?? null,
        supportPhone: input.supportPhone ?? null,
        notes: input.notes ?? null,
      });
      await s.audit.record(tx, ctx, {
        entityType: 'manufacturer',
        entityId: row.id,
        action: 'manufacturer.created',
        changes: { after: auditedManufacturer(row) },
      });
      return presentManufacturer(row);
    });
  } catch (err) {
    if (uniqueViolation(err) === 'manufacturers_name_key') throw nameTaken(input.name);
    throw err;
  }
}

export async function updateManufacturer(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: UpdateManufacturerInput,
): Promise<ManufacturerView> {
  const input = updateManufacturerInput.parse(raw);
  try {
    return await inTransaction(s.db, async (tx) => {
      const before = await findManufacturer(tx, id, 'update');
      if (!before) throw notFound('The manufacturer');
      if (before.version !== input.version) throw staleVersion(`Manufacturer ${before.name}`, before.version);
      if (input.name !== undefined && input.name.toLowerCase() !== before.name.toLowerCase()) {
        if (await findManufacturerByName(tx, input.name)) throw nameTaken(input.name);
      }
      let archivedAt = before.archivedAt;
      if (input.archived === true && !before.archivedAt) {
        await ensureNoActiveModels(tx, before);
        archivedAt = new Date();
      } else if (input.archived === false) {
        archivedAt = null;
      }
      const { version: _v, archived: _a, ...changes } = input;
      const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const after = await updateManufacturerVersioned(tx, id, input.version, { ...values, archivedAt });
      if (!after) throw staleVersion(`Manufacturer ${before.name}`, before.version + 1);
      const diff = diffFields(auditedManufacturer(before), auditedManufacturer(after));
      const action = !diff.archivedAt
        ? 'manufacturer.updated'
        : after.archivedAt
          ? 'manufacturer.archived'
          : 'manufacturer.restored';
      await s.audit.record(tx, ctx, { entityType: 'manufacturer', entityId: id, action, changes: diff });
      return presentManufacturer(after);
    });
  } catch (err) {
    if (uniqueViolation(err) === 'manufacturers_name_key') throw nameTaken(input.name ?? '');
    throw err;
  }
}

/** Archives a manufacturer (DELETE): refused while active models name it; twice is a no-op. */
export async function archiveManufacturer(s: Services, ctx: ActionContext, id: string): Promise<ManufacturerView> {
  return inTransaction(s.db, async (tx) => {
    const before = await findManufacturer(tx, id, 'update');
    if (!before) throw notFound('The manufacturer');
    if (before.archivedAt) return presentManufacturer(before);
    await ensureNoActiveModels(tx, before);
    const after = await updateManufacturerVersioned(tx, id, before.version, { archivedAt: new Date() });
    await s.audit.record(tx, ctx, {
      entityType: 'manufacturer',
      entityId: id,
      action: 'manufacturer.archived',
      changes: diffFields(auditedManufacturer(before), auditedManufacturer(after)),
    });
    return presentManufacturer(after!);
  });
}

async function ensureNoActiveModels(tx: Db, manufacturer: ManufacturerRow) {
  const n = await countActiveModelsOfManufacturer(tx, manufacturer.id);
  if (n > 0) {
    throw conflict(
      'manufacturer_in_use',
      `${n} active ${n === 1 ? 'model names' : 'models name'} the manufacturer ${manufacturer.name}: archive ${n === 1 ? 'it' : 'them'} first.`,
    );
  }
}

function nameTaken(name: string) {
  return conflict('manufacturer_name_taken', `A manufacturer named ${name} already exists.`, [
    { pointer: '/body/name', message: 'Already the name of another manufacturer.' },
  ]);
}
