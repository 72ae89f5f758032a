#!/usr/bin/env node
/** `qm`: the Quartermaster command line. Every flag can also be set by its environment variable. */
import { Command } from 'commander';
import { VERSION } from '../platform/version.js';
import { withGlobalOptions } from './cli-kit.js';
import { registerServerCommands } from './commands/server-commands.js';
import { registerUserCommands } from './commands/user-commands.js';
import { registerTokenCommands } from './commands/token-commands.js';
import { registerAuditCommands } from './commands/audit-commands.js';
import { registerSeedCommands } from './commands/seed-commands.js';
import { registerScanCommands } from './commands/scan-commands.js';
import { registerImportCommands } from './commands/import-commands.js';
import { registerStockCommands } from './commands/stock-commands.js';

const program = withGlobalOptions(new Command('qm'))
  .description('Quartermaster: IT asset and inventory management')
  .version(VERSION)
  .showHelpAfterError()
  .enablePositionalOptions(false);

registerServerCommands(program);
registerUserCommands(program);
registerTokenCommands(program);
registerAuditCommands(program);
registerSeedCommands(program);
registerScanCommands(program);
registerImportCommands(program);
registerStockCommands(program);

await program.parseAsync(process.argv);
