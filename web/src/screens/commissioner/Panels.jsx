// Evaluation panels: one per lot, or one for every lot without its own. The
// commissioner seats panellists (people with lived experience, statutory and
// third-sector staff, independents), one of whom chairs. Under each member, the
// links to organisations they told us about, for the commissioner to judge.
import { useState } from 'preact/hooks';
import { get, post, request } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { Link, navigate } from '../../router.jsx';
import { isRegistered, linkStart } from '../../links.js';
import { Checkbox, Select, TextField } from './Fields.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { formatDate, fromLocalInput, ifMatch, tenderPath, toLocalInput, useProblems } from './tenders.js';

export const kinds = {
  lived_experience: 'Lived experience',
  statutory: 'Statutory body staff',
  third_sector: 'Third-sector staff',
  independent: 'Independent member',
};

function lotName(panel, lots) {
  if (!panel.lot_id) return 'Every lot without a panel of its own';
  const lot = lots.find((l) => l.id === panel.lot_id);
  return lot ? `Lot ${lot.number}: ${lot.title}` : 'A lot';
}

// A member's links to organisations (GET /panels/{id}, for the tender's
// commissioners): "Volunteers with Leith Lunch Club (not registered here): “note”".
function MemberLinks({ member }) {
  if (!member.links) return null;
  if (member.links.length === 0)
    return (
      <p class="member-links" data-testid="member-links">
        No links recorded
      </p>
    );
  return (
    <div class="member-links" data-testid="member-links">
      <p id={`links-${member.user_id}`}>Links they told us about:</p>
      <ul aria-labelledby={`links-${member.user_id}`}>
        {member.links.map((l) => (
          <li key={`${l.organisation_id ?? l.organisation}-${l.kind}`}>
            {linkStart(l.kind)} <strong>{l.organisation}</strong>
            {!isRegistered(l) && ' (not registered here)'}
            {l.organisation_kind === 'commissioning_body' && ' (a commissioning body)'}
            {l.note && <>: “{l.note}”</>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function PanelList({ tender, panels, lots }) {
  return (
    <>
      <p>
        Each panel scores the bids for its lots. Panel members first say whether they have a conflict of interest with a
        bid; they never see or score a bid they are conflicted on.
      </p>
      {panels.length > 0 && (
        <p data-testid="links-explained">
          Under each member are the links to organisations they have told us about. A bid that includes a care provider
          registered here that they have a link with is flagged for them automatically, and you decide on it on the
          bid’s page. Links to councils, health and social care partnerships and organisations not registered here
          cannot be matched to bids: judge for yourself whether they matter for any bid.
        </p>
      )}
      {panels.length === 0 ? (
        <p data-testid="no-panels">No panels have been formed yet.</p>
      ) : (
        <ul class="lot-list">
          {panels.map((p) => (
            <li class="lot-card" key={p.id} data-testid={`panel-${p.name}`}>
              <h2 class="lot-card__title ds_h3">{p.name}</h2>
              <p>Scores: {lotName(p, lots)}</p>
              <p data-testid="scoring-due">
                {p.scoring_due_at ? `Scores needed by ${formatDate(p.scoring_due_at)}` : 'No date set for the scores'}
              </p>
              <ul>
                {p.members.map((m) => (
                  <li key={m.user_id} data-testid={`member-${m.display_name}`}>
                    {m.display_name} ({kinds[m.kind]}){m.chair && <strong> – chair</strong>}
                    <MemberLinks member={m} />
                  </li>
                ))}
              </ul>
              <p>
                <Link href={tenderPath(tender.id, `panels/${p.id}`)}>Change the members of {p.name}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={tenderPath(tender.id, 'panels/new')} class="ds_button">
          Form a panel
        </Link>
      </p>
      <p>
        Someone missing? <Link href="/panel-members">Invite a panel member</Link> on the Panel members page.
      </p>
    </>
  );
}

function PanelForm({ tender, panel, panellists, lots }) {
  const [name, setName] = useState(panel?.name ?? '');
  const [lotId, setLotId] = useState(panel?.lot_id ?? '');
  const [seated, setSeated] = useState(() => Object.fromEntries((panel?.members ?? []).map((m) => [m.user_id, m.kind])));
  const [chair, setChair] = useState(panel?.members.find((m) => m.chair)?.user_id ?? '');
  const [due, setDue] = useState(toLocalInput(panel?.scoring_due_at));
  const problems = useProblems();
  const { errors } = problems;
  const [busy, setBusy] = useState(false);
  const ids = ['name', 'lot_id', 'members', 'chair', 'scoring_due_at'];
  const chosen = panellists.filter((p) => seated[p.id]);

  const submit = async (event) => {
    event.preventDefault();
    const local = {};
    if (chosen.length === 0) local.members = 'Choose at least one panel member.';
    else if (!chosen.some((p) => p.id === chair)) local.chair = 'Choose who chairs the panel.';
    const scoringDueAt = fromLocalInput(due);
    if (scoringDueAt === undefined) local.scoring_due_at = 'Enter the date and time, for example 1 March 2027 at 17:00, or leave it empty.';
    if (Object.keys(local).length > 0) return problems.show(local, null, ids);
    const members = chosen.map((p) => ({ user_id: p.id, kind: seated[p.id], chair: p.id === chair }));
    setBusy(true);
    try {
      const body = { name: name.trim(), members, scoring_due_at: scoringDueAt };
      if (panel) await request('PUT', `/panels/${panel.id}`, body, ifMatch(panel.version));
      else await post(`/tenders/${tender.id}/panels`, { ...body, lot_id: lotId || null });
      announce(panel ? 'The panel is saved.' : 'The panel is formed.');
      navigate(tenderPath(tender.id, 'panels'));
    } catch (error) {
      problems.fail(error, ids);
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary message={problems.failure} errors={problems.summary} />
      <form onSubmit={submit} noValidate data-testid="panel-form">
        <TextField id="name" label="Name of the panel" hint="For example Welcome Teams panel." value={name}
          onInput={setName} error={errors.name} />
        {!panel && (
          <Select id="lot_id" label="Which lots it scores" value={lotId} onChange={setLotId} error={errors.lot_id}
            options={[['', 'Every lot without a panel of its own'], ...lots.map((l) => [l.id, `Lot ${l.number}: ${l.title}`])]} />
        )}
        <div class={`ds_question${errors.members ? ' ds_question--error' : ''}`}>
          <fieldset aria-describedby={errors.members ? 'members-error' : undefined}>
            <legend class="ds_label" id="members" tabIndex={-1}>
              Panel members
            </legend>
            <p class="ds_hint-text">Choose who sits on the panel, and what they bring to it.</p>
            {errors.members && (
              <p class="ds_question__error-message" id="members-error">
                {errors.members}
              </p>
            )}
            {panellists.map((p) => (
              <div class="panel-member" key={p.id}>
                <Checkbox id={`seat-${p.id}`} label={`${p.display_name} (${p.organisation})`} checked={Boolean(seated[p.id])}
                  onChange={(on) => {
                    const next = { ...seated };
                    if (on) next[p.id] = 'lived_experience';
                    else delete next[p.id];
                    setSeated(next);
                  }} />
                {seated[p.id] && (
                  <Select id={`kind-${p.id}`} label={`${p.display_name} sits on the panel as`} value={seated[p.id]}
                    onChange={(kind) => setSeated({ ...seated, [p.id]: kind })} options={Object.entries(kinds)} />
                )}
              </div>
            ))}
          </fieldset>
        </div>
        {chosen.length > 0 && (
          <Select id="chair" label="Who chairs the panel" hint="The chair leads the panel’s meetings and records the agreed scores."
            value={chair} onChange={setChair} error={errors.chair}
            options={[['', 'Choose the chair'], ...chosen.map((p) => [p.id, p.display_name])]} />
        )}
        <TextField id="scoring_due_at" type="datetime-local" label="Scores needed by (optional)"
          hint="The date panel members should send their scores by. Anyone still scoring gets a reminder 3 days and 1 day before."
          value={due} onInput={setDue} error={errors.scoring_due_at} />
        <div class="ds_button-group">
          <button type="submit" class="ds_button" disabled={busy}>
            {panel ? 'Save the panel' : 'Form the panel'}
          </button>
          <Link href={tenderPath(tender.id, 'panels')} class="ds_button ds_button--cancel">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

async function loadPanels(t) {
  const [panels, lots] = await Promise.all([get(`/tenders/${t.id}/panels`), get(`/tenders/${t.id}/lots`)]);
  return { panels: panels.items, lots: lots.items };
}

// The list of a tender's panels carries no links: each panel is read on its own
// for its members' links (a tender has a panel or two, one per lot at most).
async function loadPanelsWithLinks(t) {
  const { panels, lots } = await loadPanels(t);
  const full = await Promise.all(panels.map(async (p) => ({ ...p, ...(await get(`/panels/${p.id}`)) })));
  return { panels: full, lots };
}

export function Panels({ tender }) {
  return (
    <TenderFrame id={tender} page="panels" heading="Panels" load={loadPanelsWithLinks}
      render={(t, _reload, x) => <PanelList tender={t} panels={x.panels} lots={x.lots} />} />
  );
}

export function NewPanel({ tender }) {
  return (
    <TenderFrame id={tender} page="panels" heading="Form a panel"
      load={async (t) => ({ ...(await loadPanels(t)), panellists: (await get('/panellists')).items })}
      render={(t, _reload, x) => <PanelForm tender={t} lots={x.lots} panellists={x.panellists} />} />
  );
}

export function EditPanel({ tender, panel }) {
  return (
    <TenderFrame id={tender} page="panels" deps={[panel]} heading="Change a panel’s members"
      load={async (t) => ({ ...(await loadPanels(t)), panel: await get(`/panels/${panel}`), panellists: (await get('/panellists')).items })}
      render={(t, _reload, x) => <PanelForm tender={t} lots={x.lots} panellists={x.panellists} panel={x.panel} />} />
  );
}
