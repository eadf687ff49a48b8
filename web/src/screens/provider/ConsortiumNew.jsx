// Start a partnership (consortium) for a tender: your organisation leads it.
import { useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage, ErrorSummary } from '../../components/ErrorMessage.jsx';
import { Term } from '../../components/Term.jsx';
import { announce } from '../../components/Announcer.jsx';
import { useSession } from '../../session.js';
import { useLoad } from '../../load.js';
import { explain, sentence } from '../../problems.js';
import { Link, navigate } from '../../router.jsx';
import { canFormConsortium, consortiumPath, tenderPath } from './work.js';

// From a partner register (?invite=organisation&lot=lot): the organisation to
// invite once the partnership exists, named from that lot's register.
async function loadNew(tenderId, invite, lotId) {
  const [tender, register] = await Promise.all([
    get(`/tenders/${tenderId}`),
    invite && lotId ? get(`/tenders/${tenderId}/lots/${lotId}/partner-register`).catch(() => null) : null,
  ]);
  const entry = register?.items.find((e) => e.organisation_id === invite) ?? null;
  return { tender, invitee: entry ? { id: entry.organisation_id, name: entry.organisation_name } : null };
}

export function ConsortiumNew({ tender: tenderId }) {
  const { me } = useSession();
  const [query] = useState(() => new URLSearchParams(location.search));
  const { data, error } = useLoad(() => loadNew(tenderId, query.get('invite'), query.get('lot')), [tenderId]);
  const tender = data?.tender;
  const invitee = data?.invitee ?? null;
  const [name, setName] = useState('');
  const [fieldError, setFieldError] = useState(null);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  if (error) return <ErrorPage error={error} back="/opportunities" backText="Back to opportunities" />;
  if (!tender) return <Loading what="the tender" />;
  const back = (
    <Link href={tenderPath(tenderId)} class="ds_back-link">Back to {tender.title}</Link>
  );
  if (!canFormConsortium(tender))
    return (
      <>
        {back}
        <PageHeading caption={tender.title}>Start a partnership bid</PageHeading>
        <p>New partnerships can no longer be formed for this tender: its first stage has closed.</p>
      </>
    );
  const focusSummary = () => setTimeout(() => document.querySelector('.ds_error-summary')?.focus(), 0);
  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    if (!name.trim()) {
      setFieldError('Give the partnership a name');
      return focusSummary();
    }
    setFieldError(null);
    setBusy(true);
    try {
      const created = await post(`/tenders/${tenderId}/consortia`, { name: name.trim() });
      announce(`${created.name} is created. Your organisation leads it.${invitee ? ` ${invitee.name} is chosen to invite.` : ''}`);
      navigate(`${consortiumPath(created.id)}${invitee ? `?invite=${encodeURIComponent(invitee.id)}` : ''}`);
    } catch (e) {
      setFieldError(e.fieldErrors?.['/name'] ? sentence(e.fieldErrors['/name']) : null);
      setProblem(explain(e));
      setBusy(false);
      focusSummary();
    }
  };
  return (
    <>
      {back}
      <PageHeading caption={tender.title}>Start a partnership bid</PageHeading>
      <p class="ds_leader">
        A <Term name="consortium">partnership bid (consortium)</Term> is how you bid, alone or with other
        organisations. {me.organisation.name} will lead it and hold the contract if it wins.
      </p>
      {invitee ? (
        <div class="ds_inset-text" data-testid="invitee">
          <p class="ds_inset-text__text">
            Once the partnership is created, {invitee.name} is chosen in its invitation form: you give their role and
            share of the work, then send the invitation. Nothing is sent to them before that.
          </p>
        </div>
      ) : (
        <p>Next you can invite partners, agree each one’s share of the work, add your memorandum of understanding, and start a bid for a lot.</p>
      )}
      <ErrorSummary message={problem} errors={fieldError ? [{ href: '#consortium-name', text: fieldError }] : []} />
      <form onSubmit={submit} noValidate>
        <div class={`ds_question${fieldError ? ' ds_question--error' : ''}`}>
          <label class="ds_label" for="consortium-name">Name of the partnership</label>
          <p class="ds_hint-text" id="consortium-name-hint">
            The panel sees this name with your bid. For example: North West Together.
          </p>
          {fieldError && <p class="ds_question__error-message" id="consortium-name-error">{fieldError}</p>}
          <input class={`ds_input${fieldError ? ' ds_input--error' : ''}`} id="consortium-name" name="name" type="text"
            maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)}
            aria-invalid={fieldError ? 'true' : undefined}
            aria-describedby={['consortium-name-hint', fieldError && 'consortium-name-error'].filter(Boolean).join(' ')} />
        </div>
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Creating…' : 'Create the partnership'}
        </button>
      </form>
    </>
  );
}
