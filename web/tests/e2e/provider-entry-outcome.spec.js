// After evaluation: a bidder reads the panel's stage-1 advice and its outcome
// letter (shown, and downloaded with the token through a Blob). The seeded
// "Carers Breaks" tender went through both stages and an award decision; a third
// bid failed a minimum requirement in stage 1. The reasons come as data
// (`reason_details`) and are worded by code, for the bidder and on the
// commissioner's ranking alike.
import { readFileSync } from 'node:fs';
import { test, expect, scenario, signIn, apiAs, heading, checkScreen as check } from './fixtures.js';

const checkScreen = (page, label, shot) => check(page, label, `provider-entry-${shot}`);

const entry = scenario.providerEntry;
const outcome = entry.outcome;
const mhairi = entry.users.muirhouse;
const lewis = entry.users.lights;
const ours = outcome.bids.muirhouse;
const theirs = outcome.bids.lights;
const failed = outcome.failed;
const priya = entry.users.pilrig;

test('a bidder reads its stage-1 feedback and its outcome letter, and downloads the letter', async ({ page }) => {
  await signIn(page, mhairi);
  await expect(heading(page)).toHaveText('Your work');
  const card = page.getByTestId(`consortium-${ours.consortium}`);
  await expect(card).toContainText('Decision made: standstill period');
  await expect(card).toContainText('Sent for stage 2');

  // Feedback: the panel's advice per question, with the agreed scores, as the service has it.
  await card.getByRole('link', { name: 'Read the feedback for Lot 1: Short breaks' }).click();
  await expect(heading(page)).toHaveText('Feedback on your first-stage bid');
  const feedback = (await apiAs(mhairi, 'GET', `/bids/${ours.id}/feedback`)).json;
  expect(feedback.released).toBe(true);
  const advice = [
    'Give an example of a person whose plan changed, and how it changed.',
    'Say how you would decide things with the other groups on the site.',
    'Tell us how staff have a say in how the service is run.',
  ];
  // One point per panel member (advice[].items); this panel has one member, so one point each, shown as a paragraph.
  expect(feedback.advice.map((a) => a.items)).toEqual(advice.map((a) => [a]));
  for (const [i, a] of advice.entries()) {
    await expect(page.getByTestId(`advice-${i}`).getByTestId('advice-points')).toHaveText(a);
    await expect(page.getByTestId(`advice-${i}`).getByRole('listitem')).toHaveCount(0);
  }
  await expect(page.getByTestId('advice-0')).toContainText('The panel’s agreed score: 2 out of 4 (Acceptable)');
  await expect(page.getByTestId('advice-2')).toContainText('The panel’s agreed score: 1 out of 4 (Poor)');
  await expect(page.getByTestId('gates')).toContainText('Fair work: Met');
  await checkScreen(page, 'feedback', '11-feedback');

  // The outcome letter: not successful, why, and the scores beside the winner's.
  await page.goto('/work');
  await page.getByTestId(`consortium-${ours.consortium}`)
    .getByRole('link', { name: 'Read the outcome letter for Lot 1: Short breaks' }).click();
  await expect(heading(page)).toHaveText('Outcome of your bid');
  const letter = (await apiAs(mhairi, 'GET', `/bids/${ours.id}/outcome-letter`)).json;
  expect(letter.outcome).toBe('unsuccessful');
  await expect(page.getByTestId('outcome')).toContainText('your bid was not successful this time');
  expect(letter.reason_details).toEqual([expect.objectContaining({ code: 'ranked', rank: 2, of: 2, max_awards: 1 })]);
  await expect(page.getByTestId('reasons').getByRole('listitem')).toHaveText([
    'Your bid came 2nd of the 2 bids that met the minimum requirements. This lot gives 1 contract.',
  ]);
  const table = page.getByTestId('scores');
  await expect(table.getByRole('columnheader', { name: 'Leith Lights' })).toBeVisible();
  // Which scores these are: agreed where the panel recorded one, otherwise the panel's average.
  await expect(page.getByText('Each question’s score is the panel’s agreed score where the panel recorded one')).toContainText(
    'otherwise it is the panel’s average, the mean of its members’ scores');
  await expect(table.getByRole('row', { name: /Total/ })).toContainText(`${letter.your_weighted_score}%`);
  await expect(table.getByRole('row', { name: /Total/ })).toContainText(`${letter.successful[0].weighted_score}%`);
  await checkScreen(page, 'outcome letter', '12-outcome');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the letter' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.html$/);
  const html = readFileSync(await file.path(), 'utf8');
  expect(html).toContain('Leith Lights');
  expect(html).toMatch(/<html/i);
  expect(page.url()).not.toContain('token');
});

test('the successful bidder is told so, and nobody reads another bidder’s letters', async ({ page }) => {
  await signIn(page, lewis);
  await page.goto(`/bids/${theirs.id}/outcome`);
  await expect(page.getByTestId('outcome')).toContainText('Leith Lights: your bid was successful.');
  await page.goto(`/bids/${ours.id}/feedback`);
  await expect(heading(page)).toHaveText('Sorry, we cannot show this page');
  expect((await apiAs(lewis, 'GET', `/bids/${ours.id}/feedback`)).status).toBe(404);
  await page.goto(`/bids/${ours.id}/outcome`);
  await expect(heading(page)).toHaveText('Sorry, we cannot show this page');
});

test('a bid that failed a minimum requirement is told which one, in plain words, with the reason', async ({ page }) => {
  const letter = (await apiAs(priya, 'GET', `/bids/${failed.id}/outcome-letter`)).json;
  expect(letter.outcome).toBe('unsuccessful');
  expect(letter.reason_details).toEqual([expect.objectContaining({ code: 'gate_failed', stage: 1, kind: 'fair_work_first' })]);
  const { reason } = letter.reason_details[0];
  expect(reason).toContain('is below the £13.45 an hour required');
  await signIn(page, priya);
  await page.goto(`/bids/${failed.id}/outcome`);
  await expect(heading(page)).toHaveText('Outcome of your bid');
  await expect(page.getByTestId('outcome')).toContainText('Pilrig Short Breaks: your bid was not successful this time.');
  await expect(page.getByTestId('reasons').getByRole('listitem')).toHaveText([
    'Your bid did not meet a minimum requirement in the first stage: Fair Work First, including paying staff at least ' +
      `the Real Living Wage. The reason given: “${reason}”`,
  ]);
  await checkScreen(page, 'outcome letter: a minimum requirement not met', '13-outcome-gate-failed');
});

test('the commissioner’s ranking says why a bid cannot win, in the same words', async ({ page }) => {
  const ranking = (await apiAs(scenario.users.officer, 'GET', `/lots/${outcome.lot.id}/ranking`)).json;
  expect(ranking.ranked.map((r) => r.consortium)).toEqual(['Leith Lights', 'Muirhouse Link Up']);
  expect(ranking.pending).toEqual([]);
  const out = ranking.out.find((r) => r.bid_id === failed.id);
  expect(out.reason_details).toEqual([expect.objectContaining({ code: 'gate_failed', stage: 1, kind: 'fair_work_first' })]);
  await signIn(page, scenario.users.officer);
  await page.goto(`/tenders/${outcome.tender.id}/award`);
  await expect(heading(page)).toHaveText('Ranking and award');
  await expect(page.getByTestId('award-lot-1').getByTestId('out').getByRole('listitem')).toHaveText([
    'Pilrig Short Breaks: The bid did not meet a minimum requirement in the first stage: Fair Work First, including ' +
      `paying staff at least the Real Living Wage. The reason given: “${out.reason_details[0].reason}”`,
  ]);
  await expect(page.getByTestId('award-lot-1').getByTestId('pending')).toHaveCount(0);
  await checkScreen(page, 'ranking with a bid that cannot win', '14-award-out');
});
