"""Score tokens ("1-0", "3–2", "2:3", "0 - 1", "een 3-2-nederlaag") and minutes in a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from knowledge.lexicon import Lexicon, default_lexicon, numbered, phrase_set

# Digits with a hyphen or colon (dashes are unified to "-" by text.clean); a trailing
# "-nederlaag" or "-zege" may be glued on; no year, date or time around it.
_SCORE = re.compile(r"(?<![\w./:+-])(\d{1,2}) ?([-:]) ?(\d{1,2})(?!\d|/|-\d|\.\d|:\d)")


@dataclass(frozen=True)
class ScoreToken:
    start: int
    end: int
    first: int
    second: int

    @property
    def text(self) -> str:
        return f"{self.first}-{self.second}"


# French writes a score in words too: "par 2 a 1", "2 buts a 1", "sur le score de 3 a 0",
# a shoot-out "5 tirs au but a 4" (folded: no accents); a bare "2 a 1" is left out ("de 2 a
# 3 semaines").
_WORDED = re.compile(r"(?:(?<=\bpar )|(?<=\bscore de )|(?<=\bscore: )|(?<=\bscore : ))"
                     r"(\d{1,2}) a (\d{1,2})(?![\d\w])"
                     r"|(?<![\w.])(\d{1,2}) buts? a (\d{1,2})(?![\d\w])"
                     r"|(?<![\w.])(\d{1,2}) (?:tirs au buts?|penalties|penaltys) a (\d{1,2})"
                     r"(?![\d\w])")


def find_scores(folded: str) -> list[ScoreToken]:
    """Score-like tokens in folded text; times like 21:47, big numbers and seasons written
    short ("la saison 08-09", "seizoen 12-13") are left out."""
    out = []
    for m in _SCORE.finditer(folded):
        a, sep, b = int(m.group(1)), m.group(2), int(m.group(3))
        if a > 15 or b > 15 or short_season_at(folded, m.start()):
            continue
        if sep == ":" and (len(m.group(3)) == 2 and m.group(3).startswith("0") or a > 12):
            continue
        out.append(ScoreToken(m.start(), m.end(), a, b))
    if " a " in folded:
        for m in _WORDED.finditer(folded):
            a, b = (int(x) for x in next(m.group(i, i + 1) for i in (1, 3, 5) if m.group(i)))
            if a <= 15 and b <= 15:
                out.append(ScoreToken(m.start(), m.end(), a, b))
        out.sort(key=lambda t: t.start)
    return out


# two digits, then the next two: "84-85", "08/09"
_SHORT_SEASON = re.compile(r"(\d\d) ?[-/] ?(\d\d)(?!\d)")


@cache
def _season_noun_before() -> re.Pattern[str]:
    nouns = sorted(phrase_set(default_lexicon(), "season_nouns").values, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\s+$")


def short_season_at(folded: str, at: int) -> int | None:
    """The last two digits of the year of the final of a season written short at `at`,
    right after a season noun ("la saison 84-85": 85; "seizoen 08-09": 9)."""
    m = _SHORT_SEASON.match(folded, at)
    if m is None or (int(m.group(1)) + 1) % 100 != int(m.group(2)) or \
            not _season_noun_before().search(folded[max(0, at - 16):at]):
        return None
    return int(m.group(2))


def short_seasons(folded: str, now: int) -> list[tuple[int, int]]:
    """(position, year of the final) of each season a text writes short after its noun, in
    the latest century that does not put it after the year `now`."""
    out = []
    for m in _SHORT_SEASON.finditer(folded):
        ends = short_season_at(folded, m.start())
        if ends is not None:
            year = now - now % 100 + ends
            out.append((m.start(), year if year <= now else year - 100))
    return out


def same_score_told(folded: str, lexicon: Lexicon, earlier: str) -> str:
    """"Anderlecht a éliminé le Cercle sur le même score": the words of a result told by
    the score told just before (in this sentence, else in `earlier`, the sentence before)
    are that score, in their place (the text keeps its length: what was found in it stays
    where it was). Only beside a result verb, and only when one score stands before: with
    two, which one is meant is a guess."""
    for hit in reversed(phrase_set(lexicon, "same_score_words").find(folded)):
        before = find_scores(folded[:hit.start]) or find_scores(earlier)
        clause = re.split(r"[,;:]\s", folded[:hit.start])[-1]
        if len(before) != 1 or not (lexicon.win.search(clause) or lexicon.lose.search(clause)
                                    or lexicon.draw.search(clause)):
            continue
        score = before[0].text.rjust(hit.end - hit.start)
        folded = folded[:hit.start] + score + folded[hit.end:]
    return folded


def goalless_told(folded: str, lexicon: Lexicon) -> str:
    """"After a goalless draw", "un partage vierge": a level result told without digits is
    0-0, written in place of the word that says no goal (the text keeps its length)."""
    words = phrase_set(lexicon, "goalless_words")
    still = phrase_set(lexicon, "still_words")
    for hit in reversed(phrase_set(lexicon, "goalless_results").find(folded)):
        if still.search(folded[max(0, hit.start - 12):hit.start]):
            continue  # "quand le marquoir restait encore nul et vierge": not yet the result
        word = words.search(folded[hit.start:hit.end])
        if word is not None and word.end - word.start >= 3:
            at, end = hit.start + word.start, hit.start + word.end
            folded = folded[:at] + "0-0".rjust(end - at) + folded[end:]
    return folded


def find_minutes(folded: str, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """(position, minute) of every exact minute in a sentence; stoppage time adds up
    (45+2 -> 47)."""
    found: list[tuple[int, int]] = []
    for pattern in (lexicon or default_lexicon()).minute_patterns:
        for m in pattern.finditer(folded):
            minute = int(m.group(1))
            extra = m.group(2) if m.lastindex and m.lastindex >= 2 else None
            if extra:
                minute += int(extra)
            if 1 <= minute <= 130:
                found.append((m.start(), minute))
    # "(45+2')" matches two patterns: one minute per place
    out: list[tuple[int, int]] = []
    for pos, minute in sorted(set(found)):
        if not out or pos - out[-1][0] > 4:
            out.append((pos, minute))
    return out


def stoppage_time(folded: str, pos: int) -> str | None:
    """The vague time of a stoppage-time minute found at `pos` ("45+2'": "first half",
    "90+3'": "late"), None for a minute of play: 90+3 is no 93rd minute of extra time,
    and a minute number cannot say which it is."""
    # (a minute's mark may stand before the plus: "120e+2", "90'+3", "90.+1")
    found = re.search(r"(\d{1,3})(?:e|'|\.|\u2019)?\s*\+\s*\d{1,2}", folded[pos:pos + 16])
    if found is None:
        return None
    return "first half" if int(found.group(1)) <= 45 else "late"


def vague_time(folded: str, lexicon: Lexicon) -> str | None:
    """A vague time ("early", "first half") stated in the text, else None."""
    hit = lexicon.vague_times.search(folded)
    return str(hit.value) if hit else None


# a year inside a date in digits ("26/03/2018") is not named as a year
_YEAR = re.compile(r"(?<![\d/.-])(?:18[89]\d|19\d\d|20\d\d)(?!\d)")


@cache
def _count_noun_after() -> re.Pattern[str]:
    nouns = sorted(phrase_set(default_lexicon(), "count_nouns").values, key=len, reverse=True)
    return re.compile(r"\s?(?:" + "|".join(map(re.escape, nouns)) + r")\b")


def year_matches(folded: str) -> list[re.Match[str]]:
    """Four-digit years 1890-2099 in a text, with where they stand; a number counting
    things ("environ 2000 supporters", "1900 toeschouwers") is no year."""
    counted = _count_noun_after()
    return [m for m in _YEAR.finditer(folded) if not counted.match(folded, m.end())]


def years(folded: str) -> list[int]:
    """Four-digit years 1890-2099 in a text."""
    return [int(m.group(0)) for m in year_matches(folded)]



# "(heen 3-5 februari)": a range of days, not a score
_DAY_RANGE = re.compile(r"\s*([a-z]+)")
# "(1-0, 48e)", "(0-1, 77')": a running score with the minute of its goal
_WITH_MINUTE = re.compile(r"\s*,\s*\d{1,3}(?:\+\d{1,2})?\s*(?:e|eme|'|\.|min|minute)?\s*\)")


# "(73e, 1-2)", "(88', 2-1)": the minute first
_MINUTE_FIRST = re.compile(r"\(\s*\d{1,3}(?:\+\d{1,2})?\s*(?:e|eme|'|\.|min)?\s*,?\s*$")


# "Anderlecht - Dender 3:0" alone on its line: a round-up's result line (names without
# digits either side of a dash, then the score, perhaps a note in brackets)
_NAMES = r"[^\W\d][^\d:;,.!?()|]*?"
_RESULT_LINE = re.compile(rf"\s*{_NAMES}\s[-/]\s{_NAMES}\s*:?\s*")
_LINE_END = re.compile(r"\s*(?:\([^()]*\))?\s*[.!]?\s*")


def score_shape(folded: str, token: ScoreToken, lexicon: Lexicon) -> str | None:
    """What the form around a score token says it is, when the form decides: "not a score"
    (a range of days before a month), "result line" (a line of two names and the score
    alone), "half-time" (in brackets after another score, or right after a half-time
    word), "aggregate" (in brackets after a smaller score: both legs together), "running"
    (the score of a goal: with its minute in brackets, or "de 0-1 van X", "1-0 par X"; or
    the state of play the words after it put at the break), "leg result" (named by the leg
    right after it: "le 0-2 de l'aller"); else None."""
    if _RESULT_LINE.fullmatch(folded[:token.start]) and _LINE_END.fullmatch(folded[token.end:]):
        return "result line"
    after = folded[token.end:token.end + 40]
    word = _DAY_RANGE.match(after)
    if word and word.group(1) in lexicon.months:
        return "not a score"
    before = folded[max(0, token.start - 30):token.start]
    if _one_of_alternatives(lexicon, before, after):
        return "not a score"  # "zoals 2-0 of 3-1", "1:0 oder 2:1": a guess, not a result
    if before.endswith("(") and find_scores(before[:-1].rstrip()[-7:]) and \
            before[:-1].rstrip()[-1:].isdecimal() and \
            not lexicon.shootout_words.search(after.split(")")[0]):
        # (not "2-2 (4-5 na strafschoppen)": a shoot-out's kicks)
        told = find_scores(before[:-1].rstrip()[-7:])[-1]
        if token.first >= told.first and token.second >= told.second and \
                token.first + token.second > told.first + told.second:
            return "aggregate"  # "mit 1:0 (4:1)": more goals than the result, both legs
        return "half-time"
    if lexicon.halftime_words.search(before[-22:]) and not lexicon.result_words.search(
            before[-22:]):
        return "half-time"
    if _time_of_play(lexicon).search(before[-30:]):
        return "not a score"  # "na een half uur stond het al 2-0": the state of play, no result
    near = phrase_set(lexicon, "near_score_words").find(before)
    if near and not before[near[-1].end:].strip() and not any(
            w in phrase_set(lexicon, "near_score_not_after").values
            for w in before[:near[-1].start].split()[-1:]):
        return "not a score"  # "dicht bij de 2-0", "close to a 2-0": nearly, not reached
    if _break_after(lexicon, after):
        return "running"  # "1-1 bij de rust": the state of play at the break
    if before.endswith("(") and _WITH_MINUTE.match(after) or _MINUTE_FIRST.search(before):
        return "running"
    if before.rstrip().endswith("|") and after.lstrip().startswith("|"):
        return "running"  # "90+6' |1-0| ...": a live blog's score stamp
    if noun_after(lexicon, after, "lead_nouns") and not lexicon.legs.search(after[:60]):
        return "running"  # "een 1-2 voorsprong (weggeven)", "a 2-0 lead": play, no result
    if after.startswith("-") or lexicon.result_words.search(after[:14]):
        return None  # "de 4-1-zege", "la 2-0 victoire": a result named by its score
    leg = lexicon.legs.search(after[:25])
    if leg is not None and len(after[:leg.start].split()) <= 2 and \
            not re.search(r"[,;.:]", after[:leg.start]):
        return "leg result"  # "na de 0-2 uit de heenmatch", "le 0-2 de l'aller"
    if lexicon.running_verbs.search(before[-16:]):
        return "running"  # "Mitrovic maakte 1-1", "made it 2-1"
    tail = before.rstrip().split()[-1:] if before.strip() else []
    first = after.split()[:1]
    # "met 2-1 van Standard winnen" is a result; "1-0 van Vanaken", "2-1 par X" a goal
    words = before.rstrip().split()
    named = set(words[-4:-1]) & set(lexicon.data.get("score_nouns") or [])
    if tail and tail[0] in lexicon.running_articles and not named:
        # not "sur le score (sévère, sans appel) de 5-0": a score named, not a goal's
        return "running"
    if first and first[0] in lexicon.agent_words.values and \
            not (tail and tail[0] in lexicon.score_prepositions) and \
            not _result_told(folded, token, lexicon):
        return "running"
    return None


def noun_after(lexicon: Lexicon, after: str, family: str) -> bool:
    """A noun of a language.yaml family right after a score, glued or not: a lead ("1-2
    voorsprong", "2:0-Führung", `lead_nouns`), a deficit ("0-2-achterstand", `deficit_nouns`)."""
    first = after.lstrip(" -").split(maxsplit=1)[:1]
    return bool(first) and first[0].strip(".,;:!?)") in phrase_set(lexicon, family).values


@cache
def _time_of_play(lexicon: Lexicon) -> re.Pattern[str]:
    """language.yaml `time_of_play_words` of every language as one pattern, {n} a number in
    digits or a word."""
    phrases = [p for ps in lexicon.data["time_of_play_words"].values() for p in ps]
    return re.compile(r"\b(?:" + "|".join(numbered(p) for p in phrases) + r")\b")


def _one_of_alternatives(lexicon: Lexicon, before: str, after: str) -> bool:
    """The score and another are joined by "of", "ou", "or", "oder", "/": options."""
    options = lexicon.data["alternative_words"]
    following = after.split(maxsplit=1)
    if len(following) == 2 and following[0] in options and find_scores(following[1][:6]) \
            and find_scores(following[1][:6])[0].start == 0:
        return True
    words = before.split()
    return len(words) >= 2 and words[-1] in options and bool(find_scores(words[-2]))


def _break_after(lexicon: Lexicon, after: str) -> bool:
    """"1-0, c'est ainsi que se termina le premier acte": the words right after a score (up to
    the next punctuation or score) name the break, and no win, loss or goal is told there."""
    piece = re.split(r"[.,;:()!?]|\d", after, maxsplit=1)[0]
    if not lexicon.halftime_words.search(piece):
        return False
    # (not "na de rust", "apres la pause": the second half)
    return not any(h.value == "second half" for h in lexicon.vague_times.find(piece)) and \
        not (lexicon.win.search(piece) or lexicon.lose.search(piece) or
             lexicon.running_words.search(piece))


def _result_told(folded: str, token: ScoreToken, lexicon: Lexicon) -> bool:
    """Result, win, loss or knock-out words in the sentence outside the score token ("ont
    été éliminés 0-1 par Courtrai": a result, not a goal by Courtrai; read only when
    the form leaves the question open: a scan of the whole sentence per score is what made
    a sentence of thousands of scores slow)."""
    told = folded[:token.start] + " " + folded[token.end:]
    return bool(lexicon.result_words.search(told) or lexicon.win.search(told)
                or lexicon.lose.search(told) or lexicon.eliminated_words.search(told))


def called_final(lexicon: Lexicon, folded: str, token: ScoreToken) -> bool:
    """A goal's score named the final one right after it ("de 1-3 eindstand", "de
    2-0-eindscore", "(0-3, score final)")."""
    after = re.match(r"[\s-]*(?:,\s*)?", folded[token.end:])
    rest = folded[token.end + after.end():]
    return _opening_phrase(rest, phrase_set(lexicon, "final_score_nouns").values) is not None


def held_to_the_end(lexicon: Lexicon, folded: str, token: ScoreToken) -> bool:
    """A score said to be held to the end right after it ("hield de 1-0 vast", "a tenu le
    1-0 jusqu'au bout"), not only to the break ("hield de 0-0 vast tot de rust")."""
    rest = folded[token.end:].lstrip(" -")
    words = _opening_phrase(rest, phrase_set(lexicon, "held_to_the_end").values)
    return words is not None and not phrase_set(lexicon, "halftime_words").search(
        rest[len(words):len(words) + 25])


def _opening_phrase(text: str, phrases: Iterable[str]) -> str | None:
    """The first of `phrases` that `text` opens with, as whole words."""
    return next((p for p in phrases
                 if text.startswith(p) and not text[len(p):len(p) + 1].isalnum()), None)
