//! Playwright configuration for the production-server tests (tests/prod): the headers, compression,
//! caching, CSP and fallback rules of deploy/nginx.conf, checked against a running nginx.
//!
//! scripts/test.sh starts that nginx (release build, precompressed) and sets BASE_URL. By hand:
//!   ./scripts/serve.sh   (in one terminal, serves on 8080)
//!   BASE_URL=http://127.0.0.1:8080/ npx playwright test -c tests/prod/playwright.config.mjs

import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  outputDir: '../../test-results/prod',
  reporter: [['list']],
  // Two cores shared with the server: one worker keeps timings calm and logs readable.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:8089/',
    // Debian's Chromium (Playwright's own browser download does not work on these machines).
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
