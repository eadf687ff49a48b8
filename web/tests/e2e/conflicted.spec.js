// A panellist who declares a conflict never sees the bid's content.
import { test, expect, scenario, signIn, apiAs, screenshot, heading, bidUrl, lotUrl, choose } from './fixtures.js';

const sam = scenario.users.sam;
const bid = scenario.bids.northWest;

test('a conflicted panellist sees no bid content', async ({ page }) => {
  await signIn(page, sam);
  await page.goto(lotUrl(1));
  await page.getByRole('link', { name: `Start for ${bid.name}` }).click();
  await expect(heading(page)).toHaveText('Do you have a conflict of interest?');
  await choose(page, 'Yes, I have a link');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Tell us what the link is');
  await page.getByLabel('What is the link?').fill('I volunteer with Cyrenians on Tuesdays.');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(heading(page)).toHaveText('You will not score this bid');
  await expect(page.getByTestId('conflicted')).toContainText('Cyrenians');
  await screenshot(page, '08-conflicted');
  const declared = await apiAs(sam, 'GET', `/bids/${bid.id}/evaluation`);
  expect(declared.status).toBe(403);

  // Going straight to a question's address shows nothing of the bid either.
  const responses = [];
  page.on('response', (r) => r.url().includes('/evaluation') && responses.push(r.status()));
  await page.goto(`${bidUrl('northWest')}/questions/1`);
  await expect(heading(page)).toHaveText('You will not score this bid');
  await expect(page.getByText('Every person we support')).toHaveCount(0);
  expect(responses.every((s) => s === 403)).toBe(true);

  // The lot list marks it, and My panels counts it apart.
  await page.goto(lotUrl(1));
  await expect(page.getByTestId(`bid-${bid.id}`)).toContainText('Not scoring: conflict of interest');
  await page.goto('/panels');
  await expect(page.getByTestId('lot-1')).toContainText('1 of 2 bids scored');
});
