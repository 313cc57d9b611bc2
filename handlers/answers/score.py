"""Scores: "uitslag Genk Kortrijk?", "did Club Brugge win the first leg?", "wie won?"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import (
    MAX_MATCHES,
    Knowledge,
    Reply,
    each_match,
    find_matches,
    no_matches,
    subject_club,
)
from handlers.describe import conflict_sources, conflicts, extras, label, match_winner, parse_score
from knowledge.model import Match

SCORE_FIELDS = ("score", "extra_time", "penalties", "aggregate", "qualified")


def full_label(match: Match, reply: Reply) -> str:
    """The match with its score and everything around it (extra time, aggregate, ...)."""
    return label(match, reply.sp) + extras(match, reply.sp)


def note_match(reply: Reply, match: Match) -> None:
    """Record the match, the sources of its score and any disagreement about it."""
    reply.add_match(match, *SCORE_FIELDS)
    reply.lines += conflicts(match, reply.sp, SCORE_FIELDS)
    reply.add_sources(conflict_sources(match, SCORE_FIELDS))


def score_sentence(reply: Reply, match: Match) -> None:
    """"KRC Genk 1-0 KV Kortrijk (halve finale, terugwedstrijd, 2017-18)."."""
    if match.score:
        reply.say("score_line", match=label(match, reply.sp), extras=extras(match, reply.sp))
    else:
        reply.say("no_score_line", match=full_label(match, reply))
    note_match(reply, match)


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """The score of every match the question fits, most relevant first."""
    return each_match(reply, kb, lambda match: score_sentence(reply, match))


def _is_draw(match: Match) -> bool:
    pair = parse_score(match.score)
    return pair is not None and pair[0] == pair[1]


def did_win(reply: Reply, kb: Knowledge) -> Answer:
    """Yes or no for the club the question is about, with the score."""
    club = subject_club(reply.q)
    if club is None:
        return who_won(reply, kb)
    matches = find_matches(reply.q, kb)
    if not matches:
        return no_matches(reply, kb)
    for match in matches[:MAX_MATCHES]:
        winner, text = match_winner(match), full_label(match, reply)
        if winner == club:
            reply.say("won_yes", club=club, match=text)
        elif winner:
            reply.say("won_no", club=club, match=text)
        elif _is_draw(match):
            reply.say("won_draw", club=club, match=text)
        else:
            reply.say("result_unknown", match=text)
        note_match(reply, match)
    return reply.finish()


def who_won(reply: Reply, kb: Knowledge) -> Answer:
    """Who won each match the question fits."""

    def describe(match: Match) -> None:
        winner, text = match_winner(match), full_label(match, reply)
        if winner:
            reply.say("winner_of_match", club=winner, match=text)
        elif _is_draw(match):
            reply.say("draw", match=text)
        else:
            reply.say("result_unknown", match=text)
        note_match(reply, match)

    return each_match(reply, kb, describe)
