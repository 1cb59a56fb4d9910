/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The Maven build puts the app in the jar under tvaers-web/ (see pom.xml); `npm run build` alone writes dist/.
const outDir = process.env.TVAERS_WEB_OUT_DIR ?? 'dist';

export default defineConfig({
  // React's JSX without @vitejs/plugin-react: esbuild compiles it (no fast refresh needed for a build)
  esbuild: { jsx: 'automatic' },
  resolve: {
    alias: {
      // dkfds exports only its script; its stylesheet, fonts and icons live under dist/
      '@dkfds': fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url)),
    },
  },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npm run dev` against a running platform: the gateway serves the API, the config and the token exchange
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/config.json': 'http://127.0.0.1:8080',
      '/sign-in': 'http://127.0.0.1:8080',
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
