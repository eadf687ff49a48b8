// The people an administrator (everyone) or a commissioner (their own body's panel
// members; the service narrows the list) can manage: search by name or email, filter
// by role and status, twenty to a page. The search stays in the address, so coming
// back from a person's page finds the same list.
import { useEffect, useRef, useState } from 'preact/hooks';
import { get } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Loading } from '../../components/Loading.jsx';
import { Select, TextField } from '../commissioner/Fields.jsx';
import { roleNames, statusNames } from '../../accounts.js';
import { useLoad } from '../../load.js';
import { Link } from '../../router.jsx';
import { plural } from '../../words.js';
import { PAGE, rememberSearch, searchPeople } from './people.js';
import { StatusTag } from './StatusTag.jsx';

const fromAddress = () => {
  const query = new URLSearchParams(location.search);
  return {
    q: query.get('q') ?? '',
    role: query.get('role') ?? '',
    status: query.get('status') ?? '',
    organisation_id: query.get('organisation_id') ?? '',
    offset: Math.max(0, Number(query.get('offset')) || 0),
  };
};

// `fixed`: a search term the page sets itself, kept out of the address.
function remember(base, search, fixed = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) if (value && !(key in fixed)) query.set(key, String(value));
  const text = query.toString() ? `?${query}` : '';
  rememberSearch(base, text);
  history.replaceState(null, '', `${location.pathname}${text}`);
}

// base: where the people pages live ('/admin/people'); roles: whether to filter by role;
// organisationId: only that organisation's people (an organisation's own page), else the
// address's organisation_id, if any (the admin's people of one organisation).
export function PeopleList({ base, roles = true, showOrganisation = true, organisationId }) {
  const fixed = organisationId ? { organisation_id: organisationId } : {};
  const [search, setSearch] = useState(() => ({ ...fromAddress(), ...fixed }));
  const [typed, setTyped] = useState(search);
  const { data, error } = useLoad(
    () => searchPeople(search),
    [search.q, search.role, search.status, search.organisation_id, search.offset],
  );

  // After a search (not on opening the page), a screen reader hears how many were found.
  const searched = useRef(false);
  useEffect(() => {
    if (data && searched.current) announce(`${plural(data.total, 'person', 'people')} found.`);
    searched.current = false;
  }, [data]);

  const go = (next) => {
    remember(base, next, fixed);
    searched.current = true;
    setSearch(next);
  };
  const submit = (event) => {
    event.preventDefault();
    go({ ...typed, offset: 0 });
  };

  const roleOptions = [['', 'Any role'], ...Object.entries(roleNames)];
  const statusOptions = [['', 'Any status'], ...Object.entries(statusNames)];
  const everyOrganisation = () => {
    setTyped({ ...typed, organisation_id: '' });
    go({ ...search, organisation_id: '', offset: 0 });
  };
  return (
    <>
      {search.organisation_id && !organisationId && (
        <OrganisationFilter id={search.organisation_id} onClear={everyOrganisation} />
      )}
      <form onSubmit={submit} class="people-search" role="search" aria-label="People">
        <TextField
          id="q"
          label="Name or email address"
          hint="Part of a name or address is enough."
          type="search"
          value={typed.q}
          onInput={(q) => setTyped({ ...typed, q })}
        />
        <div class="people-search__filters">
          {roles && (
            <Select id="role" label="Role" value={typed.role} options={roleOptions} onChange={(role) => setTyped({ ...typed, role })} />
          )}
          <Select
            id="status"
            label="Status"
            value={typed.status}
            options={statusOptions}
            onChange={(status) => setTyped({ ...typed, status })}
          />
        </div>
        <button type="submit" class="ds_button ds_button--secondary">
          Search
        </button>
      </form>
      {error ? (
        <ErrorPage error={error} />
      ) : !data ? (
        <Loading what="people" />
      ) : (
        <Results data={data} search={search} base={base} go={go} roles={roles} showOrganisation={showOrganisation} />
      )}
    </>
  );
}

// "Only people in Leith Care. Show people of every organisation."
function OrganisationFilter({ id, onClear }) {
  const { data } = useLoad(() => get(`/organisations/${encodeURIComponent(id)}`), [id]);
  return (
    <p class="ds_inset-text" data-testid="people-organisation">
      Only people in <strong>{data?.name ?? 'one organisation'}</strong>.{' '}
      <button type="button" class="link-button" onClick={onClear}>
        Show people of every organisation
      </button>
    </p>
  );
}

function Results({ data, search, base, go, roles, showOrganisation }) {
  if (data.items.length === 0)
    return (
      <p data-testid="people-range">
        {data.total === 0 ? 'Nobody matches this search.' : 'There are no more people on this page.'}
      </p>
    );
  const first = search.offset + 1;
  const last = search.offset + data.items.length;
  return (
    <>
      <p data-testid="people-range">
        Showing {first} to {last} of {plural(data.total, 'person', 'people')}.
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="People (scrolls sideways on small screens)">
        <table class="ds_table people-table" data-testid="people">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email address</th>
              {showOrganisation && <th scope="col">Organisation</th>}
              {roles && <th scope="col">Role</th>}
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((person) => (
              <tr key={person.id} data-testid={`person-${person.email}`}>
                <td>
                  <Link href={`${base}/${person.id}`}>{person.display_name}</Link>
                </td>
                <td>{person.email}</td>
                {showOrganisation && <td>{person.organisation_name}</td>}
                {roles && <td>{roleNames[person.role] ?? person.role}</td>}
                <td>
                  <StatusTag status={person.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.total > PAGE && (
        <nav class="ds_pagination" aria-label="Pages of people">
          <ul class="ds_pagination__list">
            {search.offset > 0 && (
              <li class="ds_pagination__item">
                <button
                  type="button"
                  class="ds_button ds_button--secondary ds_button--small"
                  onClick={() => go({ ...search, offset: Math.max(0, search.offset - PAGE) })}
                >
                  Previous page
                </button>
              </li>
            )}
            {last < data.total && (
              <li class="ds_pagination__item">
                <button
                  type="button"
                  class="ds_button ds_button--secondary ds_button--small"
                  onClick={() => go({ ...search, offset: search.offset + PAGE })}
                >
                  Next page
                </button>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
