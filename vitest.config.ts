import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ignored = ['**/node_modules/**', '**/.next*/**', 'e2e/**'];

/** The web app's `@/…` imports (its tsconfig's paths), so a test can load a route handler as Next does. */
const resolve = {
  alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./apps/web/src/', import.meta.url)) }],
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['{apps,packages,bench}/**/*.test.ts'],
          exclude: [...ignored, '**/*.int.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve,
        test: {
          name: 'int',
          include: ['{apps,packages}/**/*.int.test.ts'],
          exclude: ignored,
          environment: 'node',
          globalSetup: ['./packages/testing/src/global-setup.ts'],
          // Order changes write what partners and casting follow them with, as in every process.
          setupFiles: ['./packages/core/src/order-listeners.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'faults',
          include: ['e2e/faults/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./e2e/faults/global-setup.ts'],
          // Each file runs a cluster of its own; on two cores, one at a time.
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          // Builds the image with podman (root, podman, buildah, debootstrap: see .ci/run) and runs it.
          name: 'image',
          include: ['e2e/image/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 1_800_000,
        },
      },
    ],
  },
});
