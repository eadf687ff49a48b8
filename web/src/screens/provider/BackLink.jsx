// The way back from a bid's pages to where the person came from: "Your work" or
// the partnership's page. Remembered per bid for the tab's life (sessionStorage),
// so going into a section and back, or reloading, keeps it; the partnership when
// we do not know (a link from a notification or an email).
import { useState } from 'preact/hooks';
import { Link, cameFrom } from '../../router.jsx';
import { consortiumPath } from './work.js';

const key = (bidId) => `collabtender.bid-origin.${bidId}`;

function remembered(bidId, consortiumId) {
  const from = cameFrom();
  let origin = null;
  try {
    if (from === '/work' || from === consortiumPath(consortiumId)) {
      origin = from === '/work' ? 'work' : 'partnership';
      sessionStorage.setItem(key(bidId), origin);
    } else origin = sessionStorage.getItem(key(bidId));
  } catch {
    // storage refused (private mode): the partnership, as when we do not know
  }
  return origin ?? 'partnership';
}

export function BackFromBid({ bidId, consortium }) {
  const [origin] = useState(() => remembered(bidId, consortium.id));
  return origin === 'work' ? (
    <Link href="/work" class="ds_back-link" data-testid="back-link">Back to your work</Link>
  ) : (
    <Link href={consortiumPath(consortium.id)} class="ds_back-link" data-testid="back-link">
      Back to {consortium.name}
    </Link>
  );
}

// A page reached from many places (the answer library): back to the bid it was
// opened from, else to "Your work".
export function BackFromAnywhere() {
  const [from] = useState(() => cameFrom());
  const bid = /^\/bids\/[^/]+/.exec(from ?? '')?.[0];
  if (bid) return <Link href={bid} class="ds_back-link" data-testid="back-link">Back to the bid</Link>;
  return <Link href="/work" class="ds_back-link" data-testid="back-link">Back to your work</Link>;
}
