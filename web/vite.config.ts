import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { localeCheck } from './locale-check-plugin.ts';

/**
 * The web app. `vite build` writes `web/dist`, which the Docket server serves at `/`; `npm run dev`
 * serves it with hot reload and sends `/api` to the Docket server on $DOCKET_API (default :8080).
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), localeCheck()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Inline assets would become data: URLs in script, which is fine, but keep fonts and images as files.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    // The budget that matters is checked by the bundle-size test: 300 KB of script, gzipped, at first load.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { '/api': process.env.DOCKET_API ?? 'http://localhost:8080' },
  },
});
