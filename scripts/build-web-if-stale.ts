// `npm start` runs this first (prestart): the web app is built on a fresh clone and after changes.
import { ensureWebBuild } from './web-build.ts';

try {
  ensureWebBuild();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
