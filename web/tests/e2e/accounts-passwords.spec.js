// Passwords and sessions: a forgotten password reset from the emailed link (the old
// password then fails, the used link is dead); on Your account, a password changed and
// another browser's session listed by its device and signed out from here.
import { test, expect, scenario, heading, checkScreen, signIn } from './fixtures.js';
import { address, emailedToken, makePerson, password } from './accounts-support.js';

const login = (email, pass) =>
  fetch(`${scenario.api}/api/v1/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: pass }),
  }).then((r) => r.status);

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1';

test('a forgotten password is reset from the emailed link, and the person is signed in', async ({ page }) => {
  test.setTimeout(120000);
  const person = await makePerson('forgetful', 'Fergus Forgetful', 'panellist');
  await page.goto('/');
  await page.getByRole('link', { name: 'Forgotten your password?' }).click();
  await expect(heading(page)).toHaveText('Forgotten your password?');
  await expect(heading(page)).toBeFocused();

  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('Enter your email address');
  await page.getByLabel('Your email address').fill('not an address');
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.locator('#email-error')).toBeVisible();
  await checkScreen(page, 'forgot password with an error', 'accounts-forgot-error');

  await page.getByLabel('Your email address').fill(person.email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(heading(page)).toHaveText('Check your email');
  await expect(page.getByTestId('reset-sent')).not.toBeEmpty();
  await checkScreen(page, 'reset link sent', 'accounts-forgot-sent');
  // The same words for an address nobody has: nobody can test addresses here.
  const words = await page.getByTestId('reset-sent').textContent();
  await page.goto('/forgot-password');
  await page.getByLabel('Your email address').fill(address('nobody'));
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByTestId('reset-sent')).toHaveText(words);

  const token = await emailedToken(person.email, '/reset-password');
  await page.goto(`/reset-password#${token}`);
  await expect(heading(page)).toHaveText('Choose a new password');
  await expect(page.getByTestId('reset-for')).toContainText(person.email);
  await page.getByRole('button', { name: 'Save my new password and sign in' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('Enter a password');
  await checkScreen(page, 'reset password with an error', 'accounts-reset');
  const fresh = 'tea and scones at the botanic gardens';
  await page.getByLabel('New password').fill(fresh);
  await page.getByRole('button', { name: 'Save my new password and sign in' }).click();
  await expect(heading(page)).toHaveText('My panels');
  await expect(page.getByRole('link', { name: 'Fergus Forgetful' })).toBeVisible();

  expect(await login(person.email, password)).toBe(401);
  expect(await login(person.email, fresh)).toBe(200);

  // The link again: dead at once (checked on opening), with a way to ask for a new one.
  await page.goto('about:blank');
  await page.goto(`/reset-password#${token}`);
  await expect(page.getByLabel('New password')).toHaveCount(0);
  await expect(heading(page)).toHaveText('This link has expired or has been used');
  await checkScreen(page, 'a used reset link', 'accounts-reset-used');
  await page.getByRole('link', { name: 'Ask for a new link to reset your password' }).click();
  await expect(heading(page)).toHaveText('Forgotten your password?');
});

test('on Your account a person changes their password and signs out another device', async ({ page, browser }) => {
  test.setTimeout(120000);
  const person = await makePerson('careful', 'Catriona Careful', 'panellist');
  const phone = await browser.newContext({ userAgent: IPHONE });
  const other = await phone.newPage();
  await signIn(other, person);
  await expect(heading(other)).toHaveText('My panels');

  await signIn(page, person);
  await page.goto('/account');
  await expect(heading(page)).toHaveText('Your account');
  const sessions = page.getByTestId('sessions');
  await expect(sessions.locator('li')).toHaveCount(2);
  const here = sessions.locator('li.session-card--current');
  await expect(here).toContainText('This device');
  await expect(here).toContainText('Chrome on Linux');
  const iphone = sessions.locator('li', { hasText: 'Safari on iPhone' });
  await expect(iphone).toContainText(/Last used (just now|1 minute ago)/);
  await expect(iphone).toContainText('127.0.0.1');
  await expect(page.getByTestId('sessions-count')).toHaveText('You are signed in here and in 1 other place.');
  await checkScreen(page, 'your account', 'accounts-account');

  // The phone's own "Sign out": its next request finds it signed out.
  await iphone.getByRole('button', { name: /^Sign out of Safari on iPhone/ }).click();
  await expect(sessions.locator('li')).toHaveCount(1);
  await expect(page.getByTestId('sessions-count')).toHaveText('You are signed in on this device only.');
  await other.getByTestId('notifications-link').click();
  await expect(heading(other)).toHaveText('Sign in');
  await expect(other.getByTestId('signed-out-message')).toBeVisible();

  // The password: a wrong current one is named at its field; then changed.
  await page.getByLabel('Your current password').fill('not my password at all');
  await page.getByLabel('Your new password').fill('the pentland hills in the rain');
  await page.getByRole('button', { name: 'Change my password' }).click();
  await expect(page.locator('#current_password-error')).toBeVisible();
  await expect(page.locator('.change-password .ds_error-summary a[href="#current_password"]')).toBeVisible();
  await checkScreen(page, 'your account with an error', 'accounts-account-error');
  await page.getByLabel('Your current password').fill(password);
  await page.getByRole('button', { name: 'Change my password' }).click();
  await expect(page.getByTestId('password-changed')).toBeVisible();
  await expect(page.getByTestId('announcer')).toContainText('Your password has been changed');
  expect(await login(person.email, 'the pentland hills in the rain')).toBe(200);
  expect(await login(person.email, password)).toBe(401);
  // This device stays signed in.
  await page.reload();
  await expect(heading(page)).toHaveText('Your account');

  // Signed in on the phone again, then "Sign out of all other devices".
  await signIn(other, { ...person, password: 'the pentland hills in the rain' });
  await page.reload();
  await expect(sessions.locator('li')).toHaveCount(3); // the API sign-in above counts as one
  await page.getByRole('button', { name: 'Sign out of all other devices' }).click();
  await expect(sessions.locator('li')).toHaveCount(1);
  await other.reload();
  await expect(heading(other)).toHaveText('Sign in');
  await phone.close();
});
