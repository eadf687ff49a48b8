// A tender's lots: the list with changes and removal (/tenders/:tender/lots), a
// new lot (…/lots/new) and one lot's form (…/lots/:lot).
import { useState } from 'preact/hooks';
import { get, post, request } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { Link, navigate } from '../../router.jsx';
import { TextArea, TextField } from './Fields.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { editable, formatDate, ifMatch, money, pence, pounds, tenderPath, whole, explain, useProblems } from './tenders.js';

const ids = ['number', 'title', 'description', 'locality_or_theme', 'annual_value_pence', 'term_months', 'max_awards', 'outcomes'];

function LotList({ tender, lots, reload }) {
  const [problem, setProblem] = useState(null);
  const [asking, setAsking] = useState(null); // the lot whose removal waits for a second press
  const remove = async (lot) => {
    setProblem(null);
    setAsking(null);
    try {
      await request('DELETE', `/tenders/${tender.id}/lots/${lot.id}`, undefined, ifMatch(lot.version));
      announce(`Lot ${lot.number} removed.`);
      reload();
    } catch (error) {
      setProblem(explain(error));
      announce(`Lot ${lot.number} was not removed. ${explain(error)}`);
    }
  };
  const open = editable(tender);
  return (
    <>
      <ErrorSummary message={problem} />
      <p>
        Split the tender into lots by locality or theme. Each lot is scored and awarded on its own.
        {!open && ' The lots are fixed now that stage 1 has opened; correct a lot by answering a clarification question.'}
      </p>
      {lots.length === 0 ? (
        <p data-testid="no-lots">There are no lots yet.</p>
      ) : (
        <ul class="lot-list">
          {lots.map((lot) => (
            <li class="lot-card" key={lot.id} data-testid={`lot-${lot.number}`}>
              <h2 class="lot-card__title ds_h3">
                Lot {lot.number}: {lot.title}
              </h2>
              {lot.status === 'cancelled' && (
                <p data-testid="lot-cancelled">
                  <strong class="ds_tag ds_tag--grey">Cancelled</strong>
                  {lot.cancellation && <> on {formatDate(lot.cancellation.cancelled_at)}: {lot.cancellation.reason}</>}
                </p>
              )}
              <p>
                {lot.locality_or_theme} · {money(lot.annual_value_pence)} a year · {lot.term_months} months ·{' '}
                {lot.max_awards === 1 ? 'one award' : `up to ${lot.max_awards} awards`}
              </p>
              {open && (
                <div class="bid-card__actions">
                  <Link href={tenderPath(tender.id, `lots/${lot.id}`)} class="ds_button ds_button--secondary ds_button--small">
                    Change lot {lot.number}
                  </Link>
                  {asking === lot.id ? (
                    <div class="confirm-remove" role="group" aria-labelledby={`confirm-${lot.id}`}>
                      <p id={`confirm-${lot.id}`}>
                        <strong>Remove lot {lot.number} for good?</strong>
                      </p>
                      <button type="button" class="ds_button ds_button--small" id={`confirm-yes-${lot.id}`} onClick={() => remove(lot)}>
                        Yes, remove lot {lot.number}
                      </button>
                      <button type="button" class="ds_button ds_button--secondary ds_button--small"
                        onClick={() => {
                          setAsking(null);
                          requestAnimationFrame(() => document.getElementById(`remove-${lot.id}`)?.focus());
                        }}>
                        No, keep it
                      </button>
                    </div>
                  ) : (
                    <button type="button" class="ds_button ds_button--secondary ds_button--small" id={`remove-${lot.id}`}
                      onClick={() => {
                        setAsking(lot.id);
                        requestAnimationFrame(() => document.getElementById(`confirm-yes-${lot.id}`)?.focus());
                        announce(`Remove lot ${lot.number}? Press “Yes, remove lot ${lot.number}” to confirm.`);
                      }}>
                      Remove lot {lot.number}
                    </button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <p>
          <Link href={tenderPath(tender.id, 'lots/new')} class="ds_button">
            Add a lot
          </Link>
        </p>
      )}
    </>
  );
}

function LotForm({ tender, lot, next }) {
  const [v, setV] = useState({
    number: String(lot?.number ?? next),
    title: lot?.title ?? '',
    description: lot?.description ?? '',
    locality_or_theme: lot?.locality_or_theme ?? '',
    annual_value_pence: pounds(lot?.annual_value_pence),
    term_months: String(lot?.term_months ?? tender.contract_term_months ?? ''),
    max_awards: String(lot?.max_awards ?? 1),
    outcomes: (lot?.outcomes ?? []).join('\n'),
  });
  const problems = useProblems();
  const { errors } = problems;
  const [busy, setBusy] = useState(false);
  const set = (key) => (value) => setV({ ...v, [key]: value });

  const submit = async (event) => {
    event.preventDefault();
    const local = {};
    const body = {
      title: v.title.trim(), description: v.description.trim(), locality_or_theme: v.locality_or_theme.trim(),
      outcomes: v.outcomes.split('\n').map((s) => s.trim()).filter(Boolean),
    };
    for (const [key, parse, message] of [
      ['number', whole, 'Enter the lot number as a whole number, for example 1.'],
      ['term_months', whole, 'Enter the term as a whole number of months, for example 60.'],
      ['max_awards', whole, 'Enter how many bids may win this lot, for example 1.'],
      ['annual_value_pence', pence, 'Enter the yearly value in pounds, for example 900000.'],
    ]) {
      if (v[key].trim() === '') continue;
      const n = parse(v[key]);
      if (n === undefined) local[key] = message;
      else body[key] = n;
    }
    if (Object.keys(local).length > 0) return problems.show(local, null, ids);
    setBusy(true);
    try {
      if (lot) await request('PATCH', `/tenders/${tender.id}/lots/${lot.id}`, body, ifMatch(lot.version));
      else await post(`/tenders/${tender.id}/lots`, body);
      announce(lot ? `Lot ${body.number} saved.` : `Lot ${body.number} added.`);
      navigate(tenderPath(tender.id, 'lots'));
    } catch (error) {
      problems.fail(error, ids);
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary message={problems.failure} errors={problems.summary} />
      <form onSubmit={submit} noValidate data-testid="lot-form">
        <TextField id="number" label="Lot number" inputMode="numeric" width={3} value={v.number} onInput={set('number')}
          error={errors.number} />
        <TextField id="title" label="Title" hint="For example Welcome Team North West." value={v.title}
          onInput={set('title')} error={errors.title} />
        <TextArea id="description" label="What this lot covers" value={v.description} onInput={set('description')}
          error={errors.description} />
        <TextField id="locality_or_theme" label="Locality or theme" hint="For example North West, or Arts and creativity."
          value={v.locality_or_theme} onInput={set('locality_or_theme')} error={errors.locality_or_theme} />
        <TextField id="annual_value_pence" label="Value each year, in pounds" prefix="£" width={10} inputMode="decimal"
          value={v.annual_value_pence} onInput={set('annual_value_pence')} error={errors.annual_value_pence} />
        <TextField id="term_months" label="Term in months" inputMode="numeric" width={4} value={v.term_months}
          onInput={set('term_months')} error={errors.term_months} />
        <TextField id="max_awards" label="How many bids may win this lot" inputMode="numeric" width={3}
          value={v.max_awards} onInput={set('max_awards')} error={errors.max_awards} />
        <TextArea id="outcomes" label="Outcomes for this lot" hint="One outcome on each line." value={v.outcomes}
          onInput={set('outcomes')} error={errors.outcomes} />
        <div class="ds_button-group">
          <button type="submit" class="ds_button" disabled={busy}>
            {lot ? 'Save the lot' : 'Add the lot'}
          </button>
          <Link href={tenderPath(tender.id, 'lots')} class="ds_button ds_button--cancel">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

const loadLots = (t) => get(`/tenders/${t.id}/lots`).then((r) => r.items);

export function Lots({ tender }) {
  return (
    <TenderFrame id={tender} page="lots" heading="Lots" load={loadLots}
      render={(t, reload, lots) => <LotList tender={t} lots={lots} reload={reload} />} />
  );
}

export function NewLot({ tender }) {
  return (
    <TenderFrame id={tender} page="lots" heading="Add a lot" load={loadLots}
      render={(t, _reload, lots) => <LotForm tender={t} next={Math.max(0, ...lots.map((l) => l.number)) + 1} />} />
  );
}

export function EditLot({ tender, lot }) {
  return (
    <TenderFrame id={tender} page="lots" deps={[lot]} heading="Change a lot"
      load={(t) => get(`/tenders/${t.id}/lots/${lot}`)}
      render={(t, _reload, found) => <LotForm tender={t} lot={found} />} />
  );
}
