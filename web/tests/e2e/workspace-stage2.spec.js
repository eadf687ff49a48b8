// Stage 2: the panel's stage-1 advice beside the question, the answer revised,
// signed off again and submitted as the revised bid, with its own receipt.
import { test, expect, signIn, apiAs, heading } from './fixtures.js';
import { ws, bidUrl, sectionUrl, checkScreen } from './workspace-helpers.js';

test('in stage 2 the lead reads the panel’s advice, revises, and submits the revised bid', async ({ page }) => {
  const lead = ws.users.lead;
  const bid = ws.bids.revising;
  await signIn(page, lead);
  await page.goto(bidUrl('revising'));
  await expect(heading(page)).toHaveText('Granton Arts');
  await expect(page.getByText('Your revised bid for the second stage must be submitted by')).toBeVisible();
  await expect(page.getByText(/Submitted for stage 1 on/)).toBeVisible();

  await page.goto(sectionUrl('revising', 'response-0'));
  await expect(heading(page)).toHaveText('Reaching people who feel alone');
  await expect(page.getByTestId('stage1-advice')).toContainText(ws.advice);
  const revised = 'We put posters in the library, and GP surgeries and pharmacies hand out our leaflets.';
  await page.getByLabel('Your answer').fill(revised);
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
  await checkScreen(page, 'stage-2 section with advice', 'workspace-13-stage2-advice');

  await page.goto(`${bidUrl('revising')}/sign-off`);
  await page.getByRole('button', { name: 'Sign off the bid for Granton Community Care' }).click();
  await expect(page.getByText('Everyone has signed.')).toBeVisible();
  await page.getByRole('link', { name: 'Go to submit the bid' }).click();
  await expect(heading(page)).toHaveText('Submit your revised bid');
  await page.locator('label[for="confirm-declaration"]').click();
  await page.getByRole('button', { name: 'Submit the revised bid' }).click();
  await expect(page.getByRole('heading', { name: 'Your revised bid has been submitted' })).toBeVisible();
  const receipts = (await apiAs(lead, 'GET', `/bids/${bid}/submissions`)).json.items;
  const stage2 = receipts.filter((r) => r.stage === 2);
  expect(stage2).toHaveLength(1);
  await expect(page.getByTestId('receipt').first().getByTestId('receipt-hash')).toHaveText(stage2[0].sha256);
  await expect(page.getByTestId('receipt').first()).toContainText('Stage 2, submission');
  await checkScreen(page, 'stage-2 receipt', 'workspace-14-stage2-receipt');
});
