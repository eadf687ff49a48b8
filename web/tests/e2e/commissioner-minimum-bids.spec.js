// The fewest bids each lot needs (issue 10): set on the tender's details while it
// may change; after the deadline, "Bids received per lot" on the tender's page
// shows each lot against it, closing the stage is refused in words while a lot is
// short, and the commissioner goes ahead with fewer bids for one lot and cancels
// another (each with a reason and an "are you sure?"; the cancel by keyboard),
// then closes the stage. Axe in both reading modes, 320 px; the API is the second witness.
import { test, expect, scenario, signIn, apiAs, heading } from './fixtures.js';
import { officer, checkScreen, tenderUrl, tabTo, focusedId, focusedText } from './commissioner-support.js';

test.describe.configure({ timeout: 120000 });

const seeded = scenario.changes;
const leith = seeded.leith;
const { restalrig } = seeded.users;

test('the commissioner sets the fewest bids each lot needs, with an explanation', async ({ page }) => {
  const created = await apiAs(officer, 'POST', '/tenders', {
    reference: 'EDI-WEB-MIN-DRAFT', title: 'Minimum bids draft', description: 'A draft to set minimum bids on.',
    cpv_codes: ['85312000-9'], contract_term_months: 24, estimated_value_pence: 10000000,
    partnership_bids_expected: false,
  });
  expect(created.status).toBe(201);
  const draft = created.json;
  expect(draft.minimum_bids).toEqual({ stage1: 1, stage2: 1 });
  await signIn(page, officer);
  await page.goto(tenderUrl(draft, 'details'));
  await expect(heading(page)).toHaveText('Tender details');
  const group = page.getByRole('group', { name: 'The fewest bids each lot needs' });
  await expect(group).toContainText('you cannot close the stage until you decide what to do');
  await group.getByLabel('Stage 1 (first bids)').fill('0');
  await page.getByRole('button', { name: 'Save the details' }).click();
  const summary = page.locator('.ds_error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /whole number from 1 to 100/ })).toHaveAttribute('href', '#minimum_bids-stage1');
  await expect(group.getByLabel('Stage 1 (first bids)')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'tender details with minimum bids (refused)', '118-minimum-bids-form');
  await group.getByLabel('Stage 1 (first bids)').fill('3');
  await group.getByLabel('Stage 2 (revised bids)').fill('2');
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(page.getByTestId('details-saved')).toBeVisible();
  expect((await apiAs(officer, 'GET', `/tenders/${draft.id}`)).json.minimum_bids).toEqual({ stage1: 3, stage2: 2 });
  await page.goto(tenderUrl(draft));
  await expect(page.getByTestId('overview')).toContainText('Stage 1: 3; stage 2: 2');
});

test('after the deadline, short lots hold up closing the stage until one goes ahead with fewer bids and another is cancelled', async ({ page }) => {
  const before = (await apiAs(officer, 'GET', `/tenders/${leith.id}/minimum-bids?stage=1`)).json;
  expect(before).toMatchObject({ stage: 1, minimum: 2, deadline_passed: true });
  await signIn(page, officer);
  await page.goto(tenderUrl(leith));
  await expect(heading(page)).toHaveText(leith.title);
  const section = page.getByTestId('bids-per-lot');
  await expect(section.getByRole('heading', { name: 'Bids received per lot' })).toBeVisible();
  await expect(section).toContainText('2 lots have too few bids.');
  const lot = (n) => section.getByTestId(`standing-lot-${n}`);
  await expect(lot(1)).toContainText('Enough bids');
  await expect(lot(1).getByTestId('bid-count')).toHaveText('2 bids received; the tender needs at least 2.');
  await expect(lot(1).getByTestId('ways-out')).toHaveCount(0);
  await expect(lot(2)).toContainText('Too few bids: decide what to do');
  await expect(lot(2).getByTestId('bid-count')).toHaveText('1 bid received; the tender needs at least 2.');
  await expect(lot(2).getByRole('link', { name: 'Change the deadline (the Timetable page)' })).toHaveAttribute('href', tenderUrl(leith, 'timetable'));
  await checkScreen(page, 'bids received per lot', '119-bids-per-lot');

  // Closing is refused, the reason in words, linking to the lots.
  await page.getByRole('button', { name: 'Close stage 1 and start evaluating' }).click();
  const refused = page.getByTestId('refused');
  await expect(refused).toBeFocused();
  await expect(refused).toContainText('“Close stage 1 and start evaluating” cannot be done yet');
  await expect(refused.getByRole('link', { name: /Lot 2 has 1 bid, fewer than the 2 the tender needs/ })).toHaveAttribute('href', '#bids-per-lot');
  await expect(refused.getByRole('link', { name: /Lot 3 has 1 bid/ })).toBeVisible();
  await checkScreen(page, 'closing refused: lots short of bids', '120-close-refused-short');

  // Lot 2 goes ahead with its one bid: a reason is needed, then "are you sure?".
  const waive = lot(2).getByTestId('waive-2');
  await waive.getByRole('button', { name: 'Go ahead with fewer bids for lot 2' }).click();
  await expect(waive.getByLabel('Why you are going ahead with fewer bids for lot 2')).toBeFocused();
  await expect(waive.getByLabel('Why you are going ahead with fewer bids for lot 2')).toHaveAttribute('aria-invalid', 'true');
  await waive.getByLabel('Why you are going ahead with fewer bids for lot 2').fill('Lochend has one day centre; we asked three others and none could bid.');
  await waive.getByRole('button', { name: 'Go ahead with fewer bids for lot 2' }).click();
  await expect(waive.getByRole('group', { name: 'Go ahead with 1 bid for lot 2?' })).toBeFocused();
  await checkScreen(page, 'go ahead with fewer bids: are you sure', null);
  await waive.getByRole('button', { name: 'Yes, go ahead with 1 bid' }).click();
  await expect(section.getByTestId('lot-decided')).toContainText('Lot 2 goes ahead with 1 bid.');
  await expect(lot(2)).toContainText('Going ahead with fewer bids');
  await expect(lot(2).getByTestId('waiver')).toContainText('Lochend has one day centre');
  // It says who decided (LotStanding.waiver.waived_by).
  const me = (await apiAs(officer, 'GET', '/me')).json.display_name;
  await expect(lot(2).getByTestId('waiver')).toContainText(`the decision was made by ${me} to go ahead`);
  expect((await apiAs(officer, 'GET', `/tenders/${leith.id}/minimum-bids?stage=1`)).json.lots[1].waiver)
    .toMatchObject({ reason: 'Lochend has one day centre; we asked three others and none could bid.', bids: 1 });

  // Lot 3 is cancelled, by keyboard alone; it says this cannot be undone.
  const cancel = lot(3).getByTestId('cancel-lot-3');
  await expect(cancel).toContainText('This cannot be undone.');
  await page.locator('#waive-3-reason').focus();
  await tabTo(page, focusedId('cancel-lot-3-reason'));
  await page.keyboard.type('Too few bids to compare fairly; we will tender day opportunities in Restalrig again.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(cancel.getByRole('group', { name: 'Cancel lot 3 for good?' })).toBeFocused();
  await expect(cancel).toContainText('This cannot be undone. The lot’s bids will not be evaluated');
  await checkScreen(page, 'cancel a lot: are you sure', '121-cancel-lot-confirm');
  await tabTo(page, focusedText('Yes, cancel lot 3'));
  await page.keyboard.press('Enter');
  await expect(section.getByTestId('lot-decided')).toContainText('Lot 3 is cancelled. Its bidders have been told');
  await expect(lot(3)).toContainText('Cancelled');
  await expect(lot(3).getByTestId('cancelled-reason')).toContainText('Too few bids to compare fairly');
  await expect(lot(3).getByTestId('cancelled-reason')).toContainText(` by ${me}:`);
  await expect(section).toContainText('nothing here stops the stage closing');
  await expect(page.getByTestId('overview')).toContainText(`Lot 3: ${leith.lots[2].title} (cancelled)`);
  await checkScreen(page, 'bids per lot decided', '122-bids-per-lot-decided');
  const lots = (await apiAs(officer, 'GET', `/tenders/${leith.id}/lots`)).json.items;
  expect(lots.find((l) => l.number === 3)).toMatchObject({ status: 'cancelled' });
  expect((await apiAs(restalrig, 'GET', '/notifications')).json.items.some((n) => n.kind === 'lot_cancelled')).toBe(true);

  // Now the stage closes.
  await page.getByRole('button', { name: 'Close stage 1 and start evaluating' }).click();
  await expect(page.getByTestId('tender-status')).toHaveText('Stage 1 bids being evaluated');
  expect((await apiAs(officer, 'GET', `/tenders/${leith.id}`)).json.status).toBe('stage1_evaluation');

  // The commissioner's lots page shows the cancelled lot too.
  await page.goto(tenderUrl(leith, 'lots'));
  await expect(page.getByTestId('lot-3').getByTestId('lot-cancelled')).toContainText('Too few bids to compare fairly');
});
