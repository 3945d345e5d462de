import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    // `npm run dev` beside `dotnet run --project src/Kyzmat.Server`: the API comes from the host.
    proxy: Object.fromEntries(['/graphql', '/api', '/connect', '/account', '/.well-known'].map(path => [path, 'http://localhost:5080'])),
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
