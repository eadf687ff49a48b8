// "My panels": each lot this panellist evaluates, with their progress. Bids that did
// not meet a minimum requirement are not scored, so they are not counted as waiting.
import { get } from '../api.js';
import { PageHeading } from '../components/PageHeading.jsx';
import { Loading } from '../components/Loading.jsx';
import { ErrorPage } from '../components/ErrorMessage.jsx';
import { Term } from '../components/Term.jsx';
import { useLoad } from '../load.js';
import { lotPath, stageName } from '../panels.js';
import { Link } from '../router.jsx';
import { plural } from '../words.js';
import { formatDate } from './commissioner/tenders.js';

// Where the panel's work stands: not open yet, scoring now, or a stage's scoring done.
function panelState(panel) {
  if (panel.stage === 0) return 'Not open for scoring yet';
  if (panel.evaluating) return `Scoring the ${stageName(panel.stage)}`;
  return panel.stage === 1
    ? 'Scoring of the first stage is finished. You will be told when the revised bids are ready.'
    : 'Scoring is finished';
}

function LotProgress({ panel, lot }) {
  const { scored, conflicted, excluded } = lot;
  const toScore = lot.bids - conflicted - excluded;
  const done = toScore > 0 && scored >= toScore;
  return (
    <li class="lot-card" data-testid={`lot-${lot.number}`}>
      <h3 class="lot-card__title">
        {panel.stage > 0 ? (
          <Link href={lotPath(panel.id, lot.id)}>
            Lot {lot.number}: {lot.title}
          </Link>
        ) : (
          <>
            Lot {lot.number}: {lot.title}
          </>
        )}
      </h3>
      {panel.stage === 0 ? (
        <p>The bids are not open yet. You can start once the closing date has passed.</p>
      ) : (
        <>
          <p class="lot-card__progress">
            <strong>
              {scored} of {plural(toScore, 'bid')} scored
            </strong>
            {done && <span class="ds_tag ds_tag--green">Done</span>}
          </p>
          {conflicted > 0 && (
            <p class="ds_hint-text">
              You are not scoring {plural(conflicted, 'other bid')}, because you told us about a conflict of
              interest.
            </p>
          )}
          {excluded > 0 && (
            <p class="ds_hint-text" data-testid="not-scored">
              {plural(excluded, 'bid')} did not meet a minimum requirement, so {excluded === 1 ? 'it is' : 'they are'} not
              scored.
            </p>
          )}
        </>
      )}
    </li>
  );
}

export function MyPanels() {
  const { data, error } = useLoad(() => get('/me/panels').then((r) => r.items), []);
  if (error) return <ErrorPage error={error} />;
  if (!data) return <Loading what="your panels" />;
  return (
    <>
      <PageHeading>My panels</PageHeading>
      <p class="ds_leader">
        These are the <Term name="lot">lots</Term> you are helping to evaluate. Choose a lot to see its{' '}
        <Term name="bid">bids</Term>.
      </p>
      <div class="ds_inset-text" data-testid="links-prompt">
        <p class="ds_inset-text__text">
          Do you work, volunteer or get support somewhere that might bid, or does your family?{' '}
          <Link href="/my-links">Tell us about your links to organisations</Link>, so we can point out a possible
          conflict of interest before you open a bid.
        </p>
      </div>
      {data.length === 0 && (
        <div class="ds_inset-text">
          <p class="ds_inset-text__text">
            You are not on any panel yet. The commissioner will let you know when you are.
          </p>
        </div>
      )}
      {data.map((panel) => (
        <section class="panel-section" key={panel.id} aria-labelledby={`panel-${panel.id}`}>
          <h2 id={`panel-${panel.id}`}>{panel.tender.title}</h2>
          <p class="panel-section__meta">
            {panel.name} · <span data-testid="panel-state">{panelState(panel)}</span>
            {panel.chair && (
              <>
                {' '}
                · <strong class="ds_tag ds_tag--blue">You chair this panel</strong>
              </>
            )}
          </p>
          {panel.scoring_due_at && (
            <p data-testid="scoring-due">
              Please send your scores by <strong>{formatDate(panel.scoring_due_at)}</strong>. If you are still scoring, we
              will remind you 3 days and 1 day before.
            </p>
          )}
          <ul class="lot-list">
            {panel.lots.map((lot) => (
              <LotProgress key={lot.id} panel={panel} lot={lot} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
