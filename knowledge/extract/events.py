"""What a clause tells: the event type that decides which facts it may give.

Only goals and running scores make goals, only results make scores; a substitution, a card,
a line-up, a save, the woodwork, a disallowed goal or a chance makes none, whatever names and
minutes stand in it. The words of each type are language data (language.yaml).
"""

from __future__ import annotations

from knowledge.lexicon import Lexicon, phrase_set

# event types that never give a goal, however a name and a minute stand in them
NO_GOAL = frozenset({"substitution", "lineup", "card", "missed"})


def clause_event(lexicon: Lexicon, folded: str) -> str:
    """The type of event a clause (folded text) tells: "lineup", "substitution", "card",
    "missed" (a chance, save, woodwork or disallowed goal), "future", "goal" or "other"."""
    head = folded.split(":", 1)[0] if ":" in folded[:30] else ""
    if head and lexicon.lineup_labels.search(head) or \
            phrase_set(lexicon, "keeping_words").search(folded):
        return "lineup"  # (or who kept goal: "X hütete das Tor")
    if lexicon.substitution_words.search(folded):
        return "substitution"
    goal = lexicon.goal_verbs.search(folded) or lexicon.goal_nouns.search(folded)
    if lexicon.sent_off_words.search(folded) or lexicon.booking_words.search(folded):
        return "card" if not goal else "goal"
    if lexicon.miss_words.search(folded) and not goal:
        return "missed"
    if lexicon.future_words.search(folded) and not goal:
        return "future"
    return "goal" if goal else "other"
