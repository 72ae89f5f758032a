import { Option, type Command } from 'commander';
import { MOVEMENT_REQUESTS, type MovementRequestKind } from '../../modules/stock/use-cases/record-movement.js';
import { action, apiClient, cliContext, print, withServices, type GlobalOptions } from '../cli-kit.js';
import { localGateway, remoteGateway, type StockGateway } from '../stock/stock-gateway.js';
import {
  describeMovement,
  formatBalances,
  movementFrom,
  resolveLocation,
  resolveModel,
  type MovementOptions,
} from '../stock/stock-cli.js';

/** Runs `fn` against a server (--url) or the database opened here, as the `cli` source. */
function withGateway<T>(o: GlobalOptions, fn: (gw: StockGateway) => Promise<T>): Promise<T> {
  if (o.url) return fn(remoteGateway(apiClient(o)));
  return withServices(o, (s) => fn(localGateway(s, cliContext())));
}

const HELP: Record<MovementRequestKind, string> = {
  receive: 'Receive stock at a location',
  issue: 'Issue stock to a person, a location or an asset (--to)',
  return: 'Take stock back (--from: who or what gives it back)',
  transfer: 'Move stock from one location (--location) to another (--to)',
  adjust: 'Correct a count: a signed quantity (+ found, - missing) and a --reason',
  loss: 'Write off stock that was lost',
  damage: 'Write off stock that was damaged',
};

export function registerStockCommands(program: Command) {
  const stock = program
    .command('stock')
    .description('Quantity-tracked stock: on hand, and every movement (exit 2 when a rule refuses it)');

  stock
    .command('on-hand')
    .description('On hand per model and location (a location includes everything below it)')
    .addOption(new Option('--location <code>', 'a location code').env('QM_STOCK_LOCATION'))
    .addOption(new Option('--model <model>', "a model's name, GTIN or id").env('QM_STOCK_MODEL'))
    .option('--below-minimum', 'only where on hand is below the minimum')
    .action(
      action(async (_opts, command: Command) => {
        const o = command.optsWithGlobals<
          GlobalOptions & { location?: string; model?: string; belowMinimum?: boolean }
        >();
        const result = await withGateway(o, async (gw) => {
          const query: { locationId?: string; modelId?: string; belowMinimum?: boolean } = {};
          if (o.location) query.locationId = (await resolveLocation(gw, o.location)).id;
          if (o.model) query.modelId = (await resolveModel(gw, o.model)).id;
          if (o.belowMinimum) query.belowMinimum = true;
          return gw.balances(query);
        });
        print(o, result, () => formatBalances(result.items, result.totalOnHand));
      }),
    );

  for (const kind of MOVEMENT_REQUESTS) {
    const signed = kind === 'adjust';
    const cmd = stock
      .command(kind)
      .description(HELP[kind])
      .addOption(
        new Option('--model <model>', "the model's name, GTIN or id").env('QM_STOCK_MODEL').makeOptionMandatory(),
      )
      .addOption(
        new Option('--location <code>', kind === 'transfer' ? 'where the stock leaves from' : 'where the stock is')
          .env('QM_STOCK_LOCATION')
          .makeOptionMandatory(),
      )
      .addOption(
        new Option('--quantity <n>', signed ? 'signed: +3 found, -2 missing' : 'how many').makeOptionMandatory(),
      );
    if (kind === 'issue')
      cmd.requiredOption('--to <code>', "the person's e-mail or employee number, a location code or an asset tag");
    if (kind === 'transfer') cmd.requiredOption('--to <code>', 'the location code the stock goes to');
    if (kind === 'return')
      cmd.option('--from <code>', 'who or what gives it back (e-mail, employee number, location code, asset tag)');
    cmd
      .option('--reason <text>', signed ? 'why the count changed (required)' : 'why')
      .option('--reference <text>', 'a delivery note, order or service request')
      .option('--notes <text>', 'notes')
      .option('--dry-run', 'check the names and show on hand, without recording anything')
      .action(
        action(async (_opts, command: Command) => {
          const o = command.optsWithGlobals<GlobalOptions & MovementOptions>();
          await withGateway(o, async (gw) => {
            const input = await movementFrom(gw, kind, o);
            if (o.dryRun) {
              const { items } = await gw.balances({ modelId: input.modelId, locationId: input.locationId });
              const here = items.find((b) => b.location.id === input.locationId);
              print(
                o,
                { dryRun: true, input, onHand: here?.onHand ?? 0 },
                () =>
                  `Would ${kind} ${input.quantity} of ${here?.model.name ?? o.model} at ${o.location} (${here?.onHand ?? 0} on hand now). Nothing recorded.`,
              );
              return;
            }
            const recorded = await gw.record(input);
            print(o, recorded, () => describeMovement(kind, recorded.items));
          });
        }),
      );
  }
}
