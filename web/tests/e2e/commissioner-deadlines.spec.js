// Dates a commissioner sets once a tender is out (issue 10): moving a stage's
// deadline, refused in plain words at the right field and then done, with bidders
// told; and the date a panel's scores are needed by. The service is the second witness.
import { test, expect, scenario, signIn, apiAs, heading } from './fixtures.js';
import { officer, checkScreen, tenderUrl } from './commissioner-support.js';

// Keir chairs the panel formed here, with a scoring date for a while; pre-flagged-conflicts.spec.js
// reads Keir's one scoring date on My panels: the lock keeps them apart.
test.describe.configure({ timeout: 180000, lock: 'keir' });

const seeded = scenario.issue10;
const tender = seeded.deadline;
const bidder = seeded.users.duddingston;
const day = 86400000;

// A datetime-local value `days` from the current deadline, and the UTC instant the page will send for it.
async function moved(page, from, days) {
  return page.evaluate(([at, shift]) => {
    const d = new Date(Date.parse(at) + shift);
    d.setSeconds(0, 0);
    const pad = (n) => String(n).padStart(2, '0');
    const local = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    return { local, utc: new Date(local).toISOString().replace(/\.\d+Z$/, 'Z') };
  }, [from, days * day]);
}

test('the commissioner moves a deadline, refused in plain words until it is right, and bidders are told', async ({ page }) => {
  const before = (await apiAs(officer, 'GET', `/tenders/${tender.id}`)).json;
  const inboxBefore = (await apiAs(bidder, 'GET', '/notifications')).json.total;
  await signIn(page, officer);
  await page.goto(tenderUrl(tender, 'timetable'));
  await expect(heading(page)).toHaveText('Timetable');
  const form = page.getByTestId('deadline-change-form');
  await expect(page.getByRole('heading', { name: 'Change a deadline' })).toBeVisible();
  await expect(page.getByTestId('timetable-fixed')).toContainText('the timetable is fixed here');
  await expect(page.getByTestId('deadline-rules')).toContainText('once any bidder has started a bid, a deadline can only move later');
  // Where each deadline stands, from the service before anything is tried.
  const standing = (await apiAs(officer, 'GET', `/tenders/${tender.id}/deadline-changes`)).json;
  expect(standing.stages.map((s) => [s.stage, s.movable, s.may_shorten])).toEqual([[1, true, false], [2, true, false]]);
  await expect(page.getByTestId('deadline-now')).toContainText('Stage 1: bidders have started their bids, so you can only move it later.');
  const changesBefore = standing.changes.length;
  await checkScreen(page, 'change a deadline', '97-deadline-change');

  // Nothing typed: both fields are named in the summary, each linking to its input.
  await form.getByRole('button', { name: 'Change the deadline and tell bidders' }).click();
  const summary = page.locator('.ds_error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Enter the new date and time' })).toHaveAttribute('href', '#change-deadline');
  await expect(summary.getByRole('link', { name: 'Say why the deadline is moving' })).toHaveAttribute('href', '#change-reason');

  // Earlier, once a bid has started: the service's cannot_shorten, at the date.
  await form.getByLabel('Which deadline').selectOption('1');
  const earlier = await moved(page, before.timetable.stage1_deadline, -2);
  await form.getByLabel('New date and time').fill(earlier.local);
  await form.getByLabel('Why the deadline is moving').fill('More time after the information session.');
  await form.getByRole('button', { name: 'Change the deadline and tell bidders' }).click();
  await expect(summary).toContainText('The deadline has not moved.');
  await expect(summary.getByRole('link', { name: /Bidders have already started their bids, so this deadline can only move later/ }))
    .toHaveAttribute('href', '#change-deadline');
  await expect(form.getByLabel('New date and time')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#change-deadline-error')).toContainText('can only move later');
  await expect(summary.getByRole('link', { name: /Say why/ })).toHaveCount(0);

  // Stage 1 past stage 2: after_stage2.
  const past2 = await moved(page, before.timetable.stage2_deadline, 5);
  await form.getByLabel('New date and time').fill(past2.local);
  await form.getByRole('button', { name: 'Change the deadline and tell bidders' }).click();
  await expect(page.locator('#change-deadline-error')).toContainText('The stage 1 deadline must come before the stage 2 deadline.');
  await checkScreen(page, 'change a deadline (refused)', '98-deadline-refused');
  expect((await apiAs(officer, 'GET', `/tenders/${tender.id}`)).json.timetable.stage1_deadline).toBe(before.timetable.stage1_deadline);

  // A week later: done, and said so.
  const later = await moved(page, before.timetable.stage1_deadline, 7);
  await form.getByLabel('New date and time').fill(later.local);
  await form.getByRole('button', { name: 'Change the deadline and tell bidders' }).click();
  const done = page.getByTestId('deadline-changed');
  await expect(done).toContainText('The stage 1 deadline is now');
  await expect(done).toContainText('Bidders and everyone following the tender have been told');
  await expect(summary).toHaveCount(0);
  await expect(page.locator('#timetable-stage1_deadline')).toHaveValue(later.local);
  // On the record, with who moved it and why.
  const history = page.getByTestId('deadline-history');
  await expect(history.getByRole('listitem')).toHaveCount(changesBefore + 1);
  await expect(history.getByRole('listitem').last()).toContainText(`${officer.display_name} moved the stage 1 deadline from`);
  await expect(history.getByRole('listitem').last()).toContainText('because: More time after the information session.');
  await checkScreen(page, 'change a deadline (done)', '99-deadline-changed');

  const after = (await apiAs(officer, 'GET', `/tenders/${tender.id}`)).json;
  expect(after.timetable.stage1_deadline).toBe(later.utc);
  expect(after.timetable.stage2_deadline).toBe(before.timetable.stage2_deadline);
  const clarifications = await apiAs(officer, 'GET', `/tenders/${tender.id}/clarifications`);
  expect(JSON.stringify(clarifications.json)).toContain('More time after the information session.');
  const inbox = (await apiAs(bidder, 'GET', '/notifications')).json;
  expect(inbox.total).toBeGreaterThan(inboxBefore);
});

test('the commissioner sets the date a panel’s scores are needed by', async ({ page }) => {
  await signIn(page, officer);
  await page.goto(tenderUrl(tender, 'panels/new'));
  await expect(heading(page)).toHaveText('Form a panel');
  await page.getByLabel('Name of the panel').fill('Gorgie befriending panel');
  await page.getByText(`${seeded.users.keir.display_name} (`).click();
  await page.getByLabel('Who chairs the panel').selectOption({ label: seeded.users.keir.display_name });
  const due = await moved(page, new Date(Date.now() + 40 * day).toISOString(), 0);
  await page.getByLabel('Scores needed by (optional)').fill(due.local);
  await expect(page.locator('#scoring_due_at-hint')).toContainText('reminder 3 days and 1 day before');
  await checkScreen(page, 'form a panel with a scoring date', '100-panel-due');
  await page.getByRole('button', { name: 'Form the panel' }).click();
  await expect(heading(page)).toHaveText('Panels');
  const card = page.getByTestId('panel-Gorgie befriending panel');
  await expect(card.getByTestId('scoring-due')).toContainText('Scores needed by');
  await checkScreen(page, 'panels with a scoring date', null);
  let panel = (await apiAs(officer, 'GET', `/tenders/${tender.id}/panels`)).json.items.find((p) => p.name === 'Gorgie befriending panel');
  expect(panel.scoring_due_at).toBe(due.utc);

  // Changed back to no date.
  await card.getByRole('link', { name: 'Change the members of Gorgie befriending panel' }).click();
  await expect(page.getByLabel('Scores needed by (optional)')).toHaveValue(due.local);
  await page.getByLabel('Scores needed by (optional)').fill('');
  await page.getByRole('button', { name: 'Save the panel' }).click();
  await expect(heading(page)).toHaveText('Panels');
  await expect(page.getByTestId('panel-Gorgie befriending panel').getByTestId('scoring-due')).toHaveText('No date set for the scores');
  panel = (await apiAs(officer, 'GET', `/panels/${panel.id}`)).json;
  expect(panel.scoring_due_at).toBeNull();
});
