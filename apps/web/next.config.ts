import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { API_CSP, QUEUE_BOARD_CSP, SECURITY_HEADERS } from './src/server/security/security-headers';

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
  // Pages get their Content-Security-Policy (with a nonce) from src/proxy.ts.
  async headers() {
    return [
      { source: '/:path*', headers: [...SECURITY_HEADERS] },
      { source: '/api/:path((?!docs$).*)', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
      {
        source: '/admin/queues/:path*',
        headers: [{ key: 'Content-Security-Policy', value: QUEUE_BOARD_CSP }],
      },
    ];
  },
  typescript: { tsconfigPath: './tsconfig.json' },
};

export default createNextIntlPlugin('./src/i18n/request.ts')(config);
