// A commissioner's own body's panel members: the list, inviting one (the role is
// fixed: a commissioner invites panel members into their own body only), and one
// member's account, deactivated or reactivated with a reason. The service narrows
// every list and change to the commissioner's own body.
import { PageHeading } from '../../components/PageHeading.jsx';
import { Link } from '../../router.jsx';
import { useSession } from '../../session.js';
import { InviteForm } from '../people/InviteForm.jsx';
import { PeopleList } from '../people/PeopleList.jsx';
import { PersonPage } from '../people/PersonPage.jsx';

const base = '/panel-members';

export function PanelMembers() {
  const { me } = useSession();
  return (
    <>
      <PageHeading caption={me.organisation?.name}>Panel members</PageHeading>
      <p class="ds_leader">
        The people who can sit on your organisation’s evaluation panels. Invite someone new here, then add them to a
        tender’s panel on its Panels page.
      </p>
      <p>
        <Link href={`${base}/invite`} class="ds_button">
          Invite a panel member
        </Link>
      </p>
      <PeopleList base={base} roles={false} showOrganisation={false} />
      <p>
        <Link href="/tenders">Back to your tenders</Link>
      </p>
    </>
  );
}

export function InvitePanelMember() {
  const { me } = useSession();
  return (
    <>
      <PageHeading caption={me.organisation?.name}>Invite a panel member</PageHeading>
      <p class="ds_leader">
        We email them a link to choose their password. They join {me.organisation?.name ?? 'your organisation'} as a
        panel member, and you can then add them to a panel.
      </p>
      <InviteForm base={base} role="panellist" />
    </>
  );
}

export function PanelMember({ id }) {
  return <PersonPage id={id} base={base} backText="Back to panel members" />;
}
