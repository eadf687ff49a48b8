import { registrationStates } from './organisations.js';

// A registration's status as a tag: its words carry the meaning, the colour only helps.
export function RegistrationTag({ status }) {
  const [words, colour] = registrationStates[status] ?? [status, 'grey'];
  return <strong class={`ds_tag ds_tag--${colour}`}>{words}</strong>;
}
