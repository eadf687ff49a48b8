// Before any bid content: "Do you have a link to any of these organisations?"
// A bid that includes an organisation the panellist told us of (their links) is
// pre-flagged: "no" is not theirs to give until the commissioner clears the flag.
import { useState } from 'preact/hooks';
import { put } from '../api.js';
import { PageHeading } from '../components/PageHeading.jsx';
import { Loading } from '../components/Loading.jsx';
import { ErrorPage, ErrorSummary } from '../components/ErrorMessage.jsx';
import { WordCountTextarea } from '../components/WordCountTextarea.jsx';
import { useLoad } from '../load.js';
import { bidPath, loadPanelBid, lotPath, nextStep } from '../panels.js';
import { explain, sentence } from '../problems.js';
import { linkKinds, organisationNames } from '../links.js';
import { formatDate } from './commissioner/tenders.js';
import { Link, navigate } from '../router.jsx';
import { ConfirmButtons, SummaryList, WarningText } from '../components/Check.jsx';

const privateHint =
  'Only the commissioner running this tender will see this. It is not shown to the bidders or to the rest of the panel.';

// The bid includes an organisation the panellist told us of, and no commissioner
// has cleared it: the one answer open to them is to declare the conflict.
function PreFlagged({ flag, linked, text, setText, error, busy, onSubmit }) {
  return (
    <>
      <div class="ds_notification-panel ds_notification-panel--neutral pre-flag" data-testid="pre-flag">
        <h2 class="ds_h3">You told us about a link to {linked}</h2>
        <ul>
          {flag.links.map((l) => (
            <li key={l.organisation_id}>
              <strong>{l.organisation}</strong>: {linkKinds[l.kind] ?? l.kind}
              {l.note && <> ({l.note})</>}
            </li>
          ))}
        </ul>
        <p>
          Because of this link, you cannot say “no conflict” for this bid yourself. The commissioner running this
          tender has been able to see your link. If they decide it does not stop you scoring, they will clear it, and
          you can then come back and answer.
        </p>
      </div>
      <form onSubmit={onSubmit} noValidate data-testid="declare-form">
        <WordCountTextarea id="description" label="What is the link?" hint={privateHint} value={text} onInput={setText}
          error={error} rows={4} />
        <p class="ds_hint-text">You will not see or score this bid. You can change this answer only until the panel starts scoring it.</p>
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Saving…' : 'Declare a conflict of interest'}
        </button>
      </form>
      <p>
        If you think there is no conflict, you can wait for the commissioner and come back to this bid later.
      </p>
    </>
  );
}

// Before a "yes" is sent: what it means, in the Design System's check-your-answers
// pattern. A yes can be corrected only until the panel starts scoring the bid
// (PUT conflict-declaration then refuses with scoring-started), so the step says so.
function CheckConflict({ question, answer, text, busy, blocked, onChangeAnswer, onChangeText, onConfirm, onCancel }) {
  return (
    <section aria-labelledby="check-heading" data-testid="check-conflict">
      <h2 id="check-heading" tabIndex={-1}>Check your answer before you send it</h2>
      <SummaryList rows={[
        { key: question, value: answer, change: onChangeAnswer && { onClick: onChangeAnswer, hidden: 'your answer' } },
        { key: 'What is the link?', value: <span class="ds_summary-list__answer preserve-lines">{text}</span>,
          change: { onClick: onChangeText, hidden: 'what the link is' } },
      ]} />
      <WarningText testId="conflict-warning">
        <p>
          When you send this answer, you will not see or score this bid.{' '}
          {blocked
            ? 'You cannot change the answer afterwards unless the commissioner running this tender clears your link.'
            : 'If it was a mistake, you can change it only until the panel starts scoring this bid; after that, tell the commissioner running this tender.'}
        </p>
      </WarningText>
      <p>Only the commissioner running this tender reads what you wrote about the link. Your other bids are not affected.</p>
      <ConfirmButtons label="Declare the conflict" busyLabel="Saving…" busy={busy} onConfirm={onConfirm} onCancel={onCancel} />
    </section>
  );
}

const focusSoon = (id) => requestAnimationFrame(() => document.getElementById(id)?.focus());

export function ConflictQuestion({ panel: panelId, bid: bidId }) {
  const { data, error } = useLoad(() => loadPanelBid(panelId, bidId), [panelId, bidId]);
  const [answer, setAnswer] = useState(null);
  const [description, setDescription] = useState(null);
  const [problem, setProblem] = useState(null);
  const [fields, setFields] = useState({});
  const [busy, setBusy] = useState(false);
  const [checking, setChecking] = useState(false);

  if (error) return <ErrorPage error={error} back="/panels" backText="Back to my panels" />;
  if (!data) return <Loading what="the bid" />;
  const { panel, bid } = data;
  const names = bid.consortium.members;
  const base = bidPath(panelId, bidId);
  const flag = bid.my_pre_flag ?? null;
  const blocked = Boolean(flag && !flag.cleared);
  const linked = organisationNames(flag?.links);
  // What the panellist told us, as the first words of their declaration.
  const told = (flag?.links ?? [])
    .map((l) => `${l.organisation}: ${linkKinds[l.kind] ?? l.kind}.${l.note ? ` ${l.note}` : ''}`)
    .join('\n');
  const text = description ?? (blocked ? told : '');
  const chosen = blocked ? true : answer;

  if (bid.my_declaration) {
    const step = nextStep(panelId, bid);
    return (
      <>
        <PageHeading caption={bid.consortium.name}>You have already answered this question</PageHeading>
        <p>
          {bid.my_declaration.conflicted
            ? 'You told us you have a conflict of interest with this bid. You can change that only until the panel starts scoring it.'
            : 'You told us you have no conflict of interest with this bid.'}
        </p>
        <p>
          <Link href={step.href} class="ds_button">
            {step.text}
          </Link>
        </p>
      </>
    );
  }

  const submit = async (event) => {
    event?.preventDefault();
    const found = {};
    if (chosen === null) found['/conflicted'] = 'Choose yes or no';
    if (chosen === true && !text.trim()) found['/description'] = 'Tell us what the link is';
    setFields(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      setChecking(false);
      setTimeout(() => document.querySelector('.ds_error-summary')?.focus(), 0);
      return;
    }
    // A conflict is for good: first the check step, then it is sent.
    if (chosen === true && !checking) {
      setChecking(true);
      focusSoon('check-heading');
      return;
    }
    setBusy(true);
    try {
      await put(`/bids/${bidId}/conflict-declaration`,
        chosen ? { conflicted: true, description: text.trim() } : { conflicted: false });
      navigate(chosen ? `${base}/not-scoring` : `${base}/questions/1`);
    } catch (e) {
      setFields(Object.fromEntries(Object.entries(e.fieldErrors ?? {}).map(([k, v]) => [k, sentence(v)])));
      setProblem(explain(e));
      setBusy(false);
      setTimeout(() => document.querySelector('.ds_error-summary')?.focus(), 0);
    }
  };

  const back = (focus) => () => {
    setChecking(false);
    focusSoon(focus);
  };
  const question = `Do you have a link to ${names.length > 1 ? 'any of these organisations' : names[0]}?`;
  const check = (
    <CheckConflict question={question} text={text.trim()} busy={busy} blocked={blocked}
      answer={blocked ? `Yes: you told us about a link to ${linked}` : 'Yes, I have a link'}
      onChangeAnswer={blocked ? null : back('conflict-yes')} onChangeText={back('description')}
      onConfirm={() => submit()} onCancel={back(blocked ? 'description' : 'conflict-yes')} />
  );
  const ids = { '/conflicted': 'conflict-no', '/description': 'description' };
  const errors = Object.entries(fields).map(([pointer, text]) => ({ href: `#${ids[pointer] ?? 'conflict-no'}`, text }));
  return (
    <>
      <Link href={lotPath(panelId, bid.lot.id)} class="ds_back-link">
        Back to the bids in lot {bid.lot.number}
      </Link>
      <PageHeading caption={`${bid.consortium.name} · Before you read this bid`}>
        Do you have a conflict of interest?
      </PageHeading>
      <p>This bid is from {names.length > 1 ? 'these organisations working together' : 'this organisation'}:</p>
      <ul class="ds_no-bullets organisation-list" data-testid="bid-organisations">
        {names.map((n) => (
          <li key={n}>
            <strong>{n}</strong>
          </li>
        ))}
      </ul>
      <p>
        You have a conflict of interest if you, or someone close to you, has a link to any of these organisations that
        could affect your scoring, or could look as if it does. For example:
      </p>
      <ul>
        <li>you work or volunteer for one of them, now or recently</li>
        <li>you get care or support from one of them</li>
        <li>a family member or close friend works there</li>
      </ul>
      <p>If you are not sure, answer yes and explain. It is always fine to tell us.</p>
      {flag && !blocked && (
        <div class="ds_inset-text" data-testid="pre-flag-cleared">
          <p class="ds_inset-text__text">
            You told us you have a link to {linked}. The commissioner has looked at it and cleared it
            {flag.cleared_at ? ` on ${formatDate(flag.cleared_at)}` : ''}. Their reason: “{flag.clearance_reason}”. You
            can now answer the question below as usual.
          </p>
        </div>
      )}
      <ErrorSummary message={problem} errors={errors} />
      {checking ? check : blocked ? (
        <PreFlagged flag={flag} linked={linked} text={text} setText={setDescription} error={fields['/description']}
          busy={busy} onSubmit={submit} />
      ) : (
      <form onSubmit={submit} noValidate>
        <div class={`ds_question${fields['/conflicted'] ? ' ds_question--error' : ''}`}>
          <fieldset aria-describedby={fields['/conflicted'] ? 'conflicted-error' : undefined}>
            <legend class="ds_label legend-question">
              Do you have a link to {names.length > 1 ? 'any of these organisations' : names[0]}?
            </legend>
            {fields['/conflicted'] && (
              <p class="ds_question__error-message" id="conflicted-error">
                {fields['/conflicted']}
              </p>
            )}
            <div class="ds_field-group">
              <div class="ds_radio">
                <input class="ds_radio__input" type="radio" name="conflicted" id="conflict-no" value="no"
                  checked={answer === false} onChange={() => setAnswer(false)} />
                <label class="ds_radio__label" for="conflict-no">
                  No, I have no link to {names.length > 1 ? 'them' : 'it'}
                </label>
              </div>
              <div class="ds_radio">
                <input class="ds_radio__input" type="radio" name="conflicted" id="conflict-yes" value="yes"
                  checked={answer === true} onChange={() => setAnswer(true)} aria-describedby="conflict-yes-hint" />
                <label class="ds_radio__label" for="conflict-yes">
                  Yes, I have a link
                </label>
                <p class="ds_hint-text" id="conflict-yes-hint">
                  You will not see or score this bid. You can change this answer only until the panel starts scoring it.
                </p>
              </div>
            </div>
          </fieldset>
        </div>
        {answer === true && (
          <WordCountTextarea
            id="description"
            label="What is the link?"
            hint={privateHint}
            value={text}
            onInput={setDescription}
            error={fields['/description']}
            rows={4}
          />
        )}
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Saving…' : 'Continue'}
        </button>
      </form>
      )}
    </>
  );
}
