// The questions about an organisation: its name, what kind it is (the legal form, each
// saying which register numbers it needs), the numbers with their formats, and its postal
// address. The registration form and the "Change the details" forms share them.
import { Radios, TextArea, TextField } from '../commissioner/Fields.jsx';
import { legalForms, needsNumber, numbers } from './organisations.js';

// details: {name, legal_form, charity_number, …}; set(field) gives the field's onInput;
// errors: {field: words}.
export function OrganisationFields({ details, set, errors }) {
  return (
    <>
      <TextField
        id="name"
        label="Name of the organisation"
        hint="As it appears on its registers, if it is registered. People see this name when they look for partners."
        autocomplete="organization"
        error={errors.name}
        value={details.name}
        onInput={set('name')}
      />
      <Radios
        id="legal_form"
        legend="What kind of organisation is it?"
        hint="Its legal form. This decides which register numbers we need."
        error={errors.legal_form}
        value={details.legal_form}
        onChange={set('legal_form')}
        options={legalForms}
      />
      {numbers.map((n) => (
        <TextField
          key={n.field}
          id={n.field}
          label={needsNumber(details.legal_form, n.field) ? n.label : `${n.label} (if it has one)`}
          hint={n.hint}
          width={n.width}
          error={errors[n.field]}
          value={details[n.field]}
          onInput={set(n.field)}
        />
      ))}
      <TextArea
        id="postal_address"
        label="Postal address (if you want to give one)"
        hint="One part of the address on each line. It heads the organisation’s letters."
        autocomplete="street-address"
        rows={4}
        error={errors.postal_address}
        value={details.postal_address}
        onInput={set('postal_address')}
      />
    </>
  );
}
