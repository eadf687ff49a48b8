// The outcome letter for a bid: successful or not, why, your scores beside the
// successful bids' (each agreed or the panel's average), and when the standstill
// period ends; dated, and from the buyer. Shown here and saved as the service's
// letter, a PDF or a page to print.
import { get } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Term } from '../../components/Term.jsx';
import { LetterDownloads } from '../../components/LetterDownloads.jsx';
import { SummaryList } from '../../components/Check.jsx';
import { useLoad } from '../../load.js';
import { reasonDetails, reasonWords } from '../../reasons.js';
import { dateTimeWords, dateWords } from '../../words.js';
import { BackFromBid } from './BackLink.jsx';

const basisWords = { consensus: 'agreed', panel_mean: 'panel’s average' };

// A score with how it was reached, or a dash where the bid was not scored; `inline`
// puts the way in brackets on the same line.
function Score({ value, basis, inline = false }) {
  if (value === null || value === undefined) return '–';
  if (inline) return `${value}${basisWords[basis] ? ` (${basisWords[basis]})` : ''}`;
  return (
    <>
      {value}
      {basisWords[basis] && <span class="ds_hint-text ranking-note" data-testid="score-basis">{basisWords[basis]}</span>}
    </>
  );
}

// The buyer's name and postal address, one line each.
function Sender({ buyer }) {
  const lines = String(buyer.postal_address ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  return (
    <span data-testid="letter-from">
      <strong>{buyer.name}</strong>
      {lines.map((line, i) => <span class="address-line" key={i}>{line}</span>)}
    </span>
  );
}

// The scores as one card per question, for narrow screens, where the table's
// columns would be too thin to read (the table is hidden there, and this shown).
function ScoreCards({ l }) {
  const rows = (i) => [
    ['Your score', l.your_scores?.[i], l.your_score_bases?.[i]],
    ...l.successful.map((s) => [s.consortium, s.scores?.[i], s.score_bases?.[i]]),
  ];
  return (
    <ul class="outcome-cards" data-testid="score-cards">
      {l.criteria.map((c, i) => (
        <li key={c.title}>
          <h3 class="outcome-cards__title">
            {c.title} <span class="scores-card__weight">(worth {c.weight}%)</span>
          </h3>
          <dl>
            {rows(i).map(([who, value, basis]) => (
              <div key={who}>
                <dt>{who}:</dt> <dd><Score value={value} basis={basis} inline /></dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
      <li>
        <h3 class="outcome-cards__title">Total (weighted)</h3>
        <dl>
          {[['Your bid', l.your_weighted_score], ...l.successful.map((s) => [s.consortium, s.weighted_score])].map(([who, total]) => (
            <div key={who}>
              <dt>{who}:</dt> <dd><strong>{total ? `${total}%` : '–'}</strong></dd>
            </div>
          ))}
        </dl>
      </li>
    </ul>
  );
}

export function Outcome({ bid: bidId }) {
  const { data, error } = useLoad(async () => {
    const [letter, bid] = await Promise.all([get(`/bids/${bidId}/outcome-letter`), get(`/bids/${bidId}`)]);
    return { letter, bid };
  }, [bidId]);
  if (error) return <ErrorPage error={error} back="/work" backText="Back to your work" />;
  if (!data) return <Loading what="your outcome letter" />;
  const { letter: l, bid } = data;
  const won = l.outcome === 'successful';
  const to = l.lead_organisation && l.lead_organisation !== l.consortium ? `${l.consortium} (lead partner: ${l.lead_organisation})` : l.consortium;
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
          <strong>{dateTimeWords(l.standstill_ends_at)}</strong>.
        </p>
      </div>

      <h2>The letter</h2>
      <SummaryList testId="letter-facts" rows={[
        { key: 'Date', value: <span data-testid="letter-date">{dateWords(l.dated)}</span> },
        { key: 'From', value: <Sender buyer={l.buyer} /> },
        { key: 'To', value: to },
        { key: 'Our reference', value: `${l.tender.reference}, lot ${l.lot.number}` },
        { key: 'Standstill period ends', value: <span data-testid="standstill-ends">{dateTimeWords(l.standstill_ends_at)}</span> },
      ]} />
      <p>Keep the letter as a PDF, or download it as a web page to print.</p>
      <LetterDownloads bidId={bidId} file={`outcome-letter-${l.tender.reference}-lot-${l.lot.number}`} />

      <h2>Why</h2>
      <ul data-testid="reasons">
        {reasonDetails(l).map((r, i) => <li key={i}>{reasonWords(r)}</li>)}
      </ul>

      <h2>Your scores and the successful {l.successful.length === 1 ? 'bid’s' : 'bids’'}</h2>
      <p>
        Each question’s score is the panel’s agreed score where the panel recorded one (usually where its members’
        scores were far apart); otherwise it is the panel’s average, the mean of its members’ scores. Each score says
        which. The total takes each question’s weight into account, as a percentage of the highest possible score.
      </p>
      <ScoreCards l={l} />
      <div class="table-wrap outcome-table-wrap">
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
                <td><Score value={l.your_scores?.[i]} basis={l.your_score_bases?.[i]} /></td>
                {l.successful.map((s) => (
                  <td key={s.consortium}><Score value={s.scores?.[i]} basis={s.score_bases?.[i]} /></td>
                ))}
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
