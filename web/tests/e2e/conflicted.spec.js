// A panellist who declares a conflict never sees the bid's content. A "yes" is
// checked first: the step says what it means, and Cancel sends nothing.
import {
  test, expect, scenario, signIn, apiAs, screenshot, heading, bidUrl, lotUrl, choose, checkScreen,
} from './fixtures.js';

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

  // The check step: the answer, what it means, and that it can be changed only until
  // scoring starts, before anything is sent.
  const declared = async () =>
    (await apiAs(sam, 'GET', `/panels/${scenario.panel.id}/bids`)).json.items.find((b) => b.bid_id === bid.id).my_declaration;
  const check = page.getByTestId('check-conflict');
  await expect(page.getByRole('heading', { name: 'Check your answer before you send it' })).toBeFocused();
  await expect(check.locator('.ds_summary-list')).toContainText('Yes, I have a link');
  await expect(check.locator('.ds_summary-list')).toContainText('I volunteer with Cyrenians on Tuesdays.');
  await expect(page.getByTestId('conflict-warning')).toContainText(
    'When you send this answer, you will not see or score this bid. If it was a mistake, you can change it only until the panel starts scoring this bid');
  expect(await declared()).toBeFalsy();
  await checkScreen(page, 'conflict check step', '08a-conflict-check');
  // Cancel: back to the question as it was, nothing sent.
  await check.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('check-conflict')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Yes, I have a link' })).toBeChecked();
  await expect(page.getByLabel('What is the link?')).toHaveValue('I volunteer with Cyrenians on Tuesdays.');
  expect(await declared()).toBeFalsy();
  // Change the words from the check step, then declare.
  await page.getByRole('button', { name: 'Continue' }).click();
  await check.getByRole('button', { name: 'Change what the link is' }).click();
  await expect(page.getByLabel('What is the link?')).toBeFocused();
  await page.getByLabel('What is the link?').fill('I volunteer with Cyrenians on Tuesdays and Thursdays.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(check).toContainText('Tuesdays and Thursdays');
  await check.getByRole('button', { name: 'Declare the conflict' }).click();

  await expect(heading(page)).toHaveText('You will not score this bid');
  await expect(page.getByTestId('conflicted')).toContainText('Cyrenians');
  await expect(page.getByTestId('change-answer')).toContainText('You can change your answer until the panel starts scoring this bid.');
  await screenshot(page, '08-conflicted');
  expect(await declared()).toMatchObject({ conflicted: true });
  expect((await apiAs(sam, 'GET', `/bids/${bid.id}/evaluation`)).status).toBe(403);

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
