// Nothing the commissioner writes is lost when the connection drops: the words
// stay on this device, come back after a reload, and are saved once online.
import { test, expect, scenario, signIn, apiAs, heading } from './fixtures.js';
import { officer, evaluated, tenderUrl, checkScreen } from './commissioner-support.js';

// Long journeys with axe in two modes on every screen: room for a busy two-core machine.
test.describe.configure({ timeout: 180000 });

test('feedback written while offline survives a reload and is saved when back online', async ({ page, context }) => {
  const bid = scenario.bids.northWest;
  const words = `A strong partnership; say more about how the joint board decides (${Date.now()}).`;
  await signIn(page, officer);
  await page.goto(tenderUrl(evaluated, `bids/${bid.id}/feedback`));
  await expect(heading(page)).toHaveText(`Feedback: ${bid.name}`);
  await expect(page.getByTestId('kept')).toHaveCount(0);

  await context.setOffline(true);
  await page.getByLabel('Summary for the bidder').fill(words);
  await page.getByRole('button', { name: 'Save the feedback' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('We cannot reach the service');
  await context.setOffline(false);
  expect((await apiAs(officer, 'GET', `/bids/${bid.id}/feedback`)).json.text).not.toBe(words);

  await page.reload();
  await expect(heading(page)).toHaveText(`Feedback: ${bid.name}`);
  await expect(page.getByTestId('kept')).toContainText('not saved yet');
  await expect(page.getByLabel('Summary for the bidder')).toHaveValue(words);
  await checkScreen(page, 'feedback kept on this device', '48-feedback-kept');
  await page.getByRole('button', { name: 'Save the feedback' }).click();
  await expect(page.getByTestId('feedback-saved')).toBeVisible();
  await expect(page.getByTestId('kept')).toHaveCount(0);
  expect((await apiAs(officer, 'GET', `/bids/${bid.id}/feedback`)).json.text).toBe(words);

  await page.reload();
  await expect(page.getByLabel('Summary for the bidder')).toHaveValue(words);
  await expect(page.getByTestId('kept')).toHaveCount(0);
});

test('a new tender’s details typed offline come back after a reload, and can be discarded', async ({ page, context }) => {
  await signIn(page, officer);
  await page.goto('/tenders/new');
  await expect(heading(page)).toHaveText('Create a tender');
  await context.setOffline(true);
  await page.getByLabel('Title').fill('Written on a train');
  await page.getByRole('button', { name: 'Create the tender' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('We cannot reach the service');
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByLabel('Title')).toHaveValue('Written on a train');
  await expect(page.getByTestId('kept')).toBeVisible();
  await page.getByRole('button', { name: 'go back to the saved version' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('');
  await expect(page.getByTestId('kept')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Title')).toHaveValue('');
});

test('criteria typed but not saved come back after the tab is reloaded', async ({ page }) => {
  const created = await apiAs(officer, 'POST', '/tenders', {
    reference: `EDI-KEPT-${Date.now()}`, title: 'Kept criteria', description: 'Kept criteria.',
    cpv_codes: ['85312000-9'], contract_term_months: 36, estimated_value_pence: 5000000, partnership_bids_expected: false,
  });
  const tender = created.json;
  await signIn(page, officer);
  await page.goto(tenderUrl(tender, 'criteria'));
  await page.getByLabel('Criterion 1: title').fill('Outcomes for people');
  await page.getByLabel('Criterion 1: weight, in percent').fill('100');
  await page.getByLabel('Criterion 1: guidance for the panel').fill('Look for outcomes people themselves describe.');
  await page.reload();
  await expect(page.getByTestId('kept')).toBeVisible();
  await expect(page.getByLabel('Criterion 1: guidance for the panel')).toHaveValue('Look for outcomes people themselves describe.');
  expect((await apiAs(officer, 'GET', `/tenders/${tender.id}/criteria`)).json.criteria).toEqual([]);
  await page.getByRole('button', { name: 'Save the criteria and scale' }).click();
  await expect(page.getByTestId('criteria-saved')).toBeVisible();
  await expect(page.getByTestId('kept')).toHaveCount(0);
  expect((await apiAs(officer, 'GET', `/tenders/${tender.id}/criteria`)).json.criteria).toMatchObject([
    { title: 'Outcomes for people', weight: 100, panel_guidance: 'Look for outcomes people themselves describe.' }]);
});
