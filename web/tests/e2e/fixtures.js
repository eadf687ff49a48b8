// What every browser test shares: the seeded scenario, signing in through the
// page, the API as a second witness of server state, axe checks and screenshots.
import { readFileSync, mkdirSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import axe from 'axe-core';

export const scenario = JSON.parse(readFileSync(process.env.SCENARIO ?? 'scenario.json', 'utf8'));
const shots = new URL('../../test-results/screenshots/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

export async function signIn(page, user) {
  await page.goto('/');
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sign in');
}

// Each person's token, signed in once per worker: the password hash is deliberately
// slow, and signing in afresh for every read cost hundreds of hashes a run.
const tokens = new Map();
async function tokenFor(user, fresh) {
  if (fresh || !tokens.has(user.email)) {
    const login = await fetch(`${scenario.api}/api/v1/auth/login`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    if (login.status !== 200) throw new Error(`${user.email} could not sign in: ${login.status}`);
    tokens.set(user.email, (await login.json()).token);
  }
  return tokens.get(user.email);
}

// The service's own answer, read with the user's own token (and any extra headers,
// such as If-Match). A token the service has since ended (a spec signs someone out
// everywhere) is replaced once, as the person would sign in again.
export async function apiAs(user, method, path, body, headers = {}) {
  const send = async (token) => fetch(`${scenario.api}/api/v1${path}`, {
    method, headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  let response = await send(await tokenFor(user));
  if (response.status === 401) response = await send(await tokenFor(user, true));
  return { status: response.status, json: await response.json().catch(() => null) };
}

// axe-core run in the page itself, WCAG 2.2 AA. It is put into the page once per page load
// (a scan after a change on the same page reuses it) and reports in full only what fails:
// @axe-core/playwright injected it twice a scan and finished each in a new blank page,
// 1.0 s a scan against 0.27 s, with the same rules and results on all 326 scans of a run.
// The client draws no frames, so the one document is all there is to check.
export async function expectAccessible(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axe.source);
  const violations = await page.evaluate((values) => window.axe.run(document, {
    runOnly: { type: 'tag', values }, resultTypes: ['violations'],
  }).then((results) => results.violations), ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: `${shots}${name}.png`, fullPage: true });
}

export async function expectNoSidewaysScroll(page, label = page.url()) {
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`),
  }));
  expect(scrollWidth, `${label} scrolls sideways; too wide: ${wide.join(', ')}`).toBeLessThanOrEqual(innerWidth);
}

// axe in normal and easy-read modes, back in normal mode after.
export async function bothModes(page, label) {
  const easy = page.getByRole('button', { name: 'Easy read' });
  await expectAccessible(page, `${label} (normal)`);
  await easy.click();
  await expect(page.locator('html')).toHaveClass(/easy-read/);
  await expectAccessible(page, `${label} (easy read)`);
  await easy.click();
  await expect(page.locator('html')).not.toHaveClass(/easy-read/);
}

// One check of a screen: axe in both modes, 320 px wide without sideways
// scrolling in both modes, and screenshots (`shot`, and `shot`-320px in easy read).
export async function checkScreen(page, label, shot) {
  const easy = page.getByRole('button', { name: 'Easy read' });
  await bothModes(page, label);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  await easy.click();
  await expect(page.locator('html')).toHaveClass(/easy-read/);
  await expectNoSidewaysScroll(page);
  if (shot) await screenshot(page, `${shot}-320px`);
  await easy.click();
  await expect(page.locator('html')).not.toHaveClass(/easy-read/);
  await page.setViewportSize(size);
  if (shot) await screenshot(page, shot);
}

export const heading = (page) => page.getByRole('heading', { level: 1 });
export const bidUrl = (bid) => `/panels/${scenario.panel.id}/bids/${scenario.bids[bid].id}`;
export const lotUrl = (n) => `/panels/${scenario.panel.id}/lots/${scenario.lots[n - 1].id}`;

export const test = base;
export { expect };

// Chooses a radio button as a person does, by clicking its label (the Design
// System draws the button over the real, transparent input).
export async function choose(page, name) {
  const radio = page.getByRole('radio', { name });
  const id = await radio.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  await expect(radio).toBeChecked();
}
