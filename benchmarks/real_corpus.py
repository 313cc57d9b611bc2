"""Extraction measured on the real-report corpus (benchmarks/real): dev and test apart.

Each report is extracted alone, with its publication date and its address as the header
lines a news feed gives, and compared with the facts labelled by reading it. Fact families:

- matches: a match found (season, the two clubs, leg)
- scores:  its score, home-first (home must be right when the label knows it; a final is on
           neutral ground, so its clubs may come in either order; a match stored with its
           order unsure claims only each club's goals, and is judged on them)
- rounds:  its round (a round the label leaves open is not judged)
- winners: the season's finalists and cup winner
- goals:   scorer surname, club and minute (a goal without minute or club matches a labelled
           goal of that player; a different minute or club is wrong)
- history: club history facts (cup count, finals won or lost, n-th final)

Women's and youth cup reports must give no men's cup fact: anything extracted from them is
wrong. People labelled `not_people` (descriptions, nationalities, common words) must never
be stored as a person; `not_goals` must never be scorers.

`--details` lists the wrong and missed facts of dev reports only: test reports are measured,
never looked into.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "real"))

import corpus  # noqa: E402  (benchmarks/real/corpus.py)

from knowledge.checks import check_report  # noqa: E402
from knowledge.clubs import default_registry  # noqa: E402
from knowledge.extract.story import StoryExtractor  # noqa: E402
from knowledge.lexicon import default_lexicon  # noqa: E402
from knowledge.model import Facts  # noqa: E402
from knowledge.report import read_report  # noqa: E402
from knowledge.text import fold  # noqa: E402

FAMILIES = ("matches", "scores", "rounds", "winners", "goals", "history")


def surname(name: str) -> str:
    return fold(name).split()[-1]


def _key(season, clubs, leg) -> tuple:
    return (str(season), tuple(sorted(clubs)), leg)


def _score_items(key, home, away, score, ordered: bool) -> tuple:
    a, b = (int(x) for x in str(score).split("-"))
    if ordered:
        return (key, home, f"{a}-{b}")
    return (key, None, tuple(sorted(((home, a), (away, b)))))


def _history_value(value) -> object:
    if isinstance(value, list):
        return tuple(sorted(int(v) for v in value))
    return value


def _canonical(name: str | None) -> str | None:
    """A labelled club name as the registry names it: labellers wrote clubs missing from
    the list as the text gives them ("Geel", "Tubeke"); a name that is an alias or the
    town of exactly one listed club is that club."""
    if not name:
        return name
    registry = default_registry()
    club = registry.get(name)
    if club:
        return club.name
    folded = fold(name)
    owners = [c.name for c in registry.clubs.values()
              if folded in {fold(t) for t in [c.city, *c.city_names.values()] if t}]
    return owners[0] if len(owners) == 1 else name


def _canonical_label(label: dict) -> dict:
    """The label with every club name canonical (a copy)."""
    out = dict(label)
    matches = []
    for m in label.get("matches") or []:
        m = dict(m)
        for key in ("home", "away", "qualified"):
            if key in m:
                m[key] = _canonical(m[key])
        if "clubs" in m:
            m["clubs"] = [_canonical(c) for c in m["clubs"]]
        m["goals"] = [dict(g, club=_canonical(g.get("club"))) for g in m.get("goals") or []]
        matches.append(m)
    out["matches"] = matches
    out["seasons"] = [dict(s, finalists=[_canonical(c) for c in s.get("finalists") or []],
                           winner=_canonical(s.get("winner")))
                      for s in label.get("seasons") or []]
    out["history"] = [dict(h, club=_canonical(h.get("club"))) for h in label.get("history")
                      or []]
    return out


def truth_items(label: dict) -> tuple[dict[str, set], dict]:
    """The labelled facts per family, and per match key whether the label knows home/away
    and its round."""
    items: dict[str, set] = {f: set() for f in FAMILIES}
    known: dict = {}
    if label.get("competition", "men") != "men":
        return items, known
    for m in label.get("matches") or []:
        clubs = m.get("clubs") or [m["home"], m["away"]]
        # a final is played on neutral ground: outlets name its clubs in either order
        ordered = "home" in m and m.get("round") != "final"
        key = _key(m.get("season"), clubs, m.get("leg"))
        known[key] = {"ordered": ordered, "round": m.get("round")}
        items["matches"].add(key)
        if m.get("score") is not None:
            items["scores"].add(_score_items(key, clubs[0], clubs[1], m["score"], ordered))
        if m.get("round"):
            items["rounds"].add((key, m["round"]))
        for g in m.get("goals") or []:
            items["goals"].add((key, surname(g["player"]), g.get("club"), g.get("minute")))
        if m.get("round") == "final":
            for club in clubs:
                items["winners"].add(("finalist", str(m.get("season")), club))
            if m.get("qualified"):
                items["winners"].add(("winner", str(m.get("season")), m["qualified"]))
        elif m.get("round") == "semi-final" and m.get("qualified"):
            items["winners"].add(("finalist", str(m.get("season")), m["qualified"]))
    for s in label.get("seasons") or []:
        for club in s.get("finalists") or []:
            items["winners"].add(("finalist", str(s["season"]), club))
        if s.get("winner"):
            items["winners"].add(("winner", str(s["season"]), s["winner"]))
    for h in label.get("history") or []:
        items["history"].add((h["club"], h["kind"], _history_value(h.get("value"))))
    return items, known


def predicted_items(facts: Facts, known: dict) -> dict[str, set]:
    items: dict[str, set] = {f: set() for f in FAMILIES}
    for m in facts.matches:
        key = _key(m.season, m.clubs, m.leg)
        items["matches"].add(key)
        lab = known.get(key)
        if m.score:
            # a match stored with its home/away order unsure claims each club's goals, not
            # who was at home
            items["scores"].add(_score_items(key, m.home, m.away, m.score,
                                             (lab is None or lab["ordered"])
                                             and not m.order_unsure))
        if m.round and not (lab is not None and lab["round"] is None):
            items["rounds"].add((key, m.round))
        for g in m.goals:
            items["goals"].add((key, surname(g.player), g.club, g.minute))
    for s in facts.seasons:
        for club in s.finalists:
            items["winners"].add(("finalist", s.season, club))
        if s.winner:
            items["winners"].add(("winner", s.season, s.winner))
    for f in facts.club_facts:
        if f.kind in ("cup_wins", "finals_won", "finals_lost", "final_number"):
            items["history"].add((f.club, f.kind, _history_value(f.value)))
    return items


def match_unsure_scores(truth: dict[str, set], pred: dict[str, set]) -> None:
    """A score stored without its home/away order (per club) matches a labelled home-first
    score that gives each club the same goals."""
    for item in sorted(pred["scores"] - truth["scores"], key=str):
        key, home, score = item
        if home is not None:
            continue
        for t in truth["scores"]:
            if t[0] == key and t[1] is not None:
                a, b = (int(x) for x in t[2].split("-"))
                away = next((c for c in key[1] if c != t[1]), t[1])
                if tuple(sorted(((t[1], a), (away, b)))) == score:
                    pred["scores"].discard(item)
                    pred["scores"].add(t)
                    break


def match_goals(truth: dict[str, set], pred: dict[str, set]) -> None:
    """A predicted goal without a minute or club takes the identity of a still unmatched
    labelled goal of the same player and match that agrees on what it does state."""
    free = set(truth["goals"]) - pred["goals"]
    for goal in sorted(pred["goals"] - truth["goals"], key=str):
        key, player, club, minute = goal
        match = next((t for t in sorted(free, key=str) if t[:2] == (key, player)
                      and club in (None, t[2]) and minute in (None, t[3])), None)
        if match is not None:
            free.discard(match)
            pred["goals"].discard(goal)
            pred["goals"].add(match)


def report_text(label: dict) -> bytes | None:
    path = corpus.text_path(label["url"])
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    if label.get("published") and not text.lstrip().lower().startswith("date "):
        # the publication date a news feed gives with every article
        text = f"date {label['published']}\n{text}"
    # and its address
    return f"url {label['url']}\n{text}".encode()


def _persons(facts: Facts) -> set[str]:
    names = {p.name for p in facts.people}
    names |= {g.player for m in facts.matches for g in m.goals}
    return names


def extracted(labels: list[dict], extractor: StoryExtractor
              ) -> Iterator[tuple[dict, Facts | None]]:
    """Each labelled report with the facts its text gives, checked as ingest checks them
    (None when its text is missing)."""
    for label in labels:
        data = report_text(label)
        if data is None:
            yield label, None
            continue
        report = read_report(data, f"{label['id']}.txt")
        facts = extractor.extract(report)
        check_report(facts, report.season)
        yield label, facts


def evaluate(labels: list[dict], details: bool) -> tuple[dict, list[str], int]:
    """Counts per group ("all", "lang nl", "format live_blog", ...) and notes."""
    extractor = StoryExtractor(default_registry(), default_lexicon())
    counts: dict[str, Counter] = {}
    notes: list[str] = []
    missing = 0
    for label, facts in extracted(labels, extractor):
        if facts is None:
            missing += 1
            continue
        truth, known = truth_items(_canonical_label(label))
        pred = predicted_items(facts, known)
        match_unsure_scores(truth, pred)
        match_goals(truth, pred)
        # an undated text whose season only outside knowledge gives is apart: no reader of
        # the text alone (and no extractor) can date its matches
        groups = ("all", f"lang {label.get('lang')}", f"format {label.get('format')}",
                  f"competition {label.get('competition')}",
                  f"published {'dated' if label.get('published') else 'undated'}")
        per = Counter()
        for family in FAMILIES:
            per[f"{family}_tp"] += len(truth[family] & pred[family])
            per[f"{family}_fp"] += len(pred[family] - truth[family])
            per[f"{family}_fn"] += len(truth[family] - pred[family])
            if details:
                for item in sorted(map(str, pred[family] - truth[family])):
                    notes.append(f"{label['id']}: wrong {family}: {item}")
                for item in sorted(map(str, truth[family] - pred[family])):
                    notes.append(f"{label['id']}: missed {family}: {item}")
        stored = {fold(g.player) for m in facts.matches for g in m.goals}
        scorers = {surname(g.player) for m in facts.matches for g in m.goals}
        labelled = {surname(g["player"]) for m in label.get("matches") or []
                    for g in m.get("goals") or []}
        for miss in label.get("not_goals") or []:
            # "Makthar Gueye" missed while "Pape Gueye" scored: a full name is told apart
            # by its first name; a surname alone only when no labelled scorer shares it
            if " " in miss.strip() and surname(miss) in labelled:
                made = fold(miss) in stored
            else:
                made = surname(miss) in scorers
            if made:
                per["false_scorers"] += 1
                if details:
                    notes.append(f"{label['id']}: {miss} made a scorer")
        not_people = {fold(w) for w in label.get("not_people") or []}
        for person in _persons(facts):
            words = set(fold(person).split())
            if words & not_people or fold(person) in not_people:
                per["not_people"] += 1
                if details:
                    notes.append(f"{label['id']}: {person!r} stored as a person")
        per["reports"] += 1
        for group in groups:
            counts.setdefault(group, Counter()).update(per)
    return counts, notes, missing


def ratio(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "  n/a"


def _table(counts: Counter) -> None:
    print(f"  {'family':8} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for family in FAMILIES:
        tp, fp, fn = (counts[f"{family}_{k}"] for k in ("tp", "fp", "fn"))
        print(f"  {family:8} {ratio(tp, tp + fp):>9} {ratio(tp, tp + fn):>7} "
              f"{tp:>4} {fp:>4} {fn:>4}")
    print(f"  not_goals made scorers: {counts['false_scorers']}; "
          f"not_people stored as persons: {counts['not_people']}")


def _short(counts: Counter) -> str:
    cells = []
    for family in ("scores", "rounds", "goals", "matches"):
        tp, fp, fn = (counts[f"{family}_{k}"] for k in ("tp", "fp", "fn"))
        cells.append(f"{family} {ratio(tp, tp + fp)}/{ratio(tp, tp + fn)}")
    return "  ".join(cells)


def report(folder: Path, details: bool, splits: tuple[str, ...] = ("dev", "test"),
           batches: list[str] | None = None) -> None:
    """Print the figures for a real corpus folder, for each split asked (only the reports of
    the label files named in `batches`, with or without .yaml, when given)."""
    labels = corpus.load_reports()
    if batches:
        names = {b.removesuffix(".yaml") + ".yaml" for b in batches}
        unknown = names - {r["_file"] for r in labels}
        if unknown:
            raise SystemExit(f"no labels file {', '.join(sorted(unknown))} in {corpus.LABELS}")
        labels = [r for r in labels if r["_file"] in names]
    for split in splits:
        chosen = [r for r in labels if r.get("split") == split]
        counts, notes, missing = evaluate(chosen, details and split == "dev")
        total = counts.get("all", Counter())
        print(f"\n{folder.name} {split}: {total['reports']} reports"
              + (f" ({missing} texts missing: python benchmarks/real/corpus.py missing)"
                 if missing else ""))
        _table(total)
        print("  precision/recall by group:")
        for group in sorted(g for g in counts if g != "all"):
            print(f"    {group:22} ({counts[group]['reports']:>3}) {_short(counts[group])}")
        for note in notes:
            print("  " + note)
