// Words as the service counts them: runs of non-space characters.
export function wordCount(text) {
  const words = String(text ?? '').trim().split(/\s+/u);
  return words[0] === '' ? 0 : words.length;
}

export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

// How long is left until a deadline, in words, the one way every page says it:
// "24 minutes left", "3 hours 10 minutes left", "1 day 5 hours left", "12 days left",
// or "the deadline has passed". Whole minutes, rounded down.
export function timeLeft(iso, now = Date.now()) {
  const ms = new Date(iso).getTime() - now;
  if (!(ms > 0)) return 'the deadline has passed';
  const minutes = Math.floor(ms / 60000);
  if (minutes < 1) return 'less than a minute left';
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  const unit = (n, one) => plural(n, one);
  if (hours < 1) return `${unit(minutes, 'minute')} left`;
  if (days < 1) return `${unit(hours, 'hour')}${minutes % 60 ? ` ${unit(minutes % 60, 'minute')}` : ''} left`;
  if (days < 2) return `1 day${hours % 24 ? ` ${unit(hours % 24, 'hour')}` : ''} left`;
  return `${days} days left`;
}

// A sum of money in words, with thousands separators and pence only when there are
// any: £5,000,000; £12.60; £13.45.
export function pounds(pence) {
  if (typeof pence !== 'number' || !Number.isFinite(pence)) return '';
  return `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: pence % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;
}

// A date, and a moment, as a letter says them, in UK time: "16 December 2026" and
// "16 December 2026, 12:00" (the same words as the service's printed letters).
function ukParts(iso, options) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...options }).formatToParts(new Date(iso));
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

export function dateWords(iso) {
  const p = ukParts(iso, { day: 'numeric', month: 'long', year: 'numeric' });
  return `${p.day} ${p.month} ${p.year}`;
}

export function dateTimeWords(iso) {
  const p = ukParts(iso, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`;
}
