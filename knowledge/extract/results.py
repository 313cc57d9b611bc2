"""Results, shoot-outs and aggregates: which clubs a score is about, which club it is good
for (result words, the language's digit order), which of them played at home (venue cues),
and the match, leg and season it belongs to."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from itertools import islice

from knowledge.extract.clauses import (
    Clause,
    between_mentions,
    clause_joiners,
    comma_piece,
    described_after,
    is_object,
    leg_near,
    result_piece,
    split_clauses,
    subject_of,
)
from knowledge.extract.clubs import ClubMention, competition_of, names_other_competition
from knowledge.extract.drafts import (
    deciding_leg,
    match_draft,
    second_leg,
    set_once,
    story_draft,
)
from knowledge.extract.outcome import qualified
from knowledge.extract.persons import common_word
from knowledge.extract.rounds import (
    WRITTEN_SEASON,
    before_its_final,
    final_year_told,
    heading_round,
    leg_told,
    looked_back_final,
    numbered_round,
    past_final,
    previous_round,
    round_in,
    season_before,
    season_for_year,
    season_written,
    years_ago,
)
from knowledge.extract.scores import (
    ScoreToken,
    called_final,
    find_minutes,
    find_scores,
    short_seasons,
    year_matches,
    years,
)
from knowledge.extract.state import Draft, NamedClubs, StoryState, previous_sentence, resolved
from knowledge.lexicon import Hit, Lexicon, PhraseSet, phrase_set
from knowledge.model import Match, Source
from knowledge.report import Sentence, explicit_dates
from knowledge.text import fold, last_words


def heading_pair(ctx: StoryState, sentence: Sentence, clubs: NamedClubs) -> None:
    """"Hoogstraten - SK Beveren" alone on a short line: a round-up's heading; the paragraph
    under it tells that match (home club first), whatever the story told before."""
    folded = sentence.folded
    if len(folded) >= 60 or find_scores(folded) or len({c for _, c in clubs}) != 2:
        return
    ordered = sorted(clubs, key=lambda mc: mc[0].start)
    (m1, c1), (m2, c2) = ordered[0], ordered[-1]
    if c1 == c2 or folded[:m1.start].strip() or folded[m2.end:].strip(" .") or \
            not re.fullmatch(r"\s*-\s*", folded[m1.end:m2.start]):
        return
    ctx.main_pair, ctx.main_home_known = (c1, c2), True
    ctx.main_leg, ctx.main_leg_sure = None, False
    ctx.main = ctx.current = None


def scoreless_result(ctx: StoryState, sentence: Sentence, clause: Clause,
                     clause_clubs: NamedClubs, subject: str | None, source: Source) -> None:
    """"Charleroi s'est imposé aux dépens de Deinze", "Eupen s'est incliné à Roulers": a
    round-up's result told without its score. In a one-match round of this season the
    subject won (or lost) against the clause's one object club, and the winner went
    through."""
    lex = ctx.lexicon
    text = clause.folded
    clubs = list(dict.fromkeys(c for _, c in clause_clubs))
    if len(clubs) != 2 or subject not in clubs or find_scores(text) or \
            re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text):
        return
    if lex.negations.search(text) or lex.hypothetical_words.search(text) or \
            lex.future_words.search(text) or lex.draw.search(text) or \
            lex.last_season_words.search(text) or lex.then_words.search(text) or \
            lex.last_week_words.search(text) or _recent_form(lex, sentence.folded):
        return  # (last weekend's loss is the league's, as is a win just before)
    hits = _outer_hits(lex, text)
    win = next((h for h, k in hits if k == "win"), None)
    lose = next((h for h, k in hits if k == "lose"), None)
    verb = win or lose
    if verb is None or (win and lose):
        return
    before = text[:verb.start].split()[-1:]
    if before and (before[0] in lex.articles or
                   before[0] in phrase_set(lex, "indefinite_articles").values):
        return  # "begon anders dan na de nederlaag bij X": a match named, no result told
    at = clause.start + verb.start
    other = next(c for c in clubs if c != subject)
    own = [m for m, c in clause_clubs if c == subject]
    theirs = [m for m, c in clause_clubs if c == other]
    # "X verb ... Y": the subject before the verb, the other club after it as its object
    # (or inside the verb's words: "Lommel heeft Dender uit de beker gewipt")
    if not own or own[0].end > at or any(m.start < at for m in theirs) or \
            not all(is_object(lex, sentence.folded, m) or
                    m.end <= clause.start + verb.end for m in theirs):
        return
    pair = (subject, other)
    season = ctx.season
    if ctx.round == "final" and lex.qualified_words.search(text) and \
            not (ctx.main_pair and set(pair) == set(ctx.main_pair)):
        # "Lommel qualified the next evening after beating Dessel", in a final's report:
        # the win that took a club to the final, of a round the words do not name
        return
    # "Roeselare won bij Bergen", "s'est incliné à Roulers": the object's ground
    before_other = sentence.folded[max(0, theirs[0].start - 25):theirs[0].start]
    home = other if any(before_other.endswith(f" {w} ") for w in lex.at_club_words.values) \
        else None
    if not season or not _takes_report_round(ctx, pair, season) or \
            ctx.round in ctx.two_legged or _lists_next_ties(ctx):
        if home and ctx.main_pair and set(pair) == set(ctx.main_pair) and season and \
                season == ctx.report.season:
            match_draft(ctx, season, ctx.round, None, pair, home)  # the story's match
        return
    if ctx.round == "final" and season == ctx.report.season and ctx.cup_won_in_lead and \
            before_its_final(ctx.report.date):
        # the report of a final played in summer (2020's, in August), whose lead tells the
        # cup won, is of the season before
        season = season_before(season)
    draft = match_draft(ctx, season, ctx.round, None, pair, home)
    set_once(draft.match, "qualified", subject if win else other, source)


def _lists_next_ties(ctx: StoryState) -> bool:
    """The lead lists the ties of a round to come, or its draw: the wins told without a
    score were of the round before it."""
    words = [phrase_set(ctx.lexicon, "fixture_list_words"), phrase_set(ctx.lexicon,
                                                                      "draw_words")]
    return any(w.search(s.folded) for s in ctx.report.sentences[:3] for w in words)


def _heading_home(ctx: StoryState, pair: tuple[str, str], leg: int | None) -> str | None:
    """The home club of `pair` when a heading named the pair home first (heading_pair), for
    the match the heading is about (not its other leg: "won the return at home (1-0), after
    winning the first leg away (1-2)")."""
    draft = ctx.current or ctx.main
    if draft and draft.home_known and ctx.main_home_known and ctx.main_pair and \
            set(pair) == set(ctx.main_pair) == set(draft.match.clubs) and \
            (leg is None or draft.match.leg == leg or
             draft.match.leg is None and draft.match.score is not None):
        # (a leg named of a match the heading announces, still unplayed, may be the other
        # leg of its tie: a heading "A - B" over a preview of the return, then "the first
        # leg was a draw, 0-0")
        return ctx.main_pair[0]
    return None


def told_in_the_lead(ctx: StoryState, sentence: Sentence, token: ScoreToken) -> bool:
    """"Beerschot won van Oosterzonen. Het werd 2-3.": in the lead, a score the match came
    to ("het werd") is the final score, unless the sentence names a moment of the match
    (a minute, the break)."""
    lex = ctx.lexicon
    before = sentence.folded[max(0, token.start - 30):token.start]
    hits = phrase_set(lex, f"lead_result_words:{ctx.report.lang}").find(before)
    return sentence.paragraph <= ctx.lead_paragraph and bool(hits) and \
        not before[hits[-1].end:].strip(" ,:") and \
        find_scores(sentence.folded)[0].start == token.start and \
        not lex.halftime_words.search(sentence.folded) and \
        not find_minutes(sentence.folded, lex)


def _respectively(ctx: StoryState, folded: str, token: ScoreToken, clubs: NamedClubs
                  ) -> NamedClubs | None:
    """"Genk et Courtrai ont gagné respectivement à Lommel (1-3) et contre
    Seraing (2-0)": as many clubs before the word as scores after it; the score's own club
    named before and the club named between the score before it and this one."""
    hit = phrase_set(ctx.lexicon, f"respectively_words:{ctx.report.lang}").search(folded)
    if hit is None or token.start < hit.end:
        return None
    ordered = sorted(clubs, key=lambda mc: mc[0].start)
    subjects = _coordinated(ctx.lexicon, folded, [(m, c) for m, c in ordered
                                                  if m.end <= hit.start])
    scores = [t for t in find_scores(folded) if t.start >= hit.end]
    if len(subjects) != len(scores) or len({c for _, c in subjects}) != len(subjects) or \
            len(scores) < 2:
        return None
    i = next(n for n, t in enumerate(scores) if t.start == token.start)
    since = scores[i - 1].end if i else hit.end
    objects = [(m, c) for m, c in ordered if since <= m.start < token.start]
    if len({c for _, c in objects}) != 1 or objects[0][1] == subjects[i][1]:
        return None
    return [subjects[i], objects[-1]]


def _coordinated(lexicon: Lexicon, folded: str, before: NamedClubs) -> NamedClubs:
    """The clubs of the list that closes `before`: the last club and those joined to it by
    commas and coordinators ("Lede, Hamont en Ninove"), not a club of an earlier clause."""
    chain: NamedClubs = []
    for m, c in reversed(list(dict.fromkeys(before))):
        if chain:
            if c == chain[0][1] and m.end >= chain[0][0].start - 1:
                continue  # one name found twice ("Oud-Heverlee Louvain")
            # an article or a league in brackets may stand in the gap ("OHL, le Beerschot
            # (D1B) et Saint-Trond")
            gap = re.sub(r"\([^()]{0,20}\)", " ", folded[m.end:chain[0][0].start])
            words = gap.replace(",", " ").split()
            if len(words) > 2 or any(w not in lexicon.coordinators.values and
                                     w not in lexicon.articles for w in words) or \
                    sum(w in lexicon.coordinators.values for w in words) > 1:
                break
        chain.insert(0, (m, c))
    return chain


def _after_respectively(ctx: StoryState, folded: str, token: ScoreToken) -> bool:
    """A score after "respectivement"."""
    hit = phrase_set(ctx.lexicon, f"respectively_words:{ctx.report.lang}").search(folded)
    return hit is not None and token.start >= hit.end


def _respectively_polarity(ctx: StoryState, folded: str) -> tuple[Hit | None, Hit | None]:
    """(win hit, lose hit) of the result word nearest before "respectivement"."""
    hit = phrase_set(ctx.lexicon, f"respectively_words:{ctx.report.lang}").search(folded)
    if hit is None:
        return None, None
    return _polarity(ctx.lexicon, folded[:hit.start], hit.start)


def _beats_a_name(ctx: StoryState, sentence: Sentence, lo: int, hi: int) -> bool:
    """A result piece whose win verb, "tegen"/"contre" or the word after its score takes a
    capitalised name no club list knows ("versloeg Hamme", "s'est imposé 3-1 contre Ciney",
    "won met 5-0 van Grotenberge"): an amateur club, so
    the clubs named elsewhere, or the story's, are not this result's."""
    text, folded = sentence.text, sentence.folded
    if len(text) != len(folded):
        return False  # positions of the folded text are not those of the original
    lex = ctx.lexicon
    starts = {m.start for m in ctx.mentions[sentence.index]}
    # (also a marker right after the score: "haalde het met 5-0 van Grotenberge")
    markers = [h for t in find_scores(folded[lo:hi])
               for h in phrase_set(lex, "opponent_after_score").find(folded[lo:hi])
               if h.start == t.end + 1]
    for hit in lex.transitive_win_verbs.find(folded[lo:hi]) + lex.against_words.find(
            folded[lo:hi]) + markers:
        after = re.match(r"\s+(?:(?:" + "|".join(re.escape(a) for a in lex.articles) +
                         r")\s+)?(?=[A-Z][\w'-]+)", text[lo + hit.end:hi])
        if not after:
            continue
        # the name and what may stand before a club's name ("den SC Charleroi", "gegen
        # Abstiegskandidat Cercle Brügge"): no club mention in it is an unknown club
        at = lo + hit.end + after.end()
        name = re.match(r"[^,;.:()\d]{0,30}", text[at:hi]).group(0)
        if not any(at <= start < at + len(name) for start in starts):
            return True
    return False


def _club_right_before(lex: Lexicon, folded: str, at: int, clubs: NamedClubs) -> str | None:
    """The club that opens a clause right before position `at` (a verb), nothing but a
    space between: "...: Genk won", "en Genk verloor" (not "Gegen Antwerp verlor Genk",
    where the verb comes before its subject)."""
    objects = phrase_set(lex, "object_relative_pronouns").values
    for m, c in clubs:
        if m.end > at or folded[m.end:at].strip():
            continue
        opening = re.split(r"[,;:.!?]", folded[:m.start])[-1].split()
        # (or after a pronoun that makes the clause's antecedent its object: "X, que Genk
        # a battu 2-1")
        if all(w in lex.coordinators.values or w in lex.articles for w in opening) or \
                len(opening) == 1 and opening[0] in objects:
            return c
    return None


def _unsettled_club(ctx: StoryState, sentence: Sentence, lo: int, hi: int,
                    clubs: NamedClubs) -> bool:
    """"et Bruges a battu le Lierse 2-0": a club of the result's piece that the words do
    not settle (Bruges is Club or Cercle): the result is that club's, not one named
    elsewhere."""
    named = clubs + resolved(ctx, ctx.mentions[sentence.index], sentence.folded)
    settled = {m.start for m, _ in named}
    # (not a nickname beside the club it stands for: "les Zèbres de Charleroi"; nor a
    # ground two clubs share: "in het Jan Breydelstadion werd het 5-1" names no club,
    # unless a leg is named: the ground may be the other leg's)
    leg_named = bool(ctx.lexicon.legs.search(sentence.folded))
    return any(lo <= m.start < hi and m.start not in settled and len(set(m.candidates)) > 1
               and (m.kind != "stadium" or leg_named)
               and not set(m.candidates) & {c for _, c in named}
               for m in ctx.mentions[sentence.index])


def _between_a_name(ctx: StoryState, sentence: Sentence, end: int) -> bool:
    """"de Europese finale van 1990 tussen Sampdoria en Anderlecht, waarin paars-wit met 2-0
    onderuitging": the two sides named before the score, one a capitalised name no club
    list knows (a foreign club): the result is theirs, not a club's named elsewhere."""
    text, folded = sentence.text, sentence.folded
    if len(text) != len(folded):
        return False
    lex = ctx.lexicon
    starts = {m.start for m in ctx.mentions[sentence.index]}
    joins = "|".join(re.escape(w) for w in lex.coordinators.values)
    for hit in lex.between_words.find(folded[:end]):
        sides = re.match(rf"\s+([A-Z][\w'-]+)(?:\s+[\w'-]+){{0,2}}?\s+(?:{joins})\s+"
                         rf"([A-Z][\w'-]+)", text[hit.end:end])
        if sides and any(hit.end + sides.start(i) not in starts for i in (1, 2)):
            return True
    return False


def _unknown_subject(ctx: StoryState, sentence: Sentence, lo: int, hi: int,
                     named: set[str], pair: tuple[str, str]) -> bool:
    """A result whose one named club is the object ("X won met 4-3 tegen Crossing Y"),
    while the subject before it is a capitalised name no club list knows: an amateur
    club, not the club the story was about."""
    lang = ctx.report.lang
    if all(c in named for c in pair) or lang in ctx.lexicon.noun_articles:
        return False  # (German capitalises its nouns: "der Drittligist")
    text = sentence.text
    if len(text) != len(sentence.folded):
        return False
    starts = [m.start for m in ctx.mentions[sentence.index] if lo <= m.start < hi]
    # the words before the first club of the piece, the sentence's first word left out
    # ("Dans", "Ook", "Zaterdag" open sentences with a capital)
    head = text[:min(starts, default=hi)]
    opening = re.match(r"\W*(\w+)", head)
    skip = opening.end() if lo == 0 and opening else lo
    if lo == 0 and opening and any(
            n.start == opening.start(1) and " " not in ctx.names.canonical(n.name) and
            not common_word(n.name, lang) for n in ctx.names_found[sentence.index]):
        # a bare capitalised name opening the sentence that the report never gives with a
        # first name may be a club no list knows as well as a player ("Zonnebeke a perdu
        # 1-3 contre X"): not the story's club
        return True
    people = [(n.start, n.end) for n in ctx.names_found[sentence.index]]
    for word in re.finditer(r"(?<![\w'])[A-Z][\w'-]{2,}", head[skip:]):
        at = skip + word.start()
        if not common_word(word.group(0), lang) and \
                fold(word.group(0)) not in ctx.finder.competition_words and \
                not any(s <= at < e for s, e in people) and \
                not any(_initials_of(word.group(0), club) for club in pair):
            return True
    return False


def _club_noun_doer(ctx: StoryState, clause: Clause, token: ScoreToken, named: set[str],
                    pair: tuple[str, str]) -> bool:
    """"De ploeg won na rust met 2-0", "Der Meister siegte am Ende 3:0": a win or a
    defeat whose doer is told by a club noun only (with an article or a possessive), in a
    sentence that names neither club of the match it would be filed under. Which club the
    noun stands for the words do not settle: the winner would be a guess."""
    if token.first == token.second or set(pair) & named:
        return False
    lex = ctx.lexicon
    win, lose = _polarity(lex, clause.folded, token.start - clause.start)
    hit = win or lose
    if hit is None or hit.start > token.start - clause.start:
        return False
    piece = re.split(r"[,;:]\s", clause.folded[:hit.start])[-1]
    words = piece.split()
    determiners = set(phrase_set(lex, "description_articles").values) | \
        set(phrase_set(lex, "possessives").values)
    opening = next((i for i, w in enumerate(words[:2]) if w in determiners), None)
    if opening is None or not 2 <= len(words) - opening <= 6 or re.search(r"\d", piece):
        return False
    subject = " ".join(words[opening:])
    if lex.home_side_words.search(subject) or lex.away_side_words.search(subject):
        return False  # "de thuisploeg won met 2-0": the story's home club
    return any(w.endswith(noun) for w in words[opening + 1:opening + 3]
               for noun in lex.club_nouns.values)


def _across_a_round_cell(ctx: StoryState, sentence: Sentence, token: ScoreToken,
                         pair: tuple[str, str]) -> bool:
    """"Deinze | 2-0 | Quarter-finals | Mechelen | 3-1 |": a row of a finalists' route table,
    one finalist's opponent on each side of the round; a club named across the round cell
    from the score was the other finalist's opponent, not this score's."""
    folded = sentence.folded
    if "|" not in folded:
        return False
    cells = _round_cells(ctx.lexicon, folded)
    return any(min(m.start, token.start) < cell < max(m.start, token.start)
               for m in ctx.mentions[sentence.index] if set(m.candidates) & set(pair)
               for cell in cells)


@lru_cache(maxsize=8)
def _round_cells(lexicon: Lexicon, folded: str) -> tuple[int, ...]:
    """Where a table row's round cells start, found once per row and not once per score."""
    return tuple(hit.start for hit in lexicon.rounds.find(folded)
                 if folded[:hit.start].rstrip().endswith("|"))


def _bare_opening(ctx: StoryState, sentence: Sentence, token: ScoreToken) -> str:
    """The sentence's opening words before its first club, when they hold no score ("Au
    tour précédent, X avait écarté Y 3-1", "In de vorige ronde klopte Genk Lommel met 3-0,
    Mechelen won met 1-2 bij Dessel"): they set the time of every result the sentence
    lists, unless another clause starts between them and the score ("..., maar nu won
    Genk met 3-0")."""
    folded = sentence.folded
    end = min([m.start for m in ctx.mentions[sentence.index]] + [token.start])
    opening = folded[:end]
    if find_scores(opening) or ctx.splitter.search(folded, end, token.start):
        return ""
    return opening


def _at_another_ground(ctx: StoryState, sentence: Sentence, named: set[str],
                       pair: tuple[str, str]) -> bool:
    """A result that names neither of its clubs, or only one, played at the ground of a
    third club ("de kustploeg speelde 2-2 in de Ghelamco Arena", "de zege op Stayen, waar
    Gent goed speelde"): another match than the story's."""
    if set(pair) <= named:
        return False
    grounds = [m for m in ctx.mentions[sentence.index] if m.kind == "stadium" and m.candidates]
    return any(not set(m.candidates) & set(pair) for m in grounds)


def _last_final_told(ctx: StoryState, sentence: Sentence, pair: tuple[str, str]) -> bool:
    """The final of no year a report of the summer or autumn tells is the last one played:
    the report is that final's (its round, or its own clubs with the final's day or ground
    in its lead), or its lead says a cup was won, or the sentence names the cup winner
    ("Pokalsieger wurde Lommel, nach einem 2:1 im Endspiel gegen Genk") and no year."""
    lex = ctx.lexicon
    lead = " ".join(s.folded for s in ctx.report.sentences[:4])
    if ctx.round == "final" or ctx.main_pair and set(ctx.main_pair) == set(pair) and (
            _day_named(lex, lead) or _names_the_final(ctx, lead)):
        return True
    if years(sentence.folded):
        return False
    return ctx.cup_won_in_lead or \
        bool(phrase_set(lex, "cup_winner_titles").search(sentence.folded) or
             lex.won_the_cup.search(sentence.folded))


def _written_season_of(text: str, season: str) -> bool:
    """The text writes out `season` ("2006-2007", "2006/07"), not only a year of it."""
    return any(season_written(m) == season for m in WRITTEN_SEASON.finditer(text))


def _initials_of(word: str, club: str) -> bool:
    """An abbreviation made of the capitals of a club's name ("LSK" for Lommel SK)."""
    return word.isupper() and word == "".join(ch for ch in club if ch.isupper())


def _home_told(ctx: StoryState, pair: tuple[str, str]) -> bool:
    """The story already knows which club of this pair played at home (a heading "A - B",
    a ground named)."""
    for draft in (ctx.current, ctx.main):
        if draft is not None and set(draft.match.clubs) == set(pair):
            return draft.home_known
    return bool(ctx.main_pair and set(ctx.main_pair) == set(pair) and ctx.main_home_known)


def _running_agrees(ctx: StoryState, pair: tuple[str, str], goals: dict[str, int]) -> bool:
    """The running score the story told last for this pair's match is these goals."""
    for draft in (ctx.current, ctx.main):
        if draft is None or set(draft.match.clubs) != set(pair) or draft.running == (0, 0):
            continue
        m = draft.match
        return {m.home: draft.running[0], m.away: draft.running[1]} == goals
    return False


def _lead_subject(ctx: StoryState, sentence: Sentence, clause: Clause) -> str | None:
    """The subject of the sentence's clauses before this one."""
    earlier = [(m, c) for m, c in resolved(ctx, ctx.mentions[sentence.index], sentence.folded)
               if m.end <= clause.start]
    return subject_of(ctx.lexicon, ctx.report.lang, sentence.folded, earlier) \
        if earlier else None


def _nearest_club_not_in(lex: Lexicon, sentence: Sentence, clause: Clause,
                         token: ScoreToken, clubs: NamedClubs, pair: tuple[str, str],
                         lo: int) -> bool:
    """The club named last before the score, in its clause, is not one of the pair the
    result was given to ("Lierse schied in Kortrijk aus und empfängt Tubize, das beim KV
    Mechelen 0:2 unterlag"): the score is that club's, and its match is not told. (A result
    joined to the one before by "et" starts after it: "la victoire 4-1 de A contre B et la
    défaite 1-2 de C contre D" names no club of the first before the second's score.)"""
    start = clause.start
    if lo > clause.start:
        opening = sentence.folded[clause.start:lo].rstrip()
        if any(hit.end == len(opening) for hit in lex.coordinators.find(opening)):
            start = lo
    before = [(m, c) for m, c in clubs if m.kind in ("alias", "nickname") and
              start <= m.start and m.end <= token.start]
    if not before:
        return False
    return max(before, key=lambda mc: mc[0].end)[1] not in pair


def _earlier_year_before(ctx: StoryState, sentence: Sentence) -> int | None:
    """The year before the report's season that a sentence before (in the same paragraph,
    with no score since) opens on ("In 1998 won ...", "En 2004, ..."): it sets the time the
    paragraph tells of (a year further on, as in "since 2018", does not)."""
    now = ctx.report.season
    prev = previous_sentence(ctx, sentence)
    ends = int(now[:4]) + 1 if now else 0  # the year of the final of the report's season
    # "In 2015 ... . Zes jaar later ... . Hij versloeg ...": the years told on since that year
    later = 0
    for _ in range(6):
        # (back to the paragraph's start: "En 2009, Lierse étonne. Ses jeunes sont
        # titulaires. Lierse bat Anderlecht 3-1.")
        if prev is None or now is None or find_scores(prev.folded):
            return None
        opening = years(" ".join(prev.folded.split()[:2])) or [
            year for _, year in short_seasons(" ".join(prev.folded.split()[:5]), ends)
        ]  # "Au cours de la saison 71-72"
        if not opening and len(prev.folded.split()) <= 6 and not ctx.mentions[prev.index] \
                and explicit_dates(prev.folded, ctx.lexicon, None):
            opening = years(prev.folded)  # "We schrijven 2 mei 2030.": the scene is set
        if opening:
            year = opening[0] + later
            return year if year < int(now[:4]) else None
        told = _cup_won_in(ctx.lexicon, prev.folded, int(now[:4]))
        if told is not None and not _day_named(ctx.lexicon, sentence.folded) and \
                not phrase_set(ctx.lexicon, "previous_cup_words").search(prev.folded):
            # "Genk won zijn eerste beker in 1998. In de finale klopte het ..."; not "Standard
            # won zijn vorige beker in 2018. In de finale klopte het (zondag) Genk": that
            # final is today's
            return told
        if years(prev.folded) or short_seasons(prev.folded, ends):
            return None  # another year named on the way: the time has moved on
        later += years_ago(ctx.lexicon, ctx.report.lang, prev.folded, "years_later") or 0
        prev = previous_sentence(ctx, prev)
    return None


def _cup_won_in(lex: Lexicon, folded: str, before: int) -> int | None:
    """The one year, before `before`, in which a sentence says a cup was won ("Le Standard a
    remporté sa première Coupe en 1954"), not as the start of a span ("sinds 1998")."""
    if lex.future_words.search(folded) or not (
            lex.cup_win_words.search(folded) or lex.won_the_cup.search(folded) or
            lex.cup_nouns.search(folded) and lex.win.search(folded) or
            phrase_set(lex, "trophy_nouns").search(folded) and
            phrase_set(lex, "trophy_verbs").search(folded)):
        return None  # (not "ce sera une revanche de la finale de 2018")
    since = phrase_set(lex, "since_words")
    # (the year of the final: "l'exercice 1974/75" ended in 1975)
    found = {_final_year(folded, m) for m in year_matches(folded)
             if not since.search(folded[max(0, m.start() - 12):m.start()])}
    return found.pop() if len(found) == 1 and min(found) < before else None


def _not_stored(ctx: StoryState, pair: tuple[str, str], season: str | None) -> None:
    """A result told but not stored (its cup is not said): what the sentences after it tell
    ("... battu Genk 1-0. Sur une réalisation d'Emond (92e).") is about that match, so they
    go to a draft of it that is never stored, not to the match told before."""
    match = Match(competition=ctx.competition, season=season or "", round=None, leg=None,
                  home=pair[0], away=pair[1], order_unsure=True)
    ctx.current = ctx.sentence_draft = Draft(match=match)


def _said_before(ctx: StoryState, sentence: Sentence, pair: tuple[str, str]
                 ) -> tuple[str, Hit | None, Hit | None] | None:
    """(club, win hit, lose hit) of the sentence before in the same paragraph, when its
    subject is one of `pair` and it says that club won or lost."""
    if sentence.index == 0:
        return None
    before = ctx.report.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph:
        return None
    named = [(m, c) for m, c in resolved(ctx, ctx.mentions[before.index]) if c in pair]
    return _who_won_in(ctx, before.folded, named)


def _who_won_in(ctx: StoryState, text: str, named: NamedClubs
                ) -> tuple[str, Hit | None, Hit | None] | None:
    """(club, win hit, lose hit) when `text` holds no score, its subject is one of the clubs
    `named` and it says that club won or lost (not both, not negated)."""
    if not text.strip() or find_scores(text):
        return None
    subject = subject_of(ctx.lexicon, ctx.report.lang, text, named)
    hits = _outer_hits(ctx.lexicon, text)
    win = next((h for h, k in hits if k == "win"), None)
    lose = next((h for h, k in hits if k == "lose"), None)
    if subject is None or bool(win) == bool(lose) or ctx.lexicon.negations.search(text):
        return None
    return subject, win, lose


def _subordinate_subject(ctx: StoryState, folded: str, clubs: NamedClubs,
                         token: ScoreToken) -> str | None:
    """The club right after the last subordinating conjunction before the score ("..., weil
    Y mit 0:2 verlor", "..., zodat Genk met 2-1 won"), when it is the only club between the
    conjunction and the score."""
    words = phrase_set(ctx.lexicon, f"subordinators:{ctx.report.lang}")
    hits = [h for h in words.find(folded[:token.start])]
    if not hits:
        return None
    start = hits[-1].end
    inside = [(m, c) for m, c in clubs if start <= m.start < token.start]
    if len({c for _, c in inside}) != 1 or is_object(ctx.lexicon, folded, inside[0][0]):
        return None  # ("after defeating Club Brugge 2-1": the object, not a subject)
    return inside[0][1]


def _said_earlier_in_sentence(ctx: StoryState, sentence: Sentence, clause: Clause,
                              pair: tuple[str, str]
                              ) -> tuple[str, Hit | None, Hit | None] | None:
    """(club, win hit, lose hit) of the sentence's words before the score's clause ("X
    haalde het van Y: het werd 1-2")."""
    named = [(m, c) for m, c in resolved(ctx, ctx.mentions[sentence.index])
             if c in pair and m.end <= clause.start]
    return _who_won_in(ctx, sentence.folded[:clause.start], named)


def pair_before(folded: str, token: ScoreToken, clubs: NamedClubs) -> tuple[str, str] | None:
    """"Genk - Kortrijk 1-0", "Genk-Kortrijk: 1-0", "Genk 1-0 Kortrijk": home named first."""
    ordered = _joined_names(folded, sorted(clubs, key=lambda mc: mc[0].start))
    for (m1, c1), (m2, c2) in zip(ordered, ordered[1:], strict=False):
        if c1 == c2:
            continue
        between = folded[m1.end:m2.start]
        after = folded[m2.end:token.start]
        # (a bracketed level may follow a club: "Zulte Waregem - Cappellen (Amateure) 1:2";
        # a short word may open the second club's name as written: "Aalst - RC Genk 1:4")
        if re.fullmatch(r"\s*(?:\([^()\d]{1,25}\))?\s*[-/]\s*(?:[a-z]{2,4}\.?\s+)?", between) and \
                re.fullmatch(r"\s*(?:\([^()\d]{1,25}\))?\s*[:,]?\s*", after):
            return c1, c2
        if m1.end <= token.start and token.end <= m2.start and \
                re.fullmatch(r"\s*", folded[m1.end:token.start]) and \
                re.fullmatch(r"\s*", folded[token.end:m2.start]):
            return c1, c2
    return None


def _joined_names(folded: str, ordered: NamedClubs) -> NamedClubs:
    """Club mentions with two names of one club side by side taken as one ("OHL Löwen",
    "Sint-Truiden STVV"): its span runs from the first to the last."""
    joined: NamedClubs = []
    for m, c in ordered:
        if joined and joined[-1][1] == c and not folded[joined[-1][0].end:m.start].strip():
            first = joined[-1][0]
            joined[-1] = (replace(first, end=m.end), c)
        else:
            joined.append((m, c))
    return joined


def _digits_against_verb(lex: Lexicon, clause: Clause, token: ScoreToken, subject: str | None,
                         tie: tuple[str, str]) -> bool:
    """Read home-first with `tie[1]` at home, the digits give the win to the club the
    clause's result word says lost (or the loss to the one it says won)."""
    if subject not in tie or token.first == token.second:
        return False
    win, lose = _polarity(lex, clause.folded, token.start - clause.start)
    if bool(win) == bool(lose):
        return False
    own = token.first if tie[1] == subject else token.second
    other = token.second if tie[1] == subject else token.first
    return (own < other) if win else (own > other)


def _polarity(lexicon: Lexicon, clause: str, at: int) -> tuple[Hit | None, Hit | None]:
    """(win hit, lose hit) for a score at `at`: only the result word nearest to the score
    counts ("3-2 verlies in Kortrijk, 1-0 winst thuis"), and not one in a comma piece of
    another score ("won met 1-0, genoeg om de 3-2 nederlaag goed te maken")."""
    hits = [(h, k) for h, k in _outer_hits(lexicon, clause)
            if not _of_another_score(clause, h, at) and
            not _next_verb_phrase(lexicon, clause, h, at)]
    if not hits:
        return None, None
    hit, kind = min(hits, key=lambda hk: min(abs(hk[0].start - at), abs(hk[0].end - at)))
    return (hit, None) if kind == "win" else (None, hit)


def _next_verb_phrase(lexicon: Lexicon, clause: str, hit: Hit, at: int) -> bool:
    """A result word after the score, with an "and" and no other score between them, starts
    the next verb phrase of the same subject ("won de heen met 3-0 en verloor de terug met
    1-0"): it tells the score after it, not this one. (A verb after scores joined by "and"
    tells them all: "ging met 1-3 en 2-0 onderuit".)"""
    if hit.start <= at:
        return False
    scores = find_scores(clause)
    end = next((t.end for t in scores if t.start == at), at)
    return not any(end <= t.start < hit.start for t in scores) and \
        any(end <= c.start and c.end <= hit.start for c in lexicon.coordinators.find(clause))


def _outer_hits(lexicon: Lexicon, text: str) -> list[tuple[Hit, str]]:
    """The win and lose words of a text, each with its kind, but for one inside a longer
    one: "a été battu", "wurde besiegt" (the passive holds the active verb), "heeft X uit
    de beker gewipt" (the perfect holds the passive's participle)."""
    hits = [(h, "win") for h in lexicon.win.find(text)]
    hits += [(h, "win" if _active_perfect(lexicon, text, h) else "lose")
             for h in lexicon.lose.find(text)]
    hits += [(h, "win") for h in perfect_wins(lexicon, text)]
    return [(h, k) for h, k in hits if not any(
        o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start
        for o, _ in hits)]


@cache
def _perfect_participles(lex: Lexicon) -> frozenset[str]:
    """The participles the win phrases frame with a perfect auxiliary ("heeft ...
    uitgeschakeld" gives "uitgeschakeld")."""
    auxiliaries = phrase_set(lex, "perfect_auxiliaries").values
    parts = [fold(p).split(" ... ") for ps in lex.data["win"].values() for p in ps]
    return frozenset(p[-1] for p in parts if len(p) == 2 and p[0] in auxiliaries)


def perfect_wins(lex: Lexicon, text: str) -> list[Hit]:
    """Participles that tell nothing alone ("verslagen": a defeat, or a club "beaten" weeks
    ago), each in its perfect's frame: the subject's win ("Dessel heeft Lommel met 2-1
    verslagen")."""
    return [h for h in _participles(lex).find(text) if _active_perfect(lex, text, h)]


@cache
def _participles(lex: Lexicon) -> PhraseSet:
    """The perfect's participles that are no loss words of their own."""
    return PhraseSet(dict.fromkeys(
        p for p in _perfect_participles(lex) if p not in lex.lose.values))


def _active_perfect(lex: Lexicon, text: str, hit: Hit) -> bool:
    """A participle that alone tells a loss ("Lokeren werd uitgeschakeld") after a perfect
    auxiliary of its own clause, however many words stand between them: the subject's win
    ("Tubeke heeft dinsdag in de achtste finales Lokeren uitgeschakeld"). A passive
    auxiliary, a coordinator, a word of contrast or a punctuation mark between them ends the
    frame ("heeft gestreden maar werd uitgeschakeld"). A subordinate clause puts the
    auxiliary right after the participle ("nachdem X Y geschlagen hat", "nadat X Y verslagen
    had")."""
    if hit.phrase not in _perfect_participles(lex):
        return False
    auxiliaries = phrase_set(lex, "perfect_auxiliaries").values
    after = text[hit.end:].split()[:1]
    if after and after[0].strip(",;.!?)") in auxiliaries:
        return True
    # (a colon ends it, not one inside a German score: "hat X mit 2:1 geschlagen")
    stretch = re.split(r"[,;.!?()]|(?<!\d):|:(?!\d)", text[:hit.start])[-1]
    stops = set(phrase_set(lex, "passive_auxiliaries").values) | clause_joiners(lex)
    for word in reversed(stretch.split()):
        if word in auxiliaries:
            return True
        if word in stops:
            return False
    return False


def _of_another_score(clause: str, hit: Hit, at: int) -> bool:
    """A result word whose comma piece holds a score, not the one at `at`. A score in
    brackets is a list item's ("Weiter sind A (1:2 gegen X), B (3:0 gegen Y) und C (1:4
    gegen Z)"): the word before the list governs every item."""
    starts = [m.end() for m in re.finditer(r"[,;]\s", clause) if m.end() <= hit.start]
    lo = max([0] + starts)
    ends = [m.start() for m in re.finditer(r"[,;]\s", clause) if m.start() >= hit.end]
    hi = min([len(clause)] + ends)
    piece = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), clause[lo:hi])
    scores = [t.start for t in find_scores(piece)]
    return bool(scores) and not lo <= at < hi


def _verb_pair(lex: Lexicon, folded: str, token: ScoreToken, clubs: NamedClubs,
               subject: str | None = None) -> NamedClubs | None:
    """In a clause naming three clubs or more, the two a result verb joins, nearest before
    the score: the club right before the verb and the first after it ("Eupen est rejoint par
    Saint-Trond qui s'est défait de Mandel United (3-2)")."""
    # (a split phrase can hold the score: "victorieuse 2-1 de X")
    verbs = [h for h in lex.win.find(folded) + lex.lose.find(folded) if h.start < token.start]
    if not verbs:
        return None
    verb = max(verbs, key=lambda h: h.start)
    before = [(m, c) for m, c in clubs if m.end <= verb.start and verb.start - m.end <= 30]
    after = [(m, c) for m, c in clubs if verb.end <= m.start < token.start and
             m.start - verb.end <= 60] or \
        [(m, c) for m, c in clubs if 0 <= m.start - token.end <= 20]  # "(vainqueur 0-3 à X)"
    if not before and subject and _possessed(lex, folded[:verb.start]):
        # "... na de nederlaag tegen X, dankzij zijn zege met 1-2 bij Y": the noun's owner is
        # the sentence's subject, and its opponent the club right after the score
        before = [(m, c) for m, c in clubs if c == subject][:1]
    if not before or not after:
        return None
    subject, other = max(before, key=lambda mc: mc[0].end), min(after, key=lambda mc: mc[0].start)
    return [subject, other] if subject[1] != other[1] else None


def _recent_form(lex: Lexicon, folded: str) -> bool:
    """"Genk komt uit een 3-0-zege tegen Eupen": a club's last result before the
    match told, with no cup word of its own: the league's, not a cup result."""
    return bool(phrase_set(lex, "recent_form_words").search(folded)) and \
        not lex.cup_words.search(folded) and not lex.rounds.search(folded)


def _after_against(lex: Lexicon, folded: str, mention: ClubMention) -> bool:
    """An "against" word among the three words right before the club, in its piece
    ("contre le VG Ostende", "tegen eersteklasser Genk")."""
    return bool(lex.against_words.search(last_words(folded, mention.start, r"[,;:.!?()]")))


def _credited_to(lex: Lexicon, between: str) -> bool:
    """The words from a score to a club give the score to it ("1-0 pour Genk")."""
    words = between.split()
    return 1 <= len(words) <= 2 and words[0] in lex.credit_words.values


def _possessed(lex: Lexicon, before: str) -> bool:
    """The word right before a result noun is a possessive ("sa victoire", "zijn zege")."""
    words = before.split()
    return bool(words) and words[-1] in phrase_set(lex, "possessives").values


def _other_leg_pair(ctx: StoryState, sentence: Sentence, token: ScoreToken,
                    spans: list[tuple[int, int]], piece_clubs: NamedClubs
                    ) -> tuple[str, str] | None:
    """"... son partage à Genk (1-1) après avoir remporté l'aller (2-0)": a score whose
    piece names a leg and no club, after the other leg's result in the same sentence, is of
    the same tie."""
    prior = ctx.sentence_draft
    if piece_clubs or prior is None or prior.match.leg is None:
        return None
    leg = own_leg(ctx.lexicon, sentence.folded, token, spans)
    if leg != 3 - prior.match.leg:
        return None
    return prior.match.home, prior.match.away


def _favoured(lex: Lexicon, folded: str, token: ScoreToken, clubs: NamedClubs,
              pair: tuple[str, str]) -> str | None:
    """The club a favour phrase right after the score names ("2-0 in het voordeel van
    Genk", "0-5 in Anderlecht's favour"), when it is one of the pair."""
    after = folded[token.end:token.end + 45]
    named = [c for hit in lex.favour_words.find(after) for m, c in clubs
             if 0 <= m.start - (token.end + hit.end) <= 5]
    named += [c for hit in lex.favour_after_club.find(after) for m, c in clubs
              if 0 <= token.end + hit.start - m.end <= 3]
    if not lex.lose.search(folded[max(0, token.start - 30):token.start]):
        # "Score final : 2-3 pour Lierse" (not "une défaite 0-2 pour Genk": Genk's defeat)
        named += [c for m, c in clubs if token.end < m.start
                  and _credited_to(lex, folded[token.end:m.start])]
    return next((c for c in named if c in pair), None)


def _match_clubs(ctx: StoryState, clause_clubs: NamedClubs, clubs: NamedClubs,
                 subject: str | None, folded: str, in_list: bool = False
                 ) -> tuple[str, str] | None:
    """The two clubs of the match a result clause is about."""
    own = list(dict.fromkeys(c for _, c in clause_clubs))
    if len(own) < 2:
        own = list(dict.fromkeys(own + [c for _, c in clubs]))
    if subject and subject not in own:
        own.insert(0, subject)
    if len(own) >= 2:
        return own[0], own[1]
    if in_list and not own:
        return None  # a result of a list that names none of its clubs
    if len(own) == 1:
        # "Genk won met 1-0": the opponent is the one of the match being told; in a
        # round-up ("Ook Zulte Waregem won met 1-2") an unnamed opponent stays unknown
        first = own[0]
        for draft in (ctx.current, ctx.main):
            if draft and first in draft.match.clubs:
                other = draft.match.away if draft.match.home == first else draft.match.home
                return first, other
        # "Club Brugge of Standard? De West-Vlamingen verloren met 4-1": the sentence
        # before named this club and one other as opponents
        if ctx.previous_clubs and first in ctx.previous_clubs:
            others = [c for c in ctx.previous_clubs if c != first]
            if len(others) == 1:
                return first, others[0]
        told_next = _opponent_told_next(ctx, folded, first)
        if told_next is None and _named_before_verb(ctx.lexicon, folded, clause_clubs, first):
            told_next = _opponent_told_before(ctx, folded, first)
        if told_next:
            return first, told_next
        if in_list:
            return None  # one of several results: its opponent is not the story's
        if ctx.main_pair and first in ctx.main_pair:
            return first, next(c for c in ctx.main_pair if c != first)
        # "ze wonnen met 4-1 tegen Club Brugge": the one club named is the object, the
        # subject is the club the story was about
        mentions = [m for m, c in clause_clubs if c == first]
        if mentions and any(season_for_year(y) != ctx.season
                            for y in years(folded[:mentions[0].start])) and \
                not ctx.lexicon.club_nouns.search(folded[:mentions[0].start]):
            # "De eerste keer was dat in 1954, tegen Lierse": the club the story is about
            # now did not play a match of another year (unless the words name it as the
            # subject: "in 2019 won de club de beker tegen X")
            return None
        if mentions and all(is_object(ctx.lexicon, folded, m) for m in mentions) and \
                not _level_subject(ctx, folded[:mentions[0].start]):
            for other in ctx.focus:
                if other != first:
                    return other, first
        return None
    draft = story_draft(ctx)
    return (draft.match.home, draft.match.away) if draft else None


def _level_subject(ctx: StoryState, before: str) -> bool:
    """A club described by its level before the object club ("de tweede amateurclub won met
    1-0 van X", "der Promotionär schlug X"): any club of a round-up, not the story's."""
    piece = re.split(r"[,;:.!?]\s", before)[-1]
    # (a level right before the object describes the object: "op het veld van
    # eersteprovincialer X")
    return any(piece[hit.end:].strip() for hit in
               phrase_set(ctx.lexicon, "unlisted_club_cues.before").find(piece))


def _opponent_told_next(ctx: StoryState, folded: str, club: str) -> str | None:
    """"Ook Lierse won met 1-2. Invaller X redde de Pallieters tegen Heist.": the next
    sentence of the paragraph, with no score of its own, names the club again and one
    other right after "tegen": that club was the opponent."""
    after = _plain_neighbour(ctx, folded, 1)
    if after is None:
        return None
    clubs = resolved(ctx, ctx.mentions[after.index], after.folded)
    named = {c for _, c in clubs}
    if club not in named or len(named) != 2:
        return None
    other = next(c for c in named if c != club)
    return other if _right_after_against(ctx.lexicon, after.folded, clubs, other) else None


def _named_before_verb(lex: Lexicon, folded: str, clause_clubs: NamedClubs, club: str) -> bool:
    """The club is named before the result's verb, as its subject (a club named after
    "verloren van" is the opponent, the subject another)."""
    verbs = lex.win.find(folded) + lex.lose.find(folded)
    return bool(verbs) and any(c == club and m.end <= min(v.start for v in verbs) and
                               not is_object(lex, folded, m) for m, c in clause_clubs)


def _opponent_told_before(ctx: StoryState, folded: str, club: str) -> str | None:
    """"Zij moesten het opnemen tegen Oostkamp. (...): Aalst won met 3-5.": the sentence
    before, in the paragraph and with no score of its own, names one club only, right after
    "tegen", the one the club played (read when the club is the result's subject)."""
    before = _plain_neighbour(ctx, folded, -1)
    if before is None:
        return None
    clubs = resolved(ctx, ctx.mentions[before.index], before.folded)
    named = {c for _, c in clubs}
    if len(named) != 1 or club in named:
        return None
    other = named.pop()
    return other if _right_after_against(ctx.lexicon, before.folded, clubs, other) else None


def _plain_neighbour(ctx: StoryState, folded: str, step: int) -> Sentence | None:
    """The sentence `step` away from the one of `folded`, in the same paragraph, that tells
    no score and nothing of the future, the league, an earlier time or a wish."""
    lex = ctx.lexicon
    here = next((s for s in ctx.report.sentences if s.folded == folded), None)
    if here is None or not 0 <= here.index + step < len(ctx.report.sentences):
        return None
    there = ctx.report.sentences[here.index + step]
    text = there.folded
    if there.paragraph != here.paragraph or find_scores(text) or any(
            words.search(text) for words in (lex.future_words, lex.league_words,
                                             lex.earlier_words, lex.hypothetical_words)):
        return None
    return there


def _right_after_against(lex: Lexicon, text: str, clubs: NamedClubs, club: str) -> bool:
    """`club` is named right after "tegen", "contre", "against" (one word between at most)."""
    against = [a.end for a in lex.against_words.find(text)]
    return any(c == club and any(m.start >= end and len(text[end:m.start].split()) <= 1
                                 for end in against)
               for m, c in clubs)


def result(ctx: StoryState, sentence: Sentence, clause: Clause, token: ScoreToken,
           clause_clubs: NamedClubs, clubs: NamedClubs, subject: str | None,
           glued_pair: tuple[str, str] | None, source: Source) -> None:
    """A match result: its clubs, its score home-first, and the match it is about."""
    lex = ctx.lexicon
    around = clause.folded
    # the clubs of the score's own comma piece first ("Standard won 1:0 bei Lierse, Club
    # Brügge gewann 3:0 gegen Westerlo")
    pieces = _result_pieces(ctx, sentence, clubs)
    spans = pieces.spans
    in_list = False
    lo, hi = pieces.piece[token.start]
    upto = min([hi] + [start for start, _ in pieces.spans if start > token.start])
    if len(pieces.spans) > 1 and _league_after(lex, sentence.folded[token.end:upto]):
        # "3-1 contre Lierse pour la Coupe, puis 2-0 face à X pour le championnat": the words after
        # this score, in its own piece and before the next score, name the league
        ctx.facts.unused.append(source)
        return
    own_words = sentence.folded[lo:upto]
    if lex.other_cups.search(sentence.folded[lo:min(upto, token.end + 25)]):
        # "Club Brugge won de Supercup met 2-1 van Genk, de bekerwinnaar": another cup's
        ctx.facts.unused.append(source)
        return
    if names_other_competition(lex, own_words):
        # "De U18 van Club Brugge won de bekerfinale met 2-1": the youth's (or women's) cup
        ctx.facts.unused.append(source)
        return
    if _league_told(lex, own_words):
        # "Trois jours plus tôt, large succès en championnat contre Eupen (5-0), puis en
        # coupe ...": the score's own piece says it was the league's
        ctx.facts.unused.append(source)
        return
    # a live-blog entry holds several sentences: clubs after this one's full stop are not
    # this result's
    stop = re.search(r"[.!?]\s", sentence.folded[hi:])
    limit = hi + stop.start() if stop else len(sentence.folded)
    clubs = [(m, c) for m, c in clubs if m.start < limit]
    clause_clubs = [(m, c) for m, c in clause_clubs if m.start < limit]
    # "... a gagné 3-1 et imite ainsi le Club de Bruges en 1970": a club after the score
    # that the words right after it date to a year is told of that year, not this result
    dated_by = _dated_pattern(lex)
    dated = {m.start for m, _ in clubs if m.start > token.end and
             dated_by.match(sentence.folded, m.end)}
    # "X wint met 2-0 en vergezelt Y naar de halve finales": a club a verb of going
    # along names after the score went through too; it was not the opponent
    fellow_verbs = phrase_set(lex, "fellow_verbs")
    fellows = {m.start for m, _ in clubs if m.start > token.end and
               fellow_verbs.search(_no_score_between(sentence.folded[token.end:m.start]))}
    # ... also before the score, when the result's verb comes first ("Lommel s'impose à
    # Deinze et rejoint Genk en demi-finale (0-2)"; not "X est rejoint par Y, qui
    # a gagné 2-0", nor "X rejoint Y, qui a battu Z 2-0": Y is the subject there)
    for (m1, _), (m2, _) in zip(clubs, clubs[1:], strict=False):
        between = sentence.folded[m1.end:m2.start]
        along = fellow_verbs.search(between)
        if m2.start < token.start and along and not find_scores(between) and \
                lex.win.search(sentence.folded[:m1.end + along.start]):
            fellows.add(m2.start)
    clubs = [(m, c) for m, c in clubs if m.start not in dated | fellows]
    clause_clubs = [(m, c) for m, c in clause_clubs if m.start not in dated | fellows]
    # "X, Y et Z ... respectivement A (1-2), B (3-1) et C (0-1)": read on all the clubs,
    # before a list's pieces take theirs away
    each = None if glued_pair else _respectively(ctx, sentence.folded, token, clubs)
    if each is None and not glued_pair and _after_respectively(ctx, sentence.folded, token):
        # a list the clubs found do not fill (a club no list knows stands in it: "Lede en
        # Hamont haalden het van respectievelijk Ninove (0-4) en Lebbeke (1-0)"): pairing
        # its score with other clubs would give it to the wrong match
        ctx.facts.unused.append(source)
        return
    piece_clubs = [(m, c) for m, c in clubs if lo <= m.start < hi]
    if len({c for _, c in piece_clubs}) >= 2:
        clause_clubs = piece_clubs
        subject = subject_of(lex, ctx.report.lang, sentence.folded, piece_clubs) or subject
    elif len(piece_clubs) == 1 and is_object(lex, sentence.folded, piece_clubs[0][0]):
        # "..., qui s'est qualifiée en l'emportant 2-0 face au FC Bruges": the piece's one
        # club is the opponent; the subject is the club named last before the piece
        # (an antecedent of "qui", "dat", but no other object of an earlier piece: "won the
        # cup in 2032 (2-1 against Genk) and 2038 (3-0 against Westerlo)" was not Genk's)
        opener = sentence.folded[lo:hi].split()[:1]
        relative = bool(opener) and opener[0] in phrase_set(lex, "relative_pronouns").values
        before = [(m, c) for m, c in clause_clubs if m.start < lo and c != piece_clubs[0][1]
                  and (relative or not is_object(lex, sentence.folded, m))]
        if before:
            clause_clubs = [before[-1], piece_clubs[0]]
            subject = before[-1][1]
    elif glued_pair is None:
        # a list of results ("Charleroi tegen Bocholt (5-0), Genk met 0-4 van Aalst"): a
        # score never takes the clubs of another result's piece
        taken = pieces.taken - pieces.subject_clubs.get(lo, set())
        clause_clubs = [(m, c) for m, c in clause_clubs if (m.start, c) not in taken]
        clubs = [(m, c) for m, c in clubs if (m.start, c) not in taken]
        in_list = bool(taken)
        own_text = sentence.folded[lo:hi]
        if in_list and subject not in {c for _, c in piece_clubs} and \
                not lex.reason_words.search(own_text[:20]):
            # the subject of another result of the list ("... und 1994 war Anderlecht
            # stärker"); a participle piece ("having drawn the first leg 1-1") shares it
            subject = None
    if glued_pair is None and len({c for _, c in clause_clubs}) >= 3:
        by_verb = _verb_pair(lex, sentence.folded, token, clause_clubs, subject)
        if by_verb:
            clause_clubs, subject = by_verb, by_verb[0][1]
    if each:
        clause_clubs, clubs, subject, in_list = each, each, each[0][1], False
    tie = None if glued_pair else _other_leg_pair(ctx, sentence, token, spans, piece_clubs)
    tie_home = None
    if tie and ctx.sentence_draft.home_known and ctx.lexicon.home_first.get(ctx.report.lang,
                                                                           True):
        # the other leg's home club was this leg's away club; the digits are home-first,
        # unless they give the win to the club the verb says lost ("won de return met 3-1,
        # na een 0-1 nederlaag in de heenwedstrijd": the defeat is the subject's)
        if _digits_against_verb(lex, clause, token, subject, tie):
            tie_home = tie[1]
        else:
            glued_pair = tie[1], tie[0]
    pair = glued_pair or tie or _match_clubs(ctx, clause_clubs, clubs, subject,
                                             sentence.folded, in_list)
    if pair and not glued_pair and not tie and (
            _beats_a_name(ctx, sentence, lo, hi) or
            _between_a_name(ctx, sentence, token.start) or
            _unsettled_club(ctx, sentence, lo, hi, clubs) or
            _unknown_subject(ctx, sentence, lo, hi, {c for _, c in clubs}, pair) or
            _at_another_ground(ctx, sentence, {c for _, c in clubs}, pair) or
            _club_noun_doer(ctx, clause, token, {c for _, c in clubs}, pair)):
        pair = None  # "De eersteklasser versloeg Hamme met 4-1": not the story's match
    if pair and not glued_pair and not tie and not each and \
            _nearest_club_not_in(lex, sentence, clause, token, clubs, pair, lo):
        pair = None
    if pair is None or pair[0] == pair[1] or _recent_form(lex, sentence.folded) or \
            _across_a_round_cell(ctx, sentence, token, pair):
        ctx.facts.unused.append(source)
        return
    a, b = token.first, token.second
    first, second = pair
    home: str | None = None
    told_from = 0  # where a relative clause or apposition telling the result starts
    apposition = aside = False
    goals: dict[str, int]
    if glued_pair:
        home = first
        goals = {first: a, second: b}
    else:
        inner = _subordinate_subject(ctx, sentence.folded, clubs, token)
        if inner in pair:
            # "X jubelte, weil Y mit 0:2 verlor": the clause the score stands in has its
            # own subject
            subject = inner
        objects_only = bool(clause_clubs) and all(
            is_object(lex, sentence.folded, m) for m, _ in clause_clubs)
        if subject in pair and not (objects_only and subject in
                                    [c for _, c in clause_clubs]):
            subj = subject
        elif objects_only:
            # "3-2 verlies in Kortrijk": the clause's club is the place or the opponent; of a
            # place and a club after "against" ("toujours à Charleroi, ... 2-0 contre X"), the
            # latter is the opponent
            against = {c for m, c in clause_clubs if _after_against(lex, sentence.folded, m)}
            if len(against) == 1 and len({c for _, c in clause_clubs}) == 2:
                subj = second if against == {first} else first
            else:
                subj = second if clause_clubs[0][1] == first else first
        elif not clause_clubs and (lead := _lead_subject(ctx, sentence, clause)) in pair:
            # "unterlag Lierse in Kortrijk, kam aber dank dem 2:0 im Hinspiel weiter": a
            # clause naming no club shares the subject of the clause before it
            subj = lead
        else:
            subj = first
        favoured = _favoured(lex, sentence.folded, token, clubs, pair)
        if favoured:
            subj = favoured  # "ended 0-5 in Anderlecht's favour"
        other = second if subj == first else first
        win, lose = _polarity(lex, around, token.start - clause.start)
        doer = (win or lose) and _club_right_before(lex, sentence.folded,
                                                    clause.start + (win or lose).start, clubs)
        if doer in pair and not favoured and not each:
            # "Antwerp slaagde er niet in de beker te winnen: Genk won de finale met 2-1":
            # the club right before the result verb is its subject
            subj = doer
            other = second if subj == first else first
        if each:
            # the one verb before "respectivement" tells every score of the list
            win, lose = _respectively_polarity(ctx, sentence.folded)
        # "X, sorti chez lui par Y qui l'a emporté 3-1": a result verb in a
        # relative clause is the club's before the pronoun, and its score that club's tally
        hit = win or lose
        told_of = hit and _relative_subject(lex, ctx.report.lang, sentence.folded,
                                            clause.start + hit.start, clubs)
        relative = told_of[0] if told_of else None
        if relative in pair and not favoured and not each:
            subj = relative
            other = second if subj == first else first
            # the words before the club are not the result's ("En quarts, Eupen retrouvera
            # X, qui a battu Y 3-2": not a quarter-final)
            told_from = told_of[1]
            if lex.future_words.search(sentence.folded[:told_from]) and \
                    all(m.start < told_from for m, c in clubs if c == other):
                # "Standard ontmoet X, dat dinsdag met 1-3 won bij een tweedeklasser, Y":
                # the club X meets next did not play the result its relative clause tells
                ctx.facts.unused.append(source)
                return
            named = {c for _, c in resolved(ctx, ctx.mentions[sentence.index])}
            # an apposition beside a club in a sentence about another match ("En huitièmes,
            # l'Union, victorieuse 2-1 de Mouscron, attend X") is an aside the story does
            # not go on about
            apposition = not told_of[2]
            aside = apposition and bool(named - set(pair))
        else:
            relative = None
        told = bool(favoured or win or lose)  # the words say who won
        if told and a != b and not clause_clubs and subject not in pair and \
                lex.reason_words.search(around[:token.start - clause.start]):
            # "dat was genoeg na de 3-1-zege in de heenwedstrijd": a win told as the reason,
            # with no club of its own, says not whose it was
            ctx.facts.unused.append(source)
            return
        if not told and told_in_the_lead(ctx, sentence, token):
            # "Beerschot won van Oosterzonen. Het werd 2-3.": the sentence before says who won
            said = _said_earlier_in_sentence(ctx, sentence, clause, pair) or \
                _said_before(ctx, sentence, pair)
            if said:
                subj, win, lose = said
                other = second if subj == first else first
                told = True
        draw_ = a == b
        if draw_:
            goals = {subj: a, other: b}
        elif favoured or win and (not lose or win.start < lose.start):
            goals = {subj: max(a, b), other: min(a, b)}
        elif lose:
            goals = {subj: min(a, b), other: max(a, b)}
        elif _went_through(lex, around, token.start - clause.start) and \
                subject in pair and subject in [c for _, c in clause_clubs]:
            # "Lierse door tegen Hamme (1-2)": the club that went through won
            goals = {subj: max(a, b), other: min(a, b)}
            told = True
        elif ctx.round not in ctx.two_legged and called_final(lex, sentence.folded, token) \
                and subject in [c for _, c in clause_clubs] and \
                (through := _through_told(ctx, pair)):
            # "Zondag plaatste Westerlo zich ... Westerlo zorgde voor een 1-3 eindstand": the
            # club the report said went through won its one match, whose final score this is
            other = second if through == first else first
            goals = {through: max(a, b), other: min(a, b)}
            told = True
        else:
            goals = {subj: a, other: b}
            home = subj
        near_leg = leg_near(around, token.start - clause.start, lex)
        cue, firm = _venue_home(ctx, sentence, clause, pair, near_leg, token.start)
        home_first = lex.home_first.get(ctx.report.lang, True)
        ground_unsure = False
        # (one result verb, before the score, its subject named before it or right after
        # it: "wint Genk met 2-1 bij Lommel")
        verb = (win or lose) if not (win and lose) else None
        named_subject = verb is not None and clause.start + verb.start < token.start and any(
            c == subject and (m.start < clause.start + verb.start or
                              not sentence.folded[clause.start + verb.end:m.start].strip()
                              and m.start < token.start)
            for m, c in clause_clubs)
        if cue and home_first and not draw_ and told and goals[cue] != a and not relative and \
                (named_subject or not firm):
            # the words say who won, and the ground and the home-first digits disagree:
            # "X won in eigen huis van Y: 1-2": "in eigen huis" was Y's, as the digits
            # say; but "X won op het veld van Y met 2-0" writes the winner first, and "X,
            # battu 1-0 chez Y à l'aller, ... (the ground of the return)" names the ground
            # of another match: a named ground against the digits leaves the home
            # club unknown, the result stays the verb's (when its subject is named before it:
            # "Il est venu s'imposer 1-3 sur la pelouse de Courtrai" leaves it to the digits)
            ground_unsure = firm
            cue = None
        heading = _heading_home(ctx, pair, near_leg) if home_first and not cue else None
        if heading and (subject not in {c for _, c in clause_clubs} or not told):
            # under a round-up's heading "Hoogstraten - SK Beveren", "ze wonnen met 1-3" and
            # "Eindstand 3-0: einde verhaal voor Tubize" are home-first: the subject guessed or
            # no verb says nothing against the digits
            cue = heading
        if cue:
            home = cue
            if home_first and not relative:
                # digits are home-first in these languages: trust them over the verb
                other = second if cue == first else first
                goals = {cue: a, other: b}
        elif home is None and not draw_ and told and not ground_unsure and (
                lex.home_first.get(ctx.report.lang, True) or a < b):
            # Home-first convention: the digits as written are home-first, so the club
            # with the first number's goals played at home. English reports write the
            # winner's score first, so there the digits say nothing when a > b.
            home = next(c for c in pair if goals[c] == a)
        elif not told and not draw_ and ctx.round not in ctx.two_legged and \
                (through := _through_after(lex, sentence.folded, token, clubs, pair)):
            # "Het werd uiteindelijk 2-4, Lommel is door naar de kwartfinales": the club
            # that went through won; the words do not say which club was at home
            other = second if through == first else first
            goals, home = {through: max(a, b), other: min(a, b)}, None
        elif not told and not draw_ and (subject not in pair or not any(
                c == subject and (m.start < token.start or _credited_to(
                    lex, sentence.folded[token.end:m.start])) for m, c in clause_clubs)) and \
                not _home_told(ctx, pair) and not _running_agrees(ctx, pair, goals) and \
                not between_mentions(lex, sentence.folded, [m for m, _ in clubs]):
            # "Verhoeven zette de 3-1-eindstand op het bord": no verb, no ground, no club of
            # its own and no home-first pair of the story say whose three goals they were
            ctx.facts.unused.append(source)
            return
    # the leg and year named in the score's own comma piece ("beat Union 2-0 at home,
    # having drawn the first leg 1-1")
    own_piece = comma_piece(around, token.start - clause.start)
    leg = own_leg(lex, sentence.folded, token, spans)
    if leg is None:
        # else a leg named earlier in the clause ("au match aller à Sclessin, où les
        # Rouches se sont imposés 4-1")
        leg = leg_near(around[:token.start - clause.start], token.start - clause.start, lex)
        earlier = comma_piece(around, max(0, around.rfind(",", 0, token.start - clause.start)
                                          - 1))
        if leg is not None and lex.reason_words.search(earlier) and earlier != own_piece:
            # "fort de son avance au match aller, le Cercle a partagé", "après le 1-1 du
            # match aller, l'Antwerp s'est imposé 0-1": the leg of the reason is the other
            leg = 3 - leg
        elif leg is not None and earlier != own_piece and \
                lex.background_words.search(own_piece) and lex.last_week_words.search(
                    sentence.folded[token.end:token.end + 40]):
            # "heading for the second leg, they had beaten them 1-0 a week earlier": the
            # score told as the background of the leg named is the other leg's
            leg = 3 - leg
    if leg is None:
        leg = _leg_after(lex, ctx.report.lang, around, token.end - clause.start)
    if leg is None and lex.other_tie_words.search(around) and ctx.main is not None and \
            ctx.main.match.score and not lex.reason_words.search(around[:token.start -
                                                                         clause.start]):
        # "dans l'autre rencontre de la soirée": played the same evening, the same leg
        leg = ctx.main.match.leg
    same_time = phrase_set(lex, f"same_time_words:{ctx.report.lang}")
    if leg is None and same_time.search(around[:token.start - clause.start]) and \
            ctx.current is not None and ctx.current.match.score:
        # "dans le même temps, Westerlo s'imposait 2-3": played beside the match just told
        leg = ctx.current.match.leg
    # The round named before the score, else just after it ("won 2-1 in de halve
    # finale"); later words in the clause often speak of what comes next.
    at = token.start - clause.start
    opening = max(0, told_from - clause.start)
    later = _piece_after(around, at)
    if apposition:
        later = re.split(r"\s[-\u2013]\s", later)[0]  # "X - vainqueur de Y (2-0) - en demie"
    round_name = round_in(_without_other_results(around[opening:at]), lex) or \
        round_in(later, lex, around[opening:at])
    if round_name is None and _names_the_final(ctx, _up_to_next_clause(lex, around,
                                                                     token.end - clause.start)):
        # "Genk remporte la Coupe face au Standard (2-1)"; not the cup winner of another
        # clause ("verlor 1:3, und der Titelverteidiger X kam weiter")
        round_name = "final"
    season = ctx.season
    year = year_of_result(sentence.folded, token, own_piece, lex.months,
                          phrase_set(lex, "relative_pronouns").values,
                          int((ctx.report.season or season)[:4]) + 1)
    since = re.search(_SINCE + r"|(?:depuis|sinds|since|seit)\s+(\d{4})",
                      sentence.folded[:token.start])
    topic_year = int(ctx.topic_final[:4]) + 1 if ctx.topic_final else None
    # "en finale pour la première fois depuis 1934 mercredi en gagnant 2-0": a day of this
    # week after the span's year dates the result today
    this_week = since and _day_named(lex, sentence.folded[since.end():token.start])
    if year is None and since and not this_week and \
            not (topic_year and str(topic_year) in since.group(0)):
        # "sans trophée depuis 1990 et un succès 3-1": the result is of the year the span
        # starts, or of today; which one the words do not settle (unless the final of that
        # year is what the words are about: "pas de finale depuis 2011 et un revers 1-2")
        ctx.facts.unused.append(source)
        return
    if year is None and ctx.topic_final and round_name in (None, "final"):
        # the paragraph is about an earlier final ("la finale de 2015 entre Bruges et
        # Anderlecht ... la victoire 2-1 des Brugeois")
        year, round_name = int(ctx.topic_final[:4]) + 1, "final"
    # (before the report's own season: an overview's part about that year is still the past)
    now = ctx.report.season or season
    past = [year] if year and now and season_for_year(year) < now else []
    if season and (_last_season_told(lex, around, token.start - clause.start,
                                     token.end - clause.start) or
                   year is None and _opened_by_last_season(lex, sentence.folded)):
        past = [int(season[:4])]
    ago = years_ago(lex, ctx.report.lang, around[:token.start - clause.start])
    if ago and season and year is None:
        past = [int(season[:4]) + 1 - ago]  # "drie jaar geleden won Deinze met 3-0"
    if not past and year is None and (lex.then_words.search(around) or _then_before_colon(
            lex, sentence.folded[:token.start]) or years_ago(
                lex, ctx.report.lang, around[:token.start - clause.start], "years_later")):
        # (or "Deux ans plus tard, le Racing a dominé le Standard 4-1")
        _not_stored(ctx, pair, season)
        return  # "toen won Club met 1-0": an earlier cup, but which one is not said
    if not past and year is None and (
            _some_time_before(lex, sentence.folded[:token.start]) or
            _earlier_meeting(lex, _since_last_score(sentence.folded[:token.start]))):
        # "twee weken nadat Mons Lierse had geklopt met 3-1", "bij de vorige confrontatie
        # won Dessel met 3-0": an earlier meeting
        ctx.facts.unused.append(source)
        return
    if not past and year is None and round_name is None and not glued_pair and \
            _another_days(ctx, _since_last_score(around[:token.start - clause.start]) + " " +
                          own_piece, pair):
        ctx.facts.unused.append(source)
        return
    opening_year = None if past or year is not None else pieces.earlier_year
    if opening_year and round_name == "final":
        # "In 2001 won Westerlo de beker. In de finale klopte het Lommel met 1-0.": the
        # final of that year
        past = [opening_year]
    elif opening_year:
        # "In 1998 won Genk zijn eerste beker. Het klopte Club met 4-0.": the result goes on
        # about that year, not the report's (and which season a year names is not settled)
        _not_stored(ctx, pair, season)
        return
    if past:
        season = season_for_year(past[0])
        # a past match is not followed by talk of the next round: read further for its round
        round_name = round_name or round_in(around[at:at + 60], lex) or \
            ("final" if past_final(lex, ctx.report.sentences, sentence) else None)
        if round_name is None and season != ctx.season and \
                not (_written_season_of(around, season) and cup_told(lex, around)):
            # a past match without its round: not enough to store (unless an overview's
            # heading dates the part it stands in: "1999-2000: A - B 1-4"; or the clause
            # writes out its season and names the cup: "Lors de l'exercice 2011-2012, Mons
            # avait subi un 5-1 en Coupe chez le Club")
            _not_stored(ctx, pair, season)
            return
    if round_name is None and glued_pair:
        round_name = heading_round(lex, ctx.report.sentences, sentence, ctx.mentions)
    if round_name is None and ctx.report.season and season == ctx.season != \
            ctx.report.season and looked_back_final(lex, ctx.report.sentences):
        round_name = "final"  # a look-back at a cup won retells its final
    if round_name is None and ctx.round and ctx.main and season == ctx.season and (
            ctx.main.match.score and ctx.main.match.round == ctx.round or ctx.main_ahead) and \
            phrase_set(lex, "previous_round_words").search(
                own_words + " " + _bare_opening(ctx, sentence, token)):
        # "In de vorige ronde klopte Genk Lommel met 3-0", after the report's own result of
        # a quarter-final, or in the preview of one ("Au tour précédent, X avait écarté Y
        # 3-1"); a report looking ahead after its own result calls the round it tells the
        # one before
        round_name = previous_round(ctx.round)
        if round_name is None or ctx.main_pair and set(pair) == set(ctx.main_pair):
            # (the story's clubs meet in its own round: "In de vorige ronde won Dessel met 3-0
            # van het bescheiden Vlimmeren" took the opponent it names as no known club from
            # the story's match)
            ctx.facts.unused.append(source)
            return
    if round_name is None and leg is None and season == ctx.season and not glued_pair and (
            ctx.main_ahead and set(pair) & set(ctx.main_pair or ()) or
            frozenset(pair) in ctx.pairs_ahead and not _result_told(ctx, pair, season)) and \
            not cup_told(lex, own_words) and not cup_told(lex, sentence.folded[:token.start]):
        # a preview ("Genk ontvangt woensdag Antwerp"): its own match is still to come, and a
        # result of its clubs told with no cup word ("vorige maand won Antwerp met 3-1 in
        # Genk", "zaterdag klopte Genk Charleroi met 2-0") is the league's
        ctx.facts.unused.append(source)
        return
    if round_name is None and leg is None and season == ctx.season and ctx.main_pair and \
            set(pair) == set(ctx.main_pair) and ctx.draw_report and not cup_told(lex, around):
        # a draw's report: the two clubs it pairs for the next round have not met in the cup
        # this season yet ("Eupen ontvangt Gent. Zondag speelden ze nog 2-2"): the league's
        # (unless the result's own clause names the cup: "won met 0-1 van X in de beker")
        ctx.facts.unused.append(source)
        _not_stored(ctx, pair, season)
        return
    if round_name is None and _takes_report_round(ctx, pair, season) and \
            not (leg is not None and ctx.round == "final") and not numbered_round(around, lex):
        # (a result told with its leg is no final, whatever the report talks most of: a
        # preview of the return legs names the final to come more than the first legs; nor
        # is one told with an early round's number: "Dessel 1-4 away, sixth round")
        months = _named_months(lex, around) or _dateline_months(ctx, sentence)
        if _month_before_round(ctx, months, ctx.round) or \
                leg is None and ctx.round not in ctx.two_legged and \
                _month_before_report(ctx, months):
            # "verloor in augustus met 1-3 van Eupen", in a quarter-final's preview: a
            # match of a month that round is never played in (the league's); "in december
            # won Genk nog met 2-0", in January: a month before the report's, which the
            # report's round (of one match, not two legs weeks apart) is not told of
            ctx.facts.unused.append(source)
            return
        round_name = ctx.round
    if round_name is None and leg is not None and len(ctx.two_legged) == 1 and \
            (ctx.round in (ctx.two_legged[0], "final") or ctx.final_ahead):
        # "au match aller", "having drawn the first leg": only one round has legs
        round_name = ctx.two_legged[0]
    if leg is None and lex.last_week_words.search(around) and \
            (round_name or ctx.round) in ctx.two_legged and season == ctx.season and \
            not (ctx.main and ctx.main.match.leg == 1):
        # "trennten sich letzte Woche 0:0": in a report of return legs, the first leg
        round_name, leg = round_name or ctx.round, 1
    if leg is None and ctx.main and set(pair) == set(ctx.main.match.clubs) and \
            round_name == ctx.main.match.round:
        leg = ctx.main.match.leg
    told_through = around if len(spans) > 1 else sentence.folded
    if leg is None and round_name in ctx.two_legged and \
            lex.qualified_words.search(told_through) and \
            not lex.negations.search(told_through):
        # the match that decided who went through (the sentence's only score: "en
        # s'imposant 0-1 à Eupen et en se qualifiant pour la finale")
        leg = 2
    if leg is None and round_name in ctx.two_legged and round_name == ctx.round and \
            ctx.main_pair and set(pair) == set(ctx.main_pair):
        leg = lead_leg(ctx, ctx.report.sentences[:3])  # the leg the report is about
    told_leg = own_leg(lex, sentence.folded, token, spans) if round_name == "final" else None
    if told_leg is not None:
        # "stand dank dem 2:0 vom Hinspiel im Endspiel": a score told with its own leg is
        # no final; the final is what its tie led to
        round_name = ctx.two_legged[0] if len(ctx.two_legged) == 1 else None
        leg = told_leg
    if round_name == "final":
        leg = None  # a final is one match
        if season == ctx.season and before_its_final(ctx.report.date) and season:
            # a final told from July to December ended the season before: cup finals close
            # a season in spring (one moved past June still belongs to it), so the season's
            # own final is not played yet. Only the report of that final says which one it
            # is: elsewhere a final of no year ("Ook die eindstrijd ging met 1-0 verloren",
            # in an autumn's look at a club's cup years) may be of any season before
            if not _last_final_told(ctx, sentence, pair):
                _not_stored(ctx, pair, season)
                return
            season = season_before(season)
    draft = match_draft(ctx, season, round_name, leg, pair, tie_home or home, goals)
    m = draft.match
    score = f"{goals[m.home]}-{goals[m.away]}"
    set_once(m, "score", score, source)
    if lex.extra_time_words.search(own_words if len(spans) > 1 else sentence.folded):
        # (of several results, only the one whose own piece says so: "Genk won met 3-0,
        # Antwerp had verlengingen nodig tegen Lierse (2-1)")
        set_once(m, "extra_time", True, source)
    if ctx.main_pair is None and season == ctx.season and not aside:
        ctx.main_pair = (draft.match.home, draft.match.away)
        ctx.main_home_known = draft.home_known
        ctx.main = draft
    ctx.sentence_draft = draft
    if glued_pair and len(sentence.folded) < 60:
        # a heading "Cercle Brugge - KRC Genk: 0-2": the paragraphs under it tell this match
        ctx.main, ctx.main_pair = draft, (draft.match.home, draft.match.away)
    if season == ctx.season and not aside:
        ctx.current = draft
        if m.leg == 1 and (lex.background_words.search(around) or
                           lex.reason_words.search(around[:token.start - clause.start])):
            # "Anderlecht, vainqueur 0-3 au match aller, s'est promené...": the first leg
            # is the background; the story goes on about the second
            ctx.current = second_leg(ctx, draft)
    qualified(ctx, clause, subject, source)


@dataclass
class ResultPieces:
    """The results of one sentence and their pieces, worked out once per sentence (a
    sentence may list hundreds of scores)."""

    spans: list[tuple[int, int]]
    # score start -> (start, end) of its piece
    piece: dict[int, tuple[int, int]]
    # piece start -> club mentions (position, club) of a piece with a subject of its own
    subject_clubs: dict[int, set[tuple[int, str]]]
    # every club mention standing in such a piece
    taken: set[tuple[int, str]] = field(default_factory=set)
    # the earlier year a sentence before it, in its paragraph, opens on
    earlier_year: int | None = None


def _result_pieces(ctx: StoryState, sentence: Sentence, clubs: NamedClubs) -> ResultPieces:
    cached = ctx.sentence_pieces
    if cached is not None and cached[0] == sentence.index:
        return cached[1]
    lex = ctx.lexicon
    folded = sentence.folded
    spans = [(t.start, t.end) for t in find_scores(folded)]
    starts = [s for s, _ in spans]
    pieces = ResultPieces(spans=spans, piece={}, subject_clubs={},
                          earlier_year=_earlier_year_before(ctx, sentence))
    ordered = sorted(clubs, key=lambda mc: mc[0].start)
    positions = [m.start for m, _ in ordered]
    for start, _ in spans:
        lo, hi = result_piece(folded, start, lex.coordinators.values, starts)
        pieces.piece[start] = (lo, hi)
        if lo in pieces.subject_clubs:
            continue
        text = folded[lo:hi]
        if lex.shootout_words.search(text) or lex.aggregate_words.search(text):
            continue
        mine = ordered[bisect_left(positions, lo):bisect_left(positions, hi)]
        # "..., maar won de terugwedstrijd met 1-0 tegen KV Mechelen": a piece without a
        # subject of its own goes on about the same clubs
        if any(not is_object(lex, folded, m) for m, _ in mine):
            pieces.subject_clubs[lo] = {(m.start, c) for m, c in mine}
            pieces.taken |= pieces.subject_clubs[lo]
    ctx.sentence_pieces = (sentence.index, pieces)
    return pieces


def _leg_after(lex: Lexicon, lang: str, clause: str, end: int) -> int | None:
    """"Il s'est imposé 1-2 à Bruxelles, lors du match retour": the leg named in the comma
    piece right after the score's, when that piece is only an adverbial of time."""
    comma = re.search(r"[,;]\s*", clause[end:])
    if comma is None:
        return None
    rest = clause[end + comma.end():]
    piece = re.split(r"[,;]", rest, maxsplit=1)[0]
    cue = phrase_set(lex, f"leg_after_cues:{lang}").search(piece)
    hit = lex.legs.search(piece)
    if cue is None or cue.start != 0 or hit is None or find_scores(piece):
        return None
    return int(hit.value)


def own_leg(lex: Lexicon, folded: str, token: ScoreToken, spans: list[tuple[int, int]]
            ) -> int | None:
    """The leg named in the score's comma piece that stands nearer to this score than to
    any other ("son partage à Genk (1-1) après avoir remporté l'aller (2-0)": the aller is
    the 2-0's)."""
    piece = comma_piece(folded, token.start)
    lo = folded.find(piece, max(0, token.start - len(piece)))
    best: tuple[int, int] | None = None
    for hit in lex.legs.find(piece):
        start, end = lo + hit.start, lo + hit.end

        def distance(s: int, e: int, start: int = start, end: int = end) -> int:
            return start - e if start >= e else s - end if s >= end else 0

        mine = distance(token.start, token.end)
        # the scores either side of the leg word are the only ones that can be nearer
        i = bisect_left(spans, (start, -1))
        if any(distance(s, e) < mine for s, e in spans[max(0, i - 1):i + 1]
               if s != token.start):
            continue
        if best is None or mine < best[0]:
            best = (mine, int(hit.value))
    return best[1] if best else None


def _without_other_results(before: str) -> str:
    """The words before a score, less what follows another score in its comma piece:
    "après une victoire 4-2 en seizièmes, X a sorti Genk (3-3)": that round is the 4-2's;
    "im Sechzehntelfinale verlor A mit 0:2, und B unterlag C mit 1:2": a round before the
    first score stands for the whole sentence."""
    pieces = re.split(r"(?<=[,;])\s", before)
    kept = []
    for piece in pieces[:-1]:
        scores = find_scores(piece)
        kept.append(piece[:scores[0].start] if scores else piece)
    return " ".join(kept + pieces[-1:])


def _piece_after(clause: str, at: int) -> str:
    """The words after a score up to the next score or sentence piece, at most 80
    characters and never a word cut in two ("2-0 à Malines dans la première demi-finale",
    "0-2 au stade de Mons, ce mardi soir, en quart de finale retour")."""
    after = clause[at:at + 80]
    cut = re.search(r"[,;]\s|\d\s?[-:]\s?\d", after[4:])
    if cut:
        return after[:cut.start() + 4]
    return after if len(clause) <= at + 80 else after.rsplit(" ", 1)[0]


def _names_the_final(ctx: StoryState, clause: str) -> bool:
    """A result clause that says the cup was won, or names the final's ground."""
    if ctx.lexicon.cup_win_words.search(clause) or \
            ctx.lexicon.cup_win_words.search(_without_fillers(ctx.lexicon, clause)):
        return True  # "remporta (encore) la Coupe en 2011 (3-1 contre X)"
    venues = {fold(v) for v in ctx.final_venues}
    return any(v in clause for v in venues)


def _day_named(lex: Lexicon, text: str) -> bool:
    """A weekday or a day told from the report's date ("mercredi", "gisteren")."""
    return bool(lex.weekdays.search(text) or lex.relative_days.search(text))


def _without_fillers(lex: Lexicon, text: str) -> str:
    """The words without the adverbs that may stand inside a verb phrase ("enleva encore
    la Coupe")."""
    hits = phrase_set(lex, "verb_fillers").find(text)
    kept, at = [], 0
    for hit in hits:
        kept.append(text[at:hit.start])
        at = hit.end
    return re.sub(r"\s+", " ", "".join(kept) + text[at:])


# "depuis 1914", "sinds 2008", "since 1977": a span that ends now, not the result's date
_SINCE = r"(?:depuis|sinds|sedert|since|seit|voor het eerst sinds)\s+(?:l'an\s+|de\s+|in\s+)?$"
# "sinds 1993", "nach 1981" (after): a year that starts a span, not the year of a result
_SPAN_START = _SINCE[:-1] + r"|(?:nach|na|apres|after)\s+$"


def year_of_result(folded: str, token: ScoreToken, own_piece: str,
                   months: dict[str, int] | None = None,
                   relatives: Container[str] = frozenset(), now: int | None = None
                   ) -> int | None:
    """The year of the final of the season a result is dated by: the year named last before
    it in the sentence ("1977 gewann Brügge mit 4:1 und 1994 war Anderlecht mit 2:0"), else
    one shortly after it in its own piece. A list of years ("victorieux en 1954, 1966, 1981
    et 2011") is a club's history, not the date of this result; a month from August on
    before the year starts the next season's ("in september 2018": the 2018-19 cup). A
    season written short ("en saison 71-72") is of the latest century up to the
    year `now`."""
    short = short_seasons(folded[:token.start], now) if now else []
    year = _year_of_result(folded, token, own_piece, relatives)
    if short and (year is None or str(year) not in folded[short[-1][0]:token.start]):
        return short[-1][1]  # (a season written short after the last full year named)
    if year is None or not months:
        return year
    return final_year_told(folded, year, months)


def _year_of_result(folded: str, token: ScoreToken, own_piece: str,
                    relatives: Container[str]) -> int | None:
    before = folded[:token.start]
    found = [m for m in year_matches(before)
             if not re.search(_SPAN_START, before[max(0, m.start() - 12):m.start()])]
    if found:
        last = found[-1]
        listed = [m for m in found if last.start() - m.end() < 60]
        if len(listed) >= 3:
            return None
        return _final_year(before, last)
    # shortly after the score ("won 2-1 in 2009"), not in a later part of the piece; a
    # season written out may stand a little further ("... en seizièmes de l'édition 2018/19")
    rest = own_piece[own_piece.find(folded[token.start:token.end]):][:60]
    if relatives:
        # (not past a relative pronoun: "le leader Lierse (1-2) qui gagna la Coupe en 2031"
        # dates Lierse's cup, not this result)
        words = rest.split(" ")
        rest = " ".join(words[:next((i for i, w in enumerate(words) if w in relatives),
                                    len(words))])
    after = [_final_year(rest, m) for m in
             re.finditer(r"(?<![\d-])(?:18[89]\d|19\d\d|20\d\d)(?!\d)", rest)
             if not re.search(_SPAN_START, rest[max(0, m.start() - 12):m.start()])
             and (m.start() < 40 or _final_year(rest, m) != int(m.group(0)))]
    return after[0] if after else None


def _final_year(text: str, year: re.Match[str]) -> int:
    """The year of a season's final: a season written out ("1999-2000", "2003-04",
    "2018/19") ends in the year after the one it starts with."""
    start = int(year.group(0))
    then = re.match(r"\s?[-/]\s?(\d{4}|\d{2})(?!\d)", text[year.end():])
    if then and int(then.group(1)) % 100 == (start + 1) % 100:
        return start + 1
    return start


@cache
def _clause_openers(lex: Lexicon) -> frozenset[str]:
    """The words that open another clause after a score: coordinators and relative
    pronouns (joined once per lexicon)."""
    return frozenset(lex.coordinators.values) | frozenset(
        phrase_set(lex, "relative_pronouns").values)


def _up_to_next_clause(lex: Lexicon, around: str, end: int) -> str:
    """The clause up to a score and the words after it, to the first coordinator ("und",
    "et", "en") that starts another clause or relative pronoun that opens one about a club
    ("Lierse (1-2), qui gagna la Coupe en 2031")."""
    after = around[end:]
    words = after.split(" ")
    stops = _clause_openers(lex)
    cut = next((i for i, w in enumerate(words) if w in stops), len(words))
    return around[:end] + " ".join(words[:cut])


def _since_last_score(before: str) -> str:
    """The words before a score since the score before it."""
    return before[max([t.end for t in find_scores(before)], default=0):]


def _some_time_before(lex: Lexicon, before: str) -> bool:
    """"Twee weken nadat Mons Lierse had geklopt met 3-1": the score's comma piece opens
    a clause of time some days or weeks before the story's match (a leg it names is the
    tie's: "twee weken nadat ze de heenwedstrijd met 2-0 hadden gewonnen")."""
    piece = comma_piece(before, len(before))
    return bool(phrase_set(lex, "interval_before_words").search(piece)) and \
        not lex.legs.search(piece)


def _earlier_meeting(lex: Lexicon, before: str) -> bool:
    """The words before a score tell an earlier meeting of the two clubs ("bij de vorige
    confrontatie"), or an earlier match of the season with no round named ("eerder dit
    seizoen"): not the story's match."""
    return bool(phrase_set(lex, "earlier_meeting_words").search(before) or
                phrase_set(lex, "earlier_this_season_words").search(before) and
                not lex.rounds.search(before))


def _another_days(ctx: StoryState, around: str, pair: tuple[str, str]) -> bool:
    """"son succès 2-0 dans le derby de dimanche", in a report of a Wednesday, "vorige
    week verloor X met 0-3 in Y" or "three days ago X lost 2-1 at Y": a result of other clubs
    than the story's match, of the weekend before a midweek report, of last week or of some
    days before, with no cup word in its piece
    (`around`), is the league's, not this round's (in a two-legged round, last week's
    result is a first leg)."""
    lex = ctx.lexicon
    if ctx.main_pair and set(pair) == set(ctx.main_pair) or lex.cup_words.search(around) \
            or lex.rounds.search(around):
        return False
    return weekend_in_midweek(ctx, around) or \
        bool(ctx.main_pair and ctx.round and ctx.round not in ctx.two_legged and
             lex.last_week_words.search(around)) or \
        days_before(lex, around)


def days_before(lex: Lexicon, folded: str) -> bool:
    """A result dated some days before, with no leg named ("drie dagen geleden", "vor drei
    Tagen"): a league match, not a cup match of this round or of the one before."""
    return bool(phrase_set(lex, "days_ago_words").search(folded)) and \
        not lex.legs.search(folded)


def weekend_in_midweek(ctx: StoryState, text: str) -> bool:
    """The text names one day, of the weekend, and the report is of Tuesday to Friday: the
    league's day, not the cup's (a draw's report tells the cup's last round, played
    midweek)."""
    told = ctx.report.date
    if not told or len(told) != 10:
        return False
    lex = ctx.lexicon
    days = _weekday_numbers(lex)
    found = {days[hit.phrase] for hit in lex.weekdays.find(text)}
    if not found and phrase_set(lex, "weekend_words").search(text):
        found = {5}  # "Le week-end dernier, le Standard a battu Westerlo 3-0"
    return len(found) == 1 and found.pop() in (5, 6) and \
        date.fromisoformat(told).weekday() in (1, 2, 3, 4)


@cache
def _weekday_numbers(lex: Lexicon) -> dict[str, int]:
    """Each weekday's name, Monday 0 to Sunday 6 (language.yaml lists them seven at a time
    per language)."""
    return {name: i % 7 for i, name in enumerate(lex.data["weekdays"])}


def _last_season_told(lex: Lexicon, around: str, start: int, end: int) -> bool:
    """"vorig seizoen won Genk met 2-1", "in de eindstrijd van vorig jaar won X met 2-1",
    "la saison dernière (2-1)": last season's words before the score in its clause, or
    right after it. Not words further on, about someone else ("won 2-1, en de kampioen van
    vorig seizoen verloor")."""
    # (not in an aside between commas about the club: "Club Brugge, demi-finaliste la
    # saison dernière, a subi une défaite (1-4)")
    before = re.sub(r",[^,]{1,60},", ",", around[:start])
    return bool(lex.last_season_words.search(before) or
                lex.last_season_words.search(around[end:end + 25]))


def _opened_by_last_season(lex: Lexicon, folded: str) -> bool:
    """"La saison passée, Tubize a longtemps résisté à Lokeren avant de céder 2-1": last
    season's words that open the sentence, set apart by a comma, date every clause of it
    (when it tells one score only)."""
    opening, comma, _ = folded.partition(", ")
    return bool(comma) and len(opening) <= 40 and len(find_scores(folded)) == 1 and \
        bool(lex.last_season_words.search(opening))


def _then_before_colon(lex: Lexicon, before: str) -> bool:
    """"Dat lukte toen twee clubs: Lede verloor bij Genk (5-0) ...": the words before a colon
    set the time of what it goes on to list."""
    colon = before.rfind(": ")
    return colon > 0 and bool(lex.then_words.search(before[:colon]))


def _league_told(lex: Lexicon, folded: str) -> bool:
    """The text says it was the league's ("in de competitie", "en championnat") and names no
    cup word but a leg (the league has legs too: "de heenmatch in de competitie"). Not the
    league inside a German attribute between an article and its noun ("im Stadion des in der
    Liga schwächelnden Erstligisten X"): it describes a club."""
    told = [hit for hit in phrase_set(lex, "in_the_league_words").find(folded)
            if (folded[:hit.start].split() or [""])[-1] not in lex.all_noun_articles]
    return bool(told) and not any(
        not lex.legs.search(hit.phrase) for hit in lex.cup_words.find(folded))


def _result_told(ctx: StoryState, pair: tuple[str, str], season: str | None) -> bool:
    """The report has already told a result of the two clubs in the season (a round-up whose
    lead listed its matches "on the programme")."""
    return any(d.match.score and set(d.match.clubs) == set(pair) and d.match.season == season
               for d in ctx.drafts)


def cup_told(lex: Lexicon, folded: str) -> bool:
    """The text names the cup, a round (also "the previous round"), or a club going through
    or out."""
    return any(words.search(folded) for words in (
        lex.cup_words, lex.rounds, lex.qualified_words, lex.eliminated_words,
        phrase_set(lex, "previous_round_words")))


def _takes_report_round(ctx: StoryState, pair: tuple[str, str], season: str | None) -> bool:
    """A result without round words is of the report's round when it is the report's own
    match, or, in an earlier round, any match of the same season (a round-up). A final or
    a semi-final is one tie: the other results of such a report are of other rounds."""
    if ctx.round is None or season != ctx.season:
        return False
    if ctx.round not in ("final", "semi-final"):
        return True
    if ctx.main_pair is None:
        return not _previews_the_tie(ctx)
    return set(pair) == set(ctx.main_pair) or ctx.round == "semi-final" and \
        _other_semi_final(ctx, pair)


def _named_months(lex: Lexicon, clause: str) -> list[int]:
    """The months a clause names (not the words that only look like one: "sept", "mars")."""
    lookalikes = phrase_set(lex, "month_lookalikes").values
    return [lex.months[w] for w in re.findall(r"[a-z]+", clause)
            if w in lex.months and len(w) >= 4 and w not in lookalikes]


_DATELINE = re.compile(r"\s*\d{1,2}[./](\d{1,2})[./](?:19|20)\d\d\b")


def _dateline_months(ctx: StoryState, sentence: Sentence) -> list[int]:
    """The month (one or none) of a date in figures opening the sentence's paragraph
    ("07.08.2021, Belgien, Mechelen: ...", a photo caption's dateline): what the paragraph
    tells is of that day."""
    first = next(s for s in ctx.report.sentences if s.paragraph == sentence.paragraph)
    found = _DATELINE.match(first.folded)
    return [int(found.group(1))] if found and 1 <= int(found.group(1)) <= 12 else []


def _month_before_report(ctx: StoryState, named: list[int]) -> bool:
    """The months told (`named`) are all before the report's own month (in season order)."""
    told = ctx.report.date
    if not told or len(told) < 7 or not named:
        return False
    now = (int(told[5:7]) - 7) % 12
    return all((m - 7) % 12 < now for m in named)


def _month_before_round(ctx: StoryState, named: list[int], round_name: str | None) -> bool:
    """The months told (`named`) are before the earliest a round has ever been played in a
    season (competitions.yaml `earliest_played`)."""
    comp = competition_of(ctx.competition)
    day = comp.earliest_played.get(round_name or "") if comp else None
    if day is None:
        return False
    # months in season order: July first
    order = [(m - 7) % 12 for m in named]
    return bool(order) and max(order) < (int(day[:2]) - 7) % 12


def _previews_the_tie(ctx: StoryState) -> bool:
    """A final's or semi-final's preview whose lead looks ahead without naming the two
    clubs as opponents ("X et Y vont s'affronter en finale dimanche"): the results it
    tells are of the weeks before, not the tie's."""
    lex = ctx.lexicon
    # (the first two sentences of prose only: this is asked once per result)
    lead = [s.folded for s in islice((s for s in ctx.report.sentences
                                      if len(s.text.split()) >= 4), 2)]
    return ctx.round in ("final", "semi-final") and ctx.main_pair is None and any(
        lex.future_words.search(t) and lex.rounds.search(t) for t in lead)


def _other_semi_final(ctx: StoryState, pair: tuple[str, str]) -> bool:
    """The other semi-final: a report on one semi-final tells the other tie's result as
    "de andere halve finale"; a pair the report names with that round."""
    return any(ctx.lexicon.other_tie_words.search(s.folded) and
               all(c in {c2 for _, c2 in resolved(ctx, ctx.mentions[s.index])} for c in pair)
               for s in ctx.report.sentences)


def lead_leg(ctx: StoryState, lead: list[Sentence]) -> int | None:
    """The leg the lead is about: the first leg named outside a clause that looks back
    ("had de heenwedstrijd met 3-2 verloren" is the background of a return report). A leg
    named without a score after a sentence that told the result without one may be the
    leg to come ("Genk won met 2-1. De terugwedstrijd is over twee weken"): not known."""
    scored = False
    for sentence in lead:
        for clause in split_clauses(sentence.folded, ctx.splitter):
            leg = leg_told(clause.folded, ctx.lexicon)
            if leg is None or ctx.lexicon.background_words.search(clause.folded):
                continue  # a clause that looks back ("had de heenwedstrijd verloren")
            if _league_told(ctx.lexicon, clause.folded):
                continue  # "Antwerp won de heenmatch in de competitie": the league's leg
            if ctx.lexicon.future_words.search(clause.folded) or \
                    ctx.lexicon.hypothetical_words.search(clause.folded):
                # "Genk won met 2-1. Volgende week volgt de terugwedstrijd": after the
                # result, the leg to come is the other one ("dinsdag volgt de
                # terugwedstrijd" alone, or "X, dat in de return moet winnen", says nothing
                # of the leg told)
                if scored:
                    return 3 - leg
                continue
            return None if scored and not find_scores(clause.folded) else leg
        scored = scored or bool(find_scores(sentence.folded))
    return None


def _venue_home(ctx: StoryState, sentence: Sentence, clause: Clause, pair: tuple[str, str],
                leg: int | None, at: int) -> tuple[str | None, bool]:
    """Home club from venue words in the clause: a stadium, "in Oostende", "op het veld
    van X", "in eigen huis" (the subject), "chez X"; and whether the cue is firm (a ground
    or a town named, not "in eigen huis", which may be either club's)."""
    lex = ctx.lexicon
    # only the piece of the clause around this score: "3-2 verlies in Kortrijk, 1-0
    # winst in de Luminus Arena" has a ground for each result
    cuts = [m.end() for m in re.finditer(r"[,;:]\s", sentence.folded) if m.end() <= at]
    lo = max([clause.start] + cuts)
    if cuts and not any(lo <= m.start < at for m in ctx.mentions[sentence.index]) and \
            len(sentence.folded[lo:at].split()) <= 3:
        # "Ostende a été dominé chez les Buffalos, 2-0": a score standing alone
        # after a comma is the result of the piece before it (not one with its own verb:
        # "unterlag in Kortrijk, kam aber dank dem 2:0 im Hinspiel weiter")
        lo = max([clause.start] + cuts[:-1])
    hi = min([clause.end] + [m.start() for m in re.finditer(r"[,;]\s", sentence.folded)
                             if m.start() >= at])
    # "son partage à Genk (1-1) après avoir remporté l'aller (2-0)": a place with another
    # score between it and this one is that score's
    # (the half-time score bracketed right after this one is no other result: "4:2 (2:2)
    # in Deinze")
    scores = find_scores(sentence.folded)
    own_end = next((t.end for t in scores if t.start == at), at)
    others = [t.start for t in scores if t.start != at and
              not re.fullmatch(r"\s*\(", sentence.folded[own_end:t.start])]
    mentions = [m for m in ctx.mentions[sentence.index]
                if lo <= m.start < hi and
                not any(min(m.start, at) < o < max(m.start, at) for o in others)]
    # A stadium says most; then "in Oostende", "op het veld van Mechelen", "chez X".
    for m in mentions:
        if m.kind == "stadium":
            if leg_near(sentence.folded, m.start, lex) not in (None, leg):
                continue  # the ground of the other leg ("de return in het Jan Breydel")
            # (a folded club's ground is its successor's: "op Daknam" after 2020)
            owners = [c for c in pair if any(c in (owner, ctx.registry.in_season(
                owner, ctx.season)) for owner in m.candidates)]
            if len(owners) == 1:
                return owners[0], True
    for m in mentions:
        town_clubs = _clubs_of_town(ctx, m.text, pair) if m.kind == "place" else []
        if sentence.folded.startswith("'s ", m.end):
            continue  # "in Anderlecht's favour": the club's, not a place
        if m.kind == "alias" and m.candidates[0] in pair or len(town_clubs) == 1:
            before = _without_club_noun(lex, sentence.folded[max(0, m.start - 45):m.start])
            at = next((w for w in lex.at_club_words.values if before.endswith(" " + w)),
                      None) or described_after(lex, sentence.folded, m.start)

            # "opposé à Courtrai", "face à X": the opponent, not the place
            if at and not lex.facing_words.search(before[-len(at) - 14:]):
                return (town_clubs[0] if town_clubs else m.candidates[0]), True
    visited = _visited_before_verb(lex, sentence.folded, clause, mentions, pair)
    if visited:
        return visited, True
    home_word = lex.home_words.search(clause.folded)
    if home_word:
        at_word = clause.start + home_word.start
        first = [(m, c) for m, c in resolved(ctx, ctx.mentions[sentence.index])
                 if clause.start <= m.start < clause.end]
        # "hield Genk in eigen huis op 1-1": the home word right after a club is that
        # club's; else the clause's first club, its subject, played at home
        right = [c for m, c in first if c in pair and m.end <= at_word and
                 not sentence.folded[m.end:at_word].strip()]
        if right:
            return right[0], False
        if first and first[0][1] in pair:
            if is_object(lex, sentence.folded, first[0][0]):
                # "battu chez lui face à Lommel": the club the clause names is the
                # visitor; the subject played at home
                return next(c for c in pair if c != first[0][1]), False
            return first[0][1], False
    # the dateline ("TIENEN - ...") names the town a report comes from: for the main match
    # told in the lead, the club of that town played at home
    if ctx.report.dateline and sentence.paragraph <= 1 and ctx.main_pair and \
            set(pair) == set(ctx.main_pair):
        town = _clubs_of_town(ctx, ctx.report.dateline, pair)
        if len(town) == 1:
            return town[0], True
    return None, False


def _visited_before_verb(lex: Lexicon, folded: str, clause: Clause,
                         mentions: list[ClubMention], pair: tuple[str, str]) -> str | None:
    """"musste zum Tabellenführer KV Mechelen reisen", "moest naar Genk reizen": the club
    after "to" (and at most two words describing it), with a visit verb further in the
    clause, is the host."""
    verbs, to = phrase_set(lex, "visit_verbs"), phrase_set(lex, "travel_to_words")
    for m in mentions:
        if m.kind != "alias" or m.candidates[0] not in pair:
            continue
        words = folded[max(clause.start, m.start - 60):m.start].split()[-3:]
        if any(w in to.values for w in words) and \
                verbs.search(folded[m.end:min(clause.end, m.end + 60)]):
            return m.candidates[0]
    return None


@cache
def _dated_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A year right after a club's name, after a preposition of time ("le Club de Bruges en
    1970": the rest of the name may stand between)."""
    words = "|".join(re.escape(w) for w in phrase_set(lex, "year_prepositions").values)
    return re.compile(rf"(?:\s+[\w'-]+){{0,2}}?\s+(?:{words})\s+(?:18[89]\d|19\d\d|20\d\d)\b")


def _no_score_between(between: str) -> str:
    """The words from a score to a club after it, or nothing when another score stands
    between (the club belongs to that result)."""
    return "" if find_scores(between) else between


def _league_after(lex: Lexicon, after: str) -> bool:
    """The league named after a score (not as a club's description: "X aus Liga 3"), and
    no cup word."""
    if lex.cup_words.search(after):
        return False
    return any(not any(not after[:hit.start][cue.end:].strip()
                       for cue in lex.league_description_cues.find(after[:hit.start][-24:]))
               for hit in lex.league_words.find(after))


def _through_after(lex: Lexicon, folded: str, token: ScoreToken, clubs: NamedClubs,
                   pair: tuple[str, str]) -> str | None:
    """The club of `pair` named first after the score when its own words say it went
    through ("Het werd uiteindelijk 2-4, Lommel is door", "2-4 : c'est Lommel qui passe")."""
    after = [(m, c) for m, c in clubs if m.start > token.end and c in pair]
    if not after:
        return None
    mention, club = after[0]
    if find_scores(folded[token.end:mention.start]):
        return None  # another score stands between: the club is that one's
    rest = folded[mention.end:mention.end + 40]
    hit = lex.qualified_words.search(rest)
    if hit is None or hit.start > 12 or lex.negations.search(rest[:hit.end]):
        return None
    return club


def _through_told(ctx: StoryState, pair: tuple[str, str]) -> str | None:
    """The club of the main match that the report said before went through (its
    "plaatste zich" read before the match had a score)."""
    if ctx.main_pair is None or set(pair) != set(ctx.main_pair):
        return None
    told = {club for club, _ in ctx.pending_qualified}
    if ctx.main is not None and ctx.main.match.qualified:
        told.add(ctx.main.match.qualified)
    found = [c for c in pair if c in told]
    return found[0] if len(found) == 1 else None


def _went_through(lex: Lexicon, clause: str, at: int) -> bool:
    """The words of the score's clause before it say its subject went through ("Lierse
    door tegen Hamme (1-2)"), not denied."""
    before = clause[:at]
    return bool(phrase_set(lex, "through_words").search(before) and
                not lex.negations.search(before) and not lex.hypothetical_words.search(before))


def _relative_subject(lex: Lexicon, lang: str, folded: str, at: int,
                      clubs: NamedClubs) -> tuple[str, int, bool] | None:
    """The club a relative pronoun right after it makes the subject of the verb at `at`
    ("Namur qui s'est imposé", "Genk, dat won", "Lyra, who won"), or the club a result noun
    stands beside between commas ("Lyra, winners over Hamme"), with where its name ends and
    whether a pronoun was read; else None."""
    before = [(m, c) for m, c in clubs if m.end <= at]
    if not before:
        return None
    mention, club = max(before, key=lambda mc: mc[0].end)
    gap = folded[mention.end:at].lstrip(" ,")
    # (after a description between commas, and an adjective: "Virton, club de D2, large
    # vainqueur de X")
    if re.fullmatch(r"\s*(?:,|\s[-\u2013]\s)(?:[^,;:.!?()\d]{1,45},)?\s*(?:\w+\s+)?",
                    folded[mention.end:at]) and \
            folded[at:].split()[:1] and \
            folded[at:].split()[0] in phrase_set(lex, f"apposition_results:{lang}").values:
        return club, mention.end, False
    words = gap.split()
    pronouns = phrase_set(lex, f"relative_pronouns:{lang}").values
    if words and words[0] in pronouns and len(words) <= 4 and not re.search(r"[,;:.]", gap):
        return club, mention.end, True
    if lang in lex.verb_second_languages:
        # a relative clause puts its verb last ("X antreten, der am Dienstag mit 2:0 gegen Y
        # gewonnen hatte"): the club before the comma and pronoun that open the clause
        # holding `at` (a verb of the main clause may stand between)
        for m, c in sorted(before, key=lambda mc: mc[0].end, reverse=True):
            opening = re.match(r"(?:\s+\w+){0,2},\s+(\w+)\s", folded[m.end:at])
            if opening and opening.group(1) in pronouns and \
                    not re.search(r"[,;.]|:\s", folded[m.end + opening.end():at]):
                return c, m.end, True
    return None


def _without_club_noun(lex: Lexicon, before: str) -> str:
    """The words before a club without a noun that describes it ("op het veld van
    tweedeamateurclub Cappellen", "bij eersteklasser Eupen") or the prefix of its name
    ("beim SK Deinze"), last 22 characters."""
    words = before.split()
    if words and words[-1] in lex.club_prefixes:
        words.pop()
    if words and any(words[-1].endswith(noun) for noun in lex.club_nouns.values):
        words.pop()
    return (" " + " ".join(words))[-23:]


def _clubs_of_town(ctx: StoryState, town: str, pair: tuple[str, str]) -> list[str]:
    """The clubs of `pair` based in the town named (in any language)."""
    name = fold(town)
    out = []
    for club in pair:
        info = ctx.registry.clubs.get(club)
        if info and name in {fold(n) for n in [info.city, *info.city_names.values()] if n}:
            out.append(club)
    return out


def penalties(ctx: StoryState, token: ScoreToken, subject: str | None, source: Source,
              clause: Clause) -> None:
    """A shoot-out score, oriented home-first by the clause's winner or loser."""
    draft = deciding_leg(ctx, ctx.sentence_draft or story_draft(ctx))
    a, b = token.first, token.second
    if draft is None or a == b:
        return  # a shoot-out cannot end level: a level score here is the match's
    m = draft.match
    if subject and subject not in m.clubs:
        return  # "Standard won the shoot-out 5-6": another club's shoot-out than the story's
    winner = subject if subject in m.clubs else None
    # (the result word nearest the kicks, a passive over its active verb: "X a été sorti
    # par Y lors de la séance" tells X lost the kicks)
    win, lose = _polarity(ctx.lexicon, clause.folded, token.start - clause.start)
    if not (win or lose):
        # ("verloor na strafschoppen van Genk (1-1, 4-3)": the verb's piece holds the match's
        # score too) the clause's one kind of result word
        kinds = {k: h for h, k in _outer_hits(ctx.lexicon, clause.folded)}
        win, lose = (kinds.get("win"), kinds.get("lose")) if len(kinds) == 1 else (None, None)
    if winner and (win or not lose and ctx.lexicon.qualified_words.search(clause.folded)):
        hi, lo = max(a, b), min(a, b)
        value = f"{hi}-{lo}" if winner == m.home else f"{lo}-{hi}"
        draft.kicks_told = True
    elif winner and lose:
        hi, lo = max(a, b), min(a, b)
        value = f"{lo}-{hi}" if winner == m.home else f"{hi}-{lo}"
        draft.kicks_told = True
    else:
        value = f"{a}-{b}"
    set_once(m, "penalties", value, source)


def aggregate(ctx: StoryState, token: ScoreToken, subject: str | None, source: Source,
              clause: Clause) -> None:
    """An aggregate score of a tie, set on its second leg, oriented by the clause's subject."""
    draft = deciding_leg(ctx, ctx.sentence_draft or story_draft(ctx))
    if draft is None or draft.match.leg == 1:
        return
    m = draft.match
    a, b = token.first, token.second
    if a != b and subject in m.clubs:
        if ctx.lexicon.win.search(clause.folded) or \
                ctx.lexicon.qualified_words.search(clause.folded):
            mine = max(a, b)
        elif ctx.lexicon.lose.search(clause.folded):
            mine = min(a, b)
        else:
            mine = a
        other = a + b - mine
        value = f"{mine}-{other}" if subject == m.home else f"{other}-{mine}"
    else:
        value = f"{a}-{b}"
    set_once(m, "aggregate", value, source)
