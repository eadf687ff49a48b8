// The questions of a bid as a short list of steps, each marked done or not.
import { Link } from '../router.jsx';
import { missingReason, missingScore } from '../scoring.js';

export function QuestionSteps({ base, criteria, values, current }) {
  return (
    <nav class="question-steps" aria-label="Questions in this bid">
      <ol class="question-steps__list">
        {criteria.map((c, i) => {
          const done = !missingScore(values[i]) && !missingReason(values[i]);
          return (
            <li key={i} class={`question-steps__item${i === current ? ' question-steps__item--current' : ''}`}>
              <Link href={`${base}/questions/${i + 1}`} aria-current={i === current ? 'step' : undefined}>
                {i + 1}. {c.title}
              </Link>{' '}
              <span class={`question-steps__state${done ? ' question-steps__state--done' : ''}`}>
                {done ? '(scored)' : '(not scored yet)'}
              </span>
            </li>
          );
        })}
        <li class={`question-steps__item${current === 'review' ? ' question-steps__item--current' : ''}`}>
          <Link href={`${base}/review`} aria-current={current === 'review' ? 'step' : undefined}>
            Check and send your scores
          </Link>
        </li>
      </ol>
    </nav>
  );
}
