// After evaluation: a bidder reads the panel's stage-1 advice and its outcome
// letter (shown: dated, from the buyer, each score agreed or the panel's average;
// and downloaded with the token through a Blob, as a PDF or a page to print). The seeded
// "Carers Breaks" tender went through both stages and an award decision; a third
// bid failed a minimum requirement in stage 1. The reasons come as data
// (`reason_details`) and are worded by code, for the bidder and on the
// commissioner's ranking alike.
import { readFileSync } from 'node:fs';
import { test, expect, scenario, signIn, apiAs, heading, checkScreen as check } from './fixtures.js';
import { tabTo } from './workspace-helpers.js';

const checkScreen = (page, label, shot) => check(page, label, `provider-entry-${shot}`);

const entry = scenario.providerEntry;
const outcome = entry.outcome;
const mhairi = entry.users.muirhouse;
const lewis = entry.users.lights;
const ours = outcome.bids.muirhouse;
const theirs = outcome.bids.lights;
const failed = outcome.failed;
const priya = entry.users.pilrig;

// Dates as a letter says them, in UK time: "16 December 2026" and "16 December 2026, 12:00".
const uk = (iso, options) => Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...options })
  .formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
const dateWords = (iso) => { const p = uk(iso, { day: 'numeric', month: 'long', year: 'numeric' }); return `${p.day} ${p.month} ${p.year}`; };
const timeWords = (iso) => {
  const p = uk(iso, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`;
};
const inWords = /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/;

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
  // The letter's head: its date and the standstill's end in words, and who it is from.
  expect(dateWords(letter.dated)).toMatch(inWords);
  await expect(page.getByTestId('letter-date')).toHaveText(dateWords(letter.dated));
  await expect(page.getByTestId('outcome')).toContainText(`ends on ${timeWords(letter.standstill_ends_at)}`);
  await expect(page.getByTestId('standstill-ends')).toHaveText(timeWords(letter.standstill_ends_at));
  await expect(page.locator('main')).not.toContainText('T16:');
  expect(letter.buyer).toEqual({ name: 'Edinburgh Health and Social Care Partnership',
    postal_address: 'Waverley Court\n4 East Market Street\nEdinburgh EH8 8BG' });
  await expect(page.getByTestId('letter-from')).toContainText('Edinburgh Health and Social Care Partnership');
  await expect(page.getByTestId('letter-from').locator('.address-line')).toHaveText(['Waverley Court', '4 East Market Street', 'Edinburgh EH8 8BG']);

  const table = page.getByTestId('scores');
  await expect(table.getByRole('columnheader', { name: 'Leith Lights' })).toBeVisible();
  // Which scores these are, cell by cell: agreed where the panel recorded one, otherwise the panel's average.
  expect(letter.your_score_bases).toEqual(['consensus', 'consensus', 'panel_mean']);
  expect(letter.successful[0].score_bases).toEqual(['consensus', 'consensus', 'panel_mean']);
  await expect(page.getByText('Each question’s score is the panel’s agreed score where the panel recorded one')).toContainText(
    'otherwise it is the panel’s average, the mean of its members’ scores');
  await expect(table.getByRole('row', { name: /Person-led support/ }).getByTestId('score-basis')).toHaveText(['agreed', 'agreed']);
  await expect(table.getByRole('row', { name: /Fair work/ }).getByTestId('score-basis'))
    .toHaveText(['panel’s average', 'panel’s average']);
  await expect(table.getByRole('row', { name: /Total/ })).toContainText(`${letter.your_weighted_score}%`);
  await expect(table.getByRole('row', { name: /Total/ })).toContainText(`${letter.successful[0].weighted_score}%`);
  await checkScreen(page, 'outcome letter', '12-outcome');

  // The letter to keep: a PDF (the main way), or the page to print, each saved from a Blob.
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as PDF' }).click();
  const pdfFile = await pdf;
  expect(pdfFile.suggestedFilename()).toMatch(/\.pdf$/);
  expect(readFileSync(await pdfFile.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByTestId('letter-status')).toContainText('saved');

  const print = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download to print (web page)' }).click();
  const printFile = await print;
  expect(printFile.suggestedFilename()).toMatch(/\.html$/);
  const html = readFileSync(await printFile.path(), 'utf8');
  expect(html).toContain('Leith Lights');
  expect(html).toMatch(/<html/i);
  expect(html).toContain('Waverley Court');
  expect(page.url()).not.toContain('token');
});

test('while the PDF is being made the page says so, and when it cannot be made it says what to do', async ({ page }) => {
  await signIn(page, mhairi);
  await page.goto(`/bids/${ours.id}/outcome`);
  await expect(heading(page)).toHaveText('Outcome of your bid');
  // A slow PDF: the page says it is being made, then that it is saved.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/outcome-letter', async (route) => {
    if (!/application\/pdf/.test(route.request().headers().accept ?? '')) return route.continue();
    await held;
    return route.continue();
  });
  const download = page.waitForEvent('download');
  const pdfButton = page.getByRole('button', { name: 'Download as PDF' });
  await tabTo(page, pdfButton);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('letter-status')).toHaveText('Making the PDF. This can take a few seconds…');
  await expect(pdfButton).toHaveAttribute('aria-disabled', 'true');
  await checkScreen(page, 'outcome letter while the PDF is made', '12a-outcome-pdf-making');
  release();
  await download;
  await expect(page.getByTestId('letter-status')).toContainText('The letter is saved as outcome-letter-');
  await page.unrouteAll();

  // Busy: 503 with Retry-After. The page says when to try again, and offers the page to print.
  await page.route('**/outcome-letter', (route) => route.fulfill({
    status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
    body: JSON.stringify({ type: 'urn:collabtender:problem:unavailable', title: 'Unavailable', status: 503,
      detail: 'Many PDFs are being made just now. Try again in a moment.' }),
  }));
  await pdfButton.click();
  const problem = page.getByTestId('letter-problem');
  await expect(problem).toContainText('The PDF could not be made just now. Please try again in 30 seconds.');
  await expect(problem).toContainText('Or download the letter to print (web page): you can save it as a PDF from the print window.');
  await checkScreen(page, 'outcome letter: PDF busy', '12b-outcome-pdf-busy');
  // Not available here at all (its own problem type): the page to print instead.
  await page.unrouteAll();
  await page.route('**/outcome-letter', (route) => route.fulfill({
    status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '3600' },
    body: JSON.stringify({ type: 'urn:collabtender:problem:pdf-unavailable', title: 'PDFs cannot be made here', status: 503, detail: 'No PDFs here.' }),
  }));
  await pdfButton.click();
  await expect(problem).toContainText('PDFs cannot be made here at the moment.');
  await expect(problem).toContainText('Or download the letter to print (web page)');
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
  // Each cell says agreed or panel's average from the ranking's score_bases: no request per ranked bid.
  const scoreRequests = [];
  page.on('request', (r) => { if (/\/scores\?stage=2/.test(r.url())) scoreRequests.push(r.url()); });
  await page.goto(`/tenders/${outcome.tender.id}/award`);
  await expect(heading(page)).toHaveText('Ranking and award');
  expect(ranking.ranked[0].score_bases).toEqual(['consensus', 'consensus', 'panel_mean']);
  const rows = page.getByTestId('award-lot-1').getByTestId('ranking').locator('tbody tr');
  for (const i of [0, 1])
    await expect(rows.nth(i).getByTestId('score-basis')).toHaveText(['agreed', 'agreed', 'panel’s average']);
  expect(scoreRequests).toEqual([]);
  // The decision and the letters: dated, the standstill's end in words, and from whom.
  const decision = page.getByTestId('award-lot-1').getByTestId('decision');
  const letter = (await apiAs(scenario.users.officer, 'GET', `/bids/${outcome.bids.muirhouse.id}/outcome-letter`)).json;
  await expect(decision).toContainText(`The standstill ends on ${timeWords(letter.standstill_ends_at)}.`);
  await expect(decision.getByTestId('letters-dated')).toContainText(`dated ${dateWords(letter.dated)}`);
  await expect(decision.getByTestId('letters-from')).toContainText('Edinburgh Health and Social Care Partnership');
  await expect(decision.getByTestId('letters-from')).toContainText('Waverley Court, 4 East Market Street, Edinburgh EH8 8BG');
  const pdf = page.waitForEvent('download');
  await decision.getByRole('button', { name: 'Download as PDF (the letter to Muirhouse Link Up)' }).click();
  // Named for the bidder: the commissioner saves every bidder's letter.
  const pdfFile = await pdf;
  expect(pdfFile.suggestedFilename()).toBe('outcome-letter-lot-1-Muirhouse-Link-Up.pdf');
  expect(readFileSync(await pdfFile.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const print = page.waitForEvent('download');
  await decision.getByRole('button', { name: 'Download to print (web page) (the letter to Pilrig Short Breaks)' }).click();
  const printFile = await print;
  expect(printFile.suggestedFilename()).toBe('outcome-letter-lot-1-Pilrig-Short-Breaks.html');
  expect(readFileSync(await printFile.path(), 'utf8')).toContain('Pilrig Short Breaks');
  await expect(page.getByTestId('award-lot-1').getByTestId('out').getByRole('listitem')).toHaveText([
    'Pilrig Short Breaks: The bid did not meet a minimum requirement in the first stage: Fair Work First, including ' +
      `paying staff at least the Real Living Wage. The reason given: “${out.reason_details[0].reason}”`,
  ]);
  await expect(page.getByTestId('award-lot-1').getByTestId('pending')).toHaveCount(0);
  await checkScreen(page, 'ranking with a bid that cannot win', '14-award-out');
});
