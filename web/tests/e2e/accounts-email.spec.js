// Changing one's email address: asked on Your account (new address and current password),
// confirmed from the link emailed to the new address (/confirm-email), after which the new
// address signs in and the old one does not; the used link is dead.
import { test, expect, scenario, heading, checkScreen } from './fixtures.js';
import { address, emailedToken, makePerson } from './accounts-support.js';

const login = (email, pass) =>
  fetch(`${scenario.api}/api/v1/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: pass }),
  }).then((r) => r.status);

test('a person changes their email address and confirms it from the emailed link', async ({ page }) => {
  test.setTimeout(120000);
  const person = await makePerson('moving', 'Mhairi Moving', 'panellist');
  const fresh = address('moved');
  await page.goto('/');
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(heading(page)).not.toHaveText('Sign in');
  await page.goto('/account');
  const form = page.locator('.change-email');

  await form.getByRole('button', { name: 'Send me a link to confirm' }).click();
  await expect(form.locator('.ds_error-summary')).toContainText('Enter your new email address');
  await expect(form.locator('.ds_error-summary')).toContainText('Enter your current password');
  await form.getByLabel('Your new email address').fill(person.email);
  await form.getByLabel('Your password, to check it is you').fill(person.password);
  await form.getByRole('button', { name: 'Send me a link to confirm' }).click();
  await expect(form.locator('#new_email-error')).toBeVisible();
  await form.getByLabel('Your new email address').fill(fresh);
  await form.getByLabel('Your password, to check it is you').fill('not my password at all');
  await form.getByRole('button', { name: 'Send me a link to confirm' }).click();
  await expect(form.locator('#email_current_password-error')).toBeVisible();
  await form.locator('.ds_error-summary a').first().click();
  await expect(form.getByLabel('Your password, to check it is you')).toBeFocused();
  await checkScreen(page, 'change email with an error', 'accounts-email-error');

  await form.getByLabel('Your password, to check it is you').fill(person.password);
  await form.getByRole('button', { name: 'Send me a link to confirm' }).click();
  await expect(page.getByTestId('email-change-sent')).not.toBeEmpty();
  // Nothing changes until the link is opened.
  expect(await login(person.email, person.password)).toBe(200);

  const token = await emailedToken(fresh, '/confirm-email');
  await page.goto(`/confirm-email#${token}`);
  await expect(heading(page)).toHaveText('Your email address has changed');
  await expect(page.getByTestId('email-changed')).toContainText(fresh);
  await checkScreen(page, 'email changed', 'accounts-email-changed');
  await page.getByRole('link', { name: 'Go to your account' }).click();
  await expect(page.getByTestId('account')).toContainText(fresh);

  expect(await login(fresh, person.password)).toBe(200);
  expect(await login(person.email, person.password)).toBe(401);

  // The link again, signed out: dead.
  await page.getByRole('button', { name: 'Sign out on this device' }).click();
  await page.goto('about:blank');
  await page.goto(`/confirm-email#${token}`);
  await expect(heading(page)).toHaveText('This link has expired or has been used');
  await checkScreen(page, 'email link dead');
});
