// /admin/audit: the account audit trail, newest first, twenty to a page, filtered by kind
// (people, organisations, registrations, settings) or narrowed to one thing (?entity_type=&entity_id=,
// from an organisation's or a person's page). RecentAudit: the few latest entries about one
// thing, on its own page, with a link to all of them here.
import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../components/Announcer.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Loading } from '../../components/Loading.jsx';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Pager } from '../../components/Pager.jsx';
import { useLoad } from '../../load.js';
import { explain } from '../../problems.js';
import { Link } from '../../router.jsx';
import { dateTimeWords, plural } from '../../words.js';
import { Select } from '../commissioner/Fields.jsx';
import { auditAddress, auditKinds, auditReason, auditSentence, auditSubject, readAudit } from './audit.js';

const PAGE = 20;
const entries = (n) => plural(n, 'entry', 'entries');

const fromAddress = () => {
  const query = new URLSearchParams(location.search);
  const kind = query.get('entity_type') ?? '';
  return {
    entity_type: auditKinds.some(([k]) => k === kind) ? kind : '',
    entity_id: query.get('entity_id') ?? '',
    offset: Math.max(0, Number(query.get('offset')) || 0),
  };
};

export function AdminAudit() {
  const [search, setSearch] = useState(fromAddress);
  const [kind, setKind] = useState(search.entity_type);
  const { data, error } = useLoad(() => readAudit({ ...search, limit: PAGE }), [search.entity_type, search.entity_id, search.offset]);
  // After a change of filter or page (not on opening the page), a screen reader hears the news.
  // After another page, the focus goes to the top of the new list ("Showing 21 to 40 …").
  const changed = useRef(false);
  const paged = useRef(false);
  useEffect(() => {
    if (data && changed.current) announce(`${entries(data.total)} found.`);
    if (data && paged.current) document.querySelector('[data-testid="audit-range"]')?.focus();
    changed.current = false;
    paged.current = false;
  }, [data]);

  const go = (next) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) query.set(key, String(value));
    history.replaceState(null, '', `${location.pathname}${query.toString() ? `?${query}` : ''}`);
    changed.current = true;
    setSearch(next);
    setKind(next.entity_type);
  };
  const submit = (event) => {
    event.preventDefault();
    go({ entity_type: kind, entity_id: '', offset: 0 });
  };

  if (error) return <ErrorPage error={error} back="/admin" backText="Back to your home" />;
  return (
    <>
      <PageHeading>Audit trail</PageHeading>
      <p class="ds_leader">
        Who did what to people’s accounts, organisations, registrations and the installation settings, and when. Newest
        first. Nothing here can be changed or deleted.
      </p>
      {search.entity_id ? (
        <p data-testid="audit-one">
          Showing only what happened to one {kindWord(search.entity_type)}.{' '}
          <button type="button" class="link-button" onClick={() => go({ entity_type: '', entity_id: '', offset: 0 })}>
            Show everything
          </button>
        </p>
      ) : (
        <form class="audit-filter" onSubmit={submit} role="search" aria-label="Audit trail">
          <Select id="kind" label="Show" value={kind} onChange={setKind} options={auditKinds} />
          <button type="submit" class="ds_button ds_button--secondary">
            Show these entries
          </button>
        </form>
      )}
      {data ? <AuditPage data={data} offset={search.offset} subjects={!search.entity_id} onPage={(offset) => {
        paged.current = true;
        go({ ...search, offset });
      }} /> : <Loading what="the audit trail" />}
      <p>
        <Link href="/admin">Back to your home</Link>
      </p>
    </>
  );
}

const kindWord = (type) =>
  ({ user: 'person’s account', organisation: 'organisation', registration: 'registration', setting: 'setting' })[type] ?? 'thing';

function AuditPage({ data, offset, subjects, onPage }) {
  if (data.items.length === 0)
    return <p data-testid="audit-none">{data.total === 0 ? 'Nothing is recorded yet.' : 'There are no more entries on this page.'}</p>;
  const last = offset + data.items.length;
  return (
    <>
      <p data-testid="audit-range" tabIndex={-1}>
        {data.total > PAGE ? `Showing ${offset + 1} to ${last} of ${entries(data.total)}.` : `${entries(data.total)}.`}
      </p>
      <AuditEntries items={data.items} subjects={subjects} />
      <Pager label="Pages of the audit trail" total={data.total} offset={offset} size={PAGE} onPage={onPage}
        previous="Newer entries" next="Older entries" />
    </>
  );
}

// One entry each: what happened in a sentence, when, why if said, and (unless the list is about
// one thing already) a link to what it happened to.
function AuditEntries({ items, subjects = true }) {
  return (
    <ol class="audit-entries" data-testid="audit-entries">
      {items.map((e) => {
        const subject = subjects && auditSubject(e);
        const reason = auditReason(e);
        return (
          <li class="audit-entry" key={`${e.chain}-${e.position}`}>
            <p class="audit-entry__what">{auditSentence(e)}</p>
            <p class="audit-entry__when">{dateTimeWords(e.at)}</p>
            {reason && <p>Why: {reason}</p>}
            {subject && (
              <p>
                <Link href={subject[0]}>{subject[1]}</Link>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

const RECENT = 5;

// what: "this account", "this organisation".
export function RecentAudit({ entityType, entityId, what }) {
  const { data, error } = useLoad(() => readAudit({ entity_type: entityType, entity_id: entityId, limit: RECENT }), [entityType, entityId]);
  return (
    <section aria-labelledby="recent-audit-title" data-testid="recent-audit">
      <h2 id="recent-audit-title">What has happened to {what}</h2>
      {error && <p>{explain(error)}</p>}
      {!error && !data && <Loading what="the audit trail" />}
      {data && data.items.length === 0 && <p>Nothing is recorded yet.</p>}
      {data && data.items.length > 0 && (
        <>
          <p>The latest first.</p>
          <AuditEntries items={data.items} subjects={false} />
          <p>
            <Link href={auditAddress(entityType, entityId)}>
              {data.total > data.items.length ? `All ${entries(data.total)} about ${what}` : `The audit trail of ${what}`}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
