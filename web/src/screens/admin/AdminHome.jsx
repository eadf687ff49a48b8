// The administrator's home: their pages (organisations, people, settings, emails, audit trail), and what they still do on
// the server or through the API until those pages come (routes in service/routes.cpp).
import { PageHeading } from '../../components/PageHeading.jsx';
import { Link } from '../../router.jsx';
import { useSession } from '../../session.js';

// The administrator's areas.
const areas = [
  {
    href: '/admin/organisations',
    title: 'Organisations',
    text: 'Approve or refuse care providers’ registrations, find any organisation, change its details, see its people or close it.',
  },
  {
    href: '/admin/people',
    title: 'People',
    text: 'Find anyone with an account, invite someone, send an invitation again, deactivate or reactivate an account, reset someone’s two-factor sign-in.',
  },
  {
    href: '/admin/settings',
    title: 'Installation settings',
    text: 'Choose how this service works for everyone, such as whether administrators and commissioners must use two-factor sign-in.',
  },
  {
    href: '/admin/outbox',
    title: 'Emails',
    text: 'See how many emails are waiting, sent or could not be sent, why each failed one failed, and send it again.',
  },
  {
    href: '/admin/audit',
    title: 'Audit trail',
    text: 'See who did what to people’s accounts, organisations, registrations and settings, and when, newest first.',
  },
];

export function AdminHome() {
  const { me } = useSession();
  return (
    <>
      <PageHeading caption={me.organisation?.name}>Welcome, {me.display_name}</PageHeading>
      <ul class="lot-list admin-areas" aria-label="What you manage" data-testid="admin-areas">
        {areas.map((area) => (
          <li class="lot-card" key={area.href}>
            <h2 class="lot-card__title ds_h3">
              <Link href={area.href}>{area.title}</Link>
            </h2>
            <p>{area.text}</p>
          </li>
        ))}
      </ul>
      <AdminToday />
    </>
  );
}

function AdminToday() {
  return (
    <div class="admin-today" data-testid="admin-today">
      <h2>Not on these pages yet</h2>
      <p>Until they are, you do these on the server or through the service’s API.</p>

      <h3>Add a commissioning body</h3>
      <p>
        Care providers register themselves, and you decide on them under Organisations. A commissioning body (or a care
        provider you add yourself) is added on the server:{' '}
        <code>collabtender admin create-organisation --name NAME --kind commissioning_body</code> (or{' '}
        <code>provider</code>; it also takes <code>--database-url</code>) prints its id. Or through the API:{' '}
        <code>POST /api/v1/organisations</code>.
      </p>

      <h3>Check that the audit trail is unchanged</h3>
      <p>
        <code>GET /api/v1/audit/verify</code> checks that no record of what happened has been changed, and names the
        first one that has.
      </p>

      <h3>Read your notifications</h3>
      <p>
        <Link href="/notifications">Your notifications</Link> work here already, with your email choices.
      </p>

      <h3>Using the API</h3>
      <p>
        Sign in with <code>POST /api/v1/auth/login</code> (your email and password) and send the token it gives as{' '}
        <code>Authorization: Bearer TOKEN</code>. Every request is described in{' '}
        <a href="/api/v1/openapi.json">the API’s OpenAPI description</a> (a JSON file).
      </p>
    </div>
  );
}
