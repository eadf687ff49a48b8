// The tender's records: the audit trail page by page, a check that its hash
// chain is unbroken, and downloads (open contracting data, CSV reports per lot)
// fetched with the token in a header and saved from a Blob.
import { useState } from 'preact/hooks';
import { get } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { Loading } from '../../components/Loading.jsx';
import { useLoad } from '../../load.js';
import { TenderFrame } from './TenderFrame.jsx';
import { download, formatDate, explain } from './tenders.js';

const PAGE = 20;
const actionWords = {
  'tender.create': 'Tender created', 'tender.update': 'Tender changed', 'tender.publish_pin': 'Notice published',
  'lot.create': 'Lot added', 'lot.update': 'Lot changed', 'lot.delete': 'Lot removed',
  'criteria.replace': 'Criteria set', 'gates.replace': 'Minimum requirements set',
  'required_documents.replace': 'Required documents set', 'panel.create': 'Panel formed', 'panel.update': 'Panel changed',
  'bid.create': 'Bid started', 'bid.submit': 'Bid submitted', 'bid.withdraw': 'Bid withdrawn', 'bid.sign_off': 'Bid signed off',
  'conflict.declare': 'Conflict question answered', 'score.save': 'Score saved', 'scores.submit': 'Scores sent',
  'consensus.record': 'Agreed score recorded', 'gate_result.decide': 'Requirement decided', 'feedback.edit': 'Feedback edited',
  'tie_break.record': 'Tie-break recorded', 'award.propose': 'Award proposed', 'award.suspend': 'Award suspended',
  'award.resume': 'Award resumed', 'award.confirm': 'Award confirmed', 'checklist.save': 'Checklist saved',
  'clarification.ask': 'Question asked', 'clarification.answer': 'Question answered', 'clarification.publish': 'Question published',
  'consortium.create': 'Partnership formed', 'information_session.create': 'Information session added',
  'tender.open_stage1': 'Stage 1 opened', 'tender.close_stage1': 'Stage 1 closed',
  'tender.release_feedback': 'Feedback released; stage 2 opened', 'tender.close_stage2': 'Stage 2 closed',
  'tender.cancel': 'Tender cancelled', 'member.invite': 'Partner invited', 'invitation.accept': 'Invitation accepted',
  'member.update': 'Partner’s share changed', 'mou.upload': 'Memorandum of understanding uploaded',
  'mou.acknowledge': 'Memorandum of understanding acknowledged', 'bid.draft_update': 'Bid draft changed',
  'information_session.delete': 'Information session cancelled', 'tender.deadline_change': 'Deadline changed',
  'bid.reconfirm': 'Bid confirmed again after a change', 'bid.sign_off_request': 'Sign-off asked for',
  'change_agreement.record': 'Partnership change agreed', 'comment.create': 'Comment added', 'comment.reopen': 'Comment reopened',
  'conflict.clear_flag': 'Flagged conflict cleared', 'conflict.withdraw_clearance': 'Conflict clearance withdrawn',
  'lot.cancel': 'Lot cancelled', 'lot.minimum_bids_waive': 'Minimum number of bids waived',
  'lot_interest.register': 'Interest registered', 'lot_interest.withdraw': 'Interest withdrawn', 'member.remove': 'Partner removed',
  'booking.create': 'Information session booked', 'booking.delete': 'Information session booking cancelled',
  'section.save': 'Bid section saved', 'section.assign': 'Bid section assigned', 'section.status': 'Bid section status changed',
  'section.restore': 'Bid section restored', 'section.insert_answer': 'Saved answer used in a bid section',
};
const roleWords = { commissioner: 'Commissioner', panellist: 'Panel member', provider: 'Provider', admin: 'Administrator' };
// Who acted: the tender's own people by name, anyone else by role and organisation.
const actorWords = (e) => {
  const role = roleWords[e.role];
  if (!role) return 'The service';
  if (e.actor_name) return `${e.actor_name} (${role.toLowerCase()})`;
  return e.actor_organisation ? `${role}, ${e.actor_organisation}` : role;
};
// A change to the tender's details names the fields it touched: {"fields": ["timetable"]}.
const describe = (e) => {
  const words = actionWords[e.action] ?? e.action.replace(/[._]/g, ' ');
  const fields = e.after && typeof e.after === 'object' && Array.isArray(e.after.fields) ? e.after.fields : [];
  return fields.length ? `${words}: ${fields.map((f) => f.replace(/_/g, ' ')).join(', ')}` : words;
};

function AuditTrail({ tender }) {
  const [offset, setOffset] = useState(0);
  const [verified, setVerified] = useState(null);
  const { data, error } = useLoad(() => get(`/tenders/${tender.id}/audit?limit=${PAGE}&offset=${offset}`), [tender.id, offset]);
  const verify = async () => {
    setVerified({ checking: true });
    try {
      const result = await get(`/audit/verify?tender_id=${tender.id}`);
      setVerified(result);
      announce(result.intact ? 'The audit trail is intact.' : 'The audit trail has a broken link.');
    } catch (e) {
      setVerified({ error: explain(e) });
    }
  };
  const go = (to) => {
    setOffset(to);
    document.getElementById('audit-title')?.focus();
  };
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title" tabIndex={-1}>
        Audit trail
      </h2>
      <p>Every change to this tender, oldest first. Each entry is chained to the one before it, so nothing can be changed unnoticed.</p>
      <div class="ds_button-group">
        <button type="button" class="ds_button ds_button--secondary" onClick={verify} disabled={verified?.checking}>
          Check the audit trail is unbroken
        </button>
      </div>
      {verified && !verified.checking && (
        <div class={`ds_inset-text${verified.intact === false ? ' verify--broken' : ''}`} data-testid="verified" role="status">
          <p class="ds_inset-text__text">
            {verified.error ??
              (verified.intact
                ? `Intact: all ${verified.links} entries check out.`
                : `Broken: ${verified.broken.map((b) => `entry ${b.position} (${b.reason})`).join('; ')}.`)}
          </p>
        </div>
      )}
      {error ? (
        <p class="ds_question__error-message">{explain(error)}</p>
      ) : !data ? (
        <Loading what="the audit trail" />
      ) : (
        <>
          <p data-testid="audit-range">
            Entries {data.total === 0 ? 0 : offset + 1} to {Math.min(offset + data.items.length, data.total)} of {data.total}
          </p>
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Audit entries (scrolls sideways on small screens)">
            <table class="ds_table audit-table" data-testid="audit">
              <caption class="visually-hidden">Audit entries</caption>
              <thead>
                <tr>
                  <th scope="col">No.</th>
                  <th scope="col">When</th>
                  <th scope="col">What</th>
                  <th scope="col">By</th>
                  <th scope="col">Fingerprint</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((e) => (
                  <tr key={e.position}>
                    <td>{e.position}</td>
                    <td>{formatDate(e.at)}</td>
                    <th scope="row">{describe(e)}</th>
                    <td>{actorWords(e)}</td>
                    <td>
                      <code>{e.hash.slice(0, 12)}…</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav class="ds_pagination" aria-label="Audit trail pages">
            <ul class="ds_pagination__list">
              {offset > 0 && (
                <li class="ds_pagination__item">
                  <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => go(Math.max(0, offset - PAGE))}>
                    Earlier entries
                  </button>
                </li>
              )}
              {offset + PAGE < data.total && (
                <li class="ds_pagination__item">
                  <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => go(offset + PAGE)}>
                    Later entries
                  </button>
                </li>
              )}
            </ul>
          </nav>
        </>
      )}
    </section>
  );
}

function Downloads({ tender, lots }) {
  const [problem, setProblem] = useState(null);
  const save = (path, name) => {
    setProblem(null);
    download(path, name).then(
      () => announce(`${name} downloaded.`),
      (e) => {
        setProblem(`${name}: ${explain(e)}`);
        announce(`Not downloaded. ${explain(e)}`);
      },
    );
  };
  const reports = [
    ['scores.csv', 'Every score with its reason and the agreed score'],
    ['variance.csv', 'The spread of scores and flags, per bid and question'],
    ['outcomes.csv', 'Ranking, reasons and awards (after stage 2)'],
  ];
  return (
    <section aria-labelledby="downloads-title">
      <h2 id="downloads-title">Downloads</h2>
      {problem && (
        <p class="ds_question__error-message" role="alert" data-testid="download-problem">
          {problem}
        </p>
      )}
      <ul class="download-list">
        <li>
          <button type="button" class="link-button" onClick={() => save(`/tenders/${tender.id}/ocds`, `${tender.reference}-ocds.json`)}>
            Open contracting data (OCDS), as published
          </button>
        </li>
      </ul>
      {lots.map((lot) => (
        <div key={lot.id}>
          <h3 class="ds_h4">
            Lot {lot.number}: {lot.title}
          </h3>
          <ul class="download-list">
            {reports.map(([report, words]) => (
              <li key={report}>
                <button type="button" class="link-button"
                  onClick={() => save(`/lots/${lot.id}/reports/${report}`, `${tender.reference}-lot-${lot.number}-${report}`)}>
                  {words} ({report})<span class="visually-hidden"> for lot {lot.number}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function Records({ tender }) {
  return (
    <TenderFrame id={tender} page="records" heading="Audit trail and downloads"
      load={(t) => get(`/tenders/${t.id}/lots`).then((r) => r.items)}
      render={(t, _reload, lots) => (
        <>
          <Downloads tender={t} lots={lots} />
          <AuditTrail tender={t} />
        </>
      )} />
  );
}
