// Changes after bids are in (issue 10's second part), seeded through the HTTP API
// with people and organisations of their own so no other test's counts move:
//
// - "Portobello home support" (EDI-WEB-CHANGES): three lots, stage 1 open for a
//   month. Portobello Together (Portobello Care Co-op leading, Joppa Home Support
//   as partner) has sent bids for lots 1 and 3; Restalrig Carers has sent one for
//   lot 2. The commissioner has published an answer about lot 1 that changes the
//   tender documents, so the lot 1 bid must be reconfirmed; lot 3 is cancelled.
//   Restalrig's question about lot 2 waits for an answer (answered in the browser).
// - "Leith day opportunities" (EDI-WEB-MINIMUM): three lots, at least 2 bids per lot
//   in stage 1, the deadline a few seconds after opening: lot 1 has two bids,
//   lot 2 one, lot 3 one, so lots 2 and 3 hold up closing the stage.
// - "Lunch clubs" (EDI-WEB-PREVIEW): two lots, stage 1 open but its deadline a few
//   seconds after opening, never closed. Craigentinny Support has sent a bid for
//   lot 1; lot 2 has none. Two questions wait for an answer: about lot 1 (publishing
//   an answer that changes the documents is refused: the bid could not be confirmed
//   again in time) and about lot 2 (no bid needs confirming again).
import { setTimeout as sleep } from 'node:timers/promises';

export async function seedChanges({ must, login, invitePerson, atOnce, admin, officer }) {
  const organisation = async (name) => ({ id: (await must(201, 'POST', '/api/v1/organisations', admin, { name, kind: 'provider' })).json.id, name });
  const user = async (org, email, display_name) => {
    const person = await invitePerson(admin, { email, display_name, role: 'provider', organisation_id: org.id, authorised_signatory: true });
    return { ...person, org, token: await login(email) };
  };
  const orgs = {
    portobello: await organisation('Portobello Care Co-op'),
    joppa: await organisation('Joppa Home Support'),
    restalrig: await organisation('Restalrig Carers'),
    craigentinny: await organisation('Craigentinny Support'),
  };
  const people = await atOnce({
    portobello: user(orgs.portobello, 'staff@portobello-care.example', 'Portobello Care staff'),
    joppa: user(orgs.joppa, 'staff@joppa-home.example', 'Joppa Home Support staff'),
    restalrig: user(orgs.restalrig, 'staff@restalrig-carers.example', 'Restalrig Carers staff'),
    craigentinny: user(orgs.craigentinny, 'staff@craigentinny-support.example', 'Craigentinny Support staff'),
  });

  const at = (ms) => new Date(Date.now() + ms).toISOString().replace(/\.\d+Z$/, 'Z');
  const day = 86400000;
  // A tender with `places` lots, published and opened with the timetable `timetable()` gives at opening.
  const tender = async (reference, title, places, minimum, timetable) => {
    const path = (await must(201, 'POST', '/api/v1/tenders', officer, {
      reference, title, description: `${title} in north-east Edinburgh.`, cpv_codes: ['85312000-9'], contract_term_months: 36,
      estimated_value_pence: 300000000, partnership_bids_expected: true, partnership_statement: 'Partnership bids are welcome.',
      pin_summary: `${title}: ${places.join(', ')}.`,
    })).headers.get('location');
    const lots = [];
    for (const [i, place] of places.entries()) {
      const lot = (await must(201, 'POST', `${path}/lots`, officer, {
        number: i + 1, title: `${place} ${title.toLowerCase()}`, description: `${title} in ${place}.`, locality_or_theme: place,
        annual_value_pence: 30000000, term_months: 36,
      })).json;
      lots.push({ id: lot.id, number: i + 1, title: lot.title });
    }
    await must(200, 'POST', `${path}/actions/publish_pin`, officer);
    let version = (await must(200, 'GET', path, officer)).headers.get('etag');
    version = (await must(200, 'PUT', `${path}/criteria`, officer, { criteria: [
      { title: 'How people choose their support', weight: 60, bidder_guidance: 'How people shape their own support.' },
      { title: 'Staff who stay', weight: 40, bidder_guidance: 'How you keep staff.' },
    ] }, { 'If-Match': version })).headers.get('etag');
    version = (await must(200, 'PUT', `${path}/gates`, officer,
      { gates: [{ kind: 'fair_work_first', parameters: { minimum_hourly_rate_pence: 1345 } }] }, { 'If-Match': version })).headers.get('etag');
    await must(200, 'PATCH', path, officer, { minimum_bids: { stage1: minimum, stage2: 1 }, timetable: timetable() }, { 'If-Match': version });
    await must(200, 'POST', `${path}/actions/open_stage1`, officer);
    return { path, id: path.split('/').pop(), lots, title, reference };
  };
  const consortium = async (t, lead, name, partner) => {
    const c = (await must(201, 'POST', `${t.path}/consortia`, lead.token, { name })).headers.get('location');
    if (partner) {
      await must(201, 'POST', `${c}/members`, lead.token, { organisation_id: partner.org.id, role: 'partner', share_bp: 4000 });
      await must(200, 'POST', `${c}/invitation/accept`, partner.token);
      await must(200, 'PATCH', `${c}/members/${lead.org.id}`, lead.token, { share_bp: 6000 });
      const mou = await must(200, 'PUT', `${c}/mou?filename=mou.txt`, lead.token,
        'Portobello leads; Joppa runs the night visits.', { 'Content-Type': 'text/plain' });
      for (const x of [lead, partner]) await must(200, 'POST', `${c}/mou/acknowledgement`, x.token, { sha256: mou.json.mou.sha256 });
    }
    return { path: c, id: c.split('/').pop(), name, signers: partner ? [lead, partner] : [lead] };
  };
  // A bid for the lot, written, signed off by every member and sent.
  const sent = async (c, lot) => {
    const [lead] = c.signers;
    const bid = (await must(201, 'POST', `${c.path}/bids`, lead.token, { lot_id: lot.id })).headers.get('location');
    await must(200, 'PATCH', bid, lead.token, {
      responses: { 0: `${c.name} plans support with each person, week by week.`, 1: `${c.name} pays the real living wage and trains staff.` },
      declarations: { 0: { committed: true, hourly_rate_pence: 1400 } },
    }, { 'If-Match': '"1"' });
    const digest = (await must(200, 'GET', `${bid}/sign-offs`, lead.token)).json.draft_sha256;
    for (const s of c.signers) await must(200, 'POST', `${bid}/sign-offs`, s.token, { draft_sha256: digest });
    await must(201, 'POST', `${bid}/submissions`, lead.token, { declaration_confirmed: true }, { 'Idempotency-Key': `stage-1-${lot.id}` });
    return { id: bid.split('/').pop(), lot: lot.number };
  };

  // Lunch clubs and Leith first: their deadlines run out while Portobello is seeded.
  const deadlineIn = Math.max(10000, Number(process.env.SEED_DEADLINE_MS ?? 0));
  const lunchClubs = await tender('EDI-WEB-PREVIEW', 'Lunch clubs', ['Piershill', 'Willowbrae'], 1, () => ({
    clarification_cutoff: at(deadlineIn / 2), stage1_deadline: at(deadlineIn), stage2_deadline: at(30 * day),
  }));
  const ask = async (who, lot, question) =>
    (await must(201, 'POST', `${lunchClubs.path}/clarifications`, who.token, { question, lot_id: lot.id })).json.id;
  const previewQuestions = {
    sent: await ask(people.craigentinny, lunchClubs.lots[0], 'Can a lunch club meet in the Piershill library?'),
    none: await ask(people.restalrig, lunchClubs.lots[1], 'Can the Willowbrae club run on Saturdays?'),
  };
  const lunchClubsBid = await sent(await consortium(lunchClubs, people.craigentinny, 'Craigentinny Lunch Club'), lunchClubs.lots[0]);

  const leith = await tender('EDI-WEB-MINIMUM', 'Day opportunities', ['Leith Walk', 'Lochend', 'Restalrig Road'], 2, () => ({
    clarification_cutoff: at(deadlineIn / 2), stage1_deadline: at(deadlineIn), stage2_deadline: at(30 * day),
  }));
  const closesAt = Date.now() + deadlineIn - 1000;
  const restalrigLeith = await consortium(leith, people.restalrig, 'Restalrig Carers in Leith');
  const craigentinnyLeith = await consortium(leith, people.craigentinny, 'Craigentinny Support in Leith');
  const leithBids = [
    await sent(restalrigLeith, leith.lots[0]), await sent(craigentinnyLeith, leith.lots[0]),
    await sent(craigentinnyLeith, leith.lots[1]), await sent(restalrigLeith, leith.lots[2]),
  ];

  const porty = await tender('EDI-WEB-CHANGES', 'Home support', ['Portobello', 'Joppa', 'Craigentinny'], 1, () => ({
    clarification_cutoff: at(20 * day), stage1_deadline: at(30 * day), stage2_deadline: at(60 * day),
  }));
  const together = await consortium(porty, people.portobello, 'Portobello Together', people.joppa);
  const restalrig = await consortium(porty, people.restalrig, 'Restalrig Carers');
  const lot1 = await sent(together, porty.lots[0]);
  const lot3 = await sent(together, porty.lots[2]);
  const lot2 = await sent(restalrig, porty.lots[1]);
  // Joppa asks about lot 1; the answer changes what bidders must answer.
  const asked = (await must(201, 'POST', `${porty.path}/clarifications`, people.joppa.token, {
    question: 'Must night visits be covered by the same staff as day visits?', lot_id: porty.lots[0].id,
  })).json.id;
  const answered = (await must(200, 'POST', `${porty.path}/clarifications/${asked}/answer`, officer, {
    answer: 'Yes: each person should know everyone who visits them. Please say how you will do this.',
    publish: true, changes_tender_documents: true,
  })).json;
  if (answered.reconfirmations_required !== 1) throw new Error(`seed-changes: expected 1 bid to reconfirm, got ${answered.reconfirmations_required}`);
  const question = (await must(201, 'POST', `${porty.path}/clarifications`, people.restalrig.token, {
    question: 'Can visits in Joppa start at 7 in the morning?', lot_id: porty.lots[1].id,
  })).json.id;
  const cancelReason = 'The council will run the Craigentinny service itself from next year.';
  await must(200, 'POST', `${porty.path}/lots/${porty.lots[2].id}/cancellation`, officer, { reason: cancelReason });

  await sleep(Math.max(0, closesAt + 1700 - Date.now()));

  const strip = ({ token, org, ...rest }) => rest;
  const describe = ({ path, ...t }) => t;
  return {
    portobello: { ...describe(porty), consortium: { id: together.id, name: together.name },
      bids: { reconfirm: lot1, cancelled: lot3, restalrig: lot2 }, question, cancelReason },
    leith: { ...describe(leith), bids: leithBids },
    lunchClubs: { ...describe(lunchClubs), bid: lunchClubsBid, questions: previewQuestions },
    organisations: orgs,
    users: Object.fromEntries(Object.entries(people).map(([k, v]) => [k, strip(v)])),
  };
}
