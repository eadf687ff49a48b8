// Every saved version of a section: who saved it and when, which went into a
// submission; any two compared word by word; an earlier one restored (as a new
// version, so nothing is lost).
import { useState } from 'preact/hooks';
import { get, request } from '../../../api.js';
import { PageHeading } from '../../../components/PageHeading.jsx';
import { Loading } from '../../../components/Loading.jsx';
import { ErrorPage } from '../../../components/ErrorMessage.jsx';
import { announce } from '../../../components/Announcer.jsx';
import { useLoad } from '../../../load.js';
import { explain } from './problems.js';
import { Link } from '../../../router.jsx';
import { useSession } from '../../../session.js';
import { sectionDrafts } from '../../../drafts.js';
import { bidPath, closedWhy, formatDateTime, loadBid, sectionPath, sectionTitle } from './workspace.js';
import { ExcludedNotice } from './ExcludedNotice.jsx';
import './workspace.css';

async function loadHistory(me, bidId, key) {
  const context = await loadBid(me, bidId);
  const section = context.sections.items.find((s) => s.section === key);
  const history = await get(`/bids/${bidId}/sections/${key}/history`);
  return { ...context, section, history: history.items };
}

function describe(content) {
  if (content === null || content === undefined) return 'Empty';
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.length ? content.map((d) => d.filename).join(', ') : 'No documents';
  return JSON.stringify(content);
}

// Runs of words kept, removed and added. <del> and <ins> carry words a screen
// reader says ("removed:", "added:"), and are struck through or underlined, so
// colour is never the only sign.
export function Diff({ runs }) {
  return (
    <p class="diff preserve-lines" data-testid="diff">
      {runs.map((r, i) => {
        if (r.kind === 'removed')
          return (
            <del key={i} class="diff__removed">
              <span class="visually-hidden">[removed: </span>
              {r.text}
              <span class="visually-hidden">]</span>
            </del>
          );
        if (r.kind === 'added')
          return (
            <ins key={i} class="diff__added">
              <span class="visually-hidden">[added: </span>
              {r.text}
              <span class="visually-hidden">]</span>
            </ins>
          );
        return <span key={i}>{r.text}</span>;
      }).reduce((out, el, i) => (i ? [...out, ' ', el] : [el]), [])}
    </p>
  );
}

export function SectionHistory({ bid: bidId, section: key }) {
  const { me } = useSession();
  const { data, error, reload } = useLoad(() => loadHistory(me, bidId, key), [bidId, key]);
  const [from, setFrom] = useState(null);
  const [to, setTo] = useState(null);
  const [diff, setDiff] = useState(null);
  const [problem, setProblem] = useState(null);
  if (error) return <ErrorPage error={error} back={bidPath(bidId)} backText="Back to the bid" />;
  if (!data) return <Loading what="the versions" />;
  if (!data.section) return <ErrorPage message="This bid has no such section." back={bidPath(bidId)} backText="Back to the bid" />;
  const { history, section, bid } = data;
  const title = sectionTitle(section, bid);
  const versions = history.map((h) => h.version);
  const fromV = from ?? versions[1] ?? versions[0];
  const toV = to ?? versions[0];
  // A bid that can no longer change has nothing to restore.
  const closed = Boolean(closedWhy(bid));

  const compare = async (event) => {
    event.preventDefault();
    setProblem(null);
    try {
      setDiff(await get(`/bids/${bidId}/sections/${key}/diff?from=${fromV}&to=${toV}`));
      announce(`Showing the changes from version ${fromV} to version ${toV}.`);
    } catch (e) {
      setProblem(explain(e));
    }
  };
  const restore = async (version) => {
    setProblem(null);
    try {
      const fresh = await get(`/bids/${bidId}`);
      const restored = await request('POST', `/bids/${bidId}/sections/${key}/history/${version}/restore`, undefined,
        { 'If-Match': `"${fresh.draft_version}"` });
      const after = await get(`/bids/${bidId}/sections/${key}/history`);
      const top = after.items[0];
      // The section page shows the restored words, not an older copy kept on this device.
      sectionDrafts.settle(sectionDrafts.entry(me.id, bidId, key), top?.content ?? null, top?.version ?? 0);
      announce(`Version ${version} restored as version ${top?.version}.`);
      setDiff(null);
      reload();
      return restored;
    } catch (e) {
      setProblem(explain(e));
    }
  };

  return (
    <>
      <Link href={sectionPath(bidId, key)} class="ds_back-link">
        Back to “{title}”
      </Link>
      <PageHeading caption={data.consortium.name}>Earlier versions of “{title}”</PageHeading>
      <ExcludedNotice bid={bid} />
      {history.length === 0 && <p>Nothing has been saved in this section yet.</p>}
      {problem && (
        <div class="ds_notification-panel ds_notification-panel--neutral" role="alert">
          <p>{problem}</p>
        </div>
      )}
      {history.length > 1 && (
        <form onSubmit={compare} noValidate class="compare-form" aria-labelledby="compare-heading">
          <h2 id="compare-heading">Compare two versions</h2>
          <div class="compare-form__fields">
            {[
              ['compare-from', 'Older version', fromV, setFrom],
              ['compare-to', 'Newer version', toV, setTo],
            ].map(([id, label, value, set]) => (
              <div class="ds_question" key={id}>
                <label class="ds_label" for={id}>
                  {label}
                </label>
                <div class="ds_select-wrapper">
                  <select class="ds_select" id={id} value={value} onChange={(e) => set(Number(e.currentTarget.value))}>
                    {versions.map((v) => (
                      <option key={v} value={v}>
                        Version {v}
                      </option>
                    ))}
                  </select>
                  <span class="ds_select-arrow" aria-hidden="true" />
                </div>
              </div>
            ))}
          </div>
          <button type="submit" class="ds_button ds_button--small">
            Compare
          </button>
        </form>
      )}
      {diff && (
        <section aria-labelledby="diff-heading" class="diff-box">
          <h2 id="diff-heading">
            Changes from version {diff.from} to version {diff.to}
          </h2>
          <p class="ds_hint-text">
            Removed words are <del class="diff__removed">struck through</del>; added words are <ins class="diff__added">underlined</ins>.
          </p>
          <Diff runs={diff.runs} />
        </section>
      )}
      <h2>All versions, newest first</h2>
      <ol class="version-list" reversed>
        {history.map((h, i) => (
          <li key={h.version} class="version-card" data-testid={`version-${h.version}`}>
            <h3 class="version-card__title">
              Version {h.version}
              {i === 0 ? ' (now)' : ''}
            </h3>
            <p class="version-card__meta">
              Saved by {h.saved_by === me.id ? 'you' : h.saved_by_name} on {formatDateTime(h.saved_at)}
              {h.restored_from ? `, restoring version ${h.restored_from}` : ''}.
            </p>
            {h.submitted_in?.length > 0 && (
              <p>
                <strong class="ds_tag ds_tag--green">
                  Submitted{' '}
                  {h.submitted_in.map((s) => `in stage ${s.stage} (submission ${s.version})`).join(', ')}
                </strong>
              </p>
            )}
            <p class="version-card__content preserve-lines">{describe(h.content)}</p>
            {i > 0 && section.kind !== 'document' && !closed && (
              <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => restore(h.version)}>
                Restore version {h.version}
              </button>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
