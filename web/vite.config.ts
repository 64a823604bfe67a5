import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The console: built into web/dist, which the API serves at `/` (api/web-console.ts). It imports the zod schemas of
 * domain/schemas/ directly, so a rule has one source; `server.proxy` lets `vite dev` talk to a running API.
 */
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' }, fs: { allow: ['..'] } },
});
