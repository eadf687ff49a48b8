// Every page of one tender: loads it, shows its name and state, the tender's own
// contents list, and the page itself with the tender and a way to reload it.
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { useLoad } from '../../load.js';
import { Link } from '../../router.jsx';
import { loadTender, statusNames, statusTag, tenderPath } from './tenders.js';

export const pages = [
  ['', 'Overview and stages'],
  ['details', 'Details'],
  ['lots', 'Lots'],
  ['criteria', 'Award criteria and scale'],
  ['gates', 'Minimum requirements (gates)'],
  ['timetable', 'Timetable'],
  ['documents', 'Required documents'],
  ['sessions', 'Information sessions and interest'],
  ['panels', 'Panels'],
  ['evaluation', 'Evaluation and feedback'],
  ['award', 'Ranking and award'],
  ['clarifications', 'Clarification questions'],
  ['checklist', 'Ethical commissioning checklist'],
  ['records', 'Audit trail and downloads'],
];

export function StatusTag({ status }) {
  return (
    <strong class={`ds_tag ${statusTag[status] ?? 'ds_tag--blue'}`} data-testid="tender-status">
      {statusNames[status] ?? status}
    </strong>
  );
}

function NavList({ tender, page }) {
  return (
    <ul class="ds_contents-nav__list">
      {pages.map(([slug, name]) => (
        <li class="ds_contents-nav__item" key={slug}>
          <Link
            href={tenderPath(tender.id, slug)}
            class="ds_contents-nav__link"
            aria-current={slug === page ? 'page' : undefined}
          >
            {name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

// Beside the page on wide screens; on narrow ones folded away above it, so the
// page's own content comes first.
export function TenderNav({ tender, page }) {
  return (
    <>
      <nav class="ds_contents-nav tender-nav tender-nav--wide" aria-label="This tender">
        <h2 class="ds_contents-nav__title">This tender</h2>
        <NavList tender={tender} page={page} />
      </nav>
      <details class="ds_details tender-nav--narrow">
        <summary class="ds_details__summary">Other pages of this tender</summary>
        <nav class="ds_details__text ds_contents-nav tender-nav" aria-label="This tender">
          <NavList tender={tender} page={page} />
        </nav>
      </details>
    </>
  );
}

// heading: the page's h1; render(tender, reload) draws the page.
export function TenderFrame({ id, page, heading, render, load, deps = [] }) {
  const { data, error, reload } = useLoad(
    async () => {
      const tender = await loadTender(id);
      return { tender, extra: load ? await load(tender) : null };
    },
    [id, ...deps],
  );
  if (error) return <ErrorPage error={error} back="/tenders" backText="Back to your tenders" />;
  if (!data) return <Loading what="the tender" />;
  const { tender, extra } = data;
  return (
    <>
      <Link href={page ? tenderPath(id) : '/tenders'} class="ds_back-link">
        {page ? `Back to ${tender.title}` : 'Back to your tenders'}
      </Link>
      <PageHeading caption={page ? `${tender.reference}: ${tender.title}` : tender.reference}>
        {typeof heading === 'function' ? heading(tender, extra) : heading}
      </PageHeading>
      <p>
        <StatusTag status={tender.status} />
      </p>
      <div class="tender-layout">
        <TenderNav tender={tender} page={page} />
        <div class="tender-layout__main">{render(tender, reload, extra)}</div>
      </div>
    </>
  );
}
