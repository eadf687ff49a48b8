// What the accounts specs share: people made for one test through the admin's API
// (so no other spec's people change), the links the service emails (read from the
// files it writes in MAIL_DIR, by tests/mail.js), and moving through a page with the
// keyboard alone.
import { expect, scenario, apiAs, heading } from './fixtures.js';
import { stepNow, totp } from './two-factor-support.js';
import { emailedSecret } from '../mail.js';

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

// An active account with a known password, as the admin makes one through the API: the
// admin invites the person, who chooses their password through the emailed link.
export async function makePerson(who, displayName, role, organisationId) {
  const organisation_id = organisationId ?? (await adminOrganisation()).id;
  const email = address(who);
  const made = await apiAs(admin, 'POST', '/users/invitations', {
    email, display_name: displayName, role, organisation_id, authorised_signatory: role === 'provider',
  });
  expect(made.status, JSON.stringify(made.json)).toBe(201);
  const accepted = await fetch(`${scenario.api}/api/v1/auth/invitation/accept`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: await emailedSecret(email, '/welcome'), password }),
  });
  expect(accepted.status, await accepted.text()).toBe(200);
  return { id: made.json.id, email, password, display_name: displayName, role };
}

// The secret of the newest emailed link to `path` ('/welcome') sent to `to`, waiting for
// the service to write it. `not`: a secret already seen, to wait past.
export { emailedSecret as emailedToken };

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
