import { defineConfig, loadEnv } from 'vite';

// The gateway serves the built files at /dashboard/ and answers /graphql itself; in development the dev server
// hands both on to a running hub (GATEWAY_PORT, 4000 by default).
export default defineConfig(({ mode }) => {
  const gateway = `http://localhost:${loadEnv(mode, import.meta.dirname, 'GATEWAY_').GATEWAY_PORT ?? 4000}`;
  return {
    base: '/dashboard/',
    // Preact's automatic JSX runtime, without a Babel-based plugin.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    server: {
      proxy: {
        '/graphql': gateway,
        '/dashboard/sign-in.json': gateway,
      },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      // Office PCs run up-to-date Chromium-based browsers; no legacy bundle.
      target: 'es2022',
      chunkSizeWarningLimit: 400,
    },
  };
});
