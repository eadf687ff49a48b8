#!/usr/bin/env python3
"""A realistic, deterministic dataset for the benchmarks, built through the
service's own API wherever a user would act (accounts, tenders, lots, criteria,
gates, consortia, drafts, sign-offs, submissions, panels, conflict declarations), so
every row is as the service writes it. Accounts are made as an admin makes them:
each person is invited and chooses their password through the link in their
invitation email, read from the service's mail folder (--mail-dir, the same folder
as the service's). Two steps a user cannot hurry are done
in SQL: moving each stage-1 deadline into the past, and the panel's scores for
the other tenders (hundreds of thousands of them), so that rankings have
something to rank. The first --unscored tenders stay unscored, in stage-1
evaluation, for the write benchmarks.

    bench/dataset.py [--tenders 20] [--unscored 1] [--lots 9] [--bids 30] [--criteria 8] [--panellists 7] [--seed 1] \
        --mail-dir DIR -- BASE_URL DATABASE_URL ADMIN_EMAIL ADMIN_PASSWORD OUT.json

OUT.json names what the load scripts need: tokens, bids, lots, panels.
"""
import argparse
import concurrent.futures
import json
import os
import random
import subprocess
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "support"))
sys.dont_write_bytecode = True  # no __pycache__ left behind in tests/support
import mail_folder  # noqa: E402  (tests/support/mail_folder.py)

PASSWORD = "benchmark password 2026"
WORDS = ("support people community partners plan listen local carers recovery trust time choice family "
         "wellbeing staff volunteers housing skills safe outcomes together review goals accessible").split()


class Api:
    def __init__(self, base):
        self.base = base.rstrip("/")

    def call(self, method, path, token=None, body=None, headers=None, expect=(200, 201, 204)):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", "Bearer " + token)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        for _ in range(50):  # sign-ins beyond the service's password-check slots get 503: wait and retry
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    text = response.read()
                    status, etag, location = response.status, response.headers.get("ETag"), response.headers.get("Location")
            except urllib.error.HTTPError as error:
                text, status, etag, location = error.read(), error.code, None, None
                if status == 503:
                    time.sleep(float(error.headers.get("Retry-After", "1")))
                    continue
            break
        if status not in expect:
            sys.exit(f"dataset: {method} {path} answered {status}: {text[:400]!r}")
        return (json.loads(text) if text else None), etag, location


def text(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("database_url")
    parser.add_argument("admin_email")
    parser.add_argument("admin_password")
    parser.add_argument("out")
    for name, default in (("tenders", 20), ("unscored", 1), ("lots", 9), ("bids", 30), ("criteria", 8), ("panellists", 7), ("seed", 1)):
        parser.add_argument("--" + name, type=int, default=default)
    parser.add_argument("--mail-dir", required=True, help="the service's --mail-dir, where its invitation emails go")
    a = parser.parse_args()
    rng = random.Random(a.seed)
    api = Api(a.base_url)
    pool = concurrent.futures.ThreadPoolExecutor(8)

    def login(email):
        return api.call("POST", "/api/v1/auth/login", body={"email": email, "password": PASSWORD})[0]["token"]

    admin = api.call("POST", "/api/v1/auth/login", body={"email": a.admin_email, "password": a.admin_password})[0]["token"]
    body = api.call("POST", "/api/v1/organisations", admin, {"name": "Benchmark HSCP", "kind": "commissioning_body"})[0]["id"]
    people = [{"email": "officer@bench.example", "display_name": "Officer", "role": "commissioner", "organisation_id": body}]
    people += [{"email": f"panellist{i}@bench.example", "display_name": f"Panellist {i}", "role": "panellist",
                "organisation_id": body} for i in range(a.panellists)]
    for i in range(a.bids):
        org = api.call("POST", "/api/v1/organisations", admin, {"name": f"Provider {i}", "kind": "provider"})[0]["id"]
        people.append({"email": f"provider{i}@bench.example", "display_name": f"Provider {i}", "role": "provider",
                       "organisation_id": org, "authorised_signatory": True})

    # Everyone invited (their emails come out of the service together), then each chooses
    # their password through the link in their email.
    mail = mail_folder.MailFolder(a.mail_dir)
    ids = list(pool.map(lambda person: api.call("POST", "/api/v1/users/invitations", admin, person)[0]["id"], people))
    secrets = mail.secrets([person["email"] for person in people], "/welcome")
    list(pool.map(lambda person: api.call("POST", "/api/v1/auth/invitation/accept",
                                          body={"token": secrets[person["email"]], "password": PASSWORD}), people))
    panellists = [{"id": user_id, "email": person["email"]} for user_id, person in zip(ids, people) if person["role"] == "panellist"]
    providers = [person["email"] for person in people if person["role"] == "provider"]
    officer = login("officer@bench.example")
    provider_tokens = list(pool.map(login, providers))
    for p in panellists:
        p["token"] = login(p["email"])

    weights = [100 // a.criteria] * a.criteria
    weights[0] += 100 - sum(weights)
    criteria = {"criteria": [{"title": f"Criterion {c + 1}", "weight": weights[c], "word_limit": 1000}
                             for c in range(a.criteria)]}
    gates = {"gates": [
        {"kind": "insurance", "parameters": {"employers_liability_pence": 500000000,
                                             "public_liability_pence": 1000000000,
                                             "professional_indemnity_pence": 200000000}},
        {"kind": "fair_work_first", "parameters": {"minimum_hourly_rate_pence": 1345}},
        {"kind": "spd_mandatory_exclusions", "parameters": {}}]}
    far = "2030-01-01T12:00:00Z"
    tenders = []
    for t in range(a.tenders):
        tender = api.call("POST", "/api/v1/tenders", officer, {
            "reference": f"BENCH-{t}", "title": f"Benchmark tender {t}", "description": text(rng, 20),
            "cpv_codes": ["85312000-9"], "contract_term_months": 60, "extension_months": 24,
            "estimated_value_pence": 4200000000, "outcomes": ["People feel welcome and connected"],
            "partnership_bids_expected": True, "partnership_statement": "We expect partnership bids.",
            "pin_summary": text(rng, 15)})[2]
        lots = []
        for n in range(1, a.lots + 1):
            location = api.call("POST", tender + "/lots", officer, {
                "number": n, "title": f"Lot {n}", "description": text(rng, 10), "locality_or_theme": "Citywide",
                "annual_value_pence": 90000000, "term_months": 60})[2]
            lots.append(location.rsplit("/", 1)[1])
        etag = api.call("GET", tender, officer)[1]
        etag = api.call("PUT", tender + "/criteria", officer, criteria, {"If-Match": etag})[1]
        etag = api.call("PUT", tender + "/gates", officer, gates, {"If-Match": etag})[1]
        api.call("POST", tender + "/actions/publish_pin", officer)
        etag = api.call("GET", tender, officer)[1]
        api.call("PATCH", tender, officer, {"timetable": {"clarification_cutoff": "2029-12-01T12:00:00Z",
                                                          "stage1_deadline": far, "stage2_deadline": "2030-06-01T12:00:00Z"}},
                 {"If-Match": etag})
        api.call("POST", tender + "/actions/open_stage1", officer)
        tenders.append({"path": tender, "id": tender.rsplit("/", 1)[1], "lots": lots, "bids": {lot: [] for lot in lots}})

    def bid_for(job):
        t, tender, p, token = job
        consortium = api.call("POST", tender["path"] + "/consortia", token, {"name": f"Consortium {p}"})[2]
        made = []
        for n, lot in enumerate(tender["lots"]):
            bid = api.call("POST", consortium + "/bids", token, {"lot_id": lot})[2]
            words = random.Random(f"{a.seed}-{t}-{p}-{n}")
            draft = {"responses": {str(c): text(words, 300) for c in range(a.criteria)},
                     "declarations": {
                         "0": {"employers_liability_pence": 500000000, "public_liability_pence": 1000000000,
                               "professional_indemnity_pence": 200000000, "expires_at": "2031-12-31T00:00:00Z"},
                         "1": {"committed": True, "hourly_rate_pence": 1400 + p},
                         "2": {"any_ground_applies": False}}}
            api.call("PATCH", bid, token, draft, {"If-Match": '"1"'})
            digest = api.call("GET", bid + "/sign-offs", token)[0]["draft_sha256"]
            api.call("POST", bid + "/sign-offs", token, {"draft_sha256": digest})
            api.call("POST", bid + "/submissions", token, {"declaration_confirmed": True}, {"Idempotency-Key": "bench"})
            made.append((lot, bid.rsplit("/", 1)[1]))
        return tender["id"], made

    jobs = [(t, tender, p, token) for t, tender in enumerate(tenders) for p, token in enumerate(provider_tokens)]
    by_id = {t["id"]: t for t in tenders}
    for tender_id, made in pool.map(bid_for, jobs):
        for lot, bid in made:
            by_id[tender_id]["bids"][lot].append(bid)

    def past_deadline(stage):  # the one step a benchmark cannot wait for
        sql(f"UPDATE tender SET stage{stage}_deadline = now() - interval '1 second' WHERE reference LIKE 'BENCH-%'")

    def sql(statement):
        subprocess.run(["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", a.database_url, "-c", statement],
                       check=True, stdout=subprocess.DEVNULL)

    def declare(job):
        bid, token = job
        api.call("PUT", f"/api/v1/bids/{bid}/conflict-declaration", token, {"conflicted": False})

    def declare_all(chosen):
        list(pool.map(declare, [(bid, p["token"]) for tender in chosen for bids in tender["bids"].values()
                                for bid in bids for p in panellists]))

    def score(stage, chosen):
        # Every panellist of every panel scores and submits; panellists differ by at
        # most one point, so nothing is flagged for moderation.
        references = ", ".join(f"'BENCH-{tenders.index(t)}'" for t in chosen)
        sql(f"""
            INSERT INTO score (bid_id, stage, user_id, criterion, score, justification, advice, updated_at)
            SELECT s.bid_id, {stage}, m.user_id, c,
                   1 + abs(hashtext(s.bid_id::text || c || '{a.seed}')) % 3 + (CASE WHEN m.chair THEN 1 ELSE 0 END),
                   'Clear evidence of person-led planning.', '', now()
            FROM bid_submission s JOIN bid b ON b.id = s.bid_id JOIN tender t ON t.id = b.tender_id
            JOIN panel p ON p.lot_id = b.lot_id JOIN panel_member m ON m.panel_id = p.id,
                 generate_series(0, {a.criteria - 1}) c
            WHERE t.reference IN ({references}) AND s.stage = {stage}
            ON CONFLICT DO NOTHING;
            INSERT INTO scoresheet_submission (bid_id, stage, user_id, submitted_at)
            SELECT DISTINCT bid_id, stage, user_id, now() FROM score WHERE stage = {stage}
            ON CONFLICT DO NOTHING;""")

    past_deadline(1)
    members = [{"user_id": p["id"], "kind": "lived_experience" if i % 2 == 0 else "independent", "chair": i == 0}
               for i, p in enumerate(panellists)]
    for tender in tenders:
        api.call("POST", tender["path"] + "/actions/close_stage1", officer)
        tender["panels"] = {}
        for lot in tender["lots"]:
            panel = api.call("POST", tender["path"] + "/panels", officer,
                             {"name": f"Lot panel {lot[:8]}", "lot_id": lot, "members": members})[2]
            tender["panels"][lot] = panel.rsplit("/", 1)[1]
    declare_all(tenders)

    # The tenders after the first --unscored go through stage 2 to ranking; those
    # stay in stage-1 evaluation, declared but unscored, for the write benchmarks.
    ranked = tenders[a.unscored:]
    score(1, ranked)
    for tender in ranked:
        api.call("POST", tender["path"] + "/actions/release_feedback", officer)

    def revise(job):
        bid, token = job
        digest = api.call("GET", f"/api/v1/bids/{bid}/sign-offs", token)[0]["draft_sha256"]
        api.call("POST", f"/api/v1/bids/{bid}/sign-offs", token, {"draft_sha256": digest})
        api.call("POST", f"/api/v1/bids/{bid}/submissions", token, {"declaration_confirmed": True}, {"Idempotency-Key": "bench-2"})

    list(pool.map(revise, [(bid, provider_tokens[p]) for tender in ranked for bids in tender["bids"].values()
                           for p, bid in enumerate(bids)]))
    past_deadline(2)
    for tender in ranked:
        api.call("POST", tender["path"] + "/actions/close_stage2", officer)
    declare_all(ranked)
    score(2, ranked)
    sql("ANALYZE")

    out = {"base_url": a.base_url, "officer": officer,
           "panellists": [p["token"] for p in panellists],
           "panellist_ids": [p["id"] for p in panellists],
           "providers": provider_tokens,
           "criteria": a.criteria,
           "unscored": a.unscored,
           "tenders": tenders}
    with open(a.out, "w") as f:
        json.dump(out, f)
    bids = sum(len(b) for t in tenders for b in t["bids"].values())
    print(f"dataset: {len(tenders)} tenders, {len(tenders) * a.lots} lots, {bids} bids, "
          f"{a.criteria} criteria, {a.panellists} panellists per panel")


if __name__ == "__main__":
    main()
