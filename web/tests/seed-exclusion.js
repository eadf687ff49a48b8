// A bid that is out of the tender (excluded-bid.spec.js), seeded through the HTTP
// API with people and organisations of their own so no other test's counts move:
// "Home care in the south east" (EDI-WEB-OUT), one lot, stage 1 closing a few
// seconds after opening. Gilmerton Home Care bids alone and passes every minimum
// requirement; Liberton Together (Liberton Care leading, Gracemount Carers as
// partner) pays £12.00 an hour, below the £13.45 Fair Work First asks, so it fails
// that requirement when stage 1 closes. The one panellist scores Gilmerton's bid,
// the feedback is released, and the tender waits in stage 2 (open for a month):
// Liberton Together's bid is out and cannot change.
import { setTimeout as sleep } from 'node:timers/promises';
import { scale, criteria, gates, declarations, responses } from './scenario-texts.js';

const at = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

// Opens the tender and sends both bids; `finishExclusion` takes it on once stage 1 has closed.
export async function startExclusion({ must, login, invitePerson, atOnce, admin, officer }) {
  const organisations = [];
  for (const [key, name, person] of [
    ['gilmerton', 'Gilmerton Home Care', 'Gil Gilmerton'],
    ['liberton', 'Liberton Care', 'Libby Liberton'],
    ['gracemount', 'Gracemount Carers', 'Grant Gracemount'],
  ])
    organisations.push({ key, name, person, id: (await must(201, 'POST', '/api/v1/organisations', admin, { name, kind: 'provider' })).json.id });
  const provider = async ({ key, name, person, id: organisation }) => {
    const email = `staff@${key}.example`;
    const { id, password } = await invitePerson(admin, {
      email, display_name: person, role: 'provider', organisation_id: organisation, authorised_signatory: true,
    });
    return { id, email, password, display_name: person, role: 'provider', organisation: { id: organisation, name }, token: await login(email) };
  };
  const me = (await must(200, 'GET', '/api/v1/me', officer)).json;
  const { panellist, ...people } = await atOnce({
    ...Object.fromEntries(organisations.map((o) => [o.key, provider(o)])),
    panellist: invitePerson(admin, { email: 'isla@panel.example', display_name: 'Isla Panel', role: 'panellist', organisation_id: me.organisation.id }),
  });

  const opened = Date.now();
  const tender = (await must(201, 'POST', '/api/v1/tenders', officer, {
    reference: 'EDI-WEB-OUT', title: 'Home care in the south east', description: 'Care at home in Gilmerton and Liberton.',
    cpv_codes: ['85312000-9'], contract_term_months: 36, estimated_value_pence: 300000000, partnership_bids_expected: true,
    partnership_statement: 'Partnership bids are welcome.', pin_summary: 'One lot of care at home.', scoring_scale: scale,
  })).headers.get('location');
  const lot = (await must(201, 'POST', `${tender}/lots`, officer, {
    number: 1, title: 'Gilmerton and Liberton', description: 'Care at home in Gilmerton and Liberton.',
    locality_or_theme: 'South East', annual_value_pence: 100000000, term_months: 36,
  })).json;
  await must(200, 'POST', `${tender}/actions/publish_pin`, officer);
  let version = (await must(200, 'GET', tender, officer)).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/criteria`, officer, { criteria }, { 'If-Match': version })).headers.get('etag');
  version = (await must(200, 'PUT', `${tender}/gates`, officer, { gates }, { 'If-Match': version })).headers.get('etag');
  // Slower services (the sanitizer build) get longer, as the main seed's SEED_DEADLINE_MS does.
  const slack = Math.max(1, Number(process.env.SEED_DEADLINE_MS ?? 9000) / 9000);
  const stage1 = opened + 8000 * slack;
  await must(200, 'PATCH', tender, officer, {
    timetable: { clarification_cutoff: at((opened + stage1) / 2), stage1_deadline: at(stage1), stage2_deadline: at(opened + 30 * 86400000) },
  }, { 'If-Match': version });
  await must(200, 'POST', `${tender}/actions/open_stage1`, officer);
  await must(201, 'POST', `${tender}/panels`, officer, {
    name: 'Home care panel', lot_id: null, members: [{ user_id: panellist.id, kind: 'lived_experience', chair: true }],
  });

  const bid = async (consortium, lead, text, declared, signers) => {
    const path = (await must(201, 'POST', `/api/v1/consortia/${consortium}/bids`, lead.token, { lot_id: lot.id })).headers.get('location');
    await must(200, 'PATCH', path, lead.token, { responses: text, declarations: declared }, { 'If-Match': '"1"' });
    const digest = (await must(200, 'GET', `${path}/sign-offs`, lead.token)).json.draft_sha256;
    for (const signer of signers) await must(200, 'POST', `${path}/sign-offs`, signer.token, { draft_sha256: digest });
    await must(201, 'POST', `${path}/submissions`, lead.token, { declaration_confirmed: true }, { 'Idempotency-Key': 'stage-1' });
    return path.split('/').pop();
  };
  const { gilmerton, liberton, gracemount } = people;
  const alone = (await must(201, 'POST', `${tender}/consortia`, gilmerton.token, { name: 'Gilmerton Home Care' })).json.id;
  const together = (await must(201, 'POST', `${tender}/consortia`, liberton.token, { name: 'Liberton Together' })).json.id;
  const c = `/api/v1/consortia/${together}`;
  await must(201, 'POST', `${c}/members`, liberton.token, { organisation_id: gracemount.organisation.id, role: 'partner', share_bp: 4000 });
  await must(200, 'POST', `${c}/invitation/accept`, gracemount.token);
  await must(200, 'PATCH', `${c}/members/${liberton.organisation.id}`, liberton.token, { share_bp: 6000 });
  const mou = await must(200, 'PUT', `${c}/mou?filename=mou.txt`, liberton.token, 'Liberton Care leads; Gracemount Carers visits at night.',
    { 'Content-Type': 'text/plain' });
  for (const x of [liberton, gracemount]) await must(200, 'POST', `${c}/mou/acknowledgement`, x.token, { sha256: mou.json.mou.sha256 });

  const bids = {
    passed: { id: await bid(alone, gilmerton, responses.crops, declarations, [gilmerton]), consortium: alone, name: 'Gilmerton Home Care' },
    out: {
      id: await bid(together, liberton, responses.northWest, { ...declarations, 1: { committed: true, hourly_rate_pence: 1200 } }, [liberton, gracemount]),
      consortium: together, name: 'Liberton Together',
    },
  };
  for (const p of Object.values(people)) delete p.token;
  return { tender, lot, stage1, bids, people, panellist };
}

// Stage 1 closes (the automatic check fails Liberton Together's Fair Work First
// declaration), the panellist scores the bid that passed, and the feedback is released.
export async function finishExclusion({ must, login, officer, tender, lot, stage1, bids, people, panellist }) {
  await sleep(Math.max(0, stage1 + 700 - Date.now()));
  await must(200, 'POST', `${tender}/actions/close_stage1`, officer);
  const reader = await login(panellist.email, panellist.password);
  const path = `/api/v1/bids/${bids.passed.id}`;
  await must(200, 'PUT', `${path}/conflict-declaration`, reader, { conflicted: false });
  for (const [criterion, score] of [3, 2, 3].entries())
    await must(200, 'PUT', `${path}/my-scores/${criterion}`, reader, { score, justification: `The answer supports a ${score}.` });
  await must(200, 'POST', `${path}/my-scores/submission`, reader);
  await must(200, 'POST', `${tender}/actions/release_feedback`, officer, { show_scores: true });
  return {
    tender: { id: tender.split('/').pop(), title: 'Home care in the south east', reference: 'EDI-WEB-OUT' },
    lot: { id: lot.id, number: 1, title: 'Gilmerton and Liberton' },
    bids, users: people, panellist,
  };
}
