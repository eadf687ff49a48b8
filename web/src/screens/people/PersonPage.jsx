// One person's account, and what can be done with it by its status: an invitation
// sent again or withdrawn; an account deactivated or reactivated, each with a reason
// (kept in the audit trail). Deactivating signs the person out everywhere at once.
import { useEffect, useState } from 'preact/hooks';
import { get, post, request } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { ConfirmButtons, SummaryList, WarningText } from '../../components/Check.jsx';
import { ReasonStep } from '../../components/ReasonForm.jsx';
import { ErrorPage, ErrorSummary } from '../../components/ErrorMessage.jsx';
import { Loading } from '../../components/Loading.jsx';
import { PageHeading } from '../../components/PageHeading.jsx';
import { providerFlags, roleNames } from '../../accounts.js';
import { explain } from '../../problems.js';
import { Link } from '../../router.jsx';
import { dateTimeWords, dateWords } from '../../words.js';
import { listAddress, takeMessage } from './people.js';
import { StatusTag } from './StatusTag.jsx';

const focus = (selector) => setTimeout(() => document.querySelector(selector)?.focus(), 0);

// canResetTwoFactor: false for an organisation's own administrator, who cannot; below(person):
// what the page's owner adds under the actions (the admin's: the account's audit trail), the
// account as it now stands given.
export function PersonPage({ id, base, backText, canResetTwoFactor = true, below }) {
  const [person, setPerson] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [done, setDone] = useState(takeMessage);
  const [step, setStep] = useState(null); // 'withdraw' | 'deactivate' | 'reactivate'
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    get(`/users/${encodeURIComponent(id)}`).then(setPerson, setLoadError);
  }, [id]);

  // Sends one change; the answer is the account as it now stands.
  const act = async (method, path, body, words) => {
    setBusy(true);
    setProblem(null);
    try {
      const updated = await request(method, `/users/${encodeURIComponent(id)}${path}`, body);
      setPerson(updated);
      setStep(null);
      setDone(words(updated));
      announce(words(updated));
      focus('[data-testid="person-done"]');
      return null;
    } catch (error) {
      return error;
    } finally {
      setBusy(false);
    }
  };
  const simple = async (...args) => {
    const error = await act(...args);
    if (error) {
      setProblem(explain(error));
      focus('.ds_error-summary');
    }
  };

  if (loadError) return <ErrorPage error={loadError} back={base} backText={backText} />;
  if (!person) return <Loading what="this person’s account" />;

  const rows = [
    { key: 'Email address', value: person.email },
    { key: 'Organisation', value: person.organisation_name ?? 'None' },
    { key: 'Role', value: roleNames[person.role] ?? person.role },
  ];
  if (person.role === 'provider')
    for (const flag of providerFlags) rows.push({ key: flag.row, value: person[flag.field] ? 'Yes' : 'No' });
  rows.push({ key: 'Status', value: <StatusTag status={person.status} /> });
  if (person.status === 'invited' && person.invitation_expires_at)
    rows.push({ key: 'Invitation link works until', value: dateTimeWords(person.invitation_expires_at) });
  rows.push({ key: 'Two-factor sign-in', value: twoFactorWords(person.two_factor) });
  if (person.status === 'deactivated') {
    if (person.deactivated_at) rows.push({ key: 'Deactivated on', value: dateWords(person.deactivated_at) });
    rows.push({ key: 'Why', value: person.deactivation_reason || 'No reason was given' });
  }

  return (
    <>
      <PageHeading caption={person.organisation_name}>{person.display_name}</PageHeading>
      {done && (
        <div class="ds_inset-text" data-testid="person-done" tabIndex={-1}>
          <p class="ds_inset-text__text">{done}</p>
        </div>
      )}
      <SummaryList rows={rows} testId="person" />
      <h2>What you can do</h2>
      <ErrorSummary message={problem} />
      {person.status === 'invited' && step === null && (
        <>
          <p>
            {person.display_name} has not chosen a password yet. Sending the invitation again gives them a new link; the
            old one stops working.
          </p>
          <div class="ds_button-group">
            <button
              type="button"
              class="ds_button"
              disabled={busy}
              onClick={() => simple('POST', '/invitation', undefined, (p) => `A new invitation has been sent to ${p.email}. The old link no longer works.`)}
            >
              Send the invitation again
            </button>
            <button type="button" class="ds_button ds_button--secondary" disabled={busy} onClick={() => setStep('withdraw')}>
              Withdraw the invitation
            </button>
          </div>
        </>
      )}
      {step === 'withdraw' && (
        <>
          <WarningText>
            The link in their email will stop working and the account will be deactivated. You can reactivate it later.
          </WarningText>
          <ConfirmButtons
            label="Yes, withdraw the invitation"
            busy={busy}
            busyLabel="Withdrawing…"
            onConfirm={() => simple('DELETE', '/invitation', undefined, () => 'The invitation has been withdrawn.')}
            onCancel={() => setStep(null)}
          />
        </>
      )}
      {person.status === 'active' && step !== 'two-factor' && (
        <ReasonStep
          open={step === 'deactivate'}
          onOpen={() => setStep('deactivate')}
          onCancel={() => setStep(null)}
          start="Deactivate the account"
          confirm="Deactivate the account"
          busy={busy}
          warning={`${person.display_name} will be signed out everywhere straight away and will not be able to sign in. Nothing they did is deleted. You can reactivate the account later.`}
          label="Why are you deactivating this account?"
          send={(reason) =>
            act('POST', '/deactivation', { reason }, (p) => `${p.display_name}’s account has been deactivated.`)
          }
        />
      )}
      {person.role === 'provider' &&
        person.status !== 'deactivated' &&
        step === null &&
        providerFlags.map((flag) => <ProviderFlag key={flag.field} flag={flag} person={person} busy={busy} onChange={simple} />)}
      {canResetTwoFactor && person.status === 'active' && person.two_factor?.enabled && step !== 'deactivate' && (
        <>
          <h3>If they have lost their phone</h3>
          <p>
            If {person.display_name} has lost both their phone and their recovery codes, you can reset their two-factor
            sign-in. They then sign in with their password alone and can set it up again (or must, if their role requires
            it).
          </p>
          <ReasonStep
            open={step === 'two-factor'}
            onOpen={() => setStep('two-factor')}
            onCancel={() => setStep(null)}
            start="Reset two-factor sign-in"
            confirm="Reset two-factor sign-in"
            busy={busy}
            warning={`${person.display_name}’s authenticator app and recovery codes will stop working, and they will be signed out everywhere. Only do this if you are sure it is them asking.`}
            label="Why are you resetting their two-factor sign-in?"
            send={(reason) =>
              act('POST', '/two-factor-reset', { reason }, (p) => `${p.display_name}’s two-factor sign-in has been reset. They have been signed out everywhere.`)
            }
          />
        </>
      )}
      {person.status === 'deactivated' && (
        <ReasonStep
          open={step === 'reactivate'}
          onOpen={() => setStep('reactivate')}
          onCancel={() => setStep(null)}
          start="Reactivate the account"
          confirm="Reactivate the account"
          busy={busy}
          warning={`${person.display_name} will be able to sign in again with their password.`}
          label="Why are you reactivating this account?"
          send={(reason) =>
            act('POST', '/reactivation', { reason }, (p) => `${p.display_name}’s account has been reactivated.`)
          }
        />
      )}
      {below?.(person)}
      <p>
        <Link href={listAddress(base)}>{backText}</Link>
      </p>
    </>
  );
}

const twoFactorWords = (twoFactor) =>
  twoFactor?.enabled ? (twoFactor.enabled_at ? `On since ${dateWords(twoFactor.enabled_at)}` : 'On') : 'Off';

// What a provider's member of staff may do beyond writing bids (accounts.js providerFlags):
// sign off bids, look after the organisation; each said, and changed with one button.
function ProviderFlag({ flag, person, busy, onChange }) {
  const on = Boolean(person[flag.field]);
  const organisation = person.organisation_name ?? 'their organisation';
  return (
    <>
      <h3>{flag.heading}</h3>
      <p>
        {flag.now(on, person.display_name, organisation)} {flag.hint}
      </p>
      <button
        type="button"
        class="ds_button ds_button--secondary"
        disabled={busy}
        onClick={() =>
          onChange('PATCH', '', { [flag.field]: !on }, (p) => flag.changed(p[flag.field], p.display_name, p.organisation_name ?? organisation))
        }
      >
        {on ? flag.revoke : flag.grant}
      </button>
    </>
  );
}
