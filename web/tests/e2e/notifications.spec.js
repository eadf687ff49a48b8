// Notifications for every role: the header's unread count, the list in pages of
// 20, opening one marks it read, mark all read; the email settings (keyboard only),
// formal notices always emailed, the services a provider follows and who last
// changed them; the unsubscribe
// page signed out, with an unknown link and with a real one read from the email the
// service wrote. Every screen: axe in normal and easy-read mode, no sideways
// scrolling at 320 px. The API is the second witness.
import { test, expect, scenario, signIn, apiAs, heading, bothModes, checkScreen as check } from './fixtures.js';
import { bodies, newestEmailTo } from '../mail.js';

const checkScreen = (page, label, shot) => check(page, label, `notifications-${shot}`);

const seeded = scenario.notifications;
const { partner, lead, mail, panellist, commissioner } = seeded.users;

// Tabs until the focused element matches, as a keyboard user would.
async function tabTo(page, check, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(check)) return;
  }
  throw new Error(`never reached by Tab: ${check}`);
}
const focusedId = (id) => new Function(`return document.activeElement?.id === ${JSON.stringify(id)}`);
const focusedText = (text) =>
  new Function(`const e = document.activeElement; return e !== document.body && (e?.textContent ?? '').trim().startsWith(${JSON.stringify(text)})`);

const headerLink = (page) => page.getByTestId('notifications-link');
// "3 December 2026", as the page writes a date.
const longDay = (page, iso) =>
  page.evaluate((at) => new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }), iso);
const emailChoice = async (user, kind) =>
  (await apiAs(user, 'GET', '/me/notification-settings')).json.items.find((i) => i.kind === kind);

test('a provider sees the unread count, pages through, opens one and marks all read', async ({ page }) => {
  test.setTimeout(120000);
  const total = seeded.invitationCount;
  const inbox = (await apiAs(partner, 'GET', '/notifications')).json;
  expect([inbox.total, inbox.unread]).toEqual([total, total]);

  await signIn(page, partner);
  await expect(headerLink(page)).toHaveAccessibleName(`Notifications, ${total} unread`);
  await headerLink(page).click();
  await expect(heading(page)).toHaveText('Notifications');
  await expect(heading(page)).toBeFocused();
  await expect(page.getByTestId('notifications-summary')).toHaveText(`You have ${total} notifications you have not read yet.`);
  await expect(page.getByTestId('notifications-range')).toHaveText(`Showing 1 to 20 of ${total}, newest first.`);
  const cards = page.locator('.notification');
  await expect(cards).toHaveCount(20);
  const newest = page.getByTestId(`notification-${inbox.items[0].id}`);
  await expect(newest.getByRole('heading', { level: 2 }).getByRole('link')).toHaveText(
    'Notify Lead Trust invites Notify Partner Group to bid together for "Notify Befriending"');
  await expect(newest.getByRole('link', { name: 'Read the invitation and answer it' })).toHaveAttribute('href', '/invitations');
  await expect(newest.getByText('New', { exact: true })).toBeVisible();
  await expect(newest.getByRole('heading', { level: 2 })).toContainText('not read yet');
  await expect(newest).toContainText('You can see the invitation, the share of the work offered');
  await expect(newest).not.toContainText('http'); // the email's address line is the title's link here
  await checkScreen(page, 'the list', 'list');

  // The next page holds the rest; back again.
  await page.getByRole('button', { name: 'Older notifications' }).click();
  await expect(page.getByTestId('notifications-range')).toHaveText(`Showing 21 to ${total} of ${total}, newest first.`);
  await expect(cards).toHaveCount(total - 20);
  await expect(page.getByRole('button', { name: 'Older notifications' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Newer notifications' }).click();
  await expect(page.getByTestId('notifications-range')).toHaveText(`Showing 1 to 20 of ${total}, newest first.`);

  // Opening one goes to its page and marks it read; the count goes down.
  await newest.getByRole('heading', { level: 2 }).getByRole('link').click();
  await expect(page).toHaveURL(/\/invitations$/);
  await expect(heading(page)).toHaveText('Invitations');
  await expect(headerLink(page)).toHaveAccessibleName(`Notifications, ${total - 1} unread`);
  const after = (await apiAs(partner, 'GET', '/notifications')).json;
  expect(after.unread).toBe(total - 1);
  expect(after.items[0].read_at).not.toBeNull();
  expect(after.items[1].read_at).toBeNull();

  await headerLink(page).click();
  await expect(newest).not.toHaveClass(/notification--unread/);
  await expect(newest.getByText('New', { exact: true })).toHaveCount(0);
  await expect(newest).toContainText('You have read this.');
  await expect(page.getByTestId(`notification-${inbox.items[1].id}`).getByText('New', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(page.getByTestId('notifications-summary')).toHaveText('You have read all your notifications.');
  await expect(page.getByRole('button', { name: 'Mark all as read' })).toHaveCount(0);
  await expect(headerLink(page)).toHaveAccessibleName('Notifications');
  await expect(page.locator('.notification--unread')).toHaveCount(0);
  expect((await apiAs(partner, 'GET', '/notifications?unread=true')).json).toMatchObject({ unread: 0, total, items: [] });
});

test('a provider chooses emails and followed services with the keyboard alone', async ({ page }) => {
  test.setTimeout(120000);
  expect((await emailChoice(lead, 'mentioned')).email).toBe(true);
  await signIn(page, lead);
  await expect(heading(page)).toHaveText('Your work');
  // Told about the early notice for a service it follows (and about the other seeds' tenders of that kind).
  const unread = (await apiAs(lead, 'GET', '/notifications?unread=true&limit=100')).json;
  expect(unread.items.map((n) => n.kind)).toContain('pin_published');
  await expect(headerLink(page)).toHaveAccessibleName(`Notifications, ${unread.unread} unread`);
  await page.goto('/notifications/settings');
  await expect(heading(page)).toHaveText('Notification settings');

  // A formal notice: ticked, cannot be changed, and says why in words.
  const letter = page.getByRole('group', { name: 'Your outcome letter is ready' });
  await expect(letter.getByRole('checkbox', { name: 'Also send me an email' })).toBeChecked();
  await expect(letter.getByRole('checkbox', { name: 'Also send me an email' })).toBeDisabled();
  await expect(letter.getByRole('checkbox')).toHaveAccessibleDescription(
    'Always sent by email: this is a formal notice, so it cannot be switched off.');
  await expect(page.getByRole('heading', { name: 'Formal notices: always sent by email' })).toBeVisible();
  const mentions = page.getByRole('group', { name: 'A partner mentions you in a comment' }).getByRole('checkbox');
  await expect(mentions).toBeChecked();
  await expect(mentions).toBeEnabled();
  await checkScreen(page, 'the settings', 'settings');

  // Keyboard only: untick "mentioned", save.
  await page.locator('#page-heading').focus();
  await tabTo(page, focusedId('email-mentioned'));
  await page.keyboard.press('Space');
  await expect(mentions).not.toBeChecked();
  await tabTo(page, focusedText('Save my email choices'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('settings-saved')).toHaveText('Your email choices are saved.');
  await expect(page.locator('.ds_error-summary')).toHaveCount(0);
  expect((await emailChoice(lead, 'mentioned')).email).toBe(false);
  expect((await emailChoice(lead, 'consortium_invitation')).email).toBe(true); // not changed
  expect((await emailChoice(lead, 'award_proposed')).email).toBe(true);

  // The services the organisation follows: the one seeded, then one typed without its check digit.
  const followed = page.getByTestId('followed-list');
  await expect(followed).toContainText('Social work services without accommodation (85312000-9)');
  await tabTo(page, focusedId('cpv-code'));
  await page.keyboard.type('8532');
  await page.keyboard.press('Enter');
  const summary = page.locator('.ds_error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the code as 8 digits, a dash and 1 more digit, for example 85312000-9.');
  await bothModes(page, 'settings with an error');
  await page.locator('#cpv-code').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('85320000');
  await page.keyboard.press('Enter');
  await expect(followed).toContainText('Social services (85320000-8)');
  await expect(summary).toHaveCount(0);
  const afterAdding = (await apiAs(lead, 'GET', '/me/followed-cpv-codes')).json;
  expect(afterAdding.cpv_codes.sort()).toEqual(['85312000-9', '85320000-8']);
  expect(afterAdding.changed_by).toMatchObject({ id: lead.id, display_name: lead.display_name });
  await expect(page.getByTestId('followed-changed')).toHaveText(
    `Last changed by ${lead.display_name} on ${await longDay(page, afterAdding.changed_at)}`);

  // A wrong check digit: the service refuses it, and the summary says so at the field.
  await page.locator('#cpv-code').focus();
  await page.keyboard.type('85320000-1');
  await page.keyboard.press('Enter');
  await expect(summary).toContainText('Kind of service: is not a CPV code such as 85311000-2.');
  await expect(page.locator('#cpv-code')).toHaveAttribute('aria-invalid', 'true');
  expect((await apiAs(lead, 'GET', '/me/followed-cpv-codes')).json.cpv_codes.sort()).toEqual(['85312000-9', '85320000-8']);

  // Stop following the new one, by keyboard.
  await page.locator('#page-heading').focus();
  await tabTo(page, focusedText('Stop following 85320000-8'));
  await page.keyboard.press('Enter');
  await expect(followed).not.toContainText('85320000-8');
  expect((await apiAs(lead, 'GET', '/me/followed-cpv-codes')).json.cpv_codes).toEqual(['85312000-9']);
});

test('the services followed say who changed them last, once someone has', async ({ page }) => {
  // Nobody at the partner's organisation has chosen any yet: nothing to name.
  const before = (await apiAs(partner, 'GET', '/me/followed-cpv-codes')).json;
  expect(before).toMatchObject({ cpv_codes: [], changed_by: null, changed_at: null });
  await signIn(page, partner);
  await page.goto('/notifications/settings');
  await expect(heading(page)).toHaveText('Notification settings');
  await expect(page.getByTestId('followed-none')).toBeVisible();
  await expect(page.getByTestId('followed-changed')).toHaveCount(0);

  await page.getByLabel('Follow another kind of service').fill('85311300');
  await page.getByRole('button', { name: 'Follow this kind of service' }).click();
  await expect(page.getByTestId('followed-list')).toContainText('85311300-5');
  const after = (await apiAs(partner, 'GET', '/me/followed-cpv-codes')).json;
  expect(after.changed_by).toEqual({ id: partner.id, display_name: partner.display_name });
  const said = `Last changed by ${partner.display_name} on ${await longDay(page, after.changed_at)}`;
  await expect(page.getByTestId('followed-changed')).toHaveText(said);
  await bothModes(page, 'followed services with who changed them');
  await page.reload();
  await expect(page.getByTestId('followed-changed')).toHaveText(said);

  // Put back as it was, so no later tender notifies the partner about it.
  await page.getByRole('button', { name: 'Stop following 85311300-5' }).click();
  await expect(page.getByTestId('followed-none')).toBeVisible();
  await expect(page.getByTestId('followed-changed')).toContainText(`Last changed by ${partner.display_name}`);
  expect((await apiAs(partner, 'GET', '/me/followed-cpv-codes')).json.cpv_codes).toEqual([]);
});

test('the settings page shows the service being out of reach in the error summary', async ({ page }) => {
  await signIn(page, lead);
  await page.goto('/notifications/settings');
  await expect(heading(page)).toHaveText('Notification settings');
  await page.route('**/api/v1/me/notification-settings', (route) =>
    route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue());
  await page.getByRole('group', { name: 'Feedback on your bid is ready' }).getByText('Also send me an email').click();
  await page.getByRole('button', { name: 'Save my email choices' }).click();
  const summary = page.locator('.ds_error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('We cannot reach the service.');
  await expect(page.getByTestId('settings-saved')).toHaveCount(0);
  await bothModes(page, 'settings, service out of reach');
  expect((await emailChoice(lead, 'feedback_released')).email).toBe(true);
  await page.unroute('**/api/v1/me/notification-settings');
  await page.getByRole('button', { name: 'Save my email choices' }).click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  await expect(summary).toHaveCount(0);
  expect((await emailChoice(lead, 'feedback_released')).email).toBe(false);
});

test('an unknown unsubscribe link says so and stops nothing', async ({ page }) => {
  // The page asks the service what the link would stop, and hears it is unknown.
  await page.goto('/unsubscribe?token=00000000-0000-4000-8000-000000000000');
  await expect(heading(page)).toHaveText('This link does not work');
  await expect(page.getByTestId('unsubscribe-unknown')).toContainText('no emails have been stopped');
  await checkScreen(page, 'an unknown unsubscribe link', 'unsubscribe-unknown');
  await page.goto('/unsubscribe?token=not-a-token');
  await expect(heading(page)).toHaveText('This link does not work');
});

test('the unsubscribe link in a real email stops that kind, only when the button is pressed', async ({ page }) => {
  test.setTimeout(90000);
  // The partnership invitation's email: the one with an unsubscribe header (the account's
  // own invitation, from the seed, has none).
  const email = await newestEmailTo(mail.email, (text) => /^List-Unsubscribe:/m.test(text));
  const token = /List-Unsubscribe: <[^>]*\/api\/v1\/unsubscribe\?token=([0-9a-f-]{36})>/.exec(email)?.[1];
  expect(token, 'the email has a one-click unsubscribe header').toBeTruthy();
  // The email's own link opens this client's page, with the same token.
  expect(bodies(email).join('\n')).toContain(`/unsubscribe?token=${token}`);

  // Signed out; opening the page changes nothing (mail scanners follow links).
  await page.goto(`/unsubscribe?token=${token}`);
  await expect(heading(page)).toHaveText('Stop emails like this one');
  await expect(page.getByTestId('unsubscribe-kind')).toContainText('An organisation invites yours into a partnership');
  await checkScreen(page, 'unsubscribe', 'unsubscribe');
  expect((await emailChoice(mail, 'consortium_invitation')).email).toBe(true);

  await page.getByRole('button', { name: 'Stop these emails' }).click();
  await expect(heading(page)).toHaveText('These emails are stopped');
  await expect(page.getByTestId('unsubscribe-done')).toContainText('An organisation invites yours into a partnership');
  expect((await emailChoice(mail, 'consortium_invitation')).email).toBe(false);
  expect((await emailChoice(mail, 'mentioned')).email).toBe(true);
  await checkScreen(page, 'unsubscribed', 'unsubscribed');

  // The settings page needs signing in; then it shows the choice made by the link.
  await page.getByRole('link', { name: 'Choose which notifications come by email' }).click();
  await expect(heading(page)).toHaveText('Sign in');
  await page.getByLabel('Email address').fill(mail.email);
  await page.getByLabel('Password').fill(mail.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(heading(page)).toHaveText('Notification settings');
  await expect(page.getByRole('group', { name: 'An organisation invites yours into a partnership' }).getByRole('checkbox'))
    .not.toBeChecked();
});

test('panellists and commissioners have notifications too', async ({ page }) => {
  test.setTimeout(90000);
  // A panellist told about the panel they are on: the notification opens their panels.
  await signIn(page, panellist);
  await expect(heading(page)).toHaveText('My panels');
  await expect(headerLink(page)).toHaveAccessibleName('Notifications, 1 unread');
  await headerLink(page).click();
  await expect(heading(page)).toHaveText('Notifications');
  await expect(page.locator('.notification')).toHaveCount(1);
  await expect(page.locator('.notification')).toContainText('Notify Befriending panel');
  await checkScreen(page, 'a panellist\'s list', 'panellist');
  await page.locator('.notification').getByRole('heading', { level: 2 }).getByRole('link').click();
  await expect(heading(page)).toHaveText('My panels');
  await expect(headerLink(page)).toHaveAccessibleName('Notifications');
  await page.goto('/notifications/settings');
  await expect(heading(page)).toHaveText('Notification settings');
  await expect(page.getByTestId('followed-services')).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(heading(page)).toHaveText('Sign in');

  // A commissioner with nothing yet: the empty state in plain words.
  await signIn(page, commissioner);
  await expect(heading(page)).toHaveText('Your tenders');
  await expect(headerLink(page)).toHaveAccessibleName('Notifications');
  await headerLink(page).click();
  await expect(page.getByTestId('notifications-summary')).toHaveText('You have no notifications yet.');
  await expect(page.getByRole('button', { name: 'Mark all as read' })).toHaveCount(0);
  await checkScreen(page, 'an empty list', 'empty');
  await page.getByRole('link', { name: 'Choose which notifications also come by email' }).click();
  await expect(heading(page)).toHaveText('Notification settings');
  await expect(page.getByTestId('followed-services')).toHaveCount(0);
});
