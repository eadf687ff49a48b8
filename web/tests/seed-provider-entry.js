// The provider-entry part of the scenario (finding work, partnerships), seeded
// through the HTTP API after the main seed: three more provider organisations,
// a second tender open for first-stage bids with a deadline days away, its
// information sessions (one already full), a published clarification, partner
// register entries by other organisations, a partnership that has invited one of
// our providers (an invitation waiting: other members, a bid started for lot 1 and
// an MoU to read before answering), 22 lunch clubs (more than a name search gives
// at once, two with nearly the same name), and an early notice (PIN) only.
import { setTimeout as sleep } from 'node:timers/promises';
import { scale, criteria, gates, declarations, responses } from './scenario-texts.js';

const day = 86400000;
const at = (ms) => new Date(Date.now() + ms).toISOString().replace(/\.\d+Z$/, 'Z');

export async function seedProviderEntry({ must, login, invitePerson, atOnce, admin, officer }) {
  const organisation = async (name) =>
    (await must(201, 'POST', '/api/v1/organisations', admin, { name, kind: 'provider' })).json.id;
  const organisations = [];
  for (const [key, name, person] of [
    ['granton', 'Granton Community Trust', 'Grace Lead'],
    ['citadel', 'Citadel Youth Centre', 'Callum Partner'],
    ['canongate', 'Canongate Youth', 'Cara Canongate'],
    ['muirhouse', 'Muirhouse Link Up', 'Mhairi Muirhouse'],
    ['lights', 'Leith Lights', 'Lewis Lights'],
    ['pilrig', 'Pilrig Short Breaks', 'Priya Pilrig'],
  ])
    organisations.push({ key, name, person, id: await organisation(name) });
  const provider = async ({ key, name, person, id: organisation_id }) => {
    const email = `staff@${key}.example`;
    const { id, password } = await invitePerson(admin, {
      email, display_name: person, role: 'provider', organisation_id, authorised_signatory: true,
    });
    return { id, email, password, display_name: person, role: 'provider', organisation: { id: organisation_id, name } };
  };
  // The small tender's panellist (below) is invited with the providers.
  const me = (await must(200, 'GET', '/api/v1/me', officer)).json;
  const { reader, ...people } = await atOnce({
    ...Object.fromEntries(organisations.map((o) => [o.key, provider(o)])),
    reader: invitePerson(admin, { email: 'rowan@panel.example', display_name: 'Rowan Reader', role: 'panellist', organisation_id: me.organisation.id }),
  });
  const tokens = await atOnce(Object.fromEntries(Object.entries(people).map(([key, p]) => [key, login(p.email)])));

  // A small tender taken all the way to an award while the rest is seeded.
  const outcome = await startOutcomeTender({ must, login, officer, tokens, reader });

  // While the small tender waits for its deadlines, the rest is seeded alongside.
  const [decided, open] = await Promise.all([
    finishOutcomeTender({ must, officer, tokens, ...outcome }),
    seedOpenTender({ must, login, invitePerson, admin, officer, tokens, people }),
  ]);

  return { users: people, outcome: decided, ...open };
}

// The open tender with its sessions, clarification, register entries and a waiting
// invitation, and an early notice (PIN) only.
async function seedOpenTender({ must, login, invitePerson, admin, officer, tokens, people }) {
  // A tender open for first-stage bids, closing in five days.
  const created = await must(201, 'POST', '/api/v1/tenders', officer, {
    reference: 'EDI-WEB-002', title: 'Community Connections',
    description: 'Support for people to take part in community life, close to where they live.',
    cpv_codes: ['85312000-9'], contract_term_months: 36, extension_months: 12,
    estimated_value_pence: 1800000000, outcomes: ['People have friends and things to do', 'Fewer people feel lonely'],
    partnership_bids_expected: true, partnership_statement: 'Small local groups are welcome as partners.',
    pin_summary: 'Two lots: one for Leith, one for people across the city who use British Sign Language.',
    scoring_scale: scale,
  });
  const tender = created.headers.get('location');
  const lots = [];
  for (const [number, title, place, description] of [
    [1, 'Leith connections', 'Leith', 'Helping people in Leith find groups, activities and friends near them.'],
    [2, 'Deaf community connections', 'Citywide', 'Community connections for people who use British Sign Language.'],
  ]) {
    const lot = await must(201, 'POST', `${tender}/lots`, officer, {
      number, title, description, locality_or_theme: place, annual_value_pence: 30000000, term_months: 36,
      outcomes: ['People say they feel less alone'],
    });
    lots.push({ id: lot.json.id, number, title });
  }
  await must(200, 'POST', `${tender}/actions/publish_pin`, officer);
  let version = (await must(200, 'GET', tender, officer)).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/criteria`, officer, { criteria }, { 'If-Match': version })).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/gates`, officer, { gates }, { 'If-Match': version })).headers.get('etag');
  // Lot 2 has questions of its own.
  version = (await must(200, 'PUT', `${tender}/lots/${lots[1].id}/criteria`, officer, { criteria: [
    { title: 'Deaf-led support', weight: 60, word_limit: 500, bidder_guidance: 'Tell us how Deaf people lead and shape the service.' },
    { title: 'Working in partnership', weight: 40, word_limit: 500, bidder_guidance: 'Tell us how the organisations in your bid will work together.' },
  ] }, { 'If-Match': version })).headers.get('etag');
  await must(200, 'PATCH', tender, officer, {
    timetable: { clarification_cutoff: at(3 * day), stage1_deadline: at(5 * day), stage2_deadline: at(40 * day) },
  }, { 'If-Match': version });
  await must(200, 'POST', `${tender}/actions/open_stage1`, officer);

  // Information sessions: one with seats, one already full.
  const session = async (inDays, place, capacity) =>
    (await must(201, 'POST', `${tender}/information-sessions`, officer, {
      starts_at: at(inDays * day), ends_at: at(inDays * day + 2 * 3600000), place, capacity,
    })).json.id;
  const sessions = {
    open: await session(1, 'Leith Community Centre, 12A Newkirkgate, Edinburgh', 20),
    full: await session(2, 'City Chambers, High Street, Edinburgh', 1),
  };
  await must(201, 'POST', `${tender}/information-sessions/${sessions.full}/bookings`, tokens.canongate);

  // A question answered for everyone.
  const asked = await must(201, 'POST', `${tender}/clarifications`, tokens.canongate,
    { question: 'Can a lot be delivered by a partnership of small groups?', lot_id: lots[0].id });
  await must(200, 'POST', `${tender}/clarifications/${asked.json.id}/answer`, officer,
    { answer: 'Yes. A partnership of small groups is welcome, with one of them as lead.', publish: true });

  // Others looking for partners on lot 1.
  for (const [key, offers, roles] of [
    ['citadel', 'Youth work and a drop-in space in Leith, open six days a week.', ['partner', 'subcontractor']],
    ['canongate', 'Volunteer befrienders and outdoor activities.', ['lead', 'partner']],
  ])
    await must(200, 'PUT', `${tender}/lots/${lots[0].id}/partner-register/mine`, tokens[key], {
      offers, localities: ['Leith'], roles, contact_name: people[key].display_name, contact_email: people[key].email,
    });

  const lunchClubs = await seedLunchClubs({ must, admin });

  // Canongate's partnership has invited Granton: an invitation waiting for an answer. Granton
  // can see the rest before answering: Dumbiedykes Lunch Club has joined, Abbeyhill Lunch Club
  // has not answered yet, a bid is started for lot 1 and the MoU is there to read.
  const oldTown = (await must(201, 'POST', `${tender}/consortia`, tokens.canongate, { name: 'Old Town Partnership' })).json;
  const oldTownPath = `/api/v1/consortia/${oldTown.id}`;
  await must(201, 'POST', `${oldTownPath}/members`, tokens.canongate,
    { organisation_id: people.granton.organisation.id, role: 'subcontractor', share_bp: 2000 });
  const dumbiedykes = lunchClubs.dumbiedykes;
  await invitePerson(admin, {
    email: 'staff@dumbiedykes.example', display_name: 'Dougie Dumbiedykes', role: 'provider',
    organisation_id: dumbiedykes.id, authorised_signatory: true,
  });
  await must(201, 'POST', `${oldTownPath}/members`, tokens.canongate,
    { organisation_id: dumbiedykes.id, role: 'partner', share_bp: 3000 });
  await must(200, 'POST', `${oldTownPath}/invitation/accept`, await login('staff@dumbiedykes.example'));
  await must(201, 'POST', `${oldTownPath}/members`, tokens.canongate,
    { organisation_id: lunchClubs.abbeyhill.id, role: 'partner', share_bp: 1000 });
  await must(200, 'PATCH', `${oldTownPath}/members/${people.canongate.organisation.id}`, tokens.canongate, { share_bp: 4000 });
  const mouText = 'Canongate Youth leads. Dumbiedykes and Abbeyhill lunch clubs cook; Granton runs the garden.';
  const mou = await must(200, 'PUT', `${oldTownPath}/mou?filename=old-town-mou.txt`, tokens.canongate, mouText,
    { 'Content-Type': 'text/plain' });
  await must(200, 'POST', `${oldTownPath}/mou/acknowledgement`, tokens.canongate, { sha256: mou.json.mou.sha256 });
  await must(201, 'POST', `${oldTownPath}/bids`, tokens.canongate, { lot_id: lots[0].id });

  // An early notice only: not open for bids yet.
  const pin = (await must(201, 'POST', '/api/v1/tenders', officer, {
    reference: 'EDI-WEB-003', title: 'Day Opportunities', description: 'Day activities for older people.',
    cpv_codes: ['85312000-9'], contract_term_months: 48, estimated_value_pence: 600000000, partnership_bids_expected: false,
    pin_summary: 'One lot, citywide. We will hold information sessions before it opens.',
  })).headers.get('location');
  await must(201, 'POST', `${pin}/lots`, officer, {
    number: 1, title: 'Citywide day opportunities', description: 'Day activities across the city.',
    locality_or_theme: 'Citywide', annual_value_pence: 15000000, term_months: 48,
  });
  await must(200, 'POST', `${pin}/actions/publish_pin`, officer);

  return {
    tender: { id: tender.split('/').pop(), title: 'Community Connections', reference: 'EDI-WEB-002' },
    lots, sessions,
    invitation: {
      consortium: oldTown.id, name: 'Old Town Partnership', lot: lots[0],
      members: { dumbiedykes, abbeyhill: lunchClubs.abbeyhill }, mou: { filename: 'old-town-mou.txt', text: mouText },
    },
    lunchClubs,
    pin: { id: pin.split('/').pop(), title: 'Day Opportunities' },
  };
}

// Lunch clubs across the city, each with a charity number: 22 have "Lunch Club" in their name, more
// than the 20 a search by name gives at once. Pilton Lunch Club and West Pilton Lunch Club are told
// apart by their numbers. (No "Restalrig": pre-flagged-conflicts.spec.js needs it not registered.)
async function seedLunchClubs({ must, admin }) {
  const places = [
    'Abbeyhill', 'Bonnington', 'Broughton', 'Bruntsfield', 'Canonmills', 'Dalry', 'Dumbiedykes', 'Easter Road',
    'Fountainbridge', 'Gorgie', 'Hillside', 'Inverleith', 'Lochend', 'Marchmont', 'Morningside', 'Newhaven',
    'Pilton', 'West Pilton', 'Stockbridge', 'Tollcross', 'Trinity', 'Willowbrae',
  ];
  const clubs = {};
  for (const [i, place] of places.entries()) {
    const name = `${place} Lunch Club`;
    const numbers = { charity_number: `SC0441${String(i + 10).padStart(2, '0')}` };
    if (place === 'West Pilton') numbers.company_number = 'SC612345';
    if (place === 'Pilton') numbers.care_inspectorate_number = 'CS2019000117';
    const id = (await must(201, 'POST', '/api/v1/organisations', admin, { name, kind: 'provider', ...numbers })).json.id;
    const key = place.replace(/ (.)/g, (_, c) => c).replace(/^./, (c) => c.toLowerCase());
    clubs[key] = { id, name, ...numbers };
  }
  return clubs;
}

// Stage 1 closes 6 s and stage 2 12 s after opening (longer with a longer SEED_DEADLINE_MS). Muirhouse and Leith Lights
// each bid alone for the one lot; both are submitted before stage 1 closes. Pilrig Short Breaks bids too, but
// pays below the Fair Work First rate: it fails that minimum requirement at stage 1's close and cannot win
// (an outcome letter and a ranking with a reason that is not "ranked").
async function startOutcomeTender({ must, login, officer, tokens, reader }) {
  const opened = Date.now();
  const created = await must(201, 'POST', '/api/v1/tenders', officer, {
    reference: 'EDI-WEB-004', title: 'Carers Breaks', description: 'Short breaks for unpaid carers.',
    cpv_codes: ['85312000-9'], contract_term_months: 24, estimated_value_pence: 200000000,
    partnership_bids_expected: false, pin_summary: 'One lot of short breaks.', scoring_scale: scale,
  });
  const tender = created.headers.get('location');
  const lot = (await must(201, 'POST', `${tender}/lots`, officer, {
    number: 1, title: 'Short breaks', description: 'Short breaks across the city.', locality_or_theme: 'Citywide',
    annual_value_pence: 100000000, term_months: 24,
  })).json;
  await must(200, 'POST', `${tender}/actions/publish_pin`, officer);
  let version = (await must(200, 'GET', tender, officer)).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/criteria`, officer, { criteria }, { 'If-Match': version })).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/gates`, officer, { gates }, { 'If-Match': version })).headers.get('etag');
  // Slower services (the sanitizer build) get longer, as the main seed's SEED_DEADLINE_MS does.
  const slack = Math.max(1, Number(process.env.SEED_DEADLINE_MS ?? 9000) / 9000);
  const stage1 = opened + 6000 * slack;
  const stage2 = opened + 12000 * slack;
  await must(200, 'PATCH', tender, officer, {
    timetable: { clarification_cutoff: at((stage1 - Date.now()) / 2), stage1_deadline: new Date(stage1).toISOString().replace(/\.\d+Z$/, 'Z'),
      stage2_deadline: new Date(stage2).toISOString().replace(/\.\d+Z$/, 'Z') },
  }, { 'If-Match': version });
  await must(200, 'POST', `${tender}/actions/open_stage1`, officer);

  const bids = {};
  for (const [key, name, text] of [['muirhouse', 'Muirhouse Link Up', responses.crops], ['lights', 'Leith Lights', responses.northWest]]) {
    const consortium = (await must(201, 'POST', `${tender}/consortia`, tokens[key], { name })).json;
    const path = (await must(201, 'POST', `/api/v1/consortia/${consortium.id}/bids`, tokens[key], { lot_id: lot.id })).headers.get('location');
    await must(200, 'PATCH', path, tokens[key], { responses: text, declarations }, { 'If-Match': '"1"' });
    bids[key] = { path, id: path.split('/').pop(), consortium: consortium.id, name };
    await submit(must, tokens[key], path, 'stage-1');
  }
  const pilrig = (await must(201, 'POST', `${tender}/consortia`, tokens.pilrig, { name: 'Pilrig Short Breaks' })).json;
  const pilrigPath = (await must(201, 'POST', `/api/v1/consortia/${pilrig.id}/bids`, tokens.pilrig, { lot_id: lot.id })).headers.get('location');
  await must(200, 'PATCH', pilrigPath, tokens.pilrig, {
    responses: responses.him, declarations: { ...declarations, 1: { committed: true, hourly_rate_pence: 1200 } },
  }, { 'If-Match': '"1"' });
  await submit(must, tokens.pilrig, pilrigPath, 'stage-1');
  const failed = { id: pilrigPath.split('/').pop(), consortium: pilrig.id, name: 'Pilrig Short Breaks' };
  // One panellist, who chairs.
  await must(201, 'POST', `${tender}/panels`, officer, {
    name: 'Carers Breaks panel', lot_id: null, members: [{ user_id: reader.id, kind: 'lived_experience', chair: true }],
  });
  return { tender, lot, bids, failed, stage1, stage2, reader: await login(reader.email) };
}

async function submit(must, token, path, key) {
  const digest = (await must(200, 'GET', `${path}/sign-offs`, token)).json.draft_sha256;
  await must(200, 'POST', `${path}/sign-offs`, token, { draft_sha256: digest });
  await must(201, 'POST', `${path}/submissions`, token, { declaration_confirmed: true }, { 'Idempotency-Key': key });
}

const advice = {
  muirhouse: [
    'Give an example of a person whose plan changed, and how it changed.',
    'Say how you would decide things with the other groups on the site.',
    'Tell us how staff have a say in how the service is run.',
  ],
  lights: ['', '', ''],
};

async function score(must, reader, bids, marks, stage) {
  for (const [key, bid] of Object.entries(bids)) {
    const path = `/api/v1/bids/${bid.id}`;
    await must(200, 'PUT', `${path}/conflict-declaration`, reader, { conflicted: false });
    for (const [criterion, mark] of marks[key].entries()) {
      const body = { score: mark, justification: `The answer supports a ${mark}.` };
      if (stage === 1 && advice[key][criterion]) body.advice = advice[key][criterion];
      await must(200, 'PUT', `${path}/my-scores/${criterion}`, reader, body);
    }
    await must(200, 'POST', `${path}/my-scores/submission`, reader);
    // In stage 2 no score is agreed for the last question: the panel's average counts there.
    for (const [criterion, mark] of marks[key].entries())
      if (stage === 1 || criterion < marks[key].length - 1)
        await must(200, 'PUT', `${path}/consensus/${criterion}`, reader, { score: mark, rationale: 'Agreed as scored.' });
  }
}

// Stage 1 closes, is scored and its feedback released; revised bids go in; stage 2
// closes, is scored, and the lot's award is proposed: letters can be read.
async function finishOutcomeTender({ must, officer, tokens, tender, lot, bids, failed, stage1, stage2, reader }) {
  await sleep(Math.max(0, stage1 + 700 - Date.now()));
  await must(200, 'POST', `${tender}/actions/close_stage1`, officer);
  await score(must, reader, bids, { muirhouse: [2, 2, 1], lights: [3, 3, 3] }, 1);
  await must(200, 'POST', `${tender}/actions/release_feedback`, officer, { show_scores: true });
  for (const key of Object.keys(bids)) await submit(must, tokens[key], bids[key].path, 'stage-2');
  await sleep(Math.max(0, stage2 + 700 - Date.now()));
  await must(200, 'POST', `${tender}/actions/close_stage2`, officer);
  await score(must, reader, bids, { muirhouse: [2, 3, 2], lights: [4, 3, 3] }, 2);
  await must(201, 'POST', `/api/v1/lots/${lot.id}/award-decision`, officer);
  return {
    tender: { id: tender.split('/').pop(), title: 'Carers Breaks' },
    lot: { id: lot.id, number: 1, title: 'Short breaks' },
    bids: Object.fromEntries(Object.entries(bids).map(([k, b]) => [k, { id: b.id, consortium: b.consortium, name: b.name }])),
    failed,
  };
}
