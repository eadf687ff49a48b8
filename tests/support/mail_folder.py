"""The emails a service writes to its mail folder (serve --mail-dir), read as their
recipients would: the secret of each one's single-use link (what follows "/welcome#"
in its plain text). Python 3 standard library only; for scripts that start or reach a
service and make people the way an admin does, by invitation (bench/dataset.py,
tests/drills/load.py):

    sys.path.insert(0, ...tests/support)
    import mail_folder
    mail = mail_folder.MailFolder(path)          # before the invitations: older emails are not news
    ... POST /api/v1/users/invitations for each person ...
    secrets = mail.secrets(emails, "/welcome")   # {email: secret}, once every email has come
    ... POST /api/v1/auth/invitation/accept {token: secret, password} for each ...

The service's background mailer writes each email a moment after the request (it looks
for mail due every --mail-poll-ms, 2 s by default), under a temporary name renamed when
whole, and never changes it again.
"""
import base64
import os
import re
import time

HEADER_END = re.compile(r"\r?\n\r?\n")
FOLDED = re.compile(r"\r?\n[ \t]+")
TO = re.compile(r"^To:.*<([^>]*)>\s*$", re.IGNORECASE | re.MULTILINE)
PLAIN = re.compile(r"Content-Type: text/plain[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)")


def recipient(email):
    """The address in an email's To header, in lower case (None when there is none)."""
    headers = FOLDED.sub(" ", HEADER_END.split(email, 1)[0])
    found = TO.search(headers)
    return found.group(1).lower() if found else None


def plain_text(email):
    """An email's text/plain part, decoded ('' when it has none)."""
    found = PLAIN.search(email)
    return base64.b64decode(re.sub(r"\s+", "", found.group(1))).decode("utf-8") if found else ""


def link_secret(email, page):
    """What follows "<page>#" in an email's plain text (None when there is no such link)."""
    found = re.search(re.escape(page) + r"#([A-Za-z0-9_-]+)", plain_text(email))
    return found.group(1) if found else None


class MailFolder:
    """A mail folder, from now on: the emails already in it when this was made are ignored,
    so a folder kept across runs (the same addresses invited again) gives no old link."""

    def __init__(self, path):
        self.path = path
        self.old = set(self._names())

    def _names(self):
        try:
            return [name for name in os.listdir(self.path) if name.endswith(".eml")]
        except FileNotFoundError:  # the service makes the folder with its first email
            return []

    def secrets(self, addresses, page, patience=30.0, every=0.05):
        """{address: secret} of the newest new email to each address with a link to `page`
        ("/welcome"), waiting for them; gives up after `patience` seconds with no new one."""
        wanted = {address.lower(): address for address in addresses}
        found = {}  # lower-case address -> (modified, secret)
        read = set()
        quiet_since = time.monotonic()
        while True:
            for name in self._names():
                if name in self.old or name in read:
                    continue
                read.add(name)
                path = os.path.join(self.path, name)
                with open(path, encoding="utf-8") as f:
                    email = f.read()
                to, secret = recipient(email), link_secret(email, page)
                if to in wanted and secret:
                    modified = os.stat(path).st_mtime_ns
                    if to not in found or found[to][0] < modified:
                        found[to] = (modified, secret)
                    quiet_since = time.monotonic()
            if len(found) == len(wanted):
                return {wanted[to]: secret for to, (_, secret) in found.items()}
            if time.monotonic() - quiet_since > patience:
                missing = sorted(set(wanted.values()) - {wanted[to] for to in found})
                raise TimeoutError(f"no email with a {page} link in {self.path} after {patience:.0f} s for "
                                   f"{len(missing)} of {len(wanted)}: {', '.join(missing[:5])}")
            time.sleep(every)
