// Inside a section: comment threads with a reply, a mention, resolve and reopen;
// a minimum requirement answered as a form; a partner's save meanwhile shown as a
// plain choice; and nothing lost while the connection is down.
import { test, expect, signIn, apiAs, heading } from './fixtures.js';
import { ws, bidUrl, sectionUrl, checkScreen, apiWith } from './workspace-helpers.js';

// These four files write the same seeded bid (`shared`) and check its exact words and
// versions: the lock keeps them from running at the same time as each other.
test.describe.configure({ lock: 'workspace-shared-bid' });

test('the provider home lists the partnership’s bids and opens the workspace, with a way back to where it came from', async ({ page }) => {
  await signIn(page, ws.users.partner);
  await expect(heading(page)).toHaveText('Your work');
  await expect(page.getByRole('link', { name: 'Open the bid for Lot 2: Connections for young people' })).toBeVisible();
  await page.getByRole('link', { name: 'Open the bid for Lot 1: Connections North' }).click();
  await expect(page).toHaveURL(bidUrl('journey'));
  // Opened from "Your work": the way back leads there, also after a section and back.
  await expect(page.getByTestId('back-link')).toHaveText('Back to your work');
  await page.getByTestId('section-response-1').getByRole('link', { name: 'Working together' }).click();
  await expect(heading(page)).toHaveText('Working together');
  await page.getByRole('link', { name: 'Back to the bid' }).click();
  await expect(page.getByTestId('back-link')).toHaveText('Back to your work');
  await page.getByTestId('back-link').click();
  await expect(heading(page)).toHaveText('Your work');
  // Opened from the partnership's page: the way back leads to the partnership.
  await page.goto(`/consortia/${ws.consortium}`);
  await page.getByRole('link', { name: 'Open the bid for Lot 1: Connections North' }).click();
  await expect(page.getByTestId('back-link')).toHaveText('Back to Granton and Muirhouse Together');
  // The answer library, from the bid, leads back to the bid.
  await page.getByRole('link', { name: 'Your organisation’s answer library' }).click();
  await expect(heading(page)).toHaveText('Answer library');
  await page.getByTestId('back-link').click();
  await expect(page).toHaveURL(bidUrl('journey'));
  await page.getByTestId('back-link').click();
  await expect(page).toHaveURL(`/consortia/${ws.consortium}`);
  await expect(heading(page)).toHaveText('Granton and Muirhouse Together');
});

test('a deadline close by is said in hours and minutes, the same way on every page', async ({ page }) => {
  const deadline = Date.parse((await apiAs(ws.users.lead, 'GET', `/tenders/${ws.tender.id}`)).json.timetable.stage1_deadline);
  await signIn(page, ws.users.lead);
  // The browser's clock 24 minutes, then 3 hours 10 minutes, before the deadline.
  await page.clock.setFixedTime(new Date(deadline - 24 * 60000));
  await page.goto(bidUrl('shared'));
  await expect(page.locator('.ds_leader').filter({ hasText: 'must be submitted by' })).toContainText('(24 minutes left)');
  await page.goto(`${bidUrl('shared')}/submit`);
  await expect(page.locator('.ds_leader').filter({ hasText: 'The deadline is' })).toContainText('(24 minutes left)');
  await page.goto(`/opportunities/${ws.tender.id}`);
  await expect(page.getByTestId('timetable')).toContainText('(24 minutes left)');
  await page.clock.setFixedTime(new Date(deadline - (3 * 60 + 10) * 60000 - 30000));
  await page.goto(`/consortia/${ws.consortium}`);
  await expect(page.getByTestId(`bid-${ws.bids.shared}`)).toContainText('(3 hours 10 minutes left)');
  await page.goto('/opportunities');
  await expect(page.getByTestId(`tender-${ws.tender.id}`)).toContainText('(3 hours 10 minutes left)');
  await page.clock.setFixedTime(new Date(deadline - (26 * 60) * 60000));
  await page.goto(bidUrl('shared'));
  await expect(page.locator('.ds_leader').filter({ hasText: 'must be submitted by' })).toContainText('(1 day 2 hours left)');
});

test('comments: a thread with a mention and a reply, resolved and reopened', async ({ page }) => {
  const lead = ws.users.lead;
  const comments = async () => (await apiAs(lead, 'GET', `/bids/${ws.bids.shared}/sections/response-0/comments`)).json.items;
  const already = (await comments()).length;
  // Pat has saved this section at least once, so its history names Pat.
  const history = (await apiAs(lead, 'GET', `/bids/${ws.bids.shared}/sections/response-0/history`)).json.items;
  if (!history.some((h) => h.saved_by === ws.users.partner.id))
    expect((await apiWith(ws.users.partner, 'PUT', `/bids/${ws.bids.shared}/sections/response-0/content`,
      { content: 'Muirhouse knows the youth groups.' }, { 'If-Match': `"${history[0]?.version ?? 0}"` })).status).toBe(200);
  await signIn(page, lead);
  await page.goto(sectionUrl('shared', 'response-0'));
  await expect(heading(page)).toHaveText('Knowing the community');
  await page.getByLabel('Add a comment').fill('Can we name the Pennywell youth club?');
  const mention = page.getByTestId('comments').locator('form').last().getByRole('checkbox', { name: 'Pat Partner' });
  await page.getByTestId('comments').locator('form').last().locator('label', { hasText: 'Pat Partner' }).click();
  await expect(mention).toBeChecked();
  await page.getByRole('button', { name: 'Add comment' }).click();
  const thread = page.getByTestId('comment-thread').filter({ hasText: 'Can we name the Pennywell youth club?' });
  await expect(thread).toContainText('Told: Pat Partner');
  let stored = await comments();
  expect(stored).toHaveLength(already + 1);
  const asked = stored.find((c) => c.body === 'Can we name the Pennywell youth club?');
  expect(asked.mentions).toEqual([ws.users.partner.id]);

  await thread.getByText('Reply', { exact: true }).click();
  await thread.getByLabel('Your reply').fill('Yes, they agreed last week.');
  await thread.getByRole('button', { name: 'Add reply' }).click();
  await expect(thread.getByRole('list', { name: 'Replies' })).toContainText('Yes, they agreed last week.');
  expect((await comments()).find((c) => c.body === 'Yes, they agreed last week.').parent_id).toBe(asked.id);

  await thread.getByRole('button', { name: 'Mark as resolved' }).click();
  await expect(thread).toContainText('Resolved');
  expect((await comments()).find((c) => c.id === asked.id).resolved).toBe(true);
  await checkScreen(page, 'section with comments', 'workspace-10-comments');
  await thread.getByRole('button', { name: 'Reopen this thread' }).click();
  await expect(thread.getByRole('button', { name: 'Mark as resolved' })).toBeVisible();
  expect((await comments()).find((c) => c.id === asked.id).resolved).toBe(false);
});

test('a minimum requirement is answered as a form and saved as the API takes it', async ({ page }) => {
  const lead = ws.users.lead;
  await signIn(page, lead);
  await page.goto(sectionUrl('shared', 'declaration-1'));
  await expect(heading(page)).toHaveText('Fair Work First: pay and conditions');
  await page.locator('label[for="committed-true"]').click();
  await page.getByLabel('The lowest hourly rate you will pay').fill('14.50');
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
  await expect.poll(async () => (await apiAs(lead, 'GET', `/bids/${ws.bids.shared}`)).json.draft.declarations['1'])
    .toEqual({ committed: true, hourly_rate_pence: 1450 });
  await checkScreen(page, 'minimum requirement', 'workspace-11-declaration');
});

test('a rate below the tender’s minimum is warned of as it is typed, and on the bid’s to-do list', async ({ page }) => {
  const lead = ws.users.lead;
  const warning = '£12.60 is below the £13.45 an hour this tender requires. You may still send the bid, but it will not pass this requirement.';
  await signIn(page, lead);
  await page.goto(sectionUrl('shared', 'declaration-1'));
  await expect(heading(page)).toHaveText('Fair Work First: pay and conditions');
  const rate = page.getByLabel('The lowest hourly rate you will pay');
  await expect(page.getByText('At least £13.45 an hour.')).toBeVisible();
  await rate.fill('12.60');
  await expect(page.getByTestId('hourly_rate_pence-warning')).toContainText(warning);
  await expect(rate).toHaveAccessibleDescription(/^At least £13\.45 an hour\..*£12\.60 is below the £13\.45 an hour this tender requires\./);
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
  // Saved all the same: the bidder decides, the service checks when bidding closes.
  await expect.poll(async () => (await apiAs(lead, 'GET', `/bids/${ws.bids.shared}`)).json.draft.declarations['1'])
    .toEqual({ committed: true, hourly_rate_pence: 1260 });
  await checkScreen(page, 'minimum requirement below its minimum', 'workspace-11b-declaration-warning');

  // The bid's to-do list says it too, with the way to the requirement.
  await page.getByRole('link', { name: 'Back to the bid' }).click();
  const warnings = page.getByTestId('gate-warnings');
  await expect(warnings).toContainText(`Fair Work First: pay and conditions: ${warning}`);
  await expect(page.getByTestId('blocking')).toContainText('A minimum requirement this bid will not pass');
  await page.goto(`${bidUrl('shared')}/submit`);
  await expect(page.getByTestId('gate-warnings')).toContainText(warning);
  await page.getByTestId('gate-warnings').getByRole('link', { name: 'Fair Work First: pay and conditions' }).click();
  await expect(heading(page)).toHaveText('Fair Work First: pay and conditions');

  // Put right: the warning goes, here and on the list.
  await page.getByLabel('The lowest hourly rate you will pay').fill('14.50');
  await expect(page.getByTestId('hourly_rate_pence-warning')).toHaveText('');
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
  await expect.poll(async () => (await apiAs(lead, 'GET', `/bids/${ws.bids.shared}`)).json.draft.declarations['1'])
    .toEqual({ committed: true, hourly_rate_pence: 1450 });
  await page.getByRole('link', { name: 'Back to the bid' }).click();
  await expect(page.getByTestId('blocking')).toBeVisible();
  await expect(page.getByTestId('gate-warnings')).toHaveCount(0);
});

test('a partner’s save meanwhile is shown plainly, with their version to see, and mine kept on request', async ({ page }) => {
  const partner = ws.users.partner;
  const bid = ws.bids.shared;
  await signIn(page, partner);
  await page.goto(sectionUrl('shared', 'response-0'));
  await expect(heading(page)).toHaveText('Knowing the community');
  // Someone else saves the section after this page loaded it.
  const history = (await apiAs(partner, 'GET', `/bids/${bid}/sections/response-0/history`)).json.items;
  const theirs = 'Saved from another browser meanwhile.';
  expect((await apiWith(ws.users.lead, 'PUT', `/bids/${bid}/sections/response-0/content`, { content: theirs },
    { 'If-Match': `"${history[0]?.version ?? 0}"` })).status).toBe(200);
  const mine = 'My own words, written in this browser.';
  await page.getByLabel('Your answer').fill(mine);
  await expect(page.getByTestId('conflict')).toContainText('Someone else saved this section while you were writing');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'conflict');
  expect((await apiAs(partner, 'GET', `/bids/${bid}`)).json.draft.responses['0']).toBe(theirs); // nothing overwritten
  await page.getByRole('button', { name: 'Show their version' }).click();
  await expect(page.getByTestId('their-version')).toContainText(theirs);
  await expect(page.getByTestId('their-version')).toContainText('saved by Gail Lead');
  await checkScreen(page, 'section with a conflict', 'workspace-12-conflict');
  await page.getByRole('button', { name: 'Keep my version (save it over theirs)' }).click();
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
  expect((await apiAs(partner, 'GET', `/bids/${bid}`)).json.draft.responses['0']).toBe(mine);
});

test('writing on while the connection is down: kept on this device, retried, then saved', async ({ page, context }) => {
  const partner = ws.users.partner;
  await signIn(page, partner);
  await page.goto(sectionUrl('shared', 'response-0'));
  await expect(heading(page)).toHaveText('Knowing the community');
  await context.setOffline(true);
  const text = 'Written on the bus with no signal.';
  await page.getByLabel('Your answer').fill(text);
  await expect(page.getByTestId('save-status')).toContainText('Not saved yet. We cannot reach the service just now.');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('collabtender.section.'))
    .map((k) => JSON.parse(localStorage.getItem(k)).value));
  expect(kept).toContain(text);
  expect((await apiAs(partner, 'GET', `/bids/${ws.bids.shared}`)).json.draft.responses['0']).not.toBe(text);
  await context.setOffline(false);
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
  expect((await apiAs(partner, 'GET', `/bids/${ws.bids.shared}`)).json.draft.responses['0']).toBe(text);
});

test('words left unsaved on this device are sent when the bid is next opened', async ({ page }) => {
  const partner = ws.users.partner;
  const bid = ws.bids.shared;
  await signIn(page, partner);
  const section = (await apiAs(partner, 'GET', `/bids/${bid}/sections`)).json.items.find((s) => s.section === 'response-0');
  const text = 'Typed before the tab was closed with no connection.';
  // As if an earlier visit had kept these words on this device and never reached the service.
  await page.evaluate(([key, kept]) => localStorage.setItem(key, JSON.stringify(kept)),
    [`collabtender.section.${partner.id}.${bid}.response-0`, { value: text, base: section.versions }]);
  expect((await apiAs(partner, 'GET', `/bids/${bid}`)).json.draft.responses['0']).not.toBe(text);
  await page.goto(bidUrl('shared'));
  await expect(heading(page)).toHaveText('Granton and Muirhouse Together');
  await expect.poll(async () => (await apiAs(partner, 'GET', `/bids/${bid}`)).json.draft.responses['0']).toBe(text);
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('collabtender.section.')))).toEqual([]);
});
