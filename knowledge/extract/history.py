"""A club's cup history told in a report: the number of its final, its cup wins, the years
of its earlier finals."""

from __future__ import annotations

import re
from functools import cache

from knowledge.extract.clauses import is_object, subject_of
from knowledge.extract.clubs import ClubMention
from knowledge.extract.outcome import finalists_meeting, title_holder
from knowledge.extract.rounds import ordinal, season_for_year
from knowledge.extract.scores import year_matches
from knowledge.extract.state import NamedClubs, StoryState, previous_sentence, resolved
from knowledge.lexicon import Lexicon, PhraseSet, phrase_set
from knowledge.model import ClubFact, Source
from knowledge.report import Sentence


def history(ctx: StoryState, sentence: Sentence, clubs: NamedClubs, source: Source) -> None:
    """The history facts of the sentence's club (else the club in focus)."""
    lex = ctx.lexicon
    folded = sentence.folded
    title_holder(ctx, folded, clubs, source)
    finalists_meeting(ctx, folded, clubs, source)
    if lex.other_cups.search(folded):
        return  # "lost the FA Cup final twice": another cup's history
    subject = clubs[0][1] if clubs else (ctx.focus[0] if ctx.focus else None)
    prev = previous_sentence(ctx, sentence)
    # "is er niet in geslaagd om een vijfde beker toe te voegen": a count denied or only
    # hoped for is no fact
    if not lex.hypothetical_words.search(folded) and not lex.negations.search(folded):
        counts = [("final_number", n, at) for n, at in
                  _counted(lex, folded, lex.final_nouns) + _finals_as_times(lex, folded)]
        # "veroverde zijn achtste beker", "sa huitième Coupe de Belgique", "elf keer won
        # Club de beker", "Standard won de beker vier keer, Lokeren twee keer", "met elf
        # bekers recordhouder"
        counts += [("cup_wins", n, at) for n, at in
                   _counted(lex, folded, lex.cup_nouns, ordinal_only=True) +
                   _times_won(lex, folded) + _cups_counted(lex, folded) +
                   _wins_of_finals(lex, folded)]
        # "jouera sa 12e finale et vise un 5e titre": a count after a wish is hoped for
        wishes = [hit.start for hit in phrase_set(lex, "wish_words").find(folded)]
        for kind, n, at in counts:
            if any(w < at for w in wishes) or _a_players(lex, folded, clubs, at) or \
                    _a_persons(lex, folded, clubs, at):
                continue
            owner = _owner(ctx, sentence, clubs, at)
            if owner:
                _club_fact(ctx, owner, kind, n, source)
    # "Hun vorige vier (1998, 2000, 2009 en 2013) wonnen ze allemaal."
    found = [y for y in _year_list(lex, folded) if not ctx.season or
             season_for_year(y) < ctx.season]
    # a list of years, of one club: "1985 gewann Lüttich mit 2:0 und 2001 war Genk
    # besser" shares its years between two clubs
    named_here = {m.candidates[0] for m in ctx.mentions[sentence.index]
                  if m.kind in _NAMED and m.candidates}
    if len(set(found)) >= 2 and len(named_here) < 2:
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


def _cardinal(lexicon: Lexicon, word: str) -> int | None:
    word = word.strip(".,;:!?()")
    if word.isdecimal() and len(word) <= 2:
        return int(word)
    return lexicon.numbers.get(word)


def _times_won(lexicon: Lexicon, folded: str) -> list[tuple[int, int]]:
    """Counts of cups won told as times, each with where it stands: "voor de vijfde keer
    de beker gewonnen", "a remporté la Coupe pour la 2e fois", "à deux reprises". Not
    beside a final ("voor de vijfde keer in de finale" counts finals)."""
    if not phrase_set(lexicon, "trophy_nouns").search(folded) or \
            not phrase_set(lexicon, "trophy_verbs").search(folded):
        return []
    out = []
    for hit in phrase_set(lexicon, "times_words").find(folded):
        words = folded[max(0, hit.start - 20):hit.start].split()
        if not words or lexicon.final_nouns.search(folded[hit.end:hit.end + 40]) or \
                phrase_set(lexicon, "span_nouns").search(folded[hit.end:hit.end + 25]):
            continue  # "in de finale", "drie keer in vijf jaar"
        n = ordinal(lexicon, words[-1]) or _cardinal(lexicon, words[-1])
        if n and 1 < n < 40:
            out.append((n, hit.start))
    return out


_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _dated(lexicon: Lexicon, folded: str) -> bool:
    """A year that dates what the sentence tells: not one that starts a span ("depuis
    2011", "sinds het jaar 2011": a since word one or two words before it)."""
    since = phrase_set(lexicon, "since_words").values
    return any(not any(w in since for w in folded[max(0, m.start() - 30):m.start()].split()[-2:])
               for m in _ANY_YEAR.finditer(folded))


def _finals_as_times(lexicon: Lexicon, folded: str) -> list[tuple[int, int]]:
    """The number of this final told as times: "Genk haalt voor de negende keer de
    finale", "se hisse pour la 3e fois en finale". Not a final dated by a year (an
    earlier one), nor a count of finals lost or won, nor of another round."""
    if _dated(lexicon, folded):
        return []
    out = []
    for hit in phrase_set(lexicon, "times_words").find(folded):
        words = folded[max(0, hit.start - 20):hit.start].split()
        near = folded[max(0, hit.start - 40):hit.end + 30]
        final = lexicon.final_nouns.search(near)
        if not words or final is None or \
                phrase_set(lexicon, "final_outcome_words").search(near[final.end:]) or \
                any(r.value != "final" for r in lexicon.rounds.find(near)):
            continue  # "negen keer de halve finales": another round
        n = ordinal(lexicon, words[-1]) or _cardinal(lexicon, words[-1])
        if n and 1 < n < 40:
            out.append((n, hit.start))
    return out


def _cups_counted(lexicon: Lexicon, folded: str) -> list[tuple[int, int]]:
    """"met elf bekers", "neuf coupes de Belgique", "9 succès en coupe": a number before a
    plural cup noun, not the cups of a span ("drie bekers in vijf jaar") nor a named few
    ("de laatste drie bekers", "les deux coupes")."""
    out = []
    spans = phrase_set(lexicon, "span_nouns")
    for hit in phrase_set(lexicon, "cup_count_nouns").find(folded):
        words = folded[max(0, hit.start - 30):hit.start].split()
        if not words:
            continue
        n = _cardinal(lexicon, words[-1])
        before = words[-2] if len(words) >= 2 else ""
        if before in lexicon.articles or phrase_set(lexicon, "few_cups_words").search(before) or \
                spans.search(folded[hit.end:hit.end + 25]):
            continue
        if n and 1 < n < 40:
            out.append((n, hit.start))
    return out


# mentions that name a club ("Genk", "de Limburgers", "in Brugge"), not descriptions that
# stand for whichever club the story is about ("de thuisploeg", "le club")
_NAMED = ("alias", "nickname", "place")


# "8 titres en 13 finales", "(12 finales, 5 titres)": a number before a noun, twice
_COUNTED_NOUN = re.compile(r"(?<![\w/.-])(?=(\w+(?:-\w+)?) (\w+))")


def _wins_of_finals(lexicon: Lexicon, folded: str) -> list[tuple[int, int]]:
    """Cups won counted beside the finals played: "avec 8 titres en 13 finales", "(12
    finales, 5 titres)", "neuf succès, sur quatorze finales". Each count of wins stands
    within a few words of a count of finals."""
    wins = phrase_set(lexicon, "final_win_nouns")
    counts: list[tuple[str, int, int]] = []  # (kind, number, position)
    for m in _COUNTED_NOUN.finditer(folded):
        n = _cardinal(lexicon, m.group(1))
        if not n or not 1 < n < 60:
            continue
        if m.group(2) in wins:
            counts.append(("wins", n, m.start()))
        elif lexicon.final_nouns.search(m.group(2)) and m.group(2) == \
                lexicon.final_nouns.search(m.group(2)).phrase:
            counts.append(("finals", n, m.start()))
    out = []
    for kind, n, at in counts:
        near = [c for c in counts if c[0] == "finals" and 0 < abs(c[2] - at) <= 30]
        if kind == "wins" and near and all(n <= f[1] for f in near):
            out.append((n, at))
    return out


def _owner(ctx: StoryState, sentence: Sentence, clubs: NamedClubs, at: int) -> str | None:
    """The club a count at `at` belongs to: the club right before its bracket; the subject
    named last before it in its own comma piece; for an opening "with" piece, the first
    club of the piece after it; else the sentence's one club, or the one club of the
    sentence before."""
    folded = sentence.folded
    # "achter recordhouder Club Brugge (elf bekers)": that club's
    bracketed = [c for m, c in clubs if re.fullmatch(r"\s*\(\s*(?:\S+\s+)?", folded[m.end:at])]
    if bracketed:
        return bracketed[0]
    start = max(folded.rfind(p, 0, at) for p in ",;:") + 1
    mine = [(m, c) for m, c in clubs if start <= m.start < at and m.kind in _NAMED
            and not is_object(ctx.lexicon, folded, m)]
    if len({c for _, c in mine}) > 1:
        # "Essevee klopte in de finale KV Oostende en pakte de tweede bekerzege": of two
        # clubs in the piece, the clause's subject owns the count
        return subject_of(ctx.lexicon, ctx.report.lang, folded, mine)
    if mine:
        return mine[-1][1]
    if any(start <= m.start < at for m, _ in clubs):
        return None  # the piece names only the loser ("van Standard")
    end = min([folded.find(p, at) for p in ",;:" if folded.find(p, at) >= 0] or [len(folded)])
    opening = folded[:end].split()
    if start == 0 and end < len(folded) and opening and \
            opening[0] in phrase_set(ctx.lexicon, "fronted_with_words"):
        # "Avec 11 succès en 16 finales, le FC Bruges détient le record": an opening
        # "with" piece is about the subject of the piece after it
        after = sorted((m.start, c) for m, c in clubs if m.kind in _NAMED and m.start > end)
        if after and not is_object(ctx.lexicon, folded, next(
                m for m, _ in clubs if m.start == after[0][0])):
            return after[0][1]
    # (not an opponent: "sa 3e Coupe, en 2028, face au Cercle (1-0)")
    named = {c for m, c in clubs if m.kind in _NAMED and not _opponent(ctx.lexicon, folded, m)}
    prev = previous_sentence(ctx, sentence)
    if not named and prev is not None:
        named = {c for _, c in resolved(ctx, ctx.mentions[prev.index])}
    return named.pop() if len(named) == 1 else None


def _a_persons(lexicon: Lexicon, folded: str, clubs: NamedClubs, at: int) -> bool:
    """A count told of "he" after the last club named ("hij trainde Lierse en hij
    veroverde er drie keer de beker mee", "vier keer verloor hij"): the coach's or player's
    cups, not the club's."""
    since = max([m.end for m, _ in clubs if m.end <= at and m.kind in _NAMED] +
                [folded.rfind(p, 0, at) + 1 for p in ",;:"])
    # (the count, its verb and the subject put after it: "vier keer verloor hij")
    after = re.split(r"[,;:.]", folded[at:], maxsplit=1)[0].split()[:4]
    return any(w in lexicon.pronouns.values for w in folded[since:at].split() + after)


def _a_players(lexicon: Lexicon, folded: str, clubs: NamedClubs, at: int) -> bool:
    """A count that is a player's: "la troisième finale pour Refaelov" (a name that is no
    club after a word of crediting, `credit_words`)."""
    after = _credited_word(lexicon).search(folded[at:at + 40])
    if after is None or after.group(1) in lexicon.articles or \
            after.group(1) in phrase_set(lexicon, "indefinite_articles").values:
        return False  # "voor het eerst sinds 2022", "pour le Standard"
    start = at + after.start(1)
    return not any(start <= m.start <= start + 10 for m, _ in clubs)


@cache
def _credited_word(lexicon: Lexicon) -> re.Pattern[str]:
    """The word after a word of crediting ("pour X", "voor X"), built once per lexicon."""
    words = "|".join(re.escape(w) for w in sorted(lexicon.credit_words.values))
    return re.compile(rf"\b(?:{words})\s+([\w'-]+)")


def _opponent(lexicon: Lexicon, folded: str, mention: ClubMention) -> bool:
    """A club named right after "against" ("contre le Cercle", "face à Gand")."""
    before = folded[max(0, mention.start - 16):mention.start]
    return any(before[hit.end:].strip(" '") in ("", *lexicon.articles)
               for hit in lexicon.against_words.find(before))


def _year_list(lexicon: Lexicon, folded: str) -> list[int]:
    """The years of a list ("en 1998, 2000 et 2009"): years one after the other with only
    commas and "and" between them. Years told each with its own result ("1985 gewann
    Lüttich mit 2:0 und 2001 war Genk besser") or scattered over a sentence are not
    one club's list."""
    best: list[int] = []
    run: list[int] = []
    last_end = -1
    for m in year_matches(folded):
        between = folded[last_end:m.start()].replace(",", " ").replace("&", " ").split()
        joined = last_end >= 0 and all(w in lexicon.coordinators.values for w in between) \
            and len(between) <= 1
        run = run + [int(m.group(0))] if joined else [int(m.group(0))]
        last_end = m.end()
        if len(set(run)) > len(set(best)):
            best = list(run)
    return best if len(set(best)) >= 2 else []


def _counted(lexicon: Lexicon, folded: str, nouns: PhraseSet,
             ordinal_only: bool = False) -> list[tuple[int, int]]:
    """Counts told with a noun, each with where it stands: an ordinal before it ("vijfde
    bekerfinale", "sa 4e coupe") or a number after it ("bekerfinale nummer vijf"). Not a
    final told with its outcome ("la 4e finale perdue" counts lost finals), nor a count
    within a span of years."""
    found = []
    rounds = [r for r in lexicon.rounds.find(folded) if r.value != "final"]
    for hit in nouns.find(folded):
        if any(r.start < hit.end and hit.start < r.end for r in rounds):
            continue  # "achtste finale", "zestiende finales": a round, not the 8th final
        word_before = folded[max(0, hit.start - 40):hit.start].split()[-1:] or [""]
        n = ordinal(lexicon, word_before[0])
        if n is None and not ordinal_only:
            after = folded[hit.end:].split()[:2]
            word = after[1].strip(".,;:!?") if len(after) == 2 and \
                after[0] in lexicon.number_words.values else ""
            n = lexicon.ordinals.get(word) or lexicon.numbers.get(word) or (
                int(word) if word.isdecimal() else None)
        outcome = folded[hit.end:hit.end + 14]
        if phrase_set(lexicon, "final_outcome_words").search(outcome) or \
                phrase_set(lexicon, "span_nouns").search(folded[hit.end:hit.end + 25]) or \
                _league_title(lexicon, folded[hit.end:hit.end + 30]):
            # "la 3e finale perdue", "een derde bekerfinale in tien jaar", "son 18e titre
            # de champion"
            continue
        if n and 1 < n < 40:
            found.append((n, hit.start))
    return found


def _league_title(lexicon: Lexicon, after: str) -> bool:
    """Words right after a title noun that make it the league's ("titre de champion")."""
    hit = phrase_set(lexicon, "league_title_words").search(after)
    return hit is not None and not after[:hit.start].strip()


def _club_fact(ctx: StoryState, club: str, kind: str, value: object,
               source: Source) -> None:
    for f in ctx.facts.club_facts:
        if f.club == club and f.kind == kind:
            if f.value == value and source not in f.sources:
                f.sources.append(source)
            return
    ctx.facts.club_facts.append(ClubFact(club=club, kind=kind, value=value,
                                         season=ctx.season, sources=[source]))
