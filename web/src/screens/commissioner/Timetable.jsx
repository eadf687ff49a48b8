// The timetable: when questions close, both stages' deadlines, and the standstill.
// Times are typed in this device's local time and sent in UTC. Once the tender is
// out, a stage's deadline moves only through a deadline change that bidders are told of.
import { useEffect, useState } from 'preact/hooks';
import { KeptNotice, useKept } from './kept.jsx';
import { ApiError, post, request } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { Select, TextArea, TextField } from './Fields.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { useLoad } from '../../load.js';
import { editable, explain, formatDate, fromLocalInput, ifMatch, problemList, toLocalInput, whole, useProblems } from './tenders.js';

const dates = [
  ['clarification_cutoff', 'Clarification questions close', 'Usually at least 6 days before the stage 1 deadline.'],
  ['stage1_deadline', 'Stage 1 deadline for first bids', null],
  ['stage2_deadline', 'Stage 2 deadline for revised bids', 'After the panel’s feedback on stage 1.'],
];
const ids = ['timetable-clarification_cutoff', 'timetable-stage1_deadline', 'timetable-stage2_deadline', 'timetable-standstill_days'];

function TimetableForm({ tender, onSaved }) {
  const t = tender.timetable ?? {};
  const [v, setV, kept] = useKept(`timetable.${tender.id}`, () => ({
    clarification_cutoff: toLocalInput(t.clarification_cutoff),
    stage1_deadline: toLocalInput(t.stage1_deadline),
    stage2_deadline: toLocalInput(t.stage2_deadline),
    standstill_days: String(t.standstill_days ?? 10),
  }));
  const problems = useProblems();
  const { errors } = problems;
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const locked = !editable(tender);
  useEffect(() => {
    if (locked && kept.restored) kept.discard(); // nothing kept can be saved any more
  }, [locked]);

  const submit = async (event) => {
    event.preventDefault();
    const local = {};
    const timetable = {};
    for (const [key] of dates) {
      const at = fromLocalInput(v[key]);
      if (at === undefined) local[`timetable-${key}`] = 'Enter a date and time, for example 1 March 2027 at 12:00.';
      else timetable[key] = at;
    }
    const days = whole(v.standstill_days);
    if (days === undefined) local['timetable-standstill_days'] = 'Enter the standstill as a whole number of days, at least 10.';
    else timetable.standstill_days = days;
    if (Object.keys(local).length > 0) return problems.show(local, null, ids);
    setBusy(true);
    try {
      await request('PATCH', `/tenders/${tender.id}`, { timetable }, ifMatch(tender.version));
      problems.clear();
      kept.forget();
      setSaved(true);
      announce('The timetable is saved.');
      onSaved();
    } catch (error) {
      problems.fail(error, ids);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary message={problems.failure} errors={problems.summary} />
      {!locked && <KeptNotice kept={kept} />}
      <form onSubmit={submit} noValidate data-testid="timetable-form">
        <fieldset disabled={locked}>
          <legend class="visually-hidden">Timetable</legend>
          {locked && deadlinesMayMove(tender) && (
            <p data-testid="timetable-fixed">
              Stage 1 has opened, so the timetable is fixed here. A deadline that has not passed yet can still move
              with <a href="#change-a-deadline">Change a deadline</a>, below.
            </p>
          )}
          <p>Times are in your own time zone ({Intl.DateTimeFormat().resolvedOptions().timeZone}).</p>
          {dates.map(([key, label, hint]) => (
            <TextField key={key} id={`timetable-${key}`} type="datetime-local" label={label} hint={hint}
              value={v[key]} onInput={(value) => { setV({ ...v, [key]: value }); setSaved(false); }}
              error={errors[`timetable-${key}`]} />
          ))}
          <TextField id="timetable-standstill_days" label="Standstill, in days"
            hint="The pause between telling bidders the award decision and confirming it: at least 10 days."
            inputMode="numeric" width={3} value={v.standstill_days}
            onInput={(value) => setV({ ...v, standstill_days: value })} error={errors['timetable-standstill_days']} />
          <div class="ds_button-group form-actions">
            <button type="submit" class="ds_button" disabled={busy}>
              Save the timetable
            </button>
            {saved && <p class="save-status save-status--saved" data-testid="timetable-saved">Saved</p>}
          </div>
        </fieldset>
      </form>
    </>
  );
}

// The service's refusals of a deadline change, by code, in the commissioner's words.
const deadlineRefusals = {
  cannot_shorten: 'Bidders have already started their bids, so this deadline can only move later. Choose a later date and time.',
  after_stage2: 'The stage 1 deadline must come before the stage 2 deadline. Choose an earlier date, or move the stage 2 deadline later first.',
  before_stage1: 'The stage 2 deadline must come after the stage 1 deadline. Choose a later date and time.',
  before_cutoff: 'The stage 1 deadline must come after clarification questions close. Choose a later date and time.',
  in_the_past: 'This date and time has already gone. Choose one in the future.',
  unchanged: 'This is the deadline already. Choose a different date and time.',
};
const deadlineStops = {
  'deadline-passed': 'This deadline has already passed, so it can no longer move.',
  'stage-closed': 'This stage has closed, so its deadline can no longer move.',
};

// Until stage 2 closes, a fixed timetable's deadlines may still move by a change bidders are told of.
const deadlinesMayMove = (tender) => ['stage1_open', 'stage1_evaluation', 'stage2_open'].includes(tender.status);

// Where each stage's deadline stands and the changes made so far, as the service
// says (GET .../deadline-changes): which may move, and whether only later.
function DeadlineChanges({ tender, onChanged }) {
  const { data, error, reload } = useLoad(() => request('GET', `/tenders/${tender.id}/deadline-changes`), [tender.id, tender.version]);
  if (error) return <p class="ds_error-message" data-testid="deadline-changes-failed">{explain(error)}</p>;
  if (!data) return <p>Loading the deadlines…</p>;
  const movable = data.stages.filter((s) => s.movable);
  return (
    <>
      {movable.length > 0 ? (
        <DeadlineChange tender={tender} stages={data.stages} onChanged={() => { reload(); onChanged(); }} />
      ) : (
        <section class="deadline-change" aria-labelledby="change-a-deadline">
          <h2 id="change-a-deadline">Change a deadline</h2>
          <ul data-testid="deadline-stops">
            {data.stages.map((s) => <li key={s.stage}>Stage {s.stage}: {deadlineStops[s.refusal?.code] ?? s.refusal?.detail}</li>)}
          </ul>
        </section>
      )}
      <DeadlineHistory changes={data.changes} />
    </>
  );
}

function DeadlineHistory({ changes }) {
  return (
    <section aria-labelledby="deadline-history">
      <h2 id="deadline-history">Deadline changes so far</h2>
      {changes.length === 0 ? (
        <p data-testid="deadline-history">No deadline has moved since the tender was published.</p>
      ) : (
        <ol class="ds_no-bullets" data-testid="deadline-history">
          {changes.map((c) => (
            <li key={c.changed_at}>
              On {formatDate(c.changed_at)}{c.changed_by ? ` ${c.changed_by.display_name}` : ''} moved the stage {c.stage}{' '}
              deadline {c.previous_deadline ? `from ${formatDate(c.previous_deadline)} ` : ''}to {formatDate(c.deadline)}, because:{' '}
              {c.reason}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function DeadlineChange({ tender, stages: standing, onChanged }) {
  const movable = standing.filter((s) => s.movable);
  const stages = movable.map((s) => s.stage);
  const t = tender.timetable ?? {};
  const current = (stage) => t[`stage${stage}_deadline`];
  const [stage, setStage] = useState(String(stages[0]));
  const [deadline, setDeadline] = useState('');
  const [reason, setReason] = useState('');
  const [state, setState] = useState({ errors: {}, summary: [], failure: null });
  const [done, setDone] = useState(null);
  const [busy, setBusy] = useState(false);
  const { errors } = state;

  const refuse = (errors, failure) => {
    setState({ errors, failure, summary: Object.entries(errors).map(([id, text]) => ({ href: `#${id}`, text })) });
    requestAnimationFrame(() => document.querySelector('.deadline-change .ds_error-summary')?.focus());
  };

  const submit = async (event) => {
    event.preventDefault();
    setDone(null);
    const local = {};
    const at = fromLocalInput(deadline);
    if (!at) local['change-deadline'] = 'Enter the new date and time, for example 1 March 2027 at 12:00.';
    if (!reason.trim()) local['change-reason'] = 'Say why the deadline is moving. Bidders will read this.';
    if (Object.keys(local).length > 0) return refuse(local, 'Some answers need checking. Please see the messages below.');
    setBusy(true);
    try {
      const changed = await post(`/tenders/${tender.id}/deadline-changes`, { stage: Number(stage), deadline: at, reason: reason.trim() });
      setState({ errors: {}, summary: [], failure: null });
      setDone({ stage: Number(stage), at: changed?.timetable?.[`stage${stage}_deadline`] ?? at });
      setDeadline('');
      setReason('');
      announce('The deadline has moved. Bidders have been told.');
      onChanged();
    } catch (error) {
      const found = {};
      for (const e of problemList(error)) {
        const id = { '/stage': 'change-stage', '/deadline': 'change-deadline', '/reason': 'change-reason' }[e.pointer];
        if (id) found[id] ??= deadlineRefusals[e.code] ?? e.text;
      }
      const stop = error instanceof ApiError && deadlineStops[error.kind];
      refuse(found, stop || (Object.keys(found).length > 0 ? 'The deadline has not moved. Please see the messages below.' : explain(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="deadline-change" aria-labelledby="change-a-deadline">
      <h2 id="change-a-deadline">Change a deadline</h2>
      <p>Now the tender is published, a deadline can only move through this form. The rules are:</p>
      <ul data-testid="deadline-rules">
        <li>
          you can move a deadline only before it has passed, except to give bidders more time when a lot has too few
          bids and the stage is still open;
        </li>
        <li>once any bidder has started a bid, a deadline can only move later, never earlier;</li>
        <li>stage 1 must still close after clarification questions close, and before stage 2 closes;</li>
        <li>everyone following the tender is told, and the change and your reason are published as a clarification.</li>
      </ul>
      <p>For this tender, now:</p>
      <ul data-testid="deadline-now">
        {standing.map((s) => (
          <li key={s.stage}>
            Stage {s.stage}:{' '}
            {!s.movable
              ? deadlineStops[s.refusal?.code] ?? s.refusal?.detail
              : s.reopens_for_short_lots
                ? 'it has passed, but you can give bidders more time because a lot has too few bids.'
                : s.may_shorten
                  ? 'you can move it earlier or later.'
                  : 'bidders have started their bids, so you can only move it later.'}
          </li>
        ))}
      </ul>
      {done && (
        <div class="ds_notification-panel ds_notification-panel--success" data-testid="deadline-changed">
          <p>
            The stage {done.stage} deadline is now {formatDate(done.at)}. Bidders and everyone following the tender
            have been told, and the change is published as a clarification with your reason.
          </p>
        </div>
      )}
      <ErrorSummary message={state.failure} errors={state.summary} />
      <form onSubmit={submit} noValidate data-testid="deadline-change-form">
        {stages.length > 1 ? (
          <Select id="change-stage" label="Which deadline" value={stage} onChange={setStage} error={errors['change-stage']}
            options={stages.map((s) => [String(s), `Stage ${s}: now ${formatDate(current(s))}`])} />
        ) : (
          <p>You can move the stage {stages[0]} deadline, now {formatDate(current(stages[0]))}.</p>
        )}
        <TextField id="change-deadline" type="datetime-local" label="New date and time"
          hint={`In your own time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}).`}
          value={deadline} onInput={setDeadline} error={errors['change-deadline']} />
        <TextArea id="change-reason" label="Why the deadline is moving" rows={3}
          hint="Bidders and the public read this, so write it plainly. For example: to give partnerships more time after the information session."
          value={reason} onInput={setReason} error={errors['change-reason']} />
        <button type="submit" class="ds_button" disabled={busy}>
          Change the deadline and tell bidders
        </button>
      </form>
    </section>
  );
}

export function Timetable({ tender }) {
  return (
    <TenderFrame id={tender} page="timetable" heading="Timetable"
      render={(t, reload) => (
        <>
          {/* Once fixed, drawn afresh when the service's timetable changes, so a moved deadline shows at once
              (while editable it keeps its own state, the "Saved" mark included). */}
          <TimetableForm key={editable(t) ? 'editable' : JSON.stringify(t.timetable)} tender={t} onSaved={reload} />
          {/* Once the timetable is fixed, deadlines move only by a change bidders are told of. */}
          {!editable(t) && <DeadlineChanges tender={t} onChanged={reload} />}
        </>
      )} />
  );
}
