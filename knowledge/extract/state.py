"""The state a reader keeps while reading one report: which clubs the story is about (most
recent first), the matches drafted so far and which one is being told, the people named.
It also carries the tools the report is read with."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.clubs import ClubRegistry
from knowledge.extract.clauses import between_mentions
from knowledge.extract.clubs import ClubFinder, ClubMention, resolve
from knowledge.extract.lineups import Sheet
from knowledge.extract.people import NameBook, NameMention
from knowledge.lexicon import Lexicon
from knowledge.model import Facts, Goal, Match, Source
from knowledge.report import Report, Sentence

# the club mentions of a sentence, each with the club it stands for
NamedClubs = list[tuple[ClubMention, str]]


@dataclass
class Draft:
    """A match being built from one report."""

    match: Match
    running: tuple[int, int] = (0, 0)
    home_known: bool = False
    last_running_source: Source | None = None
    # goal id -> running score it made; goals whose club came from the running score
    goal_running: dict[int, tuple[int, int]] = field(default_factory=dict)
    running_goals: list[Goal] = field(default_factory=list)
    # goals told one by one so far; the running score is a story only when it matches
    told: int = 0
    # a goal's score the words called decisive ("de verlossende 2-0"), and where: the final
    # score when no later goal was told
    decisive: tuple[tuple[int, int], Source] | None = None
    # the shoot-out's kicks were given to the clubs by a winner or loser the words name (not
    # only by the order of the digits)
    kicks_told: bool = False


@dataclass
class StoryState:
    """One report being read, and what the reader knows of its story so far."""

    report: Report
    lexicon: Lexicon
    registry: ClubRegistry
    finder: ClubFinder
    # the report language's clause splitter
    splitter: re.Pattern[str]
    season: str | None
    competition: str
    round: str | None
    two_legged: tuple[str, ...]
    # the report talks of the final without telling it: of the final still to come
    final_ahead: bool = False
    # the grounds where this competition's final is played
    final_venues: tuple[str, ...] = ()
    focus: list[str] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    main: Draft | None = None
    current: Draft | None = None
    names: NameBook = field(default_factory=NameBook)
    main_pair: tuple[str, str] | None = None
    main_home_known: bool = False
    main_leg: int | None = None
    main_leg_sure: bool = False
    # the lead announces the main match, with no result: a preview, its match still to come
    main_ahead: bool = False
    # every pair of clubs the lead announces so (a preview of several matches)
    pairs_ahead: set[frozenset[str]] = field(default_factory=set)
    # the lead tells the cup's draw: its results are of the round before the ties drawn
    draw_report: bool = False
    # the lead says a club won the cup: the final it tells is the last one played
    cup_won_in_lead: bool = False
    paragraph: int = -1
    # the paragraph of the lead (the first after the headline): it sums up, it does not tell
    lead_paragraph: int = 0
    last_player: str | None = None
    pending_qualified: list[tuple[str, Source]] = field(default_factory=list)
    # clubs named anywhere in the report, for descriptions before any club is named
    report_clubs: list[str] = field(default_factory=list)
    # per sentence (by index), found once: club mentions and people's names
    mentions: list[list[ClubMention]] = field(default_factory=list)
    names_found: list[list[NameMention]] = field(default_factory=list)
    # the match a result in the current sentence was about
    sentence_draft: Draft | None = None
    # the results the current sentence gave: (draft, score, whether the result made it)
    sentence_results: list[tuple[Draft, object, bool]] = field(default_factory=list)
    # paragraphs that tell a penalty shoot-out: their kicks are not goals
    shootout_paragraphs: set[int] = field(default_factory=set)
    # the season of an earlier final this paragraph is about ("la finale de 2015 entre
    # Bruges et Anderlecht"): its results without a year of their own are that final's
    topic_final: str | None = None
    # a match sheet at the top ("KV Mechelen / KV Kortrijk / 1-0"): the score line's
    # sentence index and the clubs of the two lines above it, home first
    sheet: tuple[int, tuple[str, str]] | None = None
    # the match sheets of line-ups under the report or under each match of a round-up
    lineup_sheets: list[Sheet] = field(default_factory=list)
    # the leg a sheet's round line names ("Speeldag: Halve Finales (T)")
    sheet_leg: int | None = None
    shootout_paragraph: int | None = None
    # _in_shootout's walk through the current paragraph, kept so that each sentence is read
    # once: (paragraph, index of the last sentence read, the shoot-out's clubs, one told)
    shootout_walk: tuple[int, int, set[str], bool] | None = None
    player_club: dict[str, str] = field(default_factory=dict)
    # folded word -> the indices of the sentences it stands in, built on first use (a
    # player's other sentences are looked up per goal: a scan of the report each time is
    # quadratic in a long one)
    word_sentences: dict[str, list[int]] | None = None
    # the results of the sentence being read, worked out once: (sentence index, pieces)
    sentence_pieces: tuple[int, object] | None = None
    # the clubs the previous sentence of the paragraph named (none at a new paragraph)
    previous_clubs: list[str] = field(default_factory=list)
    facts: Facts = field(default_factory=Facts)


def source_of(ctx: StoryState, sentence: Sentence) -> Source:
    """The report's sentence as the source of a fact."""
    return Source(report=ctx.report.name, date=ctx.report.date, sentence=sentence.text)


def previous_sentence(ctx: StoryState, sentence: Sentence) -> Sentence | None:
    """The sentence before, when it stands in the same paragraph."""
    i = sentence.index
    if i == 0:
        return None
    prev = ctx.report.sentences[i - 1]
    return prev if prev.paragraph == sentence.paragraph else None


def resolved(ctx: StoryState, mentions: list[ClubMention],
             folded: str | None = None) -> NamedClubs:
    """The club mentions that stand for one club in the story so far ("de Limburgers",
    "de thuisploeg"), each with that club. In a sentence that names a match "between A and
    B", the hosts are A and the visitors B."""
    draft = ctx.current
    if draft is None and ctx.main is not None and folded and ctx.lexicon.legs.search(folded):
        # a sentence of a new paragraph that tells a leg and names no other club is about
        # the main tie ("Die Gäste hatten das Hinspiel gewonnen": the guests of the match
        # reported)
        named = set(ctx.previous_clubs) | {m.candidates[0] for m in mentions
                                           if m.kind == "alias"}
        draft = ctx.main if named <= set(ctx.main.match.clubs) else None
    cur = draft.match if draft else None
    # (a match whose home club is not known has no "thuisploeg" yet)
    home = cur.home if cur and not cur.order_unsure else None
    away = cur.away if cur and not cur.order_unsure else None
    between = between_mentions(ctx.lexicon, folded, mentions) if folded else None
    if between:
        home, away = between[0].candidates[0], between[1].candidates[0]
    focus = list(dict.fromkeys(ctx.focus + ctx.report_clubs))
    out = []
    starts = {m.start for m in mentions if m.kind in ("alias", "nickname")}
    for m in mentions:
        if not m.is_club:
            continue
        if m.kind in ("home", "away") and any(0 < st - m.end <= 2 for st in starts):
            continue  # "de thuisploeg Genk", "first-leg hosts Kortrijk": the name says it
        club = resolve(m, ctx.registry, focus, home, away)
        if club:
            out.append((m, club))
    return out
