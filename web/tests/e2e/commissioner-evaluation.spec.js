// The commissioner during evaluation and award: forming a panel, following the
// panel's progress and flags, writing feedback, ranking a lot and proposing,
// suspending and resuming the award. The service is the second witness.
import { test, expect, scenario, signIn, apiAs, heading, choose } from './fixtures.js';
import { officer, checkScreen, evaluated, awarding, tenderUrl } from './commissioner-support.js';

// Long journeys with axe in two modes on every screen: room for a busy two-core machine.
// The flags still waiting for an agreed score are read from the service and then from the
// page, so moderation.spec.js must not agree them in between: the lock runs them apart.
test.describe.configure({ timeout: 180000, lock: 'crops-moderation' });

const extra = scenario.commissioner;

test('the commissioner forms a panel for a lot from the panellists', async ({ page }) => {
  const created = await apiAs(officer, 'POST', '/tenders', {
    reference: `EDI-PANEL-${Date.now()}`, title: 'Short breaks', description: 'Short breaks for carers.',
    cpv_codes: ['85312000-9'], contract_term_months: 36, estimated_value_pence: 100000000,
    partnership_bids_expected: false, pin_summary: 'Short breaks for carers.',
  });
  expect(created.status).toBe(201);
  const tender = created.json;
  const lot = await apiAs(officer, 'POST', `/tenders/${tender.id}/lots`, {
    number: 1, title: 'Short breaks citywide', description: 'Breaks', locality_or_theme: 'Citywide', annual_value_pence: 20000000, term_months: 36,
  });
  expect(lot.status).toBe(201);
  expect((await apiAs(officer, 'POST', `/tenders/${tender.id}/lots`, {
    number: 2, title: 'Short breaks at home', description: 'Breaks', locality_or_theme: 'Citywide', annual_value_pence: 20000000, term_months: 36,
  })).status).toBe(201);
  expect((await apiAs(officer, 'POST', `/tenders/${tender.id}/actions/publish_pin`)).status).toBe(200);

  await signIn(page, officer);
  await page.goto(tenderUrl(tender, 'panels'));
  await expect(heading(page)).toHaveText('Panels');
  await expect(page.getByTestId('no-panels')).toBeVisible();
  await page.goto(tenderUrl(tender, 'evaluation'));
  await expect(page.getByText('No panels yet.')).toBeVisible();
  await page.goto(tenderUrl(tender, 'panels'));
  await checkScreen(page, 'panels (none)', null);
  await page.getByRole('link', { name: 'Form a panel' }).click();
  await expect(heading(page)).toHaveText('Form a panel');
  await page.getByLabel('Name of the panel').fill('Short breaks panel');
  await page.getByLabel('Which lots it scores').selectOption({ label: 'Lot 1: Short breaks citywide' });
  await page.getByRole('button', { name: 'Form the panel' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('Choose at least one panel member.');
  await page.getByText(`${extra.users.spare.display_name} (`).click();
  await page.getByText(`${extra.users.ellis.display_name} (`).click();
  await page.getByLabel(`${extra.users.ellis.display_name} sits on the panel as`).selectOption('statutory');
  await page.getByRole('button', { name: 'Form the panel' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('Choose who chairs the panel.');
  await page.getByLabel('Who chairs the panel').selectOption({ label: extra.users.spare.display_name });
  await checkScreen(page, 'form a panel', '40-form-panel');
  await page.getByRole('button', { name: 'Form the panel' }).click();
  await expect(heading(page)).toHaveText('Panels');
  const card = page.getByTestId('panel-Short breaks panel');
  await expect(card).toContainText('Scores: Lot 1: Short breaks citywide');
  await expect(card).toContainText(`${extra.users.spare.display_name} (Lived experience) – chair`);
  // Each member's links to organisations (read from the panel itself): these two have told us of none.
  await expect(card.getByTestId(`member-${extra.users.spare.display_name}`).getByTestId('member-links')).toHaveText('No links recorded');
  await expect(card.getByTestId(`member-${extra.users.ellis.display_name}`).getByTestId('member-links')).toHaveText('No links recorded');
  await checkScreen(page, 'panels', '41-panels');
  // Lot 2 has no panel: the evaluation page says so, and the bids stay sealed until stage 1 closes.
  await page.getByRole('link', { name: 'Evaluation and feedback' }).click();
  await expect(page.getByTestId('unpanelled')).toContainText('No panel scores lot 2 yet.');
  await expect(page.getByText('The bids stay sealed')).toBeVisible();

  const panels = (await apiAs(officer, 'GET', `/tenders/${tender.id}/panels`)).json.items;
  expect(panels).toHaveLength(1);
  expect(panels[0]).toMatchObject({ name: 'Short breaks panel', lot_id: lot.json.id });
  expect(panels[0].members).toEqual(expect.arrayContaining([
    expect.objectContaining({ user_id: extra.users.spare.id, kind: 'lived_experience', chair: true }),
    expect.objectContaining({ user_id: extra.users.ellis.id, kind: 'statutory', chair: false }),
  ]));
});

test('the commissioner follows scoring progress and flags, and judges a requirement', async ({ page }) => {
  await signIn(page, officer);
  // Releasing feedback while bids wait for scores and flags for agreement is refused, each reason listed.
  await page.goto(tenderUrl(evaluated));
  await expect(heading(page)).toHaveText(evaluated.title);
  // Bids per lot: three on lot 1, one on lot 2.
  await expect(page.getByTestId('overview')).toContainText(`Lot 1: ${scenario.lots[0].title} (3 bids); Lot 2: ${scenario.lots[1].title} (1 bid)`);
  await page.getByRole('link', { name: 'Check the feedback before you release it' }).click();
  await expect(heading(page)).toHaveText('Check the feedback before you release it');
  await page.getByRole('button', { name: 'Release feedback and open stage 2' }).click();
  const reasons = page.getByTestId('preconditions');
  await expect(reasons).toContainText(/bid\(s\) still wait for panellists' scores/);
  // Whether the flags wait for agreement depends on the chair (moderation.spec); the page follows the service.
  const waiting = (await apiAs(officer, 'GET', `/bids/${scenario.bids.crops.id}/scores`)).json.flagged_unmoderated;
  if (waiting > 0) await expect(reasons).toContainText(/flagged criterion score\(s\) still need a consensus/);
  else await expect(reasons).not.toContainText('consensus');
  expect((await apiAs(officer, 'GET', `/tenders/${evaluated.id}`)).json.status).toBe('stage1_evaluation');
  await checkScreen(page, 'refused release of feedback', '38-refused-release');
  await reasons.getByRole('link', { name: /still wait for panellists' scores/ }).click();
  await page.goto(tenderUrl(evaluated, 'evaluation'));
  await expect(heading(page)).toHaveText('Evaluation and feedback');
  const crops = page.getByTestId('progress-Leith Community Crops');
  await expect(crops.getByTestId('sent')).toHaveText('6 of 6 panel members free of conflicts');
  await expect(crops.getByTestId('flags')).toContainText('2 questions flagged');
  await expect(crops.getByTestId('flags')).toContainText(waiting > 0 ? `${waiting} still need` : 'All have an agreed score.');
  await checkScreen(page, 'evaluation progress', '42-evaluation');

  await crops.getByRole('link', { name: 'Scores and requirements for Leith Community Crops' }).click();
  await expect(heading(page)).toHaveText('Scores: Leith Community Crops');
  await expect(page.getByTestId('member-progress')).toContainText('Morag Chair (chair): Sent their scores');
  await expect(page.getByTestId('scores-0').getByTestId('flag')).toHaveText('Flagged: scores are 3 points apart');
  await expect(page.getByTestId('scores-1').getByTestId('flag')).toHaveCount(0);
  await expect(page.getByTestId('gate-result-1')).toContainText('Met.');
  await expect(page.getByTestId('gate-result-1').getByTestId('declaration')).toHaveText('What the bidder declared: committed: yes; hourly rate: £14.');
  await expect(page.getByTestId('gate-result-0').getByTestId('declaration')).toContainText('employers liability: £5,000,000');
  await page.getByTestId('scores-0').getByText('Read the bid’s answer').click();
  await expect(page.getByTestId('scores-0')).toContainText('Each person picks what they grow');
  await checkScreen(page, 'one bid’s scores', '43-bid-scores');

  // A requirement decided by the commissioner, with the reason the bidder reads.
  const gate = page.getByTestId('gate-result-2');
  await gate.getByText('Decide requirement 3 yourself').click();
  await gate.getByRole('button', { name: 'Save the decision on requirement 3' }).click();
  await expect(gate.getByLabel('Why')).toHaveAttribute('aria-invalid', 'true');
  await gate.getByLabel('Why').fill('Checked the self-declaration against Companies House.');
  await gate.getByRole('button', { name: 'Save the decision on requirement 3' }).click();
  await expect(page.getByTestId('gate-result-2')).toContainText('(decided by the commissioner)');
  const results = (await apiAs(officer, 'GET', `/tenders/${evaluated.id}/gate-results`)).json.items;
  const mine = results.find((r) => r.bid_id === scenario.bids.crops.id).results[2];
  expect(mine).toMatchObject({ outcome: 'pass', reason: 'Checked the self-declaration against Companies House.' });
  expect(mine.decided_by).toBe(officer.id);
});

test('the commissioner writes a bidder’s feedback from the panel’s advice', async ({ page }) => {
  await signIn(page, officer);
  await page.goto(tenderUrl(evaluated, `bids/${scenario.bids.crops.id}/feedback`));
  await expect(heading(page)).toHaveText('Feedback: Leith Community Crops');
  await page.getByLabel('Summary for the bidder').fill('');
  await page.getByRole('button', { name: 'Save the feedback' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('Write a summary of the feedback for the bidder.');
  await checkScreen(page, 'feedback with an error', null);
  await page.getByLabel('Summary for the bidder').fill('A strong community garden offer; consider a partner for lot 1.');
  await page.getByLabel('Suggest the bidder looks for partners for a lot (optional)').selectOption({ label: `Lot 1: ${scenario.lots[0].title}` });
  await page.getByLabel(`1. ${scenario.criteria[0]}`).fill('Say how people choose their own activities week by week.');
  await page.getByRole('button', { name: 'Save the feedback' }).click();
  await expect(page.getByTestId('feedback-saved')).toBeVisible();
  await checkScreen(page, 'feedback', '44-feedback');
  const feedback = (await apiAs(officer, 'GET', `/bids/${scenario.bids.crops.id}/feedback`)).json;
  expect(feedback).toMatchObject({
    text: 'A strong community garden offer; consider a partner for lot 1.', edited: true, released: false,
    suggested_lot_id: scenario.lots[0].id,
  });
  expect(feedback.advice[0].text).toBe('Say how people choose their own activities week by week.');
  // Not released: the bidder still cannot read it.
  expect((await apiAs(scenario.users.crops, 'GET', `/bids/${scenario.bids.crops.id}/feedback`)).status).toBe(409);
});

test('the commissioner ranks a lot, breaks a tie, proposes the award, suspends and resumes it', async ({ page }) => {
  const ranking = `/lots/${extra.lot.id}/ranking`;
  await signIn(page, officer);
  await page.goto(tenderUrl(awarding, 'award'));
  await expect(heading(page)).toHaveText('Ranking and award');
  const lot = page.getByTestId('award-lot-1');
  const rows = lot.getByTestId('ranking').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  // Level on every score in stage 2: no award until the commissioner decides the order.
  for (const i of [0, 1]) {
    await expect(rows.nth(i)).toContainText('75.00%');
    await expect(rows.nth(i)).toContainText('Level: you need to decide the order');
    // No agreed score was recorded in stage 2: each question's score is the panel's average, and says so.
    await expect(rows.nth(i).getByTestId('score-basis')).toHaveText(['panel’s average', 'panel’s average']);
  }
  await expect(page.getByTestId('ranking-basis')).toContainText(
    'Each question’s score is the panel’s agreed score where the panel recorded one at moderation; otherwise it is the panel’s average');
  await expect(lot.getByTestId('tie-first')).toBeVisible();
  await expect(lot.getByTestId('propose')).toHaveCount(0);
  await checkScreen(page, 'ranking with a tie', '45-ranking-tie');

  const tie = lot.getByTestId('tie-break');
  await tie.getByLabel('Place 1').selectOption({ label: 'Canongate Care' });
  await expect(tie.getByLabel('Place 2')).toHaveValue(extra.bids.granton.id);
  await tie.getByRole('button', { name: 'Save the order' }).click();
  await expect(tie.getByLabel('Why this order')).toHaveAttribute('aria-invalid', 'true');
  await tie.getByLabel('Why this order').fill('Canongate Care already runs the Leith hub the lot builds on.');
  await tie.getByRole('button', { name: 'Save the order' }).click();
  await expect(rows.nth(0)).toContainText('Canongate Care');
  await expect(rows.nth(0)).toContainText('Tie decided by you');
  await expect(rows.nth(1)).toContainText('Granton Growers');
  const ranked = (await apiAs(officer, 'GET', ranking)).json.ranked;
  expect(ranked.map((r) => [r.rank, r.consortium, r.tie_break])).toEqual([
    [1, 'Canongate Care', 'commissioner_decision'], [2, 'Granton Growers', 'commissioner_decision']]);
  await expect(lot.getByTestId('propose')).toContainText('lot 1 goes to Canongate Care');
  await checkScreen(page, 'ranking', '46-ranking');
  expect((await apiAs(officer, 'GET', `/tenders/${awarding.id}/awards`)).json.items).toEqual([]);

  await lot.getByRole('button', { name: 'Propose the award for lot 1' }).click();
  const award = lot.getByTestId('award-Canongate Care');
  await expect(award).toContainText('Proposed: in standstill');
  const decided = (await apiAs(officer, 'GET', `/tenders/${awarding.id}/awards`)).json.items;
  expect(decided).toHaveLength(1);
  expect(decided[0].awards).toMatchObject([{ bid_id: extra.bids.canongate.id, status: 'proposed' }]);
  expect((await apiAs(officer, 'GET', `/tenders/${awarding.id}`)).json.status).toBe('standstill');
  await checkScreen(page, 'award proposed', '47-award-proposed');

  // The outcome letter downloads through the page, with no token in any address.
  const [letter] = await Promise.all([
    page.waitForEvent('download'),
    lot.getByRole('button', { name: 'Download to print (web page) (the letter to Granton Growers)' }).click(),
  ]);
  expect(letter.suggestedFilename()).toBe('outcome-letter-lot-1-Granton-Growers.html');
  expect(letter.url()).toMatch(/^blob:/);
  const html = await (await letter.createReadStream()).toArray().then((c) => Buffer.concat(c).toString());
  expect(html).toContain('Canongate Care');

  // Confirming during the standstill is refused, and the page says why.
  await award.getByText('Confirm this award and record the contract').click();
  await award.getByLabel('Contract start date').fill('2027-04-01');
  await award.getByLabel('Term in months').fill('60');
  await award.getByLabel('Contract value, in pounds').fill('3000000');
  await award.getByRole('button', { name: 'Confirm the award to Canongate Care' }).click();
  await expect(award.getByRole('alert')).toContainText(/standstill/i);
  expect((await apiAs(officer, 'GET', `/tenders/${awarding.id}/awards`)).json.items[0].awards[0].status).toBe('proposed');

  await award.getByText('Suspend this award').click();
  await award.getByLabel('Reason for suspending').fill('Granton Growers asked for a review of the scores.');
  await award.getByRole('button', { name: 'Suspend the award to Canongate Care' }).click();
  await expect(award).toContainText('Suspended because: Granton Growers asked for a review of the scores.');
  expect((await apiAs(officer, 'GET', `/tenders/${awarding.id}/awards`)).json.items[0].awards[0].status).toBe('suspended');
  await award.getByRole('button', { name: 'Resume the award to Canongate Care' }).click();
  await expect(award).toContainText('Proposed: in standstill');
  expect((await apiAs(officer, 'GET', `/tenders/${awarding.id}/awards`)).json.items[0].awards[0].status).toBe('proposed');
});

test('the commissioner records an agreed score for a flag, then releases feedback with the scores', async ({ page }) => {
  const release = extra.release;
  const bid = release.bids.canongate;
  await signIn(page, officer);
  await page.goto(tenderUrl(release.tender));
  await expect(heading(page)).toHaveText(release.tender.title);
  await expect(page.getByTestId('tender-status')).toHaveText('Stage 1 bids being evaluated');
  expect((await apiAs(extra.users.canongate, 'GET', `/bids/${bid.id}/feedback`)).status).toBe(409);

  // One flagged question still needs an agreed score: release is refused, saying so.
  await page.getByRole('link', { name: 'Check the feedback before you release it' }).click();
  await page.getByRole('button', { name: 'Release feedback and open stage 2' }).click();
  const reasons = page.getByTestId('preconditions');
  await expect(reasons).toHaveText(/^1 flagged criterion score\(s\) still need a consensus/);
  await reasons.getByRole('link').click();
  await expect(heading(page)).toHaveText('Evaluation and feedback');
  await page.getByRole('link', { name: `Scores and requirements for ${bid.name}` }).click();
  await expect(heading(page)).toHaveText(`Scores: ${bid.name}`);
  const form = page.getByTestId('consensus-form-0');
  await choose(form, /^2 – /);
  await form.getByLabel('Why the panel agreed this score').fill('Good plans, but evenings are not covered yet.');
  await checkScreen(page, 'commissioner records an agreed score', '44-consensus');
  await form.getByRole('button', { name: /Save the agreed score/ }).click();
  await expect(page.getByTestId('consensus-status-0')).toHaveText('Agreed score saved');
  const scores = (await apiAs(officer, 'GET', `/bids/${bid.id}/scores`)).json;
  expect(scores.flagged_unmoderated).toBe(0);

  // The other bid's evaluators-only document downloads from its page.
  await page.goto(tenderUrl(release.tender, `bids/${release.bids.granton.id}`));
  await expect(page.getByTestId('documents')).toContainText('(for evaluators only)');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download insurance-certificate.txt' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('insurance-certificate.txt');
  expect(file.url()).toMatch(/^blob:/);
  const text = await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString());
  expect(text).toBe('Employer’s liability £5m, public liability £10m, until 31 March 2028.');
  expect(scores.criteria[0].consensus).toMatchObject({ score: 2, rationale: 'Good plans, but evenings are not covered yet.' });

  // Releasing is checked first: what each bidder will read, with the choice to show the scores.
  await page.getByRole('link', { name: 'Overview and stages' }).click();
  await page.getByRole('link', { name: 'Check the feedback before you release it' }).click();
  await expect(heading(page)).toHaveText('Check the feedback before you release it');
  const canongate = page.getByTestId(`release-${bid.name}`);
  await expect(canongate).toContainText(`Lot 1: ${release.lot.title}`);
  await expect(canongate).toContainText('Your summaryNone written: the bidder reads the panel’s advice only');
  await expect(canongate).toContainText('1. Person-led support');
  await expect(canongate).toContainText('Say more about evenings.');
  await expect(page.getByTestId(`release-${release.bids.granton.name}`)).toContainText('Say more about evenings.');
  await expect(canongate.getByTestId('release-score-0')).toHaveCount(0);
  await page.getByText('Also show each bidder the panel’s agreed scores').click();
  await expect(canongate.getByTestId('release-score-0')).toContainText('Agreed score shown: 2 out of 4');
  await expect(canongate.getByTestId('release-score-1')).toHaveText(
    'No agreed score was recorded for this question, so the bidder sees no score for it.');
  await expect(page.getByTestId('release-warning')).toContainText('Once released, the feedback cannot be changed or taken back');
  await checkScreen(page, 'check the feedback before releasing it', '44b-release-check');
  // Cancel: back to the overview, nothing released.
  await page.getByRole('link', { name: 'Cancel', exact: true }).click();
  await expect(heading(page)).toHaveText(release.tender.title);
  await expect(page.getByTestId('tender-status')).toHaveText('Stage 1 bids being evaluated');
  expect((await apiAs(officer, 'GET', `/tenders/${release.tender.id}`)).json.status).toBe('stage1_evaluation');
  await page.getByRole('link', { name: 'Check the feedback before you release it' }).click();
  await page.getByText('Also show each bidder the panel’s agreed scores').click();
  await page.getByRole('button', { name: 'Release feedback and open stage 2' }).click();
  await expect(page.getByTestId('tender-status')).toHaveText('Stage 2 open for revised bids');
  await checkScreen(page, 'stage 2 open', null);
  expect((await apiAs(officer, 'GET', `/tenders/${release.tender.id}`)).json.status).toBe('stage2_open');
  const feedback = await apiAs(extra.users.canongate, 'GET', `/bids/${bid.id}/feedback`);
  expect(feedback.status).toBe(200);
  expect(feedback.json.released).toBe(true);
  expect(feedback.json.scores[0]).toMatchObject({ criterion: 0, score: 2 }); // released with the scores shown

  // Released feedback is shown, no longer editable.
  await page.goto(tenderUrl(release.tender, `bids/${bid.id}/feedback`));
  await expect(page.getByTestId('released')).toBeVisible();
  await expect(page.getByLabel('Summary for the bidder')).toBeDisabled();
});
