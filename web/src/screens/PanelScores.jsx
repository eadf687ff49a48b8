// After sending their own, the panellist sees the whole panel's scores for the
// bid, with the disagreement flags and any agreed scores.
import { get } from '../api.js';
import { useEffect } from 'preact/hooks';
import { PageHeading } from '../components/PageHeading.jsx';
import { Loading } from '../components/Loading.jsx';
import { ErrorPage } from '../components/ErrorMessage.jsx';
import { Explain } from '../components/Explain.jsx';
import { CriterionScores } from '../components/CriterionScores.jsx';
import { useLoad } from '../load.js';
import { bidPath, loadPanelBid, lotPath } from '../panels.js';
import { Link, navigate } from '../router.jsx';
import { redirectFor } from '../scoring.js';
import { useSession } from '../session.js';

export async function loadScores(panelId, bidId) {
  const [context, scores, evaluation] = await Promise.all([
    loadPanelBid(panelId, bidId),
    get(`/bids/${bidId}/scores`),
    get(`/bids/${bidId}/evaluation`),
  ]);
  const names = Object.fromEntries(scores.panellists.map((p) => [p.user_id, p.display_name]));
  const scaleLabel = (score) => evaluation.scale.find((p) => p.score === score)?.label ?? '';
  return { ...context, scores, evaluation, names, scaleLabel };
}

export function PanelScores({ panel: panelId, bid: bidId }) {
  const { me } = useSession();
  const base = bidPath(panelId, bidId);
  const { data, error } = useLoad(() => loadScores(panelId, bidId), [panelId, bidId]);
  const redirect = error?.kind === 'scores-hidden' ? `${base}/review` : redirectFor(error, base);
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);
  if (error && !redirect) return <ErrorPage error={error} back="/panels" backText="Back to my panels" />;
  if (!data) return <Loading what="the panel’s scores" />;
  const { panel, bid, scores, names, scaleLabel } = data;
  const scoring = scores.panellists.filter((p) => !p.conflicted);
  const waiting = scoring.filter((p) => !p.submitted);
  const flagged = scores.criteria.filter((c) => c.aggregate?.flagged).length;
  return (
    <>
      <Link href={lotPath(panelId, bid.lot.id)} class="ds_back-link">
        Back to the bids in lot {bid.lot.number}
      </Link>
      <PageHeading caption={bid.consortium.name}>The panel’s scores</PageHeading>
      <ul class="scores-summary" data-testid="scores-summary">
        <li>
          {scoring.length - waiting.length} of {scoring.length} panel members have sent their scores.
          {waiting.length > 0 && ` Still to send: ${waiting.map((p) => p.display_name).join(', ')}.`}
        </li>
        <li>
          {flagged === 0
            ? 'No questions are flagged: the scores are close together.'
            : `${flagged} ${flagged === 1 ? 'question is' : 'questions are'} flagged because the scores are far apart.`}
        </li>
        {scores.panel_weighted_score && <li>Overall score from the panel’s scores so far: {scores.panel_weighted_score}%.</li>}
        {scores.moderated_weighted_score && <li>Overall score from the agreed scores: {scores.moderated_weighted_score}%.</li>}
      </ul>
      <Explain term="flag" question="What does “flagged” mean?" />
      {panel.chair && (
        <p>
          <Link href={`${base}/moderation`} class="ds_button">
            Agree final scores (moderation)
          </Link>
        </p>
      )}
      {scores.criteria.map((c) => (
        <CriterionScores key={c.criterion} criterion={c} names={names} me={me.id} scaleLabel={scaleLabel} />
      ))}
    </>
  );
}
