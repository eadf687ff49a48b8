// /admin/settings: how the service works for everyone on this installation
// (GET/PATCH /settings). Each setting is one entry of SETTINGS below: its title, what it
// means, its question (radio buttons, or a field typed as text and read back), what saving
// it says, and who changed it last and when (changes.NAME.changed_by_name); new settings slot in there.
import { useState } from 'preact/hooks';
import { get, request } from '../../api.js';
import { fieldProblems } from '../../accounts.js';
import { announce } from '../../components/Announcer.jsx';
import { ErrorPage, ErrorSummary } from '../../components/ErrorMessage.jsx';
import { Loading } from '../../components/Loading.jsx';
import { PageHeading } from '../../components/PageHeading.jsx';
import { useLoad } from '../../load.js';
import { explain, sentence } from '../../problems.js';
import { Link } from '../../router.jsx';
import { useSession } from '../../session.js';
import { dateTimeWords, plural, pounds as money } from '../../words.js';
import { Radios, TextField } from '../commissioner/Fields.jsx';
import { pence, pounds, whole } from '../commissioner/tenders.js';

const SETTINGS = [
  {
    name: 'two_factor_required',
    title: 'Two-factor sign-in',
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
    question: 'Must administrators and commissioners use two-factor sign-in?',
    answers: [
      { value: 'true', label: 'Yes, they must use it' },
      { value: 'false', label: 'No, each person chooses' },
    ],
    toForm: String,
    fromForm: (text) => text === 'true',
    save: 'Save the two-factor rule',
    saved: (value) =>
      value
        ? 'Saved. Administrators and commissioners must now use two-factor sign-in.'
        : 'Saved. Administrators and commissioners may now choose whether to use two-factor sign-in.',
  },
  {
    name: 'real_living_wage_pence',
    title: 'Real Living Wage',
    explain: (
      <>
        <p>
          The Real Living Wage is the hourly rate the Living Wage Foundation sets each year. A Fair Work First requirement
          that names no rate asks for this rate; changing it does not change requirements already set.
        </p>
      </>
    ),
    now: (value) =>
      value === null
        ? 'It is not set yet, so each Fair Work First requirement must name its own rate.'
        : `It is ${money(value)} an hour.`,
    question: 'The Real Living Wage an hour',
    hint: 'In pounds and pence, for example 13.45.',
    prefix: '£',
    inputMode: 'decimal',
    toForm: pounds,
    fromForm: pence,
    unreadable: 'Enter the rate in pounds and pence, for example 13.45.',
    save: 'Save the Real Living Wage',
    saved: (value) =>
      `Saved. The Real Living Wage is now ${money(value)} an hour. Fair Work First requirements saved from now on that name no rate ask for it.`,
  },
  {
    name: 'invitation_lifetime_days',
    title: 'Invitation links',
    explain: (
      <p>
        When someone is invited, we email them a link to choose their password. After this many days the link stops
        working, and they need to be sent the invitation again. Links already sent keep the time they were sent with.
      </p>
    ),
    question: 'How many days an invitation link works',
    hint: 'From 1 to 30 days. It is 7 days unless changed.',
    inputMode: 'numeric',
    width: 4,
    toForm: String,
    fromForm: whole,
    unreadable: 'Enter a whole number of days, for example 7.',
    save: 'Save how long invitation links work',
    saved: (value) => `Saved. Invitation links sent from now on work for ${plural(value, 'day')}.`,
  },
];

export function AdminSettings() {
  const { me } = useSession();
  const { data: settings, error } = useLoad(() => get('/settings'), []);
  const [latest, setLatest] = useState(null); // the settings as the last save left them

  if (error) return <ErrorPage error={error} back="/admin" backText="Back to your home" />;
  if (!settings) return <Loading what="the settings" />;
  const now = latest ?? settings;
  const who = (change) => (change.changed_by === me.id ? 'you' : change.changed_by_name);

  return (
    <>
      <PageHeading>Installation settings</PageHeading>
      <p>These settings are for everyone who uses this service. Each one is saved on its own.</p>
      {SETTINGS.map((setting) => (
        <Setting
          key={setting.name}
          setting={setting}
          value={now[setting.name]}
          change={now.changes?.[setting.name]}
          who={who}
          onSaved={setLatest}
        />
      ))}
      <p>
        <Link href="/admin">Back to your home</Link>
      </p>
    </>
  );
}

function Setting({ setting, value, change, who, onSaved }) {
  const id = setting.name;
  const [chosen, setChosen] = useState(() => setting.toForm(value));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [error, setError] = useState(null); // {field, summary}: at the field, and in the summary naming it
  const [done, setDone] = useState(null);
  const fieldId = setting.answers ? `${id}-${setting.answers[0].value}` : id;
  const showProblem = (found, message) => {
    setError(found);
    setProblem(message);
    setTimeout(() => document.querySelector(`#setting-${id} .ds_error-summary`)?.focus(), 0);
  };

  const save = async (event) => {
    event.preventDefault();
    setDone(null);
    const sent = setting.fromForm(chosen);
    if (sent === undefined) return showProblem({ field: setting.unreadable, summary: setting.unreadable }, null);
    setBusy(true);
    try {
      const updated = await request('PATCH', '/settings', { [id]: sent });
      onSaved(updated);
      setChosen(setting.toForm(updated[id]));
      setError(null);
      setProblem(null);
      const words = setting.saved(updated[id]);
      setDone(words);
      announce(words);
    } catch (refusal) {
      const found = fieldProblems(refusal, [id])[id];
      const said = found && { field: sentence(found), summary: sentence(`${setting.question}: ${found}`) };
      showProblem(said, found ? null : explain(refusal));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id={`setting-${id}`} class="setting" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{setting.title}</h2>
      {setting.explain}
      {setting.now && <p data-testid={`${id}-now`}>{setting.now(value)}</p>}
      <p data-testid={`${id}-changed`}>
        {change
          ? `Last changed by ${who(change)} on ${dateTimeWords(change.changed_at)}.`
          : 'Not changed since the service was installed.'}
      </p>
      {done && (
        <div class="ds_inset-text" data-testid={`${id}-saved`}>
          <p class="ds_inset-text__text">{done}</p>
        </div>
      )}
      <ErrorSummary message={problem} errors={error ? [{ href: `#${fieldId}`, text: error.summary }] : []} />
      <form onSubmit={save} noValidate>
        {setting.answers ? (
          <Radios id={id} legend={setting.question} error={error?.field} value={chosen} onChange={setChosen} options={setting.answers} />
        ) : (
          <TextField id={id} label={setting.question} hint={setting.hint} error={error?.field} value={chosen} onInput={setChosen}
            prefix={setting.prefix} inputMode={setting.inputMode} width={setting.width ?? 10} />
        )}
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Saving…' : setting.save}
        </button>
      </form>
    </section>
  );
}
