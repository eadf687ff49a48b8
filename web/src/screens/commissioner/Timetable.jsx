// The timetable: when questions close, both stages' deadlines, and the standstill.
// Times are typed in this device's local time and sent in UTC.
import { useEffect, useState } from 'preact/hooks';
import { KeptNotice, useKept } from './kept.jsx';
import { request } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { TextField } from './Fields.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { editable, fromLocalInput, ifMatch, toLocalInput, whole, useProblems } from './tenders.js';

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

export function Timetable({ tender }) {
  return (
    <TenderFrame id={tender} page="timetable" heading="Timetable"
      render={(t, reload) => <TimetableForm tender={t} onSaved={reload} />} />
  );
}
