// The signed-in person's account: who they are signed in as, changing their password,
// where they are signed in (each other device signed out on its own), and signing out,
// here or everywhere. "Everywhere" is for a shared or lost computer or phone: it ends every
// session the person has, on every device (and any API token), not only this browser's.
import { useState } from 'preact/hooks';
import { PageHeading } from '../components/PageHeading.jsx';
import { SummaryList } from '../components/Check.jsx';
import { useSession } from '../session.js';
import { ChangePassword } from './accounts/ChangePassword.jsx';
import { Sessions } from './accounts/Sessions.jsx';
import { TwoFactorSection } from './accounts/TwoFactorSection.jsx';
import { ChangeEmail } from './accounts/ChangeEmail.jsx';

const roles = {
  admin: 'Administrator',
  commissioner: 'Commissioner: runs tenders',
  panellist: 'Member of evaluation panels: scores bids',
  provider: 'Staff of a care provider: bids for work',
};

export function Account() {
  const { me, signOut } = useSession();
  const [busy, setBusy] = useState(null); // which button is working
  const [problem, setProblem] = useState(null);
  const [changes, setChanges] = useState(0); // a new password ends the other sessions: read them again
  const act = async (everywhere) => {
    setBusy(everywhere ? 'everywhere' : 'here');
    setProblem(null);
    const still = await signOut({ everywhere });
    if (still) {
      setProblem(still);
      setBusy(null);
    }
  };
  const rows = [
    { key: 'Name', value: me.display_name },
    { key: 'Email address', value: me.email },
    { key: 'Organisation', value: me.organisation?.name ?? 'None' },
    { key: 'Role', value: roles[me.role] ?? me.role },
  ];
  if (me.role === 'provider')
    rows.push({ key: 'Can sign off bids', value: me.authorised_signatory ? 'Yes, for your organisation' : 'No' });
  return (
    <>
      <PageHeading>Your account</PageHeading>
      <SummaryList rows={rows} testId="account" />
      <p>If any of this is wrong, please ask the person who set up your account.</p>

      <ChangePassword onChanged={() => setChanges(changes + 1)} />
      <ChangeEmail />
      <TwoFactorSection />
      <Sessions version={changes} />

      <h2>Signing out</h2>
      {problem && (
        <p class="problem-message" role="alert">
          {problem}
        </p>
      )}
      <p>
        Signing out here signs you out in every tab and window of this browser. You stay signed in on your other
        devices.
      </p>
      <button type="button" class="ds_button ds_button--secondary" disabled={busy !== null} onClick={() => act(false)}>
        {busy === 'here' ? 'Signing out…' : 'Sign out on this device'}
      </button>
      <h3>Sign out everywhere</h3>
      <p>
        If you signed in on a computer or phone that is shared, lost or not yours, sign out everywhere. This signs you
        out on every device, straight away. You then sign in again where you need to.
      </p>
      <button type="button" class="ds_button" disabled={busy !== null} onClick={() => act(true)}>
        {busy === 'everywhere' ? 'Signing out everywhere…' : 'Sign out everywhere'}
      </button>
    </>
  );
}
