"""People in a report: capitalised name sequences, surnames linked to full names, roles."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from knowledge.extract.persons import common_word
from knowledge.lexicon import Lexicon
from knowledge.text import fold

# a word; "d'Ito", "l'Union" and "qu'Avenatti" read from the capital on (an elided article
# or conjunction is no part of it); a hashtag or handle ("#USGPIR", "@Club") is no word
_TOKEN = re.compile(r"(?:(?<=\b[dl]')|(?<=qu')|(?<![\w'#@]))(?![dl]'[A-Z\u00C0-\u00DE])"
                    r"(?!qu'[A-Z\u00C0-\u00DE])"
                    r"[A-Za-z\u00C0-\u024F][\w'\u00C0-\u024F]*(?:-[\w\u00C0-\u024F]+)*")


@dataclass(frozen=True)
class NameMention:
    start: int
    end: int
    name: str  # as written ("Seck", "Ibrahima Seck")
    role: str | None = None  # from a role word right before the name
    role_club_text: str | None = None  # "Genk" in "Genk-coach Philippe Clement"


_OPEN_QUOTES = frozenset("«“„\"'‘‹")
_CLOSE_QUOTES = frozenset("»”\"'’›")


def find_names(sentence: str, lexicon: Lexicon, blocked: list[tuple[int, int]],
               lang: str = "nl") -> list[NameMention]:
    """Capitalised name sequences ("Ibrahima Seck", "Van den Bossche", "Edmilson Junior"),
    skipping spans in `blocked` (club and stadium mentions) and known non-name words. In a
    language that capitalises every noun (German), a word after an article is a noun."""
    tokens = list(_TOKEN.finditer(sentence))
    blocked = sorted(blocked)
    articles = lexicon.noun_articles.get(lang, set())
    prepositions = lexicon.noun_prepositions.get(lang, set())
    out: list[NameMention] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not _name_word(tok.group(0), lexicon) or _inside(tok.start(), tok.end(), blocked) \
                or i > 0 and fold(tokens[i - 1].group(0)) in articles \
                or _noun_of(sentence, tokens, i, articles, prepositions):
            i += 1
            continue
        j = i + 1
        end = tok.end()
        while j < len(tokens):
            nxt = tokens[j]
            gap = sentence[end:nxt.start()]
            if gap not in (" ", "-") or _inside(nxt.start(), nxt.end(), blocked):
                break
            word = nxt.group(0)
            # a capitalised word with accents continues a name even if it folds to a common
            # word ("Orlando Sá")
            if _name_word(word, lexicon) or word[:1].isupper() and fold(word) != word.lower():
                end = nxt.end()
                j += 1
                continue
            # particles: "Van den Bossche", "de Bruyne" (lower-case particle + capitalised word)
            k = j
            while k < len(tokens) and fold(tokens[k].group(0)) in lexicon.particles and \
                    sentence[tokens[k - 1].end():tokens[k].start()] == " ":
                k += 1
            if k == j + 1 < len(tokens) and fold(tokens[j].group(0)) in articles and \
                    common_word(tokens[k].group(0), lang):
                break  # "köpfte Mangala den Ball": an article and its noun, no "van den"
            # (not a club's nickname: "Somers de Vereniging" is Somers of Cercle)
            if k > j and k < len(tokens) and _name_word(tokens[k].group(0), lexicon) and \
                    sentence[tokens[k - 1].end():tokens[k].start()] == " " and \
                    not _inside(tokens[k].start(), tokens[k].end(), blocked):
                end = tokens[k].end()
                j = k + 1
                continue
            break
        start = tok.start()
        role, role_club = _role_before(sentence, start, lexicon)
        name = sentence[start:end]
        if " " not in name and sentence[:start].rstrip()[-1:] in _OPEN_QUOTES and \
                sentence[end:].lstrip()[:1] in _CLOSE_QUOTES:
            i = j
            continue  # "le « Topper » de dimanche": a word quoted as a term, not a person
        if re.search(r"'s?$", name) and sentence[end:end + 1] != "'":
            # "Sá Pinto's side": a possessive names the owner, never the one who acts
            i = j
            continue
        # A role word glued to a club ("Genk-coach") is not itself part of the name.
        if "-" in name.split(" ")[0]:
            prefix, _, rest = name.partition(" ")
            suffix_role = _role_suffix(prefix, lexicon)
            if suffix_role and rest:
                role, role_club = suffix_role, prefix.rsplit("-", 1)[0]
                start += len(prefix) + 1
                name = rest
        initial = re.search(r"(?:^|[\s(,;:])([A-Z]\.) $", sentence[:start])
        if initial and " " not in name:
            # "D. Gomez": the initial tells him apart from another Gomez named in full
            start = initial.start(1)
            name = sentence[start:end]
        out.append(NameMention(start, end, name, role, role_club))
        i = j
    return out


def _noun_of(sentence: str, tokens: list[re.Match], i: int, articles: set[str],
             prepositions: set[str]) -> bool:
    """"nach einem guten Pass von X": article, adjective, a capitalised word and "von" -
    a German noun and its "of", the name comes after them; "auf der linken
    Strafraumseite": a preposition, article and adjective before it make it a noun too."""
    if not articles or i < 2 or not tokens[i - 1].group(0).islower() or \
            fold(tokens[i - 2].group(0)) not in articles:
        return False
    return sentence[tokens[i].end():tokens[i].end() + 5] == " von " or \
        i >= 3 and fold(tokens[i - 3].group(0)) in prepositions


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Inside one of `spans` (sorted by start: only the last one starting before can hold
    it, club mentions do not nest)."""
    i = bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


# One letter three times in a row: no name in the four languages has it.
_DRAWN_OUT = re.compile(r"([a-z])\1\1")


def _name_word(word: str, lexicon: Lexicon) -> bool:
    if not word[:1].isupper():
        return False
    folded = fold(word)
    # short month abbreviations ("Jan", "Mai") are common first names
    month = folded in lexicon.months and len(folded) > 4
    if folded in lexicon.not_name_words or month or \
            folded in lexicon.numbers or folded in lexicon.ordinals:
        return False
    if folded in lexicon.weekdays.values or _DRAWN_OUT.search(folded):
        return False  # (a shout drawn out, "GOOOAAAL", "Buuut", is no name)
    return not (word.isupper() and len(word) <= 4)  # KVK, STVV, VAR: abbreviations, not people


def _role_suffix(word: str, lexicon: Lexicon) -> str | None:
    folded = fold(word)
    for role, suffixes in lexicon.club_role_suffixes.items():
        if any(folded.endswith(s) for s in suffixes):
            return role
    return None


def _role_before(sentence: str, start: int, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """The role word (and a club glued to it) just before a name: "doelman X", "Genk-coach X"."""
    # (only the words just before: folding the whole sentence for each name costs the
    # square of a long sentence)
    before = fold(sentence[max(0, start - 80):start]).rstrip()
    last = re.search(r"([\w'-]+)$", before)
    if not last:
        return None, None
    word = last.group(1)
    suffix_role = _role_suffix(word, lexicon)
    if suffix_role and "-" in word:
        return suffix_role, word.rsplit("-", 1)[0]
    tail = before[-40:]
    for hit in lexicon.roles.find(tail):
        if tail.endswith(hit.phrase):
            # "Genk defender Lukas Bauwens", "Antwerp goalkeeper X": the words before the role
            # may name the club (the caller checks them against the club list)
            words = tail[:hit.start].split()
            return str(hit.value), " ".join(words[-2:]) if words else None
    return None, None


def same_person(a: str, b: str) -> bool:
    """"Seck", "Ibrahima Seck" and "Innenverteidiger Ibrahima Seck" are one player: the same
    surname, and one name's words all in the other."""
    fa, fb = fold(a).split(), fold(b).split()
    return fa[-1:] == fb[-1:] and (set(fa) <= set(fb) or set(fb) <= set(fa))


class NameBook:
    """Full names seen in a report, so a later surname ("Seck") means "Ibrahima Seck"."""

    def __init__(self) -> None:
        self.full: dict[str, str] = {}  # folded surname -> full name

    def learn(self, name: str) -> None:
        parts = name.split()
        if len(parts) >= 2:
            self.full.setdefault(fold(parts[-1]), name)
            # "Van den Bossche": the surname is the particle group too
            self.full.setdefault(fold(" ".join(parts[1:])), name)

    def canonical(self, name: str) -> str:
        """The full name for a surname seen before in full, else the name as written."""
        if len(name.split()) >= 2:
            return name
        return self.full.get(fold(name), name)
