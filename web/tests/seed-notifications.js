// The notifications part of the scenario, seeded through the HTTP API with people
// of its own (names start "Notify") so no other test's counts move: a buyer of its
// own publishes an early notice (PIN) for a kind of service one provider follows,
// forms a panel (its panellist is told), and that provider invites another
// organisation into 23 partnerships, more than one page of 20 notifications. A
// third organisation is invited once, for its email's unsubscribe link.
export const invitationCount = 23;

export async function seedNotifications({ must, login, invitePerson, atOnce, admin }) {
  const organisation = async (name, kind) => (await must(201, 'POST', '/api/v1/organisations', admin, { name, kind })).json.id;
  const user = async (organisation_id, email, display_name, role) => ({
    ...(await invitePerson(admin, { email, display_name, role, organisation_id, authorised_signatory: role === 'provider' })),
    organisation_id,
  });
  const council = await organisation('Notify Test Council', 'commissioning_body');
  const lead = await organisation('Notify Lead Trust', 'provider');
  const partner = await organisation('Notify Partner Group', 'provider');
  const mail = await organisation('Notify Mail Group', 'provider');
  const users = await atOnce({
    commissioner: user(council, 'officer@notify-council.example', 'Nadia Notify', 'commissioner'),
    panellist: user(council, 'nora@notify-panel.example', 'Nora Notify', 'panellist'),
    lead: user(lead, 'staff@notify-lead.example', 'Lena Lead', 'provider'),
    partner: user(partner, 'staff@notify-partner.example', 'Pat Partner', 'provider'),
    mail: user(mail, 'staff@notify-mail.example', 'Mo Mail', 'provider'),
  });
  const tokens = {};
  for (const [key, u] of Object.entries(users)) tokens[key] = await login(u.email);

  // The lead follows social work services without accommodation before the notice is published.
  await must(200, 'PUT', '/api/v1/me/followed-cpv-codes', tokens.lead, { cpv_codes: ['85312000-9'] });

  const tender = (await must(201, 'POST', '/api/v1/tenders', tokens.commissioner, {
    reference: 'NTF-WEB-001', title: 'Notify Befriending', description: 'Befriending for people who live alone.',
    cpv_codes: ['85312000-9'], contract_term_months: 36, estimated_value_pence: 300000000, partnership_bids_expected: true,
    partnership_statement: 'Small groups are welcome to bid together.',
    pin_summary: 'One lot of befriending, citywide.',
  })).headers.get('location');
  await must(201, 'POST', `${tender}/lots`, tokens.commissioner, {
    number: 1, title: 'Citywide befriending', description: 'Befriending across the city.', locality_or_theme: 'Citywide',
    annual_value_pence: 100000000, term_months: 36,
  });
  await must(200, 'POST', `${tender}/actions/publish_pin`, tokens.commissioner);
  await must(201, 'POST', `${tender}/panels`, tokens.commissioner, {
    name: 'Notify Befriending panel', lot_id: null,
    members: [{ user_id: users.panellist.id, kind: 'lived_experience', chair: true }],
  });

  const invite = async (name, partner) => {
    const consortium = (await must(201, 'POST', `${tender}/consortia`, tokens.lead, { name })).headers.get('location');
    await must(201, 'POST', `${consortium}/members`, tokens.lead,
      { organisation_id: partner.organisation_id, role: 'partner', share_bp: 2000 });
  };
  for (let n = 1; n <= invitationCount; n++) await invite(`Notify Partnership ${n}`, users.partner);
  await invite('Notify Mail Partnership', users.mail);

  return { users, tender: { id: tender.split('/').pop(), title: 'Notify Befriending' }, invitationCount };
}
