#!/usr/bin/env python3
"""Reads the dataset bench/dataset.py wrote, for bench/run:

    bench/targets.py summary DATASET.json        one line describing the dataset
    bench/targets.py score-writes DATASET.json N the wrk targets of the score benchmark over the
                                                 first N unscored tenders, as Lua
    bench/targets.py rankings DATASET.json       the wrk targets of the ranking benchmark, as Lua
    bench/targets.py mix DATASET.json            the wrk targets of the panellists' mix, as Lua
    bench/targets.py mix-prefill DATASET.json    SQL scoring every criterion of the mix's pairs to submit
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
        print(f"{len(tenders)} tenders ({d.get('unscored', 1)} unscored), {lots} lots, {bids} bids, {d['criteria']} criteria, "
              f"{len(d['panellists'])} panellists per panel")
    elif command == "score-writes":
        # Every panellist sits on every lot's panel of the unscored tenders.
        print("return {")
        for tender in tenders[:int(sys.argv[3])]:
            for bids in tender["bids"].values():
                for bid in bids:
                    for token in d["panellists"]:
                        print(f'  {{path = "/api/v1/bids/{bid}/my-scores/", token = "{token}"}},')
        print("}")
    elif command == "rankings":
        # Every lot of the tenders taken through stage 2, read by the commissioner.
        print("return {")
        for tender in tenders[d.get("unscored", 1):]:
            for lot in tender["lots"]:
                print(f'  {{path = "/api/v1/lots/{lot}/ranking", token = "{d["officer"]}"}},')
        print("}")
    elif command in ("mix", "mix-prefill"):
        # The unscored first tender's (bid, panellist) pairs: the even ones are read and
        # have draft scores saved, the odd ones are fully scored beforehand and submitted.
        pairs = [(bid, i) for bids in tenders[0]["bids"].values() for bid in bids
                 for i in range(len(d["panellists"]))]
        work, submit = pairs[0::2], pairs[1::2]
        if command == "mix":
            print("return {")
            for name, chosen in (("work", work), ("submit", submit)):
                print(f"  {name} = {{")
                for bid, i in chosen:
                    print(f'    {{bid = "{bid}", token = "{d["panellists"][i]}"}},')
                print("  },")
            print("}")
        else:
            print("INSERT INTO score (bid_id, stage, user_id, criterion, score, justification, advice, updated_at) VALUES")
            print(",\n".join(f"('{bid}', 1, '{d['panellist_ids'][i]}', {c}, 2, 'Clear evidence of person-led planning.', "
                             f"'', now())" for bid, i in submit for c in range(d["criteria"])))
            print("ON CONFLICT DO NOTHING;")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
