// What the accounts specs share: people made for one test through the admin's API
// (so no other spec's people change), the links the service emails (read from the
// files it writes in MAIL_DIR), and moving through a page with the keyboard alone.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { expect, scenario, apiAs, heading } from './fixtures.js';
import { stepNow, totp } from './two-factor-support.js';

export const admin = scenario.users.admin;
export const password = 'a long walk by the water of leith';
const run = Date.now().toString(36);

// An address nobody else in this run has: "morag.x1y2@accounts.example".
export const address = (who) => `${who}.${run}@accounts.example`;

export async function adminOrganisation() {
  return (await apiAs(admin, 'GET', '/me')).json.organisation;
}

export async function makeOrganisation(name, kind) {
  const made = await apiAs(admin, 'POST', '/organisations', { name: `${name} ${run}`, kind });
  expect(made.status, JSON.stringify(made.json)).toBe(201);
  return { id: made.json.id, name: `${name} ${run}` };
}

// An active account with a known password, as the admin makes one through the API.
export async function makePerson(who, displayName, role, organisationId) {
  const organisation_id = organisationId ?? (await adminOrganisation()).id;
  const email = address(who);
  const made = await apiAs(admin, 'POST', '/users', {
    email, display_name: displayName, role, password, organisation_id, authorised_signatory: role === 'provider',
  });
  expect(made.status, JSON.stringify(made.json)).toBe(201);
  return { id: made.json.id, email, password, display_name: displayName, role };
}

// The body parts of a MIME email, decoded from base64 (and the raw text, in case).
const bodies = (email) => [
  email,
  ...[...email.matchAll(/Content-Transfer-Encoding: base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/g)].map((m) =>
    Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8')),
];

// The token of the newest emailed link to `address` whose path is `path` ('/welcome'),
// waiting for the service to write it. `not`: a token already seen, to wait past.
export async function emailedToken(to, path, not = null) {
  const folder = process.env.MAIL_DIR;
  expect(folder, 'web/test passes MAIL_DIR, the service\'s --mail-dir').toBeTruthy();
  const pattern = new RegExp(`${path.replace(/[/]/g, '\\/')}#([A-Za-z0-9_.~%-]+)`);
  for (let i = 0; i < 150; i++) {
    let names = [];
    try {
      names = readdirSync(folder).filter((n) => n.endsWith('.eml'));
    } catch {
      names = [];
    }
    const found = names
      .map((n) => ({ n, at: statSync(`${folder}/${n}`).mtimeMs, text: readFileSync(`${folder}/${n}`, 'utf8') }))
      .filter(({ text }) => new RegExp(`^To:.*${to.replace(/[.]/g, '\\.')}`, 'mi').test(text))
      .sort((a, b) => b.at - a.at)
      .map(({ text }) => bodies(text).map((b) => pattern.exec(b)?.[1]).find(Boolean))
      .filter((token) => token && token !== not);
    if (found.length) return found[0];
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no email to ${to} with a ${path} link`);
}

// Tabs until the focused element matches, as a keyboard user would (`key` 'Shift+Tab': backwards).
export async function tabTo(page, check, limit = 80, key = 'Tab') {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate(check)) return;
  }
  throw new Error(`never reached by Tab: ${check}`);
}
export const focusedId = (id) => new Function(`return document.activeElement?.id === ${JSON.stringify(id)}`);
export const focusedText = (text) =>
  new Function(`const e = document.activeElement; return e !== document.body && (e?.textContent ?? '').trim().startsWith(${JSON.stringify(text)})`);

export async function signOut(page) {
  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out on this device' }).click();
  await expect(heading(page)).toHaveText('Sign in');
}

// Enrols on the page shown, by keyboard alone, returning the key and the recovery codes.
export async function enrolByKeyboard(page) {
  await expect(heading(page)).toHaveText('Set up two-factor sign-in');
  await tabTo(page, focusedText('I have an app: continue'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  await expect(page.locator('#scan-title')).toBeFocused();
  const secret = (await page.getByTestId('two-factor-secret').textContent()).replace(/\s+/g, '');
  await tabTo(page, focusedId('one_time_code'));
  const step = stepNow();
  await page.keyboard.type(totp(secret));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('two-factor-on')).toBeVisible();
  await expect(page.locator('#codes-title')).toBeFocused();
  const codes = await page.locator('.recovery-codes__list li').allTextContents();
  expect(codes).toHaveLength(10);
  await tabTo(page, focusedId('kept'));
  await page.keyboard.press('Space');
  await tabTo(page, focusedText('Continue'));
  await page.keyboard.press('Enter');
  return { secret, step, codes: codes.map((c) => c.trim()) };
}
