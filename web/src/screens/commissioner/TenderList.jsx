// The commissioner's home: their organisation's tenders, newest first, each with
// its state and the next date that matters, and a way to start a new one.
import { get } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Term } from '../../components/Term.jsx';
import { useLoad } from '../../load.js';
import { Link } from '../../router.jsx';
import { useSession } from '../../session.js';
import { StatusTag } from './TenderFrame.jsx';
import { formatDate, nextDeadline, tenderPath } from './tenders.js';

// Every tender of the commissioner's own organisation, page by page.
async function loadMine() {
  const mine = [];
  for (let offset = 0; ; offset += 100) {
    const page = await get(`/tenders?organisation=mine&limit=100&offset=${offset}`);
    mine.push(...page.items);
    if (offset + page.items.length >= page.total || page.items.length === 0) return mine;
  }
}

export function TenderList() {
  const { me } = useSession();
  const { data, error } = useLoad(loadMine, [me.organisation.id]);
  if (error) return <ErrorPage error={error} />;
  if (!data) return <Loading what="your tenders" />;
  return (
    <>
      <PageHeading caption={me.organisation.name}>Your tenders</PageHeading>
      <p class="ds_leader">
        Each <Term name="tender">tender</Term> your organisation runs, with where it is and the next date that matters.
      </p>
      <p>
        <Link href="/tenders/new" class="ds_button">
          Create a tender
        </Link>
      </p>
      <p>
        <Link href="/panel-members">Panel members</Link>: invite the people who score bids, or deactivate an account.
      </p>
      {data.length === 0 ? (
        <div class="ds_inset-text">
          <p class="ds_inset-text__text">Your organisation has no tenders yet. Create one to start.</p>
        </div>
      ) : (
        <ul class="lot-list" aria-label="Your organisation’s tenders">
          {data.map((t) => {
            const next = nextDeadline(t);
            return (
              <li class="lot-card" key={t.id} data-testid={`tender-${t.reference}`}>
                <h2 class="lot-card__title ds_h3">
                  <Link href={tenderPath(t.id)}>{t.title}</Link>
                </h2>
                <p>
                  Reference {t.reference} · <StatusTag status={t.status} />
                </p>
                <p>{next ? `${next.label}: ${formatDate(next.at)}` : 'No deadline coming up.'}</p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
