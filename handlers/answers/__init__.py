"""One handler per intent; `respond` picks it and handles what all of them share.

Shared: a question with no intent of its own is a summary of what it names (a player
question when it names a player, what the reports say of a coach or referee it names); a
score question with a moment ("at half-time") asks the score at that moment; a club name
with several meanings is asked back; a name-like word the knowledge base does not know is
said to be unknown rather than ignored.
"""

from __future__ import annotations

from collections.abc import Callable

from handlers.answer import Answer
from handlers.answers import (
    aggregate,
    assist,
    cup_run,
    date,
    did_score,
    finalists,
    goal_count,
    goal_detail,
    help,
    history,
    knockouts,
    knowledge,
    not_kept,
    penalties,
    people,
    score,
    score_at,
    scorers,
    summary,
    top_scorer,
    venue,
    winner,
)
from handlers.answers.common import Knowledge, Reply, clarify, unknown
from handlers.replies import Speaker
from handlers.understand import Question

Handler = Callable[[Reply, Knowledge], Answer]

HANDLERS: dict[str, Handler] = {
    "help": help.answer,
    "score": score.answer,
    "score_at": score_at.answer,
    "penalties": penalties.answer,
    "assist": assist.answer,
    "did_win": score.did_win,
    "match_winner": score.who_won,
    "summary": summary.answer,
    "scorers": scorers.answer,
    "aggregate": aggregate.answer,
    "date": date.answer,
    "venue": venue.answer,
    "finalists": finalists.answer,
    "winner": winner.answer,
    "history": history.answer,
    "most_cups": history.most_cups,
    "cup_run": cup_run.answer,
    "did_score": did_score.answer,
    "goal_minute": goal_detail.answer,
    "goal_how": goal_detail.answer,
    "top_scorer": top_scorer.answer,
    "coach": people.answer,
    "goalkeeper": people.answer,
    "referee": people.answer,
    "person": people.person,
    "goal_count": goal_count.answer,
    "knocked_out": knockouts.knocked_out,
    "knocked_out_by": knockouts.knocked_out_by,
    "opponent": knockouts.opponent,
    "knowledge": knowledge.answer,
}
# Intents that look matches up by the clubs a question names.
MATCH_INTENTS = frozenset({"score", "did_win", "match_winner", "summary", "scorers", "aggregate",
                           "date", "venue", "cup_run", "score_at", "penalties", "assist",
                           "knocked_out", "knocked_out_by", "opponent"})
PLAYER_INTENTS = frozenset({"did_score", "goal_minute", "goal_how", "goal_count"})
NOT_UNDERSTOOD = "not_understood"
# Asked about a topic of vocabulary.yaml's not_kept, whatever the intent phrases say.
NOT_KEPT = "not_kept"


def _names_a_player(q: Question, kb: Knowledge) -> bool:
    """Whether one of the people named scored, or is no coach or referee in the KB."""
    return any(p in kb.lexicon.scorer_spellings or p not in kb.lexicon.staff
               for p in q.players)


def intent_for(q: Question, kb: Knowledge) -> str:
    """The question's intent, or what a question without one most likely wants."""
    if q.not_kept:
        return NOT_KEPT  # "wie kreeg een rode kaart?": whatever else it asks
    if q.intent == "knowledge" and q.names_something():
        return "summary"  # "wat weet je over Genk?"
    if q.intent == "match_winner" and not q.clubs and (q.season or q.round == "final"
                                                       or q.season_range):
        return "winner"  # "wie won in 1995?": the cup
    if q.intent == "history" and not q.clubs and q.round == "final":
        return "finalists"  # "who reached the final in 2018?"
    if q.intent == "finalists" and q.players and not q.clubs:
        return "did_score"  # "en Emond in de finale?": his goals there
    if q.intent in ("knocked_out", "knocked_out_by") and len(q.clubs) >= 2:
        return "aggregate"  # "comment Genk a éliminé Waasland-Beveren ?": who went through, how
    if q.intent:
        return q.intent
    if q.players and not _names_a_player(q, kb):
        return "person"  # a coach or referee named on his own: what the reports say of him
    if q.players or q.ambiguous_players:
        return "did_score"
    if q.round == "final" and not q.clubs and q.season \
            and not kb.index.find_matches(season=q.season, round="final"):
        return "winner"  # a final the reports only name: its winner, if they do
    if q.clubs or q.ambiguous_clubs or q.round or q.leg or q.season:
        return "summary"
    return NOT_UNDERSTOOD


def respond(q: Question, kb: Knowledge, sp: Speaker) -> Answer:
    """The answer to an understood question (context already applied), with the clubs named
    as the answer's language names them."""
    answer = _respond(q, kb, sp)
    answer.text = kb.lexicon.localise(answer.text, answer.lang)
    return answer


def _respond(q: Question, kb: Knowledge, sp: Speaker) -> Answer:
    intent = intent_for(q, kb)
    if intent == "score" and q.minute is not None:
        intent = "score_at"  # "score in the first half", "uitslag bij de rust"
    reply = Reply(q=q, sp=sp, intent=intent)
    if intent == NOT_UNDERSTOOD:
        return help.not_understood(reply, kb)
    if intent == NOT_KEPT:
        return not_kept.answer(reply, kb)
    if intent in PLAYER_INTENTS and q.ambiguous_players and not q.players:
        return clarify(reply, "clarify_player", list(q.ambiguous_players[0]))
    if q.ambiguous_clubs and intent != "help":
        return clarify(reply, "clarify_club", list(q.ambiguous_clubs[0]))
    names = q.unknown_names()
    if intent in MATCH_INTENTS and names and len(q.clubs) < 2:
        return unknown_club(reply, kb, names)
    answer = HANDLERS[intent](reply, kb)
    if q.second_intent and q.second_intent != intent and q.second_intent in HANDLERS:
        # "wie won de finale en waar werd ze gespeeld?": the second question too.
        second = HANDLERS[q.second_intent](Reply(q=q, sp=sp, intent=q.second_intent), kb)
        return _joined(answer, second)
    return answer


def _joined(first: Answer, second: Answer) -> Answer:
    """Two answers to the two parts of one question, as one."""
    def facts(text: str) -> list[str]:
        return [line for line in text.split("\n") if not line.startswith("(")]
    lines = facts(first.text) + [line for line in facts(second.text)
                                 if line not in first.text]
    tail = [line for line in (first.text + "\n" + second.text).split("\n")
            if line.startswith("(")]
    kind = first.kind if first.kind == second.kind else "answer"
    return Answer(question=first.question, lang=first.lang, intent=first.intent,
                  text="\n".join(lines + list(dict.fromkeys(tail))), kind=kind,
                  matches=first.matches + [m for m in second.matches if m not in first.matches],
                  sources=first.sources + [s for s in second.sources if s not in first.sources],
                  suggestions=first.suggestions + second.suggestions,
                  candidates=first.candidates + second.candidates)


def unknown_club(reply: Reply, kb: Knowledge, names: list[str]) -> Answer:
    """"I don't know X", with the club names closest to what was typed."""
    sp = reply.sp
    near = kb.lexicon.club_words.near_text(" ".join(names))
    if not near:
        return unknown(reply, kb, sp("unknown_name", name=sp.join(names)))
    reply.say("unknown", what=sp("unknown_name", name=sp.join(names)))
    reply.say("did_you_mean", names=sp.join(near, "or"))
    reply.suggestions += near
    return reply.finish("unknown")
