// Procurement words, explained once and used by <Term> and the "What the words mean" page.
export const glossary = {
  tender: ['Tender', 'The process a public body uses to choose who will provide a service. Organisations send in bids, and a panel scores them.'],
  lot: ['Lot', 'A tender can be split into parts, called lots. Each lot is a separate service, for example one area of the city. Each lot is scored separately.'],
  bid: ['Bid', 'What an organisation sends in to say how it would provide the service. A bid answers a set of questions.'],
  consortium: ['Partnership bid (consortium)', 'A bid made by several organisations working together. One of them leads and the others are partners.'],
  criterion: ['Question (criterion)', 'One of the things the bids are scored on, for example "Person-led support". Each has its own score.'],
  weight: ['Weight', 'How much a question counts towards the total. A question worth 50% counts for half of the total score.'],
  conflict: ['Conflict of interest', 'A link between you and an organisation in a bid that could affect your scoring, or look as if it does. For example, you work or volunteer there, you get support from them, or someone close to you works there.'],
  justification: ['Reason for your score (justification)', 'A few sentences saying what in the answer led you to your score. The panel reads this when it meets.'],
  advice: ['Advice to the bidder', 'Suggestions to help the bidder improve their bid before the second stage. The bidder reads this, but not your name.'],
  moderation: ['Moderation', 'A meeting where the panel talks about scores that are far apart and agrees one final score for each question.'],
  consensus: ['Agreed score (consensus)', 'The one score the panel agrees at moderation, with the reasons written down. This is the score that counts.'],
  flag: ['Flag', 'A question is flagged when panel members’ scores are 2 or more points apart. Flagged questions are discussed at moderation.'],
  stage: ['First and second stage', 'Bids are sent in twice. After the first stage the panel gives advice; bidders then send a revised bid for the second stage, which decides who wins.'],
  chair: ['Chair', 'The panel member who leads the panel’s meetings and records the agreed scores.'],
  mean: ['Average (mean) and middle score (median)', 'The mean adds all the scores and divides by how many there are. The median is the middle score when they are put in order.'],
};
