// /admin/organisations: the care providers' registrations waiting for a decision (oldest
// first, as GET /registrations answers), the others by status (kept in the address), and a
// search for any organisation already here.
import { useState } from 'preact/hooks';
import { get } from '../../api.js';
import { Loading } from '../../components/Loading.jsx';
import { PageHeading } from '../../components/PageHeading.jsx';
import { useLoad } from '../../load.js';
import { explain } from '../../problems.js';
import { Link } from '../../router.jsx';
import { dateWords, plural } from '../../words.js';
import { Select } from '../commissioner/Fields.jsx';
import { OrganisationFinder } from '../organisations/OrganisationSearch.jsx';
import { RegistrationTag } from '../organisations/RegistrationTag.jsx';
import { legalFormWords, registrationFilters } from '../organisations/organisations.js';

const statusFromAddress = () => {
  const status = new URLSearchParams(location.search).get('status');
  return registrationFilters.some(([value]) => value === status) ? status : 'waiting';
};

export function AdminOrganisations() {
  return (
    <>
      <PageHeading>Organisations</PageHeading>
      <p class="ds_leader">
        Decide on care providers’ registrations, and find any organisation to change its details, see its people or
        close it.
      </p>
      <Registrations />
      <h2 id="find-title">Find an organisation</h2>
      <p>Type part of its name. Care providers and commissioning bodies are both found.</p>
      <OrganisationFinder base="/admin/organisations" />
      <p>
        <Link href="/admin">Back to your home</Link>
      </p>
    </>
  );
}

function Registrations() {
  const [status, setStatus] = useState(statusFromAddress);
  const [chosen, setChosen] = useState(status);
  const { data, error } = useLoad(() => get(`/registrations?status=${status}`), [status]);
  const show = (event) => {
    event.preventDefault();
    history.replaceState(null, '', chosen === 'waiting' ? location.pathname : `${location.pathname}?status=${chosen}`);
    setStatus(chosen);
  };
  const title = registrationFilters.find(([value]) => value === status)[1];
  return (
    <section aria-labelledby="registrations-title">
      <h2 id="registrations-title">Registrations: {title.toLowerCase()}</h2>
      {error ? (
        <p class="ds_question__error-message" role="alert">
          {explain(error)}
        </p>
      ) : !data ? (
        <Loading what="the registrations" />
      ) : (
        <RegistrationList items={data.items} status={status} />
      )}
      <form class="registration-filter" onSubmit={show}>
        <Select id="registration-status" label="Show registrations that are" value={chosen} options={registrationFilters} onChange={setChosen} />
        <button type="submit" class="ds_button ds_button--secondary ds_button--small">
          Show
        </button>
      </form>
    </section>
  );
}

const noneWords = {
  waiting: 'No registration is waiting for a decision.',
  unconfirmed: 'No registration is waiting for its contact to confirm their email address.',
  approved: 'No registration has been approved yet.',
  refused: 'No registration has been refused.',
};

function RegistrationList({ items, status }) {
  if (items.length === 0) return <p data-testid="registrations-count">{noneWords[status]}</p>;
  return (
    <>
      <p data-testid="registrations-count">
        {status === 'waiting'
          ? `${plural(items.length, 'registration is', 'registrations are')} waiting for a decision, oldest first.`
          : `${plural(items.length, 'registration')}, oldest first.`}
      </p>
      <ul class="lot-list" data-testid="registrations">
        {items.map((r) => (
          <li class="lot-card" key={r.id}>
            <h3 class="lot-card__title">
              <Link href={`/admin/registrations/${r.id}`}>{r.name}</Link>
            </h3>
            <p>
              {legalFormWords(r.legal_form)} · sent on {dateWords(r.submitted_at)} by {r.contact_name}
            </p>
            <p>
              <RegistrationTag status={r.status} />
              {r.possible_duplicates?.length > 0 && (
                <>
                  {' '}
                  <strong class="ds_tag ds_tag--orange">May already be here</strong>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
