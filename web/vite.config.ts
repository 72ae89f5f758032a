import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// Built into web/dist, which the API server serves at / with an SPA fallback. In development, run
// the API on :8080 and `vite --config web/vite.config.ts`: /api is proxied so cookies stay same-origin.
/**
 * Emits /sw.js (web/service-worker.js) in the production build with the list of built files to
 * keep offline and a version that changes with them. Served from the root, so its scope is the app.
 */
function serviceWorker(): Plugin {
  return {
    name: 'quartermaster-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => name.startsWith('static/'))
        .sort()
        .map((name) => `/${name}`);
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = fs
        .readFileSync(path.join(import.meta.dirname, 'service-worker.js'), 'utf8')
        .replace('__QM_VERSION__', version)
        .replace('__QM_PRECACHE__', JSON.stringify(files));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), serviceWorker()],
  css: { postcss: import.meta.dirname },
  build: {
    outDir: path.join(import.meta.dirname, 'dist'),
    // Not Vite's default "assets": /assets/... are the app's own pages (the asset list and each asset).
    assetsDir: 'static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
