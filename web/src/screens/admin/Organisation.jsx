// /admin/organisations/:id: one organisation: its details (with "Change the details"), its
// people (the People list narrowed to it), and closing it, with the reason and, if it
// merged into another, which (POST /organisations/{id}/closure). Closing deactivates
// everyone in it, which the page says before it is done.
import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Loading } from '../../components/Loading.jsx';
import { PageHeading } from '../../components/PageHeading.jsx';
import { ReasonStep } from '../../components/ReasonForm.jsx';
import { Link } from '../../router.jsx';
import { OrganisationDetails } from '../organisations/OrganisationDetails.jsx';
import { OrganisationChoice } from '../organisations/OrganisationSearch.jsx';
import { closedWords, organisationKinds } from '../organisations/organisations.js';
import { RecentAudit } from './AuditTrail.jsx';

const back = '/admin/organisations';
const focus = (selector) => setTimeout(() => document.querySelector(selector)?.focus(), 0);

export function AdminOrganisation({ id }) {
  const [organisation, setOrganisation] = useState(null);
  const [loadError, setLoadError] = useState(null);
  useEffect(() => {
    setOrganisation(null);
    get(`/organisations/${encodeURIComponent(id)}`).then(setOrganisation, setLoadError);
  }, [id]);

  if (loadError) return <ErrorPage error={loadError} back={back} backText="Back to organisations" />;
  if (!organisation) return <Loading what="the organisation" />;
  const o = organisation;
  const active = o.status !== 'closed';
  return (
    <>
      <PageHeading caption={organisationKinds[o.kind]}>{o.name}</PageHeading>
      {!active && <ClosedNotice organisation={o} />}
      <h2>Details</h2>
      <OrganisationDetails organisation={o} canChange={active} onSaved={setOrganisation} />
      <h2>People</h2>
      <p>
        <Link href={`/admin/people?organisation_id=${encodeURIComponent(o.id)}`}>People in {o.name}</Link>: their accounts,
        invitations and who administers the organisation. To add someone, invite them from People and choose this
        organisation.
      </p>
      {active && <Closure organisation={o} onClosed={setOrganisation} />}
      <RecentAudit key={JSON.stringify(o)} entityType="organisation" entityId={o.id} what="this organisation" />
      <p>
        <Link href={back}>Back to organisations</Link>
      </p>
    </>
  );
}

function ClosedNotice({ organisation: o }) {
  return (
    <div class="ds_inset-text" data-testid="organisation-closed" tabIndex={-1}>
      <div class="ds_inset-text__text">
        <p>
          <strong>{closedWords(o)}</strong> Nobody in it can sign in.
        </p>
        {o.closure_reason && <p>Why: {o.closure_reason}</p>}
        {o.merged_into && (
          <p>
            It merged into <Link href={`/admin/organisations/${o.merged_into.id}`}>{o.merged_into.name}</Link>.
          </p>
        )}
      </div>
    </div>
  );
}

function Closure({ organisation: o, onClosed }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [mergedInto, setMergedInto] = useState(null);

  const close = async (reason) => {
    setBusy(true);
    try {
      const body = { reason };
      if (mergedInto) body.merged_into = mergedInto.id;
      const closed = await post(`/organisations/${encodeURIComponent(o.id)}/closure`, body);
      onClosed(closed);
      announce(`${closed.name} is closed. Everyone in it has lost access.`);
      focus('[data-testid="organisation-closed"]');
      return null;
    } catch (error) {
      return error;
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="closure-title">
      <h2 id="closure-title">Close the organisation</h2>
      <p>
        Close it if it has stopped trading, or has merged into another organisation. Its bids, letters and records are
        kept.
      </p>
      <ReasonStep
        open={open}
        onOpen={() => setOpen(true)}
        onCancel={() => setOpen(false)}
        start="Close the organisation"
        confirm="Close the organisation"
        busy={busy}
        warning={`Everyone in ${o.name} loses access straight away: their accounts are deactivated and they are signed out everywhere. Nobody can then be invited into it.`}
        label="Why are you closing it?"
        hint="Kept in the organisation’s record, and shown on this page."
        missing="Say why you are closing it"
        fields={['reason', 'merged_into']}
        hrefFor={(field) => (field === 'merged_into' ? '#organisation-search' : `#${field}`)}
        extra={(errors) => (
          <OrganisationChoice
            legend="Has it merged into another organisation? (optional)"
            hint="If it has, find that one by name, so that people looking for it can be told where it went."
            noneWords="it did not merge into another"
            kind={o.kind}
            exclude={o.id}
            chosen={mergedInto}
            onChoose={setMergedInto}
            error={errors.merged_into}
          />
        )}
        send={close}
      />
    </section>
  );
}
