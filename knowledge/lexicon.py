"""The report-language lexicon (`reference/language.yaml`) compiled into phrase finders."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from knowledge.reference_loader import ReferenceError, load_yaml
from knowledge.text import fold

LANGUAGE_FILE = Path(__file__).parent / "reference" / "language.yaml"
LANGS = ("nl", "fr", "en", "de")


@dataclass(frozen=True)
class Hit:
    """A phrase found in folded text."""

    start: int
    end: int
    phrase: str
    value: object = None


# " ... " in a phrase: up to four words (or a score, bracketed or not: "2:1"), no other
# punctuation, between its parts ("rekende ... af met" finds "rekende woensdag vlot af met",
# "kegelde ... uit" finds "kegelde Lommel (0-3) uit", "wurde ... besiegt" finds "wurde von
# Eupen mit 2:1 besiegt"): a Dutch or German verb split around its object. A score may be
# glued to the next part ("sorgte ... für eine ... Niederlage" finds "eine 0:3-Niederlage").
_GAP = r"(?:\s+(?:[^\s,;:.()]+|\(?\d{1,2}\s?[-:]\s?\d{1,2}\)?)){0,4}?\s+(?:\d{1,2}[-:]\d{1,2}-)?"


def _phrase_pattern(phrase: str) -> str:
    return _GAP.join(re.escape(part) for part in phrase.split(" ... "))


@lru_cache(maxsize=64)
def _trie(phrases: tuple[str, ...]) -> str:
    """One pattern for many phrases, sharing their beginnings. Each optional tail is greedy:
    the longest phrase that fits is found first, as with longest-first alternatives. (Kept:
    the club finder of each ingested report builds the same large set again.)"""
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


class PhraseSet:
    """Phrases (already folded) matched at word boundaries, longest first."""

    def __init__(self, phrases: dict[str, object]):
        self.values = phrases
        # split verbs first, then every plain phrase in one trie: an alternation of hundreds
        # of phrases is tried one by one at each word, a trie reads each character once
        gapped = sorted((p for p in phrases if " ... " in p), key=len, reverse=True)
        # an elided phrase of several words ("tombeur d'", "but d'") runs into the word after
        # it (a bare "n'" or "l'" stays a word of its own: "avant que X n'égalise" denies
        # nothing)
        elided = [p for p in phrases if " ... " not in p and p.endswith("'") and " " in p]
        plain = [p for p in phrases if " ... " not in p and p not in elided]
        body = "|".join([_phrase_pattern(p) for p in gapped] +
                        ([_trie(tuple(sorted(plain)))] if plain else []))
        alternatives = ([rf"(?:{body})(?![\w])"] if body else []) + \
            ([_trie(tuple(sorted(elided)))] if elided else [])
        self._regex = re.compile(rf"(?<![\w])(?:{'|'.join(alternatives)})") if alternatives \
            else re.compile(r"(?!x)x")

    def find(self, folded: str) -> list[Hit]:
        """Non-overlapping hits, left to right."""
        return [Hit(m.start(), m.end(), m.group(0), self.values.get(m.group(0)))
                for m in self._regex.finditer(folded)]

    def search(self, folded: str) -> Hit | None:
        m = self._regex.search(folded)
        return Hit(m.start(), m.end(), m.group(0), self.values.get(m.group(0))) if m else None

    def __contains__(self, folded: str) -> bool:
        return self._regex.search(folded) is not None


def _phrases(raw: object, where: str) -> list[str]:
    """All phrases of a family, whatever its per-language shape."""
    if raw is None:
        return []
    if isinstance(raw, list):
        return [fold(str(p)) for p in raw]
    if isinstance(raw, dict):
        out: list[str] = []
        for lang, items in raw.items():
            if not isinstance(items, list):
                raise ReferenceError(f"{LANGUAGE_FILE}: {where}.{lang}: expected a list")
            out.extend(fold(str(p)) for p in items)
        return out
    raise ReferenceError(f"{LANGUAGE_FILE}: {where}: expected a list or a mapping")


class Lexicon:
    """Every fact family of language.yaml as a PhraseSet, plus value maps."""

    def __init__(self, data: dict):
        self.data = data
        plain = ["cup_words", "league_words", "league_description_cues", "only_goal_words",
                 "favour_words", "favour_after_club", "club_compound_nouns",
                 "last_week_words", "won_the_cup",
                 "sheet_fields", "final_not_round", "place_before_names",
                 "next_round_cues",
                 "win", "lose", "draw", "result_words", "running_words", "halftime_words",
                 "hypothetical_words",
                 "negations", "goal_verbs", "goal_nouns", "shot_words", "header_words",
                 "miss_words", "own_goal_words", "penalty_words", "extra_time_words",
                 "shootout_words", "aggregate_words", "qualified_words", "eliminated_words",
                 "cup_win_words", "home_words", "away_words", "at_club_words", "keeper_context",
                 "final_nouns", "cup_nouns", "earlier_words", "not_names", "weekdays",
                 "object_markers", "host_verbs", "another_goal_words", "home_side_words",
                 "away_side_words", "future_words", "assist_words", "pronouns",
                 "card_words", "last_season_words",
                 "club_nouns", "facing_words", "aet_words", "regular_time_words",
                 "background_words", "transitive_win_verbs",
                 "genitive_markers", "contrast_words",
                 "against_words", "winning_goal_words", "coordinators",
                 "credit_words", "agent_words", "number_words", "look_back_words",
                 "then_words", "other_competition_words", "final_whistle_words",
                 "other_tie_words", "running_verbs", "reason_words",
                 "assist_nouns", "scorers_labels", "despite_words",
                 "sent_off_words", "substitution_words", "booking_words",
                 "lineup_labels", "between_words", "standing_verbs"]
        for key in plain:
            if key not in data:
                raise ReferenceError(f"{LANGUAGE_FILE}: missing section '{key}'")
            setattr(self, key, PhraseSet(dict.fromkeys(_phrases(data[key], key))))
        self.rounds = PhraseSet(self._valued(data["rounds"], "rounds"))
        self.other_cups = PhraseSet(dict.fromkeys(_phrases(data["other_cups"], "other_cups")))
        self.round_reached = PhraseSet(self._valued(data["round_reached"], "round_reached"))
        self.legs = PhraseSet(self._valued(data["legs"], "legs", cast=int))
        self.roles = PhraseSet(self._valued(data["roles"], "roles"))
        self.vague_times = PhraseSet(self._valued(data["vague_times"], "vague_times"))
        # Languages whose reports write scores home-first ("won met 1-3 op het veld van X");
        # the others put the winner's goals first ("won 3-1 at X").
        self.home_first = {str(k): bool(v)
                           for k, v in (data.get("home_first_scores") or {}).items()}
        # languages that capitalise nouns: the articles that mark a noun ("mit einem Flachschuss")
        self.noun_articles = {str(k): {fold(w) for w in v}
                              for k, v in (data.get("noun_articles") or {}).items()}
        # (of any such language: "des in der Liga ... Erstligisten" is an attribute)
        self.all_noun_articles = frozenset(a for arts in self.noun_articles.values()
                                           for a in arts)
        # ... and the prepositions before an article and adjective that make a noun of the
        # capitalised word after them ("auf der linken Strafraumseite")
        self.noun_prepositions = {str(k): {fold(w) for w in v}
                                  for k, v in (data.get("noun_prepositions") or {}).items()}
        self.articles = {fold(a) for a in data.get("articles") or []}
        self.scorer_credit_words = frozenset(
            fold(a) for a in data.get("scorer_credit_words") or [])
        self.versus_words = frozenset(fold(a) for a in data.get("versus_words") or [])
        self.score_prepositions = frozenset(
            fold(a) for a in data.get("score_prepositions") or [])
        self.running_articles = frozenset(
            fold(a) for a in data.get("running_articles") or [])
        # exact minutes: regular expressions whose first group is the minute and whose
        # optional second group is added stoppage time
        try:
            self.minute_patterns = tuple(re.compile(p) for p in data["minute_patterns"])
        except (KeyError, re.error) as exc:
            raise ReferenceError(f"{LANGUAGE_FILE}: minute_patterns: {exc}") from exc
        self.verb_second_languages = frozenset(data.get("verb_second_languages") or [])
        self.abbreviations = frozenset(fold(a) for a in data.get("abbreviations") or [])
        self.ordinal_number_words = frozenset(
            fold(w) for w in data.get("ordinal_number_words") or [])
        self.club_prefixes = {fold(p) for p in data.get("club_name_prefixes") or []}
        self.goal_counts = PhraseSet(self._valued(data["goal_counts"], "goal_counts", cast=int))
        self.relative_days = PhraseSet(self._valued(data["relative_days"], "relative_days",
                                                    cast=int))
        self.ordinals = self._flat_numbers(data["ordinals"], "ordinals")
        self.numbers = self._flat_numbers(data["numbers"], "numbers")
        self.months = {fold(str(name)): int(month)
                       for month, names in data["months"].items() for name in names}
        self.particles = {fold(p) for p in data["name_particles"]}
        self.not_name_words = set(self.not_names.values)
        self.person_descriptions = frozenset(_phrases(data["person_descriptions"],
                                                      "person_descriptions"))
        self.demonyms = frozenset(_phrases(data["demonyms"], "demonyms"))
        self.places = frozenset(fold(p) for p in (data.get("places") or []) +
                                (data.get("foreign_clubs") or []) +
                                (data.get("tournament_names") or []) +
                                (data.get("national_team_words") or []))
        self.demonym_endings = tuple(fold(e) for e in data.get("demonym_endings") or [])
        self.ground_word_endings = tuple(fold(e) for e in data.get("ground_word_endings") or [])
        self.former_prefixes = tuple(fold(e) for e in data.get("former_prefixes") or [])
        self.description_articles = frozenset(
            fold(a) for a in data.get("description_articles") or [])
        header = data.get("header") or {}
        self.author_prefixes = [fold(p) for p in header.get("author_prefixes", [])]
        self.source_prefixes = [fold(p) for p in header.get("source_prefixes", [])]
        self.published_prefixes = tuple(fold(p) for p in header.get("published_prefixes", []))
        self.scoreboard_end_words = tuple(header.get("scoreboard_end_words", []))
        self.club_role_suffixes = {
            role: [fold(s) for s in suffixes]
            for role, suffixes in (data.get("club_role_suffixes") or {}).items()
        }
        self.function_words = {
            lang: set(_phrases(data["not_names"].get(lang), f"not_names.{lang}"))
            for lang in data["not_names"]
        }

    @staticmethod
    def _valued(raw: dict, where: str, cast=str) -> dict[str, object]:
        out: dict[str, object] = {}
        for value, forms in raw.items():
            for phrase in _phrases(forms, f"{where}.{value}"):
                out[phrase] = cast(value)
        return out

    @staticmethod
    def _flat_numbers(raw: dict, where: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for lang, mapping in raw.items():
            if not isinstance(mapping, dict):
                raise ReferenceError(f"{LANGUAGE_FILE}: {where}.{lang}: expected a mapping")
            out.update({fold(str(k)): int(v) for k, v in mapping.items()})
        return out

    def clause_splitter(self, lang: str) -> re.Pattern[str]:
        """Where a sentence splits into clauses in `lang`: ";", " : ", and its conjunctions
        ("maar", "mais", "but") — only its own, as "but" is also French for goal."""
        words = [re.escape(fold(w)) for w in (self.data["conjunctions"].get(lang) or [])]
        body = "|".join(sorted(words, key=len, reverse=True)) or "(?!x)x"
        # "nog maar een keer", "maar liefst 5-1": the word as an adverb, no clause begins
        adverb = (self.data.get("conjunction_adverbs") or {}).get(lang) or {}
        # (the look-behinds after the first space: tried at spaces only, not at every letter)
        not_before = "".join(rf"(?<!\b{re.escape(fold(w))}\s)"
                             for w in adverb.get("preceded_by", []))
        not_after = "".join(rf"(?!{re.escape(fold(w))}\b)" for w in adverb.get("followed_by", []))
        return re.compile(rf";|\s:\s|:\s+(?=[a-z])|,\s+(?=(?:{body})\b)"
                          rf"|\s{not_before}\s*(?:{body})\s+{not_after}")

    def detect_language(self, text: str) -> str:
        """The report language (nl, fr, en, de) by counting function words (of its first
        20,000 characters: a report does not change language, and a long one is read once)."""
        counts = dict.fromkeys(LANGS, 0)
        for word in re.findall(r"[\w']+", fold(text[:20_000])):
            for lang in LANGS:
                if word in self.function_words.get(lang, ()):
                    counts[lang] += 1
        return max(LANGS, key=lambda lang: counts[lang])


@cache
def default_lexicon() -> Lexicon:
    """The bundled lexicon, loaded once per process."""
    return Lexicon(load_yaml(LANGUAGE_FILE))


def numbered(phrase: str) -> str:
    """A phrase of language.yaml with "{n}" in it ("il y a {n} ans") as a pattern: {n} is a
    number in digits or in a word, captured."""
    return re.escape(fold(phrase)).replace(r"\{n\}", r"(\d{1,2}|[a-z]+)")


@cache
def phrase_set(lexicon: Lexicon, key: str) -> PhraseSet:
    """A family of language.yaml the Lexicon does not compile itself, compiled once: all of
    it ("key") or one language's share with its "all" list ("key:fr"); "key.sub" is a list
    inside a family. A misspelt family is an error, not an empty set."""
    name, _, lang = key.partition(":")
    raw = lexicon.data
    for part in name.split("."):
        raw = raw[part]
    if lang:
        raw = list(raw.get(lang) or []) + list(raw.get("all") or [])
    items = raw if isinstance(raw, list) else [p for ps in raw.values() for p in ps]
    return PhraseSet(dict.fromkeys(fold(str(p)) for p in items))
