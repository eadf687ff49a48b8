// One criterion's submitted scores: who gave what and why, the spread, the flag
// and any agreed (consensus) score.
export function CriterionScores({ criterion, names, me, scaleLabel, headingLevel = 2, children }) {
  const H = `h${headingLevel}`;
  const a = criterion.aggregate;
  const c = criterion.consensus;
  const id = `criterion-${criterion.criterion}`;
  return (
    <section class={`scores-card${a?.flagged ? ' scores-card--flagged' : ''}`} aria-labelledby={id}
      data-testid={`scores-${criterion.criterion}`}>
      <H id={id} class="scores-card__title">
        {criterion.criterion + 1}. {criterion.title} <span class="scores-card__weight">(worth {criterion.weight}%)</span>
      </H>
      {a?.flagged && (
        <p>
          <strong class="ds_tag ds_tag--red" data-testid="flag">
            Flagged: scores are {a.max - a.min} points apart
          </strong>
        </p>
      )}
      {criterion.scores.length === 0 ? (
        <p>No scores have been sent for this question yet.</p>
      ) : (
        <div class="table-wrap">
          <table class="ds_table scores-table">
            <caption class="visually-hidden">Scores for {criterion.title}</caption>
            <thead>
              <tr>
                <th scope="col">Panel member</th>
                <th scope="col">Score</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {criterion.scores.map((s) => (
                <tr key={s.user_id}>
                  <th scope="row">{s.user_id === me ? 'You' : names[s.user_id] ?? 'A panel member'}</th>
                  <td>
                    {s.score} – {scaleLabel(s.score)}
                  </td>
                  <td>{s.justification}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {a && (
        <p class="scores-card__spread">
          Average (mean) {a.mean} · middle score (median) {a.median} · lowest {a.min} · highest {a.max}
        </p>
      )}
      {c && (
        <div class="ds_inset-text consensus" data-testid="consensus">
          <p class="ds_inset-text__text">
            <strong>
              Agreed score: {c.score} – {scaleLabel(c.score)}
            </strong>
            <br />
            Why: {c.rationale}
          </p>
        </div>
      )}
      {children}
    </section>
  );
}
