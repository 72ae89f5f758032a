/**
 * `qm stock`: turns what a person types (a location code, a model's name or GTIN, a person's e-mail
 * or employee number, an asset tag) into the ids the stock use cases take, runs them through a
 * gateway (this process or a server), and says what happened in one line.
 */
import type { MovementInput, MovementRequestKind } from '../../modules/stock/use-cases/record-movement.js';
import { CliError } from '../cli-kit.js';
import type { Balance, ModelRef, Movement, StockGateway } from './stock-gateway.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GTIN = /^\d{8}$|^\d{12,14}$/;

export async function resolveLocation(gw: StockGateway, code: string, option = '--location') {
  const found = await gw.lookup(code);
  const match = [found.match, ...found.others].find((m) => m?.type === 'location');
  if (!match) throw new CliError(`${option}: no location has the code "${code}".`);
  return { id: match.id, label: match.label };
}

/** A model by id, GTIN, or name (an exact name first, else the only one containing it). */
export async function resolveModel(gw: StockGateway, ref: string): Promise<ModelRef> {
  if (UUID.test(ref) || GTIN.test(ref)) {
    if (GTIN.test(ref)) {
      const found = await gw.lookup(ref);
      const match = [found.match, ...found.others].find((m) => m?.type === 'model');
      if (match) return { id: match.id, name: match.label, tracking: 'quantity' };
    } else {
      return { id: ref, name: ref, tracking: 'quantity' };
    }
  }
  const candidates = await gw.models(ref);
  const exact = candidates.filter((m) => m.name.toLowerCase() === ref.toLowerCase());
  const pick = exact.length ? exact : candidates;
  if (pick.length === 1) return pick[0]!;
  if (pick.length === 0) throw new CliError(`--model: no model is named "${ref}".`);
  throw new CliError(
    `--model: "${ref}" names ${pick.length} models; give the exact name or the id:\n` +
      pick
        .slice(0, 10)
        .map((m) => `  ${m.id}  ${m.name}`)
        .join('\n'),
  );
}

/** Who or what stock is issued to or returned by: a person, a location or an asset, by any of its codes. */
export async function resolveParty(gw: StockGateway, code: string, option: string) {
  const found = await gw.lookup(code);
  const matches = [found.match, ...found.others].filter(
    (m): m is NonNullable<typeof m> => m !== null && m.type !== 'model',
  );
  if (matches.length === 0) throw new CliError(`${option}: nothing has the code "${code}" (${found.message}).`);
  if (new Set(matches.map((m) => m.type)).size > 1) {
    throw new CliError(`${option}: "${code}" names ${matches.map((m) => `${m.type} ${m.label}`).join(' and ')}.`);
  }
  const m = matches[0]!;
  return { type: m.type as 'person' | 'location' | 'asset', id: m.id, label: m.label };
}

export interface MovementOptions {
  model: string;
  location: string;
  quantity: string;
  to?: string;
  from?: string;
  reason?: string;
  reference?: string;
  notes?: string;
  dryRun?: boolean;
}

export function parseQuantity(text: string, signed: boolean): number {
  const n = Number(text);
  if (!/^[+-]?\d+$/.test(text.trim()) || !Number.isSafeInteger(n)) {
    throw new CliError(`--quantity: "${text}" is not a whole number.`);
  }
  if (!signed && n <= 0) throw new CliError('--quantity: must be above 0.');
  if (signed && n === 0)
    throw new CliError('--quantity: an adjustment changes the quantity (+ found, - missing): not 0.');
  return n;
}

/** Resolves the options into the use case's input (the use case checks everything else). */
export async function movementFrom(
  gw: StockGateway,
  kind: MovementRequestKind,
  o: MovementOptions,
): Promise<MovementInput> {
  const quantity = parseQuantity(o.quantity, kind === 'adjust');
  const model = await resolveModel(gw, o.model);
  const location = await resolveLocation(gw, o.location);
  const input: MovementInput = { kind, modelId: model.id, locationId: location.id, quantity };
  if (kind === 'transfer') {
    if (!o.to) throw new CliError('--to: say which location the stock is transferred to.');
    input.toLocationId = (await resolveLocation(gw, o.to, '--to')).id;
  } else if (kind === 'issue') {
    if (!o.to)
      throw new CliError(
        '--to: say who or what the stock is issued to (e-mail, employee number, location code or asset tag).',
      );
    const party = await resolveParty(gw, o.to, '--to');
    input.issuedTo = { type: party.type, id: party.id };
  } else if (o.to) {
    throw new CliError(`--to: only an issue or a transfer has a destination.`);
  }
  if (o.from) {
    if (kind !== 'return') throw new CliError('--from: only a return names who gives the stock back.');
    const party = await resolveParty(gw, o.from, '--from');
    input.issuedTo = { type: party.type, id: party.id };
  }
  if (o.reason !== undefined) input.reason = o.reason;
  if (o.reference !== undefined) input.reference = o.reference;
  if (o.notes !== undefined) input.notes = o.notes;
  return input;
}

const VERB: Record<MovementRequestKind, string> = {
  receive: 'Received',
  issue: 'Issued',
  return: 'Returned',
  transfer: 'Transferred',
  adjust: 'Adjusted',
  loss: 'Recorded as lost:',
  damage: 'Recorded as damaged:',
};

/** One line: what was done and what is on hand now at each place it touched. */
export function describeMovement(kind: MovementRequestKind, items: Movement[]): string {
  const first = items[0]!;
  const at = (m: Movement) => `${m.location.code} (now ${m.balanceAfter})`;
  if (kind === 'transfer') {
    const out = items.find((m) => m.kind === 'transfer_out')!;
    const into = items.find((m) => m.kind === 'transfer_in')!;
    return `Transferred ${into.quantity} ${first.model.name} from ${at(out)} to ${at(into)}.`;
  }
  const amount =
    kind === 'adjust' ? (first.quantity > 0 ? `+${first.quantity}` : `${first.quantity}`) : Math.abs(first.quantity);
  const party = first.issuedTo ? ` ${kind === 'return' ? 'from' : 'to'} ${first.issuedTo.label}` : '';
  return `${VERB[kind]} ${amount} ${first.model.name} at ${at(first)}${party}.`;
}

export function formatBalances(items: Balance[], totalOnHand: number): string {
  if (items.length === 0) return 'No stock recorded here.';
  const rows = items.map((b) => [
    b.location.code,
    b.model.name,
    String(b.onHand),
    b.minQuantity === null ? '' : `min ${b.minQuantity}`,
    b.belowMinimum ? 'BELOW MINIMUM' : '',
  ]);
  const header = ['LOCATION', 'MODEL', 'ON HAND', 'POLICY', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line), `${totalOnHand} on hand in ${items.length} rows.`].join('\n');
}
