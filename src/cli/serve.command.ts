import type { Command } from 'commander';
import { type Config, isLoopbackHost } from '../config.ts';
import { startServer } from '../runtime.ts';
import { usageError } from './output.ts';

export function registerServeCommand(program: Command, config: () => Config): void {
  program
    .command('serve')
    .description(
      'Serve the API (and later the web app) on http://localhost:$PORT; $HOST to listen beyond loopback',
    )
    .option('-p, --port <port>', 'port to listen on (default $PORT or 8080)')
    .action(async (options: { port?: string }) => {
      const settings = config();
      const port = options.port === undefined ? settings.port : Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535)
        throw usageError('port', `must be a port number, not "${options.port}"`);
      const server = await startServer({ ...settings, port });
      process.stdout.write(`Docket is serving ${server.url} (API under ${server.url}/api)\n`);
      if (!isLoopbackHost(settings.host)) {
        // Said on every start, since a HOST left in an environment file is easy to forget.
        process.stderr.write(
          `warning: HOST=${settings.host} lets other machines reach Docket on port ${new URL(server.url).port}; put it behind ` +
            'an HTTPS proxy (DOCKET_HTTPS=on), never on the open network over plain HTTP\n',
        );
      }
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
