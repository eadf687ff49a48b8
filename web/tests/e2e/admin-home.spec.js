// The administrator's home: their areas (Organisations, People, Installation settings, Emails, Audit trail), and what an
// administrator still does on the server or through the API until those pages come.
// What it names is checked against the service itself.
import { test, expect, scenario, signIn, apiAs, heading, checkScreen } from './fixtures.js';

const admin = scenario.users.admin;

test('the admin’s home leads to People, and says what an administrator still does through the API', async ({ page }) => {
  await signIn(page, admin);
  await expect(heading(page)).toHaveText('Welcome, Ada Admin');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId('coming-soon')).toHaveCount(0);
  const areas = page.getByTestId('admin-areas');
  await expect(areas.getByRole('heading', { level: 2 })).toHaveText(['Organisations', 'People', 'Installation settings', 'Emails', 'Audit trail']);

  const today = page.getByTestId('admin-today');
  await expect(today.getByRole('heading', { level: 2 })).toHaveText('Not on these pages yet');
  for (const words of ['collabtender admin create-organisation', 'POST /api/v1/organisations',
    'GET /api/v1/audit/verify', 'POST /api/v1/auth/login'])
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
  await page.goto('/');
  await areas.getByRole('link', { name: 'People' }).click();
  await expect(heading(page)).toHaveText('People');
  await page.goto('/');
  await areas.getByRole('link', { name: 'Emails' }).click();
  await expect(heading(page)).toHaveText('Emails');
  await page.goto('/');
  await areas.getByRole('link', { name: 'Audit trail' }).click();
  await expect(heading(page)).toHaveText('Audit trail');
});
