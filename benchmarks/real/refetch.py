"""Re-fetch the real texts on a new machine with several helper sessions working in parallel.

The plan is `corpus.py missing --by-query`'s, test reports first, dealt out query by query
to the helpers. Each helper loops: `next K` gives its next query (skipping one whose reports
another helper has saved meanwhile), it runs the search (corpus `pages`), `saw K QUERY URL...`
says which returned addresses are labelled reports still missing (and records what the query
brought back), it saves those excerpts exactly as returned in its staging folder, and
`done K N` moves them into texts/ (never over a text already there). `merge` then adds what
every query was seen to bring back to returns.yaml, so the next plan is shorter.

State lives in texts/.refetch/ (git-ignored with the texts): one labelled.tsv read in
milliseconds instead of the labels, each helper's list, log and staging folder.

    python benchmarks/real/refetch.py plan --helpers 8   # lists, and one brief per helper
    python benchmarks/real/refetch.py status
    python benchmarks/real/refetch.py merge              # when the helpers are done
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (benchmarks/real/corpus.py)

STATE = corpus.TEXTS / ".refetch"
BRIEF = HERE / "refetch-brief.md"


def plan(helpers: int, state: Path = STATE, texts: Path = corpus.TEXTS) -> list[int]:
    """Deal the plan's queries out to `helpers` lists (query n to helper n mod helpers, so
    each starts on test reports); write labelled.tsv and one brief per helper. Returns the
    number of queries per helper."""
    reports = corpus.load_reports()
    missing = [r for r in reports if not (texts / f"{corpus.report_id(r['url'])}.txt").exists()]
    queries = corpus.fetch_plan(missing, corpus.load_returns())
    state.mkdir(parents=True, exist_ok=True)
    with (state / "labelled.tsv").open("w", encoding="utf-8") as out:
        for r in reports:
            out.write(f"{corpus.report_id(r['url'])}\t{r['split']}\t{r['url'].strip()}\n")
    sizes = []
    template = BRIEF.read_text(encoding="utf-8")
    for k in range(1, helpers + 1):
        mine = [(n, q, [corpus.report_id(r["url"]) for r in rs])
                for n, (q, rs) in enumerate(queries) if n % helpers == k - 1]
        (state / f"list_{k}.json").write_text(json.dumps(mine, ensure_ascii=False),
                                              encoding="utf-8")
        (state / f"done_{k}.txt").write_text("", encoding="utf-8")
        (state / f"stage_{k}").mkdir(exist_ok=True)
        script = f"{sys.executable} {Path(__file__).resolve()}"
        (state / f"brief_{k}.md").write_text(
            template.replace("{helper}", str(k)).replace("{script}", script)
            .replace("{stage}", str(state / f"stage_{k}")), encoding="utf-8")
        sizes.append(len(mine))
    return sizes


def _done(state: Path, k: int) -> dict[int, str]:
    path = state / f"done_{k}.txt"
    lines = path.read_text(encoding="utf-8").split("\n") if path.exists() else []
    return {int(n): what for n, what in (line.split() for line in lines if line.strip())}


def _mark(state: Path, k: int, n: int, what: str) -> None:
    with (state / f"done_{k}.txt").open("a", encoding="utf-8") as out:
        out.write(f"{n} {what}\n")


def next_query(k: int, state: Path = STATE, texts: Path = corpus.TEXTS
               ) -> tuple[int, str, list[str]] | None:
    """Helper k's next query and the reports it should bring back that are still missing;
    None when its list is done. A query whose reports are all saved is skipped."""
    done = _done(state, k)
    for n, query, ids in json.loads((state / f"list_{k}.json").read_text(encoding="utf-8")):
        if n in done:
            continue
        wanted = [i for i in ids if not (texts / f"{i}.txt").exists()]
        if wanted:
            return n, query, wanted
        _mark(state, k, n, "skipped")
    return None


def saw(k: int, query: str, urls: list[str], state: Path = STATE,
        texts: Path = corpus.TEXTS) -> list[tuple[str, str | None, str]]:
    """(verdict, id, url) per address a search returned: SAVE (labelled, text missing), HAVE
    (labelled, saved) or skip (not labelled); logs the labelled ids the query brought back."""
    labelled = {}
    for line in (state / "labelled.tsv").read_text(encoding="utf-8").splitlines():
        i, _, url = line.split("\t")
        labelled[url] = i
    out, seen = [], []
    for url in urls:
        i = labelled.get(url.strip())
        if i is None:
            out.append(("skip", None, url))
            continue
        seen.append(i)
        out.append(("HAVE" if (texts / f"{i}.txt").exists() else "SAVE", i, url))
    with (state / f"returned_{k}.tsv").open("a", encoding="utf-8") as log:
        log.write(json.dumps([query, seen], ensure_ascii=False) + "\n")
    return out


def finish(k: int, n: int, failed: bool = False, state: Path = STATE,
           texts: Path = corpus.TEXTS) -> list[str]:
    """Move helper k's staged texts into texts/ (an empty file or one another helper saved
    first stays out) and mark query n done (or failed); what happened to each file."""
    said = []
    for staged in sorted((state / f"stage_{k}").glob("*.txt")):
        target = texts / staged.name
        if staged.stat().st_size == 0:
            said.append(f"empty, not moved: {staged.name}")
            continue
        try:
            with target.open("xb") as out:  # never over a text another helper saved
                out.write(staged.read_bytes())
            said.append(f"saved {staged.name}")
        except FileExistsError:
            said.append(f"already there, yours discarded: {staged.name}")
        staged.unlink()
    _mark(state, k, n, "failed" if failed else "done")
    return said


def merge(state: Path = STATE) -> tuple[int, int]:
    """Add what each query was seen to bring back (every helper's log) to returns.yaml;
    (queries changed, queries recorded)."""
    known = {corpus.report_id(r["url"]) for r in corpus.load_reports()}
    returns = corpus.load_returns()
    changed = 0
    for log in sorted(state.glob("returned_*.tsv")):
        for line in log.read_text(encoding="utf-8").splitlines():
            query, ids = json.loads(line)
            changed += corpus.add_returns(returns, query, [i for i in ids if i in known])
    corpus.save_returns(returns)
    return changed, len(returns)


def status(state: Path = STATE, texts: Path = corpus.TEXTS) -> str:
    lines = []
    for path in sorted(state.glob("list_*.json")):
        k = int(path.stem.split("_")[1])
        done = Counter(_done(state, k).values())
        total = len(json.loads(path.read_text(encoding="utf-8")))
        lines.append(f"helper {k}: {done['done']} searched, {done['failed']} failed, "
                     f"{done['skipped']} skipped, {total - sum(done.values())} left")
    have: Counter = Counter()
    for line in (state / "labelled.tsv").read_text(encoding="utf-8").splitlines():
        i, split, _ = line.split("\t")
        have[split, (texts / f"{i}.txt").exists()] += 1
    for split in ("test", "dev"):
        lines.append(f"{split}: {have[split, True]} of {have[split, True] + have[split, False]} "
                     "texts present")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("plan", help="deal the re-fetch plan out to helpers, with their briefs") \
        .add_argument("--helpers", type=int, default=8)
    sub.add_parser("next", help="helper K's next query").add_argument("helper", type=int)
    seen = sub.add_parser("saw", help="which addresses a search returned to save")
    seen.add_argument("helper", type=int)
    seen.add_argument("query")
    seen.add_argument("urls", nargs="*")
    for name in ("done", "failed"):
        one = sub.add_parser(name, help=f"move staged texts in and mark query N {name}")
        one.add_argument("helper", type=int)
        one.add_argument("query_number", type=int)
    sub.add_parser("merge", help="record what every query brought back in returns.yaml")
    sub.add_parser("status", help="each helper's progress and the texts present")
    args = parser.parse_args(argv)
    if args.command != "plan" and not (STATE / "labelled.tsv").exists():
        print(f"no re-fetch planned here ({STATE}): run 'plan' first", file=sys.stderr)
        return 2
    if args.command == "plan":
        sizes = plan(args.helpers)
        print(f"{sum(sizes)} queries for {len(sizes)} helpers ({', '.join(map(str, sizes))}); "
              f"their briefs: {STATE}/brief_K.md")
    elif args.command == "next":
        found = next_query(args.helper)
        if found is None:
            print("ALL DONE: no query left in your list")
        else:
            n, query, ids = found
            print(f"QUERY #{n}\n{query}\nreports still missing that it should bring back: "
                  + " ".join(ids))
    elif args.command == "saw":
        for verdict, i, url in saw(args.helper, args.query, args.urls):
            where = f"   -> save the excerpt at {STATE}/stage_{args.helper}/{i}.txt" \
                if verdict == "SAVE" else ""
            print(f"{verdict} {i or '-'} {url}{where}")
    elif args.command in ("done", "failed"):
        for line in finish(args.helper, args.query_number, args.command == "failed"):
            print(line)
    elif args.command == "merge":
        changed, total = merge()
        print(f"returns.yaml: {changed} queries changed, {total} recorded")
    else:
        print(status())
    return 0


if __name__ == "__main__":
    sys.exit(main())
