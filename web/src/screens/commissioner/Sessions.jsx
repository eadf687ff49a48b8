// The prior information notice's information sessions (date, place, capacity,
// who booked and who waits) and the providers who registered interest in a lot.
import { useState } from 'preact/hooks';
import { get, post, request } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { plural } from '../../words.js';
import { TextField } from './Fields.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { formatDate, fromLocalInput, whole, explain, useProblems } from './tenders.js';

const ids = ['starts_at', 'ends_at', 'place', 'online_link', 'capacity'];

function SessionForm({ tender, onSaved }) {
  const empty = { starts_at: '', ends_at: '', place: '', online_link: '', capacity: '' };
  const [v, setV] = useState(empty);
  const problems = useProblems();
  const { errors } = problems;
  const [busy, setBusy] = useState(false);
  const set = (key) => (value) => setV({ ...v, [key]: value });

  const submit = async (event) => {
    event.preventDefault();
    const local = {};
    const body = { place: v.place.trim() };
    if (v.online_link.trim()) body.online_link = v.online_link.trim();
    for (const key of ['starts_at', 'ends_at']) {
      const at = fromLocalInput(v[key]);
      if (!at) local[key] = key === 'starts_at' ? 'Enter when the session starts.' : 'Enter when the session ends.';
      else body[key] = at;
    }
    const capacity = whole(v.capacity);
    if (capacity === undefined) local.capacity = 'Enter how many people can come, as a whole number.';
    else body.capacity = capacity;
    if (Object.keys(local).length > 0) return problems.show(local, null, ids);
    setBusy(true);
    try {
      await post(`/tenders/${tender.id}/information-sessions`, body);
      setV(empty);
      problems.clear();
      announce('The information session is added.');
      onSaved();
    } catch (error) {
      problems.fail(error, ids);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary message={problems.failure} errors={problems.summary} />
      <form onSubmit={submit} noValidate data-testid="session-form" class="criterion-fieldset">
        <h2 class="ds_h3">Add an information session</h2>
        <TextField id="starts_at" type="datetime-local" label="Starts" value={v.starts_at} onInput={set('starts_at')}
          error={errors.starts_at} />
        <TextField id="ends_at" type="datetime-local" label="Ends" value={v.ends_at} onInput={set('ends_at')}
          error={errors.ends_at} />
        <TextField id="place" label="Place" hint="For example Edinburgh City Chambers, High Street." value={v.place}
          onInput={set('place')} error={errors.place} />
        <TextField id="online_link" label="Online link (optional)" hint="Starting https://" value={v.online_link}
          onInput={set('online_link')} error={errors.online_link} />
        <TextField id="capacity" label="How many people can come" inputMode="numeric" width={4} value={v.capacity}
          onInput={set('capacity')} error={errors.capacity} />
        <button type="submit" class="ds_button" disabled={busy}>
          Add the session
        </button>
      </form>
    </>
  );
}

function Session({ tender, session, onChanged }) {
  const [bookings, setBookings] = useState(null);
  const [problem, setProblem] = useState(null);
  const base = `/tenders/${tender.id}/information-sessions/${session.id}`;
  const show = async () => {
    try {
      setBookings((await get(`${base}/bookings`)).items);
    } catch (e) {
      setProblem(explain(e));
    }
  };
  const cancel = async () => {
    try {
      await request('DELETE', base);
      announce('The session is cancelled and its bookings removed.');
      onChanged();
    } catch (e) {
      setProblem(explain(e));
    }
  };
  return (
    <li class="lot-card" data-testid={`session-${session.place}`}>
      <h3 class="lot-card__title ds_h4">
        {formatDate(session.starts_at)} to {formatDate(session.ends_at)}
      </h3>
      <p>
        {session.place}
        {session.online_link && (
          <>
            {' '}
            · online: <a href={session.online_link}>{session.online_link}</a>
          </>
        )}
      </p>
      <p data-testid="seats">
        {session.seats_taken} of {plural(session.capacity, 'seat')} taken · {session.waiting} waiting
      </p>
      {problem && <p class="ds_question__error-message" role="alert">{problem}</p>}
      {bookings ? (
        bookings.length === 0 ? (
          <p>No bookings yet.</p>
        ) : (
          <ul data-testid="bookings">
            {bookings.map((b) => (
              <li key={b.id}>
                {b.organisation_name}: {b.status === 'confirmed' ? 'seat confirmed' : `waiting (number ${b.waiting_position})`}
              </li>
            ))}
          </ul>
        )
      ) : (
        <button type="button" class="link-button" onClick={show}>
          Show who booked<span class="visually-hidden"> for the session on {formatDate(session.starts_at)}</span>
        </button>
      )}
      <div class="bid-card__actions">
        <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={cancel}>
          Cancel this session<span class="visually-hidden"> on {formatDate(session.starts_at)}</span>
        </button>
      </div>
    </li>
  );
}

function SessionsPage({ tender, data, reload }) {
  const { sessions, interests, lots } = data;
  return (
    <>
      <p>
        Information sessions let providers hear about the lots and meet possible partners before stage 1. Bookings
        open when the notice is published.
      </p>
      {sessions.length === 0 ? (
        <p data-testid="no-sessions">No sessions yet.</p>
      ) : (
        <ul class="lot-list">
          {sessions.map((s) => (
            <Session key={s.id} tender={tender} session={s} onChanged={reload} />
          ))}
        </ul>
      )}
      <SessionForm tender={tender} onSaved={reload} />
      <h2>Interest in each lot</h2>
      {interests === null ? (
        <p>Providers can register interest once the notice is published.</p>
      ) : (
        <ul class="member-progress" data-testid="interests">
          {lots.map((lot) => {
            const names = interests.filter((i) => i.lot_id === lot.id).map((i) => i.organisation_name);
            return (
              <li key={lot.id}>
                <strong>
                  Lot {lot.number}: {lot.title}
                </strong>{' '}
                – {names.length === 0 ? 'no interest registered yet' : `${plural(names.length, 'provider')}: ${names.join(', ')}`}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export function Sessions({ tender }) {
  return (
    <TenderFrame id={tender} page="sessions" heading="Information sessions and interest"
      load={async (t) => {
        const [sessions, lots, interests] = await Promise.all([
          get(`/tenders/${t.id}/information-sessions`),
          get(`/tenders/${t.id}/lots`),
          get(`/tenders/${t.id}/interests`).catch(() => null),
        ]);
        return { sessions: sessions.items, lots: lots.items, interests: interests?.items ?? null };
      }}
      render={(t, reload, data) => <SessionsPage tender={t} data={data} reload={reload} />} />
  );
}
