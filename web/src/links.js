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
