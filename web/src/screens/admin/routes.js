// The administrator's pages: [path pattern, screen]. The first is their home.
import { AdminHome } from './AdminHome.jsx';
import { AdminPeople, AdminInvite, AdminPerson } from './People.jsx';
import { AdminSettings } from './Settings.jsx';
import { AdminOutbox } from './Outbox.jsx';
import { AdminOrganisations } from './Organisations.jsx';
import { AdminOrganisation } from './Organisation.jsx';
import { AdminRegistration } from './Registration.jsx';
import { AdminAudit } from './AuditTrail.jsx';

export const adminRoutes = [
  ['/admin', AdminHome],
  ['/admin/people', AdminPeople],
  ['/admin/people/invite', AdminInvite],
  ['/admin/people/:id', AdminPerson],
  ['/admin/settings', AdminSettings],
  ['/admin/outbox', AdminOutbox],
  ['/admin/organisations', AdminOrganisations],
  ['/admin/organisations/:id', AdminOrganisation],
  ['/admin/registrations/:id', AdminRegistration],
  ['/admin/audit', AdminAudit],
];
