"""The Answer object every handler returns; renderers (console, JSON, Discord) read only this."""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.model import Match, Source


@dataclass
class Answer:
    """What the bot says to one question, with the facts and sources behind it.

    kind: "answer" (facts found), "unknown" (honest "I don't know", with `suggestions`),
    "clarify" (ambiguous: `candidates` to choose from), "help", "error" (answering failed on
    a bug: an apology; the engine logged where).
    """

    question: str
    lang: str
    intent: str
    text: str
    kind: str = "answer"
    matches: list[Match] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """The JSON object of the command-line contract (product.md)."""
        return {
            "question": self.question,
            "lang": self.lang,
            "intent": self.intent,
            "kind": self.kind,
            "text": self.text,
            "matches": [match_json(m) for m in self.matches],
            "sources": [
                {"report": s.report, "date": s.date, "sentence": s.sentence} for s in self.sources
            ],
            "suggestions": list(self.suggestions),
            "candidates": list(self.candidates),
        }


def match_json(match: Match) -> dict:
    """One match in the JSON contract's shape."""
    return {
        "season": match.season,
        "round": match.round,
        "leg": match.leg,
        "date": match.date,
        "venue": match.venue,
        "home": match.home,
        "away": match.away,
        "score": match.score,
        "extra_time": match.extra_time,
        "penalties": match.penalties,
        "aggregate": match.aggregate,
        "qualified": match.qualified,
        "goals": [
            {"player": g.player, "club": g.club, "minute": g.minute, "penalty": g.penalty,
             "own_goal": g.own_goal}
            for g in match.goals
        ],
    }
