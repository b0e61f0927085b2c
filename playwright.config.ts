import { defineConfig, devices } from '@playwright/test';

const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3100);
const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
};
const browser = { ...devices['Desktop Chrome'], launchOptions: CHROMIUM };

export default defineConfig({
  testDir: './e2e',
  outputDir: './e2e/.results',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: 'e2e/.report' }]],
  use: {
    baseURL: `http://localhost:${WEB_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    timezoneId: 'Europe/Paris',
    locale: 'en-GB',
  },
  projects: [
    { name: 'auth', testDir: './e2e/auth', use: browser },
    { name: 'shop', testDir: './e2e/shop', use: browser },
    { name: 'mes', testDir: './e2e/mes', use: browser },
    { name: 'build', testDir: './e2e/build', use: browser },
    { name: 'crm', testDir: './e2e/crm', use: browser },
    { name: 'admin', testDir: './e2e/admin', use: browser },
    { name: 'api', testDir: './e2e/api' },
  ],
  webServer: {
    command: 'pnpm tsx packages/devstack/src/e2e-stack.ts',
    url: `http://localhost:${WEB_PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
