// The provider's pages: [path pattern, screen]. The first is their home.
// Finding work and forming partnerships come first; the bid workspace follows.
import '../../styles/provider-entry.css';
import { workspaceRoutes } from './workspace/routes.js';
import { Work } from './Work.jsx';
import { Opportunities } from './Opportunities.jsx';
import { Opportunity } from './Opportunity.jsx';
import { Partners } from './Partners.jsx';
import { ConsortiumNew } from './ConsortiumNew.jsx';
import { Consortium } from './Consortium.jsx';
import { Invitations } from './Invitations.jsx';
import { Feedback } from './Feedback.jsx';
import { Outcome } from './Outcome.jsx';
import { Colleague, Colleagues, InviteColleague, YourOrganisation } from './YourOrganisation.jsx';

const entryRoutes = [
  ['/work', Work],
  ['/opportunities', Opportunities],
  ['/opportunities/:tender', Opportunity],
  ['/opportunities/:tender/lots/:lot/partners', Partners],
  ['/opportunities/:tender/consortia/new', ConsortiumNew],
  ['/consortia/:consortium', Consortium],
  ['/invitations', Invitations],
  ['/bids/:bid/feedback', Feedback],
  ['/bids/:bid/outcome', Outcome],
  // An organisation administrator's: the organisation's details and people.
  ['/organisation', YourOrganisation],
  ['/organisation/people', Colleagues],
  ['/organisation/people/invite', InviteColleague],
  ['/organisation/people/:id', Colleague],
];

export const providerRoutes = [...entryRoutes, ...workspaceRoutes];
