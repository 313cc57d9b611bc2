"""Coaches and goalkeepers: "wie is de coach van Genk?", "wie was de doelman van Kortrijk?"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply, subject_club, unknown
from knowledge.model import Source


def _people(kb: Knowledge, role: str, club: str | None,
            season: str | None) -> list[tuple[str, str, str, list[Source]]]:
    """(name, club, season, sources) of people with `role`, from people and club facts."""
    found: dict[tuple[str, str], tuple[str, str, str, list[Source]]] = {}
    for person in kb.index.people(club=club, role=role, season=season):
        key = (person.name, person.club or "")
        found.setdefault(key, (person.name, person.club or "", person.season or "", []))
        found[key][3].extend(person.sources)
    for fact in kb.index.club_facts(club) if club else kb.index.facts.club_facts:
        if fact.kind == role and isinstance(fact.value, str) \
                and (season is None or fact.season == season):
            key = (fact.value, fact.club)
            found.setdefault(key, (fact.value, fact.club, fact.season or "", []))
            found[key][3].extend(fact.sources)
    return sorted(found.values(), key=lambda p: (p[2], p[0]), reverse=True)


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """The coach or goalkeeper (the intent names the role) of the club asked, or all known."""
    sp, q = reply.sp, reply.q
    role = reply.intent
    club = subject_club(q)
    people = _people(kb, role, club, q.season)
    for _, _, _, sources in people:
        reply.add_sources(sources)
    if club and people:
        seasons = ", ".join(dict.fromkeys(p[2] for p in people if p[2]))
        reply.lines.append(sp("person", role=sp.role(role), club=club, season=seasons,
                              names=sp.join(dict.fromkeys(p[0] for p in people)))
                           .replace(" ()", ""))
        return reply.finish()
    everyone = people if not club else _people(kb, role, None, None)
    listed = sp.join(sp("person_of", name=n, club=c).replace(" ()", "") for n, c, _, _ in everyone)
    if club:
        if not everyone:
            return unknown(reply, kb, sp("person_unknown", role=sp.role(role), club=club),
                           clubs=[club])
        reply.say("unknown", what=sp("person_unknown", role=sp.role(role), club=club))
        reply.say("people_all", role=sp.role(role), names=listed)
        return reply.finish("unknown")
    if not everyone:
        return unknown(reply, kb, sp("person_unknown", role=sp.role(role), club="?"))
    reply.say("people_all", role=sp.role(role), names=listed)
    return reply.finish()
