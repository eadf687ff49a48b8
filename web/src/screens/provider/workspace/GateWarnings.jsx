// On the bid's to-do list: each minimum requirement the bid, as it stands, will
// not pass (gateCheck.js), linking to where it is answered. Not a blocker: the bid
// may still be sent, and the partnership should know before the deadline.
import { WarningText } from '../../../components/Check.jsx';
import { Link } from '../../../router.jsx';
import { shortfalls } from './gateCheck.js';
import { sectionPath, sectionTitle } from './workspace.js';

export function gateWarnings(bid, deadline) {
  const declarations = bid.draft?.declarations ?? {};
  return (bid.gates ?? []).flatMap((gate, i) =>
    shortfalls(gate, declarations[String(i)], deadline).map((w) => ({ ...w, index: i })));
}

export function GateWarnings({ bidId, bid, sections, deadline, headingLevel = 3 }) {
  const warnings = gateWarnings(bid, deadline);
  if (warnings.length === 0) return null;
  const H = `h${headingLevel}`;
  const title = (i) => {
    const section = sections.find((s) => s.section === `declaration-${i}`);
    return section ? sectionTitle(section, bid) : `Minimum requirement ${i + 1}`;
  };
  return (
    <section class="gate-warnings" aria-labelledby="gate-warnings-heading" data-testid="gate-warnings">
      <H id="gate-warnings-heading">
        {warnings.length === 1 ? 'A minimum requirement this bid will not pass' : 'Minimum requirements this bid will not pass'}
      </H>
      {warnings.map((w) => (
        <WarningText key={`${w.index}-${w.field}`}>
          <p>
            <Link href={sectionPath(bidId, `declaration-${w.index}`)}>{title(w.index)}</Link>: {w.text}
          </p>
        </WarningText>
      ))}
    </section>
  );
}
