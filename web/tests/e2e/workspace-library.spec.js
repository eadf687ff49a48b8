// The answer library: an organisation's own answers only, searched with the best
// match first, created, edited and deleted; and an answer copied into a section.
import { test, expect, signIn, apiAs, heading } from './fixtures.js';
import { ws, sectionUrl, checkScreen } from './workspace-helpers.js';

// These four files write the same seeded bid (`shared`) and check its exact words and
// versions: the lock keeps them from running at the same time as each other.
test.describe.configure({ lock: 'workspace-shared-bid' });

test('the library is searched, edited and kept to its organisation, and an answer is inserted into a section', async ({ page }) => {
  const lead = ws.users.lead;
  await signIn(page, lead);
  await page.goto('/library');
  await expect(heading(page)).toHaveText('Answer library');
  const answers = page.getByTestId('answer');
  await expect(answers.getByRole('heading', { name: 'Volunteering at Granton' })).toBeVisible();
  await expect(page.getByText('Youth drop-in at Muirhouse')).toHaveCount(0); // the partner's own answer stays theirs
  await checkScreen(page, 'answer library', 'workspace-09-library');

  // Create one, find it by a word in another form, edit it, then delete it.
  await page.getByRole('button', { name: 'Add an answer' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Training for volunteers');
  await page.getByLabel('The answer', { exact: true }).fill('Every volunteer has an induction and a named mentor.');
  await page.getByLabel('Tags (optional)').fill('volunteers, training');
  await checkScreen(page, 'new library answer', 'workspace-09b-new-answer');
  await page.getByRole('button', { name: 'Add to the library' }).click();
  await expect(answers.getByRole('heading', { name: 'Training for volunteers' })).toBeVisible();
  await page.getByLabel('Search the answers').fill('volunteering');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('answer-count')).toHaveText('2 answers match “volunteering”.');
  const ranked = (await apiAs(lead, 'GET', '/answers?q=volunteering')).json.items.map((a) => a.title);
  await expect(answers.getByRole('heading')).toHaveText(ranked);
  const created = (await apiAs(lead, 'GET', '/answers')).json.items.find((a) => a.title === 'Training for volunteers');
  const card = answers.filter({ hasText: 'Training for volunteers' });
  await card.getByRole('button', { name: 'Edit “Training for volunteers”' }).click();
  await card.getByLabel('The answer', { exact: true }).fill('Every volunteer has an induction, a named mentor and a yearly review.');
  await card.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Every volunteer has an induction, a named mentor and a yearly review.')).toBeVisible();
  const edited = (await apiAs(lead, 'GET', '/answers')).json.items.find((a) => a.id === created.id);
  expect(edited.text).toBe('Every volunteer has an induction, a named mentor and a yearly review.');
  await answers.filter({ hasText: 'Training for volunteers' }).getByRole('button', { name: 'Delete “Training for volunteers”' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  // The list, not the page: the announcement of the deletion names the answer too.
  await expect(answers.filter({ hasText: 'Training for volunteers' })).toHaveCount(0);
  await expect(page.getByTestId('announcer')).toHaveText('“Training for volunteers” deleted.');
  expect((await apiAs(lead, 'GET', '/answers')).json.items.some((a) => a.id === created.id)).toBe(false);

  // Insert a copy into the lead's own section of the shared bid.
  await page.goto(sectionUrl('shared', 'response-1'));
  await expect(heading(page)).toHaveText('Working together');
  const before = (await apiAs(lead, 'GET', `/bids/${ws.bids.shared}`)).json.draft.responses['1'] ?? '';
  await page.getByLabel('Search your organisation’s answers').fill('volunteers');
  await page.getByRole('button', { name: 'Search' }).click();
  const result = page.getByTestId('answer-result');
  await expect(result).toHaveCount(1);
  await result.getByRole('button', { name: 'Insert a copy of “Volunteering at Granton”' }).click();
  const expected = before ? `${before}\n\n${ws.answers.granton.text}` : ws.answers.granton.text;
  await expect(page.getByLabel('Your answer')).toHaveValue(expected);
  expect((await apiAs(lead, 'GET', `/bids/${ws.bids.shared}`)).json.draft.responses['1']).toBe(expected);

  // Another organisation never sees Granton's answers.
  const theirs = (await apiAs(ws.users.rival, 'GET', '/answers?q=volunteering')).json.items;
  expect(theirs).toEqual([]);
  expect((await apiAs(ws.users.rival, 'GET', '/answers')).json.items).toEqual([]);
});

test('another organisation’s library page shows none of the partnership’s answers', async ({ page }) => {
  await signIn(page, ws.users.rival);
  await page.goto('/library');
  await expect(heading(page)).toHaveText('Answer library');
  await expect(page.getByTestId('answer-count')).toHaveText('0 answers in the library.');
  await page.getByLabel('Search the answers').fill('volunteers');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('answer-count')).toHaveText('0 answers match “volunteers”.');
});
