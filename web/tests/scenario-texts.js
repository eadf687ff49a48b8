// The words of the seeded scenario: the scale, the criteria and what bidders wrote.

export const scale = [
  { score: 0, label: 'Unacceptable', descriptor: 'The answer is missing, or it does not show they can do this at all.' },
  { score: 1, label: 'Poor', descriptor: 'The answer shows little understanding. There are big gaps or serious worries.' },
  { score: 2, label: 'Acceptable', descriptor: 'The answer meets what we asked for, but some parts are missing or unclear.' },
  { score: 3, label: 'Good', descriptor: 'A clear answer with good examples. Only small gaps.' },
  { score: 4, label: 'Excellent', descriptor: 'A full and convincing answer with strong examples and no gaps.' },
];

export const criteria = [
  {
    title: 'Person-led support', weight: 50, word_limit: 500, min_score: 1,
    bidder_guidance: 'Tell us how people will shape their own support.',
    panel_guidance: 'Look for how people choose their own support, how plans change when needs change, and real examples.',
  },
  {
    title: 'Working in partnership', weight: 30, word_limit: 500,
    bidder_guidance: 'Tell us how the organisations in your bid will work together.',
    panel_guidance: 'Look for who is responsible for what, how partners make decisions together, and how they sort out disagreements.',
  },
  {
    title: 'Fair work and a supported workforce', weight: 20, word_limit: 300,
    bidder_guidance: 'Tell us how you pay, train and listen to your staff.',
    panel_guidance: 'Look for pay of at least the Real Living Wage, training, and how staff have a say.',
  },
];

export const gates = [
  { kind: 'insurance', parameters: { employers_liability_pence: 500000000, public_liability_pence: 1000000000, professional_indemnity_pence: 200000000 } },
  { kind: 'fair_work_first', parameters: { minimum_hourly_rate_pence: 1345 } },
  { kind: 'spd_mandatory_exclusions', parameters: {} },
];

export const declarations = {
  0: { employers_liability_pence: 500000000, public_liability_pence: 1000000000, professional_indemnity_pence: 200000000, expires_at: '2030-12-31T00:00:00Z' },
  1: { committed: true, hourly_rate_pence: 1400 },
  2: { any_ground_applies: false },
};

export const responses = {
  northWest: {
    0: 'Every person we support writes their own plan with a worker they choose. We meet every six weeks, or sooner if the person asks.\n\nLast year a young man told us he wanted to get back to football. His plan changed from weekly visits to a walking group, and then to a local team.',
    1: 'Pilton leads and holds the contract. Cyrenians delivers the outreach work. A joint board meets monthly and decisions need both partners to agree.\n\nIf we disagree, an independent chair from the community council helps us decide.',
    2: 'All staff are paid at least the Real Living Wage. Every worker has paid training time each month, and staff elect two members of the joint board.',
  },
  him: {
    0: 'People tell us what matters to them at the first meeting. We write this down in their words and check it with them every month.',
    1: 'We work alone on this lot, but we refer people to local groups and meet them every quarter.',
    2: 'We pay the Real Living Wage and offer flexible hours from day one.',
  },
  crops: {
    0: 'People join our garden groups when they want to. Each person picks what they grow and who they work with.',
    1: 'We share the site with two local charities and meet them weekly.',
    2: 'Our three staff are paid above the Real Living Wage and choose their own training.',
  },
};
