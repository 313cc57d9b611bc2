"""A small knowledge base for the Discord tests, written into the store (knowledge.store).

Two seasons: the 2017-18 semi-final between KV Kortrijk and KRC Genk over two legs and the
final Standard Liège - KRC Genk; the 2016-17 final SV Zulte Waregem - KV Oostende on penalties.
The facts are made up for the tests; the sources name made-up report files.
"""

from __future__ import annotations

from pathlib import Path

from knowledge.clubs import ClubRegistry, load_registry
from knowledge.model import Facts, Goal, Match, SeasonFacts, Source
from knowledge.store import Store
from knowledge.yaml_view import Folder, dump_yaml, season_to_dict

REFERENCE_DIR = Path(__file__).parent / "fixtures" / "reference"
CUP = "belgian-cup"


def registry() -> ClubRegistry:
    return load_registry(REFERENCE_DIR)


def _src(report: str, date: str, sentence: str) -> Source:
    return Source(report=report, date=date, sentence=sentence)


def facts() -> Facts:
    leg1 = _src("kortrijk-genk-heen.txt", "2018-01-31",
                "Kortrijk won de heenwedstrijd van de halve finale met 3-2 van Genk.")
    leg2 = _src("genk-kortrijk-terug.txt", "2018-02-28",
                "Genk won met 1-0 van Kortrijk en plaatste zich voor de finale.")
    final = _src("finale-2018.txt", "2018-03-17",
                 "Standard won de bekerfinale na verlengingen met 1-0 van Genk.")
    final17 = _src("finale-2017.txt", "2017-03-18",
                   "Zulte Waregem won de finale tegen Oostende na strafschoppen.")
    matches = [
        Match(competition=CUP, season="2017-18", round="semi-final", leg=1,
              home="KV Kortrijk", away="KRC Genk", date="2018-01-31",
              venue="Guldensporenstadion", score="3-2",
              goals=[Goal("Idriss Saadi", "KV Kortrijk", 12),
                     Goal("Leandro Trossard", "KRC Genk", 30),
                     Goal("Idriss Saadi", "KV Kortrijk", 55, penalty=True),
                     Goal("Ruslan Malinovskyi", "KRC Genk", 70),
                     Goal("Sander Coopman", "KV Kortrijk", 88, own_goal=True)],
              sources={"score": [leg1]}),
        Match(competition=CUP, season="2017-18", round="semi-final", leg=2,
              home="KRC Genk", away="KV Kortrijk", date="2018-02-28", venue="Luminus Arena",
              score="1-0", aggregate="3-3", qualified="KRC Genk",
              goals=[Goal("Mbwana Samatta", "KRC Genk", 64)],
              sources={"score": [leg2], "aggregate": [leg2], "qualified": [leg2]}),
        Match(competition=CUP, season="2017-18", round="final", leg=None,
              home="Standard Liège", away="KRC Genk", date="2018-03-17",
              venue="Koning Boudewijnstadion", neutral=True, score="1-0", extra_time=True,
              goals=[Goal("Renaud Emond", "Standard Liège", 104)],
              sources={"score": [final]}),
        Match(competition=CUP, season="2016-17", round="final", leg=None,
              home="SV Zulte Waregem", away="KV Oostende", date="2017-03-18",
              venue="Koning Boudewijnstadion", neutral=True, score="3-3", extra_time=True,
              penalties="4-2", goals=[], sources={"score": [final17]}),
    ]
    seasons = [
        SeasonFacts(competition=CUP, season="2017-18", finalists=["KRC Genk", "Standard Liège"],
                    winner="Standard Liège", sources={"winner": [final], "finalists": [final]}),
        SeasonFacts(competition=CUP, season="2016-17",
                    finalists=["KV Oostende", "SV Zulte Waregem"], winner="SV Zulte Waregem",
                    sources={"winner": [final17]}),
    ]
    return Facts(matches=matches, seasons=seasons)


def write_kb(kb_dir: Path, content: Facts | None = None) -> Path:
    """Make the knowledge base in `kb_dir` hold the fixture facts (or `content`); return it."""
    with Store.open(kb_dir) as store:
        store.replace_all(Folder(facts=content or facts()))
    return kb_dir


def add_every_club(kb_dir: Path) -> list[str]:
    """Add a 2015-16 round of 64 where every club of the registry plays; return the clubs."""
    clubs = sorted(registry().clubs)
    matches = [Match(competition=CUP, season="2015-16", round="round of 64", leg=None,
                     home=home, away=away, score="1-0")
               for home, away in zip(clubs[::2], clubs[1::2], strict=True)]
    everything = facts()
    everything.matches += matches
    write_kb(kb_dir, everything)
    return clubs


def snapshot(kb_dir: Path) -> tuple[int, str, list[str]]:
    """What the knowledge base holds: its change counter, every fact (as kb export writes
    it) and the reports."""
    with Store.open(kb_dir, create=False) as store:
        loaded = store.load()
        seasons = sorted({(m.competition, m.season) for m in loaded.facts.matches})
        text = "".join(dump_yaml(season_to_dict(loaded.facts, c, s, [], [])) for c, s in seasons)
        return loaded.version, text, list(store.report_log())
