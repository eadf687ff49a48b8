// The commissioner's pages: [path pattern, screen]. The first is their home.
import { TenderList } from './TenderList.jsx';
import { NewTender, TenderDetails } from './TenderDetails.jsx';
import { TenderOverview } from './TenderOverview.jsx';
import { EditLot, Lots, NewLot } from './Lots.jsx';
import { Criteria, LotCriteria } from './Criteria.jsx';
import { Gates } from './Gates.jsx';
import { Timetable } from './Timetable.jsx';
import { RequiredDocuments } from './RequiredDocuments.jsx';
import { EditPanel, NewPanel, Panels } from './Panels.jsx';
import { BidEvaluation, Evaluation, Feedback } from './Evaluation.jsx';
import { Award } from './Award.jsx';
import { Clarifications } from './Clarifications.jsx';
import { Checklist } from './Checklist.jsx';
import { Records } from './Records.jsx';
import { Sessions } from './Sessions.jsx';
import { ReleaseFeedback } from './ReleaseFeedback.jsx';
import { InvitePanelMember, PanelMember, PanelMembers } from './PanelMembers.jsx';

const tender = '/tenders/:tender';

export const commissionerRoutes = [
  ['/tenders', TenderList],
  ['/tenders/new', NewTender],
  [tender, TenderOverview],
  [`${tender}/details`, TenderDetails],
  [`${tender}/lots`, Lots],
  [`${tender}/lots/new`, NewLot],
  [`${tender}/lots/:lot`, EditLot],
  [`${tender}/criteria`, Criteria],
  [`${tender}/lots/:lot/criteria`, LotCriteria],
  [`${tender}/gates`, Gates],
  [`${tender}/timetable`, Timetable],
  [`${tender}/documents`, RequiredDocuments],
  [`${tender}/sessions`, Sessions],
  [`${tender}/panels`, Panels],
  [`${tender}/panels/new`, NewPanel],
  [`${tender}/panels/:panel`, EditPanel],
  [`${tender}/evaluation`, Evaluation],
  [`${tender}/bids/:bid`, BidEvaluation],
  [`${tender}/bids/:bid/feedback`, Feedback],
  [`${tender}/release-feedback`, ReleaseFeedback],
  [`${tender}/award`, Award],
  [`${tender}/clarifications`, Clarifications],
  [`${tender}/checklist`, Checklist],
  [`${tender}/records`, Records],
  ['/panel-members', PanelMembers],
  ['/panel-members/invite', InvitePanelMember],
  ['/panel-members/:id', PanelMember],
];
