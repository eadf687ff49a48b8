// A procurement word with its meaning one link away ("What the words mean").
import { Link } from '../router.jsx';

export function Term({ name, children }) {
  return (
    <Link href={`/help/words#${name}`} class="term">
      {children}
    </Link>
  );
}
