// The commissioner's part of the scenario: a second tender of Edinburgh's taken
// through both stages to its final evaluation, so that the commissioner can rank
// its lot and propose the award in the browser. It has its own panellists and
// providers, so no other test's people see it.
//
// Two single bids on one lot, a panel of two, scored in stage 1 (no flags),
// feedback released, revised bids sent, stage 2 closed and scored again:
// in stage 1 Granton Growers 3 and 3, Canongate Care 2 and 2; in stage 2 both 3 and 3,
// level on every score, so the commissioner must decide the order before the award.
import { setTimeout as sleep } from 'node:timers/promises';

const password = 'correct horse battery staple 2026';

export async function seedCommissioner({ must, admin, edinburgh, officer }) {
  const login = async (email) => (await must(200, 'POST', '/api/v1/auth/login', null, { email, password })).json.token;
  const user = async (organisation_id, email, display_name, role) => {
    const id = (await must(201, 'POST', '/api/v1/users', admin, {
      email, display_name, role, password, organisation_id, authorised_signatory: role === 'provider',
    })).json.id;
    return { id, email, password, display_name, role, token: await login(email) };
  };
  const organisation = async (name) => (await must(201, 'POST', '/api/v1/organisations', admin, { name, kind: 'provider' })).json.id;

  const rowan = await user(edinburgh, 'rowan@panel.example', 'Rowan Ranking', 'panellist');
  const ellis = await user(edinburgh, 'ellis@panel.example', 'Ellis Evaluator', 'panellist');
  const spare = await user(edinburgh, 'skye@panel.example', 'Skye Spare', 'panellist');
  const granton = await user(await organisation('Granton Growers'), 'staff@granton.example', 'Granton Growers staff', 'provider');
  const canongate = await user(await organisation('Canongate Care'), 'staff@canongate.example', 'Canongate Care staff', 'provider');

  const at = (ms) => new Date(Date.now() + ms).toISOString().replace(/\.\d+Z$/, 'Z');
  const started = Date.now();
  const stage1 = 4000;
  const stage2 = 9000;
  const tender = (await must(201, 'POST', '/api/v1/tenders', officer, {
    reference: 'EDI-WEB-AWARD', title: 'Day opportunities in Leith',
    description: 'Day opportunities for adults with learning disabilities in Leith.',
    cpv_codes: ['85312000-9'], contract_term_months: 60, extension_months: 24, estimated_value_pence: 300000000,
    partnership_bids_expected: true, partnership_statement: 'Partnership bids are welcome.',
    pin_summary: 'One lot of day opportunities in Leith.',
  })).headers.get('location');
  const lot = (await must(201, 'POST', `${tender}/lots`, officer, {
    number: 1, title: 'Leith day opportunities', description: 'Day opportunities', locality_or_theme: 'Leith',
    annual_value_pence: 60000000, term_months: 60,
  })).json;
  await must(200, 'POST', `${tender}/actions/publish_pin`, officer);
  let version = (await must(200, 'GET', tender, officer)).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/criteria`, officer, { criteria: [
    { title: 'Person-led support', weight: 60, bidder_guidance: 'How people shape their days.' },
    { title: 'Working with the community', weight: 40, bidder_guidance: 'Links with local groups.' },
  ] }, { 'If-Match': version })).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/gates`, officer,
    { gates: [{ kind: 'fair_work_first', parameters: { minimum_hourly_rate_pence: 1345 } }] }, { 'If-Match': version })).headers.get('etag');
  await must(200, 'PATCH', tender, officer, {
    timetable: { clarification_cutoff: at(1500), stage1_deadline: at(stage1), stage2_deadline: at(stage2) },
  }, { 'If-Match': version });
  await must(200, 'POST', `${tender}/actions/open_stage1`, officer);

  const submit = async (bid, who, key) => {
    const digest = (await must(200, 'GET', `${bid}/sign-offs`, who.token)).json.draft_sha256;
    await must(200, 'POST', `${bid}/sign-offs`, who.token, { draft_sha256: digest });
    await must(201, 'POST', `${bid}/submissions`, who.token, undefined, { 'Idempotency-Key': key });
  };
  const bid = async (who, name) => {
    const consortium = (await must(201, 'POST', `${tender}/consortia`, who.token, { name })).headers.get('location');
    const path = (await must(201, 'POST', `${consortium}/bids`, who.token, { lot_id: lot.id })).headers.get('location');
    await must(200, 'PATCH', path, who.token, {
      responses: { 0: `${name} plans each day with the person.`, 1: `${name} works with local groups every week.` },
      declarations: { 0: { committed: true, hourly_rate_pence: 1400 } },
    }, { 'If-Match': '"1"' });
    await submit(path, who, 'stage-1');
    return path;
  };
  const bids = { granton: await bid(granton, 'Granton Growers'), canongate: await bid(canongate, 'Canongate Care') };

  const panel = (await must(201, 'POST', `${tender}/panels`, officer, {
    name: 'Leith panel', lot_id: null,
    members: [{ user_id: rowan.id, kind: 'lived_experience', chair: true }, { user_id: ellis.id, kind: 'statutory', chair: false }],
  })).headers.get('location');
  const score = async (stage) => {
    const marks = { granton: 3, canongate: stage === 1 ? 2 : 3 };
    for (const [key, path] of Object.entries(bids))
      for (const who of [rowan, ellis]) {
        await must(200, 'PUT', `${path}/conflict-declaration`, who.token, { conflicted: false });
        for (const criterion of [0, 1])
          await must(200, 'PUT', `${path}/my-scores/${criterion}`, who.token,
            { score: marks[key], justification: `${who.display_name}: the evidence supports a ${marks[key]}.`,
              ...(stage === 1 ? { advice: 'Say more about evenings.' } : {}) });
        await must(200, 'POST', `${path}/my-scores/submission`, who.token);
      }
  };

  await sleep(Math.max(0, started + stage1 + 500 - Date.now()));
  await must(200, 'POST', `${tender}/actions/close_stage1`, officer);
  await score(1);
  await must(200, 'POST', `${tender}/actions/release_feedback`, officer);
  for (const [key, who] of [['granton', granton], ['canongate', canongate]]) await submit(bids[key], who, 'stage-2');
  await sleep(Math.max(0, started + stage2 + 500 - Date.now()));
  await must(200, 'POST', `${tender}/actions/close_stage2`, officer);
  await score(2);

  const id = (path) => path.split('/').pop();
  const strip = ({ token, ...rest }) => rest;
  return {
    tender: { id: id(tender), title: 'Day opportunities in Leith', reference: 'EDI-WEB-AWARD' },
    lot: { id: lot.id, number: 1, title: 'Leith day opportunities' },
    panel: { id: id(panel), name: 'Leith panel' },
    bids: { granton: { id: id(bids.granton), name: 'Granton Growers' }, canongate: { id: id(bids.canongate), name: 'Canongate Care' } },
    users: { rowan: strip(rowan), ellis: strip(ellis), spare: strip(spare), granton: strip(granton), canongate: strip(canongate) },
  };
}
