// The outcome letter for a bid: successful or not, why, your scores beside the
// successful bids', and when the standstill period ends. Shown here and saved as
// the service's printable letter (fetched with the token, saved from a Blob).
import { useState } from 'preact/hooks';
import { get } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Term } from '../../components/Term.jsx';
import { announce } from '../../components/Announcer.jsx';
import { useLoad } from '../../load.js';
import { explain } from '../../problems.js';
import { reasonDetails, reasonWords } from '../../reasons.js';
import { downloadFile, when } from './work.js';
import { BackFromBid } from './BackLink.jsx';

export function Outcome({ bid: bidId }) {
  const { data, error } = useLoad(async () => {
    const [letter, bid] = await Promise.all([get(`/bids/${bidId}/outcome-letter`), get(`/bids/${bidId}`)]);
    return { letter, bid };
  }, [bidId]);
  const [problem, setProblem] = useState(null);
  if (error) return <ErrorPage error={error} back="/work" backText="Back to your work" />;
  if (!data) return <Loading what="your outcome letter" />;
  const { letter: l, bid } = data;
  const won = l.outcome === 'successful';
  const download = async () => {
    setProblem(null);
    try {
      const name = await downloadFile(`/bids/${bidId}/outcome-letter`,
        `outcome-letter-${l.tender.reference}-lot-${l.lot.number}.html`, 'text/html');
      announce(`The letter is saved as ${name}.`);
    } catch (e) {
      setProblem(explain(e));
    }
  };
  return (
    <>
      <BackFromBid bidId={bidId} consortium={{ id: bid.consortium_id, name: l.consortium }} />
      <PageHeading caption={`${l.tender.title} · Lot ${l.lot.number}: ${l.lot.title}`}>Outcome of your bid</PageHeading>
      <div class={`outcome-panel${won ? ' outcome-panel--won' : ''}`} data-testid="outcome">
        <p class="outcome__headline">
          <strong>{won ? `${l.consortium}: your bid was successful.` : `${l.consortium}: your bid was not successful this time.`}</strong>
        </p>
        <p>
          {won
            ? 'The commissioner intends to give you the contract for this lot.'
            : 'The commissioner intends to give the contract for this lot to another bidder.'}{' '}
          The contract is signed after the <Term name="standstill">standstill period</Term>, which ends on{' '}
          <strong>{when(l.standstill_ends_at)}</strong>.
        </p>
      </div>
      <div class="button-row">
        <button type="button" class="ds_button ds_button--secondary" onClick={download}>
          Download the letter
        </button>
      </div>
      {problem && <p class="problem-message" role="alert">{problem}</p>}

      <h2>Why</h2>
      <ul data-testid="reasons">
        {reasonDetails(l).map((r, i) => <li key={i}>{reasonWords(r)}</li>)}
      </ul>

      <h2>Your scores and the successful {l.successful.length === 1 ? 'bid’s' : 'bids’'}</h2>
      <p>
        Each question’s score is the panel’s agreed score where the panel recorded one (usually where its members’
        scores were far apart); otherwise it is the panel’s average, the mean of its members’ scores. The total takes
        each question’s weight into account, as a percentage of the highest possible score.
      </p>
      <div class="table-wrap">
        <table class="ds_table outcome-table" data-testid="scores">
          <caption class="visually-hidden">Scores per question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Your score</th>
              {l.successful.map((s) => <th scope="col" key={s.consortium}>{s.consortium}</th>)}
            </tr>
          </thead>
          <tbody>
            {l.criteria.map((c, i) => (
              <tr key={c.title}>
                <th scope="row">
                  {c.title} <span class="scores-card__weight">(worth {c.weight}%)</span>
                </th>
                <td>{l.your_scores?.[i] ?? '–'}</td>
                {l.successful.map((s) => <td key={s.consortium}>{s.scores?.[i] ?? '–'}</td>)}
              </tr>
            ))}
            <tr>
              <th scope="row">Total (weighted)</th>
              <td><strong>{l.your_weighted_score ? `${l.your_weighted_score}%` : '–'}</strong></td>
              {l.successful.map((s) => (
                <td key={s.consortium}><strong>{s.weighted_score ? `${s.weighted_score}%` : '–'}</strong></td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <h2>If you have questions</h2>
      <p>
        You can ask the commissioner to explain the decision. If you want to challenge it, do so before the standstill
        period ends.
      </p>
    </>
  );
}
