// One partnership (consortium): its members and their answers, what it still
// needs before it can bid, the memorandum of understanding (MoU), and its bids.
// The lead invites and removes members, sets shares, uploads the MoU and starts
// a bid for a lot; every member reads and acknowledges the MoU.
import { useState } from 'preact/hooks';
import { get, post, request } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage, ErrorSummary } from '../../components/ErrorMessage.jsx';
import { Term } from '../../components/Term.jsx';
import { announce } from '../../components/Announcer.jsx';
import { useSession } from '../../session.js';
import { useLoad } from '../../load.js';
import { explain, sentence } from '../../problems.js';
import { registerNumbers } from '../../links.js';
import { Link, navigate } from '../../router.jsx';
import {
  bidPath, canBid, currentDeadline, downloadFile, loadConsortium, memberStatus, roleName, share,
  tenderPath, uploadFile, when,
} from './work.js';
import { timeLeft } from '../../words.js';

const focusSoon = (selector) => setTimeout(() => document.querySelector(selector)?.focus(), 50);

// A bid's state in words, from its receipts and the tender's stage.
function bidState(bid, tender) {
  if (bid.status === 'lot_cancelled') return ['Lot cancelled: not evaluated', 'ds_tag--grey'];
  if (bid.status === 'excluded') return ['Out: did not meet a minimum requirement', 'ds_tag--red'];
  if (bid.status === 'reconfirmation_required') return ['The tender changed: confirm the bid or send it again', 'ds_tag--red'];
  const standing = bid.submissions.filter((s) => !s.withdrawn);
  const last = standing[standing.length - 1];
  if (last) return [`Sent for stage ${last.stage} on ${when(last.submitted_at)}`, 'ds_tag--green'];
  if (canBid(tender ?? {})) return ['Being written: not sent yet', 'ds_tag--blue'];
  return ['Not sent', 'ds_tag--grey'];
}

// A consortium's bids, with where each stands and the way in.
export function BidList({ bids, tender, headingLevel = 3, lots = null }) {
  const H = `h${headingLevel}`;
  if (bids.length === 0) return <p>No bids started yet.</p>;
  const deadline = tender ? currentDeadline(tender) : null;
  const feedbackReady = tender && ['stage2_open', 'stage2_evaluation', 'standstill', 'awarded'].includes(tender.status);
  const outcomeReady = tender && ['standstill', 'awarded'].includes(tender.status);
  return (
    <ul class="bid-list">
      {bids.map((b) => {
        const lot = b.lot ?? lots?.find((l) => l.id === b.lot_id);
        const [label, colour] = bidState(b, tender);
        const name = lot ? `Lot ${lot.number}: ${lot.title}` : 'A lot';
        // A bid that can no longer change has no deadline to meet.
        const closed = b.status === 'excluded' || b.status === 'lot_cancelled';
        return (
          <li class="bid-card" key={b.id} data-testid={`bid-${b.id}`}>
            <H class="bid-card__title">Bid for {name}</H>
            <p>
              <strong class={`ds_tag ${colour}`}>{label}</strong>
            </p>
            {deadline && !closed && (
              <p>
                {deadline.label} {when(deadline.at)} ({timeLeft(deadline.at)}).
              </p>
            )}
            <p class="bid-card__actions">
              <Link href={bidPath(b.id)} class="ds_button ds_button--small">
                Open the bid<span class="visually-hidden"> for {name}</span>
              </Link>
              {feedbackReady && b.submissions.some((s) => s.stage === 1) && (
                <Link href={`${bidPath(b.id)}/feedback`} class="ds_button ds_button--secondary ds_button--small">
                  Read the feedback<span class="visually-hidden"> for {name}</span>
                </Link>
              )}
              {outcomeReady && (
                <Link href={`${bidPath(b.id)}/outcome`} class="ds_button ds_button--secondary ds_button--small">
                  Read the outcome letter<span class="visually-hidden"> for {name}</span>
                </Link>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

// The domain's rule (domain/consortium.cpp, completeness): a memorandum is needed
// only when more than one organisation is in the partnership (invited or joined).
export const bidsAlone = (c) => c.members.filter((m) => m.status !== 'declined').length <= 1;

function missingWords(item, members) {
  const org = item.pointer?.startsWith('/members/')
    ? members.find((m) => m.organisation_id === item.pointer.slice('/members/'.length))?.organisation_name
    : null;
  switch (item.code) {
    case 'not_accepted':
      return `${org ?? 'An organisation'} has not answered the invitation yet.`;
    case 'shares_do_not_sum':
      return 'The members’ shares of the work must add up to 100%.';
    case 'required':
      return 'The memorandum of understanding (MoU) has not been added yet. The lead adds it.';
    case 'mou_not_acknowledged':
      return `${org ?? 'A member'} has not said they have read the current memorandum of understanding.`;
    default:
      return sentence(item.detail);
  }
}

function Members({ consortium: c, lead, mine, reload }) {
  const [problem, setProblem] = useState(null);
  const [shares, setShares] = useState({});
  const act = async (what, done) => {
    setProblem(null);
    try {
      await what();
      announce(done);
      reload();
      return true;
    } catch (e) {
      setProblem(explain(e));
      return false;
    }
  };
  const remove = (m) =>
    act(() => request('DELETE', `/consortia/${c.id}/members/${m.organisation_id}`),
      `${m.organisation_name} has been removed from the partnership.`).then((ok) => ok && focusSoon('#members-heading'));
  const leave = () =>
    act(() => request('DELETE', `/consortia/${c.id}/members/${mine.organisation_id}`), 'Your organisation has left the partnership.')
      .then((ok) => ok && navigate('/work'));
  const saveShare = (m) => {
    const percent = Number(String(shares[m.organisation_id] ?? '').replace('%', ''));
    if (!(percent > 0 && percent <= 100)) {
      setProblem(`Give ${m.organisation_name}’s share as a number from 1 to 100.`);
      return;
    }
    act(() => request('PATCH', `/consortia/${c.id}/members/${m.organisation_id}`, { share_bp: Math.round(percent * 100) }),
      `${m.organisation_name}’s share is now ${percent}%.`);
  };
  return (
    <>
      {problem && <p class="problem-message" role="alert">{problem}</p>}
      <ul class="work-list" data-testid="members" aria-labelledby="members-heading">
        {c.members.map((m) => {
          const [label, colour] = memberStatus[m.status] ?? [m.status, 'ds_tag--grey'];
          const id = `share-${m.organisation_id}`;
          return (
            <li class="work-card member-card" key={m.organisation_id} data-testid={`member-${m.organisation_id}`}>
              <h3 class="work-card__title">
                {m.organisation_name}
                {m.organisation_id === mine?.organisation_id ? ' (your organisation)' : ''}
              </h3>
              <dl class="facts">
                <div><dt>Role</dt><dd>{roleName[m.role]}</dd></div>
                <div><dt><Term name="share">Share of the work</Term></dt><dd>{share(m.share_bp)}</dd></div>
                <div><dt>Answer</dt><dd><strong class={`ds_tag ${colour}`}>{label}</strong></dd></div>
                {m.status === 'accepted' && !bidsAlone(c) && (
                  <div>
                    <dt>Has read the MoU</dt>
                    <dd>{!c.mou ? 'There is no memorandum to read yet' : m.mou_acknowledged ? 'Yes' : 'Not yet'}</dd>
                  </div>
                )}
              </dl>
              {lead && !c.locked && (
                <div class="button-row">
                  {m.status !== 'declined' && (
                    <form class="share-form" onSubmit={(e) => { e.preventDefault(); saveShare(m); }}>
                      <label class="ds_label share-form__label" for={id}>
                        New share for {m.organisation_name}, in %
                      </label>
                      <input class="ds_input ds_input--fixed-4" id={id} inputMode="decimal"
                        value={shares[m.organisation_id] ?? String(m.share_bp / 100)}
                        onInput={(e) => setShares({ ...shares, [m.organisation_id]: e.currentTarget.value })} />
                      <button type="submit" class="ds_button ds_button--secondary ds_button--small">
                        Save share<span class="visually-hidden"> for {m.organisation_name}</span>
                      </button>
                    </form>
                  )}
                  {m.role !== 'lead' && (
                    <button type="button" class="ds_button ds_button--secondary ds_button--small member-card__remove"
                      onClick={() => remove(m)}>
                      {m.status === 'invited' ? 'Take back the invitation' : 'Remove'}
                      <span class="visually-hidden"> {m.status === 'invited' ? 'to' : ''} {m.organisation_name}</span>
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {!lead && mine && !c.locked && (
        <p>
          <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={leave}>
            Leave this partnership
          </button>
        </p>
      )}
    </>
  );
}

// Organisations a lead can invite: those on this tender's partner registers.
async function loadCandidates(tenderId, lots) {
  const lists = await Promise.all(
    lots.map((l) => get(`/tenders/${tenderId}/lots/${l.id}/partner-register`).then((r) => r.items, () => [])),
  );
  const byOrg = new Map();
  for (const e of lists.flat()) if (!byOrg.has(e.organisation_id)) byOrg.set(e.organisation_id, e.organisation_name);
  return [...byOrg].map(([id, name]) => ({ id, name, onRegister: true })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

// Finds provider organisations by part of their name (GET /organisations?kind=provider&q=):
// at most 20, and `more` when others match too.
function OrganisationSearch({ onFound }) {
  const [q, setQ] = useState('');
  const [error, setError] = useState(null);
  const [result, setResult] = useState(null);
  const search = async (event) => {
    event.preventDefault();
    const text = q.trim();
    if (text.length < 2) return setError('Type at least 2 letters of the organisation’s name');
    setError(null);
    try {
      const { items, more } = await get(`/organisations?kind=provider&q=${encodeURIComponent(text)}`);
      const chosen = onFound(items);
      if (items.length === 0) {
        setResult(`No organisation’s name contains “${text}”.`);
        announce(`Nothing found for ${text}.`);
      } else if (more) {
        setResult(`More than ${items.length} organisations have “${text}” in their name. The first ${items.length} are in the list below: if the one you want is not there, type more of its name and search again.`);
        announce(`More than ${items.length} found. The first ${items.length} are in the list of organisations to invite.`);
      } else {
        setResult(`Found ${items.length}: choose from the list below.`);
        announce(chosen ? `${items.length} found. It is chosen in the list of organisations to invite.`
          : `${items.length} found. Choose one in the list of organisations to invite.`);
      }
    } catch (e) {
      setError(explain(e));
    }
  };
  return (
    <form onSubmit={search} noValidate class="invite-search" data-testid="invite-search">
      <div class={`ds_question${error ? ' ds_question--error' : ''}`}>
        <label class="ds_label" for="invite-search">Find an organisation by name</label>
        {error && <p class="ds_question__error-message" id="invite-search-error">{error}</p>}
        <input class={`ds_input ds_input--fixed-20${error ? ' ds_input--error' : ''}`} id="invite-search" type="search"
          value={q} onInput={(e) => setQ(e.currentTarget.value)} aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'invite-search-error' : undefined} />
      </div>
      <button type="submit" class="ds_button ds_button--secondary ds_button--small">Search</button>
      {result && <p data-testid="invite-search-result">{result}</p>}
    </form>
  );
}

// Under each name, what tells it apart: its register numbers (when found by name)
// and whether it is on one of this tender's partner registers.
function aboutCandidate(o) {
  const said = [...registerNumbers(o)];
  if (o.found && said.length === 0) said.push('No charity, company or Care Inspectorate number given');
  if (o.onRegister) said.push('On a partner register for this tender');
  return said.join('. ');
}

function CandidateRadio({ organisation: o, checked, onChoose }) {
  const id = `invite-org-${o.id}`;
  const hint = aboutCandidate(o);
  return (
    <div class="ds_radio">
      <input class="ds_radio__input" type="radio" name="invite-organisation" id={id} value={o.id} checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined} onChange={() => onChoose(o.id)} />
      <label class="ds_radio__label" for={id}>{o.name}</label>
      {hint && <p class="ds_hint-text" id={`${id}-hint`}>{hint}</p>}
    </div>
  );
}

function InviteForm({ consortium: c, tender, lots, reload }) {
  const { data: candidates } = useLoad(() => loadCandidates(tender.id, lots), [tender.id]);
  const preset = new URLSearchParams(location.search).get('invite') ?? '';
  const [organisation, setOrganisation] = useState(preset);
  const [byName, setByName] = useState([]);
  const [role, setRole] = useState('partner');
  const [percent, setPercent] = useState('');
  const [fields, setFields] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  if (!candidates) return <Loading what="the organisations you can invite" />;
  // Not already in (or invited to) the partnership.
  const invitable = (o) => !c.members.some((m) => m.organisation_id === o.id && m.status !== 'declined');
  // Those found by name first, then the partner registers' (without repeats).
  const onRegister = (o) => candidates.some((r) => r.id === o.id);
  const offered = [
    ...byName.map((o) => ({ ...o, found: true, onRegister: onRegister(o) })),
    ...candidates.filter((o) => !byName.some((f) => f.id === o.id)),
  ];
  const choices = offered.filter(invitable);
  // One organisation found is chosen for the lead; of several, the lead chooses.
  const searched = (items) => {
    setByName(items);
    const found = items.filter(invitable);
    if (found.length === 1) setOrganisation(found[0].id);
    return found.length === 1;
  };
  const submit = async (event) => {
    event.preventDefault();
    const found = {};
    const value = Number(percent.replace('%', ''));
    if (!organisation) found['/organisation_id'] = 'Choose the organisation to invite';
    if (!(value > 0 && value <= 100)) found['/share_bp'] = 'Give their share as a number from 1 to 100';
    setFields(found);
    setProblem(null);
    if (Object.keys(found).length) return focusSoon('.invite .ds_error-summary');
    setBusy(true);
    try {
      await post(`/consortia/${c.id}/members`, { organisation_id: organisation, role, share_bp: Math.round(value * 100) });
      const name = choices.find((o) => o.id === organisation)?.name ?? 'The organisation';
      announce(`${name} has been invited. They will see the invitation when they sign in.`);
      setOrganisation('');
      setPercent('');
      history.replaceState(null, '', location.pathname);
      reload();
    } catch (e) {
      setFields(Object.fromEntries(Object.entries(e.fieldErrors ?? {}).map(([k, v]) => [k, sentence(v)])));
      setProblem(explain(e));
      focusSoon('.invite .ds_error-summary');
    }
    setBusy(false);
  };
  const firstChoice = `invite-org-${choices[0]?.id}`;
  const ids = { '/organisation_id': firstChoice, '/share_bp': 'invite-share', '/role': 'invite-partner' };
  const errors = Object.entries(fields).map(([p, text]) => ({ href: `#${ids[p] ?? firstChoice}`, text }));
  return (
    <div class="invite">
      <p>
        Find the organisation by its name, or choose one that is on a <Term name="register">partner register</Term> for
        this tender’s lots.
      </p>
      <ErrorSummary message={problem} errors={errors} />
      <OrganisationSearch onFound={searched} />
      {choices.length === 0 ? (
        <p>Nobody to choose yet: find an organisation by its name, or wait for one to join this tender’s partner registers.</p>
      ) : (
        <form onSubmit={submit} noValidate data-testid="invite-form">
          <div class={`ds_question${fields['/organisation_id'] ? ' ds_question--error' : ''}`}>
            <fieldset aria-describedby={fields['/organisation_id'] ? 'invite-organisation-error' : undefined}>
              <legend class="ds_label">Organisation to invite</legend>
              {fields['/organisation_id'] && (
                <p class="ds_question__error-message" id="invite-organisation-error">{fields['/organisation_id']}</p>
              )}
              <div class="ds_field-group" data-testid="invite-choices">
                {choices.map((o) => (
                  <CandidateRadio key={o.id} organisation={o} checked={organisation === o.id} onChoose={setOrganisation} />
                ))}
              </div>
            </fieldset>
          </div>
          <div class="ds_question">
            <fieldset>
              <legend class="ds_label">Their role</legend>
              <div class="ds_field-group">
                {['partner', 'subcontractor'].map((r) => (
                  <div class="ds_radio" key={r}>
                    <input class="ds_radio__input" type="radio" name="invite-role" id={`invite-${r}`} value={r}
                      checked={role === r} onChange={() => setRole(r)} />
                    <label class="ds_radio__label" for={`invite-${r}`}>{roleName[r]}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <div class={`ds_question${fields['/share_bp'] ? ' ds_question--error' : ''}`}>
            <label class="ds_label" for="invite-share">Their share of the work, in %</label>
            <p class="ds_hint-text" id="invite-share-hint">
              For example 40. All the shares must add up to 100%, so you may need to lower your own afterwards.
            </p>
            {fields['/share_bp'] && <p class="ds_question__error-message" id="invite-share-error">{fields['/share_bp']}</p>}
            <input class={`ds_input ds_input--fixed-4${fields['/share_bp'] ? ' ds_input--error' : ''}`} id="invite-share"
              inputMode="decimal" value={percent} onInput={(e) => setPercent(e.currentTarget.value)}
              aria-invalid={fields['/share_bp'] ? 'true' : undefined}
              aria-describedby={['invite-share-hint', fields['/share_bp'] && 'invite-share-error'].filter(Boolean).join(' ')} />
          </div>
          <button type="submit" class="ds_button" disabled={busy}>
            {busy ? 'Sending…' : 'Send the invitation'}
          </button>
        </form>
      )}
    </div>
  );
}

function Mou({ consortium: c, lead, mine, reload }) {
  const [problem, setProblem] = useState(null);
  const [read, setRead] = useState(false);
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState(null);
  const run = async (what, done) => {
    setBusy(true);
    setProblem(null);
    let ok = false;
    try {
      await what();
      announce(done);
      reload();
      ok = true;
    } catch (e) {
      setProblem(explain(e));
    }
    setBusy(false);
    return ok;
  };
  const download = () => run(() => downloadFile(`/consortia/${c.id}/mou`, c.mou?.filename ?? 'memorandum'),
    'The memorandum of understanding is downloaded.');
  const acknowledge = (event) => {
    event.preventDefault();
    if (!read) {
      setProblem('Tick the box to say you have read the memorandum.');
      return;
    }
    run(() => post(`/consortia/${c.id}/mou/acknowledgement`, { sha256: c.mou.sha256 }),
      'You have said you have read the memorandum of understanding.').then((ok) => ok && focusSoon('#mou-heading'));
  };
  const upload = (event) => {
    event.preventDefault();
    if (!file) {
      setProblem('Choose the file of the memorandum first.');
      return;
    }
    run(() => uploadFile(`/consortia/${c.id}/mou`, file),
      'The memorandum is added. Every member now needs to say they have read it.');
  };
  return (
    <>
      <p>
        The <Term name="mou">memorandum of understanding (MoU)</Term> says who does what in this partnership. Each
        member says they have read the current version; a new version needs reading again.
      </p>
      {problem && <p class="problem-message" role="alert">{problem}</p>}
      {c.mou ? (
        <>
          <p>
            Current version: <strong>{c.mou.filename ?? 'memorandum'}</strong>{' '}
            <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={download}>
              Download the MoU
            </button>
          </p>
          {mine?.status === 'accepted' && (mine.mou_acknowledged ? (
            <p data-testid="mou-state">
              <strong class="ds_tag ds_tag--green">You have read this version</strong>
            </p>
          ) : (
            <form onSubmit={acknowledge} data-testid="mou-form">
              <div class="ds_checkbox">
                <input class="ds_checkbox__input" type="checkbox" id="mou-read" checked={read}
                  onChange={(e) => setRead(e.currentTarget.checked)} />
                <label class="ds_checkbox__label" for="mou-read">
                  I have read this version of the memorandum, for {mine.organisation_name}
                </label>
              </div>
              <button type="submit" class="ds_button" disabled={busy}>Confirm I have read it</button>
            </form>
          ))}
        </>
      ) : bidsAlone(c) ? (
        <p data-testid="mou-state">
          Not needed: your partnership has one organisation. If you invite partners, the lead adds the memorandum here.
        </p>
      ) : (
        <p data-testid="mou-state">No memorandum has been added yet.</p>
      )}
      {lead && !c.locked && (
        <form onSubmit={upload} class="mou-upload">
          <div class="ds_question">
            <label class="ds_label" for="mou-file">{c.mou ? 'Replace the memorandum' : 'Add the memorandum'}</label>
            <p class="ds_hint-text" id="mou-file-hint">A PDF, Word, OpenDocument or plain text file.</p>
            <input class="ds_file-upload" type="file" id="mou-file" aria-describedby="mou-file-hint"
              onChange={(e) => setFile(e.currentTarget.files[0] ?? null)} />
          </div>
          <button type="submit" class="ds_button ds_button--secondary" disabled={busy}>Upload the memorandum</button>
        </form>
      )}
    </>
  );
}

function StartBid({ consortium: c, lots, bids }) {
  const open = lots.filter((l) => l.status !== 'cancelled' && !bids.some((b) => b.lot_id === l.id));
  const [lot, setLot] = useState(open.length === 1 ? open[0].id : '');
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  if (open.length === 0) return <p>This partnership already has a bid for every lot.</p>;
  const submit = async (event) => {
    event.preventDefault();
    if (!lot) {
      setProblem('Choose the lot to bid for.');
      focusSoon('#start-lot-0');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const bid = await post(`/consortia/${c.id}/bids`, { lot_id: lot });
      announce('Your bid is started.');
      navigate(bidPath(bid.id));
    } catch (e) {
      setProblem(explain(e));
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate data-testid="start-bid">
      <div class={`ds_question${problem ? ' ds_question--error' : ''}`}>
        <fieldset aria-describedby={problem ? 'start-error' : undefined}>
          <legend class="ds_label">Which lot will you bid for?</legend>
          {problem && <p class="ds_question__error-message" id="start-error" role="alert">{problem}</p>}
          <div class="ds_field-group">
            {open.map((l, i) => (
              <div class="ds_radio" key={l.id}>
                <input class="ds_radio__input" type="radio" name="start-lot" id={`start-lot-${i}`} value={l.id}
                  checked={lot === l.id} onChange={() => setLot(l.id)} />
                <label class="ds_radio__label" for={`start-lot-${i}`}>Lot {l.number}: {l.title}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" class="ds_button" disabled={busy}>{busy ? 'Starting…' : 'Start the bid'}</button>
    </form>
  );
}

export function Consortium({ consortium: consortiumId }) {
  const { me } = useSession();
  const { data, error, reload } = useLoad(() => loadConsortium(consortiumId), [consortiumId]);
  if (error) return <ErrorPage error={error} back="/work" backText="Back to your work" />;
  if (!data) return <Loading what="the partnership" />;
  const { consortium: c, tender, lots, bids } = data;
  const lead = c.lead_organisation_id === me.organisation.id;
  const mine = c.members.find((m) => m.organisation_id === me.organisation.id);
  const deadline = currentDeadline(tender);
  return (
    <>
      <Link href="/work" class="ds_back-link">Back to your work</Link>
      <PageHeading caption={tender.title}>{c.name}</PageHeading>
      <p class="ds_leader">
        A <Term name="consortium">partnership bid</Term> for <Link href={tenderPath(tender.id)}>{tender.title}</Link>.{' '}
        {lead ? 'Your organisation leads it.' : `Your organisation is a ${roleName[mine?.role]?.toLowerCase() ?? 'member'}.`}
      </p>
      {c.locked && (
        <div class="ds_inset-text">
          <p class="ds_inset-text__text">
            The membership is fixed because a bid has been sent. Changes need the commissioner’s agreement.
          </p>
        </div>
      )}
      <div data-testid="completeness">
        {c.complete ? (
          <p>
            <strong class="ds_tag ds_tag--green">Ready to bid</strong>{' '}
            {bidsAlone(c)
              ? `${c.members.find((m) => m.status !== 'declined')?.organisation_name ?? 'Your organisation'} is bidding alone, so no memorandum of understanding is needed. If you invite a partner, you will need one.`
              : 'Everyone has joined, the shares add up to 100% and everyone has read the memorandum.'}
          </p>
        ) : (
          <div class="missing-panel">
            <h2 class="missing-panel__title">Before this partnership can send a bid</h2>
            <ul>
              {c.incomplete_because.map((item, i) => (
                <li key={i}>{missingWords(item, c.members)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>

      <h2 id="members-heading" tabIndex={-1}>Members</h2>
      <Members consortium={c} lead={lead} mine={mine} reload={reload} />

      {lead && !c.locked && (
        <>
          <h2 id="invite-heading">Invite a partner</h2>
          <InviteForm consortium={c} tender={tender} lots={lots} reload={reload} />
        </>
      )}

      <h2 id="mou-heading" tabIndex={-1}>Memorandum of understanding</h2>
      <Mou consortium={c} lead={lead} mine={mine} reload={reload} />

      <h2 id="bids-heading">Bids</h2>
      <BidList bids={bids} tender={tender} lots={lots} />
      {lead && canBid(tender) && (
        <>
          <h3>Start a bid</h3>
          {deadline && (
            <p>
              {deadline.label} {when(deadline.at)} ({timeLeft(deadline.at)}).
            </p>
          )}
          <StartBid consortium={c} lots={lots} bids={bids} />
        </>
      )}
      {lead && !canBid(tender) && bids.length === 0 && (
        <p>You can start a bid once the tender opens for bids.</p>
      )}
    </>
  );
}
