// Public notices (issue 23 §5): as on Public Contracts Scotland, anyone may read the
// published notices, signed out: the early notice (PIN), the tender, its lots, what bids
// are scored on, the minimum requirements, the documents a bid needs, the information
// sessions and the clarifications answered in public. No bid actions there, only a way
// to sign in that comes back to the same page. Drafts are never shown.
import {
  test, expect, scenario, signIn, apiAs, heading, checkScreen, expectAccessible, expectNoSidewaysScroll,
} from './fixtures.js';

const entry = scenario.providerEntry;
const tender = entry.tender; // stage 1 open: two lots, criteria, gates, sessions, an answer published
const pin = entry.pin; // an early notice only
const ws = scenario.workspace; // asks for a document with every bid
const cara = entry.users.canongate;
const officer = scenario.users.officer;

async function signedOut(browser, options = {}) {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  return { context, page: await context.newPage() };
}

// Tabs until the focused element's text (or, for a field, its id) is `want`, as a keyboard user would.
async function tabTo(page, want, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      return [e?.id, e?.textContent?.replace(/\s+/g, ' ').trim()];
    });
    if (focused.includes(want)) return;
  }
  throw new Error(`never reached by Tab: ${want}`);
}

test('a visitor who is not signed in reads the notices and a whole tender, with no way to bid', async ({ browser }) => {
  const { context, page } = await signedOut(browser);
  await page.goto('/');
  await expect(heading(page)).toHaveText('Sign in');
  await expect(page.locator('main').getByRole('link', { name: 'Find opportunities' })).toBeVisible();
  await page.locator('header.site-header').getByRole('link', { name: 'Find opportunities' }).click();
  await expect(heading(page)).toHaveText('Find opportunities');
  await expect(page).toHaveURL(/\/opportunities$/);

  // The early notice and the open tender are listed, each naming its lots.
  const card = page.getByTestId(`tender-${tender.id}`);
  await expect(card).toContainText('Open for first-stage bids');
  await expect(card.getByTestId('lots-summary')).toHaveText('2 lots: Leith, Citywide');
  await expect(page.getByTestId(`tender-${pin.id}`)).toContainText('Coming soon: early notice');
  await expect(page.getByTestId('my-interest')).toHaveCount(0);
  await checkScreen(page, 'public list of opportunities', 'public-01-opportunities');

  await card.getByRole('link', { name: tender.title }).click();
  await expect(heading(page)).toHaveText(tender.title);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByTestId('tender-status')).toHaveText('Open for first-stage bids');
  await expect(page.getByTestId('buyer')).toHaveText('Edinburgh Health and Social Care Partnership');
  // Deadlines as dates in words: "Friday, 11 December 2026 at 15:52 (4 days left)".
  await expect(page.getByTestId('timetable'))
    .toContainText(/First-stage bids close\s*\w+day, \d{1,2} \w+ \d{4} at \d{1,2}:\d{2} \([^)]* left\)/);
  for (const [i, lot] of entry.lots.entries()) {
    await expect(page.getByTestId(`lot-${i + 1}`)).toContainText(`Lot ${lot.number}: ${lot.title}`);
    await expect(page.getByTestId(`lot-${i + 1}`)).toContainText('a year');
  }
  await expect(page.getByTestId('criteria')).toContainText('Person-led support (worth 50%');
  await expect(page.getByTestId('requirements')).toContainText('Fair work: You must pay staff on this contract at least £13.45 an hour.');
  await expect(page.getByTestId('required-documents')).toHaveText('This tender asks for no documents with a bid.');
  await expect(page.getByTestId(`session-${entry.sessions.open}`)).toContainText('Leith Community Centre');

  // The answers published for everyone, and nothing asked privately.
  const published = (await (await fetch(`${scenario.api}/api/v1/tenders/${tender.id}/clarifications`)).json()).items;
  const answers = page.getByTestId('public-answers').locator('.clarification');
  await expect(answers).toHaveCount(published.length);
  await expect(answers.first()).toContainText('Question: Can a lot be delivered by a partnership of small groups? (Lot 1)');
  await expect(answers.first()).toContainText('Answer: Yes. A partnership of small groups is welcome, with one of them as lead.');
  await expect(page.getByTestId('our-questions')).toHaveCount(0);

  // Nothing to press that would bid, book, ask or register: only a way to sign in first.
  await expect(page.locator('main').getByRole('button')).toHaveCount(0);
  for (const name of ['Register interest', 'Find partners', 'Start a partnership bid', 'Book a seat'])
    await expect(page.locator('main').getByRole('link', { name })).toHaveCount(0);
  const signInLink = page.getByRole('link', { name: 'Sign in to bid or join a partnership' });
  await expect(signInLink).toHaveAttribute('href', `/sign-in?next=${encodeURIComponent(`/opportunities/${tender.id}`)}`);
  await checkScreen(page, 'public notice', 'public-02-notice');

  // The early notice says it is not open for bids yet; another tender lists its documents.
  await page.goto(`/opportunities/${pin.id}`);
  await expect(heading(page)).toHaveText(pin.title);
  await expect(page.getByTestId('tender-status')).toHaveText('Coming soon: early notice');
  await expect(page.getByText('the tender is not open for bids yet')).toBeVisible();
  await checkScreen(page, 'public early notice', 'public-03-pin');
  await page.goto(`/opportunities/${ws.tender.id}`);
  await expect(heading(page)).toHaveText(ws.tender.title);
  await expect(page.getByTestId('required-documents').getByRole('listitem'))
    .toHaveText(['Safeguarding policy: Your current policy, signed by your board.']);
  await context.close();
});

test('by keyboard alone: from the list to a notice, then signing in comes back to it, ready to bid', async ({ browser }) => {
  const { context, page } = await signedOut(browser);
  await page.goto('/opportunities');
  await expect(heading(page)).toHaveText('Find opportunities');
  await tabTo(page, tender.title);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(tender.title);
  await expect(heading(page)).toBeFocused();
  await tabTo(page, 'Sign in to bid or join a partnership');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Sign in');
  // The new page gives its heading the focus once drawn: Tab only from there, or a late
  // focus move sends the typing elsewhere.
  await expect(heading(page)).toBeFocused();
  await tabTo(page, 'email');
  await page.keyboard.type(cara.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(cara.password);
  await page.keyboard.press('Enter');
  // Back on the same tender, now as the provider's own page, with its actions.
  await expect(heading(page)).toHaveText(tender.title);
  await expect(page).toHaveURL(new RegExp(`/opportunities/${tender.id}$`));
  await expect(page.getByRole('button', { name: 'Register interest in lot 2' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in to bid or join a partnership' })).toHaveCount(0);
  await context.close();
});

test('a draft is never listed or shown, signed out or signed in; deep links work for a commissioner too', async ({ browser }) => {
  const created = await apiAs(officer, 'POST', '/tenders', {
    reference: `EDI-DRAFT-${Date.now()}`, title: 'Unpublished respite', description: 'Not for anyone’s eyes yet.',
    cpv_codes: ['85312000-9'], contract_term_months: 24, estimated_value_pence: 1000000, partnership_bids_expected: false,
  });
  expect(created.status).toBe(201);
  const draft = created.json;

  const { context, page } = await signedOut(browser, { viewport: { width: 320, height: 640 } });
  await page.goto('/opportunities');
  await expect(page.getByTestId(`tender-${tender.id}`)).toBeVisible();
  await expect(page.getByTestId(`tender-${draft.id}`)).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText('Unpublished respite');
  await expectNoSidewaysScroll(page);
  await page.goto(`/opportunities/${draft.id}`);
  await expect(heading(page)).toHaveText('Sorry, we cannot show this page');
  await expect(page.locator('main')).not.toContainText('Unpublished respite');
  await expectAccessible(page, 'a draft, signed out');
  await context.close();

  // The commissioner who owns it, on the public pages: still not there; the notice for
  // others has no sign-in link, only who can bid.
  const own = await signedOut(browser);
  await signIn(own.page, officer);
  await own.page.goto('/opportunities');
  await expect(heading(own.page)).toHaveText('Find opportunities');
  await expect(own.page.getByTestId(`tender-${tender.id}`)).toBeVisible();
  await expect(own.page.getByTestId(`tender-${draft.id}`)).toHaveCount(0);
  await own.page.goto(`/opportunities/${tender.id}`);
  await expect(heading(own.page)).toHaveText(tender.title);
  await expect(own.page.getByRole('link', { name: 'Sign in to bid or join a partnership' })).toHaveCount(0);
  await expect(own.page.getByTestId('who-can-bid')).toContainText('Only staff of care providers can bid');
  await own.context.close();
});
