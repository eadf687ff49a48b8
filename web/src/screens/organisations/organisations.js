// Organisations in words: legal forms and the register numbers each needs, the numbers'
// formats, registration and organisation states, and why two may be the same. The
// registration form, the admin's pages and a provider's own organisation page share them.
import { fieldProblems } from '../../accounts.js';
import { sentence } from '../../problems.js';
import { dateWords } from '../../words.js';

// Each legal form, the hint under its radio button, and the numbers it must have.
export const legalForms = [
  {
    value: 'scio',
    label: 'Scottish charitable incorporated organisation (SCIO)',
    hint: 'Needs its Scottish charity number.',
    needs: ['charity_number'],
  },
  {
    value: 'charitable_company',
    label: 'Charitable company',
    hint: 'A company that is also a charity. Needs its Scottish charity number and its company number.',
    needs: ['charity_number', 'company_number'],
  },
  { value: 'company', label: 'Company', hint: 'Needs its company number.', needs: ['company_number'] },
  {
    value: 'community_interest_company',
    label: 'Community interest company (CIC)',
    hint: 'Needs its company number.',
    needs: ['company_number'],
  },
  { value: 'cooperative', label: 'Co-operative', hint: 'Give any numbers it has.', needs: [] },
  { value: 'partnership', label: 'Partnership', hint: 'Give any numbers it has.', needs: [] },
  { value: 'sole_trader', label: 'Sole trader', hint: 'Give any numbers it has.', needs: [] },
  {
    value: 'unincorporated_association',
    label: 'Unincorporated association',
    hint: 'For example a community group or club. Give any numbers it has.',
    needs: [],
  },
  { value: 'other', label: 'Something else', hint: 'Give any numbers it has.', needs: [] },
];

export const legalFormWords = (value) => legalForms.find((f) => f.value === value)?.label ?? (value ? value : 'Not given');
export const needsNumber = (legalForm, field) => Boolean(legalForms.find((f) => f.value === legalForm)?.needs.includes(field));

// The register numbers: what each is called, its format, and the words when it is missing.
export const numbers = [
  {
    field: 'charity_number',
    label: 'Scottish charity number',
    short: 'charity',
    hint: 'From the Scottish Charity Regulator (OSCR): SC and 6 digits, for example SC012345.',
    missing: 'Enter the Scottish charity number',
    width: '10',
  },
  {
    field: 'company_number',
    label: 'Company number',
    short: 'company',
    hint: 'From Companies House: 8 characters, for example SC123456 or 01234567.',
    missing: 'Enter the company number',
    width: '10',
  },
  {
    field: 'care_inspectorate_number',
    label: 'Care Inspectorate number',
    short: 'Care Inspectorate',
    hint: 'If the Care Inspectorate registers it or its services: CS or SP and 10 digits, for example CS2004071234.',
    missing: null, // never required
    width: '20',
  },
];

// The details of an organisation a form may change, in the order the form asks them.
export const detailFields = ['name', 'legal_form', ...numbers.map((n) => n.field), 'postal_address'];

// Where a field's error summary link leads: the first radio button for the legal form.
export const fieldHref = (field) => (field === 'legal_form' ? `#legal_form-${legalForms[0].value}` : `#${field}`);

// The form's own findings before asking the service: a name, a legal form, the numbers it needs.
export function detailProblems(details) {
  const out = {};
  if (!details.name?.trim()) out.name = 'Enter the organisation’s name';
  if (!details.legal_form) out.legal_form = 'Choose what kind of organisation it is';
  for (const n of numbers)
    if (n.missing && needsNumber(details.legal_form, n.field) && !details[n.field]?.trim()) out[n.field] = n.missing;
  return out;
}

// The service's refusals at their fields, as sentences ("must be …" → "Must be ….").
export function detailErrors(error, fields) {
  return Object.fromEntries(Object.entries(fieldProblems(error, fields)).map(([field, detail]) => [field, sentence(detail)]));
}

// The details as the service takes them: trimmed, and empty optional ones as null.
export function detailBody(details) {
  const body = { name: details.name.trim(), legal_form: details.legal_form };
  for (const field of [...numbers.map((n) => n.field), 'postal_address']) body[field] = details[field]?.trim() || null;
  return body;
}

// Why a registration may be an organisation already here.
const reasonWords = {
  charity_number: 'the same Scottish charity number',
  company_number: 'the same company number',
  care_inspectorate_number: 'the same Care Inspectorate number',
  similar_name: 'a similar name',
};
export function duplicateWords(reasons) {
  const words = reasons.map((r) => reasonWords[r] ?? r.replace(/_/g, ' '));
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0];
  return `It has ${list}.`;
}

export const registrationStates = {
  waiting: ['Waiting for a decision', 'orange'],
  unconfirmed: ['Email not confirmed yet', 'grey'],
  approved: ['Approved', 'green'],
  refused: ['Refused', 'red'],
};

// The statuses the admin may list registrations by, in the order offered.
export const registrationFilters = [
  ['waiting', 'Waiting for a decision'],
  ['unconfirmed', 'Email address not confirmed yet'],
  ['approved', 'Approved'],
  ['refused', 'Refused'],
];

export const organisationKinds = { provider: 'Care provider', commissioning_body: 'Commissioning body' };

// "Closed on 3 December 2026."
export const closedWords = (o) => (o.closed_at ? `Closed on ${dateWords(o.closed_at)}.` : 'Closed.');
