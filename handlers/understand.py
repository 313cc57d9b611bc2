"""From a question as typed to what it asks: language, intent, clubs, players, season, round, leg.

Normalisation folds case and accents and turns punctuation and emoji into spaces. A typo of a
question word ("finnale", "scorde") is corrected first, unless a name is as close. Names are
looked up exactly first (longest phrase wins, an alias beats a nickname beats a province
word beats a town); only the words left over are matched fuzzily, and only when they are
long enough and one name is clearly closer than the next. When the question's words fit
several languages equally, the form of the club names it uses decides ("Courtrai": French).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from handlers.lexicon import MIN_FUZZY_LENGTH, Lexicon, NameHit
from handlers.vocabulary import LANGUAGES, Vocabulary, tokens_of
from knowledge.text import clean, fold

MAX_QUESTION_CHARS = 500
# A character may fold to many ("ﷺ" to 18 letters, "㈠" to 3): the folded question is cut
# to this length too, so that no question holds more than a few hundred words.
MAX_FOLDED_CHARS = 2 * MAX_QUESTION_CHARS
# A word this frequent in the question's language is that word, never a typo of a name
# ("ronde" is no KSK Ronse); typos are rare strings (Zipf scale, wordfreq).
COMMON_ZIPF = 3.0
MAX_FUZZY_WORDS = 12
_RAW_WORD = re.compile(r"[^\W_]+")


@dataclass
class Question:
    """What one question asks (after `context.recall`, also what it inherited)."""

    text: str
    lang: str
    intent: str | None = None
    clubs: list[str] = field(default_factory=list)
    # The club a question is about when it says "for"/"voor"/"pour" before it.
    for_club: str | None = None
    ambiguous_clubs: list[tuple[str, ...]] = field(default_factory=list)
    players: list[str] = field(default_factory=list)
    ambiguous_players: list[tuple[str, ...]] = field(default_factory=list)
    # Runs of words that are no vocabulary and no known name: (as typed, looks like a name).
    leftovers: list[tuple[str, bool]] = field(default_factory=list)
    season: str | None = None
    # A bare year Y means season (Y-1)-Y; for match questions Y-(Y+1) is the fallback.
    alt_season: str | None = None
    # "tussen 2015 en 2018": the first and last season of a range (of finals' years).
    season_range: tuple[str, str] | None = None
    # "het jaar ervoor" (-1), "the year after" (1): counted from the conversation's season.
    season_shift: int | None = None
    # A topic the knowledge base does not keep ("toeschouwers", "red card").
    not_kept: str | None = None
    # The intent of a second question joined by "en"/"et"/"and" ("... en waar?").
    second_intent: str | None = None
    round: str | None = None
    leg: int | None = None
    followup: bool = False
    # "in die match", "that game": the question is about the conversation's match.
    same_match: bool = False
    # "voor hen", "for them": the club is the conversation's club.
    for_pronoun: bool = False
    # The club that played at home, when the question says so ("where did Genk host ...",
    # "in Sclessin").
    host: str | None = None
    # The clubs whose ground the question names ("Sclessin", "Jan Breydel").
    ground_clubs: tuple[str, ...] | None = None
    # The minute a score is asked at ("na 90 minuten", "at half-time").
    minute: int | None = None
    truncated: bool = False
    # Fields filled from the conversation rather than from this question.
    inherited: frozenset[str] = frozenset()

    def names_something(self) -> bool:
        """True when the question names its own clubs or players."""
        return bool(self.clubs or self.players or self.ambiguous_clubs or self.ambiguous_players)

    def asks_nothing(self) -> bool:
        """True when the message has no intent, names nothing and points at nothing
        ("???", "asdfghjkl"): it is not understood and must not continue the conversation."""
        return not (self.intent or self.names_something() or self.season or self.round
                    or self.leg or self.minute is not None or self.followup or self.same_match
                    or self.for_pronoun or self.unknown_names() or self.not_kept
                    or self.season_range or self.season_shift)

    def unknown_names(self) -> list[str]:
        """Leftover words typed like a name (capitalised, not sentence-initial)."""
        return [text for text, name_like in self.leftovers if name_like]


@lru_cache(maxsize=8192)
def common_word(word: str, lang: str) -> bool:
    """Whether `word` is a common word of `lang` (checked before fuzzy name matching)."""
    # imported here: wordfreq takes a sixth of a second to load, and most questions never
    # need it (a command-line `ask` starts faster)
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang) >= COMMON_ZIPF


def season_label(start: int) -> str:
    """2017 -> "2017-18"."""
    return f"{start}-{(start + 1) % 100:02d}"


def _words(text: str) -> tuple[list[str], list[str]]:
    """Normalised words and, for each, the word as typed."""
    words, typed = [], []
    for match in _RAW_WORD.finditer(clean(text)):
        for word in tokens_of(match.group()):
            words.append(word)
            typed.append(match.group())
    return words, typed


def language_candidates(words: list[str], vocabulary: Vocabulary) -> list[str]:
    """The languages whose words the question uses most (none when it uses no such word)."""
    counts = {lang: sum(w in vocabulary.language_words[lang] for w in words) for lang in LANGUAGES}
    best = max(counts.values())
    return [lang for lang in LANGUAGES if counts[lang] == best] if best else []


def pick_language(candidates: list[str], default: str) -> str:
    """The default when it is a candidate, else the first candidate."""
    return default if default in candidates or not candidates else candidates[0]


def detect_language(words: list[str], vocabulary: Vocabulary, default: str) -> str:
    """The language whose words the question uses most; the default on a tie."""
    return pick_language(language_candidates(words, vocabulary), default)


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdecimal() and 1900 <= int(word) <= 2099


def _seasons(words: list[str], taken: list[bool], q: Question, vocab: Vocabulary) -> None:
    """The season a question names: "2017-18", "2018", "december 2019", "tussen 2015 en 2018"."""
    years = [i for i, word in enumerate(words) if not taken[i] and _is_year(word)]
    if not years:
        return
    i = years[0]
    year = int(words[i])
    nxt = words[i + 1] if i + 1 < len(words) else ""
    taken[i] = True
    month = vocab.months.get(tuple(words[i - 1:i])) if i > 0 else None
    if month is not None:
        # A season runs from August to July: December 2019 is 2019-20, March 2020 too.
        taken[i - 1] = True
        if i > 1 and words[i - 2].isdecimal() and len(words[i - 2]) <= 2:
            taken[i - 2] = True  # the day of "17 december 2019"
        q.season = season_label(year if int(str(month)) >= 8 else year - 1)
    elif nxt.isdecimal() and (nxt == f"{(year + 1) % 100:02d}" or nxt == str(year + 1)):
        taken[i + 1] = True
        q.season = season_label(year)
    else:
        q.season, q.alt_season = season_label(year - 1), season_label(year)
        later = next((k for k in years[1:] if all(w in vocab.range_words
                                                   for w in words[i + 1:k])), None)
        if later is not None and int(words[later]) > year:
            # "tussen 2015 en 2018", "2015-2018": the finals of those years.
            taken[later] = True
            q.season_range = (season_label(year - 1), season_label(int(words[later]) - 1))
            q.season = q.alt_season = None


def _relative_season(words: list[str], taken: list[bool], q: Question,
                     lexicon: Lexicon) -> None:
    shifts = lexicon.vocabulary.season_shifts.scan(words, taken)
    if shifts:
        q.season_shift = int(str(shifts[0][2]))
    hits = lexicon.vocabulary.relative_seasons.scan(words, taken)
    if not hits or q.season or not lexicon.seasons:
        return
    # "this year", "last year": counted back from the newest season the reports know.
    q.season = season_label(int(lexicon.seasons[0][:4]) - int(str(hits[0][2])))


def _preceded_by(words: list[str], start: int, wanted: frozenset[str],
                 skip: frozenset[str]) -> bool:
    i = start - 1
    while i >= 0 and words[i] in skip:
        i -= 1
    return i >= 0 and words[i] in wanted


class _Reader:
    """One pass over one question's words."""

    def __init__(self, text: str, lexicon: Lexicon, default_lang: str) -> None:
        self.lexicon = lexicon
        self.vocab = lexicon.vocabulary
        self.words, self.typed = _words(text)
        self._correct_typos()
        self.taken = [False] * len(self.words)
        self.default_lang = default_lang
        self.languages = language_candidates(self.words, self.vocab)
        self.q = Question(text=text, lang=pick_language(self.languages, default_lang))
        self._club_mentions: list[tuple[int, NameHit]] = []
        self._club_forms: list[tuple[str, ...]] = []

    def _correct_typos(self) -> None:
        """Replace typos of question words ("finnale", "scorde") by the word meant; a short
        word only when it is that word with one letter left out and no word of any language
        ("wn" -> "won", "bekr" -> "beker")."""
        tried = 0
        for i, word in enumerate(self.words):
            if len(word) < 2 or self.vocab.knows(word):
                continue
            tried += 1
            if tried > MAX_FUZZY_WORDS:
                break
            if len(word) > MIN_FUZZY_LENGTH:
                corrected = self.lexicon.correct(word)
            elif word.isalpha() and not any(common_word(word, lang) for lang in LANGUAGES):
                corrected = self._short_word(i, word)
            else:
                corrected = None
            if corrected:
                self.words[i] = corrected

    def _short_word(self, i: int, word: str) -> str | None:
        """The question word a short typo stands for: the one candidate, or of several the
        ones that make a question, when they make the same one ("wie wn de beker": "won"
        asks for the winner, "win" asks nothing)."""
        options = sorted(self.lexicon.short_candidates(word))
        if len(options) == 1:
            return options[0]
        asking = {o: self.vocab.intent_of(self.words[:i] + [o] + self.words[i + 1:], "nl")
                  for o in options}
        asking = {o: intent for o, intent in asking.items() if intent}
        return next(iter(asking)) if len(set(asking.values())) == 1 else None

    def _minute(self) -> None:
        """"na 90 minuten", "bij de rust": the minute of the match the question is about."""
        words, q = self.words, self.q
        for i, word in enumerate(words[:-1]):
            if word.isdecimal() and 0 < int(word) <= 130 \
                    and words[i + 1] in self.vocab.minute_words:
                q.minute = int(word)
                self.taken[i] = self.taken[i + 1] = True
                return
        moments = self.vocab.moments.scan(words, self.taken)
        if moments:
            q.minute = int(moments[0][2])

    def read(self) -> Question:
        q, words = self.q, self.words
        q.intent = self.vocab.intent_of(words, q.lang)
        q.followup = any(self.vocab.followup[lang].get(tuple(words[:n])) is not None
                         for lang in LANGUAGES for n in (1, 2, 3, 4))
        q.not_kept = self.vocab.topic_not_kept(words)
        self._two_questions()
        _seasons(words, self.taken, q, self.vocab)
        q.same_match = bool(self.vocab.same_match.scan(words, self.taken))
        self._minute()
        self.vocab.not_rounds.scan(words, self.taken)
        rounds = self.vocab.rounds.scan(words, self.taken)
        q.round = str(rounds[0][2]) if rounds else None
        legs = self.vocab.legs.scan(words, self.taken)
        q.leg = int(legs[0][2]) if legs else None
        for start, end, hit in self.lexicon.clubs.scan(words, self.taken):
            if end - start == 1 and words[start] in self.vocab.stopwords and start > 0 \
                    and words[start - 1] in self.vocab.determiners:
                self.taken[start] = False  # "welke club", "which club": the word, not a name
                continue
            self._club_mentions.append((start, hit))
            self._club_forms.append(tuple(words[start:end]))
        player_hits = [hit for _, _, hit in self.lexicon.players.scan(words, self.taken)]
        for _, _, owners in self.lexicon.stadiums.scan(words, self.taken):
            # "in Sclessin": the ground's club, playing at home (the first ground named).
            if isinstance(owners, tuple) and self.q.ground_clubs is None:
                self.q.ground_clubs = owners
        _relative_season(words, self.taken, q, self.lexicon)
        player_hits += self._fuzzy()
        self._resolve_clubs()
        self._ground()
        q.for_pronoun = any(words[i] in self.vocab.pronouns and _preceded_by(
            words, i, self.vocab.for_club, self.vocab.articles) for i in range(len(words)))
        if q.clubs and any(w in self.vocab.hosting and not self.taken[i]
                           for i, w in enumerate(words)):
            q.host = q.clubs[0]
        self._resolve_players(player_hits)
        self._leftovers()
        self._language_from_names()
        return q

    def _ground(self) -> None:
        """A ground named without its club names the club, playing at home; a ground of
        several clubs is told apart by the clubs named."""
        q = self.q
        owners = q.ground_clubs or ()
        named = [c for c in owners if c in q.clubs]
        if not owners:
            return
        if len(owners) > 1 and not named:
            # Jan Breydel of Club and Cercle: the clubs the reports have matches of.
            owners = tuple(c for c in owners if self.lexicon.played([c], q.season)) or owners
        if named:
            q.host = named[0]
        elif len(owners) == 1:
            q.clubs.insert(0, owners[0])
            q.host = owners[0]
        else:
            q.ambiguous_clubs.append(tuple(owners))

    def _two_questions(self) -> None:
        """"wie won de finale en waar werd ze gespeeld?": two intents, both answered."""
        words, vocab, q = self.words, self.vocab, self.q
        for i in range(1, len(words) - 1):
            if words[i] not in ("en", "et", "and") or words[i + 1] not in vocab.question_words:
                continue
            first = vocab.intent_of(words[:i], q.lang)
            second = vocab.intent_of(words[i + 1:], q.lang)
            if first and second and first != second:
                q.intent, q.second_intent = first, second
                return

    def _language_from_names(self) -> None:
        """When the words leave the language open, the form of the club names decides
        ("score Eupen Mouscron" is French). Names alone keep the default language."""
        if len(self.languages) < 2:
            return
        votes = dict.fromkeys(self.languages, 0)
        for form in self._club_forms:
            langs = self.lexicon.name_languages.get(form, frozenset())
            if langs and not set(self.languages) <= langs:
                for lang in langs & set(votes):
                    votes[lang] += 1
        best = max(votes.values())
        if best == 0:
            return
        lang = pick_language([la for la in self.languages if votes[la] == best], self.default_lang)
        if lang != self.q.lang:
            self.q.lang = lang
            self.q.intent = self.vocab.intent_of(self.words, lang)

    def _fuzzy_pairs(self) -> None:
        """Typos in two-word club names ("Sitn-Truiden", "Sint-Truiedn")."""
        words, taken = self.words, self.taken
        tried = 0
        for i in range(len(words) - 1):
            pair = words[i:i + 2]
            if taken[i] or taken[i + 1] or any(w.isdecimal() for w in pair) \
                    or all(w in self.vocab.stopwords for w in pair):
                continue
            tried += 1
            if tried > 2 * MAX_FUZZY_WORDS:
                break
            if any(common_word(w, self.q.lang) for w in pair):
                continue
            club = self.lexicon.club_phrases.best(" ".join(pair))
            if club:
                taken[i] = taken[i + 1] = True
                self._club_mentions.append((i, NameHit(tuple(sorted(club[0])), alias=True)))

    def _fuzzy(self) -> list[frozenset[str]]:
        self._fuzzy_pairs()
        players: list[frozenset[str]] = []
        tried = 0
        for i, word in enumerate(self.words):
            if self.taken[i] or len(word) < MIN_FUZZY_LENGTH or word.isdecimal() \
                    or word in self.vocab.stopwords or common_word(word, self.q.lang):
                continue
            tried += 1
            if tried > MAX_FUZZY_WORDS:
                break
            club = self.lexicon.club_words.best(word)
            if club:
                self.taken[i] = True
                self._club_mentions.append((i, NameHit(tuple(sorted(club[0])), alias=True)))
                continue
            player = self.lexicon.player_words.best(word)
            if player:
                self.taken[i] = True
                players.append(frozenset(player[0]))
        return players

    def _resolve_clubs(self) -> None:
        """Clubs in the order named; a shared nickname or town is told apart by the others."""
        mentions = sorted(self._club_mentions, key=lambda m: m[0])
        unique = [hit.names[0] for _, hit in mentions if len(hit.names) == 1]
        for start, hit in mentions:
            for_club = _preceded_by(self.words, start, self.vocab.for_club, self.vocab.articles)
            choice = hit.names if len(hit.names) == 1 else self._disambiguate(hit.names, unique)
            if len(choice) == 1:
                self._add_club(choice[0], for_club)
            else:
                self.q.ambiguous_clubs.append(choice)

    def _add_club(self, name: str, for_club: bool) -> None:
        if name not in self.q.clubs:
            self.q.clubs.append(name)
        if for_club and not self.q.for_club:
            self.q.for_club = name

    def _disambiguate(self, names: tuple[str, ...], others: list[str]) -> tuple[str, ...]:
        """Narrow a shared nickname or province word down with the KB's matches."""
        q, lexicon = self.q, self.lexicon
        with_others = tuple(n for n in names
                            if others and lexicon.played([n, others[0]], q.season))
        if with_others:
            return with_others
        if q.round:  # "voor Antwerpen in de finale van 2020": the club that played that final
            in_round = tuple(n for n in names if lexicon.played([n], q.season, q.round))
            if in_round:
                return in_round
        played = tuple(n for n in names if lexicon.played([n], q.season))
        return played or names

    def _resolve_players(self, hits: list[frozenset[str]]) -> None:
        q = self.q
        for names in hits:
            options = sorted(names)
            if len(options) > 1 and q.clubs:
                options = [n for n in options
                           if self.lexicon.player_clubs.get(n, set()) & set(q.clubs)] or options
            if len(options) == 1:
                if options[0] not in q.players:
                    q.players.append(options[0])
            else:
                q.ambiguous_players.append(tuple(options))

    def _leftovers(self) -> None:
        """Runs of unknown words; name-like when capitalised or next to "tegen"/"voor"."""
        words, vocab = self.words, self.vocab
        run: list[int] = []
        for i in range(len(words) + 1):
            if i < len(words) and not self.taken[i] and words[i] not in vocab.stopwords \
                    and not words[i].isdecimal() and len(words[i]) >= 2:
                run.append(i)
                continue
            if run:
                before = words[run[0] - 1] if run[0] > 0 else ""
                after = words[run[-1] + 1] if run[-1] + 1 < len(words) else ""
                name_like = any(self.typed[k][:1].isupper() and k > 0 for k in run) \
                    or before in vocab.versus or before in vocab.for_club or after in vocab.versus
                typed = " ".join(dict.fromkeys(self.typed[k] for k in run))
                self.q.leftovers.append((typed, name_like))
                run = []


def prepare(text: str) -> tuple[str, bool]:
    """The question to read: stripped, and cut to MAX_QUESTION_CHARS, and to
    MAX_FOLDED_CHARS once folded (True when cut)."""
    text = text.strip()
    cut = len(text) > MAX_QUESTION_CHARS
    text = text[:MAX_QUESTION_CHARS]
    if len(fold(text)) <= MAX_FOLDED_CHARS:
        return text, cut
    folded = 0
    for i, ch in enumerate(text):
        folded += len(fold(ch))
        if folded > MAX_FOLDED_CHARS:
            return text[:i], True
    return text, cut


def understand(text: str, lexicon: Lexicon, default_lang: str = "nl") -> Question:
    """Read one question (already `prepare`d) against the names of one knowledge index."""
    return _Reader(text, lexicon, default_lang).read()
