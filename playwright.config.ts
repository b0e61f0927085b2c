import { defineConfig, devices } from '@playwright/test';
import { PLAIN_STEPS_MS } from './e2e/support/budgets';

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
  // On CI a failed test runs once more, only to tell a flaky test from a broken one: one that passes
  // on its retry is reported as flaky and still fails the run.
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: Boolean(process.env.CI),
  // The files whose tests took longest, at the end of the run: where the suite's time goes.
  reportSlowTests: { max: 5, threshold: 20_000 },
  workers: 2,
  // Each test's waits fit its timeout: slow waits are budgeted in e2e/support/budgets.ts, and a test
  // that makes them sets its timeout from the same budget.
  timeout: PLAIN_STEPS_MS,
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
    // No turntable: WebGL is drawn in software here, and a view that keeps turning keeps a core busy
    // for the whole test. Frames are then drawn only when something changes.
    reducedMotion: 'reduce',
  },
  projects: [
    { name: 'auth', testDir: './e2e/auth', use: browser },
    { name: 'shop', testDir: './e2e/shop', use: browser },
    { name: 'mes', testDir: './e2e/mes', use: browser },
    { name: 'build', testDir: './e2e/build', use: browser },
    { name: 'crm', testDir: './e2e/crm', use: browser },
    { name: 'admin', testDir: './e2e/admin', use: browser },
    // Accessibility across the four faces: axe on every page, and the keyboard paths.
    { name: 'a11y', testDir: './e2e/a11y', use: browser },
    { name: 'docs', testDir: './e2e/docs', use: browser },
    { name: 'i18n', testDir: './e2e/i18n', use: browser },
    { name: 'api', testDir: './e2e/api' },
  ],
  webServer: {
    command: 'pnpm tsx packages/devstack/src/e2e-stack.ts',
    // Every process of the stack answers its health check (see e2e-stack.ts), not only the web app.
    url: `http://127.0.0.1:${Number(process.env.E2E_READY_PORT ?? 3104)}/ready`,
    // The stack makes a production build first: about 2 min on a quiet 2-core machine, over 5 min
    // when the machine is busy (seen at a load average of 28).
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
