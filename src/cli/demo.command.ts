import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { describeDemoLoad, loadDemoDataset } from '../demo/load-demo.ts';
import { withOperatorContext } from '../runtime.ts';

export function registerDemoCommand(program: Command, config: () => Config): void {
  program
    .command('demo')
    .description(
      'Load the demo dataset (public facts on Kazakhstan and Uzbekistan, 2020–2025) into the database; ' +
        'records already there are kept, not duplicated',
    )
    .action(async () => {
      const result = await withOperatorContext(config(), loadDemoDataset);
      process.stdout.write(`${describeDemoLoad(result)}\n`);
    });
}
