// The whole bid on one page, to read (or print) before signing off: every
// question's answer, every minimum-requirement declaration in words, the documents
// uploaded for each required document, the partnership, and the fingerprint the
// sign-offs name. Read-only; each part links to where it is changed, unless the
// bid can no longer change (then it says why first).
import { get } from '../../../api.js';
import { PageHeading } from '../../../components/PageHeading.jsx';
import { Loading } from '../../../components/Loading.jsx';
import { ErrorPage } from '../../../components/ErrorMessage.jsx';
import { SummaryList, WarningText } from '../../../components/Check.jsx';
import { useLoad } from '../../../load.js';
import { Link } from '../../../router.jsx';
import { useSession } from '../../../session.js';
import { plural, timeLeft, wordCount } from '../../../words.js';
import { StatusTag } from './BidOverview.jsx';
import { FingerprintsExplained } from './Fingerprints.jsx';
import { shortfalls } from './gateCheck.js';
import { declarationRows } from './declarationWords.js';
import { bidPath, closedWhy, deadlineOf, formatDateTime, loadBid, sectionPath, sectionTitle } from './workspace.js';
import { BidNotice } from './BidNotice.jsx';
import './workspace.css';

async function loadPreview(me, bidId) {
  const [context, documents, signOffs] = await Promise.all([
    loadBid(me, bidId),
    get(`/bids/${bidId}/documents`),
    // Only while a stage is open for bids; after that there is no draft to sign.
    get(`/bids/${bidId}/sign-offs`).catch(() => null),
  ]);
  return { ...context, documents: documents.items, signOffs };
}

const roleNames = { lead: 'Lead', partner: 'Partner', subcontractor: 'Subcontractor' };
const share = (bp) => `${(bp / 100).toLocaleString('en-GB', { maximumFractionDigits: 2 })}%`;

// href: where the part is changed; none when the bid can no longer change.
function Part({ id, title, status, href, children }) {
  return (
    <section class="bid-preview__section" aria-labelledby={id} data-testid={id}>
      <h3 id={id}>{title}</h3>
      {status && (
        <p>
          <StatusTag status={status} />
        </p>
      )}
      {children}
      {href && (
        <p class="no-print">
          <Link href={href}>
            Open this part to change it<span class="visually-hidden">: {title}</span>
          </Link>
        </p>
      )}
    </section>
  );
}

export function BidPreview({ bid: bidId }) {
  const { me } = useSession();
  const { data, error } = useLoad(() => loadPreview(me, bidId), [bidId]);
  if (error) return <ErrorPage error={error} back={bidPath(bidId)} backText="Back to the bid" />;
  if (!data) return <Loading what="the whole bid" />;
  const { bid, sections, consortium, tender, lot, stage, documents, signOffs } = data;
  const items = sections.items;
  const section = (key) => items.find((s) => s.section === key);
  const deadline = deadlineOf(tender, stage);
  const declarations = bid.draft?.declarations ?? {};
  const responses = bid.draft?.responses ?? {};
  const members = consortium.members.filter((m) => m.status === 'accepted');
  const requiredDocuments = items.filter((s) => s.kind === 'document');
  const closed = Boolean(closedWhy(bid));
  const changeAt = (key) => (closed ? null : sectionPath(bidId, key));
  // A bid that is out was last sent in the first stage, whatever stage the tender is in now.
  const shownStage = bid.status === 'excluded' ? 1 : stage;

  return (
    <>
      <Link href={bidPath(bidId)} class="ds_back-link">
        Back to the bid
      </Link>
      <PageHeading caption={consortium.name}>The whole bid</PageHeading>
      {closed && <BidNotice bid={bid} tender={tender} lotName={`lot ${lot?.number}: ${lot?.title}`} />}
      <p class="ds_leader">
        {closed ? 'Everything in the bid, on one page.' : 'Everything in the bid as it is now, on one page, to read before you sign it off.'}{' '}
        To keep a copy, print it or save it as a PDF from the print window.
      </p>
      <p class="no-print">
        <button type="button" class="ds_button ds_button--secondary" onClick={() => window.print()}>
          Print this page
        </button>
      </p>
      <SummaryList testId="preview-facts" rows={[
        { key: 'Tender', value: tender.title },
        { key: 'Lot', value: lot ? `Lot ${lot.number}: ${lot.title}` : 'Not known' },
        { key: 'Stage', value: shownStage === 2 ? 'Second stage (the revised bid)' : 'First stage' },
        ...(closed ? [] : [{ key: 'Deadline', value: deadline ? `${formatDateTime(deadline)} (${timeLeft(deadline)})` : 'Not set' }]),
        { key: 'Partnership', value: (
          <ul class="ds_summary-list__answer" data-testid="preview-members">
            {members.map((m) => (
              <li key={m.organisation_id}>
                {m.organisation_name}: {roleNames[m.role] ?? m.role}, {share(m.share_bp)} of the work
              </li>
            ))}
          </ul>
        ) },
        { key: 'Shown as it was at', value: formatDateTime(new Date().toISOString()) },
      ]} />
      {signOffs && (
        <p>
          The bid as it is now has the fingerprint{' '}
          <code class="hash" data-testid="preview-hash">{signOffs.draft_sha256}</code>. Sign-offs name this fingerprint.
        </p>
      )}

      <h2>Answers to the questions</h2>
      {bid.criteria.length === 0 && <p>This lot has no questions.</p>}
      {bid.criteria.map((c, i) => {
        const text = responses[String(i)] ?? '';
        const key = `response-${i}`;
        return (
          <Part key={key} id={`preview-${key}`} title={`${i + 1}. ${c.title}`} status={section(key)?.status}
            href={changeAt(key)}>
            <p class="ds_hint-text">
              Worth {c.weight}%. {plural(wordCount(text), 'word')} of up to {c.word_limit}.
            </p>
            {text.trim() ? <p class="preserve-lines">{text}</p> : <p>Nothing written yet.</p>}
          </Part>
        );
      })}

      <h2>Minimum requirements</h2>
      {bid.gates.length === 0 && <p>This lot has no minimum requirements.</p>}
      {bid.gates.map((gate, i) => {
        const key = `declaration-${i}`;
        const d = declarations[String(i)];
        const s = section(key);
        return (
          <Part key={key} id={`preview-${key}`} title={s ? sectionTitle(s, bid) : `Minimum requirement ${i + 1}`}
            status={s?.status} href={changeAt(key)}>
            {d ? (
              <SummaryList rows={declarationRows(gate, d).map(([k, v]) => ({ key: k, value: v }))} />
            ) : (
              <p>Not answered yet.</p>
            )}
            {!closed && shortfalls(gate, d, deadline).map((w) => (
              <WarningText key={w.field}>
                <p>{w.text}</p>
              </WarningText>
            ))}
          </Part>
        );
      })}

      <h2>Documents</h2>
      {requiredDocuments.length === 0 && <p>This tender asks for no documents.</p>}
      {requiredDocuments.map((s) => {
        const uploaded = documents.filter((d) => d.requirement === s.index);
        return (
          <Part key={s.section} id={`preview-${s.section}`} title={sectionTitle(s, bid)} status={s.status}
            href={changeAt(s.section)}>
            {uploaded.length === 0 ? (
              <p>Nothing uploaded that you can see.</p>
            ) : (
              <ul>
                {uploaded.map((d) => (
                  <li key={d.id}>
                    <strong>{d.filename}</strong>, uploaded {formatDateTime(d.uploaded_at)}:{' '}
                    {d.visibility === 'evaluators_only' ? 'only your organisation and the evaluators see it' : 'everyone in the partnership sees it'}
                  </li>
                ))}
              </ul>
            )}
          </Part>
        );
      })}
      {members.length > 1 && (
        <p>
          A document another organisation in the partnership keeps to itself and the evaluators is part of the bid too, but
          only that organisation sees it here.
        </p>
      )}

      <FingerprintsExplained />
      <ul class="workspace-actions no-print">
        {!closed && (
          <li>
            <Link href={`${bidPath(bidId)}/sign-off`}>Sign off the bid</Link>
          </li>
        )}
        <li>
          <Link href={bidPath(bidId)}>Back to the bid</Link>
        </li>
      </ul>
    </>
  );
}
