"""A sentence cut into the pieces that belong together: clauses, comma pieces, a player's
own words, and what the words around a club or a position say (the leg named nearest, a club
that is the object of its clause)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from knowledge.extract.clubs import ClubMention
from knowledge.lexicon import Lexicon, phrase_set


@dataclass
class Clause:
    start: int
    end: int
    folded: str


@cache
def clause_joiners(lexicon: Lexicon) -> frozenset[str]:
    """The words that open a new clause: coordinators and words of contrast ("en", "mais",
    "aber")."""
    return frozenset(lexicon.coordinators.values) | frozenset(lexicon.contrast_words.values)


def split_clauses(folded: str, splitter: re.Pattern[str]) -> list[Clause]:
    """A sentence cut at ";", " : " and the report language's conjunctions ("maar")."""
    out = []
    start = 0
    for m in splitter.finditer(folded):
        out.append(Clause(start, m.start(), folded[start:m.start()]))
        start = m.end()
    out.append(Clause(start, len(folded), folded[start:]))
    return out


def clause_start(folded: str, pos: int, splitter: re.Pattern[str]) -> int:
    """Where the clause holding position `pos` starts."""
    for c in split_clauses(folded, splitter):
        if c.start <= pos < c.end:
            return c.start
    return 0


def clause_of(folded: str, pos: int, splitter: re.Pattern[str]) -> str:
    """The clause holding position `pos`."""
    for c in split_clauses(folded, splitter):
        if c.start <= pos < c.end:
            return c.folded
    return folded


def comma_piece(clause: str, rel: int, whole_brackets: bool = False) -> str:
    """The comma-separated piece of a clause around position `rel`: each event of "In de 11e
    minuut opende Vanaken de score, in de 22e minuut kopte Mechele" keeps its own minute.
    With `whole_brackets`, a comma inside brackets parts nothing: "(62e, 0-2)" is one
    goal's minute and score."""
    cuts = [m for m in re.finditer(r"[,;]\s", clause)
            if not (whole_brackets and _in_brackets(clause, m.start()))]
    start = max([0] + [m.end() for m in cuts if m.end() <= rel])
    ends = [m.start() for m in cuts if m.start() > rel]
    return clause[start:ends[0] if ends else len(clause)]


def _in_brackets(text: str, at: int) -> bool:
    """Whether `at` lies inside a short bracket of `text`."""
    opened = text.rfind("(", max(0, at - 30), at)
    return opened >= 0 and ")" not in text[opened:at] and ")" in text[at:at + 30]


def result_piece(folded: str, pos: int, coordinators: frozenset[str] | set[str],
                 starts: list[int]) -> tuple[int, int]:
    """(start, end) of the piece of a sentence that tells the result at `pos`: its comma
    piece, cut again at "en"/"et"/"and" where both sides hold a score of their own
    ("Anderlecht stuurde Dender naar huis (5-2) en Club Brugge versloeg Westerlo (1-0)").
    `starts` are the sorted positions of the sentence's scores."""
    piece = comma_piece(folded, pos)
    start = folded.find(piece, max(0, pos - len(piece)))
    end = start + len(piece)
    # a live-blog entry holds several sentences: "|1-0| LSK verliest met 1-0 van Knokke.
    # Hiermee ..." ends at its full stop
    for stop in re.finditer(r"(?<![a-z]\.[a-z])(?<!\bst)[.!?|]\s", folded[start:end]):
        at = start + stop.start()
        if at < pos:
            start = start + stop.end()
        elif at > pos:
            end = at
            break
    words = "|".join(re.escape(w) for w in sorted(coordinators, key=len, reverse=True))
    for cut in re.finditer(rf"\s(?:{words})\s", folded[start:end]):
        at = start + cut.start()
        if folded.count("(", start, at) > folded.count(")", start, at):
            continue  # "(buts de X et Y) et Bruges ...": the "et" inside the brackets joins names
        left = _any_between(starts, start, at)
        right = _any_between(starts, at, end)
        if left and right:
            if at <= pos:
                start = start + cut.end()
            else:
                end = at
                break
    return start, end


def _any_between(starts: list[int], lo: int, hi: int) -> bool:
    """A position of the sorted list in [lo, hi)."""
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def one_piece(text: str, tail: bool = False) -> str:
    """The part of a window that stays within one sentence piece ("1-0. Au score cumulé"
    ends at the period)."""
    parts = re.split(r"[.!?:]\s", text)
    return parts[-1] if tail else parts[0]


def player_stretch(clause: str, rel: int, later_names: list[int], prev_end: int) -> str:
    """A player's own stretch of a clause: from his comma piece (or the previous player's
    name) up to the next player's name. "Vanaken hit the crossbar ..., and Brugge got one
    back when Mitrovic pulled one back" judges Mitrovic without Vanaken's miss."""
    start = max([prev_end] + [m.end() for m in re.finditer(r"[,;]\s", clause)
                              if m.end() <= rel])
    if start == prev_end and prev_end:
        # "Kumordzi (84.) und Vossen (90.)": the minute right after the previous name is his
        mark = _MINUTE_MARK.match(clause, start)
        start = mark.end() if mark and mark.end() <= rel else start
    end = min([len(clause)] + [p for p in later_names if p > rel])
    return clause[start:end]


_MINUTE_MARK = re.compile(r"\s*\(\d{1,3}(?:\+\d{1,2})?\s*(?:\.|'|e|eme|min\.?)?\)|\s*\d{1,3}'")


def around_name(before: str, after: str) -> str:
    """The words around a name joined without it: "opende [Vanaken] de score" reads as
    "opende de score" (Dutch puts the subject after the verb)."""
    head = re.split(r"[,;:.]\s", before)[-1]
    return f"{head.rstrip()} {after.lstrip()}"


def leg_near(folded: str, pos: int, lexicon: Lexicon) -> int | None:
    """The leg named closest to `pos`, before or after it ("de heenwedstrijd met 3-2
    verloren", "victoire 1-2 au match aller"); a leg further away only when none is near."""
    hits = lexicon.legs.find(folded)
    if not hits:
        return None
    distance = [(h.start - pos if h.start >= pos else pos - h.end, h) for h in hits]
    near = min(distance, key=lambda dh: dh[0])
    return int(near[1].value)


def _words_before(lexicon: Lexicon, folded: str, mention: ClubMention) -> str:
    """The words before a club, its article and club-type abbreviation left out ("gegen
    den VV Sint-Truiden")."""
    words = folded[max(0, mention.start - 30):mention.start].rstrip().split()
    if words and words[-1] in lexicon.club_prefixes:
        words.pop()
    if words and words[-1] in lexicon.articles:
        words.pop()
    # "face à l'équipe d'Ostende", "tegen de ploeg van Lierse": the club's team is the club
    # (an elided marker is the full one: "d'" is "de")
    last = re.sub(r"'$", "e", words[-1]) if words else ""
    if last in lexicon.genitive_markers.values and len(words) >= 2 and \
            re.sub(r"^[a-z]'", "", words[-2]) in lexicon.club_nouns.values:
        del words[-2:]
        if words and words[-1] in lexicon.articles:
            words.pop()
    return " ".join(words)


def _after_win_verb(lexicon: Lexicon, before: str) -> bool:
    """"beat Union", "versloeg Kortrijk", "a battu Genk": a win verb right before."""
    return any(before.endswith(" " + h.phrase) or before == h.phrase
               for h in lexicon.transitive_win_verbs.find(before[-25:]))


def _owns_a_score(folded: str, mention: ClubMention) -> bool:
    """"Genk's 3-1 win", "Genk's 1-2 defeat": an English possessive before a score."""
    return bool(re.match(r"['’]s \d{1,2}\s?[-:]\s?\d{1,2}\b", folded[mention.end:]))


def is_object(lexicon: Lexicon, folded: str, mention: ClubMention) -> bool:
    """A club right after "tegen", "contre", "against"... is the object of the clause."""
    if _owns_a_score(folded, mention):
        return False  # "in Genk's 3-1 win": the owner of the result
    after = phrase_set(lexicon, "as_opponent_words").search(folded[mention.end:mention.end + 22])
    if after is not None and not folded[mention.end:mention.end + after.start].strip():
        return True  # "met La Louvière als tegenstander": named as the opponent
    before = _words_before(lexicon, folded, mention)
    if _after_win_verb(lexicon, before) or _after_pronoun_and_verb(lexicon, folded, mention):
        return True
    # "against title-holder Antwerp", "tegen amateurclub Heist": a word or two describing
    # the club may stand between "against" and it
    tail = before.split()[-3:]
    against = [i for i, w in enumerate(tail[:-1]) if w in lexicon.against_words.values]
    # (no stop between "against" and the club; a bracketed score before "against" is none:
    # "s'imposait 2:1 (1:0) gegen Rekordmeister Anderlecht")
    since = before[before.rfind(" " + tail[against[-1]] + " ") + 1:] if against else ""
    if against and not re.search(r"[,;:.()]", since) and \
            not any(w in lexicon.coordinators.values for w in tail[against[-1] + 1:]):
        return True
    # "after defeating holders Club Brugge", "versloeg titelverdediger Genk": a club noun
    # describing the club after the win verb
    words = before.split()
    if len(words) >= 2 and words[-1].rstrip("'") in lexicon.club_nouns.values and \
            _after_win_verb(lexicon, " ".join(words[:-1])):
        return True
    for w in lexicon.object_markers.values:
        if before.endswith(" " + w) or before == w:
            if w not in lexicon.genitive_markers.values:
                return True
            # "de zege van Essevee", "la victoire de Courtrai": the owner of the result;
            # "de spelers van Club Brugge": the club its people belong to
            head = before[:-len(w)].rstrip()
            last = head.split()[-1] if head.split() else ""
            if last in phrase_set(lexicon, "member_nouns").values:
                return False
            if last in phrase_set(lexicon, "opponent_after_verbs").values:
                return True  # "verloor van Lokeren": the opponent
            return not any(head.endswith(h.phrase) for h in
                           lexicon.win.find(head) + lexicon.lose.find(head))
    return described_after(lexicon, folded, mention.start) is not None


def _after_pronoun_and_verb(lexicon: Lexicon, folded: str, mention: ClubMention) -> bool:
    """"Het klopte zondag Anderlecht", "Sie besiegten am Sonntag Eupen": a pronoun opening
    the sentence is the subject of the result verb right after it, and a club named after
    that verb its object (not a subject put after the verb); so is a club after a win verb
    that a described subject opens ("Der Rekordmeister besiegte im Endspiel Eupen"), or
    after a win verb and a pronoun ("In de finale klopte het zondag Genk")."""
    words = folded[:mention.start].split()
    if len(words) < 2:
        return False
    rest = " ".join(words[1:])
    pronouns = phrase_set(lexicon, "club_subject_pronouns").values
    if words[0] in pronouns and \
            any(hit.start == 0 for family in (lexicon.win, lexicon.lose,
                                              lexicon.transitive_win_verbs)
                for hit in family.find(rest)):
        return True
    fillers = phrase_set(lexicon, "verb_fillers").values
    before = folded[:mention.start]
    for hit in lexicon.transitive_win_verbs.find(before):
        after = before[hit.end:].split()
        # (only adverbs between: "klopte het Genk van X Club Brugge" is an article)
        if len(after) >= 2 and after[0] in pronouns and all(w in fillers for w in after[1:]):
            return True  # "In de finale klopte het zondag Genk": the pronoun is the subject
    if words[0] in phrase_set(lexicon, "subject_articles").values and \
            not re.search(r"[,;:]", folded[:mention.start]):
        # "Der Rekordmeister besiegte im Endspiel X": a described subject, its verb, then
        # the club (a club among the subject's words is not asked about here: no words
        # stand before it)
        verb = lexicon.transitive_win_verbs.search(rest)
        return verb is not None and len(rest[:verb.start].split()) <= 8
    return False


def described_after(lexicon: Lexicon, folded: str, start: int) -> str | None:
    """"op het veld van derdeklasser Wetteren", "op bezoek bij de Antwerpse buur
    Beerschot": a ground phrase of several words, then a short description of the
    club (at most three words, no punctuation); the phrase."""
    before = folded[max(0, start - 70):start]
    for phrase in (w for w in lexicon.at_club_words.values if " " in w):
        found = re.search(rf"(?:^|\s){re.escape(phrase)}(?:\s+[^\s,.;:!?()]+){{1,3}}\s*$",
                          before)
        if found:
            return phrase
    return None


def shifted(mention: ClubMention, start: int) -> ClubMention:
    """The mention placed at `start` (its position inside a clause)."""
    return ClubMention(start, start + (mention.end - mention.start), mention.text, mention.kind,
                       mention.candidates, mention.province)


def subject_of(lexicon: Lexicon, lang: str, folded: str,
               named: list[tuple[ClubMention, str]]) -> str | None:
    """The club that is the subject among the clubs a clause names: the first that is not
    an object. In Dutch and German an opening phrase puts the verb before the subject
    ("Am Dienstag besiegte Eupen den KV Kortrijk", "Dinsdag versloeg Genk Kortrijk"): of
    two clubs after the verb, the first is the subject."""
    opener = _opening_apposition(lexicon, lang, folded, named)
    if opener is not None:
        return opener
    between = between_mentions(lexicon, folded, [m for m, _ in named])
    if between:
        # "zwischen Union und Mechelen gewannen die Gäste": the clubs of "between A and B"
        # name the match; neither is the one that acts
        named = [(m, c) for m, c in named if m not in between]
    if not named:
        return None
    ordered = sorted(named, key=lambda mc: mc[0].start)
    # "scored in Lierse's 3-0 win over Dessel": the club owning the result is its subject
    owners = [c for m, c in ordered if _owns_a_score(folded, m)
              and (lexicon.win.search(folded[m.end:m.end + 20]) or
                   lexicon.lose.search(folded[m.end:m.end + 20]))]
    if owners:
        return owners[0]
    if lang in lexicon.verb_second_languages and len({c for _, c in ordered}) >= 2:
        first, second = ordered[0], next(mc for mc in ordered if mc[1] != ordered[0][1])
        # (only a verb before the first club inverts: "gegen Cercle hat Genk gewonnen"
        # keeps Cercle the object)
        if _after_win_verb(lexicon, _words_before(lexicon, folded, first[0])) and \
                _object_after(lexicon, folded, first[0], second[0]):
            return first[1]
    return next((c for m, c in ordered if not is_object(lexicon, folded, m)), None)


def _opening_apposition(lexicon: Lexicon, lang: str, folded: str,
                        named: list[tuple[ClubMention, str]]) -> str | None:
    """"Vainqueur 4-1 de Lierse, Mons a ...", "Winnaar tegen Lierse, ging Mons ...": a
    sentence opened by a result noun, its opponent and a comma has its subject after the
    comma: the first club named there."""
    first = folded.lstrip().split(" ", 1)[0]
    if first not in phrase_set(lexicon, f"apposition_results:{lang}").values:
        return None
    comma = folded.find(", ")
    if comma < 0:
        return None
    after = [c for m, c in sorted(named, key=lambda mc: mc[0].start) if m.start > comma]
    before = {c for m, c in named if m.start < comma}
    return after[0] if after and after[0] not in before else None


def _object_after(lexicon: Lexicon, folded: str, first: ClubMention,
                  second: ClubMention) -> bool:
    """A short phrase without a break or a second clause stands between two clubs after
    one verb ("Eupen den KV Kortrijk", "Eupen vor eigenem Publikum den KV Kortrijk",
    "Genk met 2-0 Kortrijk")."""
    gap = folded[first.end:second.start]
    words = gap.split()
    return len(words) <= 6 and not re.search(r"[,;:.]", gap) and \
        not any(w in lexicon.coordinators.values for w in words)


def between_mentions(lexicon: Lexicon, folded: str, mentions: list[ClubMention]
                     ) -> tuple[ClubMention, ClubMention] | None:
    """"zwischen den beiden Zweitligisten Union und Mechelen", "le match entre Ostende et
    Gand": two clubs joined by "and" after a between word, home first."""
    named = sorted((m for m in mentions if m.kind == "alias"), key=lambda m: m.start)
    for m1, m2 in zip(named, named[1:], strict=False):
        joined = folded[m1.end:m2.start].split()
        if len(joined) != 1 or joined[0] not in lexicon.coordinators.values or \
                m1.candidates[0] == m2.candidates[0]:
            continue
        words = folded[max(0, m1.start - 45):m1.start].split()
        if any(w in lexicon.between_words.values for w in words[-5:]):
            return m1, m2
    return None
