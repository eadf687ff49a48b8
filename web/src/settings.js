// The easy-read setting: larger text and more space, remembered on this device.
const KEY = 'collabtender.easyRead';

export function easyRead() {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function applyEasyRead(on = easyRead()) {
  document.documentElement.classList.toggle('easy-read', on);
}

export function setEasyRead(on) {
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Private browsing may refuse storage; the setting then lasts for this page only.
  }
  applyEasyRead(on);
}
