// The whole two-stage tender through the client's own screens, each person in a
// browser of their own: the commissioner sets up a tender (lot, criterion, gate,
// timetable), publishes the PIN and opens stage 1; two providers form a partnership
// (found by name, invited, accepted, MoU read), write, sign off and submit a bid;
// the commissioner forms the panel and verifies the gate; panellists declare and
// score, the chair moderates; the commissioner writes and releases feedback; the
// providers read it and submit a revised bid; stage 2 is scored and moderated; the
// lot is ranked, the award proposed and, after the standstill, confirmed; the
// providers read the outcome letter. The API is the second witness. Only the
// accounts (no screen makes them) come from the seed.
import { execFileSync } from 'node:child_process';
import { test, expect, scenario, signIn, apiAs, heading, choose, expectAccessible } from './fixtures.js';
import { officer, checkScreen } from './commissioner-support.js';

const { lead, partner, reader, chair } = scenario.twoStage.users;
const title = 'Wester Hailes community support';
const lotTitle = 'Wester Hailes connections';
const criterion = 'Knowing the neighbourhood';
const partnership = 'Wester Hailes Together';
// From opening stage 1: an hour for the bid, a day until stage 2 closes. The test does
// not wait for them: once the bids are in, the deadline is brought to now (closes).
const STAGE1_MS = 3600000;
const STAGE2_MS = 86400000;

// "2026-11-28T14:05:30": the browser's local time, to the second, as typed into the form.
function localInput(ms) {
  const d = new Date(ms);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
// Time passes for this tender alone until `deadline` (its whole timetable moves back
// by what was left), as if the test had waited: other tests share the service's clock.
function closes(tenderId, deadline) {
  execFileSync('psql', [process.env.DATABASE_URL, '-qc', `UPDATE tender SET
      clarification_cutoff = clarification_cutoff - remaining, stage1_deadline = stage1_deadline - remaining,
      stage2_deadline = stage2_deadline - remaining
    FROM (SELECT ${deadline} - clock_timestamp() AS remaining FROM tender WHERE id = '${tenderId}') AS t
    WHERE id = '${tenderId}' AND remaining > interval '0 seconds'`]);
}

// A panel member's whole turn on the bid in the stage under evaluation.
async function score(page, { mark, answer, why, advice, beforeSending = async () => {}, axe = null }) {
  await page.goto('/panels');
  await page.getByRole('link', { name: `Lot 1: ${lotTitle}` }).click();
  await page.getByRole('link', { name: new RegExp(`for ${partnership}$`) }).first().click();
  await expect(heading(page)).toHaveText('Do you have a conflict of interest?');
  await choose(page, 'No, I have no link to them');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText(criterion);
  await expect(page.getByTestId('bid-response')).toContainText(answer);
  await choose(page, new RegExp(`^${mark} – `));
  await page.getByLabel('Why did you give this score?').fill(why);
  if (advice) await page.getByLabel('Advice to the bidder (optional)').fill(advice);
  else await expect(page.getByLabel('Advice to the bidder (optional)')).toHaveCount(0); // stage 2: no advice
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
  if (axe) await expectAccessible(page, axe);
  await page.getByRole('button', { name: /^Next:/ }).click();
  await expect(heading(page)).toHaveText('Check your scores before you send them');
  await beforeSending();
  await page.getByRole('button', { name: 'Submit my scores' }).click();
  await expect(heading(page)).toHaveText('Your scores have been sent');
}

// The chair's agreed score for the flagged question.
async function moderate(page, mark, rationale) {
  await page.goto('/panels');
  await page.getByRole('link', { name: `Lot 1: ${lotTitle}` }).click();
  await page.getByRole('link', { name: `Agree final scores for ${partnership}` }).click();
  await expect(page.getByTestId('scores-0').getByTestId('flag')).toContainText('points apart');
  const form = page.getByTestId('consensus-form-0');
  await choose(form, new RegExp(`^${mark} – `));
  await form.getByLabel('Why the panel agreed this score').fill(rationale);
  await form.getByRole('button', { name: /Save the agreed score/ }).click();
  await expect(page.getByTestId('consensus-status-0')).toHaveText('Agreed score saved');
}

async function stageMove(page, tenderId, action, status) {
  await page.goto(`/tenders/${tenderId}`);
  await page.getByRole('button', { name: action }).click();
  // Publishing the notice is checked first: what becomes public, to whom it is announced.
  if (action === 'Publish the prior information notice') {
    await expect(page.getByTestId('check-publish')).toBeVisible();
    await page.getByRole('button', { name: 'Publish the notice' }).click();
  }
  await expect(page.getByTestId('tender-status')).toHaveText(status);
}

test('a two-stage tender from set-up to a confirmed award, everyone in their own browser', async ({ browser }) => {
  test.setTimeout(240000);
  const started = Date.now();
  const person = async (user) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await signIn(page, user);
    return page;
  };
  // One after another: signing in is deliberately slow (password hashing), and five at once on two
  // cores can meet the service's full queue (503, "busy").
  const pages = [];
  for (const user of [officer, lead, partner, reader, chair]) pages.push(await person(user));
  const [c, wendy, sid, rae, cal] = pages;

  // The commissioner: details, a lot, the PIN.
  await c.getByRole('link', { name: 'Create a tender' }).click();
  await c.getByLabel('Reference').fill(`EDI-TWO-STAGE-${Date.now()}`);
  await c.getByLabel('Title').fill(title);
  await c.getByLabel('What the service is').fill('Support for people in Wester Hailes to find company and things to do.');
  await c.getByLabel('Contract term in months').fill('60');
  await c.getByLabel('Estimated total value, in pounds').fill('1,500,000');
  await c.getByLabel('What you tell providers about partnership bids').fill('Partnership bids are welcome.');
  await c.getByLabel('Prior information notice (PIN) summary').fill('One lot of community support in Wester Hailes.');
  await c.getByRole('button', { name: 'Create the tender' }).click();
  await expect(heading(c)).toHaveText(title);
  const tenderId = new URL(c.url()).pathname.split('/')[2];
  await c.goto(`/tenders/${tenderId}/lots/new`);
  await c.getByLabel('Title').fill(lotTitle);
  await c.getByLabel('What this lot covers').fill('Community connections across Wester Hailes.');
  await c.getByLabel('Locality or theme').fill('South West');
  await c.getByLabel('Value each year, in pounds').fill('300000');
  await c.getByRole('button', { name: 'Add the lot' }).click();
  await expect(c.getByTestId('lot-1')).toContainText(`Lot 1: ${lotTitle}`);
  await stageMove(c, tenderId, 'Publish the prior information notice', 'Prior information notice published');
  const lotId = (await apiAs(officer, 'GET', `/tenders/${tenderId}/lots`)).json.items[0].id;

  // While the commissioner sets the criterion, the gate and the panel, the providers form their partnership.
  const setUp = async () => {
    await c.goto(`/tenders/${tenderId}/criteria`);
    await c.getByLabel('Criterion 1: title').fill(criterion);
    await c.getByLabel('Criterion 1: weight, in percent').fill('100');
    await c.getByLabel('Criterion 1: guidance for bidders').fill('Tell us which local groups you work with.');
    await c.getByRole('button', { name: 'Save the criteria and scale' }).click();
    await expect(c.getByTestId('criteria-saved')).toBeVisible();
    await c.goto(`/tenders/${tenderId}/gates`);
    await c.getByLabel('Kind of requirement to add').selectOption('fair_work_first');
    await c.getByRole('button', { name: 'Add this requirement' }).click();
    // No Real Living Wage is set for this installation: the gate names its rate.
    await c.getByLabel('Lowest hourly rate paid to staff (£)').fill('13.45');
    await c.getByRole('button', { name: 'Save the minimum requirements' }).click();
    await expect(c.getByTestId('gates-saved')).toBeVisible();
    await c.goto(`/tenders/${tenderId}/panels/new`);
    await c.getByLabel('Name of the panel').fill('Wester Hailes panel');
    await c.getByText(`${reader.display_name} (`).click();
    await c.getByText(`${chair.display_name} (`).click();
    await c.getByLabel('Who chairs the panel').selectOption({ label: chair.display_name });
    await c.getByRole('button', { name: 'Form the panel' }).click();
    await expect(c.getByTestId('panel-Wester Hailes panel')).toContainText(`${chair.display_name} (Lived experience) – chair`);
  };
  const partnershipFormed = async () => {
    await wendy.goto(`/opportunities/${tenderId}`);
    await wendy.getByRole('link', { name: 'Start a partnership bid' }).click();
    await wendy.getByLabel('Name of the partnership').fill(partnership);
    await wendy.getByRole('button', { name: 'Create the partnership' }).click();
    await expect(heading(wendy)).toHaveText(partnership);
    const consortiumId = new URL(wendy.url()).pathname.split('/')[2];
    // Sighthill is on no partner register: found by its name (two letters at least).
    const search = wendy.getByLabel('Find an organisation by name');
    await search.fill('s');
    await wendy.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(search).toHaveAttribute('aria-invalid', 'true');
    await expect(wendy.getByTestId('invite-search')).toContainText('Type at least 2 letters of the organisation’s name');
    await search.fill('no such trust');
    await wendy.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(wendy.getByTestId('invite-search-result')).toHaveText('No organisation’s name contains “no such trust”.');
    await search.fill('sighthill');
    await wendy.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(wendy.getByTestId('invite-search-result')).toHaveText('Found 1: choose from the list below.');
    // The one found is chosen; under its name, that it gave no register number.
    await expect(wendy.getByRole('radio', { name: partner.organisation.name })).toBeChecked();
    await expect(wendy.getByRole('radio', { name: partner.organisation.name }))
      .toHaveAccessibleDescription('No charity, company or Care Inspectorate number given');
    await expectAccessible(wendy, 'invitation found by name');
    await wendy.getByLabel('Their share of the work, in %').fill('40');
    await wendy.getByRole('button', { name: 'Send the invitation' }).click();
    await expect(wendy.getByTestId(`member-${partner.organisation.id}`)).toContainText('Invited');

    await sid.goto('/work');
    await sid.getByRole('button', { name: `Accept the invitation to join ${partnership}` }).click();
    await expect(heading(sid)).toHaveText(partnership);

    await wendy.reload();
    await expect(wendy.getByTestId(`member-${partner.organisation.id}`)).toContainText('Accepted');
    await wendy.locator(`#share-${lead.organisation.id}`).fill('60');
    await wendy.locator(`#share-${lead.organisation.id}`).press('Enter');
    await expect(wendy.getByTestId(`member-${lead.organisation.id}`)).toContainText('60%');
    await wendy.locator('#mou-file').setInputFiles({
      name: 'mou.txt', mimeType: 'text/plain', buffer: Buffer.from('Wester Hailes Community Trust leads; Sighthill Befrienders does 40%.'),
    });
    await wendy.getByRole('button', { name: 'Upload the memorandum' }).click();
    for (const page of [wendy, sid]) {
      if (page === sid) await sid.reload();
      await page.locator('label[for="mou-read"]').click();
      await page.getByRole('button', { name: 'Confirm I have read it' }).click();
      await expect(page.getByTestId('mou-state')).toHaveText('You have read this version');
    }
    return consortiumId;
  };
  const [, consortiumId] = await Promise.all([setUp(), partnershipFormed()]);
  expect((await apiAs(lead, 'GET', `/consortia/${consortiumId}`)).json.complete).toBe(true);

  // The timetable, to the second: stage 1 closes in an hour, stage 2 a day after opening; stage 1 opens.
  await c.goto(`/tenders/${tenderId}/timetable`);
  const opened = Date.now();
  const deadline1 = Math.ceil((opened + STAGE1_MS) / 1000) * 1000;
  const deadline2 = Math.ceil((opened + STAGE2_MS) / 1000) * 1000;
  await c.getByLabel('Clarification questions close').fill(localInput(opened + STAGE1_MS / 2));
  await c.getByLabel('Stage 1 deadline for first bids').fill(localInput(deadline1));
  await c.getByLabel('Stage 2 deadline for revised bids').fill(localInput(deadline2));
  await c.getByRole('button', { name: 'Save the timetable' }).click();
  await expect(c.getByTestId('timetable-saved')).toBeVisible();
  const timetable = (await apiAs(officer, 'GET', `/tenders/${tenderId}`)).json.timetable;
  expect([Date.parse(timetable.stage1_deadline), Date.parse(timetable.stage2_deadline)]).toEqual([deadline1, deadline2]);
  await stageMove(c, tenderId, 'Open stage 1 for bids', 'Stage 1 open for bids');

  // The lead starts the bid, writes the answer and the requirement; both sign off; it is submitted.
  await wendy.goto(`/consortia/${consortiumId}`);
  await wendy.getByRole('button', { name: 'Start the bid' }).click();
  await expect(wendy).toHaveURL(/\/bids\/[0-9a-f-]{36}$/);
  const bid = new URL(wendy.url()).pathname.split('/')[2];
  const answer = 'We run the Tuesday lunch club with the library and the Calders youth group.';
  // Each organisation's signatory signs the draft as it stands, in their own browser.
  const signBoth = async () => {
    for (const [page, who] of [[wendy, lead], [sid, partner]]) {
      await page.goto(`/bids/${bid}/sign-off`);
      await page.getByRole('button', { name: `Sign off the bid for ${who.organisation.name}` }).click();
      await expect(page.getByTestId(`sign-off-${who.organisation.id}`)).toContainText(`Signed by ${who.display_name} (you)`);
    }
  };
  await wendy.goto(`/bids/${bid}/sections/response-0`);
  await wendy.getByLabel('Your answer').fill(answer);
  await expect(wendy.getByTestId('save-status')).toHaveText(/Saved at/);
  await wendy.goto(`/bids/${bid}/sections/declaration-0`);
  await wendy.locator('label[for="committed-true"]').click();
  await wendy.getByLabel('The lowest hourly rate you will pay').fill('14');
  await expect(wendy.getByTestId('save-status')).toHaveText(/Saved at/);
  await signBoth();
  await wendy.goto(`/bids/${bid}/submit`);
  await expect(wendy.getByTestId('checklist')).toContainText('Everything is done');
  await wendy.locator('label[for="confirm-declaration"]').click();
  await wendy.getByRole('button', { name: 'Submit the bid' }).click();
  await expect(wendy.getByRole('heading', { name: 'Your bid has been submitted' })).toBeVisible();
  let receipts = (await apiAs(lead, 'GET', `/bids/${bid}/submissions`)).json.items;
  await expect(wendy.getByTestId('receipt').first().getByTestId('receipt-hash')).toHaveText(receipts[0].sha256);

  // Stage 1 closes; the commissioner verifies the gate while the panel scores, far apart.
  closes(tenderId, 'stage1_deadline');
  await stageMove(c, tenderId, 'Close stage 1 and start evaluating', 'Stage 1 bids being evaluated');
  const advice = 'Name the groups you will start working with in the first year.';
  const calAdvice = 'Say how people who do not come to the library will hear of you.';
  // Before anyone has opened the bid, the commissioner sees that, member by member.
  await c.goto(`/tenders/${tenderId}/bids/${bid}`);
  await expect(c.getByTestId('bid-lot')).toHaveText(`Lot 1: ${lotTitle}`);
  await expect(c.getByTestId('member-progress')).toContainText(`${reader.display_name}: Has not answered the conflict question yet`);
  const verifyGate = async () => {
    const gate = c.getByTestId('gate-result-0');
    await expect(gate).toContainText('Met.');
    await gate.getByText('Decide requirement 1 yourself').click();
    await gate.getByLabel('Why').fill('Checked the pay rates in the partners’ payroll summaries.');
    await gate.getByRole('button', { name: 'Save the decision on requirement 1' }).click();
    await expect(c.getByTestId('gate-result-0')).toContainText('(decided by the commissioner)');
  };
  await Promise.all([
    verifyGate(),
    score(cal, { mark: 1, answer, why: 'Only two groups are named.', advice: calAdvice }),
  ]);
  // Part-way: scored, not sent. The commissioner sees how far, not the score itself.
  await score(rae, { mark: 3, answer, why: 'Good links with the library and youth groups.', advice, beforeSending: async () => {
    await c.reload();
    await expect(c.getByTestId('member-progress')).toContainText(`${reader.display_name}: Scoring: 1 of 1 question scored, not sent yet`);
    await expect(c.getByTestId('member-progress')).toContainText(`${chair.display_name} (chair): Sent their scores`);
  } });
  await c.goto(`/tenders/${tenderId}/evaluation`);
  const progress = c.getByTestId(`progress-${partnership}`);
  await expect(progress.getByTestId('sent')).toHaveText('2 of 2 panel members free of conflicts');
  await expect(progress.getByTestId('flags')).toContainText('1 question flagged 1 still needs an agreed score: every score is in, ready for moderation.');
  const gates = (await apiAs(officer, 'GET', `/tenders/${tenderId}/gate-results`)).json.items;
  expect(gates.find((g) => g.bid_id === bid).results[0]).toMatchObject({ outcome: 'pass', decided_by: officer.id });
  await moderate(cal, 2, 'Good links, but too few groups named yet.');
  expect((await apiAs(officer, 'GET', `/bids/${bid}/scores`)).json.criteria[0].consensus).toMatchObject({ score: 2 });

  // Feedback: composed from the panel's advice, released with the agreed scores; stage 2 opens.
  await c.goto(`/tenders/${tenderId}/bids/${bid}/feedback`);
  await expect(c.getByTestId('bid-lot')).toHaveText(`Lot 1: ${lotTitle}`);
  await expect(c.getByLabel(`1. ${criterion}`)).toHaveValue(new RegExp(advice));
  await c.getByLabel('Summary for the bidder').fill('A good local partnership; reach people beyond the library.');
  await c.getByRole('button', { name: 'Save the feedback' }).click();
  await expect(c.getByTestId('feedback-saved')).toBeVisible();
  await c.goto(`/tenders/${tenderId}`);
  await c.getByRole('link', { name: 'Check the feedback before you release it' }).click();
  await expect(c.getByTestId(`release-${partnership}`)).toContainText('A good local partnership; reach people beyond the library.');
  await c.getByText('Also show each bidder the panel’s agreed scores').click();
  await expect(c.getByTestId(`release-${partnership}`).getByTestId('release-score-0')).toContainText('Agreed score shown: 2 out of 4');
  await c.getByRole('button', { name: 'Release feedback and open stage 2' }).click();
  await expect(c.getByTestId('tender-status')).toHaveText('Stage 2 open for revised bids');

  // The partner reads the feedback; the lead revises the answer beside the advice; both sign; it goes in.
  await sid.goto('/work');
  await sid.getByRole('link', { name: `Read the feedback for Lot 1: ${lotTitle}` }).click();
  await expect(heading(sid)).toHaveText('Feedback on your first-stage bid');
  await expect(sid.getByTestId('advice-0')).toContainText(advice);
  await expect(sid.getByTestId('advice-0')).toContainText('The panel’s agreed score: 2 out of 4');
  // Both panel members' advice, as the service's points (advice[].items, unnamed), one list item each.
  const points = (await apiAs(partner, 'GET', `/bids/${bid}/feedback`)).json.advice[0].items;
  expect([...points].sort()).toEqual([advice, calAdvice].sort());
  await expect(sid.getByTestId('advice-0').getByTestId('advice-points').getByRole('listitem')).toHaveText(points);
  await expect(sid.getByText('A good local partnership; reach people beyond the library.')).toBeVisible();
  const revised = `${answer} GP surgeries and the Westside Plaza noticeboard will carry our leaflets.`;
  await wendy.goto(`/bids/${bid}/sections/response-0`);
  await expect(wendy.getByTestId('stage1-advice')).toContainText(advice);
  await wendy.getByLabel('Your answer').fill(revised);
  await expect(wendy.getByTestId('save-status')).toHaveText(/Saved at/);
  await signBoth();
  await wendy.goto(`/bids/${bid}/submit`);
  await wendy.locator('label[for="confirm-declaration"]').click();
  await wendy.getByRole('button', { name: 'Submit the revised bid' }).click();
  await expect(wendy.getByRole('heading', { name: 'Your revised bid has been submitted' })).toBeVisible();
  receipts = (await apiAs(lead, 'GET', `/bids/${bid}/submissions`)).json.items;
  expect(receipts.map((r) => r.stage)).toEqual([1, 2]);

  // Stage 2 closes; it is scored and moderated.
  closes(tenderId, 'stage2_deadline');
  await stageMove(c, tenderId, 'Close stage 2 and start the final evaluation', 'Stage 2 bids being evaluated');
  await Promise.all([
    score(rae, { mark: 4, answer: revised, why: 'Now reaches people through GPs and the plaza.', axe: 'stage-2 scoring question' }),
    score(cal, { mark: 2, answer: revised, why: 'Better, but still few groups.' }),
  ]);
  await moderate(cal, 3, 'The revised bid reaches people beyond the library.');

  // Ranking and award: proposed, then (the standstill over) confirmed.
  await c.goto(`/tenders/${tenderId}/award`);
  const awardLot = c.getByTestId('award-lot-1');
  await expect(awardLot.getByTestId('ranking').locator('tbody tr')).toHaveCount(1);
  await expect(awardLot.getByTestId('ranking').locator('tbody tr').first()).toContainText(partnership);
  await awardLot.getByRole('button', { name: 'Propose the award for lot 1' }).click();
  const award = awardLot.getByTestId(`award-${partnership}`);
  await expect(award).toContainText('Proposed: in standstill');
  // Ten days pass: the service's clock is the machine's, so the decision's standstill end is moved instead.
  execFileSync('psql', [process.env.DATABASE_URL, '-qc',
    `UPDATE award_decision SET standstill_ends_at = now() - interval '1 second' WHERE lot_id = '${lotId}'`]);
  await award.getByText('Confirm this award and record the contract').click();
  await award.getByLabel('Contract start date').fill('2027-04-01');
  await award.getByLabel('Term in months').fill('60');
  await award.getByLabel('Contract value, in pounds').fill('1500000');
  await award.getByRole('button', { name: `Confirm the award to ${partnership}` }).click();
  await expect(award).toContainText('Confirmed');
  expect((await apiAs(officer, 'GET', `/tenders/${tenderId}`)).json.status).toBe('awarded');
  await checkScreen(c, 'award confirmed', '48-award-confirmed');

  // The providers read the outcome letter.
  await wendy.goto('/work');
  await wendy.getByRole('link', { name: `Read the outcome letter for Lot 1: ${lotTitle}` }).click();
  await expect(wendy.getByTestId('outcome')).toContainText(`${partnership}: your bid was successful.`);
  expect((await apiAs(partner, 'GET', `/bids/${bid}/outcome-letter`)).json.outcome).toBe('successful');
  await expectAccessible(wendy, 'successful outcome letter');
  const s = (ms) => (ms / 1000).toFixed(0);
  console.log(`two-stage tender: ${s(Date.now() - started)} s`);
});
