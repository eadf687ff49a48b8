// The collaborative bid workspace's pages: [path pattern, screen].
import { BidOverview } from './BidOverview.jsx';
import { Section } from './Section.jsx';
import { SectionHistory } from './SectionHistory.jsx';
import { Library } from './Library.jsx';
import { SignOff } from './SignOff.jsx';
import { Submit } from './Submit.jsx';
import { BidPreview } from './BidPreview.jsx';

export const workspaceRoutes = [
  ['/bids/:bid', BidOverview],
  ['/bids/:bid/sections/:section', Section],
  ['/bids/:bid/sections/:section/history', SectionHistory],
  ['/bids/:bid/sign-off', SignOff],
  ['/bids/:bid/preview', BidPreview],
  ['/bids/:bid/submit', Submit],
  ['/library', Library],
];
