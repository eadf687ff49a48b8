// The published notices, which anyone may read (issue 23 §5), signed in or not. A
// signed-in provider's own pages at these paths (provider/routes.js) come first.
import '../../styles/provider-entry.css';
import { Notices } from './Notices.jsx';
import { Notice } from './Notice.jsx';

export const publicRoutes = [
  ['/opportunities', Notices],
  ['/opportunities/:tender', Notice],
];
