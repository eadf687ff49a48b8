// The admin's Emails page (/admin/outbox): counts by state, the emails that could not be
// sent (newest first, who to, what about, when, how many tries, why in words and the mail
// server's own text), and "Try sending again", whose answer is said in place and read out.
//
// The test service writes emails into a folder (--mail-dir), which never refuses one, so an
// email that failed is made the only way there is: two notifications put into the outbox in
// the database (web/test passes DATABASE_URL) as the mail dispatcher leaves them after a
// refusal (SMTP 550, tried once) and after giving up on an unreachable server (8 tries).
// Sent again, the folder takes the email: it arrives in MAIL_DIR and leaves the list.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, signIn, apiAs, heading, checkScreen } from './fixtures.js';
import { admin, focusedText, makePerson, tabTo } from './accounts-support.js';

// A failed email to `person` about a panel, written `minutesAgo`; its id.
function failedEmail(person, minutesAgo, attempts, error) {
  const sql = `INSERT INTO notification (recipient_user_id, kind, subject, link, created_at, email_state,
      email_attempts, email_last_error)
    VALUES ('${person.id}', 'panel_membership', '{"tender": "Outbox test", "panel": "Lot 1"}', '/panels',
      now() - interval '${minutesAgo} minutes', 'failed', ${attempts}, $$${error}$$) RETURNING id`;
  return execFileSync('psql', [process.env.DATABASE_URL, '-qtAc', sql], { encoding: 'utf8' }).trim();
}

// Whether the mail folder holds an email to `to`.
function emailedTo(to) {
  const folder = process.env.MAIL_DIR;
  return readdirSync(folder)
    .filter((n) => n.endsWith('.eml'))
    .some((n) => new RegExp(`^To:.*${to.replace(/[.]/g, '\\.')}`, 'mi').test(readFileSync(`${folder}/${n}`, 'utf8')));
}

const announcer = (page) => page.getByTestId('announcer');
// The focus is on something in the card `testId` whose words start with `start`.
const focusedIn = (testId, start) => new Function(`const e = document.activeElement;
  return Boolean(e?.closest('[data-testid="${testId}"]')) && (e.textContent ?? '').trim().startsWith(${JSON.stringify(start)})`);
const failedCount = (page) => page.getByTestId('email-counts').locator('.ds_summary-list__item', { hasText: 'Could not be sent' });

test('an admin sees the emails that could not be sent, and sends one again, by keyboard alone', async ({ page }) => {
  test.setTimeout(120000);
  expect(process.env.DATABASE_URL, 'web/test passes DATABASE_URL').toBeTruthy();
  await signIn(page, admin);
  await expect(heading(page)).toHaveText('Welcome, Ada Admin');

  // From the home page by keyboard. Nothing has failed in this run yet: the list says so.
  await tabTo(page, focusedText('Emails'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Emails');
  await expect(heading(page)).toBeFocused();
  await expect(page.getByTestId('email-counts')).toContainText('Waiting to be sent');
  await expect(failedCount(page)).toHaveText(/^Could not be sent\s*0$/);
  await expect(page.getByTestId('failed-none')).toHaveText('None. Every email has been sent or is waiting its turn.');
  await checkScreen(page, 'emails, none failed', 'admin-outbox-none');

  const refused = await makePerson('olive', 'Olive Outbox', 'panellist');
  const unreached = await makePerson('owen', 'Owen Outbox', 'panellist');
  const older = failedEmail(refused, 120, 1,
    `RCPT failed: 550 5.1.1 <${refused.email}>: Recipient address rejected: User unknown (server replied 550)`);
  const newer = failedEmail(unreached, 5, 8, 'Failed to connect to mail.example.org port 587 after 10000 ms: Could not connect to server');

  // "Show the latest": newest first, each with its reason in words.
  await tabTo(page, focusedText('Show the latest'));
  await page.keyboard.press('Enter');
  await expect(announcer(page)).toHaveText('The list is up to date. 2 emails could not be sent.');
  await expect(page.getByTestId('failed-range')).toContainText('2 emails could not be sent. Newest first.');
  await expect(failedCount(page)).toHaveText(/^Could not be sent\s*2$/);
  const cards = page.getByTestId('failed-emails').locator('> li');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0).getByRole('heading', { level: 3 })).toHaveText(`To ${unreached.email}`);
  await expect(cards.nth(1).getByRole('heading', { level: 3 })).toHaveText(`To ${refused.email}`);
  const first = page.getByTestId(`failed-${newer}`);
  await expect(first).toContainText('A request to be on an evaluation panel');
  await expect(first).toContainText('Tried 8 times');
  await expect(first).toContainText('The service could not reach our mail server.');
  const second = page.getByTestId(`failed-${older}`);
  await expect(second).toContainText('Tried once');
  await expect(second).toContainText('The email address may be wrong, or the mailbox may no longer exist.');
  await expect(second.getByText('User unknown')).toBeHidden(); // the server's words, folded away

  // The mail server's own words, opened by keyboard.
  await tabTo(page, focusedIn(`failed-${older}`, 'What the mail server said'));
  await page.keyboard.press('Enter');
  await expect(second.getByText('User unknown')).toBeVisible();
  await checkScreen(page, 'emails, two failed', 'admin-outbox-failed');

  // Try sending the refused one again: the answer is said in its place, and read out.
  await tabTo(page, focusedIn(`failed-${older}`, 'Try sending again'));
  await page.keyboard.press('Enter');
  const done = second.getByTestId('retry-done');
  await expect(done).toContainText('Sending it again now.');
  await expect(done).toBeFocused();
  await expect(announcer(page)).toHaveText(`The email to ${refused.email} is being sent again.`);
  await checkScreen(page, 'emails, one sent again');
  await expect.poll(() => emailedTo(refused.email), { timeout: 30000 }).toBe(true);

  // Someone else sends the other one again meanwhile: this page's button then says why not.
  expect((await apiAs(admin, 'POST', `/admin/outbox/${newer}/retry`)).status).toBe(204);
  await tabTo(page, focusedIn(`failed-${newer}`, 'Try sending again'), 80, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const problem = first.getByTestId('retry-problem');
  await expect(problem).toContainText('it may have been sent again already');
  await expect(problem).toBeFocused();
  await checkScreen(page, 'emails, a retry refused');

  // Both sent: the list is empty again.
  await expect.poll(() => emailedTo(unreached.email), { timeout: 30000 }).toBe(true);
  await expect.poll(async () => (await apiAs(admin, 'GET', '/admin/outbox')).json.counts.failed, { timeout: 30000 }).toBe(0);
  await tabTo(page, focusedText('Show the latest'), 80, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('failed-none')).toBeVisible();
  await expect(announcer(page)).toHaveText('The list is up to date. No emails have failed.');
});
