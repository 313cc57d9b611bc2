"""A club's cup history told in a report: the number of its final, its cup wins, the years
of its earlier finals."""

from __future__ import annotations

import re

from knowledge.extract.rounds import season_for_year
from knowledge.extract.state import NamedClubs, StoryState, previous_sentence, resolved
from knowledge.lexicon import Lexicon, PhraseSet
from knowledge.model import ClubFact, Source
from knowledge.report import Sentence


def history(ctx: StoryState, sentence: Sentence, clubs: NamedClubs, source: Source) -> None:
    """The history facts of the sentence's club (else the club in focus)."""
    lex = ctx.lexicon
    folded = sentence.folded
    # a count is a club's only when the sentence names the club ("de club naar een derde
    # beker leidde" after two clubs were named could be either's)
    named = [c for m, c in clubs if m.kind in ("alias", "nickname", "place")]
    subject = clubs[0][1] if clubs else (ctx.focus[0] if ctx.focus else None)
    counted = named[0] if named else None
    prev = previous_sentence(ctx, sentence)
    if not clubs and prev is not None:
        # else the one club the sentence before named ("Genk won. Het was de vijfde beker.")
        before = {c for _, c in resolved(ctx, ctx.mentions[prev.index])}
        counted = before.pop() if len(before) == 1 else None
    # "is er niet in geslaagd om een vijfde beker toe te voegen": a count denied or only
    # hoped for is no fact
    if counted and not lex.hypothetical_words.search(folded) and \
            not lex.negations.search(folded):
        # "de vijfde bekerfinale voor de Limburgers", "bekerfinale nummer vijf"
        for n in _counted(lex, folded, lex.final_nouns):
            _club_fact(ctx, counted, "final_number", n, source)
        # "veroverde zijn achtste beker", "sa huitième Coupe de Belgique"
        for n in _counted(lex, folded, lex.cup_nouns, ordinal_only=True):
            _club_fact(ctx, counted, "cup_wins", n, source)
    # "Hun vorige vier (1998, 2000, 2009 en 2013) wonnen ze allemaal."
    found = [y for y in _year_list(lex, folded) if not ctx.season or
             season_for_year(y) < ctx.season]
    if len(found) >= 2:
        context = folded + " " + (prev.folded if prev else "")
        if lex.final_nouns.search(context) and not lex.negations.search(folded):
            kind = None
            won = lex.win.search(folded) or lex.cup_win_words.search(folded)
            lost = lex.lose.search(folded)
            if won and not lost:
                kind = "finals_won"
            elif lost and not won:
                kind = "finals_lost"
            # both: "en 2004 (victoire) et 2005 (défaite)", which year is which is not
            # one fact about the list
            club = subject
            if not clubs and prev is not None:
                prev_clubs = resolved(ctx, ctx.mentions[prev.index])
                club = prev_clubs[-1][1] if prev_clubs else subject
            if kind and club:
                _club_fact(ctx, club, kind, sorted(set(found)), source)


# a year as a word of its own, not inside a date in digits ("26/03/2018")
_YEAR = re.compile(r"(?<![\d/.-])(?:18[89]\d|19\d\d|20\d\d)(?!\d)")


def _year_list(lexicon: Lexicon, folded: str) -> list[int]:
    """The years of a list ("en 1998, 2000 et 2009"): years one after the other with only
    commas and "and" between them. Years told each with its own result ("1977 gewann
    Brügge mit 4:1 und 1994 war Anderlecht stärker") or scattered over a sentence are not
    one club's list."""
    best: list[int] = []
    run: list[int] = []
    last_end = -1
    for m in _YEAR.finditer(folded):
        between = folded[last_end:m.start()].replace(",", " ").replace("&", " ").split()
        joined = last_end >= 0 and all(w in lexicon.coordinators.values for w in between) \
            and len(between) <= 1
        run = run + [int(m.group(0))] if joined else [int(m.group(0))]
        last_end = m.end()
        if len(set(run)) > len(set(best)):
            best = list(run)
    return best if len(set(best)) >= 2 else []


def _over_a_span(lexicon: Lexicon, folded: str, end: int) -> bool:
    """"een derde bekerfinale in vier jaar tijd", "sa cinquième finale en dix ans": a count
    within a span of years, not the club's count of all time."""
    words = [w.strip(".,;:!?()") for w in folded[end:end + 40].split()[:4]]
    return any(w in lexicon.span_units.values and (words[k - 1].isdecimal() or
                                            words[k - 1] in lexicon.numbers)
               for k, w in enumerate(words) if k > 0)


def _counted(lexicon: Lexicon, folded: str, nouns: PhraseSet,
             ordinal_only: bool = False) -> list[int]:
    """Counts told with a noun: an ordinal before it ("vijfde bekerfinale") or a number
    after it ("bekerfinale nummer vijf")."""
    found = []
    rounds = [r for r in lexicon.rounds.find(folded) if r.value != "final"]
    for hit in nouns.find(folded):
        if any(r.start < hit.end and hit.start < r.end for r in rounds):
            continue  # "achtste finale", "zestiende finales": a round, not the 8th final
        word_before = folded[max(0, hit.start - 40):hit.start].split()[-1:] or [""]
        n = lexicon.ordinals.get(word_before[0])
        if n is None and not ordinal_only:
            after = folded[hit.end:].split()[:2]
            word = after[1].strip(".,;:!?") if len(after) == 2 and \
                after[0] in lexicon.number_words.values else ""
            n = lexicon.ordinals.get(word) or lexicon.numbers.get(word) or (
                int(word) if word.isdecimal() else None)
        if n and 1 < n < 40 and not _over_a_span(lexicon, folded, hit.end):
            found.append(n)
    return found


def _club_fact(ctx: StoryState, club: str, kind: str, value: object,
               source: Source) -> None:
    for f in ctx.facts.club_facts:
        if f.club == club and f.kind == kind:
            if f.value == value and source not in f.sources:
                f.sources.append(source)
            return
    ctx.facts.club_facts.append(ClubFact(club=club, kind=kind, value=value,
                                         season=ctx.season, sources=[source]))
