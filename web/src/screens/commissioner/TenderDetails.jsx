// A tender's details: the form that creates a tender (/tenders/new) and edits it
// (/tenders/:tender/details) while its set-up may still change.
import { useEffect, useState } from 'preact/hooks';
import { post, request } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { Link, navigate } from '../../router.jsx';
import { Checkbox, TextArea, TextField } from './Fields.jsx';
import { KeptNotice, useKept } from './kept.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { editable, ifMatch, pence, pounds, tenderPath, whole, useProblems } from './tenders.js';

const ids = ['reference', 'title', 'description', 'cpv_codes', 'contract_term_months', 'extension_months',
  'estimated_value_pence', 'outcomes', 'partnership_bids_expected', 'partnership_statement', 'pin_summary',
  'minimum_bids-stage1', 'minimum_bids-stage2'];

function initial(t) {
  return {
    reference: t?.reference ?? '',
    title: t?.title ?? '',
    description: t?.description ?? '',
    cpv_codes: (t?.cpv_codes ?? ['85312000-9']).join(', '),
    contract_term_months: String(t?.contract_term_months ?? ''),
    extension_months: String(t?.extension_months ?? '0'),
    estimated_value_pence: pounds(t?.estimated_value_pence),
    outcomes: (t?.outcomes ?? []).join('\n'),
    partnership_bids_expected: t?.partnership_bids_expected ?? true,
    partnership_statement: t?.partnership_statement ?? '',
    pin_summary: t?.pin_summary ?? '',
    minimum_stage1: String(t?.minimum_bids?.stage1 ?? 1),
    minimum_stage2: String(t?.minimum_bids?.stage2 ?? 1),
  };
}

// The form's words as the API's body, or the fields whose words are not a number.
function toBody(v) {
  const errors = {};
  const body = {
    reference: v.reference.trim(),
    title: v.title.trim(),
    description: v.description.trim(),
    cpv_codes: v.cpv_codes.split(/[,\s]+/).filter(Boolean),
    outcomes: v.outcomes.split('\n').map((s) => s.trim()).filter(Boolean),
    partnership_bids_expected: v.partnership_bids_expected,
    partnership_statement: v.partnership_statement.trim(),
    pin_summary: v.pin_summary.trim(),
  };
  const number = (key, parse, message) => {
    if (v[key].trim() === '') return;
    const n = parse(v[key]);
    if (n === undefined) errors[key] = message;
    else body[key] = n;
  };
  number('contract_term_months', whole, 'Enter the contract term as a whole number of months, for example 60.');
  number('extension_months', whole, 'Enter the extension as a whole number of months, for example 24, or 0.');
  number('estimated_value_pence', pence, 'Enter the estimated value in pounds, for example 4200000 or 4,200,000.50.');
  const minimum = {};
  for (const stage of ['stage1', 'stage2']) {
    const n = whole(v[`minimum_${stage}`]);
    if (n === undefined || n < 1 || n > 100)
      errors[`minimum_bids-${stage}`] = `Enter the fewest bids each lot needs in stage ${stage.slice(-1)} as a whole number from 1 to 100.`;
    else minimum[stage] = n;
  }
  body.minimum_bids = minimum;
  return { body, errors };
}

export function DetailsForm({ tender, onSaved }) {
  const [v, setV, kept] = useKept(`details.${tender?.id ?? 'new'}`, () => initial(tender));
  const problems = useProblems();
  const { errors } = problems;
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const set = (key) => (value) => {
    setV({ ...v, [key]: value });
    setSaved(false);
  };
  const locked = tender && !editable(tender);
  useEffect(() => {
    if (locked && kept.restored) kept.discard(); // nothing kept can be saved any more
  }, [locked]);

  const submit = async (event) => {
    event.preventDefault();
    const { body, errors: local } = toBody(v);
    if (Object.keys(local).length > 0) return problems.show(local, null, ids);
    setBusy(true);
    try {
      if (tender) {
        await request('PATCH', `/tenders/${tender.id}`, body, ifMatch(tender.version));
        kept.forget();
        problems.clear();
        setSaved(true);
        announce('The details are saved.');
        onSaved();
      } else {
        const created = await post('/tenders', body);
        kept.forget();
        announce('The tender is created as a draft.');
        navigate(tenderPath(created.id));
      }
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
      {locked && (
        <div class="ds_inset-text">
          <p class="ds_inset-text__text">
            Bidders are relying on these details now, so they cannot be changed. A lot can still be corrected by
            answering a clarification question.
          </p>
        </div>
      )}
      <form onSubmit={submit} noValidate data-testid="details-form">
        <fieldset disabled={locked}>
          <legend class="visually-hidden">Tender details</legend>
          <TextField id="reference" label="Reference" hint="Your own reference, for example EDI-2026-014." width={20}
            value={v.reference} onInput={set('reference')} error={errors.reference} />
          <TextField id="title" label="Title" value={v.title} onInput={set('title')} error={errors.title} />
          <TextArea id="description" label="What the service is" value={v.description} onInput={set('description')}
            error={errors.description} />
          <TextField id="cpv_codes" label="CPV codes"
            hint="The Common Procurement Vocabulary codes, separated by commas, for example 85312000-9 (social work services without accommodation)."
            value={v.cpv_codes} onInput={set('cpv_codes')} error={errors.cpv_codes} />
          <TextField id="contract_term_months" label="Contract term in months" hint="For example 60 for five years."
            inputMode="numeric" width={4} value={v.contract_term_months} onInput={set('contract_term_months')}
            error={errors.contract_term_months} />
          <TextField id="extension_months" label="Possible extension in months" hint="0 if there is none."
            inputMode="numeric" width={4} value={v.extension_months} onInput={set('extension_months')}
            error={errors.extension_months} />
          <TextField id="estimated_value_pence" label="Estimated total value, in pounds" prefix="£" width={10}
            inputMode="decimal" value={v.estimated_value_pence} onInput={set('estimated_value_pence')}
            error={errors.estimated_value_pence} />
          <TextArea id="outcomes" label="Outcomes the service should achieve" hint="One outcome on each line."
            value={v.outcomes} onInput={set('outcomes')} error={errors.outcomes} />
          <Checkbox id="partnership_bids_expected" label="We expect partnership bids for every lot"
            checked={v.partnership_bids_expected} onChange={set('partnership_bids_expected')} />
          <TextArea id="partnership_statement" label="What you tell providers about partnership bids"
            hint="Needed when you expect partnership bids." value={v.partnership_statement}
            onInput={set('partnership_statement')} error={errors.partnership_statement} />
          <fieldset class="criterion-fieldset" aria-describedby="minimum-bids-hint">
            <legend class="ds_label">The fewest bids each lot needs</legend>
            <p class="ds_hint-text" id="minimum-bids-hint">
              If a lot has fewer bids than this when a stage’s deadline passes, you cannot close the stage until you
              decide what to do: give bidders more time, go ahead with fewer bids (saying why), or cancel the lot. 1
              means any bid is enough. You can change this until stage 1 opens.
            </p>
            <TextField id="minimum_bids-stage1" label="Stage 1 (first bids)" inputMode="numeric" width={2}
              value={v.minimum_stage1} onInput={set('minimum_stage1')} error={errors['minimum_bids-stage1']} />
            <TextField id="minimum_bids-stage2" label="Stage 2 (revised bids)" inputMode="numeric" width={2}
              value={v.minimum_stage2} onInput={set('minimum_stage2')} error={errors['minimum_bids-stage2']} />
          </fieldset>
          <TextArea id="pin_summary" label="Prior information notice (PIN) summary"
            hint="What providers read when the notice is published. Needed to publish the notice." rows={6}
            value={v.pin_summary} onInput={set('pin_summary')} error={errors.pin_summary} />
          <div class="ds_button-group form-actions">
            <button type="submit" class="ds_button" disabled={busy}>
              {tender ? 'Save the details' : 'Create the tender'}
            </button>
            {saved && (
              <p class="save-status save-status--saved" data-testid="details-saved">
                Saved
              </p>
            )}
          </div>
        </fieldset>
      </form>
    </>
  );
}

export function NewTender() {
  return (
    <>
      <Link href="/tenders" class="ds_back-link">
        Back to your tenders
      </Link>
      <PageHeading>Create a tender</PageHeading>
      <p class="ds_leader">
        Start with the details. The tender stays a private draft until you publish its prior information notice. You
        add lots, award criteria, minimum requirements and the timetable next.
      </p>
      <DetailsForm />
    </>
  );
}

export function TenderDetails({ tender }) {
  return (
    <TenderFrame id={tender} page="details" heading="Tender details"
      render={(t, reload) => <DetailsForm tender={t} onSaved={reload} />} />
  );
}
