// End-to-end tests of the browser edition (tests/e2e). The app is served by the same
// `scripts/web.mjs` users run, which builds dist/renderer first when it is stale.
// Chromium is Debian's (/usr/bin/chromium): Playwright's own browser download is not
// available on the project's machines.
import { defineConfig } from '@playwright/test';

// GLOSSA_E2E_PORT lets several checkouts on one machine run their e2e suites side by side:
// with reuseExistingServer, two suites on one port would test each other's build.
export const E2E_PORT = Number(process.env.GLOSSA_E2E_PORT ?? 4391);

export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: one browser at a time keeps timings honest and the machine responsive.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    // Traces only in CI: locally several people's runs share test-results/, and one
    // run's cleanup would pull another's trace files from under it.
    trace: process.env.CI ? 'retain-on-failure' : 'off',
  },
  webServer: {
    command: `node scripts/web.mjs --port ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: !process.env.CI,
    // A cold build of the renderer takes ~10 s on two cores; leave room for slow CI.
    timeout: 180_000,
    stdout: 'pipe',
  },
});
