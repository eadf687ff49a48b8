// An invitation, end to end: the admin invites a care provider's member of staff in the
// browser (keyboard only), the service emails a /welcome link, the person chooses a
// password on it (keyboard only) and lands signed in on their home; the same link again
// says it has been used. Every page: axe in both modes, nothing sideways at 320 px.
import { test, expect, signIn, apiAs, heading, checkScreen } from './fixtures.js';
import { admin, address, emailedToken, tabTo, focusedId, focusedText } from './accounts-support.js';

test('an admin invites a provider’s member of staff, who chooses a password and is signed in', async ({ page, browser }) => {
  test.setTimeout(180000);
  const email = address('morag');
  await signIn(page, admin);
  await expect(heading(page)).toHaveText('Welcome, Ada Admin');
  await expect(page).toHaveURL(/\/admin$/);
  await checkScreen(page, 'admin home', 'accounts-admin-home');

  // Keyboard only from here: People, Invite someone, the form.
  await tabTo(page, focusedText('People'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('People');
  await expect(heading(page)).toBeFocused();
  await expect(page.getByTestId('people')).toContainText('Ada Admin');
  await checkScreen(page, 'people', 'accounts-people');
  await tabTo(page, focusedText('Invite someone'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Invite someone');

  // Sent empty: the error summary names each field, and its links lead to them.
  await tabTo(page, focusedText('Send the invitation'));
  await page.keyboard.press('Enter');
  const summary = page.locator('.ds_error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter their email address');
  await expect(summary).toContainText('Choose what they will do');
  await checkScreen(page, 'invite with errors', 'accounts-invite-errors');
  await tabTo(page, focusedText('Enter their email address'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#email')).toBeFocused();

  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expect(page.locator('#display_name')).toBeFocused();
  await page.keyboard.type('Morag Bell');
  await page.keyboard.press('Tab');
  await expect(page.locator('#role')).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('#role')).toHaveValue('provider');
  await tabTo(page, focusedId('organisation-search'));
  await page.keyboard.type('Pilton');
  await page.keyboard.press('Enter'); // searches; does not send the form
  const results = page.getByTestId('organisation-results');
  await expect(results).toContainText('Pilton Community Health Project');
  await tabTo(page, () => document.activeElement?.type === 'radio');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /Pilton Community Health Project/ })).toBeChecked();
  await expect(page.getByTestId('organisation-chosen')).toContainText('Pilton Community Health Project');
  await tabTo(page, focusedId('authorised_signatory'));
  await page.keyboard.press('Space');
  await expect(page.locator('#authorised_signatory')).toBeChecked();
  await checkScreen(page, 'invite, filled in', 'accounts-invite');
  await tabTo(page, focusedText('Send the invitation'));
  await page.keyboard.press('Enter');

  await expect(heading(page)).toHaveText('Morag Bell');
  await expect(page.getByTestId('person-done')).toHaveText(`Invitation sent to Morag Bell at ${email}.`);
  const details = page.getByTestId('person');
  await expect(details).toContainText('Pilton Community Health Project');
  await expect(details).toContainText('Care provider staff');
  await expect(details).toContainText('Invited');
  await checkScreen(page, 'an invited person', 'accounts-person-invited');
  const id = page.url().split('/').pop();
  expect((await apiAs(admin, 'GET', `/users/${id}`)).json).toMatchObject({ email, status: 'invited', authorised_signatory: true });

  // The same address again: the service says it is taken, at the email field.
  await page.goto('/admin/people/invite');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Name', { exact: true }).fill('Morag Again');
  await page.getByLabel('What will they do?').selectOption('panellist');
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(page.locator('#email-error')).toBeVisible();
  await expect(page.locator('.ds_error-summary a[href="#email"]')).toBeVisible();

  // The person, in a browser of their own, opens the emailed link.
  const token = await emailedToken(email, '/welcome');
  const context = await browser.newContext();
  const morag = await context.newPage();
  await morag.goto(`/welcome#${token}`);
  await expect(heading(morag)).toHaveText('Welcome, Morag Bell');
  await expect(morag.getByTestId('welcome-who')).toHaveText(
    'Pilton Community Health Project has an account for you as a member of staff.');
  await checkScreen(morag, 'welcome', 'accounts-welcome');

  // Too short first; then a good one, keyboard only, checked with "Show password".
  await tabTo(morag, focusedId('password'));
  await morag.keyboard.type('short');
  await tabTo(morag, focusedText('Save my password'));
  await morag.keyboard.press('Enter');
  await expect(morag.locator('.ds_error-summary')).toContainText('at least 10 characters');
  await checkScreen(morag, 'welcome with an error', 'accounts-welcome-error');
  await tabTo(morag, focusedId('password'));
  await morag.keyboard.press('Control+A');
  await morag.keyboard.type('a walk along the shore at granton');
  await morag.keyboard.press('Tab');
  await expect(morag.locator('#password-show')).toBeFocused();
  await morag.keyboard.press('Space');
  await expect(morag.locator('#password')).toHaveAttribute('type', 'text');
  await morag.keyboard.press('Tab');
  await expect(morag.locator('button[type="submit"]')).toBeFocused();
  await morag.keyboard.press('Enter');

  await expect(heading(morag)).toHaveText('Your work');
  await expect(morag).toHaveURL(/\/work$/);
  await expect(heading(morag)).toBeFocused();
  expect((await apiAs(admin, 'GET', `/users/${id}`)).json.status).toBe('active');

  // The same link again: used.
  await morag.goto(`/welcome#${token}`);
  await expect(heading(morag)).toHaveText('This link has expired or has been used');
  await expect(morag.getByTestId('dead-link')).toContainText('ask the person who invited you');
  await checkScreen(morag, 'a used invitation', 'accounts-welcome-used');
  await morag.goto('/welcome');
  await expect(heading(morag)).toHaveText('This link has expired or has been used');
  await context.close();
});

test('an invitation sent again replaces the old link; a withdrawn one is dead', async ({ page, browser }) => {
  const email = address('rory');
  await signIn(page, admin);
  await page.goto('/admin/people/invite');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Name', { exact: true }).fill('Rory Resend');
  await page.getByLabel('What will they do?').selectOption('panellist');
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(heading(page)).toHaveText('Rory Resend');
  const first = await emailedToken(email, '/welcome');

  await page.getByRole('button', { name: 'Send the invitation again' }).click();
  await expect(page.getByTestId('person-done')).toContainText('The old link no longer works');
  const second = await emailedToken(email, '/welcome', first);
  expect(second).not.toBe(first);

  const context = await browser.newContext();
  const rory = await context.newPage();
  await rory.goto(`/welcome#${first}`);
  await expect(heading(rory)).toHaveText('This link has expired or has been used');
  await rory.goto('about:blank'); // a new link is a new page, not the same page with another #
  await rory.goto(`/welcome#${second}`);
  await expect(heading(rory)).toHaveText('Welcome, Rory Resend');

  await page.getByRole('button', { name: 'Withdraw the invitation' }).click();
  await page.getByRole('button', { name: 'Yes, withdraw the invitation' }).click();
  await expect(page.getByTestId('person-done')).toHaveText('The invitation has been withdrawn.');
  await expect(page.getByTestId('person')).toContainText('Deactivated');
  await rory.reload();
  await expect(heading(rory)).toHaveText('This link has expired or has been used');
  await context.close();
});
