// The admin's audit trail (/admin/audit, GET /audit/accounts): what happened to accounts,
// organisations, registrations and settings in plain words ("Ada Admin (…) deactivated an
// account"), newest first, filtered by kind and paged, by keyboard alone; and the few latest
// entries about one organisation and one person on their own pages, each leading to all of them.
// Other specs write to the same trail at the same time, so the whole list is read by the
// entries this spec made, and the one-thing lists (only this spec's) by position.
import { test, expect, apiAs, heading, checkScreen, signIn } from './fixtures.js';
import { admin, focusedId, focusedText, makeOrganisation, makePerson, tabTo } from './accounts-support.js';

test('an admin reads the audit trail in words, by kind and page, and that of one organisation and one person', async ({ page }) => {
  test.setTimeout(150000);
  const care = await makeOrganisation('Audit Trail Care', 'provider');
  const person = await makePerson('audrey', 'Audrey Audit', 'provider', care.id);
  const changed = await apiAs(admin, 'PATCH', `/organisations/${care.id}`, { postal_address: '1 Leith Walk\nEdinburgh' });
  expect(changed.status, JSON.stringify(changed.json)).toBe(200);
  const gone = await apiAs(admin, 'POST', `/users/${person.id}/deactivation`, { reason: 'Left the organisation in May.' });
  expect(gone.status, JSON.stringify(gone.json)).toBe(200);
  const me = (await apiAs(admin, 'GET', '/me')).json;
  const byAdmin = `Ada Admin (${me.organisation.name})`;

  // From the home page by keyboard.
  await signIn(page, admin);
  await tabTo(page, focusedText('Audit trail'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Audit trail');
  await expect(heading(page)).toBeFocused();
  const entries = page.getByTestId('audit-entries').locator('.audit-entry');
  await expect(entries.first()).toBeVisible();
  await expect(page.getByTestId('audit-range')).toContainText(/Showing 1 to 20 of \d+ entries\./);
  await checkScreen(page, 'audit trail', 'admin-audit');

  // People only: the deactivation, with who, why and a way to the account.
  await tabTo(page, focusedId('kind'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Show')).toHaveValue('user');
  await tabTo(page, focusedText('Show these entries'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('announcer')).toHaveText(/^\d+ entries found\.$/);
  const deactivation = entries.filter({ hasText: 'Left the organisation in May.' });
  await expect(deactivation).toHaveCount(1);
  await expect(deactivation.locator('.audit-entry__what')).toHaveText(`${byAdmin} deactivated an account.`);
  await expect(deactivation).toContainText('Why: Left the organisation in May.');
  await expect(entries.filter({ hasText: 'changed an organisation’s details' })).toHaveCount(0);
  expect(page.url()).toMatch(/\/admin\/audit\?entity_type=user$/);

  // Older and newer pages.
  await tabTo(page, focusedText('Older entries'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('audit-range')).toContainText('Showing 21 to');
  await expect(page.getByTestId('audit-range')).toBeFocused();
  await tabTo(page, focusedText('Newer entries'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('audit-range')).toContainText('Showing 1 to 20');

  // The person's page: two-factor sign-in is off, and their own trail, newest first.
  await expect(deactivation).toHaveCount(1);
  await deactivation.getByRole('link', { name: 'Open the account' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Audrey Audit');
  await expect(page.getByTestId('person').locator('.ds_summary-list__item', { hasText: 'Two-factor sign-in' })).toContainText('Off');
  const recent = page.getByTestId('recent-audit');
  await expect(recent.getByRole('heading', { level: 2 })).toHaveText('What has happened to this account');
  await expect(recent.locator('.audit-entry__what')).toHaveText([
    `${byAdmin} deactivated an account.`,
    `Audrey Audit (${care.name}) accepted their invitation and chose a password.`,
    `${byAdmin} invited someone.`,
  ]);
  await checkScreen(page, 'a person with their audit trail', 'admin-person-audit');
  await tabTo(page, focusedText('The audit trail of this account'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Audit trail');
  await expect(page.getByTestId('audit-one')).toContainText('Showing only what happened to one person’s account.');
  await expect(page.getByTestId('audit-range')).toHaveText('3 entries.');
  await expect(entries.getByRole('link', { name: 'Open the account' })).toHaveCount(0);
  await tabTo(page, focusedText('Show everything'));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Show')).toHaveValue('');
  await expect(page.getByTestId('audit-range')).toContainText('Showing 1 to 20 of');

  // The organisation's page: its own trail.
  await page.goto(`/admin/organisations/${care.id}`);
  await expect(heading(page)).toHaveText(care.name);
  await expect(recent.getByRole('heading', { level: 2 })).toHaveText('What has happened to this organisation');
  await expect(recent.locator('.audit-entry__what')).toHaveText([
    `${byAdmin} changed an organisation’s details.`,
    `${byAdmin} added an organisation.`,
  ]);
  await recent.getByRole('link', { name: 'The audit trail of this organisation' }).click();
  await expect(page.getByTestId('audit-one')).toContainText('one organisation');
  await expect(page.getByTestId('audit-range')).toHaveText('2 entries.');
});
