// A worker thread that extracts documents, so PDF parsing and the rest run beside the server's
// event loop and on every core. Plain JavaScript: it registers tsx itself (as bin/docket.js does),
// which works the same under the CLI, the server and the tests.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractDocument, ExtractionError } = await import('./extract/extract.ts');

parentPort.on('message', async ({ id, bytes, name, options }) => {
  try {
    const extracted = await extractDocument(Buffer.from(bytes), name, options);
    parentPort.postMessage({ id, extracted });
  } catch (error) {
    const known = error instanceof ExtractionError;
    parentPort.postMessage({
      id,
      error: {
        code: known ? error.code : null,
        message: error instanceof Error ? error.message : String(error),
      },
    });
  }
});
parentPort.postMessage({ ready: true });
