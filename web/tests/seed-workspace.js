// The providers' bid workspace scenario, seeded through the HTTP API: a tender of
// its own with stage 1 open for days (so it stays open during the tests), one
// required document, and a partnership of two provider organisations (Granton
// leads, Muirhouse is its partner; both staff are authorised signatories) with a
// draft bid on each lot: `journey` for the lead's way to a submission, `shared`
// for the partners writing together. Each organisation has a library answer; a
// clerk who may not sign and a rival organisation show what others cannot do.
//
//   seedWorkspace({ must, login, invitePerson, atOnce, admin }) → { workspace: {...} } merged into the scenario
const answerTexts = {
  granton: {
    title: 'Volunteering at Granton',
    text: 'Our volunteers are trained and supported by a coordinator who meets each of them every month.',
    tags: ['volunteers', 'people'],
  },
  muirhouse: {
    title: 'Youth drop-in at Muirhouse',
    text: 'Young people run our Friday drop-in with two youth workers beside them.',
    tags: ['young people'],
  },
};

export async function seedWorkspace({ must, login, invitePerson, atOnce, admin }) {
  const organisation = async (name, kind) => (await must(201, 'POST', '/api/v1/organisations', admin, { name, kind })).json.id;
  const user = async (organisation_id, email, display_name, role, authorised_signatory) => ({
    ...(await invitePerson(admin, { email, display_name, role, organisation_id, authorised_signatory })),
    organisation_id,
  });

  const body = await organisation('City of Edinburgh Council', 'commissioning_body');
  const orgs = {
    granton: { id: await organisation('Granton Community Care', 'provider'), name: 'Granton Community Care' },
    muirhouse: { id: await organisation('Muirhouse Link Up', 'provider'), name: 'Muirhouse Link Up' },
    forth: { id: await organisation('Forth Advocacy', 'provider'), name: 'Forth Advocacy' },
  };
  // The second tender's panellist (below) is invited with everyone else.
  const [users, panellist] = await Promise.all([atOnce({
    officer: user(body, 'officer@council.example', 'Rona Officer', 'commissioner', false),
    lead: user(orgs.granton.id, 'gail@granton.example', 'Gail Lead', 'provider', true),
    clerk: user(orgs.granton.id, 'chris@granton.example', 'Chris Clerk', 'provider', false),
    partner: user(orgs.muirhouse.id, 'pat@muirhouse.example', 'Pat Partner', 'provider', true),
    colleague: user(orgs.muirhouse.id, 'morgan@muirhouse.example', 'Morgan Muirhouse', 'provider', false),
    rival: user(orgs.forth.id, 'rio@forth.example', 'Rio Rival', 'provider', true),
  }), user(body, 'pan@council.example', 'Pan Ellist', 'panellist', false)]);
  const tokens = {};
  for (const [key, u] of Object.entries(users)) tokens[key] = await login(u.email);

  const officer = tokens.officer;
  // A second tender whose stage 1 closes in seconds, so that once the rest is seeded
  // it can be scored and its feedback released: Granton's bid then revises for stage 2.
  const stage2 = await startStageTwoTender({ must, officer, lead: tokens.lead, login, panellist });

  // The tender: two lots, two criteria, three gates, a safeguarding policy required.
  const tender = (await must(201, 'POST', '/api/v1/tenders', officer, {
    reference: 'EDI-WS-001', title: 'Neighbourhood Connections',
    description: 'Support that helps people in north Edinburgh take part in community life.',
    cpv_codes: ['85312000-9'], contract_term_months: 36, extension_months: 12,
    estimated_value_pence: 900000000, outcomes: ['People feel part of their community'],
    partnership_bids_expected: true, partnership_statement: 'We welcome partnership bids.',
    pin_summary: 'Two lots of community connection support.',
    scoring_scale: [0, 1, 2, 3, 4].map((score) => ({ score, label: `Score ${score}`, descriptor: `Meets level ${score}.` })),
  })).headers.get('location');
  const lots = [];
  for (const [number, title] of [[1, 'Connections North'], [2, 'Connections for young people']]) {
    const lot = await must(201, 'POST', `${tender}/lots`, officer, {
      number, title, description: title, locality_or_theme: 'North Edinburgh', annual_value_pence: 30000000, term_months: 36,
    });
    lots.push({ id: lot.json.id, number, title });
  }
  await must(200, 'POST', `${tender}/actions/publish_pin`, officer);
  const criteria = [
    { title: 'Knowing the community', weight: 60, word_limit: 300,
      bidder_guidance: 'Tell us which local groups you work with and how people find you.',
      panel_guidance: 'Look for named local groups and real examples.' },
    { title: 'Working together', weight: 40, word_limit: 200,
      bidder_guidance: 'Tell us who in your partnership does what, and how you decide together.',
      panel_guidance: 'Look for clear roles and a way to settle disagreements.' },
  ];
  const gates = [
    { kind: 'insurance', parameters: { employers_liability_pence: 500000000, public_liability_pence: 1000000000, professional_indemnity_pence: 200000000 } },
    { kind: 'fair_work_first', parameters: { minimum_hourly_rate_pence: 1345 } },
    { kind: 'spd_mandatory_exclusions', parameters: {} },
  ];
  let version = (await must(200, 'GET', tender, officer)).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/criteria`, officer, { criteria }, { 'If-Match': version })).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/gates`, officer, { gates }, { 'If-Match': version })).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/required-documents`, officer,
    { documents: [{ title: 'Safeguarding policy', guidance: 'Your current policy, signed by your board.' }] },
    { 'If-Match': version })).headers.get('etag');
  const at = (ms) => new Date(Date.now() + ms).toISOString().replace(/\.\d+Z$/, 'Z');
  const day = 86400000;
  await must(200, 'PATCH', tender, officer, {
    timetable: { clarification_cutoff: at(day), stage1_deadline: at(3 * day), stage2_deadline: at(30 * day) },
  }, { 'If-Match': version });
  await must(200, 'POST', `${tender}/actions/open_stage1`, officer);

  // The partnership: Granton leads (60%), Muirhouse is its partner (40%).
  const consortium = (await must(201, 'POST', `${tender}/consortia`, tokens.lead, { name: 'Granton and Muirhouse Together' }))
    .headers.get('location');
  await must(201, 'POST', `${consortium}/members`, tokens.lead,
    { organisation_id: orgs.muirhouse.id, role: 'partner', share_bp: 4000 });
  await must(200, 'POST', `${consortium}/invitation/accept`, tokens.partner);
  await must(200, 'PATCH', `${consortium}/members/${orgs.granton.id}`, tokens.lead, { share_bp: 6000 });
  const mou = await must(200, 'PUT', `${consortium}/mou?filename=mou.txt`, tokens.lead,
    'Granton leads and holds the contract; Muirhouse delivers 40% of the work.', { 'Content-Type': 'text/plain' });
  for (const key of ['lead', 'partner'])
    await must(200, 'POST', `${consortium}/mou/acknowledgement`, tokens[key], { sha256: mou.json.mou.sha256 });

  const startBid = async (lot) =>
    (await must(201, 'POST', `${consortium}/bids`, tokens.lead, { lot_id: lot.id })).headers.get('location');
  const save = async (token, bid, section, content) => {
    const sections = (await must(200, 'GET', `${bid}/sections`, token)).json.items;
    const current = sections.find((s) => s.section === section);
    await must(200, 'PUT', `${bid}/sections/${section}/content`, token, { content }, { 'If-Match': `"${current.versions}"` });
  };
  const assign = (bid, section, assignment) => must(200, 'PUT', `${bid}/sections/${section}/assignment`, tokens.lead, assignment);
  const declarations = [
    { employers_liability_pence: 500000000, public_liability_pence: 1000000000, professional_indemnity_pence: 200000000, expires_at: '2030-12-31T00:00:00Z' },
    { committed: true, hourly_rate_pence: 1400 },
    { any_ground_applies: false },
  ];

  // journey: everything written but the first answer and the safeguarding policy.
  const journey = await startBid(lots[0]);
  for (const [i, d] of declarations.entries()) await save(tokens.lead, journey, `declaration-${i}`, d);
  await save(tokens.lead, journey, 'response-1',
    'Granton leads and holds the contract. Muirhouse runs the youth work. We meet every month and decide together.');

  // shared: the first answer is Muirhouse's to write, the second Granton's.
  const shared = await startBid(lots[1]);
  await assign(shared, 'response-0', { owner_organisation_id: orgs.muirhouse.id, owner_user_id: users.partner.id,
    approver_user_id: users.lead.id, due_date: at(7 * day).slice(0, 10) });
  await assign(shared, 'response-1', { owner_organisation_id: orgs.granton.id, owner_user_id: users.lead.id,
    due_date: '2026-01-15' });

  const answers = {};
  for (const [key, token] of [['granton', tokens.lead], ['muirhouse', tokens.partner]])
    answers[key] = { ...answerTexts[key], id: (await must(201, 'POST', '/api/v1/answers', token, answerTexts[key])).json.id };

  const revising = await finishStageTwoTender({ must, officer, ...stage2 });

  const id = (path) => path.split('/').pop();
  return {
    workspace: {
      tender: { id: id(tender), title: 'Neighbourhood Connections' }, lots, criteria: criteria.map((c) => c.title),
      organisations: orgs, consortium: id(consortium),
      bids: { journey: id(journey), shared: id(shared), revising: id(revising) }, answers,
      advice: stage2.advice, users: { ...users, panellist: stage2.panellist },
    },
  };
}

// "Arts in the North": stage 1 closes a few seconds after it opens; Granton bids alone.
async function startStageTwoTender({ must, officer, lead, login, panellist }) {
  const tender = (await must(201, 'POST', '/api/v1/tenders', officer, {
    reference: 'EDI-WS-002', title: 'Arts in the North',
    description: 'Creative groups for people who feel alone.', cpv_codes: ['85312000-9'], contract_term_months: 24,
    extension_months: 0, estimated_value_pence: 100000000, outcomes: ['People feel less alone'],
    partnership_bids_expected: false, pin_summary: 'One lot of creative groups.',
    scoring_scale: [0, 1, 2, 3, 4].map((score) => ({ score, label: `Score ${score}`, descriptor: `Meets level ${score}.` })),
  })).headers.get('location');
  const lot = (await must(201, 'POST', `${tender}/lots`, officer, {
    number: 1, title: 'Creative groups', description: 'Creative groups', locality_or_theme: 'North Edinburgh',
    annual_value_pence: 50000000, term_months: 24,
  })).json.id;
  await must(200, 'POST', `${tender}/actions/publish_pin`, officer);
  const criteria = [
    { title: 'Reaching people who feel alone', weight: 60, word_limit: 300, bidder_guidance: 'Tell us how people will hear about the groups.' },
    { title: 'Keeping groups going', weight: 40, word_limit: 300, bidder_guidance: 'Tell us how groups carry on after the first year.' },
  ];
  let version = (await must(200, 'GET', tender, officer)).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/criteria`, officer, { criteria }, { 'If-Match': version })).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/gates`, officer,
    { gates: [{ kind: 'spd_mandatory_exclusions', parameters: {} }] }, { 'If-Match': version })).headers.get('etag');
  const at = (ms) => new Date(Date.now() + ms).toISOString().replace(/\.\d+Z$/, 'Z');
  const deadlineMs = 4000;
  const deadline = Date.now() + deadlineMs;
  await must(200, 'PATCH', tender, officer, {
    timetable: { clarification_cutoff: at(deadlineMs - 1000), stage1_deadline: at(deadlineMs), stage2_deadline: at(20 * 86400000) },
  }, { 'If-Match': version });
  await must(200, 'POST', `${tender}/actions/open_stage1`, officer);
  const consortium = (await must(201, 'POST', `${tender}/consortia`, lead, { name: 'Granton Arts' })).headers.get('location');
  const bid = (await must(201, 'POST', `${consortium}/bids`, lead, { lot_id: lot })).headers.get('location');
  await must(200, 'PATCH', bid, lead, {
    responses: { 0: 'We put posters in the library.', 1: 'Volunteers keep the groups going.' },
    declarations: { 0: { any_ground_applies: false } },
  }, { 'If-Match': '"1"' });
  const digest = (await must(200, 'GET', `${bid}/sign-offs`, lead)).json.draft_sha256;
  await must(200, 'POST', `${bid}/sign-offs`, lead, { draft_sha256: digest });
  await must(201, 'POST', `${bid}/submissions`, lead, { declaration_confirmed: true }, { 'Idempotency-Key': 'stage-1' });
  return { tender, bid, deadline, panellist, panellistToken: await login(panellist.email),
    advice: 'Say which places beyond the library you will reach, such as GP surgeries.' };
}

// After its deadline: the stage closes, one panellist scores with advice, the
// feedback is released and the bid may be revised for stage 2.
async function finishStageTwoTender({ must, officer, tender, bid, deadline, panellist, panellistToken, advice }) {
  const wait = deadline + 700 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  await must(200, 'POST', `${tender}/actions/close_stage1`, officer);
  await must(201, 'POST', `${tender}/panels`, officer, {
    name: 'Arts panel', lot_id: null, members: [{ user_id: panellist.id, kind: 'lived_experience', chair: true }],
  });
  const b = `/api/v1/bids/${bid.split('/').pop()}`;
  await must(200, 'PUT', `${b}/conflict-declaration`, panellistToken, { conflicted: false });
  await must(200, 'PUT', `${b}/my-scores/0`, panellistToken, { score: 2, justification: 'Only the library is named.', advice });
  await must(200, 'PUT', `${b}/my-scores/1`, panellistToken, { score: 3, justification: 'A clear plan.' });
  await must(200, 'POST', `${b}/my-scores/submission`, panellistToken);
  await must(200, 'POST', `${tender}/actions/release_feedback`, officer);
  return bid;
}
