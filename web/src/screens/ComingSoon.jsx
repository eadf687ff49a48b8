// The home of a role with no screens yet, which is now only the administrator's.
// It says plainly what an administrator can do today, on the server or through
// the API (routes in service/routes.cpp), and that their screens come later,
// rather than pretending.
import { PageHeading } from '../components/PageHeading.jsx';
import { Link } from '../router.jsx';

export function ComingSoon({ me }) {
  return (
    <>
      <PageHeading caption={me.organisation?.name}>Welcome, {me.display_name}</PageHeading>
      <div class="ds_notification-panel ds_notification-panel--neutral coming-soon" data-testid="coming-soon">
        <p>
          <strong class="ds_tag ds_tag--orange">Coming soon</strong>
        </p>
        <h2 class="ds_notification-panel__title">
          {me.role === 'admin' ? 'Screens for administrators' : 'Screens for your role'} come in a later release
        </h2>
        <div class="ds_notification-panel__content">
          <p>
            Panel members, care providers and commissioners already do their work on these pages.
            {me.role === 'admin' && ' Until your screens are here, you do an administrator’s work on the server or through the service’s API, as below.'}
          </p>
        </div>
      </div>
      {me.role === 'admin' && <AdminToday />}
    </>
  );
}

function AdminToday() {
  return (
    <div class="admin-today" data-testid="admin-today">
      <h2>What you can do today</h2>

      <h3>Register organisations and create accounts</h3>
      <p>On the server, with the service’s own command (each also takes <code>--database-url</code>):</p>
      <ul>
        <li>
          <code>collabtender admin create-organisation --name NAME --kind provider</code> (or{' '}
          <code>commissioning_body</code>) registers an organisation and prints its id. A care provider can have its
          charity, company or Care Inspectorate number, so people can tell similar names apart.
        </li>
        <li>
          <code>collabtender admin create-user --email EMAIL --role ROLE --organisation ID --display-name NAME</code>{' '}
          creates an account (the role is admin, commissioner, panellist or provider) with the password it reads from
          standard input. Add <code>--authorised-signatory</code> for a care provider’s staff member who may sign off
          bids.
        </li>
      </ul>
      <p>
        Or through the API: <code>POST /api/v1/organisations</code> and <code>POST /api/v1/users</code>; to make someone
        an authorised signatory later, <code>PATCH /api/v1/users/ID</code>.
      </p>

      <h3>See emails that could not be sent</h3>
      <p>
        <code>GET /api/v1/admin/outbox</code> counts the emails waiting, sent and failed, and lists the failed ones with
        the reason. <code>POST /api/v1/admin/outbox/ID/retry</code> sends one again.
      </p>

      <h3>Check the audit trail</h3>
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
