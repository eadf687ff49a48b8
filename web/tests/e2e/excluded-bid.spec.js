// A bid that failed a minimum requirement in stage 1 is out of the tender
// (seed-exclusion.js: Liberton Together paid £12.00 an hour against Fair Work
// First's £13.45). Once the feedback is released, every page of the bid says so at
// the top, with the requirement and the reason, and offers nothing to change, sign
// or send; the partnership's lists tag it; the panel's list does not count it as
// waiting or send anyone to score it; the commissioner's pages already say so.
import { test, expect, scenario, signIn, apiAs, heading, checkScreen as check } from './fixtures.js';
import { tabTo } from './workspace-helpers.js';

const checkScreen = (page, label, shot) => check(page, label, `excluded-${shot}`);

const x = scenario.excluded;
const out = x.bids.out;
const passed = x.bids.passed;
const lead = x.users.liberton;
const partner = x.users.gracemount;
const bidPage = (path = '') => `/bids/${out.id}${path}`;

// The notice every page of the bid starts with: the requirement's title and the reason.
async function expectOutNotice(page, failed) {
  const notice = page.getByTestId('excluded-notice');
  await expect(notice.getByRole('heading', { name: 'This bid is out of this tender' })).toBeVisible();
  for (const f of failed) {
    await expect(notice).toContainText(f.title);
    await expect(notice).toContainText(f.reason);
  }
  // At once: before any other part of the page (each starts with a heading of its own).
  const first = await notice.evaluate((n) => [...document.querySelectorAll('main h2')]
    .filter((h) => !n.contains(h))
    .every((h) => n.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING));
  expect(first, 'the notice comes before the page’s other parts').toBe(true);
}

test('the service says the bid is out, and refuses every change to it', async () => {
  const bid = (await apiAs(lead, 'GET', `/bids/${out.id}`)).json;
  expect(bid.status).toBe('excluded');
  expect(bid.exclusion.failed).toEqual([expect.objectContaining({ kind: 'fair_work_first', reason: expect.stringContaining('£12.00') })]);
  expect((await apiAs(lead, 'GET', `/bids/${out.id}/sign-offs`)).json.type).toBe('urn:collabtender:problem:excluded');
  expect((await apiAs(x.users.gilmerton, 'GET', `/bids/${passed.id}`)).json.status).toBe('submitted');
});

test('every page of a bid that is out says so at the top, and offers nothing to change, sign or send', async ({ page }) => {
  const { failed } = (await apiAs(lead, 'GET', `/bids/${out.id}`)).json.exclusion;
  await signIn(page, lead);

  // Your work: tagged, and told why among the bids that need attention.
  await expect(heading(page)).toHaveText('Your work');
  const card = page.getByTestId(`consortium-${out.consortium}`);
  await expect(card.getByTestId(`bid-${out.id}`)).toContainText('Out: did not meet a minimum requirement');
  // The list carries the reasons (/me/consortia): each requirement and why, and the feedback.
  const attention = page.getByTestId(`attention-${out.id}`).getByTestId('excluded-notice');
  await expect(attention).toContainText('This bid is out of this tender');
  for (const f of failed) await expect(attention).toContainText(f.reason);
  await expect(attention.getByRole('link', { name: 'Read the panel’s feedback' })).toBeVisible();
  await checkScreen(page, 'your work with a bid that is out', '01-work');

  // The bid's to-do list: the notice, and only ways to read.
  await card.getByRole('link', { name: `Open the bid for Lot 1: ${x.lot.title}` }).click();
  await expect(heading(page)).toHaveText(out.name);
  await expectOutNotice(page, failed);
  await expect(page.getByTestId('blocking')).toHaveCount(0);
  await expect(page.getByText('must be submitted by')).toHaveCount(0);
  for (const name of ['Sign off the bid', 'Check and submit the bid'])
    await expect(page.getByRole('link', { name })).toHaveCount(0);
  await expect(page.getByText('Change who does this')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Read the whole bid' })).toBeVisible();
  await checkScreen(page, 'bid that is out', '02-overview');

  // A section: read, not written; no review steps, no library.
  await page.goto(bidPage('/sections/response-0'));
  await expect(heading(page)).toHaveText('Person-led support');
  await expectOutNotice(page, failed);
  await expect(page.getByLabel('Your answer')).toHaveCount(0);
  await expect(page.getByTestId('read-only')).toContainText('This bid is out of this tender');
  await expect(page.getByTestId('review-steps').getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /library/i })).toHaveCount(0);
  await checkScreen(page, 'section of a bid that is out', '03-section');

  // The requirement it failed: the declaration as sent, and nothing to press.
  await page.goto(bidPage('/sections/declaration-1'));
  await expectOutNotice(page, failed);
  await expect(page.getByTestId('review-steps').getByRole('button')).toHaveCount(0);
  await checkScreen(page, 'failed requirement of a bid that is out', '04-declaration');

  // Sign-off: the page opens (the service refuses the sign-offs), with nothing to sign.
  await page.goto(bidPage('/sign-off'));
  await expect(heading(page)).toHaveText('Sign off the bid');
  await expectOutNotice(page, failed);
  await expect(page.getByRole('button', { name: /Sign off the bid for|Ask them to sign off/ })).toHaveCount(0);
  await checkScreen(page, 'sign-off of a bid that is out', '05-sign-off');

  // Submit: no checklist, declaration or button; the receipt of what was sent stays.
  await page.goto(bidPage('/submit'));
  await expectOutNotice(page, failed);
  await expect(page.getByTestId('checklist')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Submit the/ })).toHaveCount(0);
  await expect(page.getByTestId('receipt')).toContainText('Stage 1, submission 1');
  await checkScreen(page, 'submit page of a bid that is out', '06-submit');

  // The whole bid: to read, with no way in to change a part or sign it.
  await page.goto(bidPage('/preview'));
  await expect(heading(page)).toHaveText('The whole bid');
  await expectOutNotice(page, failed);
  await expect(page.getByRole('link', { name: /Open this part to change it/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Sign off the bid' })).toHaveCount(0);
  await expect(page.getByTestId('preview-response-0')).toContainText('Every person we support writes their own plan');
  await checkScreen(page, 'whole bid that is out', '07-preview');

  // The feedback still opens from the bid, and names the requirement that was not met.
  await page.goto(bidPage());
  await page.getByRole('link', { name: 'The panel’s feedback on your first-stage bid' }).click();
  await expect(heading(page)).toHaveText('Feedback on your first-stage bid');
  await expect(page.getByTestId('gates')).toContainText('Not met');
  await expectOutNotice(page, failed);
  await expect(page.getByRole('link', { name: 'Open the bid to revise it' })).toHaveCount(0);
  await expect(page.getByText('before you send your revised bid')).toHaveCount(0);
  await checkScreen(page, 'feedback on a bid that is out', '08-feedback');
});

test('a partner sees the bid tagged as out on the partnership’s page, and reaches the feedback with the keyboard', async ({ page }) => {
  await signIn(page, partner);
  await page.goto(`/consortia/${out.consortium}`);
  const item = page.getByTestId(`bid-${out.id}`);
  await expect(item).toContainText('Out: did not meet a minimum requirement');
  await checkScreen(page, 'partnership with a bid that is out', '09-partnership');
  await tabTo(page, item.getByRole('link', { name: /Open the bid/ }));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(out.name);
  await expect(page.getByTestId('excluded-notice')).toBeVisible();
  const feedback = page.getByRole('link', { name: 'The panel’s feedback on your first-stage bid' });
  await tabTo(page, feedback);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Feedback on your first-stage bid');
});

test('a bid that passed is not marked out, and may be revised', async ({ page }) => {
  await signIn(page, x.users.gilmerton);
  await page.goto(`/bids/${passed.id}`);
  await expect(heading(page)).toHaveText(passed.name);
  await expect(page.getByTestId('excluded-notice')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Check and submit the bid' })).toBeVisible();
  await page.goto('/work');
  await expect(page.getByTestId(`bid-${passed.id}`)).not.toContainText('Out:');
});

test('the panel’s list says a bid that is out is not scored, links nowhere, and does not count it as waiting', async ({ page }) => {
  await signIn(page, x.panellist);
  await page.goto('/panels');
  const lot = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `Lot 1: ${x.lot.title}` }) });
  await expect(lot).toContainText('1 of 1 bid scored');
  await expect(lot).toContainText('Done');
  await expect(lot).toContainText('1 bid did not meet a minimum requirement, so it is not scored.');
  await checkScreen(page, 'panels with a bid that is out', '10-panels');

  await tabTo(page, lot.getByRole('link', { name: `Lot 1: ${x.lot.title}` }));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(`Lot 1: ${x.lot.title}`);
  await expect(page.getByText('1 of 1 bid scored.')).toBeVisible();
  const row = page.getByTestId(`bid-${out.id}`);
  await expect(row).toContainText('Not scored: did not meet a minimum requirement');
  await expect(row).not.toContainText('Not started');
  await expect(row.getByRole('link')).toHaveCount(0);
  await expect(row).toContainText('You do not need to do anything with it.');
  await expect(page.getByTestId(`bid-${passed.id}`)).toContainText('Scores sent');
  await checkScreen(page, 'panel’s bids with one out', '11-lot-bids');
});

test('the commissioner’s evaluation pages already show the bid as out, with the requirement not met', async ({ page }) => {
  await signIn(page, scenario.users.officer);
  await page.goto(`/tenders/${x.tender.id}/evaluation`);
  const progress = page.getByTestId(`progress-${out.name}`);
  await expect(progress).toContainText('Failed a minimum requirement: not scored');
  await progress.getByRole('link', { name: `Scores and requirements for ${out.name}` }).click();
  await expect(page.getByTestId('gate-result-1')).toContainText('Not met.');
  await expect(page.getByTestId('gate-result-1')).toContainText('£12.00');
});
