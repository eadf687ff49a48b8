#!/usr/bin/env python3
"""Validate an OCDS 1.1 release package offline.

    python3 validate_ocds.py SHARED_OCDS_DIR PACKAGE.json

The package is checked against SHARED_OCDS_DIR/release-package-schema.json. That schema's
releases[] items $ref the core release schema by URL; the URL is mapped to the local
release-schema-lots-bids.json, so every release is checked against the core schema with
the lots and bid extensions applied, and nothing is fetched from the network.
Formats (date-time, uri) are checked by jsonschema where its optional libraries are
installed, and by the small fallbacks below where they are not.
Our own rules: the package lists the lots and bid extensions, and every relatedLot
points at a lot of the same release.
Prints each error with its JSON path and exits 1, or prints "valid" and exits 0.
"""
import datetime
import json
import re
import sys
from pathlib import Path

from jsonschema import Draft4Validator, FormatChecker

RELEASE_SCHEMA_URL = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json"
EXTENSIONS = [
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json",
]
RFC3339 = re.compile(r"\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)")
URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


def format_checker():
    checker = FormatChecker(Draft4Validator.FORMAT_CHECKER.checkers)
    if "date-time" not in checker.checkers:  # jsonschema needs rfc3339-validator for it
        @checker.checks("date-time", raises=ValueError)
        def date_time(value):
            if isinstance(value, str) and not RFC3339.fullmatch(value):
                return False
            if isinstance(value, str):  # the pattern matched: check the calendar too
                datetime.datetime.strptime(value[:19].upper(), "%Y-%m-%dT%H:%M:%S")
            return True
    if "uri" not in checker.checkers:  # jsonschema needs rfc3987 or rfc3986-validator for it
        checker.checks("uri")(lambda value: not isinstance(value, str) or bool(URI.fullmatch(value)))
    return checker


def validator(schema, store):
    try:  # jsonschema >= 4.18 resolves $ref through a referencing.Registry
        from referencing import Registry
        from referencing.jsonschema import DRAFT4
        registry = Registry().with_resources((url, DRAFT4.create_resource(s)) for url, s in store.items())
        return Draft4Validator(schema, registry=registry, format_checker=format_checker())
    except ImportError:  # Debian 12's jsonschema 4.10: RefResolver, with the network refused
        from jsonschema import RefResolver

        def refuse(url):
            raise LookupError(f"not in the local store, refusing to fetch {url}")
        resolver = RefResolver.from_schema(schema, store=store, handlers={"http": refuse, "https": refuse})
        return Draft4Validator(schema, resolver=resolver, format_checker=format_checker())


def json_path(parts):
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def own_rule_errors(package):
    errors = []
    listed = package.get("extensions") if isinstance(package.get("extensions"), list) else []
    errors += [("$.extensions", f"must list {url}") for url in EXTENSIONS if url not in listed]
    for r, release in enumerate(package.get("releases") or []):
        tender = release.get("tender") if isinstance(release, dict) else None
        if not isinstance(tender, dict):
            continue
        lots = {lot.get("id") for lot in tender.get("lots") or [] if isinstance(lot, dict)}
        refs = [(["tender", "items", i], x) for i, x in enumerate(tender.get("items") or [])]
        refs += [(["bids", "statistics", i], x)
                 for i, x in enumerate((release.get("bids") or {}).get("statistics") or [])]
        for path, obj in refs:
            if isinstance(obj, dict) and obj.get("relatedLot") is not None and obj["relatedLot"] not in lots:
                errors.append((json_path(["releases", r, *path, "relatedLot"]),
                               f"{obj['relatedLot']!r} is not the id of any tender.lots[] entry"))
    return errors


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    ocds_dir, package_file = Path(argv[1]), Path(argv[2])
    package_schema = json.loads((ocds_dir / "release-package-schema.json").read_text(encoding="utf-8"))
    release_schema = json.loads((ocds_dir / "release-schema-lots-bids.json").read_text(encoding="utf-8"))
    package = json.loads(package_file.read_text(encoding="utf-8"))

    check = validator(package_schema, {RELEASE_SCHEMA_URL: release_schema})
    errors = [(json_path(e.absolute_path), e.message) for e in check.iter_errors(package)]
    errors += own_rule_errors(package) if isinstance(package, dict) else []
    for path, message in sorted(errors):
        print(f"{path}: {message}")
    if errors:
        return 1
    print("valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
