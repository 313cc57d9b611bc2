"""From a report's sentences to facts: the story of the main match and the matches, goals,
people and club history it mentions.

The extractor reads sentence by sentence and keeps the state a reader keeps: which clubs the
story is about (most recent first), which match is being told, its running score. Every fact
keeps the sentence it came from. When the checks fail (more goals than the score allows),
the less direct facts are dropped rather than stored as true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from knowledge.clubs import ClubRegistry
from knowledge.extract.clubs import ClubFinder, ClubMention, competitions, resolve
from knowledge.extract.people import NameBook, NameMention, find_names
from knowledge.extract.rounds import leg_in, report_round, round_in, season_for_year
from knowledge.extract.scores import (
    ScoreToken,
    explicit_dates,
    find_minutes,
    find_scores,
    vague_time,
    years,
)
from knowledge.lexicon import Lexicon, PhraseSet
from knowledge.model import ClubFact, Facts, Goal, Match, Person, SeasonFacts, Source
from knowledge.report import _LIVE_ENTRY, Report, Sentence
from knowledge.text import fold as fold_text


@dataclass
class _Clause:
    start: int
    end: int
    folded: str


@dataclass
class _Draft:
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


@dataclass
class _Ctx:
    report: Report
    season: str | None
    competition: str
    round: str | None
    two_legged: tuple[str, ...]
    focus: list[str] = field(default_factory=list)
    drafts: list[_Draft] = field(default_factory=list)
    main: _Draft | None = None
    current: _Draft | None = None
    names: NameBook = field(default_factory=NameBook)
    main_pair: tuple[str, str] | None = None
    main_home_known: bool = False
    main_leg: int | None = None
    main_leg_sure: bool = False
    paragraph: int = -1
    last_player: str | None = None
    pending_qualified: list[tuple[str, Source]] = field(default_factory=list)
    # clubs named anywhere in the report, for descriptions before any club is named
    report_clubs: list[str] = field(default_factory=list)
    # the match a result in the current sentence was about
    sentence_draft: _Draft | None = None
    # paragraphs that tell a penalty shoot-out: their kicks are not goals
    shootout_paragraphs: set[int] = field(default_factory=set)
    shootout_paragraph: int | None = None
    player_club: dict[str, str] = field(default_factory=dict)
    facts: Facts = field(default_factory=Facts)


class StoryExtractor:
    """Extracts Facts from a Report with the club reference data and the lexicon."""

    def __init__(self, registry: ClubRegistry, lexicon: Lexicon):
        self.registry = registry
        self.lexicon = lexicon
        self.finder = ClubFinder(registry, lexicon)

    # ----------------------------------------------------------------- entry point
    def extract(self, report: Report) -> Facts:
        """All facts the report states."""
        lex = self.lexicon
        self._splitter = lex.clause_splitter(report.lang)
        competition = competitions()[0]
        for comp in competitions():
            if any(name.lower() in " ".join(s.folded for s in report.sentences)
                   for name in comp.names):
                competition = comp
                break
        ctx = _Ctx(report=report, season=report.season, competition=competition.id,
                   round=report_round([s.text for s in report.sentences], lex,
                                      competition.two_legged_rounds),
                   two_legged=competition.two_legged_rounds)
        # the report's names and people, for the checks that have no context at hand
        self._names, self._known_people = ctx.names, ctx.facts.people
        if not self._is_cup_report(report):
            return ctx.facts
        if ctx.season is None:
            ctx.season = self._season_from_text(report)
        if ctx.season is None:
            return ctx.facts
        mentions = [self.finder.find(s.text, s.folded) for s in report.sentences]
        names = [find_names(s.text, lex, [(m.start, m.end) for m in ms], report.lang)
                 for s, ms in zip(report.sentences, mentions, strict=True)]
        for found in names:
            for n in found:
                ctx.names.learn(n.name)
        self._main_pair(ctx, mentions)
        ctx.report_clubs = list(dict.fromkeys(
            m.candidates[0] for ms in mentions for m in ms
            if m.kind == "alias" or m.kind == "nickname" and len(m.candidates) == 1))
        ctx.shootout_paragraphs = {s.paragraph for s in report.sentences
                                   if self.lexicon.shootout_words.search(s.folded)}
        for sentence, ms, ns in zip(report.sentences, mentions, names, strict=True):
            self._sentence(ctx, sentence, ms, ns)
        self._finish(ctx)
        return ctx.facts

    def _main_pair(self, ctx: _Ctx, mentions: list[list[ClubMention]]) -> None:
        """The clubs of the main match from the headline and lead: "Genk - Kortrijk",
        "Genk ontvangt Kortrijk" (home first), or the first two clubs named."""
        lead = [(s, ms) for s, ms in zip(ctx.report.sentences, mentions, strict=True)
                if s.paragraph <= 1][:4]
        for sentence, ms in lead:
            clubs = [(m, m.candidates[0]) for m in ms if m.kind == "alias"]
            ordered = sorted(clubs, key=lambda mc: mc[0].start)
            for (m1, c1), (m2, c2) in zip(ordered, ordered[1:], strict=False):
                between = sentence.folded[m1.end:m2.start]
                if c1 != c2 and (re.fullmatch(r"\s*-\s*", between) or
                                 self.lexicon.host_verbs.search(between) and len(between) < 40):
                    ctx.main_pair, ctx.main_home_known = (c1, c2), True
                    ctx.main_leg = leg_in(sentence.folded, self.lexicon)
                    ctx.main_leg_sure = ctx.main_leg is not None
                    return
        named: list[str] = []
        for _, ms in lead:
            named += [m.candidates[0] for m in ms
                      if m.kind == "alias" or m.kind == "nickname" and len(m.candidates) == 1]
        named = list(dict.fromkeys(named))
        if len(named) >= 2:
            ctx.main_pair = (named[0], named[1])
            ctx.main_leg = self._lead_leg([s for s, _ in lead])
            ctx.main_leg_sure = ctx.main_leg is not None

    def _lead_leg(self, lead: list[Sentence]) -> int | None:
        """The leg the lead is about: the first leg named outside a clause that looks back
        ("had de heenwedstrijd met 3-2 verloren" is the background of a return report)."""
        for sentence in lead:
            for clause in _clauses(sentence.folded, self._splitter):
                leg = leg_in(clause.folded, self.lexicon)
                if leg is not None and not self.lexicon.background_words.search(clause.folded):
                    return leg
        return None

    def _is_cup_report(self, report: Report) -> bool:
        text = " ".join(s.folded for s in report.sentences)
        return bool(self.lexicon.cup_words.search(text))

    def _season_from_text(self, report: Report) -> str | None:
        """No date header: the year in "Croky Cup 2018" or in a date line names the season."""
        for s in report.sentences[:4]:
            if self.lexicon.cup_words.search(s.folded):
                found = years(s.folded)
                if found:
                    return season_for_year(found[0])
        return None

    # ----------------------------------------------------------------- per sentence
    def _source(self, ctx: _Ctx, sentence: Sentence) -> Source:
        return Source(report=ctx.report.name, date=ctx.report.date, sentence=sentence.text)

    def _resolved(self, ctx: _Ctx, mentions: list[ClubMention]) -> list[tuple[ClubMention, str]]:
        cur = ctx.current.match if ctx.current else None
        home = cur.home if cur else None
        away = cur.away if cur else None
        focus = list(dict.fromkeys(ctx.focus + ctx.report_clubs))
        out = []
        starts = {m.start for m in mentions if m.kind in ("alias", "nickname")}
        for m in mentions:
            if not m.is_club:
                continue
            if m.kind in ("home", "away") and any(0 < st - m.end <= 2 for st in starts):
                continue  # "de thuisploeg Genk", "first-leg hosts Kortrijk": the name says it
            club = resolve(m, self.registry, focus, home, away)
            if club:
                out.append((m, club))
        return out

    def _sentence(self, ctx: _Ctx, sentence: Sentence, mentions: list[ClubMention],
                  names: list[NameMention]) -> None:
        lex = self.lexicon
        folded = sentence.folded
        if sentence.paragraph != ctx.paragraph or _LIVE_ENTRY.match(sentence.text):
            # A new paragraph (or live-blog entry) is about the main match again unless it
            # says otherwise.
            ctx.paragraph = sentence.paragraph
            self._refresh_main(ctx)
            ctx.current = None
        ctx.sentence_draft = None
        clubs = self._resolved(ctx, mentions)
        clauses = _clauses(folded, self._splitter)
        source = self._source(ctx, sentence)
        self._people(ctx, sentence, names, clubs, source)
        league_only = (lex.league_words.search(folded) is not None
                       and lex.cup_words.search(folded) is None)
        subject: str | None = None
        for clause in clauses:
            clause_clubs = [(m, c) for m, c in clubs if clause.start <= m.start < clause.end]
            subjects = [c for m, c in clause_clubs if not self._is_object(folded, m)]
            if subjects:
                subject = subjects[0]
            for token in find_scores(folded):
                if clause.start <= token.start < clause.end and not league_only:
                    self._score(ctx, sentence, clause, token, clause_clubs, clubs, subject,
                                names, source)
            if not find_scores(clause.folded):
                self._qualified(ctx, clause, subject, source)
        self._venue(ctx, sentence, mentions, clubs, source)
        self._dates(ctx, sentence, source)
        self._extra_time_and_shootout(ctx, sentence, source)
        self._goals_from_phrases(ctx, sentence, names, clubs, source)
        self._history(ctx, sentence, clubs, source)
        players = [n for n in names if self._eligible(folded, n) and n.role not in
                   ("goalkeeper", "coach", "referee")]
        if players:
            ctx.last_player = ctx.names.canonical(players[-1].name)
        # Focus: the clubs of this sentence first, then the earlier ones.
        new = [c for _, c in clubs]
        ctx.focus = list(dict.fromkeys(new + ctx.focus))[:6]

    # ----------------------------------------------------------------- scores
    def _score(self, ctx: _Ctx, sentence: Sentence, clause: _Clause, token: ScoreToken,
               clause_clubs: list[tuple[ClubMention, str]], clubs: list[tuple[ClubMention, str]],
               subject: str | None, names: list[NameMention], source: Source) -> None:
        lex = self.lexicon
        folded = sentence.folded
        near = folded[max(clause.start, token.start - 40):min(clause.end, token.end + 40)]
        if lex.hypothetical_words.search(near) or \
                self._undone_later(folded, token.start, chances_only=True):
            return  # "X had de 2-3 aan de voet, maar ...": a chance, not a score
        before = _piece(folded[max(clause.start, token.start - 60):token.start], tail=True)
        after = _piece(folded[token.end:token.end + 30])
        # a level score beside a shoot-out is the match's ("après un match nul 2-2")
        if (lex.shootout_words.search(after[:25]) or lex.shootout_words.search(before)) \
                and token.first != token.second:
            self._penalties(ctx, token, clause_clubs or clubs, subject, source, clause)
            return
        if lex.aggregate_words.search(before[-35:]) or lex.aggregate_words.search(after[:20]):
            self._aggregate(ctx, token, clause_clubs or clubs, subject, source, clause)
            return
        if lex.regular_time_words.search(before[-40:] + " " + after):
            is_result = False  # "2-2 na 90 minuten": the score before extra time
        else:
            # only the piece of the clause the score stands in: "... Kaminski. 1-0. Au score
            # cumulé, c'est 3-3" (a live-blog entry) holds several
            piece = (_piece(folded[clause.start:token.start], tail=True)
                     + token_text(folded, token) + _piece(after))
            if len(after) >= 30:
                piece += _piece(folded[token.end + 30:clause.end])
            is_result = bool(lex.win.search(piece) or lex.lose.search(piece) or
                             lex.draw.search(piece) or lex.result_words.search(piece) or
                             lex.aet_words.search(piece))
        glued_pair = _pair_before(folded, token, clubs)
        if not is_result and glued_pair is None:
            self._running(ctx, sentence, clause, token, clubs, names, source)
            return
        self._result(ctx, sentence, clause, token, clause_clubs, clubs, subject, glued_pair,
                     source)

    def _is_object(self, folded: str, mention: ClubMention) -> bool:
        """A club right after "tegen", "contre", "against"... is the object of the clause."""
        before = folded[max(0, mention.start - 30):mention.start].rstrip()
        before = re.sub(r"\b(?:de|het|la|le|les|l'|the|den|die|der)$", "", before).rstrip()
        if any(before.endswith(" " + h.phrase) or before == h.phrase
               for h in self.lexicon.transitive_win_verbs.find(before[-25:])):
            return True  # "beat Union", "versloeg Kortrijk", "a battu Genk"
        for w in self.lexicon.object_markers.values:
            if before.endswith(" " + w) or before == w:
                if w not in self.lexicon.genitive_markers.values:
                    return True
                # "de zege van Essevee", "la victoire de Courtrai": the owner of the result
                head = before[:-len(w)].rstrip()
                lex = self.lexicon
                return not any(head.endswith(h.phrase) for h in
                               lex.win.find(head) + lex.lose.find(head))
        return False

    def _match_clubs(self, ctx: _Ctx, clause_clubs, clubs, subject) -> tuple[str, str] | None:
        """The two clubs of the match a result clause is about."""
        own = list(dict.fromkeys(c for _, c in clause_clubs))
        if len(own) < 2:
            own = list(dict.fromkeys(own + [c for _, c in clubs]))
        if subject and subject not in own:
            own.insert(0, subject)
        if len(own) >= 2:
            return own[0], own[1]
        if len(own) == 1:
            first = own[0]
            for draft in ([ctx.current] if ctx.current else []) + ctx.drafts:
                if draft and first in draft.match.clubs:
                    other = draft.match.away if draft.match.home == first else draft.match.home
                    return first, other
            for other in ctx.focus:
                if other != first:
                    return first, other
            return None
        draft = self._story_draft(ctx)
        return (draft.match.home, draft.match.away) if draft else None

    def _result(self, ctx: _Ctx, sentence: Sentence, clause: _Clause, token: ScoreToken,
                clause_clubs, clubs, subject, glued_pair, source: Source) -> None:
        lex = self.lexicon
        around = clause.folded
        # the clubs of the score's own comma piece first ("Standard won 1:0 bei Lierse, Club
        # Brügge gewann 3:0 gegen Westerlo")
        piece = _comma_piece(sentence.folded, token.start)
        lo = sentence.folded.find(piece)
        piece_clubs = [(m, c) for m, c in clause_clubs if lo <= m.start < lo + len(piece)]
        if len({c for _, c in piece_clubs}) >= 2:
            clause_clubs = piece_clubs
            subject = next((c for m, c in piece_clubs
                            if not self._is_object(sentence.folded, m)), subject)
        pair = glued_pair or self._match_clubs(ctx, clause_clubs, clubs, subject)
        if pair is None or pair[0] == pair[1]:
            ctx.facts.unused.append(source)
            return
        a, b = token.first, token.second
        first, second = pair
        home: str | None = None
        goals: dict[str, int]
        if glued_pair:
            home = first
            goals = {first: a, second: b}
        else:
            objects_only = bool(clause_clubs) and all(
                self._is_object(sentence.folded, m) for m, _ in clause_clubs)
            if subject in pair and not (objects_only and subject in
                                        [c for _, c in clause_clubs]):
                subj = subject
            elif objects_only:
                # "3-2 verlies in Kortrijk": the clause's club is the place or the opponent
                subj = second if clause_clubs[0][1] == first else first
            else:
                subj = first
            other = second if subj == first else first
            win, lose = _polarity(lex, around, token.start - clause.start)
            draw_ = a == b
            if draw_:
                goals = {subj: a, other: b}
            elif win and (not lose or win.start < lose.start):
                goals = {subj: max(a, b), other: min(a, b)}
            elif lose:
                goals = {subj: min(a, b), other: max(a, b)}
            else:
                goals = {subj: a, other: b}
                home = subj
            cue = self._venue_home(ctx, sentence, clause, pair,
                                   _leg_near(around, token.start - clause.start, lex),
                                   token.start)
            if cue:
                home = cue
                if lex.home_first.get(ctx.report.lang, True):
                    # digits are home-first in these languages: trust them over the verb
                    other = second if cue == first else first
                    goals = {cue: a, other: b}
            elif home is None and not draw_ and (win or lose) and (
                    lex.home_first.get(ctx.report.lang, True) or a < b):
                # Home-first convention: the digits as written are home-first, so the club
                # with the first number's goals played at home. English reports write the
                # winner's score first, so there the digits say nothing when a > b.
                home = next(c for c in pair if goals[c] == a)
        # the leg and year named in the score's own comma piece ("beat Union 2-0 at home,
        # having drawn the first leg 1-1")
        own_piece = _comma_piece(around, token.start - clause.start)
        leg = _leg_near(own_piece, token.start - clause.start - around.find(own_piece), lex)
        if leg is None:
            # else a leg named earlier in the clause ("au match aller à Sclessin, où les
            # Rouches se sont imposés 4-1")
            leg = _leg_near(around[:token.start - clause.start], token.start - clause.start,
                            lex)
        # The round named before the score, else just after it ("won 2-1 in de halve
        # finale"); later words in the clause often speak of what comes next.
        at = token.start - clause.start
        round_name = round_in(around[:at], lex) or round_in(around[at:at + 60], lex)
        season = ctx.season
        past = [y for y in years(own_piece) or years(around[:token.start - clause.start])
                if season and season_for_year(y) < season]
        if lex.last_season_words.search(around) and season:
            past = [int(season[:4])]
        if past:
            season = season_for_year(past[0])
            if round_name is None:
                return  # a past match without its round: not enough to store
        if round_name is None:
            round_name = ctx.round
        if leg is None and ctx.main and set(pair) == set(ctx.main.match.clubs) and \
                round_name == ctx.main.match.round:
            leg = ctx.main.match.leg
        if leg is None and round_name in ctx.two_legged and \
                lex.qualified_words.search(around) and not lex.negations.search(around):
            leg = 2  # the match that decided who went through
        if leg is None and round_name in ctx.two_legged and round_name == ctx.round and \
                ctx.main_pair and set(pair) == set(ctx.main_pair):
            leg = self._leg_from_report(ctx, pair)
        draft = self._draft(ctx, season, round_name, leg, pair, home, goals)
        m = draft.match
        score = f"{goals[m.home]}-{goals[m.away]}"
        self._set(m, "score", score, source)
        if lex.extra_time_words.search(sentence.folded):
            self._set(m, "extra_time", True, source)
        if ctx.main_pair is None and season == ctx.season:
            ctx.main_pair = (draft.match.home, draft.match.away)
            ctx.main_home_known = draft.home_known
            ctx.main = draft
        ctx.sentence_draft = draft
        if season == ctx.season:
            ctx.current = draft
        self._qualified(ctx, clause, subject, source)

    def _leg_from_report(self, ctx: _Ctx, pair: tuple[str, str]) -> int | None:
        """The leg of a two-legged tie told without leg words: the report's own main leg."""
        text = " ".join(s.folded for s in ctx.report.sentences[:3])
        return leg_in(text, self.lexicon)

    def _venue_home(self, ctx: _Ctx, sentence: Sentence, clause: _Clause,
                    pair: tuple[str, str], leg: int | None, at: int) -> str | None:
        """Home club from venue words in the clause: a stadium, "in Oostende", "op het veld
        van X", "in eigen huis" (the subject), "chez X"."""
        lex = self.lexicon
        # only the piece of the clause around this score: "3-2 verlies in Kortrijk, 1-0
        # winst in de Luminus Arena" has a ground for each result
        lo = max([clause.start] + [m.end() for m in re.finditer(r"[,;:]\s", sentence.folded)
                                   if m.end() <= at])
        hi = min([clause.end] + [m.start() for m in re.finditer(r"[,;]\s", sentence.folded)
                                 if m.start() >= at])
        mentions = [m for m in self.finder.find(sentence.text, sentence.folded)
                    if lo <= m.start < hi]
        # A stadium says most; then "in Oostende", "op het veld van Mechelen", "chez X".
        for m in mentions:
            if m.kind == "stadium":
                if _leg_near(sentence.folded, m.start, lex) not in (None, leg):
                    continue  # the ground of the other leg ("de return in het Jan Breydel")
                owners = [c for c in m.candidates if c in pair]
                if len(owners) == 1:
                    return owners[0]
        for m in mentions:
            if m.kind == "alias" and m.candidates[0] in pair:
                before = " " + sentence.folded[max(0, m.start - 22):m.start].rstrip()
                at = next((w for w in lex.at_club_words.values if before.endswith(" " + w)),
                          None)
                # "opposé à Courtrai", "face à X": the opponent, not the place
                if at and not lex.facing_words.search(before[-len(at) - 14:]):
                    return m.candidates[0]
        if lex.home_words.search(clause.folded):
            first = [c for m, c in self._resolved(ctx, self.finder.find(sentence.text,
                                                                        sentence.folded))
                     if clause.start <= m.start < clause.end]
            if first and first[0] in pair:
                return first[0]
        return None

    def _draft(self, ctx: _Ctx, season: str | None, round_name: str | None, leg: int | None,
               pair: tuple[str, str], home: str | None,
               goals: dict[str, int] | None = None) -> _Draft:
        """The match draft for these clubs, round and leg; created when new. Without a leg,
        a draft with another score is another leg, not this match."""
        for draft in ctx.drafts:
            m = draft.match
            if set(m.clubs) != set(pair):
                continue
            other_score = (goals is not None and m.score is not None and
                           m.score != f"{goals[m.home]}-{goals[m.away]}")
            if m.season == season and \
                    (m.round == round_name or m.round is None or round_name is None) and \
                    (m.leg == leg is not None or (m.leg is None or leg is None)
                     and not other_score):
                if m.leg is None and leg is not None:
                    m.leg = leg
                if m.round is None and round_name is not None:
                    m.round = round_name
                if home and not draft.home_known:
                    _orient(draft, home)
                return draft
        first, second = (home, pair[1] if pair[0] == home else pair[0]) if home else pair
        neutral = round_name == "final"
        match = Match(competition=ctx.competition, season=season or "", round=round_name,
                      leg=leg, home=first, away=second, neutral=neutral,
                      order_unsure=home is None and not neutral)
        draft = _Draft(match=match, home_known=home is not None)
        ctx.drafts.append(draft)
        return draft

    def _set(self, match: Match, name: str, value: object, source: Source) -> None:
        """Set a field once; a different later value in the same report is not trusted."""
        current = getattr(match, name)
        if current is None or current == value:
            setattr(match, name, value)
            sources = match.sources.setdefault(name, [])
            if source not in sources:
                sources.append(source)

    def _penalties(self, ctx: _Ctx, token: ScoreToken, clubs, subject, source: Source,
                   clause: _Clause) -> None:
        draft = self._deciding_leg(ctx, ctx.sentence_draft or self._story_draft(ctx))
        a, b = token.first, token.second
        if draft is None or a == b:
            return  # a shoot-out cannot end level: a level score here is the match's
        m = draft.match
        winner = subject if subject in m.clubs else None
        if winner and (self.lexicon.win.search(clause.folded) or
                       self.lexicon.qualified_words.search(clause.folded)):
            hi, lo = max(a, b), min(a, b)
            value = f"{hi}-{lo}" if winner == m.home else f"{lo}-{hi}"
        elif winner and self.lexicon.lose.search(clause.folded):
            hi, lo = max(a, b), min(a, b)
            value = f"{lo}-{hi}" if winner == m.home else f"{hi}-{lo}"
        else:
            value = f"{a}-{b}"
        self._set(m, "penalties", value, source)

    def _aggregate(self, ctx: _Ctx, token: ScoreToken, clubs, subject, source: Source,
                   clause: _Clause) -> None:
        draft = self._deciding_leg(ctx, ctx.sentence_draft or self._story_draft(ctx))
        if draft is None or draft.match.leg == 1:
            return
        m = draft.match
        a, b = token.first, token.second
        if a != b and subject in m.clubs:
            if self.lexicon.win.search(clause.folded) or \
                    self.lexicon.qualified_words.search(clause.folded):
                mine = max(a, b)
            elif self.lexicon.lose.search(clause.folded):
                mine = min(a, b)
            else:
                mine = a
            other = a + b - mine
            value = f"{mine}-{other}" if subject == m.home else f"{other}-{mine}"
        else:
            value = f"{a}-{b}"
        self._set(m, "aggregate", value, source)

    # ----------------------------------------------------------------- running scores, goals
    def _running(self, ctx: _Ctx, sentence: Sentence, clause: _Clause, token: ScoreToken,
                 clubs, names: list[NameMention], source: Source) -> None:
        draft = self._story_draft(ctx)
        if draft is None or sentence.paragraph in ctx.shootout_paragraphs and \
                sentence.paragraph != ctx.shootout_paragraph:
            return
        m = draft.match
        a, b = token.first, token.second
        prev = draft.running
        folded = sentence.folded
        if sentence.paragraph == ctx.shootout_paragraph:
            self._penalties(ctx, token, clubs, None, source, clause)
            return
        # "1-0 voor de thuisploeg" / "1-0 pour Genk": who leads decides the orientation.
        leader = None
        after = folded[token.end:token.end + 30]
        if re.match(r"\s*(?:voor|pour|for|fur)\b", after):
            for mention, club in clubs:
                if token.end <= mention.start <= token.end + 30:
                    leader = club
        if leader and a != b and leader in m.clubs:
            hi, lo = max(a, b), min(a, b)
            a, b = (hi, lo) if leader == m.home else (lo, hi)
        if (a, b) == (prev[0] + 1, prev[1]):
            scorer_club = m.home
        elif (a, b) == (prev[0], prev[1] + 1):
            scorer_club = m.away
        elif a > prev[0] and b == prev[1] or b > prev[1] and a == prev[0]:
            # goals were skipped in the telling; the named player still made this one
            scorer_club = m.home if a > prev[0] else m.away
        else:
            if a + b > sum(prev):
                draft.running = (a, b)
            return
        draft.running = (a, b)
        draft.last_running_source = source
        if lex_restates(self.lexicon, folded, token):
            return  # "went into the break 2-0 up": a score restated, not a goal told
        scorer = self._scorer_for_running(ctx, sentence, names, token)
        if scorer is None:
            return
        name, own_goal, where, at = scorer
        goal = Goal(player=name, club=scorer_club, own_goal=own_goal,
                    sources=[Source(ctx.report.name, ctx.report.date, where.text)])
        # details from the scorer's own piece of text ("in de 22e minuut kopte Mechele")
        piece = _comma_piece(where.folded, at)
        self._goal_details(goal, piece if where is sentence else piece + " " + folded)
        self._add_goal(ctx, draft, goal, running=(a, b))

    def _scorer_for_running(self, ctx: _Ctx, sentence: Sentence, names: list[NameMention],
                            token: ScoreToken) -> tuple[str, bool, Sentence, int] | None:
        """The scorer of a running score, by evidence: the player of an own-goal phrase; a
        player right next to the score ("de 1-0 van X", "2-0! X"); the one player named with
        a goal word; the only player named; else the shooter of the sentence before."""
        lex = self.lexicon
        folded = sentence.folded
        own = lex.own_goal_words.search(folded)
        if own:
            before = [n for n in names if n.start < own.start]
            if before:
                return ctx.names.canonical(before[-1].name), True, sentence, before[-1].start
        candidates = [n for n in names if self._eligible(folded, n)]
        near = [n for n in candidates if 0 <= n.start - token.end <= 12
                or re.fullmatch(r"\s*[:(]?\s*", folded[n.end:token.start]) or
                re.fullmatch(r"\s*(?:van|de|by|von)\s*", folded[token.end:n.start])]
        if near:
            return ctx.names.canonical(near[0].name), False, sentence, near[0].start
        # each player's own words: from his name to the next name ("X brought down Y and Z
        # sent him the wrong way to make it 1-1": the goal words are Z's)
        starts = sorted(n.start for n in names)
        part = {n.start: folded[n.start:next((s for s in starts if s > n.start), len(folded))]
                for n in candidates}
        clean = [n for n in candidates if not self._negated(part[n.start])]
        worded = [n for n in clean if lex.goal_verbs.search(part[n.start])
                  or lex.goal_nouns.search(part[n.start]) or lex.goal_verbs.search(
                      _around_name(folded[max(0, n.start - 25):n.start], part[n.start]))]
        if len({n.name for n in worded}) == 1:
            return ctx.names.canonical(worded[0].name), False, sentence, worded[0].start
        if len({n.name for n in clean}) == 1 and len(candidates) == 1:
            return ctx.names.canonical(clean[0].name), False, sentence, clean[0].start
        if candidates:
            return None
        pronoun = self._pronoun_scorers(ctx, sentence, names)
        if pronoun:
            return pronoun[0].name, False, sentence, pronoun[0].start
        prev = self._previous_sentence(ctx, sentence)
        if prev is None:
            return None
        blocked = [(m.start, m.end) for m in self.finder.find(prev.text, prev.folded)]
        prev_names = find_names(prev.text, lex, blocked, ctx.report.lang)
        shooters = [n for n in prev_names if self._eligible(prev.folded, n)]
        if len(shooters) == 1 and (lex.shot_words.search(prev.folded) or
                                   lex.goal_verbs.search(prev.folded)) and \
                not self._negated(prev.folded):
            return ctx.names.canonical(shooters[0].name), False, prev, shooters[0].start
        return None

    def _previous_sentence(self, ctx: _Ctx, sentence: Sentence) -> Sentence | None:
        i = sentence.index
        if i == 0:
            return None
        prev = ctx.report.sentences[i - 1]
        return prev if prev.paragraph == sentence.paragraph else None

    def _keeper_context(self, folded: str, name: NameMention) -> bool:
        before = folded[max(0, name.start - 22):name.start]
        return any(before.rstrip().endswith(p) for p in self.lexicon.keeper_context.values)

    def _negated(self, clause: str) -> bool:
        lex = self.lexicon
        return bool(lex.miss_words.search(clause) or lex.negations.search(clause) or
                    lex.hypothetical_words.search(clause))

    def _goals_from_phrases(self, ctx: _Ctx, sentence: Sentence, names: list[NameMention],
                            clubs, source: Source) -> None:
        """Goals stated with a goal verb or noun next to a name ("X scoorde",
        "dankzij een doelpunt van X", "but de X", "X (23.)" in a goals line)."""
        lex = self.lexicon
        # "scoorde hij drie keer in de 4-1-zege tegen Club Brugge": the match of this
        # sentence's result, else the leg it names, else the story's match
        base = ctx.sentence_draft or self._story_draft(ctx)
        if base is None or sentence.paragraph in ctx.shootout_paragraphs:
            return
        folded = sentence.folded
        self._sentence_goal(ctx, base, sentence, names, clubs, source)
        for n in self._pronoun_scorers(ctx, sentence, names) + names:
            if not self._eligible(folded, n):
                continue
            piece = _comma_piece(folded, n.start)
            at = n.start - folded.find(piece)
            draft = self._tie_leg(ctx, base, _leg_near(piece, at, lex)
                                  if ctx.sentence_draft else None)
            clause = _clause_of(folded, n.start, self._splitter)
            rel = n.start - _clause_start(folded, n.start, self._splitter)
            after = clause[rel + len(n.name):rel + len(n.name) + 60]
            before = clause[max(0, rel - 45):rel]
            noun = self._goal_noun_before(before)
            # a split verb ("werkte de bal na een scrimmage binnen") up to the next name
            nxt = [o.start - n.end for o in names
                   if o.start > n.start and self._eligible(folded, o)]
            reach = min([60] + [d for d in nxt if d > 0])
            # V2 verbs before the name count only after the previous player's name
            prev_end = max([o.end - n.start + rel for o in names if o.end <= n.start] + [0])
            head = clause[max(prev_end, rel - 45):rel]
            verb = bool(lex.goal_verbs.search(after[:reach]) or
                        lex.goal_verbs.search(_around_name(head, after[:reach])) or
                        lex.own_goal_words.search(after[:reach])) and not noun
            # "Desmet (23.)", "Verstraete 67'": a minute right after a name marks his goal
            minute_mark = re.match(r"\s*\(\d{1,3}(?:\+\d{1,2})?[.'e]?\)|\s*\d{1,3}'", after)
            another = lex.another_goal_words.search(after[:reach]) if lex.goal_nouns.search(
                after[:reach]) or lex.goal_counts.search(after[:reach]) else None
            if not (noun or verb or another or
                    minute_mark and not lex.card_words.search(clause)):
                continue
            own_part = _own_part(clause, rel, [o.start - n.start + rel for o in names
                                              if o.start > n.start and
                                              self._eligible(folded, o)], prev_end)
            if self._negated(own_part) and not noun or self._undone_later(folded, n.start):
                continue
            if noun and (lex.negations.search(before) or lex.hypothetical_words.search(before)
                         or self._negated(after)):
                continue  # "un dernier but de Vanneste a été annulé pour hors-jeu"
            own = bool(lex.own_goal_words.search(before + " " + after))
            club = self._club_of_scorer(ctx, draft, n, clubs, clause)
            if own:
                club = self._own_goal_club(draft, n, clubs, clause)
            count = lex.goal_counts.search(after)
            if count and find_minutes(clause):
                count = None  # "completed his hat-trick in the 56th minute": one goal
            times = int(count.value) if count else 1
            if count:
                times -= sum(_same_person(g.player, n.name) for g in draft.match.goals)
            for _ in range(max(times, 0)):
                goal = Goal(player=ctx.names.canonical(n.name), club=club, own_goal=own,
                            sources=[source])
                # his own words: from his comma piece (or the previous player) up to the next
                # player ("kopte Maes de 2-1 binnen en invaller Peeters ... (88.)": not his 88)
                own_words = _own_part(clause, rel, [rel + len(n.name) + reach], prev_end)
                self._goal_details(goal, own_words if not count else "")
                if count:
                    draft.match.goals.append(goal)
                    continue
                distinct = bool(lex.another_goal_words.search(after + " " + before))
                # a summary sentence with the final score does not move the running score
                self._add_goal(ctx, draft, goal, running=None, distinct=distinct,
                               scored_here=bool(find_scores(folded)))

    def _sentence_goal(self, ctx: _Ctx, draft: _Draft, sentence: Sentence,
                       names: list[NameMention], clubs, source: Source) -> None:
        """"Les visiteurs ont ouvert la marque : à la 41e minute, Vanneste a placé une tête":
        a goal phrase, one player and nothing that takes it back make that player's goal."""
        lex = self.lexicon
        folded = sentence.folded
        if find_scores(folded) or self._negated(folded) or lex.card_words.search(folded):
            return
        phrase = lex.goal_verbs.search(folded) or lex.goal_nouns.search(folded)
        players = [n for n in names if self._eligible(folded, n)]
        # only a sentence that times the goal and tells the shot is this specific
        if phrase is None or len({n.name for n in players}) != 1 or not find_minutes(folded) \
                or not (lex.shot_words.search(folded) or lex.header_words.search(folded)):
            return
        n = players[0]
        club = None
        for mention, c in clubs:
            if c in draft.match.clubs and mention.start < phrase.start:
                club = c  # "Charleroi a égalisé", "les visiteurs ont ouvert la marque"
        own = bool(lex.own_goal_words.search(folded))
        goal = Goal(player=ctx.names.canonical(n.name),
                    club=club or (None if own else self._club_of_scorer(
                        ctx, draft, n, clubs, folded)), own_goal=own, sources=[source])
        self._goal_details(goal, folded)
        self._add_goal(ctx, draft, goal, running=None)

    def _own_goal_club(self, draft: _Draft, name: NameMention, clubs,
                       clause: str) -> str | None:
        """The club an own goal counts for: the other club than the player's ("eigen doelpunt
        van Kortrijk-verdediger Coucke"), or the clause's subject ("Charleroi a égalisé grâce
        à un but contre son camp de Dewulf")."""
        m = draft.match
        own_club = self.registry.get(name.role_club_text) if name.role_club_text else None
        if own_club and own_club.name in m.clubs:
            return next(c for c in m.clubs if c != own_club.name)
        for mention, club in clubs:
            pos = clause.find(fold_text(mention.text))
            if club in m.clubs and 0 <= pos < clause.find(fold_text(name.name).split()[0]) \
                    and not self._is_object(clause, _shifted(mention, pos)):
                return club
        return None

    def _deciding_leg(self, ctx: _Ctx, draft: _Draft | None) -> _Draft | None:
        """Aggregates and shoot-outs belong to a tie's second leg when the report has it."""
        if draft is None or draft.match.leg != 1:
            return draft
        return self._tie_leg(ctx, draft, 2)

    def _tie_leg(self, ctx: _Ctx, draft: _Draft, leg: int | None) -> _Draft:
        """The leg `leg` of the tie of `draft` when the report has it ("un triplé lors du
        match aller"), else `draft`."""
        if leg is None or draft.match.leg == leg:
            return draft
        return next((d for d in ctx.drafts if d.match.leg == leg and
                     set(d.match.clubs) == set(draft.match.clubs) and
                     d.match.season == draft.match.season), draft)

    def _goal_noun_before(self, before: str) -> bool:
        """"doelpunt van X", "but de la tête de X", "goal in de 92e minuut van X": a goal noun
        shortly before the name, with no other name or stop in between."""
        hits = self.lexicon.goal_nouns.find(before)
        if not hits:
            return False
        gap = before[hits[-1].end:]
        return len(gap) <= 28 and not re.search(r"[.,;:!?]", gap)

    def _eligible(self, folded: str, name: NameMention) -> bool:
        """A name that can be a scorer here: not a keeper, coach or referee, not the keeper
        beaten ("onhoudbaar voor X") and not the one who gave the assist."""
        if name.role in ("goalkeeper", "coach", "referee") or self._keeper_context(folded, name):
            return False
        full = self._names.canonical(name.name)
        if any(p.name == full and p.role in ("goalkeeper", "coach", "referee")
               for p in self._known_people):
            return False  # named as keeper or coach earlier in the report
        before = " " + folded[max(0, name.start - 30):name.start].rstrip()
        return not any(before.endswith(" " + w) for w in self.lexicon.assist_words.values)

    def _pronoun_scorers(self, ctx: _Ctx, sentence: Sentence,
                         names: list[NameMention]) -> list[NameMention]:
        """"hij scoorde", "il a marqué": the pronoun stands for the player last named."""
        if not ctx.last_player:
            return []
        out = []
        for hit in self.lexicon.pronouns.find(sentence.folded):
            if any(n.start < hit.start and self._eligible(sentence.folded, n) for n in names):
                continue  # a player named earlier in the sentence is the subject
            out.append(NameMention(hit.start, hit.end, ctx.last_player))
        return out

    def _undone_later(self, folded: str, pos: int, chances_only: bool = False) -> bool:
        """"X had zijn tweede op de voet, maar kreeg de bal niet binnen": the next clause,
        opened by "maar"/"mais"/"but", takes the goal back."""
        clauses = _clauses(folded, self._splitter)
        for i, c in enumerate(clauses[:-1]):
            if c.start <= pos < c.end:
                nxt = clauses[i + 1]
                joined = folded[c.end:nxt.start]
                undone = (lex_chance(self.lexicon, nxt.folded) if chances_only
                          else self._negated(nxt.folded))
                return bool(re.search(r"\b(?:maar|mais|but|aber)\b", joined + nxt.folded[:6])
                            and undone)
        return False

    def _goal_list(self, folded: str) -> bool:
        """A goals line: "Doelpunten: Emond (20., 26.), Edmilson (58.)" / "Buts : ..."."""
        return bool(re.match(r"\s*(?:doelpunten|doelpuntenmakers|goals|scorers|buts|"
                             r"buteurs|tore|torschutzen)\s*:", folded))

    def _club_of_scorer(self, ctx: _Ctx, draft: _Draft, name: NameMention, clubs,
                        clause: str) -> str | None:
        m = draft.match
        full = ctx.names.canonical(name.name)
        if full in ctx.player_club and ctx.player_club[full] in m.clubs:
            return ctx.player_club[full]
        if m.score:
            h, a = (int(x) for x in m.score.split("-"))
            if h and not a:
                return m.home
            if a and not h:
                return m.away
            # told in order: once one side's goals are all told, the next goal is the other's
            if sum(draft.running) != draft.told:
                pass  # the running score was stated, not told goal by goal: no inference
            elif draft.running[0] >= h and draft.running[1] < a:
                return m.away
            if draft.running[1] >= a and draft.running[0] < h:
                return m.home
        in_clause = [(mention, c) for mention, c in clubs if c in m.clubs and
                     clause.find(fold_text(mention.text)) >= 0]
        own = [c for mention, c in in_clause if not self._is_object(clause, _shifted(
            mention, clause.find(fold_text(mention.text))))]
        if own:
            return own[0]
        if in_clause:
            # "un triplé contre le FC Bruges": the club named is the opponent
            return next((c for c in m.clubs if c != in_clause[0][1]), None)
        return None

    def _goal_details(self, goal: Goal, folded: str) -> None:
        lex = self.lexicon
        minutes = find_minutes(folded)
        if minutes and goal.minute is None:
            goal.minute = minutes[0][1]
        if goal.minute is None:
            goal.when = vague_time(folded, lex)
        if lex.header_words.search(folded):
            goal.header = True
        if lex.penalty_words.search(folded) and not lex.shootout_words.search(folded) and \
                not lex.miss_words.search(folded):
            goal.penalty = True
        if lex.own_goal_words.search(folded):
            goal.own_goal = True

    def _add_goal(self, ctx: _Ctx, draft: _Draft, goal: Goal,
                  running: tuple[int, int] | None, distinct: bool = False,
                  scored_here: bool = False) -> None:
        """Add a goal, or complete the goal it restates: the same player with the same running
        score or minute, else a goal of his still without details, else (unless the text says
        it is another one) a goal of his that does not contradict it."""
        mine = [g for g in draft.match.goals if _same_person(g.player, goal.player)]
        known = None
        if running is not None:
            known = next((g for g in mine if draft.goal_running.get(id(g)) == running), None)
        if known is None and goal.minute is not None:
            known = next((g for g in mine if g.minute == goal.minute), None)
        compatible = [g for g in mine
                      if (g.minute is None or goal.minute is None or g.minute == goal.minute)
                      and (running is None or draft.goal_running.get(id(g)) in (None, running))]
        if known is None:
            blank = [g for g in compatible if g.minute is None
                     and draft.goal_running.get(id(g)) is None]
            known = blank[0] if blank else None
        if known is None and not distinct and compatible:
            known = compatible[0]
        if known is not None:
            if len(goal.player) > len(known.player):
                known.player = goal.player
            known.minute = known.minute if known.minute is not None else goal.minute
            known.when = known.when or goal.when
            known.header = known.header or goal.header
            known.penalty = known.penalty or goal.penalty
            known.own_goal = known.own_goal or goal.own_goal
            known.club = known.club or goal.club
            if running is not None:
                draft.goal_running[id(known)] = running
                if known.club != goal.club and goal.club:
                    known.club = goal.club
            for src in goal.sources:
                if src not in known.sources:
                    known.sources.append(src)
            return
        if goal.club and not goal.own_goal:
            ctx.player_club.setdefault(goal.player, goal.club)
        draft.match.goals.append(goal)
        if running is not None:
            draft.goal_running[id(goal)] = running
            draft.running_goals.append(goal)
            draft.told += 1
        elif goal.club in draft.match.clubs and not draft.goal_running and not scored_here:
            # a goal told in words moves the running score on, so "de 2-0" next is one step
            i = draft.match.clubs.index(goal.club)
            r = list(draft.running)
            r[i] += 1
            draft.running = (r[0], r[1])
            draft.told += 1

    def _refresh_main(self, ctx: _Ctx) -> None:
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

    def _story_draft(self, ctx: _Ctx) -> _Draft | None:
        """The match the story is telling now; created from the headline's clubs if needed."""
        if ctx.current or ctx.main:
            return ctx.current or ctx.main
        if ctx.main_pair:
            home = ctx.main_pair[0] if ctx.main_home_known else None
            ctx.main = self._draft(ctx, ctx.season, ctx.round, ctx.main_leg, ctx.main_pair, home)
            ctx.current = ctx.main
            return ctx.main
        return None

    # ----------------------------------------------------------------- venue, outcome
    def _venue(self, ctx: _Ctx, sentence: Sentence, mentions: list[ClubMention], clubs,
               source: Source) -> None:
        lex = self.lexicon
        for m in mentions:
            if m.kind not in ("stadium", "venue"):
                continue
            leg = _leg_near(sentence.folded, m.start, lex)
            draft = self._draft_for_leg(ctx, leg)
            if draft is None:
                continue
            match = draft.match
            if m.kind == "stadium" and not any(c in match.clubs for c in m.candidates):
                continue
            if m.kind == "venue" and match.round != "final":
                continue  # the final's ground, named in a story about an earlier round
            named = round_in(sentence.folded, lex)
            if named is not None and named != match.round or \
                    lex.future_words.search(sentence.folded) and match.score is not None:
                continue  # the ground of another round, or of a match still to come
            self._set(match, "venue", m.text, source)
            if m.kind == "venue" and match.venue == m.text:
                match.neutral = True
            owners = [c for c in m.candidates if c in match.clubs]
            if len(owners) == 1 and not draft.home_known:
                _orient(draft, owners[0])

    def _extra_time_and_shootout(self, ctx: _Ctx, sentence: Sentence, source: Source) -> None:
        """"We gaan naar de verlengingen", "Strafschoppen!": the current match went to extra
        time; the scores that follow in this paragraph are the shoot-out's."""
        lex = self.lexicon
        folded = sentence.folded
        if lex.hypothetical_words.search(folded) or lex.negations.search(folded):
            return
        draft = self._story_draft(ctx) if ctx.main_pair or ctx.current else None
        if draft is None:
            return
        if lex.extra_time_words.search(folded) and ctx.current is not None \
                and not years(folded):
            self._set(draft.match, "extra_time", True, source)
        if lex.shootout_words.search(folded) and not find_scores(folded):
            ctx.shootout_paragraph = sentence.paragraph
            self._set(draft.match, "extra_time", True, source)

    def _dates(self, ctx: _Ctx, sentence: Sentence, source: Source) -> None:
        """The match date: an explicit date in the text, or "vanavond" / "gisteravond" /
        the report's own weekday against a full date line."""
        folded = sentence.folded
        if self.lexicon.hypothetical_words.search(folded):
            return
        dated = explicit_dates(folded, self.lexicon, ctx.season)
        report_date = ctx.report.date if ctx.report.date and len(ctx.report.date) == 10 else None
        if not dated and report_date:
            day = date.fromisoformat(report_date)
            hit = self.lexicon.relative_days.search(folded)
            # weekdays are listed Monday..Sunday per language, seven at a time
            names = self.lexicon.data["weekdays"][day.weekday()::7]
            weekday = "|".join(re.escape(n) for n in names)
            named = re.search(rf"\b(?:{weekday})(?:avond|middag| soir| night|abend)?\b", folded)
            if hit is not None:
                dated = [(hit.start, (day + timedelta(days=int(hit.value))).isoformat())]
            elif named:
                dated = [(named.start(), report_date)]
        if len({d for _, d in dated}) != 1 or report_date and dated[0][1] > report_date:
            return
        # the leg named next to the date ("woensdagavond de terugwedstrijd") is the one dated
        draft = self._draft_for_leg(ctx, _leg_near(folded, dated[0][0], self.lexicon))
        if draft is not None:
            self._set(draft.match, "date", dated[0][1], source)

    def _draft_for_leg(self, ctx: _Ctx, leg: int | None) -> _Draft | None:
        """The story's match, or, when another leg of its tie is named ("de return in het
        Jan Breydelstadion", "woensdagavond de terugwedstrijd"), that leg (created unplayed)."""
        base = self._story_draft(ctx)
        if leg is None or base is None or base.match.leg == leg:
            return base
        pair = base.match.clubs
        for draft in ctx.drafts:
            if set(draft.match.clubs) == set(pair) and draft.match.leg == leg \
                    and draft.match.season == base.match.season:
                return draft
        if ctx.main_pair and set(pair) == set(ctx.main_pair) and leg == ctx.main_leg \
                and ctx.main is base and base.match.leg != leg:
            home = ctx.main_pair[0] if ctx.main_home_known else None
        elif base.home_known:
            home = base.match.away  # the legs of a tie swap grounds
        else:
            home = None
        draft = _Draft(match=Match(competition=ctx.competition, season=base.match.season,
                                   round=base.match.round, leg=leg, home=home or pair[0],
                                   away=pair[1] if (home or pair[0]) == pair[0] else pair[0],
                                   order_unsure=home is None), home_known=home is not None)
        ctx.drafts.append(draft)
        if ctx.main_pair and set(pair) == set(ctx.main_pair) and leg == ctx.main_leg:
            ctx.main = draft
        return draft

    def _qualified(self, ctx: _Ctx, clause: _Clause, subject: str | None,
                   source: Source) -> None:
        lex = self.lexicon
        hit = lex.qualified_words.search(clause.folded)
        if not hit or not subject or lex.hypothetical_words.search(clause.folded):
            return
        if lex.negations.search(clause.folded):
            return
        for draft in [ctx.current, ctx.main]:
            if draft and subject in draft.match.clubs:
                m = draft.match
                if m.round in ctx.two_legged and m.leg == 1:
                    continue
                self._set(m, "qualified", subject, source)
                if m.round == "semi-final":
                    self._finalist(ctx, subject, source)
                return
        # "Genk plaatst zich voor de finale" before the match is told: kept for the end
        ctx.pending_qualified.append((subject, source))

    def _finalist(self, ctx: _Ctx, club: str, source: Source) -> None:
        info = self._season_info(ctx)
        if club not in info.finalists:
            info.finalists.append(club)
            info.sources.setdefault("finalists", []).append(source)

    def _season_info(self, ctx: _Ctx) -> SeasonFacts:
        for info in ctx.facts.seasons:
            if info.season == ctx.season:
                return info
        info = SeasonFacts(competition=ctx.competition, season=ctx.season or "")
        ctx.facts.seasons.append(info)
        return info

    # ----------------------------------------------------------------- people and history
    def _people(self, ctx: _Ctx, sentence: Sentence, names: list[NameMention], clubs,
                source: Source) -> None:
        for n in names:
            role = n.role
            club = None
            if n.role_club_text:
                found = self.registry.get(n.role_club_text)
                club = found.name if found else None
            if role is None and self._keeper_context(sentence.folded, n):
                role = "goalkeeper"
                draft = self._story_draft(ctx)
                # "onhoudbaar voor X" next to "1-0 voor de thuisploeg": X kept the away goal.
                if draft and re.search(r"voor de thuisploeg|pour les locaux|for the hosts",
                                       sentence.folded):
                    club = draft.match.away
                elif draft and re.search(r"voor de bezoekers|pour les visiteurs",
                                         sentence.folded):
                    club = draft.match.home
            if role in ("coach", "goalkeeper") and club is None:
                club = self._club_next_to(sentence, n, clubs)
            if role in (None, "player"):
                continue
            full = ctx.names.canonical(n.name)
            for p in ctx.facts.people:
                if p.name == full and p.role == role:
                    p.club = p.club or club
                    if source not in p.sources:
                        p.sources.append(source)
                    break
            else:
                ctx.facts.people.append(Person(name=full, club=club, season=ctx.season,
                                               role=role, sources=[source]))

    def _club_next_to(self, sentence: Sentence, name: NameMention, clubs) -> str | None:
        """"coach van Genk X", "le gardien de Genk X", "X, de coach van Genk"."""
        near = [(abs(m.start - name.start), c) for m, c in clubs
                if abs(m.start - name.start) < 30]
        return min(near)[1] if near else None

    def _history(self, ctx: _Ctx, sentence: Sentence, clubs, source: Source) -> None:
        lex = self.lexicon
        folded = sentence.folded
        subject = clubs[0][1] if clubs else (ctx.focus[0] if ctx.focus else None)
        if subject and not lex.hypothetical_words.search(folded):
            # "de vijfde bekerfinale voor de Limburgers", "bekerfinale nummer vijf"
            for n in self._counted(folded, lex.final_nouns):
                self._club_fact(ctx, subject, "final_number", n, source)
            # "veroverde zijn achtste beker", "sa huitième Coupe de Belgique"
            for n in self._counted(folded, lex.cup_nouns, ordinal_only=True):
                self._club_fact(ctx, subject, "cup_wins", n, source)
        # "Hun vorige vier (1998, 2000, 2009 en 2013) wonnen ze allemaal."
        found = [y for y in years(folded) if not ctx.season or
                 season_for_year(y) < ctx.season]
        if len(found) >= 2:
            prev = self._previous_sentence(ctx, sentence)
            context = folded + " " + (prev.folded if prev else "")
            if lex.final_nouns.search(context) and not lex.negations.search(folded):
                kind = None
                if lex.win.search(folded) or lex.cup_win_words.search(folded):
                    kind = "finals_won"
                elif lex.lose.search(folded):
                    kind = "finals_lost"
                club = subject
                if not clubs and prev is not None:
                    prev_clubs = self._resolved(ctx, self.finder.find(prev.text, prev.folded))
                    club = prev_clubs[-1][1] if prev_clubs else subject
                if kind and club:
                    self._club_fact(ctx, club, kind, sorted(set(found)), source)

    def _counted(self, folded: str, nouns: PhraseSet, ordinal_only: bool = False) -> list[int]:
        """Counts told with a noun: an ordinal before it ("vijfde bekerfinale") or a number
        after it ("bekerfinale nummer vijf")."""
        lex = self.lexicon
        found = []
        for hit in nouns.find(folded):
            word_before = folded[:hit.start].split()[-1:] or [""]
            n = lex.ordinals.get(word_before[0])
            if n is None and not ordinal_only:
                after = re.match(r"\s+(?:nummer|numero|number|nr\.?)\s+([\w-]+)",
                                 folded[hit.end:])
                word = after.group(1) if after else ""
                n = lex.ordinals.get(word) or lex.numbers.get(word) or (
                    int(word) if word.isdigit() else None)
            if n and 1 < n < 40:
                found.append(n)
        return found

    def _club_fact(self, ctx: _Ctx, club: str, kind: str, value: object,
                   source: Source) -> None:
        for f in ctx.facts.club_facts:
            if f.club == club and f.kind == kind:
                if f.value == value and source not in f.sources:
                    f.sources.append(source)
                return
        ctx.facts.club_facts.append(ClubFact(club=club, kind=kind, value=value,
                                             season=ctx.season, sources=[source]))

    # ----------------------------------------------------------------- checks
    def _finish(self, ctx: _Ctx) -> None:
        """Derive aggregates, check goals against scores, hand the matches over."""
        self._infer_legs(ctx)
        for club, source in ctx.pending_qualified:
            main = ctx.main
            if main and club in main.match.clubs and main.match.qualified is None and \
                    not (main.match.round in ctx.two_legged and main.match.leg == 1):
                self._set(main.match, "qualified", club, source)
                if main.match.round == "semi-final":
                    self._finalist(ctx, club, source)
        for draft in ctx.drafts:
            m = draft.match
            if m.score is None and draft.last_running_source and sum(draft.running) > 0 \
                    and len(draft.goal_running) == sum(draft.running):
                # A live blog states no result: its last running score is the final score
                # when every goal on the way was told.
                self._set(m, "score", f"{draft.running[0]}-{draft.running[1]}",
                          draft.last_running_source)
            _complete_goal_clubs(m)
            _check_goals(m)
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
                        self._set(m, "aggregate", agg, first.sources.get("score", [])[0])
            if m.round == "final" and m.score:
                winner = _winner(m)
                if winner:
                    info = self._season_info_for(ctx, m.season)
                    for club in m.clubs:
                        if club not in info.finalists:
                            info.finalists.append(club)
                    info.winner = info.winner or winner
                    info.sources.setdefault("winner", m.sources.get("score", []))
            ctx.facts.matches.append(m)
        for person in ctx.facts.people:
            person.season = person.season or ctx.season

    def _infer_legs(self, ctx: _Ctx) -> None:
        """Legs not named: the other leg of a tie whose one leg is known, or, for two results
        of a tie told in one breath, first leg then second. A leg whose home club is unknown
        is played at the other club's ground than the other leg."""
        for draft in ctx.drafts:
            m = draft.match
            if m.round not in ctx.two_legged:
                continue
            if m.leg is not None and not draft.home_known:
                other = next((d for d in ctx.drafts if d is not draft and d.home_known and
                              set(d.match.clubs) == set(m.clubs) and d.match.leg == 3 - m.leg
                              and d.match.season == m.season), None)
                if other is not None:
                    _orient(draft, other.match.away)
            tie = [d.match for d in ctx.drafts if d is not draft and
                   set(d.match.clubs) == set(m.clubs) and d.match.round == m.round
                   and d.match.season == m.season]
            known = {t.leg for t in tie if t.leg is not None}
            if m.leg is not None:
                continue
            if len(tie) == 1 and len(known) == 1:
                m.leg = 3 - known.pop()
                if not draft.home_known and tie[0].home == m.home:
                    _orient(draft, tie[0].away)
            elif len(tie) == 1 and not known:
                m.leg, tie[0].leg = 1, 2  # told in order: the first is the first leg
        for draft in ctx.drafts:
            m = draft.match
            if m.leg == 1 and m.aggregate:
                # an aggregate belongs to the second leg of the tie
                second = next((d.match for d in ctx.drafts if d.match.leg == 2 and
                               set(d.match.clubs) == set(m.clubs)), None)
                if second is not None and second.aggregate is None:
                    a, b = m.aggregate.split("-")
                    second.aggregate = m.aggregate if second.home == m.home else f"{b}-{a}"
                    second.sources["aggregate"] = m.sources.pop("aggregate", [])
                m.aggregate = None

    def _season_info_for(self, ctx: _Ctx, season: str) -> SeasonFacts:
        for info in ctx.facts.seasons:
            if info.season == season:
                return info
        info = SeasonFacts(competition=ctx.competition, season=season)
        ctx.facts.seasons.append(info)
        return info


# --------------------------------------------------------------------- helpers
def _shifted(mention: ClubMention, start: int) -> ClubMention:
    """The mention placed at `start` (its position inside a clause)."""
    return ClubMention(start, start + (mention.end - mention.start), mention.text, mention.kind,
                       mention.candidates, mention.province)


def _around_name(before: str, after: str) -> str:
    """The words around a name joined without it: "opende [Vanaken] de score" reads as
    "opende de score" (Dutch puts the subject after the verb)."""
    head = re.split(r"[,;:.]\s", before)[-1]
    return f"{head.rstrip()} {after.lstrip()}"


def _own_part(clause: str, rel: int, later_names: list[int], prev_end: int) -> str:
    """A player's own stretch of a clause: from his comma piece (or the previous player's
    name) up to the next player's name. "Vanaken hit the crossbar ..., and Brugge got one
    back when Mitrovic pulled one back" judges Mitrovic without Vanaken's miss."""
    start = max([prev_end] + [m.end() for m in re.finditer(r"[,;]\s", clause)
                              if m.end() <= rel])
    end = min([len(clause)] + [p for p in later_names if p > rel])
    return clause[start:end]


def _comma_piece(clause: str, rel: int) -> str:
    """The comma-separated piece of a clause around position `rel`: each event of "In de 11e
    minuut opende Vanaken de score, in de 22e minuut kopte Mechele" keeps its own minute."""
    start = max([0] + [m.end() for m in re.finditer(r"[,;]\s", clause) if m.end() <= rel])
    ends = [m.start() for m in re.finditer(r"[,;]\s", clause) if m.start() > rel]
    return clause[start:ends[0] if ends else len(clause)]


def token_text(folded: str, token: ScoreToken) -> str:
    return folded[token.start:token.end]


def lex_chance(lexicon: Lexicon, clause: str) -> bool:
    """A clause that tells a chance or a miss ("maar kan niet kaderen")."""
    return bool(lexicon.hypothetical_words.search(clause) or lexicon.miss_words.search(clause))


def lex_restates(lexicon: Lexicon, folded: str, token: ScoreToken) -> bool:
    """A score next to half-time or full-time words restates the score; it tells no goal."""
    near = folded[max(0, token.start - 40):token.end + 20]
    return bool(lexicon.halftime_words.search(near) or lexicon.regular_time_words.search(near))


def _piece(text: str, tail: bool = False) -> str:
    """The part of a window that stays within one sentence piece ("1-0. Au score cumulé"
    ends at the period)."""
    parts = re.split(r"[.!?:]\s", text)
    return parts[-1] if tail else parts[0]


def _polarity(lexicon: Lexicon, clause: str, at: int) -> tuple[object, object]:
    """(win hit, lose hit) for a score at `at`: only the result word nearest to the score
    counts ("3-2 verlies in Kortrijk, 1-0 winst thuis")."""
    hits = [(h, "win") for h in lexicon.win.find(clause)]
    hits += [(h, "lose") for h in lexicon.lose.find(clause)]
    if not hits:
        return None, None
    hit, kind = min(hits, key=lambda hk: min(abs(hk[0].start - at), abs(hk[0].end - at)))
    return (hit, None) if kind == "win" else (None, hit)


def _same_person(a: str, b: str) -> bool:
    """"Seck" and "Ibrahima Seck" are the same player within one report."""
    fa, fb = fold_text(a).split(), fold_text(b).split()
    return fa == fb or (fa[-1:] == fb[-1:] and (len(fa) == 1 or len(fb) == 1))


def _clauses(folded: str, splitter: re.Pattern[str]) -> list[_Clause]:
    """A sentence cut at ";", " : " and the report language's conjunctions ("maar")."""
    out = []
    start = 0
    for m in splitter.finditer(folded):
        out.append(_Clause(start, m.start(), folded[start:m.start()]))
        start = m.end()
    out.append(_Clause(start, len(folded), folded[start:]))
    return out


def _clause_start(folded: str, pos: int, splitter: re.Pattern[str]) -> int:
    for c in _clauses(folded, splitter):
        if c.start <= pos < c.end:
            return c.start
    return 0


def _clause_of(folded: str, pos: int, splitter: re.Pattern[str]) -> str:
    for c in _clauses(folded, splitter):
        if c.start <= pos < c.end:
            return c.folded
    return folded


def _leg_near(folded: str, pos: int, lexicon: Lexicon) -> int | None:
    """The leg named closest to `pos`, before or after it ("de heenwedstrijd met 3-2
    verloren", "victoire 1-2 au match aller"); a leg further away only when none is near."""
    hits = lexicon.legs.find(folded)
    if not hits:
        return None
    distance = [(h.start - pos if h.start >= pos else pos - h.end, h) for h in hits]
    near = min(distance, key=lambda dh: dh[0])
    return int(near[1].value)


def _pair_before(folded: str, token: ScoreToken, clubs) -> tuple[str, str] | None:
    """"Genk - Kortrijk 1-0", "Genk-Kortrijk: 1-0", "Genk 1-0 Kortrijk": home named first."""
    ordered = sorted(clubs, key=lambda mc: mc[0].start)
    for (m1, c1), (m2, c2) in zip(ordered, ordered[1:], strict=False):
        if c1 == c2:
            continue
        between = folded[m1.end:m2.start]
        after = folded[m2.end:token.start]
        if re.fullmatch(r"\s*[-/]\s*", between) and re.fullmatch(r"\s*[:,]?\s*", after):
            return c1, c2
        if m1.end <= token.start and token.end <= m2.start and \
                re.fullmatch(r"\s*", folded[m1.end:token.start]) and \
                re.fullmatch(r"\s*", folded[token.end:m2.start]):
            return c1, c2
    return None


def _orient(draft: _Draft, home: str) -> None:
    """Make `home` the home club of a draft, swapping score strings when needed."""
    m = draft.match
    draft.home_known = True
    m.order_unsure = False
    if m.home == home or home not in m.clubs:
        return
    m.home, m.away = m.away, m.home
    for goal in draft.running_goals:
        goal.club = m.home if goal.club == m.away else m.away
    for name in ("score", "penalties", "aggregate"):
        value = getattr(m, name)
        if value:
            a, b = value.split("-")
            setattr(m, name, f"{b}-{a}")
    draft.running = (draft.running[1], draft.running[0])


def _winner(m: Match) -> str | None:
    if m.penalties:
        a, b = (int(x) for x in m.penalties.split("-"))
    elif m.score:
        a, b = (int(x) for x in m.score.split("-"))
    else:
        return None
    if a == b:
        return None
    return m.home if a > b else m.away


def _complete_goal_clubs(m: Match) -> None:
    """Goals whose club the text did not tie: when the other club's goals are all named,
    the rest are this club's (Genk won 3-1, Kortrijk's one goal was Claes's)."""
    if not m.score:
        return
    limit = dict(zip(m.clubs, (int(x) for x in m.score.split("-")), strict=True))
    room = {c: limit[c] - sum(g.club == c for g in m.goals) for c in m.clubs}
    open_clubs = [c for c in m.clubs if room[c] > 0]
    unknown = [g for g in m.goals if g.club is None and not g.own_goal]
    if len(open_clubs) == 1 and unknown and len(unknown) <= room[open_clubs[0]]:
        for g in unknown:
            g.club = open_clubs[0]


def _check_goals(m: Match) -> None:
    """A club cannot have more goals credited than it scored: drop the least direct ones."""
    if not m.score:
        return
    allowed = dict(zip(m.clubs, (int(x) for x in m.score.split("-")), strict=True))
    for club, limit in allowed.items():
        mine = [g for g in m.goals if g.club == club]
        if len(mine) > limit:
            # keep goals with a minute first (most directly stated), then in order
            keep = sorted(mine, key=lambda g: (g.minute is None, m.goals.index(g)))[:limit]
            m.goals = [g for g in m.goals if g.club != club or g in keep]
