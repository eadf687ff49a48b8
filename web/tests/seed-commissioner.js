// The commissioner's part of the scenario: two more tenders of Edinburgh's, with
// their own panellists and providers so no other test's people see them. One is
// taken through both stages to its final evaluation, for the commissioner to rank
// its lot and propose the award in the browser; the other stops in stage 1
// evaluation, fully scored with one flag, for the commissioner to moderate and
// then release feedback.
//
// Two single bids on one lot, a panel of two, scored in stage 1 (no flags),
// feedback released, revised bids sent, stage 2 closed and scored again:
// in stage 1 Granton Growers 3 and 3, Canongate Care 2 and 2; in stage 2 both 3 and 3,
// level on every score, so the commissioner must decide the order before the award.
import { setTimeout as sleep } from 'node:timers/promises';

export async function seedCommissioner({ must, login, invitePerson, atOnce, admin, edinburgh, officer }) {
  const user = async (organisation_id, email, display_name, role) => {
    const person = await invitePerson(admin, { email, display_name, role, organisation_id, authorised_signatory: role === 'provider' });
    return { ...person, token: await login(email) };
  };
  const organisation = async (name) => (await must(201, 'POST', '/api/v1/organisations', admin, { name, kind: 'provider' })).json.id;

  const grantonGrowers = await organisation('Granton Growers');
  const canongateCare = await organisation('Canongate Care');
  const { rowan, ellis, spare, granton, canongate } = await atOnce({
    rowan: user(edinburgh, 'rowan.ranking@panel.example', 'Rowan Ranking', 'panellist'),
    ellis: user(edinburgh, 'ellis.evaluator@panel.example', 'Ellis Evaluator', 'panellist'),
    spare: user(edinburgh, 'skye.spare@panel.example', 'Skye Spare', 'panellist'),
    granton: user(grantonGrowers, 'staff@granton-growers.example', 'Granton Growers staff', 'provider'),
    canongate: user(canongateCare, 'staff@canongate-care.example', 'Canongate Care staff', 'provider'),
  });

  const at = (ms) => new Date(Date.now() + ms).toISOString().replace(/\.\d+Z$/, 'Z');
  const started = Date.now();
  const stage1 = 6000;
  const stage2 = 11000;
  const submit = async (bid, who, key) => {
    const digest = (await must(200, 'GET', `${bid}/sign-offs`, who.token)).json.draft_sha256;
    await must(200, 'POST', `${bid}/sign-offs`, who.token, { draft_sha256: digest });
    await must(201, 'POST', `${bid}/submissions`, who.token, { declaration_confirmed: true }, { 'Idempotency-Key': key });
  };

  // A one-lot tender in stage 1 with both providers' bids submitted and a panel of two.
  const twoBids = async (reference, title, place, stage2At = started + stage2) => {
    const tender = (await must(201, 'POST', '/api/v1/tenders', officer, {
      reference, title, description: `Day opportunities for adults with learning disabilities in ${place}.`,
      cpv_codes: ['85312000-9'], contract_term_months: 60, extension_months: 24, estimated_value_pence: 300000000,
      partnership_bids_expected: true, partnership_statement: 'Partnership bids are welcome.',
      pin_summary: `One lot of day opportunities in ${place}.`,
    })).headers.get('location');
    const lot = (await must(201, 'POST', `${tender}/lots`, officer, {
      number: 1, title: `${place} day opportunities`, description: 'Day opportunities', locality_or_theme: place,
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
      timetable: { clarification_cutoff: at((started + stage1 - Date.now()) / 2), stage1_deadline: at(started + stage1 - Date.now()),
        stage2_deadline: at(stage2At - Date.now()) },
    }, { 'If-Match': version });
    await must(200, 'POST', `${tender}/actions/open_stage1`, officer);
    const bid = async (who, name) => {
      const consortium = (await must(201, 'POST', `${tender}/consortia`, who.token, { name })).headers.get('location');
      const path = (await must(201, 'POST', `${consortium}/bids`, who.token, { lot_id: lot.id })).headers.get('location');
      await must(200, 'PATCH', path, who.token, {
        responses: { 0: `${name} plans each day with the person.`, 1: `${name} works with local groups every week.` },
        declarations: { 0: { committed: true, hourly_rate_pence: 1400 } },
      }, { 'If-Match': '"1"' });
      if (who === granton)
        await must(201, 'POST', `${path}/documents?filename=insurance-certificate.txt&visibility=evaluators_only`, who.token,
          'Employer’s liability £5m, public liability £10m, until 31 March 2028.', { 'Content-Type': 'text/plain' });
      await submit(path, who, 'stage-1');
      return path;
    };
    const bids = { granton: await bid(granton, 'Granton Growers'), canongate: await bid(canongate, 'Canongate Care') };
    const panel = (await must(201, 'POST', `${tender}/panels`, officer, {
      name: `${place} panel`, lot_id: null,
      members: [{ user_id: rowan.id, kind: 'lived_experience', chair: true }, { user_id: ellis.id, kind: 'statutory', chair: false }],
    })).headers.get('location');
    const score = async (stage, mark = (key) => (key === 'granton' || stage === 2 ? 3 : 2)) => {
      for (const [key, path] of Object.entries(bids))
        for (const who of [rowan, ellis]) {
          await must(200, 'PUT', `${path}/conflict-declaration`, who.token, { conflicted: false });
          for (const criterion of [0, 1]) {
            const points = mark(key, who, criterion);
            await must(200, 'PUT', `${path}/my-scores/${criterion}`, who.token,
              { score: points, justification: `${who.display_name}: the evidence supports a ${points}.`,
                ...(stage === 1 ? { advice: 'Say more about evenings.' } : {}) });
          }
          await must(200, 'POST', `${path}/my-scores/submission`, who.token);
        }
    };
    return { tender, lot, bids, panel, score, title, reference };
  };

  // Both tenders close stage 1 together; one is taken on to its award, the other
  // waits, fully scored, for the commissioner to release feedback.
  const award = await twoBids('EDI-WEB-AWARD', 'Day opportunities in Leith', 'Leith');
  const release = await twoBids('EDI-WEB-RELEASE', 'Day opportunities in Portobello', 'Portobello', started + 86400000);
  await sleep(Math.max(0, started + stage1 + 500 - Date.now()));
  for (const t of [award, release]) await must(200, 'POST', `${t.tender}/actions/close_stage1`, officer);
  await award.score(1);
  // Rowan and Ellis disagree on Canongate's first question (1 and 3): a flag for moderation.
  await release.score(1, (key, who, criterion) =>
    (key === 'granton' ? 3 : criterion === 0 ? (who === rowan ? 1 : 3) : 2));
  await must(200, 'POST', `${award.tender}/actions/release_feedback`, officer);
  for (const [key, who] of [['granton', granton], ['canongate', canongate]]) await submit(award.bids[key], who, 'stage-2');
  await sleep(Math.max(0, started + stage2 + 500 - Date.now()));
  await must(200, 'POST', `${award.tender}/actions/close_stage2`, officer);
  await award.score(2);

  const id = (path) => path.split('/').pop();
  const strip = ({ token, ...rest }) => rest;
  const describe = (t) => ({
    tender: { id: id(t.tender), title: t.title, reference: t.reference },
    lot: { id: t.lot.id, number: 1, title: t.lot.title },
    panel: { id: id(t.panel), name: `${t.lot.locality_or_theme} panel` },
    bids: { granton: { id: id(t.bids.granton), name: 'Granton Growers' }, canongate: { id: id(t.bids.canongate), name: 'Canongate Care' } },
  });
  return {
    ...describe(award),
    release: describe(release),
    users: { rowan: strip(rowan), ellis: strip(ellis), spare: strip(spare), granton: strip(granton), canongate: strip(canongate) },
  };
}
