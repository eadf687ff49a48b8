// A minimum-requirement declaration as rows of a summary list ([question, answer]),
// in the words of its form: for the whole-bid preview, and for a section that can
// no longer change.
import { dateWords, pounds } from '../../../words.js';
import { keyQuestions } from './gateCheck.js';

const yesNo = (v) => (v === true ? 'Yes' : v === false ? 'No' : 'Not answered yet');
const money = (v) => (typeof v === 'number' ? pounds(v) : 'Not answered yet');
const date = (iso) => (iso ? dateWords(iso) : 'Not answered yet');

export function declarationRows(gate, d) {
  const p = gate.parameters ?? {};
  switch (gate.kind) {
    case 'insurance':
      return [
        ['Employer’s liability cover', money(d.employers_liability_pence)],
        ['Public liability cover', money(d.public_liability_pence)],
        ['Professional indemnity cover', money(d.professional_indemnity_pence)],
        ['The insurance ends on', date(d.expires_at)],
      ];
    case 'fair_work_first':
      return [
        ['Follows Fair Work First for everyone on this contract', yesNo(d.committed)],
        ['The lowest hourly rate paid', typeof d.hourly_rate_pence === 'number' ? `${pounds(d.hourly_rate_pence)} an hour` : 'Not answered yet'],
      ];
    case 'spd_mandatory_exclusions':
    case 'spd_discretionary_exclusions':
      return [
        ['Does any ground for exclusion apply?', yesNo(d.any_ground_applies)],
        ...(d.explanation ? [['Explanation', d.explanation]] : []),
      ];
    case 'rates_catalogue':
      return [['Accepts the commissioner’s rates', yesNo(d.accepted)]];
    case 'care_inspectorate_registration':
      return [
        ['Care Inspectorate service number', d.service_number || 'Not answered yet'],
        ...Object.keys(p.minimum_grades ?? {}).map((key) => [`Latest grade for ${keyQuestions[key] ?? key}`,
          d.grades?.[key] != null ? String(d.grades[key]) : 'Not answered yet']),
      ];
    default:
      return [[p.question ?? 'The commissioner’s question', yesNo(d.answer)]];
  }
}
