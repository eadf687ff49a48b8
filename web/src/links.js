// A panellist's links to organisations, in the words panellists and commissioners read.
export const linkKinds = {
  employer: 'I work for it',
  volunteer: 'I volunteer with it',
  receives_support: 'I get care or support from it',
  family_member_works_for: 'Someone in my family works there',
  other: 'Another kind of link',
};

// The same links as someone else reads them (the commissioner).
export const linkKindsThirdPerson = {
  employer: 'works for it',
  volunteer: 'volunteers with it',
  receives_support: 'gets care or support from it',
  family_member_works_for: 'has family who work there',
  other: 'another kind of link',
};

// "Niddrie Befriending Network" or "Niddrie Befriending Network and Craigmillar Kitchen".
export function organisationNames(links) {
  const names = [...new Set((links ?? []).map((l) => l.organisation).filter(Boolean))];
  if (names.length <= 1) return names[0] ?? 'an organisation in this bid';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

// What an organisation found by search is, in words: "care provider" or
// "commissioning body (council or health and social care partnership)".
export const organisationKinds = {
  provider: 'Care provider',
  commissioning_body: 'Commissioning body (council or health and social care partnership)',
};

// The public register numbers an organisation has, so two similar names can be
// told apart: "Charity number SC012345".
export function registerNumbers(organisation) {
  return [
    ['Care Inspectorate number', organisation.care_inspectorate_number],
    ['Charity number', organisation.charity_number],
    ['Company number', organisation.company_number],
  ]
    .filter(([, number]) => number)
    .map(([what, number]) => `${what} ${number}`);
}

// A link registered here (by id) or one given by name only. Older answers had no
// `registered`: every link then had an id.
export const isRegistered = (link) => link.registered ?? Boolean(link.organisation_id);

// One link as the commissioner reads it under a panel member's name:
// "Volunteers with Leith Lunch Club".
const linkStarts = {
  employer: 'Works for',
  volunteer: 'Volunteers with',
  receives_support: 'Gets care or support from',
  family_member_works_for: 'Has family who work at',
  other: 'Another kind of link to',
};
export const linkStart = (kind) => linkStarts[kind] ?? 'A link to';
