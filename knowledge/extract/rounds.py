"""Round, leg and season of the matches a report talks about."""

from __future__ import annotations

import re
from functools import cache

from knowledge.extract.clubs import ClubMention
from knowledge.extract.scores import find_scores, years
from knowledge.lexicon import Hit, Lexicon, numbered, phrase_set
from knowledge.model import ROUNDS
from knowledge.report import Sentence


def previous_round(round_name: str) -> str | None:
    """The round before a named one (None before the first, or for a round not in order)."""
    if round_name not in ROUNDS:
        return None
    i = ROUNDS.index(round_name)
    return ROUNDS[i - 1] if i > 0 else None


def round_hits(folded: str, lexicon: Lexicon, lead: str = "") -> list[tuple[Hit, bool]]:
    """Round names in a text, each with True when it names the NEXT round ("voor de finale",
    or in a sentence about what is still to come: "in de halve finale wacht Standard").
    `lead` is the text of the sentence before `folded`, when it is a piece of one."""
    out = []
    future = _future_told(folded, lexicon)
    not_rounds = lexicon.final_not_round.find(folded)
    for hit in lexicon.rounds.find(folded):
        if lexicon.other_cups.search(folded[hit.end:hit.end + 30]):
            continue  # "les quarts de finale de l'Europa League": another competition
        if any(n.start <= hit.start and hit.end <= n.end for n in not_rounds):
            continue  # "le score final", "the final whistle": no round
        if lexicon.legs.search(folded[hit.end:hit.end + 14]):
            # "in the quarter-final's first leg": a round with its leg is a match's round
            out.append((hit, False))
            continue
        if future and not _result_of_round(folded, hit, lexicon):
            out.append((hit, True))
            continue
        # "voor de finale", "through to the Belgian Cup final": a cue shortly before
        before = folded[max(0, hit.start - 28):hit.start]
        is_next = any(_governs(before[cue.end:], lexicon) for cue in
                      lexicon.next_round_cues.find(before) +
                      phrase_set(lexicon, "near_round_cues").find(before)) or \
            _qualified_for(lead + " " + folded[:hit.start], lexicon) or \
            _to_reach(folded, hit, lexicon) or \
            _stands_in(lexicon, lead + " " + folded[:hit.start]) or \
            _joined_in(folded[:hit.start], lexicon)
        if is_next and phrase_set(lexicon, "visit_verbs").search(
                re.split(r"[,.;:!?]", folded[:hit.start])[-1]) and \
                not lexicon.future_words.search(folded):
            is_next = False  # "reisde naar Lommel voor de achtste finales": the round played
        out.append((hit, is_next))
    return out


def _result_of_round(folded: str, hit: Hit, lexicon: Lexicon) -> bool:
    """"Na de 2-1-zege tegen X in de zestiende finales wacht Y nu Z": a score in the round's
    own clause, before it, with no word of what is to come yet, tells the round played."""
    before = folded[:hit.start]
    clause = re.split(r"[,;!?]|:\s", before)[-1]
    return bool(find_scores(clause)) and not _future_told(before, lexicon)


def _future_told(folded: str, lexicon: Lexicon) -> bool:
    """A word of what is still to come, not the result noun that shares its spelling: "a
    1-1 draw", "a goalless draw" is a match played, "the draw for the quarter-finals" is to
    come."""
    return any(not match_drawn(folded, hit, lexicon) for hit in lexicon.future_words.find(folded))


def cup_draw_told(folded: str, lexicon: Lexicon) -> bool:
    """The text tells the cup's draw ("de loting", "le tirage", "the draw"), not a match
    drawn ("after a 1-1 draw")."""
    return any(not match_drawn(folded, hit, lexicon)
               for hit in phrase_set(lexicon, "draw_words").find(folded))


def match_drawn(folded: str, hit: Hit, lexicon: Lexicon) -> bool:
    """A draw word that names a match drawn ("a 1-1 draw", "a goalless draw"), not the
    cup's draw."""
    before = folded[max(0, hit.start - 14):hit.start]
    return hit.phrase in lexicon.draw.values and bool(
        find_scores(before) or phrase_set(lexicon, "result_draw_before").search(before))


def _joined_in(before_round: str, lexicon: Lexicon) -> bool:
    """"Lierse a rejoint mardi Genk en quarts": "en" right before the round, with a verb of
    joining earlier in the sentence."""
    if not before_round.endswith(" en "):
        return False
    sentence = re.split(r"[.;!?]\s", before_round)[-1]
    return phrase_set(lexicon, "reach_verbs_before_en").search(sentence) is not None


def _governs(between: str, lexicon: Lexicon) -> bool:
    """A cue governs the round after it unless another preposition stands between them
    ("voor Lokeren in de kwartfinale": "in" governs it)."""
    prepositions = phrase_set(lexicon, "round_prepositions")
    return not any(w in prepositions for w in between.split())


def _to_reach(folded: str, hit: Hit, lexicon: Lexicon) -> bool:
    """"de kans om de eindstrijd van de beker te bereiken": a verb of reaching after the
    round in the same piece of the sentence."""
    after = re.split(r"[,.;:!?()]", folded[hit.end:hit.end + 50])[0]
    return phrase_set(lexicon, "next_round_after").search(after) is not None


def _qualified_for(before_round: str, lexicon: Lexicon) -> bool:
    """"s'est qualifié mardi soir pour les quarts", "s'est qualifié 3-1 pour les quarts": a
    round right after "pour les" in a clause that says a club went through (the words
    before the score included) is the next round."""
    before = before_round[-70:]
    cue = phrase_set(lexicon, "qualified_for_cues").search(before[-12:])
    if cue is None or not before.endswith(cue.phrase + " "):
        return False
    clause = re.split(r"[.;!?]", before)[-1]
    return lexicon.qualified_words.search(clause) is not None


def _stands_in(lexicon: Lexicon, before_round: str) -> bool:
    """"Eupen steht nach einem 3:1-Sieg gegen Lüttich im Halbfinale": "im"/"in de"
    (or "in einem", "im Pokal-") right before the round, and a verb of standing earlier in
    the sentence."""
    before = before_round.split()
    if before and before[-1].endswith("-"):
        before = before[:-1]  # "im Pokal-Halbfinale": the round in a compound
    if len(before) >= 2 and before[-2] == "in" and \
            before[-1] in phrase_set(lexicon, "standing_articles").values:
        before = before[:-1]  # "in einem Halbfinale", "in een halve finale"
    return bool(before) and before[-1] in phrase_set(lexicon, "standing_before_round").values and \
        lexicon.standing_verbs.search(" ".join(before[-14:-1])) is not None


def ordinal(lexicon: Lexicon, word: str) -> int | None:
    """"vijfde", "quatrieme", or an ordinal in digits ("4e", "5th", "8ste")."""
    word = word.strip(".,;:!?()")
    if word in lexicon.ordinals:
        return lexicon.ordinals[word]
    digits = word.rstrip("abcdefghijklmnopqrstuvwxyz")
    if digits.isdecimal() and len(digits) <= 2 and \
            word[len(digits):] in lexicon.data["ordinal_suffixes"]:
        return int(digits)
    return None


def numbered_round(folded: str, lexicon: Lexicon) -> bool:
    """"Sixth round", "in de zesde ronde", "au 6e tour", "6. Runde": an early round told by its
    number, which no round name of the cup covers (the match's round is unknown, not the
    report's)."""
    nouns = phrase_set(lexicon, "round_nouns").values
    words = folded.split()
    # (German writes an ordinal in digits with a dot: "6. Runde")
    return any(w.strip(",.;:()") in nouns and (
        ordinal(lexicon, before) is not None or re.fullmatch(r"\d{1,2}\.", before))
        for before, w in zip(words, words[1:], strict=False))


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
            if _of_another_season(folded, hit, lexicon):
                continue  # "na de achtste finales van vorig seizoen": not this report's
            is_next = is_next or i == 0 and _reached_in_headline(folded, hit, lexicon)
            name = previous_round(str(hit.value)) if is_next else str(hit.value)
            if name:
                votes[name] = votes.get(name, 0) + weight
        future = lexicon.future_words.search(folded) is not None
        for hit in lexicon.round_reached.find(folded):
            if lexicon.other_cups.search(folded[hit.end:hit.end + 30]):
                continue  # "der Viertelfinalist der Europa League": another competition
            if _of_another_season(folded, hit, lexicon):
                continue  # "finaliste l'an dernier", "finaliste en 2024": described by the past
            # "de vierde halvefinalist": the report's match was the round before; "one of
            # the finalists will be ...": the semi-finals are still to come
            name: str | None = str(hit.value)
            if future and name:
                name = previous_round(name)
            if name:
                votes[name] = votes.get(name, 0) + weight
    for name in _drawn_rounds(sentences, lexicon):
        # a report on a draw ("de loting voor de kwartfinales") tells the results of the
        # round before the one drawn: the drawn round's votes are that round's
        earlier = previous_round(name)
        if name in votes and earlier:
            votes[earlier] = votes.get(earlier, 0) + votes.pop(name)
    if votes:
        return max(votes, key=lambda r: (votes[r], ROUNDS.index(r)))
    if any(lexicon.legs.search(t) for t in sentences) and two_legged:
        return two_legged[-1]
    return None


def _of_another_season(folded: str, hit: Hit, lexicon: Lexicon) -> bool:
    """A round (or its finalist) that the words right after it date to another season: "de
    achtste finales van vorig seizoen", "finaliste en 2024"."""
    return bool(lexicon.last_season_words.search(folded[hit.end:hit.end + 20]) or
                years(folded[hit.end:hit.end + 12]))


def _reached_in_headline(folded: str, hit: Hit, lexicon: Lexicon) -> bool:
    """"Coupe : Genk et Lierse en quarts": a headline (short, without a full
    stop) with no score and no result verb names the round its clubs reached."""
    if len(folded.split()) > 14 or folded.rstrip().endswith(".") or find_scores(folded) or \
            lexicon.win.search(folded) or lexicon.lose.search(folded):
        return False
    before = folded[:hit.start].split()
    cues = phrase_set(lexicon, "headline_reached_cues").values
    return bool(before) and any(" ".join(before[-len(c.split()):]) == c for c in cues)


def _drawn_rounds(sentences: list[str], lexicon: Lexicon) -> set[str]:
    """The rounds a report's lead says were drawn ("de loting voor de kwartfinales", "le
    tirage au sort des demi-finales")."""
    return {str(hit.value) for folded in sentences[:2] if cup_draw_told(folded, lexicon)
            for hit in lexicon.rounds.find(folded)}


def leg_in(folded: str, lexicon: Lexicon) -> int | None:
    """The leg a clause names (1 or 2), or None."""
    hit = lexicon.legs.search(folded)
    return int(hit.value) if hit else None


def leg_told(folded: str, lexicon: Lexicon) -> int | None:
    """The leg a lead clause is about: the leg it names, or the other one when it gives that
    leg's result as the reason for this one (a reason word, then a score, then the leg:
    "genoeg, na de 3-1-zege in de heenwedstrijd", "fort de son 3-0 au match aller")."""
    hit = lexicon.legs.search(folded)
    if hit is None:
        return None
    if lexicon.last_week_words.search(folded[hit.end:hit.end + 40]):
        # "die Niederlage im Hinspiel letzte Woche": that leg was played before
        return 3 - int(hit.value)
    reason = lexicon.reason_words.search(folded)
    if reason and reason.start < hit.start and any(
            reason.end <= t.start < hit.start for t in find_scores(folded)):
        return 3 - int(hit.value)
    return int(hit.value)


def before_its_final(date: str | None) -> bool:
    """A date in the first half of a season (July to December), before any final of it."""
    return bool(date) and len(date) >= 7 and date[5:7] in ("07", "08", "09", "10", "11", "12")


def season_before(season: str) -> str:
    """The season before "2020-21": "2019-20"."""
    return season_for_year(int(season[:4]))


def final_year_told(folded: str, year: int, months: dict[str, int]) -> int:
    """The year of the final of the season a text dates by `year`: a month from August on
    before the year starts the next season ("in september 2018": the 2018-19 cup)."""
    for m in re.finditer(str(year), folded):
        words = folded[:m.start()].split()
        if words and months.get(words[-1], 0) >= 8:
            return year + 1
    return year


# "2012-2013", "2012-13", "saison 2012/2013": a season written out
WRITTEN_SEASON = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?[-/]\s?((?:19|20)?\d\d)(?!\d)")


def season_written(m: re.Match[str]) -> str | None:
    """The season a pair of years written out names ("2012-2013": "2012-13"), when the
    second year follows the first."""
    first, second = int(m.group(1)), int(m.group(2)[-2:])
    return f"{first}-{second:02d}" if (first + 1) % 100 == second else None


def season_for_year(year: int) -> str:
    """A cup final or cup named by its year Y belongs to season (Y-1)-Y."""
    return f"{year - 1}-{year % 100:02d}"


def past_final(lexicon: Lexicon, sentences: list[Sentence], sentence: Sentence) -> bool:
    """Sentences about a club's finals or cups won ("hun drie eerdere bekerfinales ... De
    laatste dateert van 2005, toen versloeg Lokeren Standard met 2-1"): a past result they date by
    its year, with no round of its own, is a final when they name finals and cups won more
    often than other rounds ("na de halve finale tegen Anderlecht won Genk in 2013 ..." is
    not). A heading ("1987: Mechelen - Luik 1-0") is told by the paragraph under it. Not in
    a list of results ("en 2001 (succès 3-1 face à X) et 2003 (revers 0-2 face à Y)"),
    whose clubs are too easily paired wrong for a final to rest on."""
    if len(find_scores(sentence.folded)) > 1:
        return False
    finals, others = _round_talk(lexicon, _context(sentences, sentence))
    return finals > others


def looked_back_final(lexicon: Lexicon, sentences: list[Sentence]) -> bool:
    """A piece that looks back at a cup won ("we blikken terug op de vier vorige
    bekertriomfen"): its lead names cups won and finals more often than other rounds, so
    the result it retells without a round is the final."""
    finals, others = _round_talk(lexicon, [s.folded for s in sentences[:5]])
    return finals > others


def _round_talk(lexicon: Lexicon, texts: list[str]) -> tuple[int, int]:
    """How often texts name finals and cups won, and other rounds."""
    finals = others = 0
    for folded in texts:
        others += sum(hit.value != "final" for hit in lexicon.rounds.find(folded))
        finals += len(lexicon.final_nouns.find(folded) + lexicon.cup_win_words.find(folded) +
                      phrase_set(lexicon, "cup_won_nouns").find(folded))
    return finals, others


def heading_round(lexicon: Lexicon, sentences: list[Sentence], sentence: Sentence,
                  mentions: list[list[ClubMention]]) -> str | None:
    """A heading result with no round of its own ("AA Gent - Beerschot 3-0") is of the one
    round the first sentence under it names ("In de kwartfinale was het snel beslist"), unless
    that sentence looks back ("Genk had in de halve finale Club geklopt", "Na de halve
    finale ...") or sums up a list of results (it names more clubs than a match has)."""
    if not _is_heading(sentences, sentence):
        return None
    under = next((s for s in sentences[sentence.index + 1:sentence.index + 4]
                  if s.paragraph > sentence.paragraph), None)
    if under is None or lexicon.background_words.search(under.folded) or \
            len({(m.candidates or (m.text,))[0] for m in mentions[under.index]}) > 2:
        return None
    # "Na de halve finale tegen Genk ...": a round named as what came before
    named = {str(hit.value) for hit, is_next in round_hits(under.folded, lexicon)
             if not is_next and not lexicon.reason_words.search(under.folded[:hit.start])}
    return named.pop() if len(named) == 1 else None


def _is_heading(sentences: list[Sentence], sentence: Sentence) -> bool:
    """A paragraph of one short line."""
    i = sentence.index
    return len(sentence.text) < 120 and \
        all(s.paragraph != sentence.paragraph for s in sentences[i + 1:i + 2]) and \
        all(s.paragraph != sentence.paragraph for s in sentences[max(0, i - 1):i])


def _context(sentences: list[Sentence], sentence: Sentence) -> list[str]:
    """The sentence with the ones before it in its paragraph; for a heading (a paragraph of
    one short line), the first sentences of the paragraph under it."""
    i = sentence.index
    own = [s for s in sentences[max(0, i - 3):i + 1] if s.paragraph == sentence.paragraph]
    if _is_heading(sentences, sentence):
        under = [s for s in sentences[i + 1:i + 8] if s.paragraph > sentence.paragraph]
        own += [s for s in under if s.paragraph == under[0].paragraph][:3] if under else []
    return [s.folded for s in own]


def years_ago(lex: Lexicon, lang: str | None, before: str, key: str = "years_ago") -> int | None:
    """How many years back the words before a score in its clause put it ("drie jaar
    geleden", "il y a 3 ans", "vor zwei Jahren"), or None; with `key` "years_later", how
    many years after a year told before ("deux ans plus tard")."""
    for pattern in _years_ago_patterns(lex, lang or "", key):
        told = list(pattern.finditer(before))
        if told:
            n = told[-1].group(1)
            value = int(n) if n.isdigit() else lex.numbers.get(n)
            if value and 1 <= value <= 60:
                return value
    return None


@cache
def _years_ago_patterns(lex: Lexicon, lang: str, key: str) -> tuple[re.Pattern[str], ...]:
    """language.yaml `years_ago` (or `years_later`) of one language as patterns, {n} a
    number or its word."""
    return tuple(re.compile(r"\b" + numbered(p) + r"\b")
                 for p in (lex.data.get(key) or {}).get(lang, []))
