// The administrator's home: no admin screens yet, and the page says plainly what
// an administrator can do today (on the server and through the API) and that their
// screens come later. What it names is checked against the service itself.
import { test, expect, scenario, signIn, apiAs, heading, checkScreen } from './fixtures.js';

const admin = scenario.users.admin;

test('the admin’s home says what an administrator can do today, and that screens come later', async ({ page }) => {
  await signIn(page, admin);
  await expect(heading(page)).toHaveText('Welcome, Ada Admin');
  const soon = page.getByTestId('coming-soon');
  await expect(soon).toContainText('Coming soon');
  await expect(soon.getByRole('heading', { level: 2 })).toHaveText('Screens for administrators come in a later release');
  await expect(page.locator('main')).not.toContainText('so far has the screens for evaluation panel members');

  const today = page.getByTestId('admin-today');
  for (const words of ['collabtender admin create-organisation', 'collabtender admin create-user', '--authorised-signatory',
    'POST /api/v1/organisations', 'POST /api/v1/users', 'PATCH /api/v1/users/ID', 'GET /api/v1/admin/outbox',
    'POST /api/v1/admin/outbox/ID/retry', 'GET /api/v1/audit/verify', 'POST /api/v1/auth/login'])
    await expect(today).toContainText(words);
  await checkScreen(page, 'admin home', 'admin-home');

  // What the page names is there for an admin, and not for others.
  expect((await apiAs(admin, 'GET', '/admin/outbox')).json).toMatchObject({ counts: expect.any(Object), failed: expect.any(Array) });
  expect((await apiAs(admin, 'GET', '/audit/verify')).status).toBe(200);
  expect((await apiAs(scenario.users.officer, 'GET', '/admin/outbox')).status).toBe(403);
  const described = (await apiAs(admin, 'GET', '/openapi.json')).json;
  for (const path of ['/api/v1/organisations', '/api/v1/users', '/api/v1/users/{user_id}', '/api/v1/admin/outbox', '/api/v1/audit/verify'])
    expect(Object.keys(described.paths)).toContain(path);
  const spec = page.getByRole('link', { name: 'the API’s OpenAPI description' });
  await expect(spec).toHaveAttribute('href', '/api/v1/openapi.json');

  await page.getByRole('link', { name: 'Your notifications' }).click();
  await expect(heading(page)).toHaveText('Notifications');
});
