// Managing people: an admin finds a person and deactivates their account with a reason
// (their open page is signed out at its next request; signing in then says the account
// is deactivated), then reactivates it; a commissioner invites a panel member from
// their Panel members page and sees only their own body's panel members.
import { test, expect, signIn, apiAs, heading, checkScreen } from './fixtures.js';
import { admin, address, emailedToken, makeOrganisation, makePerson } from './accounts-support.js';

test('an admin deactivates an account with a reason, and reactivates it', async ({ page, browser }) => {
  test.setTimeout(120000);
  const person = await makePerson('dorothy', 'Dorothy Deactivated', 'panellist');
  const theirs = await browser.newContext();
  const them = await theirs.newPage();
  await signIn(them, person);
  await expect(heading(them)).toHaveText('My panels');

  await signIn(page, admin);
  await page.getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Name or email address').fill('Dorothy Deac');
  await page.getByLabel('Status').selectOption('active');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('people-range')).toHaveText('Showing 1 to 1 of 1 person.');
  await expect(page).toHaveURL(/\?q=Dorothy\+Deac&status=active$/);
  await page.getByRole('link', { name: 'Dorothy Deactivated' }).click();
  await expect(heading(page)).toHaveText('Dorothy Deactivated');
  await expect(page.getByTestId('person')).toContainText('Active');

  await page.getByRole('button', { name: 'Deactivate the account' }).click();
  await expect(page.getByLabel('Why are you deactivating this account?')).toBeFocused();
  await page.getByRole('button', { name: 'Deactivate the account' }).click();
  await expect(page.locator('.reason-step .ds_error-summary')).toContainText('Say why');
  await checkScreen(page, 'deactivating, with an error', 'accounts-deactivate');
  await page.getByLabel('Why are you deactivating this account?').fill('Left the panel in November.');
  await page.getByRole('button', { name: 'Deactivate the account' }).click();
  await expect(page.getByTestId('person-done')).toHaveText('Dorothy Deactivated’s account has been deactivated.');
  const details = page.getByTestId('person');
  await expect(details).toContainText('Deactivated');
  await expect(details).toContainText('Left the panel in November.');
  await checkScreen(page, 'a deactivated person', 'accounts-person-deactivated');

  // Their open page: the next request finds them signed out; signing in says why not.
  await them.getByTestId('notifications-link').click();
  await expect(heading(them)).toHaveText('Sign in');
  await expect(them.getByTestId('signed-out-message')).toBeVisible();
  await them.getByLabel('Email address').fill(person.email);
  await them.getByLabel('Password').fill(person.password);
  await them.getByRole('button', { name: 'Sign in' }).click();
  await expect(them.locator('.ds_error-summary')).toContainText('This account has been deactivated');

  // Coming back to the list keeps the search.
  await page.getByRole('link', { name: 'Back to people' }).click();
  await expect(page.getByLabel('Name or email address')).toHaveValue('Dorothy Deac');
  await page.goBack();

  await page.getByRole('button', { name: 'Reactivate the account' }).click();
  await page.getByLabel('Why are you reactivating this account?').fill('Back on the panel for 2027.');
  await page.getByRole('button', { name: 'Reactivate the account' }).click();
  await expect(page.getByTestId('person-done')).toHaveText('Dorothy Deactivated’s account has been reactivated.');
  await expect(page.getByTestId('person')).toContainText('Active');
  await them.getByRole('button', { name: 'Sign in' }).click();
  await expect(heading(them)).toHaveText('Notifications'); // where they were

  // An admin cannot deactivate themselves: the service's words show.
  const me = (await apiAs(admin, 'GET', '/me')).json;
  await page.goto(`/admin/people/${me.id}`);
  await page.getByRole('button', { name: 'Deactivate the account' }).click();
  await page.getByLabel('Why are you deactivating this account?').fill('Testing.');
  await page.getByRole('button', { name: 'Deactivate the account' }).click();
  await expect(page.locator('.reason-step .ds_error-summary')).toBeVisible();
  expect((await apiAs(admin, 'GET', `/users/${me.id}`)).json.status).toBe('active');
  await theirs.close();
});

test('a commissioner invites a panel member from their Panel members page', async ({ page, browser }) => {
  test.setTimeout(120000);
  const body = await makeOrganisation('Fife Health and Social Care Partnership', 'commissioning_body');
  const commissioner = await makePerson('cora', 'Cora Commissioner', 'commissioner', body.id);
  await makePerson('pat', 'Pat Panellist', 'panellist', body.id);
  const email = address('nina');

  await signIn(page, commissioner);
  await expect(heading(page)).toHaveText('Your tenders');
  await page.getByRole('link', { name: 'Panel members' }).click();
  await expect(heading(page)).toHaveText('Panel members');
  const people = page.getByTestId('people');
  await expect(people).toContainText('Pat Panellist');
  await expect(people).not.toContainText('Cora Commissioner'); // panel members only
  await expect(page.getByTestId('people-range')).toHaveText('Showing 1 to 1 of 1 person.');
  await checkScreen(page, 'panel members', 'accounts-panel-members');

  await page.getByRole('link', { name: 'Invite a panel member' }).click();
  await expect(heading(page)).toHaveText('Invite a panel member');
  await expect(page.getByLabel('What will they do?')).toHaveCount(0); // the role is fixed
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Name', { exact: true }).fill('Nina New');
  await checkScreen(page, 'invite a panel member', 'accounts-invite-panel-member');
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(heading(page)).toHaveText('Nina New');
  await expect(page.getByTestId('person-done')).toHaveText(`Invitation sent to Nina New at ${email}.`);
  await expect(page.getByTestId('person')).toContainText(body.name);
  await expect(page.getByTestId('person')).toContainText('Panel member');
  expect(await emailedToken(email, '/welcome')).toBeTruthy();

  await page.getByRole('link', { name: 'Back to panel members' }).click();
  await expect(people.getByTestId(`person-${email}`)).toContainText('Invited');

  // Pat leaves: deactivated with a reason, from the same pages.
  await page.getByRole('link', { name: 'Pat Panellist' }).click();
  await page.getByRole('button', { name: 'Deactivate the account' }).click();
  await page.getByLabel('Why are you deactivating this account?').fill('Moved away.');
  await page.getByRole('button', { name: 'Deactivate the account' }).click();
  await expect(page.getByTestId('person')).toContainText('Moved away.');
  await page.getByRole('button', { name: 'Reactivate the account' }).click();
  await page.getByLabel('Why are you reactivating this account?').fill('Came back.');
  await page.getByRole('button', { name: 'Reactivate the account' }).click();
  await expect(page.getByTestId('person')).toContainText('Active');
});
