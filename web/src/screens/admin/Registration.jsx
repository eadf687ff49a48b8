// /admin/registrations/:id: one care provider's registration, everything it says, the
// organisations already here it may be (with why, in words), and the decision: approve
// (a check step saying what happens) or refuse (the reason, which the contact is sent).
import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { ConfirmButtons, SummaryList } from '../../components/Check.jsx';
import { ErrorPage, ErrorSummary } from '../../components/ErrorMessage.jsx';
import { Loading } from '../../components/Loading.jsx';
import { PageHeading } from '../../components/PageHeading.jsx';
import { ReasonStep } from '../../components/ReasonForm.jsx';
import { explain } from '../../problems.js';
import { Link } from '../../router.jsx';
import { dateTimeWords } from '../../words.js';
import { detailRows } from '../organisations/OrganisationDetails.jsx';
import { RegistrationTag } from '../organisations/RegistrationTag.jsx';
import { duplicateWords } from '../organisations/organisations.js';

const back = '/admin/organisations';
const focus = (selector) => setTimeout(() => document.querySelector(selector)?.focus(), 0);

export function AdminRegistration({ id }) {
  const [registration, setRegistration] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const load = () => get(`/registrations/${encodeURIComponent(id)}`).then(setRegistration, setLoadError);
  useEffect(() => {
    load();
  }, [id]);

  if (loadError) return <ErrorPage error={loadError} back={back} backText="Back to organisations" />;
  if (!registration) return <Loading what="the registration" />;
  const r = registration;
  return (
    <>
      <PageHeading caption="Registration of a care provider">{r.name}</PageHeading>
      <p>
        <RegistrationTag status={r.status} />
      </p>
      {r.status === 'waiting' && (
        <p>
          Read what it says, then <a href="#decision-title">decide</a> at the end of the page.
        </p>
      )}
      <h2>The organisation</h2>
      <SummaryList rows={detailRows(r)} testId="registration-details" />
      <h2>Who registered it</h2>
      <SummaryList rows={contactRows(r)} testId="registration-contact" />
      <h2>Organisations that may be the same</h2>
      <PossibleDuplicates items={r.possible_duplicates ?? []} />
      <Decision registration={r} onDecided={setRegistration} onStale={load} />
      <p>
        <Link href={back}>Back to organisations</Link>
      </p>
    </>
  );
}

function contactRows(r) {
  const rows = [
    { key: 'Name', value: r.contact_name },
    { key: 'Email address', value: r.contact_email },
    { key: 'Sent on', value: dateTimeWords(r.submitted_at) },
    { key: 'Email address confirmed', value: r.confirmed_at ? dateTimeWords(r.confirmed_at) : 'Not yet' },
  ];
  if (r.decided_at)
    rows.push({
      key: r.status === 'refused' ? 'Refused' : 'Approved',
      value: `${dateTimeWords(r.decided_at)}${r.decided_by ? `, by ${r.decided_by.display_name}` : ''}`,
    });
  if (r.refusal_reason) rows.push({ key: 'Why it was refused', value: r.refusal_reason });
  return rows;
}

function PossibleDuplicates({ items }) {
  if (items.length === 0)
    return (
      <p data-testid="possible-duplicates">
        None. No organisation here has the same charity, company or Care Inspectorate number, or a similar name.
      </p>
    );
  return (
    <>
      <p>
        Check these before you decide. If one is the same organisation, its people can be invited into it instead.
      </p>
      <ul class="possible-duplicates" data-testid="possible-duplicates">
        {items.map((d) => (
          <li key={d.organisation_id}>
            <Link href={`/admin/organisations/${d.organisation_id}`}>{d.name}</Link>. {duplicateWords(d.reasons)}
          </li>
        ))}
      </ul>
    </>
  );
}

// What the admin may do now: approve or refuse a waiting registration; nothing else.
function Decision({ registration: r, onDecided, onStale }) {
  const [step, setStep] = useState(null); // null | 'approve' | 'refuse'
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [done, setDone] = useState(null);

  const decide = async (path, body, words) => {
    setBusy(true);
    setProblem(null);
    try {
      const decided = await post(`/registrations/${encodeURIComponent(r.id)}/${path}`, body);
      setStep(null);
      setDone(words(decided));
      announce(words(decided));
      onDecided(decided);
      focus('[data-testid="decision-done"]');
      return null;
    } catch (error) {
      if (error.kind === 'registration-decided') {
        setStep(null);
        setProblem(explain(error));
        onStale();
        focus('.decision .ds_error-summary');
        return null;
      }
      return error;
    } finally {
      setBusy(false);
    }
  };
  const cancel = (button) => {
    setStep(null);
    focus(button);
  };
  const approve = async () => {
    const error = await decide('approval', {}, approvedWords);
    if (error) {
      setProblem(error.kind === 'email-taken' ? emailTakenWords(r) : explain(error));
      focus('.decision .ds_error-summary');
    }
  };

  return (
    <section class="decision" aria-labelledby="decision-title">
      <h2 id="decision-title" tabIndex={-1}>
        Your decision
      </h2>
      {done && (
        <div class="ds_inset-text" data-testid="decision-done" tabIndex={-1}>
          <p class="ds_inset-text__text">{done}</p>
          {r.organisation_id && (
            <p class="ds_inset-text__text">
              <Link href={`/admin/organisations/${r.organisation_id}`}>Go to {r.name}</Link>
            </p>
          )}
        </div>
      )}
      <ErrorSummary message={problem} />
      {!done && <Decided registration={r} />}
      {r.status === 'waiting' && step === null && (
        <>
          <p>
            Check what it says against the public registers (the Scottish Charity Register, Companies House, the Care
            Inspectorate) and the organisations above that may be the same.
          </p>
          <div class="ds_button-group">
            <button type="button" class="ds_button" id="approve" onClick={() => setStep('approve')}>
              Approve
            </button>
            <button type="button" class="ds_button ds_button--secondary" id="refuse" onClick={() => setStep('refuse')}>
              Refuse
            </button>
          </div>
        </>
      )}
      {step === 'approve' && <ApproveCheck registration={r} busy={busy} onConfirm={approve} onCancel={() => cancel('#approve')} />}
      {step === 'refuse' && (
        <ReasonStep
          open
          onCancel={() => cancel('#refuse')}
          confirm="Refuse the registration"
          busy={busy}
          warning={`We email ${r.contact_name} at ${r.contact_email} to say it is refused, with your reason. This cannot be undone: they would have to register again.`}
          label="Why are you refusing it?"
          hint={`We send these words to ${r.contact_name}, so write them for them. They are also kept with the registration.`}
          missing="Say why you are refusing it"
          send={(reason) => decide('refusal', { reason }, refusedWords)}
        />
      )}
    </section>
  );
}

const approvedWords = (r) =>
  `${r.name} is approved. We have emailed ${r.contact_name} an invitation to set up their account.`;
const refusedWords = (r) => `${r.name} is refused. We have emailed ${r.contact_name} your reason.`;
const emailTakenWords = (r) =>
  `${r.contact_email} already has an account here, so it cannot be the first account of a new organisation. Nothing has been approved. If it is the same organisation as one already here, refuse this registration and say so; otherwise ask ${r.contact_name} to register with another email address.`;

// Where a registration stands, when it is not waiting.
function Decided({ registration: r }) {
  if (r.status === 'unconfirmed')
    return (
      <p data-testid="decision-state">
        {r.contact_name} has not opened the link we emailed them yet, so their email address is not confirmed. You can
        decide once they have.
      </p>
    );
  if (r.status === 'approved')
    return (
      <p data-testid="decision-state">
        Approved.{' '}
        {r.organisation_id && <Link href={`/admin/organisations/${r.organisation_id}`}>Go to {r.name}</Link>}
      </p>
    );
  if (r.status === 'refused') return <p data-testid="decision-state">Refused. {r.contact_name} was emailed the reason.</p>;
  return null;
}

function ApproveCheck({ registration: r, busy, onConfirm, onCancel }) {
  useEffect(() => document.getElementById('approve-title')?.focus(), []);
  return (
    <div class="approve-check">
      <h3 id="approve-title" tabIndex={-1}>
        Approve {r.name}?
      </h3>
      <p>When you approve it:</p>
      <SummaryList
        testId="approve-what-happens"
        rows={[
          { key: 'The organisation', value: `${r.name} is created here, with the details below.` },
          {
            key: r.contact_name,
            value: `We email an invitation to ${r.contact_email}. Once they choose a password they are its first user and its organisation administrator: they can change its details and invite colleagues.`,
          },
        ]}
      />
      <ConfirmButtons
        label="Approve and send the invitation"
        busy={busy}
        busyLabel="Approving…"
        onConfirm={onConfirm}
        onCancel={onCancel}
      />
    </div>
  );
}
