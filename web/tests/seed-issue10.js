// Deadline changes, scoring dates and pre-flagged conflicts (issue 10), seeded
// through the HTTP API with people and organisations of their own so no other
// test's counts move:
//
// - "Craigmillar community meals" (EDI-WEB-LINKS): one lot, stage 1 closed, a
//   partnership bid (Craigmillar Kitchen Collective leading, Niddrie Befriending
//   Network as partner) and a single bid (Duddingston Day Care), a panel of three.
//   Lorna Linked volunteers with Niddrie and Cleo Cleared's family works there:
//   both told us beforehand, so the partnership's bid is pre-flagged for them.
//   Keir Keys has told us of no links; he adds some in the browser: a provider,
//   Midlothian Health and Social Care Partnership (a commissioning body with no
//   tender here) and a lunch club not registered at all.
// - "Gorgie befriending" (EDI-WEB-DEADLINE): stage 1 open for a month with one
//   bid started by Duddingston Day Care, which follows the tender: a deadline can
//   only move later, and Duddingston is told when it does.
import { setTimeout as sleep } from 'node:timers/promises';

export async function seedIssue10({ must, login, invitePerson, atOnce, admin, edinburgh, officer }) {
  const organisation = async (name, more = {}) =>
    (await must(201, 'POST', '/api/v1/organisations', admin, { name, kind: 'provider', ...more })).json.id;
  const user = async (organisation_id, email, display_name, role) => {
    const person = await invitePerson(admin, { email, display_name, role, organisation_id, authorised_signatory: role === 'provider' });
    return { ...person, token: await login(email) };
  };
  const orgs = {
    craigmillar: { id: await organisation('Craigmillar Kitchen Collective'), name: 'Craigmillar Kitchen Collective' },
    niddrie: {
      id: await organisation('Niddrie Befriending Network', { charity_number: 'SC041234', care_inspectorate_number: 'CS2012345678' }),
      name: 'Niddrie Befriending Network', charity_number: 'SC041234', care_inspectorate_number: 'CS2012345678',
    },
    duddingston: { id: await organisation('Duddingston Day Care'), name: 'Duddingston Day Care' },
    midlothian: {
      id: await organisation('Midlothian Health and Social Care Partnership', { kind: 'commissioning_body' }),
      name: 'Midlothian Health and Social Care Partnership',
    },
  };
  const people = await atOnce({
    lorna: user(edinburgh, 'lorna.linked@panel.example', 'Lorna Linked', 'panellist'),
    cleo: user(edinburgh, 'cleo.cleared@panel.example', 'Cleo Cleared', 'panellist'),
    keir: user(edinburgh, 'keir.keys@panel.example', 'Keir Keys', 'panellist'),
    craigmillar: user(orgs.craigmillar.id, 'staff@craigmillar-kitchen.example', 'Craigmillar Kitchen staff', 'provider'),
    niddrie: user(orgs.niddrie.id, 'staff@niddrie-befriending.example', 'Niddrie Befriending staff', 'provider'),
    duddingston: user(orgs.duddingston.id, 'staff@duddingston-day-care.example', 'Duddingston Day Care staff', 'provider'),
  });
  await must(200, 'PUT', '/api/v1/me/organisation-links', people.lorna.token, { links: [
    { organisation_id: orgs.niddrie.id, kind: 'volunteer', note: 'I help at the Thursday lunch club.' },
  ] });
  await must(200, 'PUT', '/api/v1/me/organisation-links', people.cleo.token, { links: [
    { organisation_id: orgs.niddrie.id, kind: 'family_member_works_for', note: null },
  ] });

  const at = (ms) => new Date(Date.now() + ms).toISOString().replace(/\.\d+Z$/, 'Z');
  const day = 86400000;
  const tender = async (reference, title, place, timetable) => {
    const path = (await must(201, 'POST', '/api/v1/tenders', officer, {
      reference, title, description: `${title} in ${place}.`, cpv_codes: ['85312000-9'], contract_term_months: 36,
      estimated_value_pence: 150000000, partnership_bids_expected: true, partnership_statement: 'Partnership bids are welcome.',
      pin_summary: `One lot: ${title.toLowerCase()} in ${place}.`,
    })).headers.get('location');
    const lot = (await must(201, 'POST', `${path}/lots`, officer, {
      number: 1, title: `${place} ${title.toLowerCase()}`, description: title, locality_or_theme: place,
      annual_value_pence: 50000000, term_months: 36,
    })).json;
    await must(200, 'POST', `${path}/actions/publish_pin`, officer);
    let version = (await must(200, 'GET', path, officer)).headers.get('etag');
    version = (await must(200, 'PUT', `${path}/criteria`, officer, { criteria: [
      { title: 'What people tell us matters', weight: 70, bidder_guidance: 'How people shape the service.' },
      { title: 'Local links', weight: 30, bidder_guidance: 'Work with local groups.' },
    ] }, { 'If-Match': version })).headers.get('etag');
    version = (await must(200, 'PUT', `${path}/gates`, officer,
      { gates: [{ kind: 'fair_work_first', parameters: { minimum_hourly_rate_pence: 1345 } }] }, { 'If-Match': version })).headers.get('etag');
    await must(200, 'PATCH', path, officer, { timetable: timetable() }, { 'If-Match': version });
    await must(200, 'POST', `${path}/actions/open_stage1`, officer);
    return { path, id: path.split('/').pop(), lot: { id: lot.id, number: 1, title: lot.title }, title, reference };
  };
  const startBid = async (t, who, name, partner) => {
    const consortium = (await must(201, 'POST', `${t.path}/consortia`, who.token, { name })).headers.get('location');
    if (partner) {
      await must(201, 'POST', `${consortium}/members`, who.token, { organisation_id: partner.org.id, role: 'partner', share_bp: 3000 });
      await must(200, 'POST', `${consortium}/invitation/accept`, partner.who.token);
      await must(200, 'PATCH', `${consortium}/members/${who.org.id}`, who.token, { share_bp: 7000 });
      const mou = await must(200, 'PUT', `${consortium}/mou?filename=mou.txt`, who.token,
        'Craigmillar leads; Niddrie runs the befriending.', { 'Content-Type': 'text/plain' });
      for (const x of [who, partner.who]) await must(200, 'POST', `${consortium}/mou/acknowledgement`, x.token, { sha256: mou.json.mou.sha256 });
    }
    const bid = (await must(201, 'POST', `${consortium}/bids`, who.token, { lot_id: t.lot.id })).headers.get('location');
    await must(200, 'PATCH', bid, who.token, {
      responses: { 0: `${name} asks people what they want each week.`, 1: `${name} works with the local church and library.` },
      declarations: { 0: { committed: true, hourly_rate_pence: 1400 } },
    }, { 'If-Match': '"1"' });
    return { path: bid, id: bid.split('/').pop(), name };
  };
  const submit = async (bid, signers) => {
    const digest = (await must(200, 'GET', `${bid.path}/sign-offs`, signers[0].token)).json.draft_sha256;
    for (const s of signers) await must(200, 'POST', `${bid.path}/sign-offs`, s.token, { draft_sha256: digest });
    await must(201, 'POST', `${bid.path}/submissions`, signers[0].token, { declaration_confirmed: true }, { 'Idempotency-Key': 'stage-1' });
  };

  const stage1 = Date.now() + 7000;
  const linked = await tender('EDI-WEB-LINKS', 'Community meals', 'Craigmillar', () => ({
    clarification_cutoff: at((stage1 - Date.now()) / 2), stage1_deadline: at(stage1 - Date.now()), stage2_deadline: at(30 * day),
  }));
  const craigmillar = { who: { ...people.craigmillar, org: orgs.craigmillar } };
  const together = await startBid(linked, craigmillar.who, 'Craigmillar Together',
    { org: orgs.niddrie, who: people.niddrie });
  await submit(together, [people.craigmillar, people.niddrie]);
  const single = await startBid(linked, { ...people.duddingston, org: orgs.duddingston }, 'Duddingston Day Care');
  await submit(single, [people.duddingston]);
  const scoringDueAt = at(10 * day);
  const panel = (await must(201, 'POST', `${linked.path}/panels`, officer, {
    name: 'Craigmillar meals panel', lot_id: null, scoring_due_at: scoringDueAt,
    members: [{ user_id: people.keir.id, kind: 'lived_experience', chair: true },
      { user_id: people.lorna.id, kind: 'lived_experience', chair: false },
      { user_id: people.cleo.id, kind: 'third_sector', chair: false }],
  })).headers.get('location').split('/').pop();

  const later = await tender('EDI-WEB-DEADLINE', 'Befriending', 'Gorgie', () => ({
    clarification_cutoff: at(20 * day), stage1_deadline: at(30 * day), stage2_deadline: at(60 * day),
  }));
  await must(204, 'PUT', `${later.path}/lots/${later.lot.id}/interest`, people.duddingston.token);
  const started = await startBid(later, { ...people.duddingston, org: orgs.duddingston }, 'Duddingston in Gorgie');

  await sleep(Math.max(0, stage1 + 700 - Date.now()));
  await must(200, 'POST', `${linked.path}/actions/close_stage1`, officer);

  const strip = ({ token, ...rest }) => rest;
  const describe = ({ path, ...t }) => t;
  return {
    linked: { ...describe(linked), panel: { id: panel, name: 'Craigmillar meals panel', scoring_due_at: scoringDueAt },
      bids: { together: { id: together.id, name: together.name }, single: { id: single.id, name: single.name } } },
    deadline: { ...describe(later), bid: { id: started.id, name: started.name } },
    organisations: orgs,
    users: Object.fromEntries(Object.entries(people).map(([k, v]) => [k, strip(v)])),
  };
}
