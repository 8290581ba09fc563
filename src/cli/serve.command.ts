import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { startServer } from '../runtime.ts';
import { usageError } from './output.ts';

export function registerServeCommand(program: Command, config: () => Config): void {
  program
    .command('serve')
    .description('Serve the API (and later the web app) on http://localhost:$PORT')
    .option('-p, --port <port>', 'port to listen on (default $PORT or 8080)')
    .action(async (options: { port?: string }) => {
      const settings = config();
      const port = options.port === undefined ? settings.port : Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535)
        throw usageError('port', `must be a port number, not "${options.port}"`);
      const server = await startServer({ ...settings, port });
      process.stdout.write(`Docket is serving ${server.url} (API under ${server.url}/api)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          server.close().then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
