// The routes, and the landing page that sends each person to their own home.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Layout } from './components/Layout.jsx';
import { Loading } from './components/Loading.jsx';
import { ErrorPage } from './components/ErrorMessage.jsx';
import { announce } from './components/Announcer.jsx';
import { match, navigate, nextPath, usePath } from './router.jsx';
import { CSRF_KEY, getCsrf } from './api.js';
import { explain } from './problems.js';
import { ENROL_PATH, SessionContext, loadMe, mustEnrol, signOut } from './session.js';
import { TwoFactorEnrol } from './screens/accounts/TwoFactorEnrol.jsx';
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
import { publicRoutes } from './screens/public/routes.js';
import { Account } from './screens/Account.jsx';
import { Welcome } from './screens/accounts/Welcome.jsx';
import { ForgotPassword } from './screens/accounts/ForgotPassword.jsx';
import { ResetPassword } from './screens/accounts/ResetPassword.jsx';
import { ConfirmEmail } from './screens/accounts/ConfirmEmail.jsx';
import { Register } from './screens/register/Register.jsx';
import { ConfirmRegistration } from './screens/register/ConfirmRegistration.jsx';
import { adminRoutes } from './screens/admin/routes.js';

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
  admin: adminRoutes,
};
// Every signed-in person's pages, whatever their role.
const everyoneRoutes = [['/account', Account], [ENROL_PATH, TwoFactorEnrol], ...notificationRoutes];
// Pages that work signed out too, the same for everyone.
const openRoutes = [
  ['/help/words', Words],
  ['/help/accessibility', Accessibility],
  // From the emails: an invitation, a password reset; and asking for the latter.
  ['/welcome', Welcome],
  ['/reset-password', ResetPassword],
  ['/confirm-email', ConfirmEmail],
  ['/forgot-password', ForgotPassword],
  // A care provider registering its organisation, and the link emailed to confirm it.
  ['/register', Register],
  ['/register/confirm', ConfirmRegistration],
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
  const home = nextPath() ?? routesByRole[me.role]?.[0]?.[0];
  useEffect(() => {
    if (home) navigate(home, { replace: true });
  }, [me]);
  if (home) return <Loading />;
  return <ComingSoon me={me} />;
}

const endedWords = 'You have been signed out. Please sign in again. Anything you wrote is kept on this device.';

export function App() {
  const path = usePath();
  const [me, setMe] = useState(undefined);
  const [error, setError] = useState(null);
  // Why the sign-in page shows, when the session ended rather than never began.
  const [ended, setEnded] = useState(false);
  const signedIn = useRef(false);
  signedIn.current = Boolean(me);

  useEffect(() => {
    loadMe().then(setMe, setError);
    const expired = () => {
      setMe(null);
      setEnded(true);
      announce(endedWords);
    };
    // Another tab signed out (the CSRF token went) or someone signed in (a new one came).
    const otherTab = (event) => {
      if (event.key !== CSRF_KEY && event.key !== null) return; // null: the storage was cleared
      if (getCsrf()) loadMe().then(setMe, () => {}); // unreachable just now: the next request tells
      else if (signedIn.current) expired();
    };
    // A page was refused because the person must turn on two-factor sign-in first.
    const enrol = () => loadMe().then(setMe, () => {});
    window.addEventListener('collabtender:signed-out', expired);
    window.addEventListener('collabtender:must-enrol', enrol);
    window.addEventListener('storage', otherTab);
    return () => {
      window.removeEventListener('collabtender:signed-out', expired);
      window.removeEventListener('collabtender:must-enrol', enrol);
      window.removeEventListener('storage', otherTab);
    };
  }, []);

  // Signed in by a page that then goes where it means to (welcome, a new password).
  const signedInHere = (person) => {
    setEnded(false);
    setMe(person);
  };
  const onSignedIn = (person) => {
    signedInHere(person);
    const next = nextPath();
    if (next) navigate(next, { replace: true });
  };

  // Throws nothing: if the service cannot be told, the person stays signed in, hears
  // why, and the words come back (null once signed out) for the page to show.
  const onSignOut = async ({ everywhere = false } = {}) => {
    try {
      await signOut({ everywhere });
    } catch (e) {
      const words = `You are still signed in. ${explain(e)}`;
      announce(words);
      return words;
    }
    setEnded(false);
    setMe(null);
    navigate('/');
    announce(everywhere ? 'You have signed out on every device.' : 'You have signed out.');
    return null;
  };

  // Someone who must turn on two-factor sign-in sees only that page, whatever they asked
  // for, then goes on to what they asked for.
  const forced = Boolean(me) && mustEnrol(me) && !find(openRoutes, path);
  useEffect(() => {
    if (!forced || path === ENROL_PATH) return;
    const back = path === '/' || path === '/sign-in' ? nextPath() : path + location.search;
    navigate(back ? `${ENROL_PATH}?next=${encodeURIComponent(back)}` : ENROL_PATH, { replace: true });
  }, [forced, path]);
  const refresh = () => loadMe().then(setMe, () => {});

  let content;
  const open = find(openRoutes, path);
  const notice = find(publicRoutes, path);
  if (open) content = <open.Screen {...open.params} />;
  else if (error) content = <ErrorPage error={error} />;
  else if (me === undefined) content = <Loading />;
  else if (me === null) content = notice ? <notice.Screen {...notice.params} /> : <SignIn onSignedIn={onSignedIn} ended={ended} />;
  else if (forced) content = path === ENROL_PATH ? <TwoFactorEnrol forced /> : <Loading />;
  else if (path === '/' || path === '/sign-in') content = <Home me={me} />;
  else {
    // A role's own page first: a provider's /opportunities has interest and partnerships.
    const found = find(routesByRole[me.role] ?? [], path) ?? find(everyoneRoutes, path) ?? notice;
    content = found ? <found.Screen {...found.params} /> : <NotFound />;
  }

  return (
    <SessionContext.Provider value={{ me, signOut: onSignOut, signedIn: signedInHere, refresh }}>
      <Layout me={me} onSignOut={() => onSignOut()}>
        {content}
      </Layout>
    </SessionContext.Provider>
  );
}
