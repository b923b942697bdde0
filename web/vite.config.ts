import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  build: { outDir: 'dist', assetsDir: 'assets', sourcemap: false, target: 'es2020' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
