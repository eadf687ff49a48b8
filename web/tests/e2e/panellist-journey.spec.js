// The panellist's whole journey with a mouse: sign in, My panels, the conflict
// question, every question scored with autosave, review, submit, the panel's scores.
import { test, expect, scenario, signIn, apiAs, screenshot, heading, expectNoSidewaysScroll, choose } from './fixtures.js';

const alex = scenario.users.alex;
const bid = scenario.bids.northWest;

test('a panellist scores a bid from sign-in to the panel’s scores', async ({ page }) => {
  await signIn(page, alex);

  // My panels: each lot with progress.
  await expect(heading(page)).toHaveText('My panels');
  await expect(page.getByTestId('lot-1')).toContainText('1 of 3 bids scored'); // the moderation bid was seeded
  await expect(page.getByTestId('lot-2')).toContainText('0 of 1 bid scored');
  await expect(page.getByTestId('panel-state').first()).toHaveText('Scoring the first stage');
  await screenshot(page, '01-my-panels');

  await page.getByRole('link', { name: 'Lot 1: Welcome Team North West' }).click();
  await expect(heading(page)).toHaveText('Lot 1: Welcome Team North West');
  await expect(heading(page)).toBeFocused();
  await screenshot(page, '02-lot-bids');
  await page.getByRole('link', { name: `Start for ${bid.name}` }).click();

  // The conflict question comes first, with the organisations named, and no bid content.
  await expect(heading(page)).toHaveText('Do you have a conflict of interest?');
  await expect(page.getByTestId('bid-organisations')).toContainText('Pilton Community Health Project');
  await expect(page.getByTestId('bid-organisations')).toContainText('Cyrenians');
  await expect(page.getByText('Every person we support writes their own plan')).toHaveCount(0);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose yes or no');
  await screenshot(page, '03-conflict-question');
  await choose(page, 'No, I have no link to them');
  await page.getByRole('button', { name: 'Continue' }).click();

  // Question 1: the answer beside the guidance, every descriptor visible.
  await expect(heading(page)).toHaveText('Person-led support');
  await expect(page.getByTestId('bid-response')).toContainText('Every person we support writes their own plan');
  await expect(page.getByText('Look for how people choose their own support')).toBeVisible();
  for (const point of scenario.scale) await expect(page.getByText(point.descriptor)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Your score for “Person-led support”' })).toBeVisible();

  const answers = [
    [3, 'Plans are written with each person and change with them; the football example shows it.', 'Say how often plans are reviewed.'],
    [4, 'Clear lead, joint board, and an independent chair for disagreements.', ''],
    [2, 'Real Living Wage is paid but training is thin.', 'Describe the training offer.'],
  ];
  for (const [i, [score, why, advice]] of answers.entries()) {
    await expect(heading(page)).toHaveText(scenario.criteria[i]);
    await choose(page, new RegExp(`^${score} – `));
    await page.getByLabel('Why did you give this score?').fill(why);
    await expect(page.getByTestId('justification-count')).toHaveText(`${why.trim().split(/\s+/).length} words`);
    if (advice) await page.getByLabel('Advice to the bidder (optional)').fill(advice);
    await expect(page.getByTestId('save-status')).toHaveText(/Saved at \d\d:\d\d/);
    if (i === 0) {
      await expectNoSidewaysScroll(page);
      await screenshot(page, '04-score-question');
    }
    await page.getByRole('button', { name: /^Next:/ }).click();
  }

  // The draft is on the server before anything is submitted.
  const draft = await apiAs(alex, 'GET', `/bids/${bid.id}/my-scores`);
  expect(draft.json.criteria.map((c) => c.score)).toEqual([3, 4, 2]);
  expect(draft.json.submitted_at).toBeNull();

  // Review, then submit.
  await expect(heading(page)).toHaveText('Check your scores before you send them');
  await expect(page.getByTestId('review-0')).toContainText('3 – Good');
  await expect(page.getByTestId('review-1')).toContainText('Clear lead, joint board');
  await screenshot(page, '05-review');
  await page.getByRole('button', { name: 'Submit my scores' }).click();

  await expect(heading(page)).toHaveText('Your scores have been sent');
  await expect(heading(page)).toBeFocused();
  await expect(page.getByTestId('confirmation')).toContainText(bid.name);
  await screenshot(page, '06-sent');
  const sent = await apiAs(alex, 'GET', `/bids/${bid.id}/my-scores`);
  expect(sent.json.submitted_at).not.toBeNull();
  expect(sent.json.criteria[0].justification).toBe(answers[0][1]);
  expect(sent.json.criteria[2].advice).toBe(answers[2][2]);

  // The panel's scores: Alex's among those sent so far (other tests' panellists may have sent theirs).
  await page.getByRole('link', { name: 'See the panel’s scores' }).click();
  await expect(heading(page)).toHaveText('The panel’s scores');
  await expect(page.getByTestId('scores-summary')).toContainText(/\d of [56] panel members have sent their scores/); // 5 once Sam has declared a conflict (conflicted.spec)
  await expect(page.getByTestId('scores-0')).toContainText('You');
  await expect(page.getByTestId('scores-0')).toContainText('3 – Good');
  await screenshot(page, '07-panel-scores');

  // My panels now shows the progress.
  await page.goto('/panels');
  await expect(page.getByTestId('lot-1')).toContainText('2 of 3 bids scored');

  // Signing out ends the session.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(heading(page)).toHaveText('Sign in');
});
