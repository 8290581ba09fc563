// `npm run dev`: the Docket server with reload on :8080 (or $PORT) and Vite with hot reload on :5173,
// which sends /api to the server. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const port = process.env.PORT ?? '8080';
const children = [
  spawn(bin('tsx'), ['watch', join(ROOT, 'src/cli/run.ts'), 'serve'], { stdio: 'inherit', env: process.env }),
  spawn(bin('vite'), ['--config', join(ROOT, 'web/vite.config.ts')], {
    stdio: 'inherit',
    env: { ...process.env, DOCKET_API: `http://localhost:${port}` },
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
