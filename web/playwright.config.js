// Browser tests in Debian's Chromium (no browser download). The spec files share
// one seeded scenario, each with its own people and tenders, so two files run at
// once (one per core; a file's own tests run in order): 112 tests took 8.0 min
// in Playwright with two workers against 12.9 with one (2026-12-06, sanitizer build).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  workers: 2,
  retries: 0,
  timeout: 60000,
  expect: { timeout: 10000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:8080',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    },
    viewport: { width: 1280, height: 900 },
    // Settled colours for axe: the Design System animates focus and hover colours.
    contextOptions: { reducedMotion: 'reduce' },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'shared', testIgnore: /accounts-two-factor\.spec\.js/ },
    // These turn the installation's two-factor rule on, which every signed-in
    // commissioner's next page obeys: they run after the rest, with nothing beside them.
    { name: 'installation-wide', testMatch: /accounts-two-factor\.spec\.js/, dependencies: ['shared'] },
  ],
});
