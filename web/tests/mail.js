// The emails the service wrote to its mail folder (`serve --mail-dir`; web/test passes it
// as MAIL_DIR to the seed and to Playwright), read as their recipients would: the newest
// email to an address, its plain text, the secret of its single-use link. The seed and
// the specs share this one reader.
//
// The service's background mailer writes each email a moment after the request that
// caused it (it looks for mail due every --mail-poll-ms, 2 s by default), so the
// readers here wait for it: they look every 50 ms, for up to 30 s (a sanitizer build
// on a busy machine).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const every = 50;
const patience = 30000;

function folder() {
  const dir = process.env.MAIL_DIR;
  if (!dir) throw new Error("MAIL_DIR is not set: web/test passes the service's --mail-dir");
  return dir;
}

// The service writes each email under a temporary name and renames it when whole, and
// never changes it again: each file is read once.
const read = new Map(); // path → { text, to, at }

// The address in an email's To header ("Name" <address>; a long encoded name folds the
// header over several lines).
function recipient(email) {
  const headers = email.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  return /^To:.*<([^>]*)>\s*$/im.exec(headers)?.[1]?.toLowerCase();
}

function emails() {
  const dir = folder();
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return []; // the folder comes with the first email
  }
  const out = [];
  for (const name of names) {
    if (!name.endsWith('.eml')) continue;
    const path = `${dir}/${name}`;
    if (!read.has(path)) {
      const text = readFileSync(path, 'utf8');
      read.set(path, { text, to: recipient(text), at: statSync(path).mtimeMs });
    }
    out.push(read.get(path));
  }
  return out;
}

// The body parts of a MIME email, decoded from base64 (the service sends a text/plain and a
// text/html part).
export const bodies = (email) =>
  [...email.matchAll(/Content-Transfer-Encoding: base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/g)].map((m) =>
    Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8'));

// The email's plain text: its text/plain part, decoded.
export function plainText(email) {
  const part = /Content-Type: text\/plain[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/.exec(email);
  return part ? Buffer.from(part[1].replace(/\s+/g, ''), 'base64').toString('utf8') : '';
}

// The newest email to `address` for which `where(text)` holds, waiting for it to be written.
export async function newestEmailTo(address, where = () => true) {
  const to = address.toLowerCase();
  for (const until = Date.now() + patience; ;) {
    const found = emails()
      .filter((email) => email.to === to && where(email.text))
      .sort((a, b) => b.at - a.at);
    if (found.length) return found[0].text;
    if (Date.now() > until) throw new Error(`no email to ${address} in ${process.env.MAIL_DIR} after ${patience / 1000} s`);
    await sleep(every);
  }
}

// The secret of the newest emailed link to `page` of the web client ('/welcome',
// '/reset-password') sent to `address`: what follows "<page>#" in the email's plain text.
// `not`: a secret already seen (the link before a resend), to wait past.
export async function emailedSecret(address, page, not = null) {
  const secretIn = (text) => new RegExp(`${page.replace(/[/.]/g, '\\$&')}#([A-Za-z0-9_-]+)`).exec(plainText(text))?.[1];
  return secretIn(await newestEmailTo(address, (text) => {
    const secret = secretIn(text);
    return secret !== undefined && secret !== not;
  }));
}
