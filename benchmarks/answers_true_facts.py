"""How well Cupbot answers fans when its knowledge base holds the TRUE facts.

Builds a knowledge base straight from the labels of the real-report corpus
(benchmarks/real/labels, men's cup only; no extraction involved), asks every question of
benchmarks/answers/questions.yaml through the same Responder the command line uses, and prints
the share answered right: overall, per language and per kind of question.

    .venv/bin/python benchmarks/answers_true_facts.py [--details] [--kind KIND] [QUESTIONS.yaml]

Each labelled fact gets a source naming the report (outlet and id) and its date. Several
reports about one match are merged by knowledge/merge.py's Merger, as ingest merges them; the
goals of a match come from the one report that lists them best (complete, else the longest
list), since goals without minutes cannot be told apart across reports.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from handlers.engine import Responder  # noqa: E402
from knowledge.clubs import default_registry  # noqa: E402
from knowledge.index import DEFAULT_COMPETITION, KnowledgeIndex  # noqa: E402
from knowledge.merge import Merger  # noqa: E402
from knowledge.model import ClubFact, Facts, Goal, Match, SeasonFacts, Source  # noqa: E402

LABELS = ROOT / "benchmarks" / "real" / "labels"
QUESTIONS = ROOT / "benchmarks" / "answers" / "questions.yaml"
MATCH_FIELDS = ("score", "extra_time", "penalties", "aggregate", "qualified")
SMALL_TALK = "smalltalk"


def load_reports(folder: Path = LABELS) -> list[dict]:
    """The labelled reports about the men's cup, without the matches and seasons whose
    season the text did not give (a knowledge base files every fact under its season)."""
    reports = []
    for path in sorted(folder.glob("*.yaml")):
        reports += (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("reports") or []
    for report in reports:
        for key in ("matches", "seasons"):
            report[key] = [x for x in report.get(key) or [] if x.get("season")]
    return [r for r in reports if r.get("competition") == "men"]


def season_of_date(published: str) -> str | None:
    """"2019-12-17" -> "2019-20" (a season runs from August to July)."""
    if len(published) < 7 or not published[:4].isdecimal() or not published[5:7].isdecimal():
        return None
    year, month = int(published[:4]), int(published[5:7])
    start = year if month >= 8 else year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def report_season(report: dict) -> str | None:
    """The season a report speaks from: its date's, else the latest season it names."""
    found = season_of_date(str(report.get("published") or ""))
    if found:
        return found
    named = [m["season"] for m in report.get("matches") or []]
    named += [s["season"] for s in report.get("seasons") or []]
    return max(named) if named else None


def _source(report: dict, statement: str) -> Source:
    return Source(report=f"{report['outlet']} ({report['id']})",
                  date=str(report.get("published") or "") or None,
                  sentence=f"labelled: {statement}")


def _match_key(season: str, clubs: list[str], leg: int | None) -> tuple:
    return season, frozenset(clubs), leg


def _goal_lists(reports: list[dict]) -> dict[tuple, int]:
    """Per match, the id() of the label whose goal list is kept: complete, else longest."""
    best: dict[tuple, tuple[tuple[bool, int], int]] = {}
    for report in reports:
        for m in report.get("matches") or []:
            goals = m.get("goals") or []
            if not goals:
                continue
            key = _match_key(m["season"], m.get("clubs") or [m["home"], m["away"]], m.get("leg"))
            rank = (bool(m.get("goals_complete")), len(goals))
            if key not in best or rank > best[key][0]:
                best[key] = (rank, id(m))
    return {key: label_id for key, (_, label_id) in best.items()}


def _match(report: dict, m: dict, keep_goals: bool) -> Match:
    clubs = m.get("clubs") or [m["home"], m["away"]]
    match = Match(competition=DEFAULT_COMPETITION, season=m["season"], round=m.get("round"),
                  leg=m.get("leg"), home=clubs[0], away=clubs[1],
                  order_unsure="clubs" in m, neutral=m.get("round") == "final")
    pair = f"{clubs[0]} - {clubs[1]}"
    for name in MATCH_FIELDS:
        if m.get(name) is not None:
            setattr(match, name, m[name])
            match.sources[name] = [_source(report, f"{pair}, {name} {m[name]}")]
    for name in ("round", "leg"):
        if m.get(name):
            match.sources[name] = [_source(report, f"{pair}, {name} {m[name]}")]
    if keep_goals:
        for g in m.get("goals") or []:
            match.goals.append(Goal(
                player=g["player"], club=g.get("club"), minute=g.get("minute"),
                penalty=bool(g.get("penalty")), own_goal=bool(g.get("own_goal")),
                sources=[_source(report, f"{pair}, goal {g['player']}")]))
    return match


def report_facts(report: dict, goal_owner: dict[tuple, int]) -> Facts:
    """One report's labels as knowledge-base facts."""
    facts = Facts()
    for m in report.get("matches") or []:
        key = _match_key(m["season"], m.get("clubs") or [m["home"], m["away"]], m.get("leg"))
        facts.matches.append(_match(report, m, goal_owner.get(key) == id(m)))
    for s in report.get("seasons") or []:
        info = SeasonFacts(competition=DEFAULT_COMPETITION, season=s["season"],
                           finalists=list(s.get("finalists") or []), winner=s.get("winner"))
        if info.finalists:
            info.sources["finalists"] = [_source(report, f"finalists {s['season']}")]
        if info.winner:
            info.sources["winner"] = [_source(report, f"winner {s['season']}: {info.winner}")]
        facts.seasons.append(info)
    season = report_season(report)
    for h in report.get("history") or []:
        facts.club_facts.append(ClubFact(club=h["club"], kind=h["kind"], value=h["value"],
                                         season=season,
                                         sources=[_source(report, f"{h['club']} {h['kind']}")]))
    return facts


def true_facts(reports: list[dict]) -> Facts:
    """Every men's-cup label merged into one knowledge base, as ingest would merge reports."""
    registry = default_registry()
    base = Facts()
    merger = Merger(base, registry)
    owners = _goal_lists(reports)
    for report in reports:
        merger.merge(report_facts(report, owners))
    _home_by_vote(base, reports)
    return base


def _home_by_vote(facts: Facts, reports: list[dict]) -> None:
    """A neutral final is told home-first from the club named first, which reports do in
    either order: the order most labels give wins (the merge keeps the first report's)."""
    votes: Counter[tuple[str, frozenset[str], str]] = Counter()
    for report in reports:
        for m in report.get("matches") or []:
            if m.get("round") == "final" and m.get("home"):
                votes[(m["season"], frozenset((m["home"], m["away"])), m["home"])] += 1
    for match in facts.matches:
        if match.round != "final" or match.order_unsure:
            continue
        pair = frozenset(match.clubs)
        if votes[(match.season, pair, match.away)] > votes[(match.season, pair, match.home)]:
            match.home, match.away = match.away, match.home
            for name in ("score", "penalties", "aggregate"):
                value = getattr(match, name)
                if value and "-" in value:
                    home, away = value.split("-", 1)
                    setattr(match, name, f"{away}-{home}")


@dataclass
class Outcome:
    item: dict
    text: str
    lang: str
    problems: list[str]


def _contains(low: str, wanted: object) -> bool:
    options = wanted if isinstance(wanted, list) else [wanted]
    return any(str(o).lower() in low for o in options)


def check(item: dict, text: str, lang: str, earlier: list[str]) -> list[str]:
    """What is wrong with one answer (empty: right)."""
    low = text.lower()
    problems = [f"missing {w!r}" for w in item.get("all") or [] if not _contains(low, w)]
    if item.get("any") and not _contains(low, list(item["any"])):
        problems.append(f"none of {item['any']!r}")
    problems += [f"says {w!r}" for w in item.get("none") or [] if str(w).lower() in low]
    if lang != item["lang"]:
        problems.append(f"answered in {lang}")
    if str(item.get("kind", "")).startswith(SMALL_TALK) and any(
            e and (e in text or text in e) for e in earlier):
        problems.append("small talk repeats an earlier answer")
    return problems


def run(responder: Responder, items: list[dict]) -> list[Outcome]:
    outcomes = []
    said: dict[str, list[str]] = defaultdict(list)
    for item in items:
        user = str(item.get("conversation") or item["id"])
        answer = responder.ask(str(item["q"]), user=user, channel="benchmark")
        outcomes.append(Outcome(item, answer.text, answer.lang,
                                check(item, answer.text, answer.lang, said[user])))
        said[user].append(answer.text)
    return outcomes


def rate(outcomes: list[Outcome]) -> str:
    """The answers without a problem, as "right/all (share)"."""
    right = sum(not o.problems for o in outcomes)
    return f"{right}/{len(outcomes)} ({right / max(len(outcomes), 1):.3f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", nargs="?", type=Path, default=QUESTIONS)
    parser.add_argument("--details", action="store_true", help="print every wrong answer")
    parser.add_argument("--kind", help="only questions of this kind")
    args = parser.parse_args(argv)
    items = (yaml.safe_load(args.questions.read_text(encoding="utf-8")) or {})["questions"]
    if args.kind:
        keep = {str(i.get("conversation") or i["id"]) for i in items if i["kind"] == args.kind}
        items = [i for i in items if str(i.get("conversation") or i["id"]) in keep]
    index = KnowledgeIndex(clubs=default_registry(), facts=true_facts(load_reports()))
    outcomes = run(Responder(index), items)
    print(f"true-facts KB: {len(index.matches)} matches, {len(index.facts.seasons)} seasons, "
          f"{len(index.facts.club_facts)} club facts")
    print(f"overall   {rate(outcomes)}")
    for lang in ("nl", "fr", "en"):
        print(f"  {lang}      {rate([o for o in outcomes if o.item['lang'] == lang])}")
    kinds = Counter(o.item["kind"] for o in outcomes)
    for kind in sorted(kinds):
        mine = [o for o in outcomes if o.item["kind"] == kind]
        if any(o.problems for o in mine) or args.details:
            print(f"  {kind:22} {rate(mine)}")
    if args.details:
        print_wrong(outcomes)
    return 0


def print_wrong(outcomes: list[Outcome]) -> None:
    """Every wrong answer with what is wrong in it."""
    for o in outcomes:
        if o.problems:
            print(f"\n{o.item['id']} [{o.item['kind']}] {o.item['q']!r}: "
                  f"{'; '.join(o.problems)}\n  -> {o.text!r}")


if __name__ == "__main__":
    sys.exit(main())
