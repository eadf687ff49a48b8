// Minimum requirements (gates): pass/fail checks a bid must meet before it is
// scored. Each is a kind with its own settings, for every lot or one lot.
import { useEffect, useState } from 'preact/hooks';
import { KeptNotice, useKept } from './kept.jsx';
import { get, request } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { Select, TextArea, TextField } from './Fields.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { editable, ifMatch, pence, pounds, useProblems } from './tenders.js';

export const gateKinds = {
  insurance: 'Insurance at minimum levels',
  fair_work_first: 'Fair Work First, including the Real Living Wage',
  spd_mandatory_exclusions: 'No mandatory exclusion ground applies (SPD)',
  spd_discretionary_exclusions: 'Discretionary exclusion grounds assessed (SPD)',
  care_inspectorate_registration: 'Care Inspectorate registration with minimum grades',
  rates_catalogue: 'Accepts the published rates',
  custom: 'A yes-or-no question of your own',
};
const keyQuestions = {
  wellbeing: 'How well do you support people’s wellbeing?',
  leadership: 'How good is your leadership?',
  staff_team: 'How good is your staff team?',
  setting: 'How good is the setting?',
  care_planning: 'How well is care and support planned?',
  capacity_for_improvement: 'Capacity for improvement',
};
const grades = ['1 Unsatisfactory', '2 Weak', '3 Adequate', '4 Good', '5 Very Good', '6 Excellent'];
const moneyKeys = {
  insurance: [
    ['employers_liability_pence', 'Employer’s liability, at least (£)', '5000000'],
    ['public_liability_pence', 'Public liability, at least (£)', '10000000'],
    ['professional_indemnity_pence', 'Professional indemnity, at least (£)', '2000000'],
  ],
  fair_work_first: [['minimum_hourly_rate_pence', 'Lowest hourly rate paid to staff (£)', '13.45']],
};
// Sums that may be left empty (left out of what is sent), with what that means.
const optionalMoney = {
  minimum_hourly_rate_pence:
    'Optional. Leave it empty to ask for the Real Living Wage: the rate an administrator has set for this service is filled in when you save, and kept with this tender. Or type a rate, for example 13.45.',
};

// A gate as the form holds it: every setting as typed text.
function toRow(g) {
  const p = g.parameters ?? {};
  const row = { kind: g.kind, lot_id: g.lot_id ?? '', values: {} };
  for (const [key] of moneyKeys[g.kind] ?? []) row.values[key] = pounds(p[key]);
  for (const key of Object.keys(keyQuestions)) row.values[key] = p.minimum_grades?.[key] ? String(p.minimum_grades[key]) : '';
  row.values.question = p.question ?? '';
  row.values.passing_answer = p.passing_answer === false ? 'no' : 'yes';
  row.values.items = (p.items ?? []).map((it) => `${it.code} | ${it.description} | ${it.unit} | ${pounds(it.max_rate_pence)}`).join('\n');
  return row;
}

function fromRow(row, i, local) {
  const gate = { kind: row.kind, lot_id: row.lot_id || null, parameters: {} };
  const v = row.values;
  for (const [key] of moneyKeys[row.kind] ?? []) {
    if (optionalMoney[key] && !v[key].trim()) continue;
    const p = pence(v[key]);
    if (p === undefined) local[`gates-${i}-parameters-${key}`] = 'Enter an amount in pounds, for example 5000000.';
    else gate.parameters[key] = p;
  }
  if (row.kind === 'care_inspectorate_registration') {
    gate.parameters.minimum_grades = {};
    for (const key of Object.keys(keyQuestions)) if (v[key]) gate.parameters.minimum_grades[key] = Number(v[key]);
  }
  if (row.kind === 'custom') {
    gate.parameters.question = v.question.trim();
    gate.parameters.passing_answer = v.passing_answer === 'yes';
  }
  if (row.kind === 'rates_catalogue') {
    gate.parameters.items = v.items.split('\n').filter((l) => l.trim()).map((line) => {
      const [code = '', description = '', unit = '', rate = ''] = line.split('|').map((s) => s.trim());
      const max = pence(rate);
      if (max === undefined) local[`gates-${i}-parameters-items`] = 'Write each rate as: code | description | unit | highest rate in pounds.';
      return { code, description, unit, max_rate_pence: max ?? 0 };
    });
  }
  return gate;
}

function GateFields({ row, i, lots, errors, onChange }) {
  const set = (key) => (value) => onChange({ ...row, values: { ...row.values, [key]: value } });
  const id = (key) => `gates-${i}-parameters-${key}`;
  return (
    <fieldset class="criterion-fieldset" data-testid={`gate-${i}`}>
      <legend class="ds_label">
        Requirement {i + 1}: {gateKinds[row.kind]}
      </legend>
      <Select id={`gates-${i}-lot_id`} label={`Requirement ${i + 1} applies to`} value={row.lot_id}
        onChange={(lot) => onChange({ ...row, lot_id: lot })} error={errors[`gates-${i}-lot_id`]}
        options={[['', 'Every lot'], ...lots.map((l) => [l.id, `Lot ${l.number} only: ${l.title}`])]} />
      {(moneyKeys[row.kind] ?? []).map(([key, label, example]) => (
        <TextField key={key} id={id(key)} label={label} hint={optionalMoney[key] ?? `For example ${example}.`} prefix="£" width={10}
          inputMode="decimal" value={row.values[key]} onInput={set(key)} error={errors[id(key)]} />
      ))}
      {row.kind === 'care_inspectorate_registration' &&
        Object.entries(keyQuestions).map(([key, question]) => (
          <Select key={key} id={id(`minimum_grades-${key}`)} label={`Lowest grade accepted: ${question}`}
            value={row.values[key]} onChange={set(key)} error={errors[id(`minimum_grades-${key}`)]}
            options={[['', 'Not required'], ...grades.map((g, n) => [String(n + 1), g])]} />
        ))}
      {row.kind === 'custom' && (
        <>
          <TextField id={id('question')} label="The question bidders answer" value={row.values.question}
            onInput={set('question')} error={errors[id('question')]} />
          <Select id={id('passing_answer')} label="The answer that passes" value={row.values.passing_answer}
            onChange={set('passing_answer')} options={[['yes', 'Yes'], ['no', 'No']]} />
        </>
      )}
      {row.kind === 'rates_catalogue' && (
        <TextArea id={id('items')} label="The rates"
          hint="One rate on each line: code | description | unit | highest rate in pounds. For example: CS1 | Care at home | hour | 24.50"
          value={row.values.items} onInput={set('items')} error={errors[id('items')]} />
      )}
    </fieldset>
  );
}

function GatesForm({ tender, gates, lots, onSaved }) {
  const [draft, setDraft, kept] = useKept(`gates.${tender.id}`, () => ({ rows: gates.map(toRow) }));
  const rows = draft.rows;
  const setRows = (next) => setDraft({ rows: next });
  const [adding, setAdding] = useState('insurance');
  const problems = useProblems();
  const { errors } = problems;
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const locked = !editable(tender);
  useEffect(() => {
    if (locked && kept.restored) kept.discard(); // nothing kept can be saved any more
  }, [locked]);

  const ids = ['gates', ...rows.flatMap((r, i) => [
    `gates-${i}-kind`, `gates-${i}-lot_id`,
    ...[...(moneyKeys[r.kind] ?? []).map(([k]) => k), 'question', 'items', ...Object.keys(keyQuestions).map((k) => `minimum_grades-${k}`)]
      .map((k) => `gates-${i}-parameters-${k}`),
  ])];

  const submit = async (event) => {
    event.preventDefault();
    const local = {};
    const body = { gates: rows.map((r, i) => fromRow(r, i, local)) };
    if (Object.keys(local).length > 0) return problems.show(local, null, ids);
    setBusy(true);
    try {
      await request('PUT', `/tenders/${tender.id}/gates`, body, ifMatch(tender.version));
      problems.clear();
      kept.forget();
      setSaved(true);
      announce('The minimum requirements are saved.');
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
      <p>
        A bid must meet every minimum requirement before it is scored. A bid that fails one is told which, and why.
      </p>
      <form onSubmit={submit} noValidate data-testid="gates-form">
        <fieldset disabled={locked}>
          <legend class="visually-hidden">Minimum requirements</legend>
          {rows.length === 0 && <p id="gates" tabIndex={-1}>There are no minimum requirements yet.</p>}
          {rows.map((row, i) => (
            <div key={i}>
              <GateFields row={row} i={i} lots={lots} errors={errors}
                onChange={(r) => {
                  setRows(rows.map((x, j) => (j === i ? r : x)));
                  setSaved(false);
                }} />
              <button type="button" class="ds_button ds_button--secondary ds_button--small"
                onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                Remove requirement {i + 1}
              </button>
            </div>
          ))}
          <div class="add-gate">
            <Select id="new-gate-kind" label="Kind of requirement to add" value={adding} onChange={setAdding}
              options={Object.entries(gateKinds)} />
            <button type="button" class="ds_button ds_button--secondary"
              onClick={() => {
                setRows([...rows, toRow({ kind: adding })]);
                announce(`Requirement ${rows.length + 1} added: ${gateKinds[adding]}.`);
              }}>
              Add this requirement
            </button>
          </div>
          <div class="ds_button-group form-actions">
            <button type="submit" class="ds_button" disabled={busy}>
              Save the minimum requirements
            </button>
            {saved && <p class="save-status save-status--saved" data-testid="gates-saved">Saved</p>}
          </div>
        </fieldset>
      </form>
    </>
  );
}

export function Gates({ tender }) {
  return (
    <TenderFrame id={tender} page="gates" heading="Minimum requirements (gates)"
      load={async (t) => {
        const [gates, lots] = await Promise.all([get(`/tenders/${t.id}/gates`), get(`/tenders/${t.id}/lots`)]);
        return { gates: gates.gates, lots: lots.items };
      }}
      render={(t, reload, x) => <GatesForm tender={t} gates={x.gates} lots={x.lots} onSaved={reload} />} />
  );
}
