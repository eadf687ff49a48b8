#!/usr/bin/env python3
"""Times what bench/growth compares: one table row (Markdown) for a dataset.

    bench/growth_timings.py BASE_URL DATABASE_URL DATASET.json BIDS_PER_LOT
"""
import json
import statistics
import subprocess
import sys
import time
import urllib.request

REPEATS = 20


def timed(base, path, token, before=None):
    """Median milliseconds of REPEATS sequential GETs, and the last answer;
    `before` runs ahead of each, untimed."""
    times, body = [], b""
    for _ in range(REPEATS):
        if before:
            before()
        request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=120) as response:
            body = response.read()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), body


def main():
    base, database, path, size = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    d = json.load(open(path))
    officer, tender = d["officer"], d["tenders"][1]
    lot = tender["lots"][0]

    def stale():  # as any change to the ranking's inputs makes it (sql/031_lot_ranking.sql)
        subprocess.run(["psql", "-X", "-q", database, "-c",
                        f"UPDATE lot_ranking SET generation = generation + 1 WHERE lot_id = '{lot}'"], check=True)

    computed, _ = timed(base, f"/api/v1/lots/{lot}/ranking", officer, stale)
    ready, _ = timed(base, f"/api/v1/lots/{lot}/ranking", officer)
    ocds, package = timed(base, f"/api/v1/tenders/{tender['id']}/ocds", officer)
    first, page = timed(base, f"/api/v1/tenders/{tender['id']}/audit?limit=50", officer)
    total = json.loads(page)["total"]
    last, _ = timed(base, f"/api/v1/tenders/{tender['id']}/audit?limit=50&offset={max(total - 50, 0)}", officer)
    print(f"| {size} | {computed:.1f} | {ready:.1f} | {ocds:.1f} | {len(package)} | {first:.1f} | {last:.1f} | {total} |")


if __name__ == "__main__":
    main()
