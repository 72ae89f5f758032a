import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built into web/dist, which the API server serves at / with an SPA fallback. In development, run
// the API on :8080 and `vite --config web/vite.config.ts`: /api is proxied so cookies stay same-origin.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
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
