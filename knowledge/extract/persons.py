"""Is a capitalised word sequence a person? Reports open sentences with descriptions ("Bekerheld
Emond", "Blunder Vermeer"), call players by nationality or town ("de Senegalees", "le
Brugeois") and capitalise role nouns: none of those may ever become a scorer.

A word is a description when the language data lists it (descriptions, demonyms), when a
lower-case article stands before it alone ("de Deense", "le Brugeois"), when it is a common
word of the report's language that the other languages do not use (names travel, nouns do
not: `wordfreq` knows both), or when it is a compound of two common words of the language
("Bekerheld" = beker + held).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from wordfreq import zipf_frequency

from knowledge.lexicon import Lexicon, phrase_set
from knowledge.text import fold

LANGS = ("nl", "fr", "en", "de")
# Zipf frequency (log10 per billion words) above which a word is common in its language;
# a surname used as a word elsewhere scores above NAME_ABROAD in some other language.
COMMON = 3.0
NAME_ABROAD = 2.0
ELISIONS = ("l'", "d'")
# a word known in another report language too: a name that travels, not a local compound
TRAVELS = 1.0
COMPOUND_PART = 3.5
# the frequency from which a word of a language that capitalises nouns (language.yaml
# noun_articles: German) is a noun
CAPITALISED_NOUN = 3.0
# the frequency of the language's function words ("on", "in", "na", "op"): a sentence's
# first word capitalised, never a surname ("Long" and "Young" stay under it)
FUNCTION_WORD = 6.0
# ... and a lower bar for the word opening the sentence ("Cela n'a pas empêché ...")
OPENING_FUNCTION_WORD = 5.5
# a word opening the sentence this common in Dutch, French and English alike ("Exact",
# "Total"), and not a surname the report gives in full, is no name
COMMON_EVERYWHERE = 4.0
# a word this frequent somewhere is written on purpose, not misspelt: a place of its own
# ("Vorselaar" is no "Vosselaar"), where a slip ("Capellen") stays under it
WRITTEN_ON_PURPOSE = 2.0

@cache
def _zipf(word: str, lang: str) -> float:
    return zipf_frequency(word, lang)


@cache
def load_word_frequencies() -> None:
    """Load wordfreq's tables of the report languages (half a second, once per process)
    before a report's work starts, not halfway through the first report that needs them."""
    for lang in LANGS:
        _zipf("the", lang)

def _word_zipf(word: str, lang: str) -> float:
    """A word's frequency written with or without its accents: folding loses the umlaut
    German spells its words with ("Gehäuse" is common, "Gehause" is not a word)."""
    return max(_zipf(fold(word), lang), _zipf(word.lower(), lang))


def common_word(word: str, lang: str) -> bool:
    """A common word of `lang` ("Toekomst", "Jong"), not a rare name ("Heur")."""
    return lang in LANGS and _word_zipf(word, lang) >= COMMON


def local_common_word(word: str, lang: str, alone: bool = True,
                      nouns_capitalised: bool = False) -> bool:
    """A common word of `lang` that the other report languages hardly use ("invaller",
    "aanvoerder", "marocain"): a noun or adjective, not a name. German capitalises every
    noun, so there a common German word is a noun whatever other languages do."""
    if lang not in LANGS or _word_zipf(word, lang) < COMMON:
        return False
    if alone and nouns_capitalised and _word_zipf(word, lang) >= CAPITALISED_NOUN:
        return True  # a word alone; before a surname it may be a first name ("Thomas")
    return all(_zipf(fold(word), other) < NAME_ABROAD for other in LANGS if other != lang)

def word_of_its_language(word: str, lang: str) -> bool:
    """A word `lang` uses and no other report language knows ("Abstauber", a German tap-in):
    a surname, even one that is a word too ("Martinez", "Fuchs"), is known abroad."""
    return lang in LANGS and _word_zipf(word, lang) >= NAME_ABROAD and \
        all(_zipf(fold(word), other) < TRAVELS for other in LANGS if other != lang)


def compound_of_common(word: str, lang: str) -> bool:
    """A word made of two common words of `lang`, itself not known as a name that travels
    ("bekerheld", "matchwinner", "Foulelfmeter": a word of this language alone)."""
    folded = fold(word)
    # (no word of 40 letters is a name; and each split is a look-up)
    if lang not in LANGS or not 8 <= len(folded) <= 40:
        return False
    if _zipf(folded, lang) >= NAME_ABROAD and \
            any(_zipf(folded, other) >= TRAVELS for other in LANGS if other != lang):
        return False
    for cut in range(4, len(folded) - 3):
        head, tail = folded[:cut], folded[cut:]
        if _zipf(head, lang) >= COMPOUND_PART and _zipf(tail, lang) >= COMPOUND_PART:
            return True
    return False

def word_of_a_town(word: str, towns: frozenset[str], lexicon: Lexicon, lang: str) -> bool:
    """A club's town with an adjective ending or a common word glued on ("Genkse",
    "Kortrijkspelers"): a description of a club's people, never a name."""
    folded = fold(word)
    for cut in range(4, len(folded) - 1):
        if folded[:cut] in towns:
            tail = folded[cut:]
            if tail in lexicon.demonym_endings or \
                    len(tail) >= 4 and _zipf(tail, lang) >= COMPOUND_PART:
                return True
        elif folded[cut:] in lexicon.demonym_endings and any(
                part.startswith(folded[:cut]) and len(part) - cut <= 2
                for town in towns for part in town.split("-")):
            return True  # "Knokse", "Brugse": the town's last letters give way to the ending
    return False


_ABBREVIATION_DEMONYM = re.compile(r"[A-Z]{2,6}['\u2019](?:er|ers|ster|sters)")


def is_description(word: str, lexicon: Lexicon, lang: str, alone: bool = True) -> bool:
    """A capitalised word that describes someone instead of naming him (`alone`: the whole
    name, not a word before a surname)."""
    folded = fold(word)
    if _ABBREVIATION_DEMONYM.fullmatch(word):
        return True  # "KVO'er", "STVV'ers": a club's man, by its initials
    return (folded in lexicon.person_descriptions or folded in lexicon.demonyms
            or folded in lexicon.places
            or local_common_word(word, lang, alone, lang in lexicon.noun_articles)
            or lang in lexicon.noun_articles and word_of_its_language(word, lang)
            or compound_of_common(word, lang))

def person_name(name: str, before: str, lexicon: Lexicon, lang: str,
                known: set[str] = frozenset(),
                towns: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """(offset, name) of the person in a capitalised sequence, descriptions in front taken
    off; None when no person is left. `before` is the text before the sequence, `known` the
    folded surnames the report names in full elsewhere, `towns` the clubs' folded towns."""
    words = name.split(" ")
    offset = 0
    if all(fold(w) in lexicon.places for w in words) or _names_a_ground(words[-1], lexicon):
        return None  # "Bafana Bafana", "het Patrostadion": a team or a ground, also when
        # the report seems to name it in full
    if re.search(r"\u00a9\s*(?:[A-Z\u00C0-\u00DE][^\s\u00a9]*\s+){0,2}$", before):
        return None  # "© Jan Janssens", "©JAN JANSSENS": the photographer a caption credits
    if len(words) == 1 and fold(name) in phrase_set(lexicon, "club_nouns").values:
        return None  # "Tweedeklasser", "Promovendus": a club described, not a name
    if any(fold(w).startswith(lexicon.former_prefixes) for w in words):
        return None  # "Ex-Antwerp", "ex-Genk": a club someone played for, never a name
    if any(part[:1].islower() for w in words for part in w.split("-")[1:]):
        return None  # "OHL-defensie", "Genk-spits": a noun glued to a name
    parts = [fold(part) for w in words for part in w.split("-")]
    if len(parts) > 1 and all(p in phrase_set(lexicon, "colour_words").values for p in parts):
        return None  # "Purple-White", "Blauw-Zwart": a team called by its colours (a colour
        # alone may be a surname: "Green")
    if any(hit.start == 0 and hit.end == len(fold(part)) for w in words if "-" in w
           for part in w.split("-") for hit in lexicon.legs.find(fold(part))):
        return None  # "Viertelfinal-Hinspiel": a match's leg, capitalised as nouns are
    if any(hit.start == 0 and hit.end == len(fold(w)) for w in words
           for hit in lexicon.rounds.find(fold(w))):
        return None  # "Sechzehntelfinale", "Halbfinale": a round, capitalised as nouns are
    if any(len(parts) > 1 and any(fold(p) in towns for p in parts) and
           all(fold(p) in towns or len(p) >= 2 and p.isupper() for p in parts)
           for parts in (w.split("-") for w in words)):
        return None  # "STVV-Genk", "Genk-Lommel": a match named by its clubs
    if fold(words[0])[:2] in ELISIONS or re.search(r"(?:^|\W)l'$", fold(before)):
        # "L'Israélien", "d'Anderlecht": an article glued to a noun; "à l'USG": the
        # article before a name (but "le but d'Amoura" is his)
        return None
    if len(words) > 1 and "-" in words[0] and (fold(words[0].split("-")[0]) in towns or
                                               fold(words[0].split("-")[0]) in lexicon.places):
        # "Genk-Neuzugang Nikolaos Karelis", "Bayern-Leihgabe X": a club's word for the
        # player before his name
        offset += len(words[0]) + 1
        words = words[1:]
    if len(words) > 2 and fold(words[1]) in lexicon.particles and (
            is_description(words[0], lexicon, lang, alone=False) or
            word_of_a_town(words[0], towns, lexicon, lang)):
        # "les Hamoiriens de Raphael Miceli": a town's people (his team), then the person
        offset += len(words[0]) + len(words[1]) + 2
        words = words[2:]
    # "Kortrijks Torhüter Thomas Kaminski": a club and a role word before the name
    if len(words) > 2 and fold(words[1]) in lexicon.roles.values:
        offset += len(words[0]) + len(words[1]) + 2
        words = words[2:]
    while len(words) > 1 and (is_description(words[0], lexicon, lang, alone=False)
                              or fold(words[0]) in lexicon.roles.values) \
            and fold(words[0]) not in known:
        offset += len(words[0]) + 1
        words = words[1:]
    if all(fold(w) in lexicon.places for w in words):
        return None  # "het Saoedische Al-Shabab": a description, then a team
    if len(words) > 1 and lang in lexicon.noun_articles and \
            local_common_word(words[-1], lang, alone=False):
        return None  # "Nur Sekunden nach ...": a German noun, capitalised as all nouns are
    if len(words) == 1:
        word = words[0]
        folded = fold(word)
        german_noun = lang in lexicon.noun_articles and local_common_word(word, lang, True, True)
        if folded in known and not german_noun:
            # (a noun is no surname for having stood after another capitalised word:
            # "einer halben Stunde Spielzeit")
            return offset, word
        bar = OPENING_FUNCTION_WORD if not before.strip() else FUNCTION_WORD
        if is_description(word, lexicon, lang) or lang in LANGS and _zipf(folded, lang) >= bar \
                or word_of_a_town(word, towns, lexicon, lang):
            return None  # "On Sunday Club Brugge went through": a preposition
        if not before.strip() and lang in LANGS and \
                all(_zipf(folded, other) >= COMMON_EVERYWHERE for other in LANGS[:3]):
            return None  # "Exact een maand later ...": a word every report language uses
        if misspelt_town(word, towns, lang):
            return None  # "voorbij Chareroi": a club's town misspelt, not a person
        if folded in lexicon.club_prefixes:
            return None  # "Racing scoorde twee keer": a word of a club's name (Racing Genk)
        last = before.split()[-1:] if not offset else []
        if last and last[0].islower() and (
                fold(last[0]) in phrase_set(lexicon, "plural_articles").values or
                fold(last[0]) in phrase_set(lexicon, "ground_nouns").values):
            return None  # "par les Meutis": a team; "le stade Vélodrome": a ground
        # (not across a comma: "op de paal, Peeters scoorde")
        if len(before.split()) >= 2 and last and last[0].islower() and last[0].isalpha() and \
                fold(before.split()[-2]) in lexicon.description_articles and \
                folded.endswith(lexicon.demonym_endings):
            return None  # "der kleine Togolese": an article, an adjective, a demonym
        # "de Senegalees", "le Brugeois", "the Dane": a lower-case article before one
        # capitalised word (or the article opening the sentence: "Les Visétois ...")
        opening = len(before.split()) == 1 and (
            fold(last[0] if last else "") in lexicon.data.get("opening_description_articles", [])
            or folded.endswith(tuple(lexicon.data.get("opening_demonym_endings", []))))
        not_articles = (lexicon.data.get("prepositions_not_articles") or {}).get(lang) or []
        if last and (last[0].islower() or opening) and \
                fold(last[0]) in lexicon.description_articles and \
                fold(last[0]) not in not_articles and \
                (_word_zipf(word, lang) >= NAME_ABROAD or
                 folded.endswith(lexicon.demonym_endings)):
            return None
    return offset, " ".join(words)

def _names_a_ground(word: str, lexicon: Lexicon) -> bool:
    """A word made of a name and a word for a ground ("Patrostadion", "Bosuilstadion")."""
    folded = fold(word)
    return any(folded.endswith(e) and len(folded) > len(e) + 2
               for e in lexicon.ground_word_endings)


def misspelt_town(word: str, towns: frozenset[str], lang: str | None = None) -> str | None:
    """The club's town or one-word name (folded) a word misspells ("Chareroi",
    "Abnderlecht", "Capellen"): a word of seven letters or more that is common in no report
    language, nor written on purpose in the report's own (`lang`), one letter away from it."""
    folded = fold(word)
    if len(folded) < 7 or folded in towns or \
            any(_word_zipf(word, other) >= COMMON for other in LANGS) or \
            lang in LANGS and _word_zipf(word, lang) >= WRITTEN_ON_PURPOSE:
        return None  # (a known word or name: "Pierre" is no "Lierre", "Vorselaar" no "Vosselaar")
    found = process.extractOne(folded, towns, scorer=Levenshtein.distance, score_cutoff=1)
    return found[0] if found else None


def typed_names(mentions: list, sentence: str, lexicon: Lexicon, lang: str,
                known: set[str], towns: frozenset[str] = frozenset()) -> list:
    """The name mentions of a sentence that are people, descriptions taken off."""

    out = []
    for n in mentions:
        if _attributive(sentence, n, lexicon):
            continue
        typed = person_name(n.name, sentence[:n.start], lexicon, lang, known, towns)
        if typed is None:
            continue
        offset, name = typed
        out.append(replace(n, start=n.start + offset, name=name) if offset else n)
    return out

def _attributive(sentence: str, mention, lexicon: Lexicon) -> bool:
    """"the Samurai Blue speedster", "the former Liberty Professionals attacker": capitalised
    words between an article (or "former") and a word for a player describe him (a national
    team, a club), they are not his name."""
    before = sentence[:mention.start].split()[-1:]
    after = sentence[mention.end:].split()[:1]
    return bool(before and after) and (
        fold(before[0]) in lexicon.description_articles or
        fold(before[0]) in phrase_set(lexicon, "former_words").values) and \
        fold(after[0].strip(",.;:!?")) in lexicon.person_descriptions


def known_surnames(mentions: list) -> set[str]:
    """Folded surnames of the names a report gives in full ("Kristian Thorstvedt")."""
    return {fold(n.name.split(" ")[-1]) for n in mentions if " " in n.name}
