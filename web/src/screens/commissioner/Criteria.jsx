// Award criteria and the scoring scale: weights (with the price weight, adding up
// to 100), word limits, minimum scores, guidance for bidders and for the panel,
// and the scale's labels and descriptors. Saved together: the scale and price
// weight on the tender, then the criteria with the tender's new version.
import { useEffect, useState } from 'preact/hooks';
import { get, request } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { Select, TextArea, TextField } from './Fields.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { editable, ifMatch, tenderPath, whole, useProblems } from './tenders.js';
import { Link } from '../../router.jsx';
import { KeptNotice, useKept } from './kept.jsx';

const blank = { title: '', weight: '', word_limit: '500', min_score: '', bidder_guidance: '', panel_guidance: '' };

// The criteria being edited: title, weight, word limit, minimum score and guidance each.
export function CriterionRows({ rows, setRows, scale, errors }) {
  const setRow = (i, key) => (value) => setRows(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  return (
    <>
    {rows.map((r, i) => (
      <fieldset class="criterion-fieldset" key={i} data-testid={`criterion-${i}`}>
        <legend class="ds_label">Criterion {i + 1}</legend>
        <TextField id={`criteria-${i}-title`} label={`Criterion ${i + 1}: title`} value={r.title}
          onInput={setRow(i, 'title')} error={errors[`criteria-${i}-title`]} />
        <TextField id={`criteria-${i}-weight`} label={`Criterion ${i + 1}: weight, in percent`} inputMode="numeric"
          width={3} value={r.weight} onInput={setRow(i, 'weight')} error={errors[`criteria-${i}-weight`]} />
        <TextField id={`criteria-${i}-word_limit`} label={`Criterion ${i + 1}: word limit for answers`}
          inputMode="numeric" width={5} value={r.word_limit} onInput={setRow(i, 'word_limit')}
          error={errors[`criteria-${i}-word_limit`]} />
        <Select id={`criteria-${i}-min_score`} label={`Criterion ${i + 1}: lowest score a bid may get and still win`}
          value={r.min_score} onChange={setRow(i, 'min_score')} error={errors[`criteria-${i}-min_score`]}
          options={[['', 'No minimum'], ...scale.map((p, s) => [String(s), `${s} – ${p.label || 'no name yet'}`])]} />
        <TextArea id={`criteria-${i}-bidder_guidance`} label={`Criterion ${i + 1}: guidance for bidders`}
          value={r.bidder_guidance} onInput={setRow(i, 'bidder_guidance')} error={errors[`criteria-${i}-bidder_guidance`]} />
        <TextArea id={`criteria-${i}-panel_guidance`} label={`Criterion ${i + 1}: guidance for the panel`}
          hint="What the panel should look for." value={r.panel_guidance} onInput={setRow(i, 'panel_guidance')}
          error={errors[`criteria-${i}-panel_guidance`]} />
        {rows.length > 1 && (
          <button type="button" class="ds_button ds_button--secondary ds_button--small"
            onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            Remove criterion {i + 1}
          </button>
        )}
      </fieldset>
    ))}
    <div class="ds_button-group">
      <button type="button" class="ds_button ds_button--secondary" onClick={() => setRows([...rows, { ...blank }])}>
        Add a criterion
      </button>
    </div>
    </>
  );
}

export const toRows = (criteria) =>
  criteria.length === 0
    ? [{ ...blank }]
    : criteria.map((c) => ({
        title: c.title, weight: String(c.weight), word_limit: String(c.word_limit ?? 500),
        min_score: c.min_score == null ? '' : String(c.min_score),
        bidder_guidance: c.bidder_guidance ?? '', panel_guidance: c.panel_guidance ?? '',
      }));

export const criterionIds = (rows) =>
  ['criteria', ...rows.flatMap((_, i) => ['title', 'weight', 'word_limit', 'min_score', 'bidder_guidance', 'panel_guidance'].map((k) => `criteria-${i}-${k}`))];

// The rows as the API's body; fields whose words are not a whole number go to `local`.
export function rowsToBody(rows, local) {
  const number = (id, text, message) => {
    if (text.trim() === '') return undefined;
    const n = whole(text);
    if (n === undefined) local[id] = message;
    return n;
  };
  return rows.map((r, i) => {
    const c = { title: r.title.trim(), bidder_guidance: r.bidder_guidance.trim(), panel_guidance: r.panel_guidance.trim() };
    const weight = number(`criteria-${i}-weight`, r.weight, 'Enter the weight as a whole number of percent, for example 30.');
    if (weight !== undefined) c.weight = weight;
    const limit = number(`criteria-${i}-word_limit`, r.word_limit, 'Enter the word limit as a whole number, for example 500.');
    if (limit !== undefined) c.word_limit = limit;
    c.min_score = r.min_score === '' ? null : Number(r.min_score);
    return c;
  });
}

function CriteriaForm({ tender, criteria, onSaved }) {
  const [draft, setDraft, kept] = useKept(`criteria.${tender.id}`, () => ({
    scale: tender.scoring_scale.map((p) => ({ ...p })),
    price: String(tender.price_weight ?? 0),
    threshold: tender.quality_threshold == null ? '' : String(tender.quality_threshold),
    rows: toRows(criteria),
  }));
  const { scale, price, threshold, rows } = draft;
  const problems = useProblems();
  const { errors } = problems;
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const change = (key) => (value) => {
    setDraft({ ...draft, [key]: value });
    setSaved(false);
  };
  const [setScale, setPrice, setThreshold, setRows] = ['scale', 'price', 'threshold', 'rows'].map(change);
  const locked = !editable(tender);
  useEffect(() => {
    if (locked && kept.restored) kept.discard(); // nothing kept can be saved any more
  }, [locked]);

  const setPoint = (i, key) => (value) => setScale(scale.map((p, j) => (j === i ? { ...p, [key]: value } : p)));
  const total = rows.reduce((sum, r) => sum + (whole(r.weight) ?? 0), 0) + (whole(price) ?? 0);

  const ids = [
    'price_weight', 'quality_threshold',
    ...scale.flatMap((_, i) => [`scoring_scale-${i}-label`, `scoring_scale-${i}-descriptor`]),
    ...criterionIds(rows),
  ];

  const submit = async (event) => {
    event.preventDefault();
    const local = {};
    const number = (id, text, optional, message) => {
      if (text.trim() === '') return optional ? null : undefined;
      const n = whole(text);
      if (n === undefined) local[id] = message;
      return n;
    };
    const body = { criteria: rowsToBody(rows, local) };
    const patch = {
      scoring_scale: scale.map((p, i) => ({ score: i, label: p.label.trim(), descriptor: p.descriptor.trim() })),
      price_weight: number('price_weight', price, false, 'Enter the price weight as a whole number of percent, usually 0.') ?? 0,
      quality_threshold: number('quality_threshold', threshold, true, 'Enter the overall minimum as a whole percent, or leave it empty.'),
    };
    if (Object.keys(local).length > 0) return problems.show(local, null, ids);
    setBusy(true);
    try {
      const patched = await request('PATCH', `/tenders/${tender.id}`, patch, ifMatch(tender.version));
      await request('PUT', `/tenders/${tender.id}/criteria`, body, ifMatch(patched.version));
      kept.forget();
      problems.clear();
      setSaved(true);
      announce('The criteria and scale are saved.');
      onSaved();
    } catch (error) {
      problems.fail(error, ids);
      onSaved(); // the scale may have been saved even if the criteria were not: fetch the new version
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary message={problems.failure} errors={problems.summary} />
      {!locked && <KeptNotice kept={kept} />}
      <form onSubmit={submit} noValidate data-testid="criteria-form">
        <fieldset disabled={locked}>
          <legend class="visually-hidden">Award criteria and scoring scale</legend>
          {locked && (
            <div class="ds_inset-text">
              <p class="ds_inset-text__text">Stage 1 has opened, so the criteria and scale are fixed.</p>
            </div>
          )}
          <h2>Weights</h2>
          <TextField id="price_weight" label="Price weight, in percent"
            hint="Usually 0: with fixed rates, bids compete on quality alone." inputMode="numeric" width={3}
            value={price} onInput={setPrice} error={errors.price_weight} />
          <TextField id="quality_threshold" label="Overall minimum quality score, in percent (optional)"
            hint="Bids scoring below this are not awarded. Leave empty for none." inputMode="numeric" width={3}
            value={threshold} onInput={setThreshold} error={errors.quality_threshold} />
          <p class={`weight-total${total === 100 ? '' : ' weight-total--off'}`} data-testid="weight-total" id="criteria">
            The weights add up to {total}%{total === 100 ? '.' : `. They must add up to 100%.`}
          </p>
          {errors.criteria && <p class="ds_question__error-message">{errors.criteria}</p>}

          <h2>Criteria</h2>
          <CriterionRows rows={rows} setRows={setRows} scale={scale} errors={errors} />
          <h2>Scoring scale</h2>
          <p>Panels score every criterion on this scale. Describe each score so that everyone reads it the same way.</p>
          {scale.map((p, i) => (
            <fieldset class="criterion-fieldset" key={i}>
              <legend class="ds_label">Score {i}</legend>
              <TextField id={`scoring_scale-${i}-label`} label={`Name of score ${i}`} value={p.label}
                onInput={setPoint(i, 'label')} error={errors[`scoring_scale-${i}-label`]} />
              <TextArea id={`scoring_scale-${i}-descriptor`} label={`What score ${i} means`} rows={2} value={p.descriptor}
                onInput={setPoint(i, 'descriptor')} error={errors[`scoring_scale-${i}-descriptor`]} />
            </fieldset>
          ))}
          <div class="ds_button-group">
            <button type="button" class="ds_button ds_button--secondary ds_button--small"
              onClick={() => setScale([...scale, { score: scale.length, label: '', descriptor: '' }])}>
              Add a score to the scale
            </button>
            {scale.length > 2 && (
              <button type="button" class="ds_button ds_button--secondary ds_button--small"
                onClick={() => setScale(scale.slice(0, -1))}>
                Remove score {scale.length - 1}
              </button>
            )}
          </div>

          <div class="ds_button-group form-actions">
            <button type="submit" class="ds_button" disabled={busy}>
              Save the criteria and scale
            </button>
            {saved && <p class="save-status save-status--saved" data-testid="criteria-saved">Saved</p>}
          </div>
        </fieldset>
      </form>
    </>
  );
}

function LotsCriteria({ tender, lots }) {
  if (lots.length === 0) return null;
  return (
    <>
      <h2>Lots with criteria of their own</h2>
      <p>Every lot uses the criteria above unless you give it its own.</p>
      <ul class="member-progress" data-testid="lots-criteria">
        {lots.map(({ lot, inherited }) => (
          <li key={lot.id}>
            <Link href={tenderPath(tender.id, `lots/${lot.id}/criteria`)}>
              Lot {lot.number}: {lot.title}
            </Link>{' '}
            – {inherited ? 'uses the tender’s criteria' : 'has its own criteria'}
          </li>
        ))}
      </ul>
    </>
  );
}

export function Criteria({ tender }) {
  return (
    <TenderFrame id={tender} page="criteria" heading="Award criteria and scale"
      load={async (t) => {
        const [criteria, lots] = await Promise.all([get(`/tenders/${t.id}/criteria`), get(`/tenders/${t.id}/lots`)]);
        const own = await Promise.all(lots.items.map((l) => get(`/tenders/${t.id}/lots/${l.id}/criteria`)));
        return { criteria: criteria.criteria, lots: lots.items.map((lot, i) => ({ lot, inherited: own[i].inherited })) };
      }}
      render={(t, reload, x) => (
        <>
          <CriteriaForm tender={t} criteria={x.criteria} onSaved={reload} />
          <LotsCriteria tender={t} lots={x.lots} />
        </>
      )} />
  );
}

// A lot's own criteria, when it needs different ones from the tender's; an empty
// set returns the lot to the tender's criteria.
function LotCriteriaForm({ tender, lot, own, onSaved }) {
  const [rows, setRows] = useState(() => toRows(own.criteria));
  const problems = useProblems();
  const { errors } = problems;
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const locked = !editable(tender);
  const total = rows.reduce((sum, r) => sum + (whole(r.weight) ?? 0), 0) + (tender.price_weight ?? 0);
  const ids = criterionIds(rows);

  const send = async (criteria) => {
    const local = {};
    const body = { criteria: criteria ?? rowsToBody(rows, local) };
    if (Object.keys(local).length > 0) return problems.show(local, null, ids);
    setBusy(true);
    try {
      const result = await request('PUT', `/tenders/${tender.id}/lots/${lot.id}/criteria`, body, ifMatch(tender.version));
      problems.clear();
      setSaved(true);
      announce(result.inherited ? `Lot ${lot.number} uses the tender’s criteria again.` : `Lot ${lot.number}’s own criteria are saved.`);
      if (result.inherited) setRows(toRows(result.criteria));
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
      <p data-testid="lot-criteria-state">
        {own.inherited
          ? `Lot ${lot.number} uses the tender’s criteria. Change them below to give this lot its own.`
          : `Lot ${lot.number} has its own criteria.`}
      </p>
      <form onSubmit={(e) => { e.preventDefault(); send(); }} noValidate data-testid="lot-criteria-form">
        <fieldset disabled={locked}>
          <legend class="visually-hidden">Criteria for lot {lot.number}</legend>
          <p class={`weight-total${total === 100 ? '' : ' weight-total--off'}`} id="criteria" tabIndex={-1}>
            With the price weight of {tender.price_weight ?? 0}%, the weights add up to {total}%
            {total === 100 ? '.' : '. They must add up to 100%.'}
          </p>
          <CriterionRows rows={rows} setRows={(r) => { setRows(r); setSaved(false); }} scale={tender.scoring_scale} errors={errors} />
          <div class="ds_button-group form-actions">
            <button type="submit" class="ds_button" disabled={busy}>
              Save lot {lot.number}’s own criteria
            </button>
            {!own.inherited && (
              <button type="button" class="ds_button ds_button--secondary" disabled={busy} onClick={() => send([])}>
                Use the tender’s criteria for lot {lot.number}
              </button>
            )}
            {saved && <p class="save-status save-status--saved" data-testid="lot-criteria-saved">Saved</p>}
          </div>
        </fieldset>
      </form>
    </>
  );
}

export function LotCriteria({ tender, lot }) {
  return (
    <TenderFrame id={tender} page="criteria" deps={[lot]} heading={(_t, x) => `Criteria for lot ${x.lot.number}`}
      load={async (t) => {
        const [found, own] = await Promise.all([get(`/tenders/${t.id}/lots/${lot}`), get(`/tenders/${t.id}/lots/${lot}/criteria`)]);
        return { lot: found, own };
      }}
      render={(t, reload, x) => <LotCriteriaForm tender={t} lot={x.lot} own={x.own} onSaved={reload} />} />
  );
}
