// Two-factor sign-in: a provider turns it on from Your account (QR code, key, first code,
// recovery codes kept), then signs in with password and a code their "app" (RFC 6238 here,
// independent of the service) shows; the same code twice is refused; a recovery code
// works instead. A commissioner whose installation requires it is taken straight to the
// enrolment page and cannot reach other pages until it is on. An admin resets someone's
// two-factor sign-in, and turns the installation setting on and off on its page. (The tests
// that change the setting are in this one file, which playwright.config.js runs after every
// other file, alone, so that no other spec's commissioner meets the rule.)
import { test, expect, scenario, heading, checkScreen, apiAs, signIn } from './fixtures.js';
import { admin, enrolByKeyboard, focusedId, focusedText, makeOrganisation, makePerson, signOut, tabTo } from './accounts-support.js';
import { stepNow, totp, unusedCode } from './two-factor-support.js';

async function signInWithPassword(page, person) {
  await page.goto('/');
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

// Enrols on the page shown, returning the key and the recovery codes.
async function enrol(page, { shots = false } = {}) {
  await expect(heading(page)).toHaveText('Set up two-factor sign-in');
  await expect(page.getByText('an app on your phone that shows a new 6-digit code every 30 seconds')).toBeVisible();
  if (shots) await checkScreen(page, 'two-factor step 1', 'two-factor-start');
  await page.getByRole('button', { name: 'I have an app: continue' }).click();
  const qr = page.getByRole('img', { name: 'QR code for your authenticator app' });
  await expect(qr).toBeVisible();
  await expect.poll(() => qr.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  const secret = (await page.getByTestId('two-factor-secret').textContent()).replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('Enter the 6-digit code');
  await page.getByLabel('The 6-digit code from your app').fill(totp(secret) === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(page.locator('#one_time_code-error')).toContainText('That code is not right');
  if (shots) await checkScreen(page, 'two-factor scan and code, with an error', 'two-factor-scan');

  const step = stepNow();
  await page.getByLabel('The 6-digit code from your app').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(page.getByTestId('two-factor-on')).toBeVisible();
  const codes = await page.locator('.recovery-codes__list li').allTextContents();
  expect(codes).toHaveLength(10);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('Tick the box');
  if (shots) await checkScreen(page, 'two-factor recovery codes', 'two-factor-codes');
  await page.getByRole('checkbox', { name: 'I have kept my recovery codes somewhere safe' }).check({ force: true });
  await page.getByRole('button', { name: 'Continue' }).click();
  return { secret, step, codes: codes.map((c) => c.trim()) };
}

test('a provider turns on two-factor sign-in, then signs in with a code or a recovery code', async ({ page }) => {
  test.setTimeout(180000);
  const care = await makeOrganisation('Leith Care Cooperative', 'provider');
  const person = await makePerson('twofactor', 'Tam Twofactor', 'provider', care.id);
  await signInWithPassword(page, person);
  await expect(heading(page)).not.toHaveText('Sign in');

  await page.goto('/account');
  await expect(page.getByTestId('two-factor-status')).toContainText('Off');
  await page.getByRole('link', { name: 'Set up two-factor sign-in' }).click();
  const { secret, codes } = await enrol(page, { shots: true });
  await expect(heading(page)).toHaveText('Your account');
  await expect(page.getByTestId('two-factor-status')).toContainText('On');
  await expect(page.getByTestId('recovery-codes-left')).toContainText('10 recovery codes');
  await checkScreen(page, 'account with two-factor on', 'two-factor-account');
  await signOut(page);

  // Password, then the code: by keyboard alone. The next step's code: the enrolling one is spent.
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Enter the code from your app');
  await checkScreen(page, 'sign-in code step', 'two-factor-sign-in');
  const code = totp(secret, 1);
  await page.getByLabel('Code from your app').focus();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await expect(heading(page)).not.toHaveText(/Sign in|Enter the code/);
  await expect(page.getByRole('link', { name: /Tam Twofactor/ })).toBeVisible();
  await signOut(page);

  // The same code again: refused, on screen.
  await signInWithPassword(page, person);
  await expect(heading(page)).toHaveText('Enter the code from your app');
  await page.getByLabel('Code from your app').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('used already');
  await expect(page.locator('.ds_error-summary')).toBeFocused();
  await checkScreen(page, 'sign-in code refused', 'two-factor-refused');

  // A recovery code instead.
  await page.getByRole('button', { name: 'I do not have my phone: use a recovery code' }).click();
  await expect(heading(page)).toHaveText('Use a recovery code');
  await expect(page.getByLabel('Recovery code')).toBeFocused();
  await checkScreen(page, 'sign-in recovery code step');
  await page.getByLabel('Recovery code').fill(codes[0]);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('link', { name: /Tam Twofactor/ })).toBeVisible();
  await page.goto('/account');
  await expect(page.getByTestId('recovery-codes-left')).toContainText('9 recovery codes');
});

test('a commissioner who must use two-factor sign-in is taken straight to set it up', async ({ page }) => {
  test.setTimeout(180000);
  const person = await makePerson('mustenrol', 'Morven Mustenrol', 'commissioner');
  // The admin's session predates the setting, so it can still turn it off again.
  expect((await apiAs(admin, 'GET', '/settings')).status).toBe(200);
  try {
    const on = await apiAs(admin, 'PATCH', '/settings', { two_factor_required: true });
    expect(on.status, JSON.stringify(on.json)).toBe(200);
    await page.goto('/tenders');
    await page.getByLabel('Email address').fill(person.email);
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(heading(page)).toHaveText('Set up two-factor sign-in');
    await expect(page.getByTestId('two-factor-forced')).toContainText('Commissioners must use two-factor sign-in');
    expect(new URL(page.url()).pathname).toBe('/account/two-factor');
    // Other pages lead back here; signing out stays in the header.
    await page.goto('/account');
    await expect(heading(page)).toHaveText('Set up two-factor sign-in');
    await expect(page.getByRole('button', { name: /Sign out/ }).first()).toBeAttached();
    await page.goto('/tenders');
    await expect(heading(page)).toHaveText('Set up two-factor sign-in');
    await enrolByKeyboard(page);
    // Then on to the page asked for.
    await expect(heading(page)).not.toHaveText('Set up two-factor sign-in');
    expect(new URL(page.url()).pathname).toBe('/tenders');
    // Required for the role: not offered to turn off.
    await page.goto('/account');
    await expect(page.getByTestId('two-factor-status')).toContainText('On');
    await expect(page.getByText('Your role must use two-factor sign-in')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Turn off two-factor sign-in' })).toHaveCount(0);
  } finally {
    const off = await apiAs(admin, 'PATCH', '/settings', { two_factor_required: false });
    expect(off.status, JSON.stringify(off.json)).toBe(200);
  }
});

test('on Your account, new recovery codes replace the old ones, and two-factor sign-in is turned off', async ({ page }) => {
  test.setTimeout(180000);
  const person = await makePerson('newcodes', 'Nessa Newcodes', 'panellist');
  await signInWithPassword(page, person);
  await expect(heading(page)).not.toHaveText('Sign in');
  await page.goto('/account/two-factor');
  const { secret, step, codes } = await enrol(page);
  await expect(heading(page)).toHaveText('Your account');

  await page.getByRole('button', { name: 'Get new recovery codes' }).click();
  await expect(page.getByLabel('The 6-digit code from your app')).toBeFocused();
  await page.getByRole('button', { name: 'Get new recovery codes' }).click();
  await expect(page.locator('.two-factor-section .ds_error-summary')).toContainText('Enter the 6-digit code');
  await checkScreen(page, 'account asking for a code', 'two-factor-account-code');
  const fresh = await unusedCode(secret, step);
  await page.getByLabel('The 6-digit code from your app').fill(fresh.code);
  await page.getByRole('button', { name: 'Get new recovery codes' }).click();
  await expect(page.getByText('Your old recovery codes no longer work.')).toBeVisible();
  const renewed = await page.locator('.recovery-codes__list li').allTextContents();
  expect(renewed).toHaveLength(10);
  expect(renewed.map((c) => c.trim())).not.toContain(codes[0]);
  await checkScreen(page, 'account with new recovery codes');

  const last = await unusedCode(secret, fresh.step);
  await page.getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
  await page.getByLabel('The 6-digit code from your app').fill(last.code);
  await page.locator('form').getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
  await expect(page.getByTestId('two-factor-done')).toContainText('now off');
  await expect(page.getByTestId('two-factor-status')).toContainText('Off');
});

const login = (body) =>
  fetch(`${scenario.api}/api/v1/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, json: await r.json().catch(() => null) }));

test('an admin resets the two-factor sign-in of someone who lost their phone', async ({ page }) => {
  test.setTimeout(120000);
  const person = await makePerson('lostphone', 'Lachlan Lostphone', 'panellist');
  const started = await apiAs(person, 'POST', '/me/two-factor/enrolment');
  expect(started.status, JSON.stringify(started.json)).toBe(201);
  const on = await apiAs(person, 'POST', '/me/two-factor', { one_time_code: totp(started.json.secret) });
  expect(on.status, JSON.stringify(on.json)).toBe(200);
  const credentials = { email: person.email, password: person.password };
  expect((await login(credentials)).json?.type).toMatch(/two-factor-required$/);

  await signIn(page, admin);
  await page.goto(`/admin/people/${person.id}`);
  await expect(heading(page)).toHaveText('Lachlan Lostphone');
  const twoFactorRow = page.getByTestId('person').locator('.ds_summary-list__item', { hasText: 'Two-factor sign-in' });
  await expect(twoFactorRow).toContainText(/On since \d{1,2} [A-Z][a-z]+ \d{4}/);
  await page.getByRole('button', { name: 'Reset two-factor sign-in' }).click();
  await expect(page.getByLabel('Why are you resetting their two-factor sign-in?')).toBeFocused();
  await page.getByRole('button', { name: 'Reset two-factor sign-in' }).click();
  await expect(page.locator('.reason-step .ds_error-summary')).toContainText('Say why');
  await checkScreen(page, 'resetting two-factor sign-in, with an error', 'two-factor-admin-reset');
  await page.getByLabel('Why are you resetting their two-factor sign-in?').fill('Lost their phone on holiday; phoned me.');
  await page.getByRole('button', { name: 'Reset two-factor sign-in' }).click();
  await expect(page.getByTestId('person-done')).toContainText('two-factor sign-in has been reset');
  // Off now, so nothing to reset; the account's audit trail says who reset it and why.
  await expect(twoFactorRow).toContainText('Off');
  await expect(page.getByRole('button', { name: 'Reset two-factor sign-in' })).toHaveCount(0);
  const trail = page.getByTestId('recent-audit');
  await expect(trail.locator('.audit-entry').first()).toContainText('Ada Admin');
  await expect(trail.locator('.audit-entry').first()).toContainText('reset someone’s two-factor sign-in.');
  await expect(trail.locator('.audit-entry').first()).toContainText('Why: Lost their phone on holiday; phoned me.');
  expect((await login(credentials)).status).toBe(200);
});

test('an admin turns on, then off, the installation setting that requires two-factor sign-in', async ({ page }) => {
  test.setTimeout(120000);
  expect((await apiAs(admin, 'GET', '/settings')).status).toBe(200); // the API session predates the change
  try {
    await signIn(page, admin);
    await page.getByRole('link', { name: 'Installation settings' }).click();
    await expect(heading(page)).toHaveText('Installation settings');
    const no = page.getByRole('radio', { name: 'No, each person chooses' });
    await expect(no).toBeChecked();
    await checkScreen(page, 'installation settings', 'admin-settings');
    await page.getByRole('radio', { name: 'Yes, they must use it' }).check({ force: true });
    await page.getByRole('button', { name: 'Save the two-factor rule' }).click();
    await expect(page.getByTestId('two_factor_required-saved')).toContainText('must now use two-factor sign-in');
    await expect(page.getByTestId('two_factor_required-changed')).toContainText('Last changed by you on');
    expect((await apiAs(admin, 'GET', '/settings')).json.two_factor_required).toBe(true);
    await no.check({ force: true });
    await page.getByRole('button', { name: 'Save the two-factor rule' }).click();
    await expect(page.getByTestId('two_factor_required-saved')).toContainText('may now choose');
    expect((await apiAs(admin, 'GET', '/settings')).json.two_factor_required).toBe(false);
  } finally {
    const off = await apiAs(admin, 'PATCH', '/settings', { two_factor_required: false });
    expect(off.status, JSON.stringify(off.json)).toBe(200);
  }
});

// The Real Living Wage (typed in pounds and pence, sent in pence) and how long invitation links
// work, by keyboard alone: a rate out of range refused by the service at its field, then both saved,
// who changed them said, and the settings' audit trail. Invitation links go back to 7 days after.
test('an admin sets the Real Living Wage and how long invitation links work, by keyboard alone', async ({ page }) => {
  test.setTimeout(120000);
  try {
    await signIn(page, admin);
    await tabTo(page, focusedText('Installation settings'));
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Installation settings');
    await expect(heading(page)).toBeFocused();
    const wage = page.getByLabel('The Real Living Wage an hour');
    await expect(page.getByTestId('real_living_wage_pence-now')).toContainText(/It is not set yet|It is £/);
    await expect(page.locator('#setting-real_living_wage_pence')).toContainText(
      'A Fair Work First requirement that names no rate asks for this rate; changing it does not change requirements already set.');

    // Not a sum of money: said here. Too high: the service refuses it at the field.
    await tabTo(page, focusedId('real_living_wage_pence'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('lots');
    await page.keyboard.press('Enter');
    const wageSummary = page.locator('#setting-real_living_wage_pence .ds_error-summary');
    await expect(wageSummary).toBeFocused();
    await expect(wageSummary).toContainText('Enter the rate in pounds and pence, for example 13.45.');
    await tabTo(page, focusedId('real_living_wage_pence'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('£150.00');
    await page.keyboard.press('Enter');
    await expect(page.locator('#real_living_wage_pence-error')).toContainText('Must be 100 to 10000 pence (£1 to £100 an hour).');
    await expect(wageSummary).toContainText('The Real Living Wage an hour: must be 100 to 10000 pence');
    await expect(wage).toHaveAttribute('aria-invalid', 'true');
    await expect(wageSummary).toBeFocused();
    // The summary's link leads to the field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(wage).toBeFocused();
    await checkScreen(page, 'installation settings, a rate refused', 'admin-settings-wage-error');
    await tabTo(page, focusedId('real_living_wage_pence'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('£13.45');
    await tabTo(page, focusedText('Save the Real Living Wage'));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('real_living_wage_pence-saved')).toContainText('Saved. The Real Living Wage is now £13.45 an hour.');
    await expect(page.getByTestId('real_living_wage_pence-now')).toHaveText('It is £13.45 an hour.');
    await expect(page.getByTestId('real_living_wage_pence-changed')).toContainText('Last changed by you on');
    await expect(wage).toHaveValue('13.45');
    await expect(wage).not.toHaveAttribute('aria-invalid', 'true');
    let saved = (await apiAs(admin, 'GET', '/settings')).json;
    expect(saved.real_living_wage_pence).toBe(1345);
    expect(saved.changes.real_living_wage_pence.changed_by_name).toBe('Ada Admin');

    const days = page.getByLabel('How many days an invitation link works');
    await expect(days).toHaveValue(String(saved.invitation_lifetime_days));
    await tabTo(page, focusedId('invitation_lifetime_days'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('45');
    await page.keyboard.press('Enter');
    await expect(page.locator('#invitation_lifetime_days-error')).toContainText('Must be 1 to 30 days.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(days).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('14');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('invitation_lifetime_days-saved')).toHaveText('Saved. Invitation links sent from now on work for 14 days.');
    await expect(page.getByTestId('invitation_lifetime_days-changed')).toContainText('Last changed by you on');
    saved = (await apiAs(admin, 'GET', '/settings')).json;
    expect(saved.invitation_lifetime_days).toBe(14);
    await checkScreen(page, 'installation settings, both saved', 'admin-settings-saved');

    // After a reload, who changed each is said from the settings alone.
    await page.reload();
    await expect(page.getByTestId('real_living_wage_pence-changed')).toContainText('Last changed by you on');
    await expect(days).toHaveValue('14');

    // The settings' own audit trail, in words.
    await page.goto('/admin/audit?entity_type=setting');
    await expect(heading(page)).toHaveText('Audit trail');
    const entries = page.getByTestId('audit-entries').locator('.audit-entry');
    await expect(entries.nth(0)).toContainText('Ada Admin');
    await expect(entries.nth(0)).toContainText('changed how long invitation links work from 7 days to 14 days.');
    await expect(entries.nth(1)).toContainText(/changed the Real Living Wage from (not set|£[\d.]+ an hour) to £13.45 an hour\./);
  } finally {
    const back = await apiAs(admin, 'PATCH', '/settings', { invitation_lifetime_days: 7 });
    expect(back.status, JSON.stringify(back.json)).toBe(200);
  }
});
