// A section's history: every save listed with who and when, two versions
// compared word by word (removed and added words said, not only coloured), and an
// earlier version restored as a new one.
import { test, expect, signIn, apiAs, heading } from './fixtures.js';
import { ws, sectionUrl, checkScreen, apiWith } from './workspace-helpers.js';

// These four files write the same seeded bid (`shared`) and check its exact words and
// versions: the lock keeps them from running at the same time as each other.
test.describe.configure({ lock: 'workspace-shared-bid' });

test('history compares two versions word by word and restores an earlier one', async ({ page }) => {
  const lead = ws.users.lead;
  const bid = ws.bids.shared;
  const history = async () => (await apiAs(lead, 'GET', `/bids/${bid}/sections/response-1/history`)).json.items;
  for (const text of ['Granton and Muirhouse decide together every month.', 'Granton and Muirhouse decide together every week.']) {
    const versions = (await history())[0]?.version ?? 0;
    expect((await apiWith(lead, 'PUT', `/bids/${bid}/sections/response-1/content`, { content: text }, { 'If-Match': `"${versions}"` })).status).toBe(200);
  }
  const [newest, older] = await history();

  await signIn(page, lead);
  await page.goto(`${sectionUrl('shared', 'response-1')}/history`);
  await expect(heading(page)).toHaveText('Earlier versions of “Working together”');
  await expect(page.getByTestId(`version-${newest.version}`)).toContainText('Saved by you');
  await expect(page.getByLabel('Older version')).toHaveValue(String(older.version));
  await expect(page.getByLabel('Newer version')).toHaveValue(String(newest.version));
  await page.getByRole('button', { name: 'Compare' }).click();
  const diff = page.getByTestId('diff');
  await expect(diff.locator('del')).toHaveText('[removed: month.]');
  await expect(diff.locator('ins')).toHaveText('[added: week.]');
  await expect(diff).toContainText('Granton and Muirhouse decide together every');
  await checkScreen(page, 'history with a comparison', 'workspace-08-history');

  await page.getByRole('button', { name: `Restore version ${older.version}` }).click();
  await expect(page.getByTestId(`version-${newest.version + 1}`)).toContainText(`restoring version ${older.version}`);
  const [restored] = await history();
  expect(restored).toMatchObject({ version: newest.version + 1, restored_from: older.version, content: older.content });
  expect((await apiAs(lead, 'GET', `/bids/${bid}`)).json.draft.responses['1']).toBe(older.content);

  // The section page shows the restored words.
  await page.getByRole('link', { name: 'Back to “Working together”' }).click();
  await expect(page.getByLabel('Your answer')).toHaveValue(older.content);
});
