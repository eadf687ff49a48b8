// A care provider registers its organisation, end to end, through the client's own pages:
// /register (keyboard only: the error summary, the legal form's radio buttons, a number the
// service refuses), the confirmation link read from the email the service wrote, an admin
// approving it in the console (its possible duplicate named with why), the first user's
// invitation from the email, their password at /welcome, two-factor sign-in turned on and
// used to sign in, then their organisation's details and a colleague invited from Your
// organisation. Every page: axe in both reading modes, nothing sideways at 320 px.
import { test, expect, scenario, apiAs, heading, checkScreen, signIn } from './fixtures.js';
import {
  address, admin, emailedToken, enrolByKeyboard, focusedId, focusedText, makePerson, signOut, tabTo,
} from './accounts-support.js';
import { unusedCode } from './two-factor-support.js';

const run = Date.now().toString(36);
// Niddrie Befriending Network's charity number (tests/seed-issue10.js): the new registration
// shares it, so the admin is told they may be the same.
const niddrie = { name: 'Niddrie Befriending Network', charity: 'SC041234' };
const summary = (page) => page.locator('.ds_error-summary');

test('a care provider registers, an admin approves, and its first user signs in with two-factor sign-in', async ({ page, browser }) => {
  test.setTimeout(300000);
  const name = `Granton Community Care ${run}`;
  const contact = { name: 'Rhona Registrar', email: address('rhona') };
  const context = await browser.newContext();
  const provider = await context.newPage();

  // The sign-in page says where to register; keyboard only from here.
  await provider.goto('/');
  await expect(heading(provider)).toHaveText('Sign in');
  await tabTo(provider, focusedText('Register your organisation'));
  await provider.keyboard.press('Enter');
  await expect(heading(provider)).toHaveText('Register your organisation');
  await expect(heading(provider)).toBeFocused();
  await checkScreen(provider, 'register', 'register');

  // Sent empty: every missing answer named, each link leading to its question.
  await tabTo(provider, focusedText('Send the registration'));
  await provider.keyboard.press('Enter');
  await expect(summary(provider)).toBeFocused();
  for (const words of ['Enter the organisation’s name', 'Choose what kind of organisation it is', 'Enter your name', 'Enter your email address'])
    await expect(summary(provider)).toContainText(words);
  await checkScreen(provider, 'register with errors', 'register-errors');
  await tabTo(provider, focusedText('Choose what kind of organisation it is'));
  await provider.keyboard.press('Enter');
  await expect(provider.locator('#legal_form-scio')).toBeFocused();

  // A charitable company: both numbers needed, which its hint says.
  await expect(provider.locator('#legal_form-charitable_company-hint')).toContainText('charity number and its company number');
  await provider.keyboard.press('ArrowDown');
  await expect(provider.locator('#legal_form-charitable_company')).toBeChecked();
  await tabTo(provider, focusedId('name'), 10, 'Shift+Tab');
  await provider.keyboard.type(name);
  await tabTo(provider, focusedId('charity_number'));
  await provider.keyboard.type('SC04 123'); // a digit short: the service says so
  await tabTo(provider, focusedId('contact_name'));
  await provider.keyboard.type(contact.name);
  await provider.keyboard.press('Tab');
  await expect(provider.locator('#contact_email')).toBeFocused();
  await provider.keyboard.type(contact.email);
  await tabTo(provider, focusedText('Send the registration'));
  await provider.keyboard.press('Enter');
  await expect(summary(provider)).toContainText('Enter the company number'); // before asking the service
  await tabTo(provider, focusedText('Enter the company number'));
  await provider.keyboard.press('Enter');
  await expect(provider.locator('#company_number')).toBeFocused();
  await provider.keyboard.type('SC612399');
  await tabTo(provider, focusedText('Send the registration'));
  await provider.keyboard.press('Enter');
  await expect(provider.locator('#charity_number-error')).toBeVisible();
  await expect(summary(provider).locator('a[href="#charity_number"]')).toBeVisible();
  await checkScreen(provider, 'register, a number refused', 'register-number-refused');
  await tabTo(provider, () => document.activeElement?.getAttribute('href') === '#charity_number');
  await provider.keyboard.press('Enter');
  await expect(provider.locator('#charity_number')).toBeFocused();
  await provider.keyboard.press('Control+A');
  await provider.keyboard.type('sc 041234'); // any case, with a space: the service tidies it
  await tabTo(provider, focusedText('Send the registration'));
  await provider.keyboard.press('Enter');
  await expect(heading(provider)).toHaveText('Check your email');
  await expect(provider.getByTestId('registration-sent')).toBeVisible();
  await expect(provider.getByText(contact.email)).toBeVisible();
  await checkScreen(provider, 'registration sent', 'register-sent');

  // The emailed link confirms the address; a link that is not one says so.
  const confirm = await emailedToken(contact.email, '/register/confirm');
  await provider.goto(`/register/confirm#${confirm}`);
  await expect(heading(provider)).toHaveText('Your registration is waiting for approval');
  await expect(provider.getByTestId('registration-confirmed')).toContainText(name);
  await checkScreen(provider, 'registration confirmed', 'register-confirmed');
  await provider.goto('about:blank');
  await provider.goto('/register/confirm#not-a-real-link');
  await expect(heading(provider)).toHaveText('This link has expired or has been used');
  await expect(provider.getByTestId('dead-link')).toContainText('register your organisation again');

  // The admin, by keyboard: Organisations, the registration, its possible duplicate, approve.
  await signIn(page, admin);
  await tabTo(page, focusedText('Organisations'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Organisations');
  const waiting = page.getByTestId('registrations');
  await expect(waiting).toContainText(name);
  await expect(waiting.locator('li', { hasText: name })).toContainText('May already be here');
  await checkScreen(page, 'organisations', 'admin-organisations');
  await tabTo(page, focusedText(name));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(name);
  await expect(page.getByTestId('registration-details')).toContainText('Charitable company');
  await expect(page.getByTestId('registration-details')).toContainText(niddrie.charity);
  await expect(page.getByTestId('registration-contact')).toContainText(contact.email);
  const duplicates = page.getByTestId('possible-duplicates');
  await expect(duplicates.locator('li', { hasText: niddrie.name })).toContainText('It has the same Scottish charity number');
  await checkScreen(page, 'a registration', 'admin-registration');
  await tabTo(page, focusedText('Approve'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#approve-title')).toBeFocused();
  await expect(page.getByTestId('approve-what-happens')).toContainText(`We email an invitation to ${contact.email}`);
  await checkScreen(page, 'approving a registration', 'admin-registration-approve');
  await tabTo(page, focusedText('Approve and send the invitation'));
  await page.keyboard.press('Enter');
  const done = page.getByTestId('decision-done');
  await expect(done).toBeFocused();
  await expect(done).toContainText(`${name} is approved.`);
  const registrationId = page.url().split('/').pop();
  const registration = (await apiAs(admin, 'GET', `/registrations/${registrationId}`)).json;
  expect(registration).toMatchObject({ status: 'approved', charity_number: niddrie.charity });
  expect(registration.organisation_id).toBeTruthy();
  await tabTo(page, focusedText(`Go to ${name}`));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(name);
  await expect(page.getByTestId('organisation-details')).toContainText('SC612399');
  await checkScreen(page, 'an organisation', 'admin-organisation');

  // The invitation: a password at /welcome, signed in, and Your organisation offered.
  const welcome = await emailedToken(contact.email, '/welcome');
  await provider.goto('about:blank');
  await provider.goto(`/welcome#${welcome}`);
  await expect(heading(provider)).toHaveText(`Welcome, ${contact.name}`);
  await expect(provider.getByTestId('welcome-who')).toContainText(name);
  const password = 'three ferries past cramond island';
  await tabTo(provider, focusedId('password'));
  await provider.keyboard.type(password);
  await tabTo(provider, focusedText('Save my password'));
  await provider.keyboard.press('Enter');
  await expect(heading(provider)).toHaveText('Your work');
  await expect(provider.getByTestId('your-organisation-link')).toContainText(name);
  expect((await apiAs({ email: contact.email, password }, 'GET', '/me')).json.organisation_admin).toBe(true);

  // Two-factor sign-in turned on from Your account, then used to sign in, by keyboard.
  await tabTo(provider, focusedText(contact.name)); // the header's link to Your account
  await provider.keyboard.press('Enter');
  await expect(heading(provider)).toHaveText('Your account');
  await tabTo(provider, focusedText('Set up two-factor sign-in'));
  await provider.keyboard.press('Enter');
  const { secret, step } = await enrolByKeyboard(provider);
  await expect(heading(provider)).toHaveText('Your account');
  await expect(provider.getByTestId('two-factor-status')).toContainText('On');
  await signOut(provider);
  await tabTo(provider, focusedId('email'));
  await provider.keyboard.type(contact.email);
  await provider.keyboard.press('Tab');
  await provider.keyboard.type(password);
  await provider.keyboard.press('Enter');
  await expect(heading(provider)).toHaveText('Enter the code from your app');
  const { code } = await unusedCode(secret, step);
  await tabTo(provider, focusedId('one_time_code'));
  await provider.keyboard.type(code);
  await provider.keyboard.press('Enter');
  await expect(heading(provider)).toHaveText('Your work');

  // Your organisation: its details changed, a colleague invited and made an administrator too.
  await tabTo(provider, focusedText('Your organisation'));
  await provider.keyboard.press('Enter');
  await expect(heading(provider)).toHaveText('Your organisation');
  await checkScreen(provider, 'your organisation', 'your-organisation');
  await tabTo(provider, focusedText('Change the details'));
  await provider.keyboard.press('Enter');
  await expect(provider.locator('#details-form-title')).toBeFocused();
  await tabTo(provider, focusedId('postal_address'));
  await provider.keyboard.type('12 West Granton Road\nEdinburgh\nEH5 1AB');
  await checkScreen(provider, 'changing your organisation’s details', 'your-organisation-change');
  await tabTo(provider, focusedText('Save the details'));
  await provider.keyboard.press('Enter');
  await expect(provider.getByTestId('details-done')).toBeFocused();
  await expect(provider.getByTestId('details-done')).toHaveText('The details have been saved.');
  await expect(provider.getByTestId('postal-address')).toContainText('Edinburgh');
  expect((await apiAs(admin, 'GET', `/organisations/${registration.organisation_id}`)).json.postal_address)
    .toBe('12 West Granton Road\nEdinburgh\nEH5 1AB');

  await tabTo(provider, focusedText(`People in ${name}`));
  await provider.keyboard.press('Enter');
  await expect(heading(provider)).toHaveText('People in your organisation');
  await expect(provider.getByTestId('people')).toContainText(contact.name);
  await checkScreen(provider, 'people in your organisation', 'your-organisation-people');
  await tabTo(provider, focusedText('Invite a colleague'));
  await provider.keyboard.press('Enter');
  await expect(heading(provider)).toHaveText('Invite a colleague');
  const colleague = address('calum');
  await tabTo(provider, focusedId('email'));
  await provider.keyboard.type(colleague);
  await provider.keyboard.press('Tab');
  await provider.keyboard.type('Calum Colleague');
  await expect(provider.getByLabel('What will they do?')).toHaveCount(0); // care provider staff, here
  await tabTo(provider, focusedId('authorised_signatory'));
  await provider.keyboard.press('Space');
  await expect(provider.locator('#authorised_signatory')).toBeChecked();
  await checkScreen(provider, 'invite a colleague', 'your-organisation-invite');
  await tabTo(provider, focusedText('Send the invitation'));
  await provider.keyboard.press('Enter');
  await expect(heading(provider)).toHaveText('Calum Colleague');
  await expect(provider.getByTestId('person-done')).toHaveText(`Invitation sent to Calum Colleague at ${colleague}.`);
  await expect(provider.getByTestId('person')).toContainText(name);
  await expect(provider.getByTestId('person')).toContainText('Can sign off bidsYes');
  await expect(provider.getByRole('button', { name: 'Reset two-factor sign-in' })).toHaveCount(0); // the admin's alone
  expect(await emailedToken(colleague, '/welcome')).toBeTruthy();
  await tabTo(provider, focusedText('Make them an organisation administrator'));
  await provider.keyboard.press('Enter');
  await expect(provider.getByTestId('person-done')).toHaveText(`Calum Colleague is now an administrator of ${name}.`);
  await expect(provider.getByTestId('person')).toContainText('Organisation administratorYes');
  await checkScreen(provider, 'a colleague', 'your-organisation-colleague');
  await context.close();
});

test('an admin refuses a registration with a reason, and cannot decide one not confirmed', async ({ page }) => {
  test.setTimeout(120000);
  const refused = { name: `Leith Lunch Friends ${run}`, email: address('lorna') };
  const unconfirmed = { name: `Portobello Pals ${run}`, email: address('pat') };
  for (const r of [refused, unconfirmed]) {
    const sent = await fetch(`${scenario.api}/api/v1/registrations`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: r.name, legal_form: 'unincorporated_association', contact_name: 'Lorna Lunch', contact_email: r.email }),
    });
    expect(sent.status).toBe(202);
  }
  const token = await emailedToken(refused.email, '/register/confirm');
  const confirmed = await fetch(`${scenario.api}/api/v1/registrations/confirmation`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }),
  });
  expect(confirmed.status).toBe(200);

  await signIn(page, admin);
  await page.goto('/admin/organisations');
  await page.getByRole('link', { name: refused.name }).click();
  await expect(heading(page)).toHaveText(refused.name);
  await page.getByRole('button', { name: 'Refuse' }).click();
  await expect(page.getByLabel('Why are you refusing it?')).toBeFocused();
  await page.getByRole('button', { name: 'Refuse the registration' }).click();
  await expect(page.locator('.reason-step .ds_error-summary')).toContainText('Say why you are refusing it');
  await checkScreen(page, 'refusing a registration, with an error', 'admin-registration-refuse');
  await page.getByLabel('Why are you refusing it?').fill('We only register organisations that provide care or support.');
  await page.getByRole('button', { name: 'Refuse the registration' }).click();
  await expect(page.getByTestId('decision-done')).toHaveText(`${refused.name} is refused. We have emailed Lorna Lunch your reason.`);
  await expect(page.getByTestId('registration-contact')).toContainText('We only register organisations');
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);

  // The others, by status: refused, and one whose email address is not confirmed yet.
  await page.getByRole('link', { name: 'Back to organisations' }).click();
  await expect(page.getByTestId('registrations-count')).toBeVisible();
  await expect(page.getByRole('link', { name: refused.name })).toHaveCount(0); // no longer waiting
  await page.getByLabel('Show registrations that are').selectOption('refused');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.getByTestId('registrations')).toContainText(refused.name);
  await expect(page).toHaveURL(/\?status=refused$/);
  await page.getByLabel('Show registrations that are').selectOption('unconfirmed');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await page.getByRole('link', { name: unconfirmed.name }).click();
  await expect(page.getByTestId('decision-state')).toContainText('has not opened the link we emailed them yet');
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await checkScreen(page, 'an unconfirmed registration');
});

test('an admin changes an organisation, makes someone its administrator, and closes it into another', async ({ page, browser }) => {
  test.setTimeout(180000);
  const made = async (name) => {
    const answer = await apiAs(admin, 'POST', '/organisations', { name: `${name} ${run}`, kind: 'provider' });
    expect(answer.status, JSON.stringify(answer.json)).toBe(201);
    return answer.json;
  };
  const closing = await made('Craigentinny Home Support');
  const into = await made('Restalrig Care Partnership');
  const person = await makePerson('carla', 'Carla Closing', 'provider', closing.id);

  // Found by name; its details changed, the service's refusal shown at the field.
  await signIn(page, admin);
  await page.goto('/admin/organisations');
  await page.getByLabel('Name of the organisation').fill('Craigentinny Home');
  await page.getByLabel('Name of the organisation').press('Enter');
  await page.getByTestId('organisation-results').getByRole('link', { name: closing.name }).click();
  await expect(heading(page)).toHaveText(closing.name);
  await page.getByRole('button', { name: 'Change the details' }).click();
  await page.locator('label[for="legal_form-company"]').click();
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(summary(page)).toContainText('Enter the company number');
  await page.getByLabel('Company number').fill('not a number');
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(page.locator('#company_number-error')).toBeVisible();
  await checkScreen(page, 'changing an organisation, a number refused', 'admin-organisation-change');
  const number = `0${String(Date.now() % 10000000).padStart(7, '0')}`;
  await page.getByLabel('Company number').fill(number);
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(page.getByTestId('details-done')).toHaveText('The details have been saved.');
  await expect(page.getByTestId('organisation-details')).toContainText('Company');
  expect((await apiAs(admin, 'GET', `/organisations/${closing.id}`)).json).toMatchObject({ legal_form: 'company', company_number: number });

  // Its people, from the People list narrowed to it: Carla, not yet an administrator of it.
  const carla = await (await browser.newContext()).newPage();
  await signIn(carla, person);
  await expect(heading(carla)).toHaveText('Your work');
  await expect(carla.getByTestId('your-organisation-link')).toHaveCount(0);
  await page.getByRole('link', { name: `People in ${closing.name}` }).click();
  await expect(heading(page)).toHaveText('People');
  await expect(page.getByTestId('people-organisation')).toContainText(closing.name);
  await expect(page.getByTestId('people-range')).toHaveText('Showing 1 to 1 of 1 person.');
  await checkScreen(page, 'people of one organisation', 'admin-people-of-organisation');
  await page.getByRole('link', { name: 'Carla Closing' }).click();
  await page.getByRole('button', { name: 'Make them an organisation administrator' }).click();
  await expect(page.getByTestId('person-done')).toHaveText(`Carla Closing is now an administrator of ${closing.name}.`);
  await carla.reload();
  await expect(carla.getByTestId('your-organisation-link')).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: 'Show people of every organisation' }).click();
  await expect(page.getByTestId('people-organisation')).toHaveCount(0);

  // Closed, merged into another: everyone in it loses access, which the page says first.
  await page.goto(`/admin/organisations/${closing.id}`);
  await page.getByRole('button', { name: 'Close the organisation' }).click();
  await expect(page.locator('.reason-step')).toContainText(`Everyone in ${closing.name} loses access straight away`);
  await page.locator('.reason-step').getByRole('button', { name: 'Close the organisation' }).click();
  await expect(page.locator('.reason-step .ds_error-summary')).toContainText('Say why you are closing it');
  await page.getByLabel('Why are you closing it?').fill('Merged with Restalrig on 1 December.');
  await page.getByLabel('Name of the organisation').fill('Restalrig Care');
  await page.getByLabel('Name of the organisation').press('Enter');
  await page.locator(`label[for="organisation-${into.id}"]`).click();
  await expect(page.getByTestId('organisation-chosen')).toContainText(into.name);
  await checkScreen(page, 'closing an organisation', 'admin-organisation-close');
  await page.locator('.reason-step').getByRole('button', { name: 'Close the organisation' }).click();
  const closed = page.getByTestId('organisation-closed');
  await expect(closed).toBeFocused();
  await expect(closed).toContainText('Merged with Restalrig on 1 December.');
  await expect(closed.getByRole('link', { name: into.name })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change the details' })).toHaveCount(0);
  await checkScreen(page, 'a closed organisation', 'admin-organisation-closed');
  expect((await apiAs(admin, 'GET', `/organisations/${closing.id}`)).json).toMatchObject({ status: 'closed', merged_into: { id: into.id } });
  expect((await apiAs(admin, 'GET', `/users/${person.id}`)).json.status).toBe('deactivated');
  await carla.getByTestId('notifications-link').click();
  await expect(heading(carla)).toHaveText('Sign in');
});
