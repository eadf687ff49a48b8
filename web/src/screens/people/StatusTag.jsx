import { statusColours, statusNames } from '../../accounts.js';

export function StatusTag({ status }) {
  return <strong class={`ds_tag ds_tag--${statusColours[status] ?? 'grey'}`}>{statusNames[status] ?? status}</strong>;
}
