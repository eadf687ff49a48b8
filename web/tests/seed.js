#!/usr/bin/env node
// Seeds a scenario for the browser tests through the HTTP API alone, as an admin,
// a commissioner and providers would: organisations and accounts, a tender with
// two lots, three criteria on a scale with plain descriptors, stage 1 with a
// deadline a few seconds away, partnership and single bids signed off and
// submitted, the stage closed, and one panel for every lot. One bid is already
// scored by the whole panel with two disagreements, for the chair to moderate.
//
//   API_URL=http://127.0.0.1:PORT MAIL_DIR=… ADMIN_EMAIL=… ADMIN_PASSWORD=… node tests/seed.js OUT.json
//
// Every account is made as an admin makes one, by invitation: each person chooses their
// password through the link in their invitation email, which the seed reads from the
// service's mail folder, MAIL_DIR (its --mail-dir).
//
// Writes the scenario (accounts, ids, texts) to OUT.json for the tests.
import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { scale, criteria, gates, responses, declarations } from './scenario-texts.js';
import { seedCommissioner } from './seed-commissioner.js';
import { seedProviderEntry } from './seed-provider-entry.js';
import { seedWorkspace } from './seed-workspace.js';
import { seedNotifications } from './seed-notifications.js';
import { seedIssue10 } from './seed-issue10.js';
import { seedChanges } from './seed-changes.js';
import { startExclusion, finishExclusion } from './seed-exclusion.js';
import { emailedSecret } from './mail.js';

const api = process.env.API_URL ?? 'http://127.0.0.1:8080';
const password = 'correct horse battery staple 2026';

async function call(method, path, token, body, headers = {}) {
  const init = { method, headers: { ...headers } };
  if (token) init.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(api + path, init);
  const text = await response.text();
  const json = text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
  return { status: response.status, json, headers: response.headers };
}

async function must(expected, method, path, token, body, headers) {
  const r = await call(method, path, token, body, headers);
  if (r.status !== expected)
    throw new Error(`${method} ${path}: expected ${expected}, got ${r.status}: ${JSON.stringify(r.json)}`);
  return r;
}

// At most four password checks (sign-ins, first passwords) under way at once, however many
// people the parts below make side by side: the service hashes four at a time (half its 8
// database workers), keeps the rest waiting for up to 5 s (then 503), and refuses a client
// with 20 under way (429).
const checks = { running: 0, waiting: [] };
async function checkingPassword(send) {
  while (checks.running >= 4) await new Promise((resolve) => checks.waiting.push(resolve));
  checks.running++;
  try {
    return await send();
  } finally {
    checks.running--;
    checks.waiting.shift()?.();
  }
}

async function login(email, pass = password) {
  return checkingPassword(async () =>
    (await must(200, 'POST', '/api/v1/auth/login', null, { email, password: pass })).json.token);
}

// A person's account, made as an admin makes one (nobody types another person's password):
// the admin invites them (201), and they choose their password through the link in the
// invitation email (200). Resolves to the person, who can sign in with `password`.
async function invitePerson(admin, { email, display_name, role, organisation_id, authorised_signatory }) {
  const id = (await must(201, 'POST', '/api/v1/users/invitations', admin,
    { email, display_name, role, organisation_id, authorised_signatory })).json.id;
  const token = await emailedSecret(email, '/welcome');
  await checkingPassword(() => must(200, 'POST', '/api/v1/auth/invitation/accept', null, { token, password }));
  return { id, email, password, display_name, role };
}

// An object's promises resolved side by side, keeping its keys in order:
// { a: promise, b: promise } → { a: value, b: value }.
async function atOnce(promises) {
  const entries = Object.entries(promises);
  const values = await Promise.all(entries.map(([, promise]) => promise));
  return Object.fromEntries(entries.map(([key], i) => [key, values[i]]));
}

export async function seed() {
  const admin = await login(process.env.ADMIN_EMAIL ?? 'admin@example.org', process.env.ADMIN_PASSWORD);
  const organisation = async (name, kind, more = {}) =>
    (await must(201, 'POST', '/api/v1/organisations', admin, { name, kind, ...more })).json.id;
  // Provider staff here are their organisations' authorised signatories, so they sign off bids.
  const user = (organisation_id, email, display_name, role) =>
    invitePerson(admin, { email, display_name, role, organisation_id, authorised_signatory: role === 'provider' });

  // The buyer's address heads its outcome letters.
  const edinburgh = await organisation('Edinburgh Health and Social Care Partnership', 'commissioning_body',
    { postal_address: 'Waverley Court\n4 East Market Street\nEdinburgh EH8 8BG' });
  const providers = {};
  for (const [key, name] of [['pilton', 'Pilton Community Health Project'], ['cyrenians', 'Cyrenians'],
    ['him', 'Health in Mind'], ['crops', 'Leith Community Crops']])
    providers[key] = { organisation: await organisation(name, 'provider'), name };

  // The two-stage journey (two-stage-tender.spec.js) runs its tender in the browser; only the
  // accounts have no screen: two provider organisations with a signatory each, two panellists.
  const twoStageOrganisations = {};
  for (const [key, name] of [['lead', 'Wester Hailes Community Trust'], ['partner', 'Sighthill Befrienders']])
    twoStageOrganisations[key] = { id: await organisation(name, 'provider'), name };
  const twoStageUser = async (key, person) => {
    const organisation = twoStageOrganisations[key];
    return { ...(await user(organisation.id, `staff@${key}.two-stage.example`, person, 'provider')), organisation };
  };

  // Everyone invited at once: the invitation emails come out of the service together.
  const [users, twoStageUsers] = await Promise.all([atOnce({
    officer: user(edinburgh, 'officer@edinburgh.example', 'Fiona Officer', 'commissioner'),
    chair: user(edinburgh, 'morag@panel.example', 'Morag Chair', 'panellist'),
    alex: user(edinburgh, 'alex@panel.example', 'Alex Morgan', 'panellist'),
    kim: user(edinburgh, 'kim@panel.example', 'Kim Keyboard', 'panellist'),
    sam: user(edinburgh, 'sam@panel.example', 'Sam Conflict', 'panellist'),
    jo: user(edinburgh, 'jo@panel.example', 'Jo Offline', 'panellist'),
    ash: user(edinburgh, 'ash@panel.example', 'Ash Axe', 'panellist'),
    admin: user(edinburgh, 'ada@admin.example', 'Ada Admin', 'admin'), // the admin's home page
    everywhere: user(edinburgh, 'eve@admin.example', 'Eve Everywhere', 'admin'), // signs out everywhere
    ...Object.fromEntries(Object.entries(providers).map(([key, p]) =>
      [key, user(p.organisation, `staff@${key}.example`, `${p.name} staff`, 'provider')])),
  }), atOnce({
    lead: twoStageUser('lead', 'Wendy Lead'),
    partner: twoStageUser('partner', 'Sid Partner'),
    reader: user(edinburgh, 'rae@two-stage.example', 'Rae Reader', 'panellist'),
    chair: user(edinburgh, 'cal@two-stage.example', 'Cal Chair', 'panellist'),
  })]);
  const twoStage = { users: twoStageUsers };
  const tokens = await atOnce(Object.fromEntries(Object.entries(users).map(([key, u]) => [key, login(u.email)])));

  // The commissioner's tender: two lots, criteria, gates, a timetable seconds away.
  const officer = tokens.officer;
  const created = await must(201, 'POST', '/api/v1/tenders', officer, {
    reference: 'EDI-WEB-001', title: 'Thrive Welcome Teams',
    description: "Community mental-health support across Edinburgh's localities.",
    cpv_codes: ['85312000-9'], contract_term_months: 60, extension_months: 24,
    estimated_value_pence: 4200000000, outcomes: ['People feel welcome and connected'],
    partnership_bids_expected: true, partnership_statement: 'We expect partnership bids for every lot.',
    pin_summary: 'Two lots of community mental-health support.', scoring_scale: scale,
  });
  const tender = created.headers.get('location');
  const lots = [];
  for (const [number, title, place] of [[1, 'Welcome Team North West', 'North West'], [2, 'Arts and creativity', 'Citywide']]) {
    const lot = await must(201, 'POST', `${tender}/lots`, officer, {
      number, title, description: `A ${place} team`, locality_or_theme: place, annual_value_pence: 90000000, term_months: 60,
    });
    lots.push({ id: lot.json.id, number, title });
  }
  await must(200, 'POST', `${tender}/actions/publish_pin`, officer);
  let version = (await must(200, 'GET', tender, officer)).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/criteria`, officer, { criteria }, { 'If-Match': version })).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/gates`, officer, { gates }, { 'If-Match': version })).headers.get('etag');
  const at = (ms) => new Date(Date.now() + ms).toISOString().replace(/\.\d+Z$/, 'Z');
  const deadlineMs = Number(process.env.SEED_DEADLINE_MS ?? 9000);
  const deadline = Date.now() + deadlineMs;
  await must(200, 'PATCH', tender, officer, {
    timetable: { clarification_cutoff: at(deadlineMs / 2), stage1_deadline: at(deadlineMs), stage2_deadline: at(86400000) },
  }, { 'If-Match': version });
  await must(200, 'POST', `${tender}/actions/open_stage1`, officer);

  // Bids: a partnership (Pilton leading, Cyrenians as partner), and single bidders.
  const consortium = async (key, name) => (await must(201, 'POST', `${tender}/consortia`, tokens[key], { name })).headers.get('location');
  const northWest = await consortium('pilton', 'North West Together');
  await must(201, 'POST', `${northWest}/members`, tokens.pilton,
    { organisation_id: providers.cyrenians.organisation, role: 'partner', share_bp: 4000 });
  await must(200, 'POST', `${northWest}/invitation/accept`, tokens.cyrenians);
  await must(200, 'PATCH', `${northWest}/members/${providers.pilton.organisation}`, tokens.pilton, { share_bp: 6000 });
  const mou = await must(200, 'PUT', `${northWest}/mou?filename=mou.txt`, tokens.pilton,
    'Pilton leads and holds the contract; Cyrenians delivers 40% of the work.', { 'Content-Type': 'text/plain' });
  for (const key of ['pilton', 'cyrenians'])
    await must(200, 'POST', `${northWest}/mou/acknowledgement`, tokens[key], { sha256: mou.json.mou.sha256 });

  const bid = async (key, consortiumPath, lot, text, signers = [key]) => {
    const path = (await must(201, 'POST', `${consortiumPath}/bids`, tokens[key], { lot_id: lot.id })).headers.get('location');
    await must(200, 'PATCH', path, tokens[key], { responses: text, declarations }, { 'If-Match': '"1"' });
    const digest = (await must(200, 'GET', `${path}/sign-offs`, tokens[key])).json.draft_sha256;
    for (const signer of signers) await must(200, 'POST', `${path}/sign-offs`, tokens[signer], { draft_sha256: digest });
    await must(201, 'POST', `${path}/submissions`, tokens[key], { declaration_confirmed: true }, { 'Idempotency-Key': 'stage-1' });
    return path.split('/').pop();
  };
  const bids = {
    northWest: { id: await bid('pilton', northWest, lots[0], responses.northWest, ['pilton', 'cyrenians']),
      name: 'North West Together', members: ['Pilton Community Health Project', 'Cyrenians'] },
    him: { id: await bid('him', await consortium('him', 'Health in Mind'), lots[0], responses.him),
      name: 'Health in Mind', members: ['Health in Mind'] },
    crops: { id: await bid('crops', await consortium('crops', 'Leith Community Crops'), lots[0], responses.crops),
      name: 'Leith Community Crops', members: ['Leith Community Crops'] },
    arts: { id: await bid('cyrenians', await consortium('cyrenians', 'Cyrenians Creative'), lots[1], responses.him),
      name: 'Cyrenians Creative', members: ['Cyrenians'] },
  };

  // One panel for every lot, chaired by a person with lived experience.
  const panelists = [['chair', 'lived_experience', true], ['alex', 'lived_experience', false], ['kim', 'statutory', false],
    ['sam', 'third_sector', false], ['jo', 'independent', false], ['ash', 'lived_experience', false]];
  const panel = await must(201, 'POST', `${tender}/panels`, officer, {
    name: 'Thrive Welcome Teams panel', lot_id: null,
    members: panelists.map(([key, kind, chair]) => ({ user_id: users[key].id, kind, chair })),
  });
  const panelId = panel.headers.get('location').split('/').pop();

  // The other parts have their own organisations, people and tenders, so they are seeded
  // at once, while stage 1 runs out: each sleeps only until its own deadlines.
  const [exclusion, workspace, notifications, issue10, changes, providerEntry, commissioner] = await Promise.all([
    startExclusion({ must, login, invitePerson, atOnce, admin, officer }),
    seedWorkspace({ must, login, invitePerson, atOnce, admin }),
    seedNotifications({ must, login, invitePerson, atOnce, admin }),
    seedIssue10({ must, login, invitePerson, atOnce, admin, edinburgh, officer }), // deadline changes, pre-flags
    seedChanges({ must, login, invitePerson, atOnce, admin, officer }), // reconfirmation, minimum bids
    seedProviderEntry({ must, login, invitePerson, atOnce, admin, officer }),
    seedCommissioner({ must, login, invitePerson, atOnce, admin, edinburgh, officer }),
  ]);
  const wait = deadline + 700 - Date.now();
  if (wait > 0) await sleep(wait);
  await must(200, 'POST', `${tender}/actions/close_stage1`, officer);
  const excluded = await finishExclusion({ must, login, officer, ...exclusion });

  // The whole panel scores Leith Community Crops; criteria 1 and 3 are far apart.
  const crops = `/api/v1/bids/${bids.crops.id}`;
  const spread = { chair: [1, 3, 0], alex: [4, 3, 2], kim: [2, 2, 1], sam: [3, 3, 2], jo: [2, 3, 1], ash: [3, 2, 2] };
  for (const [key, marks] of Object.entries(spread)) {
    await must(200, 'PUT', `${crops}/conflict-declaration`, tokens[key], { conflicted: false });
    for (const [criterion, score] of marks.entries())
      await must(200, 'PUT', `${crops}/my-scores/${criterion}`, tokens[key],
        { score, justification: `${users[key].display_name}: the evidence supports a ${score}.` });
    await must(200, 'POST', `${crops}/my-scores/submission`, tokens[key]);
  }

  return {
    providerEntry, twoStage,
    api, tender: { id: tender.split('/').pop(), title: 'Thrive Welcome Teams', reference: 'EDI-WEB-001' },
    lots, panel: { id: panelId, name: 'Thrive Welcome Teams panel' }, bids, users,
    criteria: criteria.map((c) => c.title), scale,
    commissioner,
    notifications,
    issue10,
    changes,
    excluded,
    ...workspace,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'scenario.json';
  const started = Date.now();
  seed().then((scenario) => {
    writeFileSync(out, JSON.stringify(scenario, null, 2));
    console.log(`seed: scenario written to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, (error) => {
    console.error(`seed: ${error.message}`);
    process.exit(1);
  });
}
