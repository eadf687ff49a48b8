// Check your scores, then "Submit my scores": after that they cannot change.
import { useState } from 'preact/hooks';
import { post } from '../api.js';
import { PageHeading } from '../components/PageHeading.jsx';
import { Loading } from '../components/Loading.jsx';
import { ErrorPage, ErrorSummary } from '../components/ErrorMessage.jsx';
import { QuestionSteps } from '../components/QuestionSteps.jsx';
import { flush } from '../drafts.js';
import { lotPath } from '../panels.js';
import { explain } from '../problems.js';
import { Link, navigate } from '../router.jsx';
import { missingReason, missingScore, useOpenScoresheet } from '../scoring.js';
import { useSession } from '../session.js';

function Answer({ label, children, missing }) {
  return (
    <div class="ds_summary-list__item">
      <dt class="ds_summary-list__key">{label}</dt>
      <dd class="ds_summary-list__value">
        {missing ? <strong class="review-missing">{missing}</strong> : <q class="ds_summary-list__answer">{children}</q>}
      </dd>
    </div>
  );
}

export function Review({ panel: panelId, bid: bidId }) {
  const { me } = useSession();
  const { data, values, base, failed, ready } = useOpenScoresheet(me.id, panelId, bidId);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);

  if (failed) return <ErrorPage error={failed} back="/panels" backText="Back to my panels" />;
  if (!ready) return <Loading what="your scores" />;
  const { bid, evaluation } = data;
  const criteria = evaluation.criteria;
  const scaleLabel = (score) => evaluation.scale.find((p) => p.score === score)?.label ?? '';

  const gaps = [];
  criteria.forEach((c, i) => {
    const href = `${base}/questions/${i + 1}`;
    if (missingScore(values[i])) gaps.push({ href, text: `Question ${i + 1}, ${c.title}: choose a score` });
    if (missingReason(values[i])) gaps.push({ href, text: `Question ${i + 1}, ${c.title}: say why you gave this score` });
  });

  const focusSummary = () => setTimeout(() => document.querySelector('.ds_error-summary')?.focus(), 0);
  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    if (gaps.length > 0) {
      setProblem('Please finish every question before you send your scores.');
      focusSummary();
      return;
    }
    setBusy(true);
    const saved = await flush(me.id, bidId);
    if (!saved) {
      setProblem('Some of your changes are not saved yet, so your scores cannot be sent. Please check your connection; we will keep trying to save them.');
      setBusy(false);
      focusSummary();
      return;
    }
    try {
      await post(`/bids/${bidId}/my-scores/submission`);
      navigate(`${base}/sent`);
    } catch (e) {
      setProblem(explain(e));
      setBusy(false);
      focusSummary();
    }
  };

  return (
    <>
      <Link href={lotPath(panelId, bid.lot.id)} class="ds_back-link">
        Back to the bids in lot {bid.lot.number}
      </Link>
      <PageHeading caption={bid.consortium.name}>Check your scores before you send them</PageHeading>
      <QuestionSteps base={base} criteria={criteria} values={values} current="review" />
      <ErrorSummary message={problem} errors={problem && gaps.length > 0 ? gaps : []} />
      {criteria.map((c, i) => {
        const v = values[i];
        return (
          <section class="review-card" key={i} aria-labelledby={`review-${i}`} data-testid={`review-${i}`}>
            <h2 id={`review-${i}`} class="review-card__title">
              Question {i + 1}: {c.title}
            </h2>
            <dl class="ds_summary-list">
              <div class="ds_summary-list__item">
                <dt class="ds_summary-list__key">Your score</dt>
                <dd class="ds_summary-list__value">
                  {missingScore(v) ? (
                    <strong class="review-missing">Not scored yet</strong>
                  ) : (
                    <strong>
                      {v.score} – {scaleLabel(v.score)}
                    </strong>
                  )}
                </dd>
              </div>
              <Answer label="Why you gave this score" missing={missingReason(v) && 'Not written yet'}>
                {v.justification}
              </Answer>
              {evaluation.stage === 1 && (
                <Answer label="Advice to the bidder" missing={!v.advice?.trim() && 'None (this is optional)'}>
                  {v.advice}
                </Answer>
              )}
            </dl>
            <p>
              <Link href={`${base}/questions/${i + 1}`}>
                Change your answers<span class="visually-hidden"> for question {i + 1}, {c.title}</span>
              </Link>
            </p>
          </section>
        );
      })}
      <div class="ds_inset-text">
        <p class="ds_inset-text__text">
          Once you send your scores you cannot change them. You will then see the scores the rest of the panel has sent.
        </p>
      </div>
      <form onSubmit={submit} noValidate>
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Sending…' : 'Submit my scores'}
        </button>
      </form>
    </>
  );
}
