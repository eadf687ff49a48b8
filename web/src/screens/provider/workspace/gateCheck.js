// Whether a minimum-requirement declaration, as it stands, falls short of what the
// tender requires: the rule the service applies when bidding closes
// (domain/gate_assessment.cpp, assess), said in words while there is still time to
// change it. The gates are public (GET /tenders/{id}/gates, and on the bid itself).
// Each shortfall is { field, text }; none when it would pass or is not filled in
// yet (what is missing is the checklist's business).
import { pounds } from '../../../words.js';

export const stillSend = 'You may still send the bid, but it will not pass this requirement.';

const covers = [
  ['employers_liability_pence', 'employer’s liability cover'],
  ['public_liability_pence', 'public liability cover'],
  ['professional_indemnity_pence', 'professional indemnity cover'],
];

export const keyQuestions = {
  wellbeing: 'Wellbeing', leadership: 'Leadership', staff_team: 'Staff team', setting: 'Setting',
  care_planning: 'Care and support planning', capacity_for_improvement: 'Capacity for improvement',
};

const day = (iso) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

export function shortfalls(gate, declaration, deadline) {
  const p = gate?.parameters ?? {};
  const v = declaration ?? {};
  const out = [];
  const short = (field, text) => out.push({ field, text: `${text} ${stillSend}` });
  switch (gate?.kind) {
    case 'fair_work_first':
      if (v.committed === false) short('committed', 'You have said you will not follow Fair Work First, which this tender requires.');
      if (typeof v.hourly_rate_pence === 'number' && v.hourly_rate_pence < p.minimum_hourly_rate_pence)
        short('hourly_rate_pence',
          `${pounds(v.hourly_rate_pence)} is below the ${pounds(p.minimum_hourly_rate_pence)} an hour this tender requires.`);
      break;
    case 'insurance':
      for (const [field, name] of covers)
        if (typeof v[field] === 'number' && v[field] < p[field])
          short(field, `${pounds(v[field])} is below the ${pounds(p[field])} of ${name} this tender requires.`);
      if (v.expires_at && deadline && new Date(v.expires_at) <= new Date(deadline))
        short('expires_at', `The insurance ends on ${day(v.expires_at)}, before bids close on ${day(deadline)}.`);
      break;
    case 'spd_mandatory_exclusions':
      if (v.any_ground_applies === true) short('any_ground_applies', 'You have said a mandatory ground for exclusion applies.');
      break;
    case 'rates_catalogue':
      if (v.accepted === false) short('accepted', 'You have said you do not accept the commissioner’s rates.');
      break;
    case 'custom':
      if (typeof v.answer === 'boolean' && v.answer !== p.passing_answer)
        short('answer', `This tender needs the answer “${p.passing_answer ? 'yes' : 'no'}”.`);
      break;
    case 'care_inspectorate_registration':
      for (const [key, minimum] of Object.entries(p.minimum_grades ?? {})) {
        const grade = v.grades?.[key];
        if (typeof grade === 'number' && grade < minimum)
          short(`grade-${key}`,
            `A grade of ${grade} for ${keyQuestions[key] ?? key} is below the ${minimum} this tender requires.`);
      }
      break;
    default:
      break;
  }
  return out;
}
