#!/usr/bin/env python3
"""Reads the dataset bench/dataset.py wrote, for bench/run:

    bench/targets.py summary DATASET.json        one line describing the dataset
    bench/targets.py score-writes DATASET.json   the wrk targets of the score benchmark, as Lua
    bench/targets.py rankings DATASET.json       the wrk targets of the ranking benchmark, as Lua
"""
import json
import sys


def main():
    command, path = sys.argv[1], sys.argv[2]
    d = json.load(open(path))
    tenders = d["tenders"]
    if command == "summary":
        lots = sum(len(t["lots"]) for t in tenders)
        bids = sum(len(b) for t in tenders for b in t["bids"].values())
        print(f"{len(tenders)} tenders, {lots} lots, {bids} bids, {d['criteria']} criteria, "
              f"{len(d['panellists'])} panellists per panel")
    elif command == "score-writes":
        # Every panellist sits on every lot's panel of the unscored first tender.
        print("return {")
        for bids in tenders[0]["bids"].values():
            for bid in bids:
                for token in d["panellists"]:
                    print(f'  {{path = "/api/v1/bids/{bid}/my-scores/", token = "{token}"}},')
        print("}")
    elif command == "rankings":
        # Every lot of the tenders taken through stage 2, read by the commissioner.
        print("return {")
        for tender in tenders[1:]:
            for lot in tender["lots"]:
                print(f'  {{path = "/api/v1/lots/{lot}/ranking", token = "{d["officer"]}"}},')
        print("}")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
