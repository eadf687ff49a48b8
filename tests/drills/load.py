#!/usr/bin/env python3
"""Steady load of bid submissions for the drills (Python 3 standard library only).

The write is a real one: POST /api/v1/bids/{id}/submissions, which appends an immutable
bid version, its receipt and an audit event in one transaction and takes an
Idempotency-Key: the same key returns the same receipt and never a second version. A
client that gets no answer, a 5xx or a broken connection sends the same key again, as a
real client should, so every write ends acknowledged exactly once or is given up.

  load.py setup --base URL --cacert PEM --admin-email E --admin-password P --mail-dir D --workers N --state F
      an organisation pair, a commissioner and a provider (invited by the admin; each chooses
      a password through the link in the invitation email, read from D, the service's mail
      folder), and per worker a tender open for stage 1 with a complete, signed-off bid ready
      to submit
  load.py run --state F --out F.jsonl --tag T [--seconds S | --stop-file F] [--rate R]
      each worker submits its bid again and again with keys T-worker-seq; one JSON line per
      write (key, first send, acknowledgement, attempts), a summary on standard output
  load.py count --state F --out F.jsonl --psql 'psql ...' [--before T]
      compares the acknowledged writes with the database: each acknowledged key present
      exactly once; with --before T (a point-in-time restore's target), writes acknowledged before T present and writes
      first sent after T absent (a point-in-time restore)
"""
import argparse
import http.client
import json
import os
import ssl
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
sys.dont_write_bytecode = True  # no __pycache__ left behind in tests/support
import mail_folder  # noqa: E402  (tests/support/mail_folder.py)


class Client:
    """One keep-alive HTTPS connection; reconnects after any failure."""

    def __init__(self, base, cacert, timeout=20):
        url = urllib.parse.urlsplit(base)
        self.host, self.port, self.https = url.hostname, url.port, url.scheme == "https"
        self.context = ssl.create_default_context(cafile=cacert) if self.https else None
        self.timeout = timeout
        self.conn = None
        self.token = None

    def call(self, method, path, body=None, headers=None):
        if self.conn is None:
            if self.https:
                self.conn = http.client.HTTPSConnection(self.host, self.port, timeout=self.timeout, context=self.context)
            else:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        all_headers = {"Accept": "application/json"}
        if self.token:
            all_headers["Authorization"] = "Bearer " + self.token
        if body is not None:
            body = json.dumps(body).encode()
            all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        try:
            self.conn.request(method, path, body=body, headers=all_headers)
            response = self.conn.getresponse()
            data = response.read()
        except Exception:
            self.conn.close()
            self.conn = None
            raise
        if response.getheader("connection", "").lower() == "close":
            self.conn.close()
            self.conn = None
        parsed = json.loads(data) if data and response.getheader("content-type", "").endswith("json") else data
        return response.status, parsed, response

    def must(self, expected, method, path, body=None, headers=None):
        status, parsed, response = self.call(method, path, body, headers)
        if status not in expected:
            sys.exit(f"load.py: {method} {path} answered {status}: {parsed}")
        return parsed, response

    def login(self, email, password):
        data, _ = self.must((200,), "POST", "/api/v1/auth/login", {"email": email, "password": password})
        self.token = data["token"]


def rfc3339(seconds_from_now):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + seconds_from_now))


TENDER = {
    "title": "Drill: community support",
    "description": "A tender that exists for the deployment drills.",
    "cpv_codes": ["85312000-9"],
    "contract_term_months": 36,
    "extension_months": 12,
    "estimated_value_pence": 100_000_000,
    "outcomes": ["People feel supported"],
    "partnership_bids_expected": True,
    "partnership_statement": "Partnership bids welcome.",
    "pin_summary": "One lot of community support.",
}
LOT = {"number": 1, "title": "Lot 1", "description": "A locality", "locality_or_theme": "North",
       "annual_value_pence": 10_000_000, "term_months": 36}
CRITERIA = {"criteria": [{"title": "Person-led support", "weight": 60, "word_limit": 1000, "min_score": 1},
                         {"title": "Partnership working", "weight": 40}]}
GATES = {"gates": [
    {"kind": "insurance", "parameters": {"employers_liability_pence": 500000000,
                                         "public_liability_pence": 1000000000,
                                         "professional_indemnity_pence": 200000000}},
    {"kind": "fair_work_first", "parameters": {"minimum_hourly_rate_pence": 1345}},
    {"kind": "spd_mandatory_exclusions", "parameters": {}}]}
DRAFT = {"responses": {"0": "We plan support with each person.", "1": "Two charities share one lead."},
         "declarations": {
             "0": {"employers_liability_pence": 500000000, "public_liability_pence": 1000000000,
                   "professional_indemnity_pence": 200000000, "expires_at": "2030-12-31T00:00:00Z"},
             "1": {"committed": True, "hourly_rate_pence": 1400},
             "2": {"any_ground_applies": False}}}


def setup(args):
    admin = Client(args.base, args.cacert)
    admin.login(args.admin_email, args.admin_password)
    run = uuid.uuid4().hex[:8]
    password = "drill-" + uuid.uuid4().hex
    body_org, _ = admin.must((201,), "POST", "/api/v1/organisations",
                             {"name": f"Drill HSCP {run}", "kind": "commissioning_body"})
    provider_org, _ = admin.must((201,), "POST", "/api/v1/organisations",
                                 {"name": f"Drill Care {run}", "kind": "provider"})
    officer_email, provider_email = f"officer-{run}@drill.example", f"staff-{run}@drill.example"
    # Invited as an admin invites people; each chooses the password through their email's link.
    mail = mail_folder.MailFolder(args.mail_dir)
    admin.must((201,), "POST", "/api/v1/users/invitations", {"email": officer_email, "display_name": "Drill officer",
                                                             "role": "commissioner", "organisation_id": body_org["id"]})
    admin.must((201,), "POST", "/api/v1/users/invitations", {"email": provider_email, "display_name": "Drill provider",
                                                             "role": "provider", "organisation_id": provider_org["id"],
                                                             "authorised_signatory": True})
    welcome = Client(args.base, args.cacert)
    for secret in mail.secrets([officer_email, provider_email], "/welcome").values():
        welcome.must((200,), "POST", "/api/v1/auth/invitation/accept", {"token": secret, "password": password})
    officer, provider = Client(args.base, args.cacert), Client(args.base, args.cacert)
    officer.login(officer_email, password)
    provider.login(provider_email, password)

    bids = []
    for worker in range(args.workers):
        _, created = officer.must((201,), "POST", "/api/v1/tenders", dict(TENDER, reference=f"DRILL-{run}-{worker}"))
        tender = created.getheader("location")
        officer.must((201,), "POST", tender + "/lots", LOT)
        officer.must((200,), "POST", tender + "/actions/publish_pin")
        _, got = officer.must((200,), "GET", tender)
        _, r = officer.must((200,), "PUT", tender + "/criteria", CRITERIA, {"If-Match": got.getheader("etag")})
        _, r = officer.must((200,), "PUT", tender + "/gates", GATES, {"If-Match": r.getheader("etag")})
        # Deadlines a day and more away: the drills never run into them.
        timetable = {"timetable": {"clarification_cutoff": rfc3339(43200), "stage1_deadline": rfc3339(86400),
                                   "stage2_deadline": rfc3339(30 * 86400)}}
        officer.must((200,), "PATCH", tender, timetable, {"If-Match": r.getheader("etag")})
        officer.must((200,), "POST", tender + "/actions/open_stage1")
        lots, _ = provider.must((200,), "GET", tender + "/lots")
        _, consortium = provider.must((201,), "POST", tender + "/consortia", {"name": f"Drill partnership {worker}"})
        _, bid = provider.must((201,), "POST", consortium.getheader("location") + "/bids",
                               {"lot_id": lots["items"][0]["id"]})
        bid = bid.getheader("location")
        provider.must((200,), "PATCH", bid, DRAFT, {"If-Match": '"1"'})
        status, sign_offs, _ = provider.call("GET", bid + "/sign-offs")
        if status == 200:  # builds with sign-offs: every member signs this exact draft
            provider.must((200, 201), "POST", bid + "/sign-offs", {"draft_sha256": sign_offs["draft_sha256"]})
        bids.append(bid)
    state = {"base": args.base, "cacert": args.cacert, "token": provider.token, "bids": bids,
             "admin_email": args.admin_email, "admin_password": args.admin_password}
    with open(args.state, "w") as f:
        json.dump(state, f)
    print(f"set up {len(bids)} bids for the drill (run {run})")


def run(args):
    state = json.load(open(args.state))
    out = open(args.out, "a")
    lock = threading.Lock()
    stop_at = time.time() + args.seconds if args.seconds else None
    interval = len(state["bids"]) / args.rate if args.rate else 0
    errors = []  # (time, kind)
    acked = []

    def stopping():
        return (stop_at and time.time() >= stop_at) or (args.stop_file and os.path.exists(args.stop_file))

    def worker(index, bid):
        client = Client(state["base"], state["cacert"], timeout=args.timeout)
        client.token = state["token"]
        seq = 0
        next_send = time.time()
        while not stopping():
            seq += 1
            key = f"{args.tag}-{index}-{seq}"
            first = time.time()
            attempts, record = 0, None
            # Retry the same key until acknowledged; give up only after --give-up seconds.
            while time.time() - first < args.give_up:
                attempts += 1
                sent = time.time()
                try:
                    status, body, _ = client.call("POST", bid + "/submissions", {"declaration_confirmed": True},
                                                  headers={"Idempotency-Key": key})
                except Exception as e:
                    kind = type(e).__name__
                    status, body = None, None
                if status in (200, 201):
                    record = {"key": key, "bid": bid.rsplit("/", 1)[1], "first_sent": first, "last_sent": sent,
                              "acked": time.time(), "status": status, "attempts": attempts,
                              "version": body["version"]}
                    break
                kind = f"HTTP {status}" if status else kind
                with lock:
                    errors.append((time.time(), kind))
                if status is not None and 400 <= status < 500:
                    # Not a transient failure: a drill bug or the deadline. Say so and stop.
                    print(f"load.py: {key} answered {status}: {body}", file=sys.stderr)
                    return
                time.sleep(min(0.05 * 2 ** min(attempts, 5), 1.0))
            if record is None:
                record = {"key": key, "bid": bid.rsplit("/", 1)[1], "first_sent": first, "gave_up": time.time(),
                          "attempts": attempts}
            with lock:
                out.write(json.dumps(record) + "\n")
                out.flush()
                if "acked" in record:
                    acked.append(record)
            next_send += interval
            time.sleep(max(0.0, next_send - time.time()))

    started = time.time()
    threads = [threading.Thread(target=worker, args=(i, bid)) for i, bid in enumerate(state["bids"])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.time() - started
    latencies = sorted(r["acked"] - r["first_sent"] for r in acked)
    # The longest stretch with no acknowledgement at all: what clients saw of an outage.
    times = sorted(r["acked"] for r in acked)
    gaps = [b - a for a, b in zip([started] + times, times)]
    kinds = {}
    for _, kind in errors:
        kinds[kind] = kinds.get(kind, 0) + 1
    summary = {
        "seconds": round(elapsed, 1),
        "acknowledged": len(acked),
        "writes_per_second": round(len(acked) / elapsed, 1) if elapsed else 0,
        "retried_writes": sum(1 for r in acked if r["attempts"] > 1),
        "client_errors": len(errors),
        "error_kinds": kinds,
        "first_error": errors[0][0] if errors else None,
        "last_error": errors[-1][0] if errors else None,
        "p50_ms": round(1000 * latencies[len(latencies) // 2]) if latencies else None,
        "p99_ms": round(1000 * latencies[int(len(latencies) * 0.99)]) if latencies else None,
        "max_ms": round(1000 * latencies[-1]) if latencies else None,
        "longest_gap_s": round(max(gaps), 2) if gaps else None,
    }
    print(json.dumps(summary))


def count(args):
    state = json.load(open(args.state))
    records = [json.loads(line) for line in open(args.out)]
    bids = sorted({b.rsplit("/", 1)[1] for b in state["bids"]})
    sql = ("SELECT idempotency_key, count(*) FROM bid_submission WHERE bid_id IN ("
           + ",".join(f"'{b}'" for b in bids) + ") GROUP BY idempotency_key")
    result = subprocess.run(args.psql + ["-XtA", "-F", " ", "-c", sql], capture_output=True, text=True, check=True)
    in_db = {}
    for line in result.stdout.splitlines():
        if line.strip():
            key, n = line.rsplit(" ", 1)
            in_db[key] = int(n)
    # Only this run's keys (its tags): the same bids may carry earlier runs' versions.
    tags = {r["key"].rsplit("-", 2)[0] for r in records}
    in_db = {k: n for k, n in in_db.items() if k.rsplit("-", 2)[0] in tags}
    acked = [r for r in records if "acked" in r]
    gave_up = [r for r in records if "gave_up" in r]
    report = {
        "acknowledged": len(acked),
        "gave_up": len(gave_up),
        "rows_in_database": sum(in_db.values()),
        "duplicates": sum(1 for n in in_db.values() if n > 1),
    }
    if args.before is None:
        missing = [r["key"] for r in acked if in_db.get(r["key"], 0) == 0]
        report["acknowledged_missing"] = len(missing)
        report["rows_never_acknowledged"] = sum(1 for k in in_db if k not in {r["key"] for r in acked})
        report["ok"] = not missing and report["duplicates"] == 0
    else:
        # A point-in-time restore to T: acknowledged before T must be there; first sent
        # after T must not; a write in flight at T may go either way.
        t = args.before
        before = [r for r in acked if r["acked"] < t]
        after = [r for r in records if r["first_sent"] > t]
        straddling = [r for r in acked if r["first_sent"] <= t <= r["acked"]]
        report.update({
            "acknowledged_before_target": len(before),
            "of_them_present": sum(1 for r in before if in_db.get(r["key"], 0) == 1),
            "sent_after_target": len(after),
            "of_them_present_wrongly": sum(1 for r in after if in_db.get(r["key"], 0) > 0),
            "in_flight_at_target": len(straddling),
        })
        report["in_flight_present"] = sum(1 for r in straddling if in_db.get(r["key"], 0) > 0)
        report["ok"] = (report["of_them_present"] == len(before) and report["of_them_present_wrongly"] == 0
                        and report["duplicates"] == 0)
    print(json.dumps(report))
    sys.exit(0 if report["ok"] else 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("setup")
    p.add_argument("--base", required=True)
    p.add_argument("--cacert")
    p.add_argument("--admin-email", required=True)
    p.add_argument("--admin-password", required=True)
    p.add_argument("--mail-dir", required=True, help="the service's mail folder, where its invitation emails go")
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--state", required=True)
    p = sub.add_parser("run")
    p.add_argument("--state", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--tag", required=True)
    p.add_argument("--seconds", type=float)
    p.add_argument("--stop-file")
    p.add_argument("--rate", type=float, default=20, help="writes per second across all workers (0: flat out)")
    p.add_argument("--timeout", type=float, default=10, help="seconds to wait for one answer")
    p.add_argument("--give-up", type=float, default=120, help="seconds to keep retrying one write")
    p = sub.add_parser("count")
    p.add_argument("--state", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--psql", required=True, type=lambda s: s.split())
    p.add_argument("--before", type=float, help="restore target, seconds since the epoch")
    args = parser.parse_args()
    {"setup": setup, "run": run, "count": count}[args.command](args)


if __name__ == "__main__":
    main()
