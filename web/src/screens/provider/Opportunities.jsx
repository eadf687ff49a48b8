// "Opportunities": published tenders and early notices (PINs), newest first. Each
// card names the tender's lots and those your organisation registered interest in, from
// the list itself (GET /tenders has lots and my_interest_lot_ids on each tender).
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Term } from '../../components/Term.jsx';
import { useLoad } from '../../load.js';
import { Link } from '../../router.jsx';
import {
  currentDeadline, interestSummary, isOpportunity, loadTenders, lotsSummary, money, tenderPath, tenderStatus, when, years,
} from './work.js';
import { timeLeft } from '../../words.js';

function OpportunityCard({ tender: t, headingLevel }) {
  const H = `h${headingLevel}`;
  const [label, colour] = tenderStatus(t.status);
  const deadline = currentDeadline(t);
  // Lots and my organisation's interest come with each tender in the list: no request per card.
  const lots = lotsSummary(t.lots);
  const interest = interestSummary(t);
  return (
    <li class="work-card" data-testid={`tender-${t.id}`}>
      <H class="work-card__title">
        <Link href={tenderPath(t.id)}>{t.title}</Link>
      </H>
      <p class="work-card__meta">
        <strong class={`ds_tag ${colour}`}>{label}</strong> Reference {t.reference}
      </p>
      <p>{t.status === 'pin_published' && t.pin_summary ? t.pin_summary : t.description}</p>
      {lots && <p data-testid="lots-summary">{lots}</p>}
      {interest && (
        <p data-testid="my-interest">
          <strong>{interest}</strong>
        </p>
      )}
      <dl class="facts">
        <div><dt>Estimated value</dt><dd>{money(t.estimated_value_pence)} in total</dd></div>
        <div><dt>Contract length</dt><dd>{years(t.contract_term_months)}</dd></div>
        {deadline && (
          <div>
            <dt>{deadline.label}</dt>
            <dd>
              {when(deadline.at)} ({timeLeft(deadline.at)})
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}

export function OpportunityList({ tenders, headingLevel = 2 }) {
  if (tenders.length === 0) return <p>There are no open opportunities just now.</p>;
  return (
    <ul class="work-list">
      {tenders.map((t) => (
        <OpportunityCard key={t.id} tender={t} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

export function Opportunities() {
  const { data, error } = useLoad(loadTenders, []);
  if (error) return <ErrorPage error={error} back="/work" backText="Back to your work" />;
  if (!data) return <Loading what="the opportunities" />;
  const open = data.filter(isOpportunity);
  const later = data.filter((t) => !isOpportunity(t) && t.status !== 'draft');
  return (
    <>
      <Link href="/work" class="ds_back-link">Back to your work</Link>
      <PageHeading>Opportunities</PageHeading>
      <p class="ds_leader">
        Contracts public bodies want to give for care and support. Each <Term name="tender">tender</Term> is split
        into <Term name="lot">lots</Term>; you can bid for one or more.
      </p>
      <h2>Open now or coming soon</h2>
      <OpportunityList tenders={open} headingLevel={3} />
      {later.length > 0 && (
        <>
          <h2>Closed to new bids</h2>
          <OpportunityList tenders={later} headingLevel={3} />
        </>
      )}
    </>
  );
}
