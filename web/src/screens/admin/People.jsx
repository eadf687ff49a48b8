// The administrator's people pages: everyone's accounts, inviting anyone into any
// organisation, and one person's account.
import { PageHeading } from '../../components/PageHeading.jsx';
import { Link } from '../../router.jsx';
import { InviteForm } from '../people/InviteForm.jsx';
import { PeopleList } from '../people/PeopleList.jsx';
import { PersonPage } from '../people/PersonPage.jsx';
import { RecentAudit } from './AuditTrail.jsx';

const base = '/admin/people';

export function AdminPeople() {
  return (
    <>
      <PageHeading>People</PageHeading>
      <p class="ds_leader">Everyone with an account: find someone, invite someone, or deactivate an account.</p>
      <p>
        <Link href={`${base}/invite`} class="ds_button">
          Invite someone
        </Link>
      </p>
      <PeopleList base={base} />
      <p>
        <Link href="/admin">Back to your home page</Link>
      </p>
    </>
  );
}

export function AdminInvite() {
  return (
    <>
      <PageHeading>Invite someone</PageHeading>
      <p class="ds_leader">
        We email them a link to choose their password. The link works for a few days; you can send it again.
      </p>
      <InviteForm base={base} />
    </>
  );
}

export function AdminPerson({ id }) {
  return (
    <PersonPage
      id={id}
      base={base}
      backText="Back to people"
      below={(person) => <RecentAudit key={JSON.stringify(person)} entityType="user" entityId={id} what="this account" />}
    />
  );
}
