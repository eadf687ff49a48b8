// Which notifications also come by email: a checkbox per kind that may be
// switched off, and the formal notices, which always come by email, said plainly.
// Providers also choose the kinds of service their organisation follows.
import { useState } from 'preact/hooks';
import { get, put } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage, ErrorSummary } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { useLoad } from '../../load.js';
import { Link } from '../../router.jsx';
import { useSession } from '../../session.js';
import { FollowedServices } from './FollowedServices.jsx';
import { usePageProblems } from './problems.js';

const inputId = (kind) => `email-${kind}`;

function Setting({ item, checked, onChange, error }) {
  const id = inputId(item.kind);
  const formal = !item.can_switch_off;
  const hint = formal ? `${id}-hint` : null;
  return (
    <fieldset class={`notification-setting ds_question${error ? ' ds_question--error' : ''}`} data-testid={`setting-${item.kind}`}>
      <legend class="notification-setting__legend">{item.description}</legend>
      {error && (
        <p class="ds_question__error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div class="ds_checkbox ds_checkbox--small">
        <input class="ds_checkbox__input" type="checkbox" id={id} name={id} checked={formal || checked} disabled={formal}
          aria-describedby={[hint, error && `${id}-error`].filter(Boolean).join(' ') || undefined}
          onChange={(e) => onChange(e.currentTarget.checked)} />
        <label class="ds_checkbox__label" for={id}>
          Also send me an email
        </label>
      </div>
      {formal && (
        <p class="ds_hint-text notification-setting__always" id={hint}>
          Always sent by email: this is a formal notice, so it cannot be switched off.
        </p>
      )}
    </fieldset>
  );
}

function SettingsForm({ settings, problems }) {
  const [items, setItems] = useState(settings.items);
  const [chosen, setChosen] = useState(() => Object.fromEntries(settings.items.map((i) => [i.kind, i.email])));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const choosable = items.filter((i) => i.can_switch_off);
  const formal = items.filter((i) => !i.can_switch_off);

  const save = async (event) => {
    event.preventDefault();
    // Only the kinds changed here are sent: a choice made elsewhere meanwhile (an
    // email's unsubscribe link, another tab) stays as it is.
    const email = {};
    for (const i of choosable) if (chosen[i.kind] !== i.email) email[i.kind] = chosen[i.kind];
    setBusy(true);
    setSaved(false);
    try {
      const answer = await put('/me/notification-settings', { email });
      setItems(answer.items);
      setChosen(Object.fromEntries(answer.items.map((i) => [i.kind, i.email])));
      problems.clear();
      setSaved(true);
      announce('Your email choices are saved.');
    } catch (error) {
      const itemOf = (pointer) => items.find((i) => pointer === `/email/${i.kind}`);
      problems.fail(error, (pointer) => (itemOf(pointer) ? inputId(itemOf(pointer).kind) : null),
        (pointer) => itemOf(pointer)?.description);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form onSubmit={save} noValidate data-testid="settings-form">
        <h2>Notifications you can choose</h2>
        <p>Tick the ones you also want by email. Untick them to see them here only.</p>
        {choosable.map((item) => (
          <Setting key={item.kind} item={item} checked={chosen[item.kind]} error={problems.errors[inputId(item.kind)]}
            onChange={(on) => {
              setChosen({ ...chosen, [item.kind]: on });
              setSaved(false);
            }} />
        ))}
        <div class="ds_button-group form-actions">
          <button type="submit" class="ds_button" disabled={busy}>
            Save my email choices
          </button>
          {saved && (
            <p class="save-status save-status--saved" data-testid="settings-saved">
              Your email choices are saved.
            </p>
          )}
        </div>
      </form>
      {formal.length > 0 && (
        <section aria-labelledby="formal-title" class="formal-notices">
          <h2 id="formal-title">Formal notices: always sent by email</h2>
          <p>
            These are formal notices about a tender you take part in, such as the receipt for a bid and your outcome
            letter. They must reach you in writing, so they always come by email as well as here. You cannot switch
            them off.
          </p>
          {formal.map((item) => (
            <Setting key={item.kind} item={item} checked onChange={() => {}} error={problems.errors[inputId(item.kind)]} />
          ))}
        </section>
      )}
    </>
  );
}

export function NotificationSettings() {
  const { me } = useSession();
  const problems = usePageProblems();
  const { data, error } = useLoad(() => get('/me/notification-settings'), []);
  if (error) return <ErrorPage error={error} back="/notifications" backText="Back to your notifications" />;
  if (!data) return <Loading what="your notification settings" />;
  return (
    <>
      <Link href="/notifications" class="ds_back-link">
        Back to your notifications
      </Link>
      <PageHeading>Notification settings</PageHeading>
      <p class="ds_leader">
        You see every notification on your notifications page when you sign in. You can also have them sent to{' '}
        {me?.email ? <strong>{me.email}</strong> : 'your email address'}.
      </p>
      <ErrorSummary message={problems.message} errors={problems.summary} />
      <SettingsForm settings={data} problems={problems} />
      {me?.role === 'provider' && <FollowedServices problems={problems} />}
    </>
  );
}
