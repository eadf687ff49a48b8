// The chair agrees final scores, flagged questions first, and the service records them.
import { test, expect, scenario, signIn, apiAs, screenshot, heading, lotUrl, choose } from './fixtures.js';

// The chair's agreed scores for Leith Community Crops change what accessibility.spec.js
// and commissioner-evaluation.spec.js see of that bid: the lock runs them one at a time.
test.describe.configure({ lock: 'crops-moderation' });

const chair = scenario.users.chair;
const bid = scenario.bids.crops;

test('the chair records consensus scores, flagged questions first', async ({ page }) => {
  await signIn(page, chair);
  await expect(page.getByText('You chair this panel')).toBeVisible();
  await page.goto(lotUrl(1));
  await page.getByRole('link', { name: `Agree final scores for ${bid.name}` }).click();
  await expect(heading(page)).toHaveText('Agree the final scores');
  await expect(page.getByTestId('moderation-summary')).toContainText('2 flagged questions need an agreed score');

  // Flagged first: question 1 (scores 1 to 4) and question 3 (0 to 2), then question 2.
  const titles = await page.locator('.scores-card__title').allTextContents();
  expect(titles.map((t) => t.slice(0, 2))).toEqual(['1.', '3.', '2.']);
  await expect(page.getByTestId('scores-0').getByTestId('flag')).toContainText('3 points apart');
  await expect(page.getByTestId('scores-1').getByTestId('flag')).toHaveCount(0);
  await screenshot(page, '09-moderation');

  const form = page.getByTestId('consensus-form-0');
  await form.getByRole('button', { name: /Save the agreed score/ }).click();
  await expect(form.getByText('Write down why the panel agreed this score')).toBeVisible();
  await choose(form, /^3 – Good/);
  await form.getByLabel('Why the panel agreed this score').fill('Strong choice for people; the chair’s 1 missed the garden groups.');
  await form.getByRole('button', { name: /Save the agreed score/ }).click();
  await expect(page.getByTestId('consensus-status-0')).toHaveText('Agreed score saved');

  const form3 = page.getByTestId('consensus-form-2');
  await choose(form3, /^1 – Poor/);
  await form3.getByLabel('Why the panel agreed this score').fill('Training is described only briefly.');
  await form3.getByRole('button', { name: /Save the agreed score/ }).click();
  await expect(page.getByTestId('moderation-summary')).toContainText('Every flagged question has an agreed score');

  const scores = await apiAs(chair, 'GET', `/bids/${bid.id}/scores`);
  expect(scores.json.flagged_unmoderated).toBe(0);
  expect(scores.json.criteria[0].consensus.score).toBe(3);
  expect(scores.json.criteria[2].consensus).toMatchObject({ score: 1, rationale: 'Training is described only briefly.' });
  expect(scores.json.criteria[1].consensus).toBeNull();
});

test('a panel member who is not the chair cannot moderate', async ({ page }) => {
  await signIn(page, scenario.users.jo);
  await page.goto(`/panels/${scenario.panel.id}/bids/${bid.id}/moderation`);
  await expect(page.getByText('Only the panel’s chair records the agreed scores.')).toBeVisible();
});
