// /admin/settings: how the service works for everyone on this installation
// (GET/PATCH /settings). Each setting is one entry of SETTINGS below: its question,
// what each answer means, and who changed it last and when; new settings slot in there.
import { useEffect, useState } from 'preact/hooks';
import { get, request } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { ErrorPage, ErrorSummary } from '../../components/ErrorMessage.jsx';
import { Loading } from '../../components/Loading.jsx';
import { PageHeading } from '../../components/PageHeading.jsx';
import { explain } from '../../problems.js';
import { Link } from '../../router.jsx';
import { useSession } from '../../session.js';
import { dateTimeWords } from '../../words.js';

const SETTINGS = [
  {
    name: 'two_factor_required',
    question: 'Must administrators and commissioners use two-factor sign-in?',
    explain: (
      <>
        <p>
          Two-factor sign-in means typing a code from an app on your phone as well as a password. It keeps accounts
          safe even if a password is guessed or stolen. Administrators and commissioners can see and change a lot, so
          we recommend it for them.
        </p>
        <p>
          If you choose yes, an administrator or commissioner who has not set it up is asked to do so the next time they
          sign in, before they can do anything else. Panel members and care provider staff can still choose for
          themselves.
        </p>
      </>
    ),
    answers: [
      [true, 'Yes, they must use it'],
      [false, 'No, each person chooses'],
    ],
    saved: (value) =>
      value
        ? 'Saved. Administrators and commissioners must now use two-factor sign-in.'
        : 'Saved. Administrators and commissioners may now choose whether to use two-factor sign-in.',
  },
];

export function AdminSettings() {
  const { me } = useSession();
  const [settings, setSettings] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [names, setNames] = useState({}); // who changed a setting: their id → name

  useEffect(() => {
    get('/settings').then(setSettings, setLoadError);
  }, []);
  useEffect(() => {
    for (const change of Object.values(settings?.changes ?? {})) {
      const id = change.changed_by;
      if (!id || names[id] || id === me.id) continue;
      get(`/users/${encodeURIComponent(id)}`).then(
        (person) => setNames((known) => ({ ...known, [id]: person.display_name })),
        () => {}, // "an administrator" instead
      );
    }
  }, [settings]);

  if (loadError) return <ErrorPage error={loadError} back="/admin" backText="Back to your home" />;
  if (!settings) return <Loading what="the settings" />;
  const who = (id) => (id === me.id ? 'you' : names[id] ?? 'an administrator');

  return (
    <>
      <PageHeading>Installation settings</PageHeading>
      <p>These settings are for everyone who uses this service. Each one is saved on its own.</p>
      {SETTINGS.map((setting) => (
        <Setting
          key={setting.name}
          setting={setting}
          value={settings[setting.name]}
          change={settings.changes?.[setting.name]}
          who={who}
          onSaved={setSettings}
        />
      ))}
      <p>
        <Link href="/admin">Back to your home</Link>
      </p>
    </>
  );
}

function Setting({ setting, value, change, who, onSaved }) {
  const [chosen, setChosen] = useState(value);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [done, setDone] = useState(null);
  const id = setting.name;

  const save = async (event) => {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    setBusy(true);
    try {
      const updated = await request('PATCH', '/settings', { [id]: chosen });
      onSaved(updated);
      const words = setting.saved(updated[id]);
      setDone(words);
      announce(words);
    } catch (error) {
      setProblem(explain(error));
      setTimeout(() => document.querySelector(`#setting-${id} .ds_error-summary`)?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id={`setting-${id}`} class="setting" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{setting.question}</h2>
      {setting.explain}
      <p data-testid={`${id}-changed`}>
        {change
          ? `Last changed by ${who(change.changed_by)} on ${dateTimeWords(change.changed_at)}.`
          : 'Not changed since the service was installed.'}
      </p>
      {done && (
        <div class="ds_inset-text" data-testid={`${id}-saved`}>
          <p class="ds_inset-text__text">{done}</p>
        </div>
      )}
      <ErrorSummary message={problem} />
      <form onSubmit={save} noValidate>
        <fieldset>
          <legend class="visually-hidden">{setting.question}</legend>
          <div class="ds_field-group">
            {setting.answers.map(([v, text]) => (
              <div class="ds_radio" key={String(v)}>
                <input
                  class="ds_radio__input"
                  type="radio"
                  id={`${id}-${v}`}
                  name={id}
                  checked={chosen === v}
                  onChange={() => setChosen(v)}
                />
                <label class="ds_radio__label" for={`${id}-${v}`}>
                  {text}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Saving…' : 'Save this setting'}
        </button>
      </form>
    </section>
  );
}
