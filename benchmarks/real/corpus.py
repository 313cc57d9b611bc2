"""The real-report corpus: where each text lives, which split it is in, what is missing.

The report texts are other people's writing and stay out of the repo (benchmarks/real/texts/
is git-ignored). The repo keeps, per report, its address, outlet, language, date, the search
query that finds it again, and the facts labelled by reading it (benchmarks/real/labels/).

    python benchmarks/real/corpus.py path URL       # where the text of URL goes, and its split
    python benchmarks/real/corpus.py has URL        # exit 0 when URL is labelled already
    python benchmarks/real/corpus.py missing        # labelled reports whose text is absent,
                                                    # with the query that fetches it again
    python benchmarks/real/corpus.py check          # label schema, held-out addresses, composition
    python benchmarks/real/corpus.py returned QUERY ID ...   # record what a look-up brought back

The split is fixed by the address alone (a third of all addresses go to test), so it is
decided before anyone reads a report and never moves.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
LABELS = HERE / "labels"
# What each search query brought back when texts were last fetched (report ids only): a
# look-up returns up to a dozen pages, often reports labelled under other queries, so a
# re-fetch planned on it takes far fewer look-ups than one query per labelled query.
RETURNS = HERE / "returns.yaml"
HELD_OUT = HERE.parent.parent.parent / "shared" / "data" / "held-out-urls.txt"

ROUNDS = ("round of 64", "round of 32", "round of 16", "quarter-final", "semi-final", "final")
FORMATS = ("match_report", "live_blog", "round_up", "wire", "preview", "history", "draw",
           "feature")
COMPETITIONS = ("men", "women", "youth")
LANGS = ("nl", "fr", "de", "en")
MATCH_KEYS = {"season", "round", "leg", "home", "away", "clubs", "score", "extra_time",
              "penalties", "aggregate", "qualified", "goals", "goals_complete", "date", "venue"}
GOAL_KEYS = {"player", "club", "minute", "penalty", "own_goal"}
REPORT_KEYS = {"id", "url", "outlet", "lang", "published", "format", "competition", "split",
               "query", "matches", "seasons", "history", "not_goals", "not_people", "notes"}


def normalise(url: str) -> str:
    return url.strip()


def report_id(url: str) -> str:
    return hashlib.sha1(normalise(url).encode("utf-8")).hexdigest()[:12]


def split_of(url: str) -> str:
    """dev or test, from the address alone: one address in three is test."""
    return "test" if int(hashlib.sha1(normalise(url).encode("utf-8")).hexdigest(), 16) % 3 == 0 \
        else "dev"


def text_path(url: str) -> Path:
    return TEXTS / f"{report_id(url)}.txt"


def held_out() -> set[str]:
    if not HELD_OUT.exists():
        return set()
    lines = HELD_OUT.read_text(encoding="utf-8").splitlines()
    return {_bare(x) for x in lines if x.strip() and not x.startswith("#")}


def _bare(url: str) -> str:
    """An address without scheme, 'www.' or query, for comparing with the held-out list."""
    url = url.strip().split("?")[0].rstrip("/")
    for prefix in ("https://", "http://"):
        url = url.removeprefix(prefix)
    return url.removeprefix("www.").removeprefix("m.")


def is_held_out(url: str) -> bool:
    return _bare(url) in held_out()


def load_reports() -> list[dict]:
    """Every labelled report, from all files in labels/ (sorted by file, then order)."""
    reports: list[dict] = []
    for path in sorted(LABELS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for report in data.get("reports") or []:
            report["_file"] = path.name
            if "id" in report:
                report["id"] = str(report["id"])  # (YAML reads an all-digit id as a number)
            reports.append(report)
    return reports


def problems(reports: list[dict]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for r in reports:
        where = f"{r.get('_file')}: {r.get('url')}"
        url = r.get("url") or ""
        if not url:
            out.append(f"{where}: no url")
            continue
        if is_held_out(url):
            out.append(f"{where}: HELD-OUT address, remove it")
        if url in seen:
            out.append(f"{where}: labelled twice")
        seen.add(url)
        for key in set(r) - REPORT_KEYS - {"_file"}:
            out.append(f"{where}: unknown key {key!r}")
        if r.get("id") != report_id(url):
            out.append(f"{where}: id should be {report_id(url)}")
        if r.get("split") != split_of(url):
            out.append(f"{where}: split should be {split_of(url)}")
        if r.get("lang") not in LANGS:
            out.append(f"{where}: lang {r.get('lang')!r} not in {LANGS}")
        if r.get("format") not in FORMATS:
            out.append(f"{where}: format {r.get('format')!r} not in {FORMATS}")
        if r.get("competition") not in COMPETITIONS:
            out.append(f"{where}: competition {r.get('competition')!r} not in {COMPETITIONS}")
        for m in r.get("matches") or []:
            for key in set(m) - MATCH_KEYS:
                out.append(f"{where}: match key {key!r} unknown")
            if m.get("round") not in ROUNDS + (None,):
                out.append(f"{where}: round {m.get('round')!r}")
            if not (("home" in m and "away" in m) or "clubs" in m):
                out.append(f"{where}: a match needs home+away or clubs")
            for g in m.get("goals") or []:
                for key in set(g) - GOAL_KEYS:
                    out.append(f"{where}: goal key {key!r} unknown")
    return out


def load_returns() -> dict[str, list[str]]:
    if not RETURNS.exists():
        return {}
    data = yaml.safe_load(RETURNS.read_text(encoding="utf-8")) or {}
    return {str(q): [str(i) for i in ids or []] for q, ids in (data.get("queries") or {}).items()}


def record_returns(query: str, ids: list[str], reports: list[dict]) -> list[str]:
    """Add `ids` to what `query` brings back; the ids that are no labelled report are
    refused (returned), nothing is written for them."""
    known = {report_id(r["url"]) for r in reports}
    unknown = [i for i in ids if i not in known]
    if unknown:
        return unknown
    returns = load_returns()
    add_returns(returns, query, ids)
    save_returns(returns)
    return []


def add_returns(returns: dict[str, list[str]], query: str, ids: list[str]) -> bool:
    """Add `ids` to what `query` brings back, in place; whether anything was added."""
    new = sorted(set(returns.get(query, [])) | set(ids))
    if not new or new == returns.get(query):
        return False
    returns[query] = new
    return True


def save_returns(returns: dict[str, list[str]]) -> None:
    body = yaml.safe_dump({"queries": dict(sorted(returns.items()))}, allow_unicode=True,
                          sort_keys=False, width=100)
    RETURNS.write_text("# What each search query (corpus 'pages') brought back, by report id: "
                       "written by\n# `corpus.py returned`, read by `corpus.py missing "
                       "--by-query`.\n" + body, encoding="utf-8")


def fetch_plan(missing: list[dict], returns: dict[str, list[str]]
               ) -> list[tuple[str, list[dict]]]:
    """Queries that bring back every missing text in few look-ups: each report's own query
    and what queries were seen to return, chosen greedily (the query bringing the most
    missing test reports first, then the most missing reports); a report no recorded
    query returns comes with its own."""
    ids = [report_id(r["url"]) for r in missing]
    by_id = dict(zip(ids, missing, strict=True))
    brings: dict[str, set[str]] = {}
    for i, r in by_id.items():
        brings.setdefault(str(r.get("query")), set()).add(i)
    for query, seen in returns.items():
        brings.setdefault(query, set()).update(i for i in seen if i in by_id)
    left = set(by_id)
    plan: list[tuple[str, list[dict]]] = []
    tests = {i for i, r in by_id.items() if split_of(r["url"]) == "test"}
    while left:
        best = max(brings, key=lambda q: (len(brings[q] & left & tests),
                                          len(brings[q] & left), q))
        got = brings.pop(best) & left
        left -= got
        plan.append((best, [by_id[i] for i in ids if i in got]))
    return plan


def composition(reports: list[dict]) -> str:
    lines = [f"reports: {len(reports)}"]
    for field in ("split", "lang", "format", "competition", "outlet"):
        counts = Counter(str(r.get(field)) for r in reports)
        lines.append(f"{field}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    seasons = Counter(m.get("season") for r in reports for m in r.get("matches") or [])
    lines.append(f"seasons with matches: {len([s for s in seasons if s])} "
                 + ", ".join(f"{k} {v}" for k, v in sorted(seasons.items(), key=str)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("path", "has"):
        sub.add_parser(name).add_argument("url")
    missing_parser = sub.add_parser("missing")
    missing_parser.add_argument(
        "--by-query", action="store_true",
        help="a plan of search queries that bring back every missing text (test ones first), "
             "with the reports each brings: one look-up per query, so this is the number of "
             "look-ups a re-fetch takes")
    returned = sub.add_parser(
        "returned", help="record the labelled reports (ids) a search query brought back, so "
                         "that later re-fetches are planned on it (returns.yaml)")
    returned.add_argument("query")
    returned.add_argument("ids", nargs="+", metavar="ID")
    sub.add_parser("check")
    args = parser.parse_args(argv)
    if args.command == "path":
        if is_held_out(args.url):
            print("held-out address: do not open, store or label it", file=sys.stderr)
            return 1
        path = text_path(args.url)
        shown = path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path
        print(f"{shown} {split_of(args.url)} {report_id(args.url)}")
        return 0
    reports = load_reports()
    if args.command == "has":
        return 0 if any(r.get("url") == args.url for r in reports) else 1
    if args.command == "missing":
        missing = [r for r in reports if not text_path(r["url"]).exists()]
        if args.by_query:
            # (test reports first: without them nothing can be measured)
            plan = fetch_plan(missing, load_returns())
            for query, found in plan:
                print(f"QUERY: {query}")
                for r in found:
                    print(f"  {report_id(r['url'])}  {r['url']}")
            print(f"{len(plan)} queries bring back the {len(missing)} missing texts")
        else:
            for r in missing:
                print(f"{report_id(r['url'])}  {r['url']}\n    query: {r.get('query')}")
        print(f"{len(missing)} of {len(reports)} texts missing (fetch them with the search "
              "tool's 'pages' corpus and the query shown; save the excerpt exactly as returned "
              "at benchmarks/real/texts/ID.txt)")
        return 1 if missing else 0
    if args.command == "returned":
        unknown = record_returns(args.query, args.ids, reports)
        for i in unknown:
            print(f"{i}: no labelled report has this id; nothing recorded", file=sys.stderr)
        return 1 if unknown else 0
    found = problems(reports)
    for line in found:
        print(line)
    print(composition(reports))
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
