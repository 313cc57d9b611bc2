"""From a report's sentences to facts: the story of the main match and the matches, goals,
people and club history it mentions.

The extractor reads sentence by sentence and keeps the state a reader keeps: which clubs the
story is about (most recent first), which match is being told, its running score. Every fact
keeps the sentence it came from. The checks every fact passes before it is stored are in
`knowledge/checks.py`.

Here: the report's lead (main match, season), the loop over sentences that sends each score
and phrase to its reader, and the checks at the end. The reader's state is in `state`, the
match drafts in `drafts`; results, goals (and their scorers), match details, outcome, roles
and history each have their own module.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from bisect import bisect_left
from functools import lru_cache

from knowledge.budget import ticking
from knowledge.checks import winner_of
from knowledge.clubs import ClubRegistry
from knowledge.extract.address import Filed, filed_under, names_the_cup
from knowledge.extract.clauses import Clause, comma_piece, one_piece, split_clauses, subject_of
from knowledge.extract.clubs import (
    ClubFinder,
    ClubMention,
    competition_of,
    competitions,
    names_other_competition,
)
from knowledge.extract.drafts import (
    draft_for_leg,
    infer_legs,
    match_draft,
    second_leg,
    set_once,
    story_draft,
)
from knowledge.extract.goals import (
    complete_goal_clubs,
    goals_from_phrases,
    running,
    scorers_list,
)
from knowledge.extract.history import history
from knowledge.extract.lineups import sheets
from knowledge.extract.lists import listed_road
from knowledge.extract.match_details import dates, extra_time_and_shootout, venue
from knowledge.extract.outcome import (
    cup_won_in_year,
    qualified,
    qualify_pending,
    record_final,
    season_winner,
)
from knowledge.extract.people import NameMention, find_names
from knowledge.extract.persons import known_surnames, load_word_frequencies, typed_names
from knowledge.extract.results import (
    aggregate,
    cup_told,
    days_before,
    heading_pair,
    lead_leg,
    pair_before,
    penalties,
    perfect_wins,
    result,
    scoreless_result,
    told_in_the_lead,
    weekend_in_midweek,
)
from knowledge.extract.roles import people
from knowledge.extract.rounds import (
    WRITTEN_SEASON,
    cup_draw_told,
    final_year_told,
    leg_in,
    match_drawn,
    report_round,
    round_hits,
    round_in,
    season_for_year,
    season_written,
)
from knowledge.extract.scorers import eligible, undone_later
from knowledge.extract.scores import (
    ScoreToken,
    called_final,
    find_scores,
    goalless_told,
    same_score_told,
    score_shape,
    years,
)
from knowledge.extract.state import (
    Draft,
    NamedClubs,
    StoryState,
    previous_sentence,
    resolved,
    source_of,
)
from knowledge.lexicon import Lexicon, phrase_set
from knowledge.model import Facts, Source
from knowledge.report import (
    Report,
    Sentence,
    explicit_dates,
    is_live_entry,
    is_minute_stamp,
    season_of,
)
from knowledge.text import fold


class StoryExtractor:
    """Extracts Facts from a Report with the club reference data and the lexicon."""

    def __init__(self, registry: ClubRegistry, lexicon: Lexicon) -> None:
        self.registry = registry
        self.lexicon = lexicon
        self.finder = ClubFinder(registry, lexicon)

    def extract(self, report: Report) -> Facts:
        """All facts the report states."""
        load_word_frequencies()  # once per process, before this report's work
        lex = self.lexicon
        report = _same_scores_told(lex, report)
        splitter = lex.clause_splitter(report.lang)
        competition = competitions()[0]
        for comp in competitions():
            if any(name.lower() in " ".join(s.folded for s in report.sentences)
                   for name in comp.names):
                competition = comp
                break
        ctx = StoryState(report=report, lexicon=lex, registry=self.registry,
                         finder=self.finder, splitter=splitter, season=report.season,
                         competition=competition.id,
                         round=report_round([s.folded for s in report.sentences], lex,
                                            competition.two_legged_rounds),
                         two_legged=competition.two_legged_rounds,
                         final_venues=tuple(competition.neutral_venues))
        if not _is_cup_report(lex, report) or _other_competition(lex, report):
            return ctx.facts
        # (the lead's first sentences of prose: a match sheet's short lines and its fields,
        # "Stadion: ...", come before them)
        prose = [s for s in report.sentences
                 if len(s.text.split()) >= 4 and not _sheet_field(ctx, s)]
        ctx.cup_won_in_lead = any(_cup_won_now(lex, s.folded) for s in prose[:3])
        if ctx.round is None and ctx.cup_won_in_lead:
            ctx.round = "final"  # "Lokeren hat den Pokal gewonnen": the final's report
        if ctx.round == "final" and not _tells_a_final(lex, report):
            # "op weg naar de finale", "de finale van vorig jaar": final words alone do not
            # make a report the final's; a cup won or the final's ground does
            ctx.round, ctx.final_ahead = None, True
        ctx.lead_paragraph = next((s.paragraph for s in report.sentences
                                   if s.text != report.headline), 0)
        filed = filed_under(report.url, self.finder, lex)
        if _looks_back(lex, report):
            # a look-back piece: its dateline is today, its matches are of the year it names
            ctx.season = _season_looked_back(lex, report)
        elif ctx.season is None:
            ctx.season = filed.season or _season_from_text(lex, report)
        if ctx.season is None:
            return ctx.facts
        ctx.two_legged = competition.two_legged_in(ctx.season)
        # every loop over the sentences checks the report's time budget (knowledge/budget.py)
        mentions = [self.finder.find(s.text, s.folded, report.lang)
                    for s in ticking(report.sentences)]
        _match_sheet(ctx, mentions)
        raw = [find_names(s.text, lex, [(m.start, m.end) for m in ms], report.lang)
               for s, ms in ticking(zip(report.sentences, mentions, strict=True))]
        known = known_surnames([n for found in raw for n in found])
        names = [typed_names(found, s.text, lex, report.lang, known, self.finder.towns)
                 for s, found in ticking(zip(report.sentences, raw, strict=True))]
        ctx.mentions, ctx.names_found = mentions, names
        for found in names:
            for n in found:
                ctx.names.learn(n.name)
        _main_pair(ctx, mentions)
        _filed_match(ctx, filed, mentions)
        _lineups_match(ctx, mentions)
        ctx.draw_report = any(cup_draw_told(s.folded, lex) for s in _lead_sentences(ctx))
        ctx.main_ahead = _main_ahead(ctx, mentions)
        ctx.pairs_ahead = _pairs_ahead(ctx, mentions)
        if ctx.sheet_leg is not None:
            ctx.main_leg, ctx.main_leg_sure = ctx.sheet_leg, True
        ctx.report_clubs = list(dict.fromkeys(
            m.candidates[0] for ms in mentions for m in ms
            if m.kind == "alias" or m.kind == "nickname" and len(m.candidates) == 1))
        ctx.shootout_paragraphs = {s.paragraph for s in report.sentences
                                   if lex.shootout_words.search(s.folded)}
        for sentence, ms, ns in ticking(zip(report.sentences, mentions, names, strict=True)):
            _sentence(ctx, sentence, ms, ns)
        _finish(ctx)
        _successors(ctx)
        return ctx.facts


# --------------------------------------------------------------------- the report and its lead
def _same_scores_told(lexicon: Lexicon, report: Report) -> Report:
    """The report with each result told "by the same score" or as "a goalless draw" given
    that score's digits in its folded text (the text as written stays, for the sources)."""
    sentences = []
    for s in report.sentences:
        prev = report.sentences[s.index - 1] if s.index else None
        earlier = prev.folded if prev and prev.paragraph == s.paragraph else ""
        told = goalless_told(same_score_told(s.folded, lexicon, earlier), lexicon)
        if told != s.folded:
            s = copy.copy(s)
            s.folded = told
        sentences.append(s)
    return dataclasses.replace(report, sentences=sentences)


def _is_cup_report(lexicon: Lexicon, report: Report) -> bool:
    """Cup words or the cup's round names ("de kwartfinales") anywhere in the report or its
    address, or a word its language builds on the cup ("Pokalderby", "bekert verder"), or a
    shoot-out, which no league match has, in a report naming no other cup. A leg word alone
    ("au match aller", "im Hinspiel") is no cup word: the league has its two meetings too."""
    text = " ".join(s.folded for s in report.sentences)
    starts = lexicon.data["cup_word_starts"].get(report.lang or "", [])
    legs = [(h.start, h.end) for h in lexicon.legs.find(text)]
    cup_word = any(not any(a < h.end and h.start < b for a, b in legs)
                   for h in lexicon.cup_words.find(text))
    return bool(cup_word or lexicon.rounds.search(text) or
                names_the_cup(report.url, lexicon) or
                any(re.search(rf"\b{re.escape(start)}\w", text) for start in starts) or
                lexicon.shootout_words.search(text) and not lexicon.other_cups.search(text))


def _other_competition(lexicon: Lexicon, report: Report) -> bool:
    """A women's, youth or reserve cup report: its headline or first sentences say so
    (a dateline, a headline and a lead can take three sentences before the match is told;
    a byline, a photo credit or a count of reactions is no sentence of the story)."""
    opening = [s.folded for s in report.sentences if len(s.text.split()) >= 4][:5]
    if report.headline:
        opening.append(fold(report.headline))
    return any(names_other_competition(lexicon, t) for t in opening)


def _whistle_after(ctx: StoryState, source: Source) -> bool:
    """The report tells the end of the match at or after the sentence of `source`."""
    texts = [s for s in ctx.report.sentences if s.text == source.sentence]
    if not texts:
        return False
    start = texts[0].index
    return any(ctx.lexicon.final_whistle_words.search(s.folded)
               for s in ctx.report.sentences[start:])


# The minute from which a lead that the report says went through is the final score.
_LATE_GOAL = 75


def _leader_went_through(ctx: StoryState, draft: Draft) -> bool:
    """A one-legged tie whose last running score, told late in the match, puts ahead the club
    the report says went through ("Zulte plaatste zich ... Bruno trof raak (84e, 1-0)")."""
    m = draft.match
    home, away = draft.running
    if home == away or m.qualified is None or m.leg is not None or m.round in ctx.two_legged:
        return False
    # (a lead at the half hour says nothing of the end: the report may go on with goals it
    # does not count, "A en B knalden ons naar de kwartfinales")
    last = max((g.minute for g in m.goals if g.minute is not None), default=None)
    return last is not None and last >= _LATE_GOAL and \
        m.qualified == (m.home if home > away else m.away)


def _level_before_shootout(draft: Draft) -> bool:
    """A shoot-out follows a level match only: with its score known, a level last running
    score is the match's ("traf zum 2:2 ... Gent 3:4 n.E. Kortrijk")."""
    home, away = draft.running
    return draft.match.penalties is not None and home == away


def _shootout_winner(draft: Draft) -> None:
    """A shoot-out decides its tie: the club that scored more penalties went through (after
    a level match: a shoot-out beside a decided score is not this match's; and only when
    a winner or loser the words name gave the kicks to the clubs, or the home club is
    known: the digits alone are home-first)."""
    m = draft.match
    if m.order_unsure and not draft.kicks_told:
        return  # "zum 2:3" in a shoot-out's count, and no home club known
    if m.qualified is not None or m.penalties is None or m.leg == 1 or \
            m.score is not None and len(set(m.score.split("-"))) != 1:
        return
    home, away = (int(x) for x in m.penalties.split("-"))
    if home != away:
        set_once(m, "qualified", m.home if home > away else m.away, m.sources["penalties"][0])


def _cup_won_now(lexicon: Lexicon, folded: str) -> bool:
    """A lead sentence that says a club won the cup: "Lokeren hat den Pokal gewonnen", "X
    heeft de beker gewonnen", neither wished nor denied."""
    if lexicon.hypothetical_words.search(folded) or lexicon.negations.search(folded):
        return False
    return bool(lexicon.won_the_cup.search(folded)) or _cup_won_participle(lexicon, folded)


def _cup_won_by(ctx: StoryState, sentence: Sentence, clubs: NamedClubs,
                source: Source) -> None:
    """A lead sentence that says one club, the only one it names, won the cup ("Antwerp
    heeft zondag de Croky Cup veroverd"): that club won this season's final (the checks
    then hold it against the final's result)."""
    lex = ctx.lexicon
    folded = sentence.folded
    if sentence.index > 2 or ctx.season is None or not _cup_won_now(lex, folded) or \
            years(folded) or phrase_set(lex, "times_words").search(folded) or \
            phrase_set(lex, "since_words").search(folded) or not _final_months(ctx):
        return  # "a gagné la Coupe trois fois, en 1964, ...": the club's history
    named = {c for _, c in clubs}
    if len(named) == 1:
        season_winner(ctx, named.pop(), ctx.season, source)


def _final_months(ctx: StoryState) -> bool:
    """A report dated between the earliest day a final of the competition has been played
    (`earliest_played` in competitions.yaml) and the season's end in June: a report of the
    summer or autumn that says a club won the cup tells of an earlier season."""
    date = ctx.report.date
    comp = competition_of(ctx.competition)
    first = comp.earliest_played.get("final") if comp else None
    if date is None or len(date) < 7 or first is None:
        return False
    return first[:2] <= date[5:7] <= "06"


def _cup_won_participle(lexicon: Lexicon, folded: str) -> bool:
    """The trophy or the final as the object, then within three words its participle of
    winning, nothing between that makes it history ("de beker al elf keer gewonnen", "de
    finale van 2015")."""
    participles = phrase_set(lexicon, "cup_won_participles")
    around = set(phrase_set(lexicon, "cup_won_not_around").values)
    for hit in phrase_set(lexicon, "cup_won_objects").find(folded):
        tail = folded[hit.end:hit.end + 40]
        won = participles.search(tail)
        if won is None or set(folded[:hit.start].split()[-2:-1] +
                              tail[won.end:].split()[:1]) & around:
            continue
        between = tail[:won.start]
        if len(between.split()) <= 3 and not re.search(r"\d", between) and not (
                phrase_set(lexicon, "times_words").search(between)
                or lexicon.earlier_words.search(between)
                or lexicon.last_week_words.search(between)):
            return True
    return False


def _tells_a_final(lexicon: Lexicon, report: Report) -> bool:
    """A cup won, or the final's ground named as where the match was ("op de Heizel"), not
    as where the winner goes ("het ticket voor de Heizel")."""
    text = " ".join(s.folded for s in report.sentences)
    if lexicon.cup_win_words.search(text) or \
            any(_cup_won_now(lexicon, s.folded) for s in report.sentences[:3]):
        return True
    venues = {fold(v) for c in competitions() for v in c.neutral_venues}
    to_come = [phrase_set(lexicon, f"{words}:{report.lang}")
               for words in ("future_words", "hypothetical_words")]
    for sentence in report.sentences:
        folded = sentence.folded
        for ground in venues:
            for found in re.finditer(re.escape(ground), folded):
                before = folded[:found.start()]
                # "Anderlecht kan in het Koning Boudewijnstadion feesten": still to come
                if not lexicon.next_round_cues.search(before[-20:]) and \
                        not any(words.search(before) for words in to_come):
                    return True
    return False


def _season_from_text(lexicon: Lexicon, report: Report) -> str | None:
    """No date header: a full date in the lead ("8 december 2027") or the one year in
    "Croky Cup 2018" names the season (a list of years is history, not this season)."""
    for s in report.sentences[:4]:
        dated = explicit_dates(s.folded, lexicon, None)
        if dated:
            return season_of(dated[0][1])
        if lexicon.cup_words.search(s.folded):
            written = _written_season(lexicon, s.folded)
            if written and _season_of_a_result(s.folded):
                continue
            if written:
                return written
            found = {y for y in years(s.folded) if _dates_the_report(lexicon, s.folded, y)}
            if len(found) == 1:
                # ("im September 2017" starts the 2017-18 season)
                return season_for_year(final_year_told(s.folded, found.pop(), lexicon.months))
            if found:
                return None
    return None


def _season_of_a_result(folded: str) -> bool:
    """A season written after a score in its sentence (a past meeting recalled with its
    score, then "de l'édition 2029/2030") is that result's, not the report's season."""
    scores = find_scores(folded)
    season = WRITTEN_SEASON.search(folded)
    return bool(scores) and season is not None and scores[0].end <= season.start()


def _dates_the_report(lexicon: Lexicon, folded: str, year: int) -> bool:
    """A year of a cup sentence that may date the report: not a year a count starts from
    ("leur première Coupe depuis 1914", "plus gagnée depuis son dixième titre de 2009"), nor
    the year of a result told with it ("finaliste en 2015 (1-2)")."""
    at = folded.find(str(year))
    since = phrase_set(lexicon, "since_words")
    return not since.search(folded[max(0, at - 40):at]) and not find_scores(folded[at:at + 14])


def _written_season(lexicon: Lexicon, folded: str) -> str | None:
    """The one season a sentence writes out ("2017-2018"), or the one after it when it is
    called last season ("die letzte Saison 2017-2018": the report is of 2018-19)."""
    found = [m for m in WRITTEN_SEASON.finditer(folded) if season_written(m)]
    if len(found) != 1:
        return None
    ended = int(found[0].group(1)) + 1
    if lexicon.last_season_words.search(folded[max(0, found[0].start() - 25):found[0].start()]):
        ended += 1
    return season_for_year(ended)


def _lead(report: Report) -> list[Sentence]:
    return [s for s in report.sentences if s.paragraph <= 1][:5]


def _looks_back(lexicon: Lexicon, report: Report) -> bool:
    """A piece that looks back at an earlier cup ("we blikken terug op 2013", "retour sur
    la finale de 2008"): the words say so, or the lead names only a season before the
    report's own. A lead that first tells a result of no year ("Eupen beat Kortrijk 2-1 in
    the round of 16. Ten years ago, in 2031, ...") is about that result, not a look-back."""
    lead = _lead(report)
    back = next((i for i, s in enumerate(lead) if lexicon.look_back_words.search(s.folded)),
                None)
    now = next((i for i, s in enumerate(lead) if find_scores(s.folded) and not years(s.folded)),
               None)
    return back is not None and (now is None or back <= now)


def _season_looked_back(lexicon: Lexicon, report: Report) -> str | None:
    """The season a look-back piece is about: a season written out ("2012-2013") or the
    one earlier year its lead names; None when it names several (an overview)."""
    own = report.season
    found: set[str] = set()
    for s in _lead(report):
        spans = [m.span() for m in WRITTEN_SEASON.finditer(s.folded)]
        found |= {f"{m.group(1)}-{m.group(2)[-2:]}" for m in WRITTEN_SEASON.finditer(s.folded)}
        rest = "".join(" " if any(a <= i < b for a, b in spans) else c
                       for i, c in enumerate(s.folded))
        found |= {season_for_year(y) for y in years(rest)}
    found = {f for f in found if own is None or f < own}
    return found.pop() if len(found) == 1 else None


_YEAR_HEAD = re.compile(r"((?:19|20)\d\d)\s?(?:[-:\u2013])\s+\D")
_SHORT_SEASON = re.compile(r"'?(\d\d)\s?[-/]\s?'?(\d\d)\s?:")
_DATE_LINE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.]((?:18|19|20)\d\d)")


def season_heading(folded: str) -> str | None:
    """A line opened by a season ("2008-2009: ...") starts that season's part of an
    overview; so does a short line opened by a final's year ("1996 - A - B 2-1", "1987:
    ...") in a piece that goes through finals."""
    m = WRITTEN_SEASON.match(folded.strip())
    if m:
        return season_written(m)
    year = _YEAR_HEAD.match(folded.strip())
    if year and len(folded) < 90:
        return season_for_year(int(year.group(1)))
    short = _SHORT_SEASON.match(folded.strip())
    if short and (int(short.group(1)) + 1) % 100 == int(short.group(2)):
        # "30/31: kwartfinale: 2-1": a season in two digits opening a list's line
        return season_for_year(2000 + int(short.group(2)) if int(short.group(2)) < 50
                               else 1900 + int(short.group(2)))
    day = _DATE_LINE.fullmatch(folded.strip())
    if day and 1 <= int(day.group(2)) <= 12:
        # a line that is only a date ("26-05-1965"): the match sheet below it is of that day
        return season_of(f"{day.group(3)}-{int(day.group(2)):02d}")
    return None


def _sheet_field(ctx: StoryState, sentence: Sentence) -> bool:
    """A match sheet's field line: "Datum: 05/02/2014", "Stadion: Diaz Arena"."""
    label, colon, value = sentence.folded.partition(":")
    return bool(colon) and len(value) < 60 and label.strip() in ctx.lexicon.sheet_fields.values


_BARE_SCORE = re.compile(r"\s*\d{1,2}\s*[-:]\s*\d{1,2}\s*")
# a sheet field's round with its leg: "Halve Finales (T)", (H)een or (T)erug
_ROUND_AND_LEG = re.compile(r"(.+?)\s*\((h|t)\)\s*$")


def _match_sheet(ctx: StoryState, mentions: list[list[ClubMention]]) -> None:
    """A match sheet heading the report: two lines of one club each, then the score line,
    and a field line ("Speeldag: Halve Finales (T)") whose (H)/(T) gives the leg."""
    top = ctx.report.sentences[:12]
    for s in top:
        found = _ROUND_AND_LEG.match(s.folded.partition(":")[2].strip()) \
            if _sheet_field(ctx, s) else None
        round_name = round_in(found.group(1), ctx.lexicon) if found else None
        if round_name:
            ctx.round, ctx.sheet_leg = round_name, 1 if found.group(2) == "h" else 2
    for i, s in enumerate(top[:6]):
        if i < 2 or not _BARE_SCORE.fullmatch(s.text):
            continue
        above = [{m.candidates[0] for m in mentions[j] if m.kind == "alias"}
                 for j in (i - 2, i - 1)]
        if all(len(c) == 1 and len(top[j].text) < 40
               for c, j in zip(above, (i - 2, i - 1), strict=True)) and above[0] != above[1]:
            ctx.sheet = (s.index, (above[0].pop(), above[1].pop()))
        return


def _main_pair(ctx: StoryState, mentions: list[list[ClubMention]]) -> None:
    """The clubs of the main match from the headline and lead: "Genk - Kortrijk",
    "Genk ontvangt Kortrijk" (home first), or the first two clubs named."""
    # the first paragraphs up to the first line of prose; a match sheet's field lines
    # ("Datum: ...", "Stadion: ..."), its score line and bylines are no lead
    seen: set[str] = set()
    told = []
    for s in ctx.report.sentences:
        if _sheet_field(ctx, s) or s.index == (ctx.sheet[0] if ctx.sheet else -1) or \
                s.text in seen or s.text.lstrip().startswith("|"):
            continue  # a repeated byline or headline, "| 0 reacties"
        seen.add(s.text)
        told.append(s)
    prose = next((s.paragraph for s in told if len(s.text.split()) >= 8), 1)
    lead = [(s, [m for m in mentions[s.index] if not _club_of_a_role(ctx.lexicon, s.folded, m)])
            for s in told
            if s.paragraph <= max(1, ctx.lead_paragraph, prose)
            and (s.paragraph <= max(1, ctx.lead_paragraph) or len(s.text.split()) >= 3)][:4]
    # a score line "Gent 3:4 n.E. Kortrijk" may stand below the lead paragraph
    lines = [(s, mentions[s.index]) for s in told[:4] if _score_line(ctx.lexicon, s.folded)]
    for sentence, ms in lines + lead:
        clubs = [(m, m.candidates[0]) for m in ms if m.kind == "alias"]
        ordered = sorted(clubs, key=lambda mc: mc[0].start)
        for (m1, c1), (m2, c2) in zip(ordered, ordered[1:], strict=False):
            between = sentence.folded[m1.end:m2.start]
            if c1 != c2 and len(between) < 50 and ctx.finder.visit_before.search(between) and \
                    not _ahead(ctx.lexicon, sentence.folded, m1.start):
                # "Anderlecht se rendait mardi à Lommel": the second club was the host
                ctx.main_pair, ctx.main_home_known = (c2, c1), True
                ctx.main_leg = leg_in(_without_bracketed_scores(sentence.folded), ctx.lexicon)
                ctx.main_leg_sure = ctx.main_leg is not None
                return
            if c1 != c2 and (re.fullmatch(r"\s*-\s*", between) or
                             _score_between(ctx.lexicon, between) or
                             _hosts(ctx.lexicon, between)) \
                    and not _ahead(ctx.lexicon, sentence.folded, m1.start):
                ctx.main_pair, ctx.main_home_known = (c1, c2), True
                # (the leg of a bracket with its own score is that score's: "Anderlecht 3:1
                # Eupen (Hinspiel 2:2)" is the return)
                ctx.main_leg = leg_in(_without_bracketed_scores(sentence.folded), ctx.lexicon)
                ctx.main_leg_sure = ctx.main_leg is not None
                return
    # else the two clubs the lead names, when it names only two; or the first two clubs of
    # one lead sentence that tells a result ("Genk won de terugwedstrijd met 1-0 tegen
    # Kortrijk"): the clubs of a round-up's lead are of different matches
    lex = ctx.lexicon
    everyone = list(dict.fromkeys(
        m.candidates[0] for s, ms in lead for m in ms
        if (m.kind == "alias" or m.kind == "nickname" and len(m.candidates) == 1)
        and not _next_opponent(lex, s.folded, m)))
    if len(everyone) == 2 and not any(_side_by_side(lex, s.folded, ms, everyone)
                                      for s, ms in lead) and \
            not _only_ahead(lex, lead, everyone):
        ctx.main_pair = (everyone[0], everyone[1])
        ctx.main_leg = lead_leg(ctx, [s for s, _ in lead])
        ctx.main_leg_sure = ctx.main_leg is not None
        return
    for sentence, ms in lead:
        named = list(dict.fromkeys(
            m.candidates[0] for m in ms
            if m.kind == "alias" or m.kind == "nickname" and len(m.candidates) == 1))
        folded = sentence.folded
        named = _without_next_opponent(lex, folded, ms, _without_fellows(lex, folded, ms, named))
        tells = find_scores(folded) or lex.win.search(folded) or lex.lose.search(folded) \
            or lex.qualified_words.search(folded) or lex.eliminated_words.search(folded)
        # (not a weekend's result in a midweek report: "Am Wochenende gewann Eupen 3:0"; nor
        # one of some days before: "Three days ago Lommel lost 2-1 at Deinze")
        if len(named) == 2 and tells and not lex.future_words.search(folded) and \
                not _side_by_side(lex, folded, ms, named) and \
                not (lex.cup_words.search(folded) is None and
                     (weekend_in_midweek(ctx, folded) or days_before(lex, folded))):
            ctx.main_pair = (named[0], named[1])
            ctx.main_leg = lead_leg(ctx, [s for s, _ in lead])
            ctx.main_leg_sure = ctx.main_leg is not None
            return


def _filed_match(ctx: StoryState, filed: Filed, mentions: list[list[ClubMention]]) -> None:
    """The match a cup calendar's address files the article under, when the article names
    both its clubs: the main match, with its home club, round and leg. (An article the lead
    pairs with other clubs keeps them: the address may file it under the match it leads to.)"""
    if filed.season != ctx.season or filed.round is None:
        return
    named = {m.candidates[0] for ms in mentions for m in ms if m.kind == "alias"}
    if filed.home is None:
        ctx.round = ctx.round or filed.round  # the round alone (an address without clubs)
        return
    pair = (filed.home, filed.away)
    if not set(pair) <= named or ctx.main_pair and set(ctx.main_pair) != set(pair):
        return
    ctx.main_pair, ctx.main_home_known = pair, True
    ctx.round = ctx.round or filed.round
    if filed.leg is not None and not ctx.main_leg_sure:
        ctx.main_leg, ctx.main_leg_sure = filed.leg, True


def _lineups_match(ctx: StoryState, mentions: list[list[ClubMention]]) -> None:
    """A match sheet's two line-ups name the main match with its home club when the lead
    named no pair (a report on amateur clubs often tells its result only in the sheet's
    scorers line). A pair the lead named is left as it is: the sheet may be of another leg
    of its tie."""
    ctx.lineup_sheets = sheets(ctx.report.sentences, mentions, ctx.lexicon)
    if ctx.main_pair is None and len(ctx.lineup_sheets) == 1:
        ctx.main_pair, ctx.main_home_known = ctx.lineup_sheets[0].pair, True


def _without_fellows(lexicon: Lexicon, folded: str, mentions: list[ClubMention],
                     named: list[str]) -> list[str]:
    """The clubs of a sentence but those a fellow verb joins the result's winner to
    ("Lommel s'impose à Deinze et rejoint Genk en demi-finale"): Genk went through too,
    it was not the opponent."""
    fellow = phrase_set(lexicon, "fellow_verbs").search(folded)
    if fellow is None or len(named) != 3:
        return named
    after = {m.candidates[0] for m in mentions if m.candidates and m.start > fellow.end}
    before = [c for c in named if c not in after]
    return before if len(before) == 2 else named


def _next_opponent(lexicon: Lexicon, folded: str, mention: ClubMention) -> bool:
    """A club named as the next round's opponent ("schoot Antwerp naar een tweestrijd met
    Club"): met next, not in the result told."""
    return any(0 <= mention.start - cue.end <= 4
               for cue in phrase_set(lexicon, "next_opponent_cues").find(folded))


def _without_next_opponent(lexicon: Lexicon, folded: str, mentions: list[ClubMention],
                           named: list[str]) -> list[str]:
    """The clubs of a sentence but the one it names as the next round's opponent."""
    ahead = {m.candidates[0] for m in mentions
             if m.candidates and _next_opponent(lexicon, folded, m)}
    return [c for c in named if c not in ahead]


def _main_ahead(ctx: StoryState, mentions: list[list[ClubMention]]) -> bool:
    """The first lead sentence that names both clubs of the main match announces it and
    tells no result ("Genk ontvangt woensdag Antwerp in de kwartfinales", "Genk host Antwerp
    on Wednesday"): a preview, whose own match is not played yet. (Not a draw's report: the
    results it tells are of the round before the ties drawn.)"""
    if ctx.main_pair is None or ctx.draw_report:
        return False
    lex = ctx.lexicon
    for s in _lead_sentences(ctx):
        if set(ctx.main_pair) <= {m.candidates[0] for m in mentions[s.index] if m.candidates}:
            if _tells_result(lex, s.folded):
                return False
            if _looks_ahead(ctx, s.folded):
                return True
            # (a headline "Genk - Antwerp" says neither: the lead goes on)
    return False


def _pairs_ahead(ctx: StoryState, mentions: list[list[ClubMention]]) -> set[frozenset[str]]:
    """The pairs of clubs the lead announces, in sentences that look ahead and tell no result
    ("vandaag staan Lommel-Westerlo en Eupen-Seraing op het programma"): matches to come,
    whichever of them the report is most about."""
    if ctx.draw_report:
        return set()
    lex = ctx.lexicon
    pairs: set[frozenset[str]] = set()
    for s in _lead_sentences(ctx):
        if _tells_result(lex, s.folded) or not _looks_ahead(ctx, s.folded):
            continue
        named = [(m, m.candidates[0]) for m in mentions[s.index] if m.is_club and m.candidates]
        for one, other in zip(named, named[1:], strict=False):
            pair = _opponents_named(lex, s.folded, [one, other])
            if pair:
                pairs.add(frozenset(pair))
    return pairs


def _tells_result(lexicon: Lexicon, folded: str) -> bool:
    """A score, or a word of winning, losing or drawing."""
    return bool(find_scores(folded) or lexicon.win.search(folded) or
                lexicon.lose.search(folded) or lexicon.draw.search(folded))


def _looks_ahead(ctx: StoryState, folded: str) -> bool:
    """A word of the future, or a verb announcing a match ("ontvangt", "host")."""
    return bool(ctx.lexicon.future_words.search(folded) or
                phrase_set(ctx.lexicon, f"ahead_verbs:{ctx.report.lang}").search(folded))


def _lead_sentences(ctx: StoryState) -> list[Sentence]:
    """The headline and the first sentences of the lead paragraph."""
    return [s for s in ctx.report.sentences if s.paragraph <= max(1, ctx.lead_paragraph)][:4]


def _without_bracketed_scores(folded: str) -> str:
    """A line less its brackets that hold a score of their own ("(Hinspiel 2:2)")."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0))
                  if find_scores(m.group(0)) else m.group(0), folded)


def _hosts(lexicon: Lexicon, between: str) -> bool:
    """A host verb between two clubs: close to both, or right after the first in one clause
    whose second club is its object ("Lierse ontving dinsdagavond voor de beker Mons";
    not "Genk kreeg het lastig tegen Lierse", nor "Lommel kreeg een pak slaag van Genk": what
    it got was a defeat, not a visit)."""
    host = lexicon.host_verbs.search(between)
    if host is None or lexicon.lose.search(between):
        return False
    return (len(between) < 40 or (
        not between[:host.start].strip() and len(between) < 80 and
        not re.search(r"[,;:.]", between) and not lexicon.against_words.search(between)))


def _club_of_a_role(lexicon: Lexicon, folded: str, mention: ClubMention) -> bool:
    """A club named as a person's ("l'entraîneur du Standard", "ex-trainer van Genk"): it
    says where someone works, not who played."""
    words = folded[max(0, mention.start - 40):mention.start].split()
    while words and words[-1] in lexicon.articles:
        words.pop()
    if len(words) < 2 or words[-1] not in lexicon.genitive_markers.values:
        return False
    role = re.split(r"[-']", words[-2])[-1]  # "ex-trainer", "qu'entraineur"
    return any(role == hit.phrase for hit in lexicon.roles.find(role))


_SCORE_BETWEEN = re.compile(r"\s*(\d{1,2})\s*[-:]\s*(\d{1,2})\s*(.*?)\s*")
_SHOOTOUT_MARK = re.compile(r"\(\d{1,2}\s*[-:]\s*\d{1,2}\s+([^()\d]{1,25})\)")


def _score_between(lexicon: Lexicon, between: str) -> bool:
    """Only a score, with at most its extra-time or shoot-out mark, between two clubs:
    "Gent 3:4 n.E. Kortrijk", "Genk 2-1 (a.e.t.) Lierse" (home first)."""
    found = _SCORE_BETWEEN.fullmatch(between)
    if found is None:
        return False
    mark = found.group(3).strip("() ")
    if not mark or mark in lexicon.shootout_words.values or \
            mark in lexicon.extra_time_words.values:
        return True
    # "RUS Binche 1-1 (5-4 aux tàb) RSD Jette": the shoot-out's kicks in brackets
    kicks = _SHOOTOUT_MARK.fullmatch(found.group(3))
    return bool(kicks and lexicon.shootout_words.search(kicks.group(1)))


def _score_line(lexicon: Lexicon, folded: str) -> bool:
    """A line of a club, a score (perhaps with a bracketed mark) and a club only (names are
    at most four words each)."""
    return bool(re.fullmatch(r"\s*(?:[\w.'-]+\s+){1,4}\d{1,2}\s*[-:]\s*\d{1,2}\s*"
                             r"(?:\S+\s+|\([^()]{1,30}\)\s*)?(?:[\w.'-]+\s*){1,4}", folded))


def _line_pair(lexicon: Lexicon, folded: str, token: ScoreToken, clubs: NamedClubs
               ) -> tuple[str, str] | None:
    """The clubs of a score line "KAA Gent 1:2 KV Kortrijk", home first."""
    if not _score_line(lexicon, folded):
        return None
    before = [(m, c) for m, c in clubs if m.end <= token.start]
    after = [(m, c) for m, c in clubs if m.start >= token.end]
    if len(before) != 1 or len(after) != 1 or before[0][1] == after[0][1] or \
            not _score_between(lexicon, folded[before[0][0].end:after[0][0].start]):
        return None
    return before[0][1], after[0][1]


def _only_ahead(lexicon: Lexicon, lead: list[tuple[Sentence, list[ClubMention]]],
                pair: list[str]) -> bool:
    """The lead names the two clubs together only in sentences that look ahead ("Le
    Standard jouera la finale face à Genk"): the match to come, not one the report tells."""
    together = [s for s, ms in lead
                if set(pair) <= {m.candidates[0] for m in ms if m.is_club and m.candidates}]
    return bool(together) and all(lexicon.future_words.search(s.folded) for s in together)


def _ahead(lexicon: Lexicon, folded: str, at: int) -> bool:
    """A pairing in a piece that looks ahead ("dit weekend nog Lierse - Mechelen op het
    programma", "Genk ontvangt zondag Gent"): a fixture to come, not the report's match."""
    lo = max([0] + [m.end() for m in re.finditer(r"[,;:]\s", folded) if m.end() <= at])
    hi = min([len(folded)] + [m.start() for m in re.finditer(r"[,;]\s", folded)
                              if m.start() > at])
    return bool(lexicon.future_words.search(folded[lo:hi]))


def _side_by_side(lexicon: Lexicon, folded: str, mentions: list[ClubMention],
                  pair: list[str]) -> bool:
    """The two clubs named side by side as one subject ("Eupen en Moeskroen plaatsten
    zich", "Mouscron et Deinze se sont qualifiés", "RWDM, Beveren & co"): partners in a
    sentence, not opponents. Two clubs in the final ("Anderlecht und Brügge im
    Pokalfinale") are the final's two; two that both reached it ("Lierse en Eupen plaatsten
    zich allebei voor de finale") are partners still."""
    if any(hit.value == "final" and not is_next for hit, is_next in round_hits(folded, lexicon)):
        return False
    mine = sorted((m for m in mentions if m.is_club and m.candidates and
                   m.candidates[0] in pair), key=lambda m: m.start)
    for m1, m2 in zip(mine, mine[1:], strict=False):
        if m1.candidates[0] == m2.candidates[0]:
            continue
        between = [w for w in re.split(r"\s+|(?=,)", folded[m1.end:m2.start].strip())
                   if w and w not in lexicon.articles]
        # "A, B et C": a list, also when the name between is no club the lists know
        listed = between in ([","], ["&"]) or len(between) >= 3 and between[0] == "," and \
            between[-1] in lexicon.coordinators.values
        # "A en B" are opponents as often as partners ("départager le Standard et
        # l'Union"): partners when the sentence says both went through or out
        both = len(between) == 1 and between[0] in lexicon.coordinators.values and (
            lexicon.qualified_words.search(folded) or lexicon.eliminated_words.search(folded))
        before = folded[max(0, m1.start - 20):m1.start].split()
        if between[:1] == [","] and _opens_alongside(lexicon, folded[:m1.start]):
            return True  # "Après Malines, c'est Zulte qui se qualifie"
        if (listed or both) and not any(w in lexicon.between_words for w in before[-3:]):
            return True
    return False


def _opens_alongside(lexicon: Lexicon, before: str) -> bool:
    """The words before a club that opens its sentence set it beside the subject ("Après
    Malines, ...", "Net als Mechelen, ...", "Wie Mechelen, ...")."""
    opening = re.split(r"[.:;!?]\s", before)[-1].strip()
    words = [w for w in opening.split() if w not in lexicon.articles]
    return " ".join(words) in phrase_set(lexicon, "alongside_openers").values


def _refresh_main(ctx: StoryState) -> None:
    """The main match: the headline's leg when it names one, else the latest leg of the
    main clubs with a result so far."""
    if not ctx.main_pair:
        return
    same = [d for d in ctx.drafts if set(d.match.clubs) == set(ctx.main_pair)
            and d.match.season == ctx.season]
    if ctx.main_leg_sure:
        same = [d for d in same if d.match.leg in (None, ctx.main_leg)] or same
    scored = [d for d in same if d.match.score] or same
    if scored:
        ctx.main = max(scored, key=lambda d: d.match.leg or 0)


# --------------------------------------------------------------------- per sentence
def _sentence(ctx: StoryState, sentence: Sentence, mentions: list[ClubMention],
              names: list[NameMention]) -> None:
    lex = ctx.lexicon
    folded = sentence.folded
    if sentence.paragraph != ctx.paragraph or is_live_entry(sentence.text):
        # A new paragraph (or live-blog entry) is about the main match again unless it
        # says otherwise.
        ctx.paragraph = sentence.paragraph
        _refresh_main(ctx)
        ctx.current = None
        ctx.previous_clubs = []
        ctx.topic_final = None
    ctx.sentence_draft = None
    ctx.sentence_results = []
    ctx.topic_final = _earlier_final(lex, folded, ctx.season) or ctx.topic_final
    heading = season_heading(folded)
    if heading is not None and heading != ctx.season:
        # an overview moves on to another season: nothing told so far belongs to it
        ctx.season, ctx.round = heading, None
        ctx.main = ctx.current = None
        ctx.main_pair = None
        # each part is about the club the whole piece is about
        ctx.focus = ctx.report_clubs[:1]
    clubs = resolved(ctx, mentions, folded)
    heading_pair(ctx, sentence, clubs)  # "Dessel - RWDM": a round-up's next match
    _topic_leg(ctx, sentence)
    source = source_of(ctx, sentence)
    people(ctx, sentence, names, clubs, source)
    league_only = _league_only(lex, folded)
    if scorers_list(ctx, sentence, names, source):
        # "Doelpunten: 84' Kumordzi 0-1, 89' Vossen 0-2": a list of goals, read as one
        return
    subject: str | None = None
    listed = set() if league_only else listed_road(ctx, sentence, clubs, source)
    tokens = [t for t in find_scores(folded) if t.start not in listed]
    # the results are read without an aside about the club that opens the sentence
    main, playing = _without_aside(ctx, sentence, clubs)
    later = []
    for clause in split_clauses(main.folded, ctx.splitter):
        clause_clubs = [(m, c) for m, c in playing if clause.start <= m.start < clause.end]
        found = subject_of(lex, ctx.report.lang, main.folded, clause_clubs)
        if found:
            subject = found
        for token in ticking(tokens):
            if clause.start <= token.start < clause.end and not league_only:
                if _leg_opening(lex, main.folded, clause, token, clause_clubs, tokens):
                    later.append((clause, token))
                    continue
                _score(ctx, main, clause, token,
                       _not_ahead(lex, main.folded, token, clause_clubs),
                       _not_ahead(lex, main.folded, token, playing), subject, names, source)
        if not find_scores(clause.folded):
            if not league_only:
                scoreless_result(ctx, main, clause, clause_clubs, subject, source)
            qualified(ctx, clause, subject, source, clause_clubs)
            _scoreless_loss(ctx, main, clause, clause_clubs, subject, source)
    for clause, token in later:
        # read after the other leg's result that the rest of the sentence tells
        _score(ctx, main, clause, token, [], _not_ahead(lex, main.folded, token, playing),
               None, names, source)
    _one_club_two_results(ctx, folded, clubs, source)
    venue(ctx, sentence, mentions, source)
    dates(ctx, sentence, source)
    extra_time_and_shootout(ctx, sentence, clubs, source)
    goals_from_phrases(ctx, sentence, names, clubs, source)
    history(ctx, sentence, clubs, source)
    cup_won_in_year(ctx, folded, clubs, source)
    _cup_won_by(ctx, sentence, clubs, source)
    players = [n for n in names if eligible(ctx, folded, n) and n.role not in
               ("goalkeeper", "coach", "referee")]
    if players:
        ctx.last_player = ctx.names.canonical(players[-1].name)
    # Focus: the clubs of this sentence first, then the earlier ones.
    new = [c for _, c in clubs]
    ctx.previous_clubs = _opponents_named(lex, folded, clubs)
    ctx.focus = list(dict.fromkeys(new + ctx.focus))[:6]


def _without_aside(ctx: StoryState, sentence: Sentence, clubs: NamedClubs
                   ) -> tuple[Sentence, NamedClubs]:
    """The sentence with its aside blanked (so that places stay), and the clubs outside it."""
    span = _aside(ctx.lexicon, sentence.folded, clubs) or \
        _background_result(ctx.lexicon, sentence.folded, clubs)
    if span is None:
        return sentence, clubs
    lo, hi = span
    main = copy.copy(sentence)
    main.folded = main.folded[:lo] + " " * (hi - lo) + main.folded[hi:]
    return main, [(m, c) for m, c in clubs if not lo <= m.start < hi]


def _aside(lexicon: Lexicon, folded: str, clubs: NamedClubs) -> tuple[int, int] | None:
    """The aside about the club that opens the sentence ("URS Centre, beaten finalist
    against Deinze last year, won 1-0 against Petegem"): that club's result is with the
    clubs named after the aside; the aside's clubs, rounds and seasons are of another
    match. An aside is a piece between commas right after the club, of three words or more,
    with no score and no look ahead (", will host Gent," is the sentence's own verb) that
    names a club; it counts only when a club other than the opening one follows it (else
    it may be what names the opponent: "Gent, on a visit to Club, won 1-2 there")."""
    if not clubs:
        return None
    m, club = min(clubs, key=lambda mc: mc[0].start)
    opening = re.match(r"\s*,", folded[m.end:])
    if opening is None or any(w not in lexicon.articles for w in folded[:m.start].split()):
        return None
    lo = m.end + opening.end()
    hi = folded.find(",", lo)
    piece = folded[lo:hi]
    if hi < 0 or len(piece.split()) < 3 or find_scores(piece) or \
            lexicon.future_words.search(piece):
        return None
    if any(lo <= n.start < hi for n, _ in clubs) and \
            any(n.start > hi and c != club for n, c in clubs):
        return lo, hi
    return None


def _background_result(lexicon: Lexicon, folded: str, clubs: NamedClubs
                       ) -> tuple[int, int] | None:
    """A result told without score as the background of the sentence's own ("na de
    nederlaag tegen Lierse won Tubize met 1-2 in Dessel"): from its words to the club right
    after them, when the sentence names another club after it and has a score."""
    for hit in phrase_set(lexicon, "background_result_openers").find(folded):
        after = [(m, c) for m, c in clubs if m.start >= hit.end]
        if not after or find_scores(folded[hit.end:after[0][0].start]) or \
                after[0][0].start - hit.end > 12:
            continue
        first, club = after[0]
        if find_scores(folded[first.end:]) and any(c != club for _, c in after[1:]):
            return hit.start, first.end
    return None


def _scoreless_loss(ctx: StoryState, sentence: Sentence, clause: Clause,
                    clause_clubs: NamedClubs, subject: str | None, source: Source) -> None:
    """"Lierse ging in eigen huis de boot in tegen amateurclub Tienen en is uitgeschakeld":
    a round-up's loss told without a score, the opponent after "tegen", in a one-legged
    round the report names: a match whose opponent went through."""
    lex = ctx.lexicon
    folded = sentence.folded
    if subject is None or ctx.round is None or ctx.round in ctx.two_legged or \
            find_scores(folded) or years(folded):
        return
    if any(words.search(folded) for words in (
            lex.hypothetical_words, lex.negations, lex.future_words, lex.league_words,
            lex.earlier_words, lex.last_week_words, lex.win)):
        return  # a wish, a denial, a fixture, the league, the past, or a win beside it
    mine = [m for m, c in clause_clubs if c == subject]
    loss = lex.lose.search(folded[mine[0].end:]) if mine else None
    if loss is None:
        return
    against = lex.against_words.find(clause.folded)
    # the opponent right after "tegen", or after one word ("tegen amateurploeg Heist")
    after = [(m, c) for m, c in clause_clubs if c != subject and m.start > mine[0].end and
             any(_right_after(folded[clause.start + a.end:m.start]) for a in against
                 if clause.start + a.end <= m.start)]
    if len(after) != 1 or len({c for _, c in clause_clubs}) != 2:
        return
    other = after[0][1]
    draft = match_draft(ctx, ctx.season, ctx.round, None, (subject, other), None)
    set_once(draft.match, "qualified", other, source)


def _right_after(gap: str) -> bool:
    """At most one word, and no punctuation, between a preposition and a name."""
    return len(gap.split()) <= 1 and not re.search(r"[,;:()]", gap)


def _not_ahead(lexicon: Lexicon, folded: str, token: ScoreToken, clubs: NamedClubs
               ) -> NamedClubs:
    """The clubs a result may be about: not those named after it past words that look
    ahead ("s'est imposé 3-1 contre Ciney et affrontera ensuite le RWDM":
    the next opponent, not this one)."""
    ahead = _future_ends(lexicon, folded)
    i = bisect_left(ahead, (token.end, 0))
    first_end = ahead[i][1] if i < len(ahead) else len(folded) + 1
    return [(m, c) for m, c in clubs if m.start < first_end]


@lru_cache(maxsize=8)
def _future_ends(lexicon: Lexicon, folded: str) -> list[tuple[int, int]]:
    """(start, end) of the look-ahead words of a sentence, found once per sentence and not
    once per score (a sentence can hold thousands)."""
    # (not a match drawn: in "following a 2-2 draw with Dessel" the club is the opponent)
    return [(h.start, h.end) for h in lexicon.future_words.find(folded)
            if not match_drawn(folded, h, lexicon)]


def _one_club_two_results(ctx: StoryState, folded: str, clubs: NamedClubs,
                          source: Source) -> None:
    """"Genk schlug Lüttich mit 2:0 und der Verein aus Antwerpen gewann beim Nachbarn
    mit 3:1": a club named once, before "and" and a new subject club, is not a
    party to the result told after them ("Club sortit Charleroi 5-1, mais ils ont pris l'eau
    à Sclessin, où les Rouches gagnèrent 4-1" goes on about the same club). Such a result
    is taken back: the match it made is dropped, the score it gave undone."""
    told = ctx.sentence_results
    for i, (first, token1, _) in enumerate(told):
        for second, token2, made in told[i + 1:]:
            shared = set(first.match.clubs) & set(second.match.clubs)
            if len(shared) != 1 or set(first.match.clubs) == set(second.match.clubs):
                continue
            club = shared.pop()
            named = [m for m, c in clubs if c == club]
            if len(named) != 1 or not named[0].end <= token1.start < token2.start:
                continue
            if _new_subject_between(ctx.lexicon, folded, clubs, token1.end, token2.start,
                                    set(second.match.clubs) - {club}):
                _undo_result(ctx, second, made, source)
                return


def _new_subject_between(lexicon: Lexicon, folded: str, clubs: NamedClubs, lo: int,
                         hi: int, wanted: set[str]) -> bool:
    """Between two results, "and" followed by one of `wanted` clubs, named or described in
    a few words ("... 3:0 und der Verein aus Genk ...")."""
    for hit in lexicon.coordinators.find(folded[lo:hi]):
        after = lo + hit.end
        for m, c in clubs:
            if c in wanted and after <= m.start < hi and \
                    len(folded[after:m.start].split()) <= 3:
                return True
    return False


def _undo_result(ctx: StoryState, draft: Draft, made: bool, source: Source) -> None:
    """Take back the result a sentence gave `draft`: the draft itself when the sentence
    made it, else its score when this sentence was its only source."""
    if made and draft in ctx.drafts:
        ctx.drafts.remove(draft)
        for name in ("main", "current", "sentence_draft"):
            if getattr(ctx, name) is draft:
                setattr(ctx, name, None)
        if ctx.main_pair and set(ctx.main_pair) == set(draft.match.clubs):
            ctx.main_pair = None
        return
    if draft.match.sources.get("score") == [source]:
        draft.match.score = None
        draft.match.sources.pop("score")


# "la finale 2015", "de bekerfinale van 2008", "the 2015 final": a final named by its year
_FINAL_YEAR_AFTER = re.compile(r"[^\d.,;:!?()]{0,32}?(?<!\d)((?:19|20)\d\d)(?!\d)")
_FINAL_YEAR_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)\s*-?\s*$")


def _earlier_final(lexicon: Lexicon, folded: str, season: str | None) -> str | None:
    """The season of an earlier final a sentence names by its year, not as a starting point
    ("sinds de finale van 2015" names no final told here)."""
    hits = lexicon.final_nouns.find(folded)
    years = [_FINAL_YEAR_AFTER.match(folded, hit.end) or
             _FINAL_YEAR_BEFORE.search(folded[max(0, hit.start - 8):hit.start]) for hit in hits]
    if len(hits) != 1 or not years[0] or \
            phrase_set(lexicon, "since_words").search(
                folded[max(0, hits[0].start - 25):hits[0].start]):
        # "Sunday's final was a repeat of the 2018 final": about this final too
        return None
    final = season_for_year(int(years[0].group(1)))
    return final if season and final < season else None


def _league_only(lexicon: Lexicon, folded: str) -> bool:
    """A sentence about the league, not the cup: it names the league and no cup word. A
    league named as a club's description ("de rode lantaarn uit de Pro League", "Mons
    (Liga 3)") is not."""
    if lexicon.cup_words.search(folded):
        return False
    for hit in lexicon.league_words.find(folded):
        before = folded[max(0, hit.start - 24):hit.start]
        if before.rstrip().endswith("(") or _in_relative_aside(lexicon, folded, hit.start):
            continue
        if not any(not before[cue.end:].strip()
                   for cue in lexicon.league_description_cues.find(before)):
            return True
    return False


def _in_relative_aside(lexicon: Lexicon, folded: str, at: int) -> bool:
    """Whether `at` lies in a relative clause between commas that tells no score ("Cercle,
    der in der Liga ganz unten steht, ..."): a description of the club before it ("Brugge,
    who beat Genk 4-0 in the league, ..." tells a league result)."""
    opened = folded.rfind(", ", 0, at)
    closed = folded.find(",", at)
    if opened < 0 or closed < 0 or find_scores(folded[opened:closed]):
        return False
    first = folded[opened + 2:at].split(" ", 1)[0]
    return first in phrase_set(lexicon, "relative_pronouns").values


def _opponents_named(lexicon: Lexicon, folded: str, clubs: NamedClubs) -> list[str]:
    """The two clubs a sentence names as opponents ("Club Brugge of Standard", "Genk -
    Kortrijk", "Standard contre Bruges", "Genk klopte Gent"); none when it names them
    otherwise ("Westerlo en Standard sneuvelden")."""
    named = sorted(clubs, key=lambda mc: mc[0].start)
    distinct = list(dict.fromkeys(c for _, c in named))
    if len(distinct) != 2:
        return []
    first = next(m for m, c in named if c == distinct[0])
    second = next(m for m, c in named if c == distinct[1])
    between = [w for w in folded[first.end:second.start].split()
               if w not in lexicon.articles and w not in lexicon.club_prefixes]
    if " ".join(between) in lexicon.versus_words:
        return distinct
    if len(between) == 1 and between[0] in lexicon.coordinators.values and any(
            w in lexicon.between_words.values for w in folded[:first.start].split()[-3:]):
        return distinct  # "the match between Kortrijk and Standard"
    text = folded[first.end:second.start]
    levels = phrase_set(lexicon, "unlisted_club_cues.before").values
    verb = [w for w in between if w not in levels]  # "tegen eersteprovincialer X"
    if verb and verb[-1] in lexicon.against_words.values and len(verb) <= 4 and \
            not re.search(r"[,;:.]", text):
        return distinct  # "Lierse nam het op tegen Deinze", "Lierse speelde tegen Deinze"
    # "Eupen made light work of amateurs Olympic", "Genk klopte Gent": a result verb
    # joins them, no comma or "en" between ("Genk won en Gent verloor" names no match)
    joined = (lexicon.win.search(text) or lexicon.lose.search(text)) and len(between) <= 8 \
        and not re.search(r"[,;:.]", text) and \
        not any(w in lexicon.coordinators.values for w in between)
    return distinct if joined else []


def _topic_leg(ctx: StoryState, sentence: Sentence) -> None:
    """"Die heenwedstrijd was lang in evenwicht. Duarte opende ...": a sentence that names a
    leg of the story's tie without a score or a look ahead makes that leg the one told."""
    lex = ctx.lexicon
    folded = sentence.folded
    leg = leg_in(folded, lex)
    base = ctx.current or ctx.main
    if leg is None or base is None or base.match.leg in (None, leg) or find_scores(folded) \
            or lex.future_words.search(folded) or lex.hypothetical_words.search(folded):
        return
    told = next((d for d in ctx.drafts if d.match.leg == leg and d.match.score and
                 set(d.match.clubs) == set(base.match.clubs)), None)
    if told is not None:
        ctx.current = told
    elif not ctx.names_found[sentence.index]:
        # "So stand es auch im Rückspiel": the other leg, not told yet, is the topic now;
        # a sentence with a player in it may name a leg only in passing ("... voor de return")
        ctx.current = draft_for_leg(ctx, leg)


# How far a score's piece of its clause reaches each way: pieces of real sentences are
# shorter; a clause of thousands of scores is not read again for each of them.
PIECE_REACH = 200


def _score(ctx: StoryState, sentence: Sentence, clause: Clause, token: ScoreToken,
           clause_clubs: NamedClubs, clubs: NamedClubs, subject: str | None,
           names: list[NameMention], source: Source) -> None:
    """What a score is: a chance, a shoot-out, an aggregate, a result or a running score."""
    lex = ctx.lexicon
    folded = sentence.folded
    # (not past a coordinator after the score: "won in Lier (0-1) en mag nu thuis afronden")
    after = folded[token.end:min(clause.end, token.end + 40)]
    joined = lex.coordinators.search(after)
    near_start = max(clause.start, token.start - 40)
    near = folded[near_start:token.end] + (after[:joined.start] if joined else after)
    # (a "would" of the story's own telling is no chance: "uiteindelijk zouden ze het halen")
    told = phrase_set(lex, "narrative_would_words").find(folded[clause.start:token.end])
    if any(not any(t.start <= near_start - clause.start + h.start < t.end for t in told)
           for h in lex.hypothetical_words.find(near)) or \
            undone_later(ctx, folded, token.start, chances_only=True):
        return  # "X had de 2-3 aan de voet, maar ...": a chance, not a score
    if phrase_set(lex, "prediction_words").search(folded[:token.start]):
        return  # "Onze voorspelling: Genk wint met 2-1": a tip, no match played
    shape = score_shape(folded, token, lex)
    if shape == "not a score":
        return
    if shape == "half-time":
        return  # "2:0 (0:0)", "à la mi-temps (0-0)": the score at the break
    if shape == "leg result" and not clubs and ctx.current not in (None, ctx.main):
        # a leg's score with no club named, while the story is on another match than its
        # own: which tie's leg it was is not told
        ctx.facts.unused.append(source)
        return
    if shape == "aggregate":
        aggregate(ctx, token, subject, source, clause)
        return
    before = one_piece(folded[max(clause.start, token.start - 60):token.start], tail=True)
    after = one_piece(_past_halftime_aside(lex, folded[token.end:token.end + 60])[:30])
    # a level score beside a shoot-out is the match's ("après un match nul 2-2")
    # "3:4 n.E.": a shoot-out mark right after the score, whose dots cut `after` short
    mark = lex.shootout_words.search(folded[token.end:token.end + 8])
    if (lex.shootout_words.search(after[:25]) or mark or lex.shootout_words.search(before)
            or _shootout_opens_clause(lex, folded, clause, token)
            or _after_shootout_told(ctx, sentence, clubs)) and token.first != token.second:
        _shootout_pair(ctx, folded, clause_clubs, subject)
        penalties(ctx, token, subject, source, clause)
        return
    if _aggregate_word(lex, before[-35:]) or _aggregate_word(lex, after, 20):
        aggregate(ctx, token, subject, source, clause)
        return
    if {sentence.paragraph, sentence.paragraph - 1} & ctx.shootout_paragraphs and \
            min(token.first, token.second) >= 3 and 0 < abs(token.first - token.second) <= 2:
        # "6:5", "3-4" in (or right after) a paragraph that tells a shoot-out: most likely
        # its kicks, perhaps a high-scoring match; which one the words do not settle
        ctx.facts.unused.append(source)
        return
    # (not the next score's: "siegte 3:2 - nach 90 Minuten hieß es 2:2")
    own_after = [h for h in lex.regular_time_words.find(after) if not find_scores(
        folded[token.end + h.end:token.end + h.end + 30])]
    extra_time = _level_after_extra_time(ctx, sentence, token, before, after)
    if extra_time == "another match's" and not clubs:
        ctx.facts.unused.append(source)
        return
    after_extra_time = extra_time == "the story's"
    if (lex.regular_time_words.search(before[-40:]) or own_after) and not after_extra_time:
        is_result = False  # "2-2 na 90 minuten": the score before extra time
    else:
        # only the piece of the clause the score stands in: "... Kaminski. 1-0. Au score
        # cumulé, c'est 3-3" (a live-blog entry) holds several
        lead = one_piece(folded[max(clause.start, token.start - PIECE_REACH):token.start],
                         tail=True)
        piece = lead + folded[token.start:token.end] + one_piece(after)
        if len(after) >= 30:
            piece += one_piece(folded[token.end + 30:min(clause.end, token.end + PIECE_REACH)])
        # (after-extra-time words past the next score are that score's: "1-1 après 90
        # minutes et 2-2 après les prolongations")
        aet = bool(lex.aet_words.search(lead)) or \
            _aet_of_score(lex, piece[len(lead) + token.end - token.start:])
        # "na een 1-1 in de heenwedstrijd": a score that names its leg is a match's
        # "Score final : 1-0 pour Genk", "Eindstand: 2-0": a score under its label
        label = folded[max(0, token.start - 24):token.start]
        labelled = ":" in label and lex.final_whistle_words.search(label.rsplit(":", 1)[0])
        if _result_before_colon(lex, folded, token, clubs):
            # "Westerlo en Cercle speelden gelijk: 0-0.", "Antwerp won van Lommel: 5-0.":
            # the result told before the colon
            labelled = True
        # "mit einem 1:2 gegen Knokke", "met een 3-1 tegen Lierse": a score after "a" and
        # before "against" is a match's (a goal's score takes "the": "das 1:0")
        # ("un précieux 1-1 contre Genk": perhaps with an adjective between)
        words_before = before.split()[-2:]
        versus = bool(set(words_before) & set(phrase_set(lex, "indefinite_articles").values)
                      and _against_next(lex, folded[token.end:token.end + 16]))
        # "Gent speelde 2-2 tegen Antwerp", "spielte Eupen 1:1 gegen X": a level score
        # played against a club
        versus = versus or token.first == token.second and \
            bool(set(words_before) & set(phrase_set(lex, "played_verbs").values)) and \
            _against_next(lex, folded[token.end:token.end + 16])
        is_result = bool(labelled or versus or lex.win.search(piece) or lex.lose.search(piece) or
                         lex.draw.search(piece) or lex.result_words.search(piece) or
                         lex.eliminated_words.search(piece) or perfect_wins(lex, piece) or
                         aet or lex.legs.search(
                             folded[token.end:token.end + 25]))
    if shape == "running" and not after_extra_time:
        is_result = False  # "(1-0, 48e)", "de 0-1 van X", "1-0 par X": a goal told
    elif after_extra_time:
        # "ook na 120 minuten nog 2-2", "na negentig minuten en de verlengingen: 1-1":
        # the level score after extra time, which a shoot-out then decided
        is_result = True
    elif not is_result and token.first == token.second and \
            lex.shootout_words.search(folded[token.end:]) and \
            not lex.shootout_words.search(folded[:token.start]) and \
            not _kicks_counted(lex, folded[token.end:]) and \
            len(find_scores(folded)) == 1 and not lex.regular_time_words.search(folded):
        # "Het bleef 1-1 en dus volgden strafschoppen": the level score
        # that sent the match to a shoot-out is its result
        is_result = True
    elif not is_result:
        is_result = told_in_the_lead(ctx, sentence, token)  # "Het werd 2-3." in the lead
    glued_pair = pair_before(folded, token, clubs) or _line_pair(lex, folded, token, clubs)
    bracket = _bracketed_opponent(lex, folded, token, clubs)
    if bracket is not None and glued_pair is None:
        glued_pair = _bracketed_pair(lex, folded, token, bracket)
        if glued_pair is None:
            ctx.facts.unused.append(source)
            return
        is_result = True
    if glued_pair is None and ctx.sheet and ctx.sheet[0] == sentence.index:
        glued_pair = ctx.sheet[1]  # the score line of the match sheet
    if glued_pair and lex.halftime_words.search(folded[max(0, token.start - 60):token.start]):
        glued_pair = None  # "Mi-temps : Standard 0-1 Antwerp": the score at the break
    if _interim(ctx, sentence, token):
        # "Tussenstand. GENT 0 - 0 LIER": a live page's score so far
        is_result, glued_pair = False, None
    if shape == "result line" and not is_result and glued_pair is None:
        return  # "VV Heibos - Sporting Rumst 1:0": a result of a club not known, no goal
    if is_result and glued_pair is None and not clubs and called_final(lex, folded, token) \
            and _final_of_story(ctx, token):
        # "Vos tekende voor de 4-1 eindstand": no club named, the story's match's last goal
        # and its final score
        is_result = False
    if not is_result and glued_pair is None:
        running(ctx, sentence, clause, token, clubs, names, source)
        return
    if glued_pair and _return_of_sentence_tie(ctx, glued_pair, token, source):
        return
    before = (ctx.sentence_draft, len(ctx.drafts))
    result(ctx, sentence, clause, token, clause_clubs, clubs, subject, glued_pair, source)
    if ctx.sentence_draft is not None and ctx.sentence_draft is not before[0]:
        ctx.sentence_results.append((ctx.sentence_draft, token,
                                     len(ctx.drafts) > before[1]))


def _kicks_counted(lex: Lexicon, after: str) -> bool:
    """The words right after a level score count the kicks taken so far ("after", a number,
    a shoot-out word): it is the shoot-out's count, not the match's score."""
    told = re.match(r"[\s,]*(\w+)\s+(\w+)\s+", after)
    if told is None or told.group(1) not in phrase_set(lex, "kick_count_openers").values or \
            not (told.group(2).isdigit() or told.group(2) in lex.numbers):
        return False
    hit = lex.shootout_words.search(after)
    return hit is not None and hit.start == told.end()


def _aet_of_score(lex: Lexicon, after: str) -> bool:
    """After-extra-time words in the text after a score that are that score's: not past the
    next score ("1-1 après 90 minutes et 2-2 après les prolongations") nor leading into one
    ("0-0 et les prolongations sur 1-1")."""
    return any(not find_scores(after[:h.start]) and not _leads_into_score(after[h.end:])
               for h in lex.aet_words.find(after))


def _leads_into_score(text: str) -> bool:
    """The words before `text` lead into a score right after them ("... les prolongations
    sur 1-1", "en na verlenging 3-3"): they are that score's."""
    gap = re.match(r"\s*(?:[a-z]+\s+)?", text)
    return any(t.start == gap.end() for t in find_scores(text[:gap.end() + 8]))


def _level_after_extra_time(ctx: StoryState, sentence: Sentence, token: ScoreToken,
                            before: str, after: str) -> str | None:
    """Whose a level score told with after-extra-time words is ("ook na 120 minuten nog
    2-2", "na negentig minuten en de verlengingen: 1-1"), the score a shoot-out then
    decided: "the story's" match's, "another match's" when the sentence before in the
    paragraph was about other clubs (a round-up's "X had strafschoppen nodig tegen Y. Na
    verlengingen was het 3-3."), None for any other score (also words past another score:
    "2-2 après 90 minutes et 3-3 après les prolongations")."""
    lex = ctx.lexicon
    if token.first != token.second or not (lex.aet_words.search(before) or
                                            _aet_of_score(lex, after)):
        return None
    draft = ctx.current or ctx.main
    prev = previous_sentence(ctx, sentence)
    if draft is None or prev is None:
        return "the story's"
    named = {c for _, c in resolved(ctx, ctx.mentions[prev.index], prev.folded)}
    if named - set(draft.match.clubs) or lex.shootout_words.search(prev.folded) and \
            find_scores(prev.folded) and not named & set(draft.match.clubs):
        # (a shoot-out told before with its score, of clubs the lists may not know)
        return "another match's"
    return "the story's"


def _leg_opening(lex: Lexicon, folded: str, clause: Clause, token: ScoreToken,
                 clause_clubs: NamedClubs, tokens: list[ScoreToken]) -> bool:
    """"Dank dem 2:0 im Hinspiel, gewann A auch gegen B": a leg's score in the opening
    comma piece, which names no club, before the sentence's one other score: the same
    tie's other leg."""
    if clause.start != 0 or len(tokens) != 2 or token is not tokens[0]:
        return False
    piece = comma_piece(folded, token.start)
    return folded.startswith(piece) and tokens[1].start >= len(piece) and \
        not any(m.start < len(piece) for m, _ in clause_clubs) and \
        lex.legs.search(piece[token.end:]) is not None


def _interim(ctx: StoryState, sentence: Sentence, token: ScoreToken) -> bool:
    """A score under a live page's label of the score so far (in its sentence, or as the
    short line just before it), or right after a live entry's minute stamp."""
    words = phrase_set(ctx.lexicon, "interim_score_words")
    if words.search(sentence.folded[max(0, token.start - 40):token.start]):
        return True
    before = ctx.report.sentences[sentence.index - 1] if sentence.index else None
    if before is None or before.paragraph != sentence.paragraph:
        return False
    # ("1" then "A - B: 0-0": the score at that minute of a live page)
    return len(before.folded.split()) <= 3 and bool(words.search(before.folded)) or \
        is_minute_stamp(before.text)


def _final_of_story(ctx: StoryState, token: ScoreToken) -> bool:
    """A final score told without a club can be the story match's: it has no score yet,
    or this one (another paragraph's "de 4-1-eindcijfers" is not a 3-0 match's)."""
    draft = story_draft(ctx)
    if draft is None:
        return False
    told = draft.match.score
    return told is None or sorted(told.split("-")) == sorted(
        (str(token.first), str(token.second)))


def _bracketed_opponent(lexicon: Lexicon, folded: str, token: ScoreToken,
                        clubs: NamedClubs) -> tuple[str, str] | None:
    """(club, opponent) of a score opening a bracket after a club, against a club:
    "Lokeren (0:2 gegen Harelbeke)", "Eupen (3-1 contre Lommel)"."""
    before = [(m, c) for m, c in clubs if m.end <= token.start]
    if not before or not re.fullmatch(r"\s?\(\s?", folded[before[-1][0].end:token.start]):
        return None
    close = folded.find(")", token.end)
    after = [(m, c) for m, c in clubs if token.end < m.start and m.end <= close]
    if not after or not _against_next(lexicon, folded[token.end:token.end + 20]):
        return None
    club, opponent = before[-1][1], after[0][1]
    return (club, opponent) if club != opponent else None


def _against_next(lexicon: Lexicon, text: str) -> bool:
    """The text opens with a word of "against" ("tegen", "face à", "gegen")."""
    return any(not text[:hit.start].strip() for hit in lexicon.against_words.find(text))


def _bracketed_pair(lexicon: Lexicon, folded: str, token: ScoreToken,
                    bracket: tuple[str, str]) -> tuple[str, str] | None:
    """The home-first pair of a bracketed result: its digits are home-first, and the words
    outside the brackets say whether the club went through ("sind weiter") or out; a draw,
    or words that say neither or both, leave the home side open."""
    outside = re.sub(r"\([^()]*\)", " ", folded)
    through = bool(lexicon.qualified_words.search(outside) or
                   lexicon.win.search(outside))
    out = bool(lexicon.eliminated_words.search(outside) or lexicon.lose.search(outside))
    if token.first == token.second or through == out:
        return None
    club, opponent = bracket
    club_first = (token.first > token.second) == through
    return (club, opponent) if club_first else (opponent, club)


def _result_before_colon(lexicon: Lexicon, folded: str, token: ScoreToken,
                         clubs: NamedClubs) -> bool:
    """A score alone after ": " at the end of a sentence whose words before the colon tell
    a draw (a level score), or whose comma piece before it names both clubs and tells a win
    or a defeat without a goal ("Antwerp won van Lommel: 5-0"; not "Antwerp won de bal,
    Janssen trapte binnen: 1-1", nor "de leider bleek zijn achtervolger de baas: 3-1",
    whose clubs the words do not name)."""
    before = folded[:token.start]
    if not before.endswith(": ") or folded[token.end:].strip(" .!"):
        return False
    if token.first == token.second:
        return bool(lexicon.draw.search(before))
    cut = max([0] + [m.end() for m in re.finditer(r"[,;]\s", before)])
    piece = before[cut:-2]
    named = {c for m, c in clubs if cut <= m.start < len(before)}
    return len(named) == 2 and bool(lexicon.win.search(piece) or lexicon.lose.search(piece)
                                    or perfect_wins(lexicon, piece)) \
        and not lexicon.goal_verbs.search(piece) and not lexicon.running_verbs.search(piece)


def _past_halftime_aside(lexicon: Lexicon, after: str) -> str:
    """The words after a score past the half-time score bracketed right after it ("1-1
    (rust: 0-1) gelijkgespeeld"): the result word comes after the aside."""
    aside = re.match(r"\s*\([^()]{0,25}\)", after)
    if aside and find_scores(aside.group(0)) and lexicon.halftime_words.search(aside.group(0)):
        return after[aside.end():]
    return after


def _aggregate_word(lexicon: Lexicon, text: str, within: int | None = None) -> bool:
    """An aggregate word in `text` (its first `within` characters, or anywhere), not one
    followed by "met" ("samen met Standard")."""
    not_before = phrase_set(lexicon, "aggregate_not_before").values
    return any(not set(text[hit.end:].split()[:1]) & set(not_before)
               for hit in lexicon.aggregate_words.find(text)
               if within is None or hit.end <= within)


def _shootout_pair(ctx: StoryState, folded: str, clause_clubs: NamedClubs,
                   subject: str | None) -> None:
    """"Anderlecht verlor im Elfmeterschießen gegen Westerlo mit 3:4": a shoot-out told
    with its two clubs (or with one, the sentence before naming it and its opponent), the
    subject one of them, in a one-legged round of this season, is
    the shoot-out of their match (a round-up's, or the story's)."""
    pair = list(dict.fromkeys(c for _, c in clause_clubs))
    if pair == [subject] and len(ctx.previous_clubs) == 2 and subject in ctx.previous_clubs:
        pair = list(ctx.previous_clubs)  # "... between A and B went to penalties. B won 5-6"
    lex = ctx.lexicon
    if ctx.sentence_draft is not None or len(pair) != 2 or subject not in pair or \
            ctx.round is None or ctx.round in ctx.two_legged or years(folded) or \
            lex.earlier_words.search(folded) or lex.last_week_words.search(folded):
        return
    ctx.sentence_draft = ctx.current = match_draft(ctx, ctx.season, ctx.round, None,
                                                   (pair[0], pair[1]), None)


def _return_of_sentence_tie(ctx: StoryState, pair: tuple[str, str], token: ScoreToken,
                            source: Source) -> bool:
    """"Lier - Eupen 1-1 | Eupen - Lier 0-0 (4-3 n.s.)": the same two clubs with home
    and away swapped after a result of the same sentence are the return leg of that tie."""
    first = ctx.sentence_draft
    if first is None or not first.home_known or first.match.clubs != (pair[1], pair[0]) \
            or first.match.leg == 2:
        return False
    first.match.leg = 1
    second = second_leg(ctx, first)
    if second.match.home != pair[0]:
        return False
    set_once(second.match, "score", f"{token.first}-{token.second}", source)
    ctx.sentence_draft = ctx.current = second
    return True


def _shootout_opens_clause(lex: Lexicon, folded: str, clause: Clause,
                           token: ScoreToken) -> bool:
    """"Nach einem langen Elfmeterschießen hat Lierse das Endspiel am Sonntag mit 3-5 gegen
    Genk verloren": the clause opens on the shoot-out, and its one score is the kicks'."""
    opening = folded[clause.start:min(token.start, clause.start + 50)]
    return bool(lex.shootout_words.search(opening)) and \
        len(find_scores(folded[clause.start:clause.end])) == 1


def _after_shootout_told(ctx: StoryState, sentence: Sentence, clubs: NamedClubs) -> bool:
    """"Ein Elfmeterschießen musste entscheiden. Hier unterlag der Tabellenführer mit 4:3":
    a score right after the sentence that names a shoot-out, in a sentence naming at most
    one club by its name (the one that won it: "au bout de la série, Genk l'emporte (4-5)"),
    is the shoot-out's."""
    prev = previous_sentence(ctx, sentence)
    return prev is not None and bool(ctx.lexicon.shootout_words.search(prev.folded)) and \
        not ctx.lexicon.shootout_words.search(sentence.folded) and \
        len({c for m, c in clubs if m.kind in ("alias", "nickname")}) <= 1


def _successors(ctx: StoryState) -> None:
    """A club that had folded by a match's season is its successor there ("Lokeren" in
    2021 is KSC Lokeren-Temse); a name a folded club passed on means that club in a match
    before it folded ("Beerschot" in 2008 is Germinal Beerschot)."""
    now = ctx.registry.in_season
    renamed: dict[tuple[str, str], str] = {}
    for m in ctx.facts.matches:
        then = {c: c for c in m.clubs}
        if any(c in ctx.registry.predecessors for c in m.clubs):
            told = " ".join(dict.fromkeys(fold(s.sentence) for ss in m.sources.values()
                                          for s in ss))
            then = {c: ctx.registry.before_succession(c, m.season, told) for c in m.clubs}
            renamed.update(((m.season, c), old) for c, old in then.items() if old != c)
        if m.qualified:
            m.qualified = then.get(m.qualified, m.qualified)
        for g in m.goals:
            g.club = then.get(g.club, g.club) if g.club else g.club
        m.home, m.away = then[m.home], then[m.away]
        m.home, m.away = now(m.home, m.season), now(m.away, m.season)
        if m.qualified:
            m.qualified = now(m.qualified, m.season)
        for g in m.goals:
            g.club = now(g.club, m.season) if g.club else g.club
    for info in ctx.facts.seasons:
        # (a finalist read from a final told by a name passed on is that final's club, also
        # when no match of that final is told: "Beerschot" won the cup of 1971)
        told = " ".join(dict.fromkeys(fold(s.sentence) for ss in info.sources.values()
                                      for s in ss))
        then = {c: now(renamed.get((info.season, c)) or
                       ctx.registry.before_succession(c, info.season, told), info.season)
                for c in [*info.finalists, info.winner] if c}
        info.finalists = [then[c] for c in info.finalists]
        info.winner = then.get(info.winner) if info.winner else None


# --------------------------------------------------------------------- checks
def _finish(ctx: StoryState) -> None:
    """Derive aggregates, check goals against scores, hand the matches over."""
    infer_legs(ctx)
    qualify_pending(ctx)
    for draft in ticking(ctx.drafts):
        m = draft.match
        if m.score is None and draft.last_running_source and sum(draft.running) > 0 \
                and (len(draft.goal_running) == sum(draft.running)
                     and _whistle_after(ctx, draft.last_running_source)
                     or _level_before_shootout(draft)
                     or len(m.goals) == sum(draft.running) and _leader_went_through(ctx, draft)):
            # A live blog states no result: its last running score is the final score
            # when every goal on the way was told and the final whistle (or, level, a
            # shoot-out) came after it, or
            # the club it puts ahead is the one the report says went through.
            set_once(m, "score", f"{draft.running[0]}-{draft.running[1]}",
                     draft.last_running_source)
        home, away = draft.running
        if m.score is None and draft.decisive and draft.decisive[0] == draft.running and (
                draft.home_known or m.qualified == (m.home if home > away else m.away)):
            # "de verlossende 2-0 viel pas op het einde", and no goal told after it; the
            # digits' order known, or the club they put ahead the one that went through
            set_once(m, "score", f"{home}-{away}", draft.decisive[1])
        _shootout_winner(draft)
        complete_goal_clubs(m)
        only = m.goals[0] if len(m.goals) == 1 else None
        if m.score is None and only is not None and any(
                ctx.lexicon.only_goal_words.search(fold(s.sentence)) for s in only.sources):
            # "X a inscrit l'unique but de la partie": his club, or the club that went
            # through, won 1-0
            only.club = only.club or m.qualified
            if only.club in m.clubs:
                set_once(m, "score", "1-0" if only.club == m.home else "0-1",
                         only.sources[0])
        if m.round in ctx.two_legged and m.leg == 2 and m.aggregate is None:
            first = next((d.match for d in ctx.drafts if d.match.leg == 1 and
                          set(d.match.clubs) == set(m.clubs) and d.match.round == m.round),
                         None)
            if first and first.score and m.score:
                h2, a2 = (int(x) for x in m.score.split("-"))
                h1, a1 = (int(x) for x in first.score.split("-"))
                # first leg's home is this match's away club
                if first.home == m.away:
                    agg = f"{h2 + a1}-{a2 + h1}"
                    set_once(m, "aggregate", agg, first.sources.get("score", [])[0])
        if _league_aside(ctx, draft):
            continue
        if m.round == "final" and (m.score or m.qualified):
            record_final(ctx, m)
        ctx.facts.matches.append(m)
    for person in ctx.facts.people:
        person.season = person.season or ctx.season
    _finals_won_now(ctx)


def _league_aside(ctx: StoryState, draft: Draft) -> bool:
    """A semi-final's or final's report tells the clubs' weekend in the league as an aside
    ("Les Kerels ont battu le Standard vendredi (3-1)"): a result of other clubs than the
    tie's, of no round, told without a cup word, is not a cup result."""
    m = draft.match
    if ctx.round not in ("semi-final", "final") or ctx.main_pair is None or m.round \
            or m.season != ctx.season or set(m.clubs) == set(ctx.main_pair) or not m.score:
        return False
    told = [fold(s.sentence) for s in m.sources.get("score", [])]
    return not any(cup_told(ctx.lexicon, t) for t in told)


def _finals_won_now(ctx: StoryState) -> None:
    """"Genk wins its fourth cup, after those of 1998, 2000 and 2009": the earlier wins a
    final's report lists are not all of them; the final it tells, won, is one too."""
    for fact in ctx.facts.club_facts:
        if fact.kind != "finals_won" or not isinstance(fact.value, list) or \
                fact.season != ctx.season:
            continue
        won = [m for m in ctx.facts.matches if m.round == "final" and m.score and
               m.season == ctx.season and winner_of(m) == fact.club]
        if len(won) == 1:
            year = int(ctx.season[:4]) + 1
            if year not in fact.value and all(y < year for y in fact.value):
                fact.value = sorted(fact.value + [year])
