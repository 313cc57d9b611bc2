"""Coaches, goalkeepers and referees: "wie is de coach van Genk?", "who was the ref in the final?".

A question about one match ("de trainer van Genk in de kwartfinale", "the referee of the
final") is answered from the people the reports of that match name, not from whoever the
club had later; a person whose club the reports do not give is said to be named there.
"""

from __future__ import annotations

from datetime import date, timedelta

from handlers.answer import Answer
from handlers.answers import did_score, summary
from handlers.answers.common import Knowledge, Reply, find_matches, subject_club, unknown
from handlers.answers.help import not_understood
from handlers.describe import label
from handlers.understand import Question
from knowledge.model import Match, Person, Source

MATCH_DAY_SLACK = 1  # reports dated up to a day after the match count as its reports


def _people(kb: Knowledge, role: str, club: str | None,
            season: str | None) -> list[tuple[str, str, str, list[Source]]]:
    """(name, club, season, sources) of people with `role`, from people and club facts."""
    found: dict[tuple[str, str], tuple[str, str, str, list[Source]]] = {}
    for person in kb.index.people(club=club, role=role):
        if season and person.season and person.season != season:
            continue
        key = (person.name, person.club or "")
        found.setdefault(key, (person.name, person.club or "", person.season or "", []))
        found[key][3].extend(person.sources)
    for fact in kb.index.club_facts(club) if club else kb.index.facts.club_facts:
        if fact.kind == role and isinstance(fact.value, str) \
                and (season is None or fact.season in (None, season)):
            key = (fact.value, fact.club)
            found.setdefault(key, (fact.value, fact.club, fact.season or "", []))
            found[key][3].extend(fact.sources)
    return sorted(found.values(), key=lambda p: (p[2], p[0]), reverse=True)


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text and len(text) >= 10 else None
    except ValueError:
        return None


def match_reports(kb: Knowledge, match: Match) -> set[str]:
    """The reports on this match: those stating more about it than about any other match,
    dated on the match day or the day after when both dates are known (a preview or a
    review that mentions it in passing is about another match)."""
    sources = [s for found in match.sources.values() for s in found]
    sources += [s for goal in match.goals for s in goal.sources]
    played = _day(match.date)
    reports = set()
    for src in sources:
        if kb.index.main_match(src.report) != match.key():
            continue
        written = _day(src.date)
        if played is None or written is None \
                or played <= written <= played + timedelta(days=MATCH_DAY_SLACK):
            reports.add(src.report)
    return reports


def _asks_one_match(q: Question) -> bool:
    return bool(q.round or q.leg or len(q.clubs) >= 2 or q.same_match)


def _in_match(kb: Knowledge, role: str, club: str | None,
              match: Match) -> tuple[list[Person], bool]:
    """People with `role` the match's reports name: the club's own when known (True), else
    those whose club the reports do not give (False)."""
    reports = match_reports(kb, match)
    named = [p for p in kb.index.people(role=role)
             if any(s.report in reports for s in p.sources)
             and (p.club is None or p.club in match.clubs)]
    if club is None:
        return named, True
    own = [p for p in named if p.club == club]
    return (own, True) if own else ([p for p in named if p.club is None], False)


def _match_answer(reply: Reply, kb: Knowledge, role: str, club: str | None) -> bool:
    """Answer from the reports of the matches asked; False when they name nobody."""
    sp = reply.sp
    answered = False
    for match in find_matches(reply.q, kb)[:2]:
        people, sure = _in_match(kb, role, club, match)
        if not people:
            continue
        answered = True
        for person in people:
            reply.add_sources([s for s in person.sources if s.report in match_reports(kb, match)])
        reply.add_match(match, "score")
        names = sp.join(dict.fromkeys(p.name for p in people))
        if club and sure:
            reply.say("person_in_match", role=sp.role(role), club=club, match=label(match, sp),
                      names=names)
        elif club:
            reply.say("person_named", role=sp.role(role), match=label(match, sp), names=names)
        else:
            reply.say("role_in_match", role=sp.role(role), match=label(match, sp), names=names)
    return answered


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """The coach, goalkeeper or referee (the intent names the role) asked about."""
    sp, q = reply.sp, reply.q
    role = reply.intent
    club = None if role == "referee" else subject_club(q)
    if _asks_one_match(q) and _match_answer(reply, kb, role, club):
        return reply.finish()
    people = [] if _asks_one_match(q) and role == "referee" else _people(kb, role, club, q.season)
    for _, _, _, sources in people:
        reply.add_sources(sources)
    if club and people:
        seasons = ", ".join(dict.fromkeys(p[2] for p in people if p[2]))
        reply.lines.append(sp("person", role=sp.role(role), club=club, season=seasons,
                              names=sp.join(dict.fromkeys(p[0] for p in people))))
        return reply.finish()
    everyone = people if not club else _people(kb, role, None, None)
    listed = sp.join(sp("person_of", name=n, club=c) for n, c, _, _ in everyone)
    if club:
        if not everyone:
            return unknown(reply, kb, sp("person_unknown", role=sp.role(role), club=club),
                           clubs=[club])
        reply.say("unknown", what=sp("person_unknown", role=sp.role(role), club=club))
        reply.say("people_all", role=sp.role(role), names=listed)
        return reply.finish("unknown")
    if not everyone:
        return unknown(reply, kb, sp("role_unknown", role=sp.role(role)))
    reply.say("people_all", role=sp.role(role), names=listed)
    return reply.finish()


MAX_PERSON_QUOTES = 3


def person(reply: Reply, kb: Knowledge) -> Answer:
    """What the reports say about a named coach, referee or goalkeeper: role, club, and the
    sentences naming them (a question about them that is no scoring question)."""
    sp, q = reply.sp, reply.q
    if not q.players:  # "wie was er beter, Genk of Kortrijk?": about the match
        return summary.answer(reply, kb) if q.clubs else not_understood(reply, kb)
    records_of = {name: [p for p in kb.index.facts.people if p.name == name]
                  for name in q.players}
    if not all(records_of.values()):
        return did_score.answer(reply, kb)  # a scorer: his goals
    for name, records in records_of.items():
        roles = [sp("person_role", role=sp.role(p.role),
                    details=", ".join(x for x in (p.club, p.season) if x))
                 for p in records]
        reply.say("person_known", name=name, roles=sp.join(dict.fromkeys(roles)))
        quotes = list({s.report: s for p in records for s in p.sources}.values())
        for src in quotes[:MAX_PERSON_QUOTES]:
            reply.add_sources([src])
            reply.say("person_quote", report=src.report, sentence=src.sentence)
    return reply.finish()
