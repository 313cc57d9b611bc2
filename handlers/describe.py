"""Matches, goals, conflicts and sources as words, in the language of a Speaker."""

from __future__ import annotations

import re
from collections.abc import Iterable

from handlers.replies import Speaker
from knowledge.model import Goal, Match, Source

_SCORE = re.compile(r"^\s*(\d+)\s*[-:]\s*(\d+)\s*$")
_HASH = re.compile(r"[0-9a-f]{8,}")
MAX_SOURCES = 3


def parse_score(score: str | None) -> tuple[int, int] | None:
    """"3-2" -> (3, 2); anything else -> None."""
    found = _SCORE.match(score or "")
    return (int(found.group(1)), int(found.group(2))) if found else None


def goals_of(match: Match, club: str) -> int | None:
    """Goals `club` scored in `match` according to its score."""
    pair = parse_score(match.score)
    if pair is None or club not in match.clubs:
        return None
    return pair[0] if club == match.home else pair[1]


def goals_complete(match: Match) -> bool:
    """True when the match's goal list accounts for its whole score, club by club, undisputed."""
    pair = parse_score(match.score)
    if pair is None or any(c.field == "goals" for c in match.conflicts):
        return False
    home = sum(1 for g in match.goals if g.club == match.home)
    away = sum(1 for g in match.goals if g.club == match.away)
    return (home, away) == pair and len(match.goals) == home + away


def score_at_minute(match: Match, minute: int) -> tuple[str, bool] | None:
    """The score after `minute` minutes and whether it was worked out from goal minutes.

    Once the match was over (90 minutes, or 120 after extra time) it is the final score;
    before that only when every goal is on record with its minute.
    """
    pair = parse_score(match.score)
    if pair is None:
        return None
    if minute >= (120 if match.extra_time else 90):
        return match.score or "", False
    if not goals_complete(match) or any(g.minute is None for g in match.goals):
        return None
    home = sum(1 for g in match.goals if g.club == match.home and (g.minute or 0) <= minute)
    away = sum(1 for g in match.goals if g.club == match.away and (g.minute or 0) <= minute)
    return f"{home}-{away}", bool(match.goals)


def match_winner(match: Match) -> str | None:
    """The winner of this one match: by score, then by the penalty shoot-out."""
    for score in (match.score, match.penalties):
        pair = parse_score(score)
        if pair and pair[0] != pair[1]:
            return match.home if pair[0] > pair[1] else match.away
        if pair is None:
            return None
    return None


def details(match: Match, sp: Speaker) -> str:
    """"halve finale, terugwedstrijd, 2017-18"."""
    parts = [sp.round(match.round), sp.leg(match.leg), sp("season", season=match.season)]
    if match.order_unsure:
        parts.append(sp("order_unsure"))
    return ", ".join(p for p in parts if p)


def match_text(match: Match, sp: Speaker, with_score: bool = True) -> str:
    """"KRC Genk 1-0 KV Kortrijk" (the clubs alone without a score)."""
    if with_score and match.score:
        return sp("match", home=match.home, away=match.away, score=match.score)
    return sp("match_no_score", home=match.home, away=match.away)


def label(match: Match, sp: Speaker, with_score: bool = True) -> str:
    """"KRC Genk 1-0 KV Kortrijk (halve finale, terugwedstrijd, 2017-18)"."""
    return sp("match_details", match=match_text(match, sp, with_score),
              details=details(match, sp))


def extras(match: Match, sp: Speaker, with_qualified: bool = True) -> str:
    """", na verlengingen, 4-2 na strafschoppen, totaalscore 3-3, KRC Genk door"."""
    parts = []
    if match.extra_time:
        parts.append(sp("extra_time"))
    if match.penalties:
        parts.append(sp("penalties", score=match.penalties))
    if match.aggregate:
        parts.append(sp("aggregate_short", score=match.aggregate))
    if match.qualified and with_qualified:
        parts.append(sp("qualified_short", club=match.qualified))
    return "".join(", " + p for p in parts)


def goal_details(goal: Goal, sp: Speaker, with_club: bool = True) -> str:
    """"KRC Genk, 16', kopbal"; an own goal names the club it counted for, after saying it is
    one ("eigen doelpunt, in het voordeel van KRC Genk"), never as the scorer's club."""
    if goal.own_goal:
        parts = [sp("goal_own_for", club=goal.club) if goal.club else sp("goal_own")]
    else:
        parts = [goal.club or ""] if with_club else []
    if goal.minute is not None:
        parts.append(sp("minute", minute=goal.minute))
    elif goal.when:
        parts.append(sp.when(goal.when))
    if goal.penalty:
        parts.append(sp("goal_penalty"))
    if goal.header:
        parts.append(sp("goal_header"))
    return ", ".join(p for p in parts if p)


def goal_text(goal: Goal, sp: Speaker, with_club: bool = True) -> str:
    """"Ibrahima Seck (KRC Genk, vroeg in de wedstrijd, kopbal)"."""
    info = goal_details(goal, sp, with_club)
    return sp("goal", player=goal.player, details=info) if info else goal.player


def _value_text(value: object) -> str:
    if isinstance(value, dict):
        return str(value.get("player") or value.get("value") or value)
    if isinstance(value, list):
        return ", ".join(_value_text(v) for v in value)
    return str(value)


def conflicts(match: Match, sp: Speaker, fields: Iterable[str]) -> list[str]:
    """One "reports disagree" sentence per conflicting field among `fields`."""
    wanted = set(fields)
    out = []
    for conflict in match.conflicts:
        if conflict.field not in wanted:
            continue
        values = [sp("conflict_value", value=_value_text(v.get("value")),
                     reports=", ".join(dict.fromkeys(s.report for s in v.get("sources") or [])))
                  for v in conflict.values]
        out.append(sp("conflict", field=sp.field(conflict.field),
                      values=sp.join(values, "or")))
    return out


def conflict_sources(match: Match, fields: Iterable[str]) -> list[Source]:
    wanted = set(fields)
    return [s for c in match.conflicts if c.field in wanted
            for v in c.values for s in v.get("sources") or []]


def short_report(name: str) -> str:
    """A report file name for reading: a content hash in it is elided ("000_….txt")."""
    return _HASH.sub("…", name)


def sources_line(sources: Iterable[Source], sp: Speaker) -> str:
    """"(bron: 000_….txt, 2018-02)" for up to MAX_SOURCES distinct reports; "" for none."""
    items = []
    for src in sources:
        report = short_report(src.report)
        item = sp("source_item", report=report, date=sp.date(src.date)) if src.date else report
        if item not in items:
            items.append(item)
    if not items:
        return ""
    return sp("source", items="; ".join(items[:MAX_SOURCES]))


def source_quotes(sources: Iterable[Source], sp: Speaker, limit: int = MAX_SOURCES) -> list[str]:
    """'report, 17 maart 2018: "the sentence"' for up to `limit` distinct sentences: where an
    answer's facts come from, word for word."""
    out: list[str] = []
    for src in sources:
        line = sp("source_quote", report=short_report(src.report), date=sp.date(src.date),
                  sentence=" ".join(src.sentence.split()))
        if line not in out:
            out.append(line)
    return out[:limit]
