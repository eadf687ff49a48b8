// The connection drops mid-edit: the words stay, the page says so plainly, and
// they are saved once the connection is back.
import { test, expect, scenario, signIn, apiAs, screenshot, heading, bidUrl } from './fixtures.js';

const jo = scenario.users.jo;
const bid = scenario.bids.him;

test('a dropped connection keeps the text and saves it when back online', async ({ page, context }) => {
  await apiAs(jo, 'PUT', `/bids/${bid.id}/conflict-declaration`, { conflicted: false });
  await signIn(page, jo);
  await page.goto(`${bidUrl('him')}/questions/2`);
  await expect(heading(page)).toHaveText(scenario.criteria[1]);
  const box = page.getByLabel('Why did you give this score?');
  await box.fill('Works with local groups');
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);

  await context.setOffline(true);
  const text = 'Works with local groups, but there is no partner sharing accountability.';
  await box.fill(text);
  await expect(page.getByTestId('save-status')).toContainText('Not saved yet', { timeout: 15000 });
  await expect(page.getByTestId('save-status')).toContainText('kept on this device');
  await expect(page.getByTestId('announcer')).toContainText('Not saved yet');
  await screenshot(page, '15-offline');
  expect((await apiAs(jo, 'GET', `/bids/${bid.id}/my-scores`)).json.criteria[1].justification).toBe('Works with local groups');

  // Moving on and back keeps the words (they live on this device until saved).
  await page.getByRole('link', { name: '1. Person-led support' }).click();
  await expect(heading(page)).toHaveText(scenario.criteria[0]);
  await page.getByRole('link', { name: '2. Working in partnership' }).click();
  await expect(box).toHaveValue(text);

  await context.setOffline(false);
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/, { timeout: 35000 });
  const saved = await apiAs(jo, 'GET', `/bids/${bid.id}/my-scores`);
  expect(saved.json.criteria[1].justification).toBe(text);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('collabtender.draft.')))).toEqual([]);
});

test('an unsaved draft survives reloading the page and is saved afterwards', async ({ page }) => {
  await signIn(page, jo);
  const question3 = `${bidUrl('him')}/questions/3`;
  await page.goto(question3);
  await expect(heading(page)).toHaveText(scenario.criteria[2]);

  // The service cannot be reached for saves (the page itself still loads).
  const saves = `**/api/v1/bids/${bid.id}/my-scores/2`;
  await page.route(saves, (route) => route.abort('internetdisconnected'));
  const text = 'Pays the Real Living Wage from day one.';
  await page.getByLabel('Why did you give this score?').fill(text);
  await expect(page.getByTestId('save-status')).toContainText('Not saved yet');

  await page.reload();
  await expect(heading(page)).toHaveText(scenario.criteria[2]);
  await expect(page.getByLabel('Why did you give this score?')).toHaveValue(text);

  await page.unroute(saves);
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/, { timeout: 35000 });
  expect((await apiAs(jo, 'GET', `/bids/${bid.id}/my-scores`)).json.criteria[2].justification).toBe(text);
});
