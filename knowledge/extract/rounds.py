"""Round, leg and season of the matches a report talks about."""

from __future__ import annotations

from knowledge.lexicon import Hit, Lexicon
from knowledge.model import ROUNDS


def previous_round(round_name: str) -> str | None:
    i = ROUNDS.index(round_name)
    return ROUNDS[i - 1] if i > 0 else None


def round_hits(folded: str, lexicon: Lexicon, lead: str = "") -> list[tuple[Hit, bool]]:
    """Round names in a text, each with True when it names the NEXT round ("voor de finale",
    or in a sentence about what is still to come: "in de halve finale wacht Standard").
    `lead` is the text of the sentence before `folded`, when it is a piece of one."""
    out = []
    future = lexicon.future_words.search(folded) is not None
    not_rounds = lexicon.final_not_round.find(folded)
    for hit in lexicon.rounds.find(folded):
        if lexicon.other_cups.search(folded[hit.end:hit.end + 30]):
            continue  # "les quarts de finale de l'Europa League": another competition
        if any(n.start <= hit.start and hit.end <= n.end for n in not_rounds):
            continue  # "le score final", "the final whistle": no round
        if lexicon.legs.search(folded[hit.end:hit.end + 14]):
            # "for the semi-final's second leg": a round with its leg is a match's round
            out.append((hit, False))
            continue
        if future:
            out.append((hit, True))
            continue
        # "voor de finale", "through to the Belgian Cup final": a cue shortly before
        before = folded[max(0, hit.start - 28):hit.start]
        is_next = lexicon.next_round_cues.search(before) is not None or \
            _stands_in(lexicon, lead + " " + folded[:hit.start])
        out.append((hit, is_next))
    return out


def _stands_in(lexicon: Lexicon, before_round: str) -> bool:
    """"Charleroi steht nach einem 2:0-Sieg gegen Mechelen im Viertelfinale": "im"/"in de"
    right before the round, and a verb of standing earlier in the sentence."""
    before = before_round.split()
    return bool(before) and before[-1] in ("im", "in", "de") and \
        lexicon.standing_verbs.search(" ".join(before[-14:-1])) is not None


def round_in(folded: str, lexicon: Lexicon, lead: str = "") -> str | None:
    """The round a clause says its match was ("in de halve finale"), ignoring next-round cues."""
    hits = round_hits(folded, lexicon, lead)
    for hit, is_next in hits:
        if not is_next:
            return str(hit.value)
    for hit, is_next in hits:
        if is_next:
            return previous_round(str(hit.value))
    return None


def report_round(sentences: list[str], lexicon: Lexicon, two_legged: tuple[str, ...]) -> str | None:
    """The round of a report's main match from its folded sentences, by weighted votes: the
    lead counts most, and a mention of the next round ("plaatst zich voor de finale") votes
    for the round before it."""
    votes: dict[str, float] = {}
    for i, folded in enumerate(sentences):
        weight = 3.0 if i < 3 else 1.0
        for hit, is_next in round_hits(folded, lexicon):
            name = previous_round(str(hit.value)) if is_next else str(hit.value)
            if name:
                votes[name] = votes.get(name, 0) + weight
        future = lexicon.future_words.search(folded) is not None
        for hit in lexicon.round_reached.find(folded):
            # "de vierde halvefinalist": the report's match was the round before; "one of
            # the finalists will be ...": the semi-finals are still to come
            name: str | None = str(hit.value)
            if future and name:
                name = previous_round(name)
            if name:
                votes[name] = votes.get(name, 0) + weight
    if votes:
        return max(votes, key=lambda r: (votes[r], ROUNDS.index(r)))
    if any(lexicon.legs.search(t) for t in sentences) and two_legged:
        return two_legged[-1]
    return None


def leg_in(folded: str, lexicon: Lexicon) -> int | None:
    """The leg a clause names (1 or 2), or None."""
    hit = lexicon.legs.search(folded)
    return int(hit.value) if hit else None


def season_for_year(year: int) -> str:
    """A cup final or cup named by its year Y belongs to season (Y-1)-Y."""
    return f"{year - 1}-{year % 100:02d}"
