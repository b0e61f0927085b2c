import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  // The e2e stack builds into its own folder, so a test run never disturbs `pnpm dev`.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  transpilePackages: [
    '@facet/api',
    '@facet/auth',
    '@facet/core',
    '@facet/db',
    '@facet/jobs',
    '@facet/mesh',
    '@facet/telemetry',
    '@facet/ui',
  ],
  // prom-client once per process (its registry lives on globalThis, shared by every route bundle).
  serverExternalPackages: [
    '@node-rs/argon2',
    'sharp',
    'bullmq',
    'ioredis',
    'postgres',
    'meshoptimizer',
    'prom-client',
  ],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  typescript: { tsconfigPath: './tsconfig.json' },
};

export default config;
