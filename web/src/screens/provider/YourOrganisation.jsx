// A care provider's own organisation, for its organisation administrators (GET /me
// organisation_admin): /organisation its details, to change; /organisation/people its
// people, to invite, deactivate or reactivate, and to make administrators too. The
// people pages are the admin's own (people/), narrowed to this organisation.
import { useState } from 'preact/hooks';
import { get } from '../../api.js';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Loading } from '../../components/Loading.jsx';
import { PageHeading } from '../../components/PageHeading.jsx';
import { useLoad } from '../../load.js';
import { Link } from '../../router.jsx';
import { useSession } from '../../session.js';
import { OrganisationDetails } from '../organisations/OrganisationDetails.jsx';
import { InviteForm } from '../people/InviteForm.jsx';
import { PeopleList } from '../people/PeopleList.jsx';
import { PersonPage } from '../people/PersonPage.jsx';

const base = '/organisation/people';

export function YourOrganisation() {
  const { me } = useSession();
  const id = me.organisation?.id;
  const { data, error } = useLoad(() => get(`/organisations/${encodeURIComponent(id)}`), [id]);
  const [saved, setSaved] = useState(null);
  if (error) return <ErrorPage error={error} back="/work" backText="Back to your work" />;
  if (!data) return <Loading what="your organisation" />;
  const organisation = saved ?? data;
  const admin = Boolean(me.organisation_admin);
  return (
    <>
      <PageHeading caption={organisation.name}>Your organisation</PageHeading>
      <p class="ds_leader">
        {admin
          ? 'You are one of its administrators: you keep its details up to date and look after its people’s accounts.'
          : 'Only its administrators can change these details or look after its people’s accounts.'}
      </p>
      <h2>Details</h2>
      <p>Buyers and partners see these details. They head your organisation’s letters.</p>
      <OrganisationDetails organisation={organisation} canChange={admin} onSaved={setSaved} />
      {admin && (
        <>
          <h2>People</h2>
          <p>
            <Link href={base}>People in {organisation.name}</Link>: invite a colleague, see who has an account, or
            deactivate the account of someone who has left.
          </p>
        </>
      )}
      <p>
        <Link href="/work">Back to your work</Link>
      </p>
    </>
  );
}

export function Colleagues() {
  const { me } = useSession();
  return (
    <>
      <PageHeading caption={me.organisation?.name}>People in your organisation</PageHeading>
      <p class="ds_leader">Everyone with an account in {me.organisation?.name ?? 'your organisation'}.</p>
      <p>
        <Link href={`${base}/invite`} class="ds_button">
          Invite a colleague
        </Link>
      </p>
      <PeopleList base={base} roles={false} showOrganisation={false} organisationId={me.organisation?.id} />
      <p>
        <Link href="/organisation">Back to your organisation</Link>
      </p>
    </>
  );
}

export function InviteColleague() {
  const { me } = useSession();
  return (
    <>
      <PageHeading caption={me.organisation?.name}>Invite a colleague</PageHeading>
      <p class="ds_leader">
        We email them a link to choose their password. The link works for a few days; you can send it again.
      </p>
      <InviteForm base={base} role="provider" organisationId={me.organisation?.id} />
    </>
  );
}

export function Colleague({ id }) {
  return <PersonPage id={id} base={base} backText="Back to people in your organisation" canResetTwoFactor={false} />;
}
