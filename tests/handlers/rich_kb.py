"""A richer hand-made knowledge base for the handler tests: finals, penalties, conflicts."""

from __future__ import annotations

from knowledge.clubs import ClubRegistry
from knowledge.index import KnowledgeIndex
from knowledge.model import ClubFact, Conflict, Facts, Goal, Match, Person, SeasonFacts, Source

A = Source(report="a.txt", date="2018-03", sentence="Standard won the cup after extra time.")
B = Source(report="b.txt", date="2018-03", sentence="Standard won 2-0.")


def rich_facts() -> Facts:
    """Two seasons: 2016-17 (a final) and 2017-18 (quarter-final, semis, final)."""
    final = Match(
        competition="belgian-cup", season="2017-18", round="final", leg=None,
        home="Standard Liège", away="KRC Genk", date="2018-03-17", venue="Koning Boudewijnstadion",
        neutral=True, score="1-0", extra_time=True, qualified="Standard Liège",
        goals=[Goal(player="Renaud Emond", club="Standard Liège", minute=104, sources=[A])],
        sources={"score": [A], "venue": [A]},
        conflicts=[Conflict(field="score", values=[{"value": "1-0", "sources": [A]},
                                                   {"value": "2-0", "sources": [B]}])],
    )
    quarter = Match(
        competition="belgian-cup", season="2017-18", round="quarter-final", leg=None,
        home="KRC Genk", away="KAA Gent", date="2017-12-13", score="3-3", extra_time=True,
        penalties="4-2",
        goals=[Goal(player="Ruslan Malinovskyi", club="KRC Genk", minute=9),
               Goal(player="Ruslan Malinovskyi", club="KRC Genk", minute=91, penalty=True),
               Goal(player="Danny Vukovic", club="KRC Genk", minute=20, own_goal=True)],
        sources={"score": [A]},
    )
    semi1 = Match(competition="belgian-cup", season="2017-18", round="semi-final", leg=1,
                  home="KV Kortrijk", away="KRC Genk", date="2018-01-30", score="3-2")
    semi2 = Match(competition="belgian-cup", season="2017-18", round="semi-final", leg=2,
                  home="KRC Genk", away="KV Kortrijk", date="2018-02-06", score="1-0",
                  goals=[Goal(player="Ibrahima Seck", club="KRC Genk", minute=16,
                              sources=[Source("c.txt", "2018-02", "Seck kopte de 1-0 binnen.")])])
    old_final = Match(competition="belgian-cup", season="2016-17", round="final", leg=None,
                      home="Club Brugge", away="RSC Anderlecht", score="2-1",
                      goals=[Goal(player="Hans Vanaken", club="Club Brugge", minute=10),
                             Goal(player="Ruud Vanaken", club="RSC Anderlecht", minute=50),
                             Goal(player="Hans Vanaken", club="Club Brugge", minute=80)])
    return Facts(
        matches=[final, quarter, semi1, semi2, old_final],
        seasons=[SeasonFacts(competition="belgian-cup", season="2017-18",
                             finalists=["Standard Liège", "KRC Genk"], winner="Standard Liège",
                             sources={"winner": [A]}),
                 SeasonFacts(competition="belgian-cup", season="2016-17")],
        club_facts=[ClubFact(club="Standard Liège", kind="cup_wins", value=8, season="2017-18",
                             sources=[A])],
        people=[Person(name="Ricardo Sá Pinto", club="Standard Liège", season="2017-18",
                       role="coach"),
                Person(name="Hans Vanaken", club="Club Brugge", season="2016-17"),
                Person(name="Ruud Vanaken", club="RSC Anderlecht", season="2016-17")],
    )


def rich_index(registry: ClubRegistry) -> KnowledgeIndex:
    return KnowledgeIndex(clubs=registry, facts=rich_facts())
