// The routes, and the landing page that sends each person to their own home.
import { useEffect, useState } from 'preact/hooks';
import { Layout } from './components/Layout.jsx';
import { Loading } from './components/Loading.jsx';
import { ErrorPage } from './components/ErrorMessage.jsx';
import { announce } from './components/Announcer.jsx';
import { match, navigate, usePath } from './router.jsx';
import { SessionContext, loadMe, signOut } from './session.js';
import { SignIn } from './screens/SignIn.jsx';
import { ComingSoon } from './screens/ComingSoon.jsx';
import { MyPanels } from './screens/MyPanels.jsx';
import { LotBids } from './screens/LotBids.jsx';
import { BidStart } from './screens/BidStart.jsx';
import { ConflictQuestion } from './screens/ConflictQuestion.jsx';
import { Conflicted } from './screens/Conflicted.jsx';
import { ScoreCriterion } from './screens/ScoreCriterion.jsx';
import { Review } from './screens/Review.jsx';
import { Submitted } from './screens/Submitted.jsx';
import { PanelScores } from './screens/PanelScores.jsx';
import { Moderation } from './screens/Moderation.jsx';
import { OrganisationLinks } from './screens/OrganisationLinks.jsx';
import { Words } from './screens/Words.jsx';
import { Accessibility } from './screens/Accessibility.jsx';
import { NotFound } from './screens/NotFound.jsx';
import { providerRoutes } from './screens/provider/routes.js';
import { commissionerRoutes } from './screens/commissioner/routes.js';
import { notificationRoutes, openNotificationRoutes } from './screens/notifications/routes.js';

const bid = '/panels/:panel/bids/:bid';
const panellistRoutes = [
  ['/panels', MyPanels],
  ['/my-links', OrganisationLinks],
  ['/panels/:panel/lots/:lot', LotBids],
  [bid, BidStart],
  [`${bid}/conflict`, ConflictQuestion],
  [`${bid}/not-scoring`, Conflicted],
  [`${bid}/questions/:number`, ScoreCriterion],
  [`${bid}/review`, Review],
  [`${bid}/sent`, Submitted],
  [`${bid}/panel-scores`, PanelScores],
  [`${bid}/moderation`, Moderation],
];
// Each role's pages; the first route of each is that role's home.
const routesByRole = {
  panellist: panellistRoutes,
  provider: providerRoutes,
  commissioner: commissionerRoutes,
};
// Every signed-in person's pages, whatever their role.
const everyoneRoutes = notificationRoutes;
// Pages that work signed out too.
const openRoutes = [
  ['/help/words', Words],
  ['/help/accessibility', Accessibility],
  ...openNotificationRoutes,
];

function find(routes, path) {
  for (const [pattern, Screen] of routes) {
    const params = match(pattern, path);
    if (params) return { Screen, params };
  }
  return null;
}

function Home({ me }) {
  const home = routesByRole[me.role]?.[0]?.[0];
  useEffect(() => {
    if (home) navigate(home, { replace: true });
  }, [me]);
  if (home) return <Loading />;
  return <ComingSoon me={me} />;
}

export function App() {
  const path = usePath();
  const [me, setMe] = useState(undefined);
  const [error, setError] = useState(null);

  useEffect(() => {
    loadMe().then(setMe, (e) => (e.status === 401 ? setMe(null) : setError(e)));
    const expired = () => {
      setMe(null);
      announce('You have been signed out. Please sign in again. Anything you wrote is kept on this device.');
    };
    window.addEventListener('collabtender:signed-out', expired);
    return () => window.removeEventListener('collabtender:signed-out', expired);
  }, []);

  const onSignOut = async () => {
    await signOut();
    setMe(null);
    navigate('/');
    announce('You have signed out.');
  };

  let content;
  const open = find(openRoutes, path);
  if (open) content = <open.Screen {...open.params} />;
  else if (error) content = <ErrorPage error={error} />;
  else if (me === undefined) content = <Loading />;
  else if (me === null) content = <SignIn onSignedIn={setMe} />;
  else if (path === '/' || path === '/sign-in') content = <Home me={me} />;
  else {
    const found = find(routesByRole[me.role] ?? [], path) ?? find(everyoneRoutes, path);
    content = found ? <found.Screen {...found.params} /> : <NotFound />;
  }

  return (
    <SessionContext.Provider value={{ me }}>
      <Layout me={me} onSignOut={onSignOut}>
        {content}
      </Layout>
    </SessionContext.Provider>
  );
}
