// Scoring one question of a bid: the bidder's answer beside what to look for,
// the scale as large radio buttons with every descriptor, the reason for the
// score and advice to the bidder, each saved automatically.
import { PageHeading } from '../components/PageHeading.jsx';
import { Loading } from '../components/Loading.jsx';
import { ErrorPage } from '../components/ErrorMessage.jsx';
import { Explain } from '../components/Explain.jsx';
import { ScoreRadios } from '../components/ScoreRadios.jsx';
import { SaveStatus } from '../components/SaveStatus.jsx';
import { WordCountTextarea } from '../components/WordCountTextarea.jsx';
import { QuestionSteps } from '../components/QuestionSteps.jsx';
import { criterionStatus, flush, useDrafts } from '../drafts.js';
import { lotPath } from '../panels.js';
import { sentence } from '../problems.js';
import { Link, navigate } from '../router.jsx';
import { useOpenScoresheet } from '../scoring.js';
import { useSession } from '../session.js';
import { wordCount } from '../words.js';

function Paragraphs({ text }) {
  const parts = String(text ?? '').split(/\n\s*\n/).filter((p) => p.trim());
  if (parts.length === 0) return <p class="ds_hint-text">The bidder did not answer this question.</p>;
  return parts.map((p, i) => <p key={i}>{p}</p>);
}

export function ScoreCriterion({ panel: panelId, bid: bidId, number }) {
  const { me } = useSession();
  useDrafts();
  const { data, values, change, base, failed, ready } = useOpenScoresheet(me.id, panelId, bidId);

  if (failed) return <ErrorPage error={failed} back="/panels" backText="Back to my panels" />;
  if (!ready) return <Loading what="the bid" />;

  const { bid, evaluation } = data;
  const total = evaluation.criteria.length;
  const index = Number(number) - 1;
  const criterion = evaluation.criteria[index];
  if (!criterion) return <ErrorPage message="This bid has no question with that number." back={`${base}/questions/1`} backText="Go to the first question" />;
  const value = values[index];
  const fieldErrors = criterionStatus(me.id, bidId, index).fieldErrors ?? {};
  const excluded = bid.gates === 'excluded';
  const stage1 = evaluation.stage === 1;
  const last = index === total - 1;
  const next = last ? `${base}/review` : `${base}/questions/${index + 2}`;

  const goNext = async (event) => {
    event.preventDefault();
    // Saving goes on in the background even if this is slow or offline.
    await Promise.race([flush(me.id, bidId), new Promise((resolve) => setTimeout(resolve, 1500))]);
    navigate(next);
  };

  return (
    <>
      <Link href={lotPath(panelId, bid.lot.id)} class="ds_back-link">
        Back to the bids in lot {bid.lot.number}
      </Link>
      <PageHeading caption={`${bid.consortium.name} · Question ${index + 1} of ${total}`}>{criterion.title}</PageHeading>
      <QuestionSteps base={base} criteria={evaluation.criteria} values={values} current={index} />
      <p class="criterion-weight">
        This question is worth <strong>{criterion.weight}%</strong> of the total score.
      </p>
      {excluded && (
        <div class="ds_notification-panel ds_notification-panel--neutral">
          <p>This bid did not meet one of the minimum requirements, so it is not scored. You can still read it.</p>
        </div>
      )}
      <div class="score-layout">
        <section class="score-layout__response" aria-labelledby="response-heading">
          <h2 id="response-heading">What the bidder wrote</h2>
          <div class="bid-response" data-testid="bid-response">
            <Paragraphs text={criterion.response} />
          </div>
          <p class="ds_hint-text">
            {wordCount(criterion.response)} words{criterion.word_limit ? ` (the limit was ${criterion.word_limit})` : ''}
          </p>
        </section>
        <aside class="score-layout__guidance" aria-labelledby="guidance-heading">
          <h2 id="guidance-heading">What to look for</h2>
          <p>{criterion.panel_guidance || 'The commissioner gave no extra guidance for this question.'}</p>
          {criterion.bidder_guidance && (
            <>
              <h3>What the bidder was asked</h3>
              <p>{criterion.bidder_guidance}</p>
            </>
          )}
        </aside>
      </div>
      {!excluded && (
        <form onSubmit={goNext} noValidate class="score-form">
          <ScoreRadios
            name="score"
            legend={`Your score for “${criterion.title}”`}
            hint="Choose the description that fits the answer best."
            scale={evaluation.scale}
            value={value.score}
            onChange={(score) => change(index, 'score', score)}
            error={fieldErrors['/score'] && sentence(fieldErrors['/score'])}
          />
          <WordCountTextarea
            id="justification"
            label="Why did you give this score?"
            hint="Say what in the answer led you to this score. The rest of the panel will read this; the bidder will not."
            value={value.justification}
            onInput={(text) => change(index, 'justification', text)}
            error={fieldErrors['/justification'] && sentence(fieldErrors['/justification'])}
          />
          {stage1 && (
            <WordCountTextarea
              id="advice"
              label="Advice to the bidder (optional)"
              hint="What could make this answer better for the second stage? The bidder will read this, but not your name."
              value={value.advice}
              onInput={(text) => change(index, 'advice', text)}
              error={fieldErrors['/advice'] && sentence(fieldErrors['/advice'])}
              rows={4}
            />
          )}
          <Explain question="Who reads what I write here?">
            <p>
              The rest of the panel and the commissioner read your score and your reason, after you have sent them.
              {stage1 && ' Your advice is passed to the bidder without your name, to help them improve their bid.'}
            </p>
          </Explain>
          <SaveStatus user={me.id} bid={bidId} criterion={index} />
          <div class="ds_button-group form-actions">
            <button type="submit" class="ds_button">
              {last ? 'Next: check your scores' : `Next: question ${index + 2}`}
            </button>
            {index > 0 && (
              <Link href={`${base}/questions/${index}`} class="ds_button ds_button--secondary">
                Back to question {index}
              </Link>
            )}
          </div>
        </form>
      )}
    </>
  );
}
