"""What a tie decides: the club that went through, the season's finalists and its winner."""

from __future__ import annotations

import re
from functools import cache

from knowledge.extract.clauses import Clause, clause_joiners
from knowledge.extract.drafts import set_once
from knowledge.extract.rounds import (
    before_its_final,
    round_hits,
    season_before,
    season_for_year,
    years_ago,
)
from knowledge.extract.scores import find_scores, years
from knowledge.extract.state import NamedClubs, StoryState
from knowledge.lexicon import Lexicon, phrase_set
from knowledge.model import Match, SeasonFacts, Source
from knowledge.text import fold


def qualified(ctx: StoryState, clause: Clause, subject: str | None, source: Source,
              clubs: NamedClubs = ()) -> None:
    """"Genk plaatst zich voor de finale": the subject went through the tie of the story's
    match (not after a first leg). After an opening subordinate clause ("Omdat Union
    tweemaal miste, ging Antwerp door"), the subject is the main clause's club."""
    lex = ctx.lexicon
    hit = lex.qualified_words.search(clause.folded)
    if hit and clubs:
        subject = _main_clause_subject(ctx, clause, hit.start, clubs) or subject
    # "Lokeren a enlevé la Coupe de Belgique": the final's winner went through (not a cup
    # of years ago or last season: "Il y a deux ans, X avait remporté la Coupe")
    won = _won_the_cup(ctx, clause.folded) and not lex.background_words.search(clause.folded)
    if won:
        told = fold(source.sentence)  # (its whole sentence, only when a cup is won in it)
        won = not years_ago(lex, ctx.report.lang, told) and \
            not lex.last_season_words.search(told)
    if not (hit or won) or not subject or lex.hypothetical_words.search(clause.folded) or \
            phrase_set(lex, "contest_words").search(clause.folded):
        return  # (also "strijden om een ticket voor de finale": still to be won)
    if lex.negations.search(clause.folded) or lex.last_season_words.search(clause.folded) or \
            phrase_set(lex, "missed_ticket_words").search(clause.folded) or \
            lex.league_words.search(clause.folded) and not lex.cup_words.search(clause.folded):
        # "they have qualified for the championship round in the league"; "Genk greep naast
        # een ticket voor de finale": the ticket was missed
        return
    if not hit:
        # the cup won: the final is settled at the end, when its score is known or not
        ctx.pending_qualified.append((subject, source))
        return
    for draft in [ctx.current, ctx.main]:
        if draft and subject in draft.match.clubs:
            m = draft.match
            if m.round in ctx.two_legged and m.leg == 1:
                continue
            _qualify(ctx, m, subject, source)
            return
    # "Genk plaatst zich voor de finale" before the match is told: kept for the end
    ctx.pending_qualified.append((subject, source))


def _main_clause_subject(ctx: StoryState, clause: Clause, at: int, clubs: NamedClubs
                         ) -> str | None:
    """The first club after the comma that ends a clause-opening subordinate clause, when
    `at` (clause-relative) lies after that comma."""
    opening = phrase_set(ctx.lexicon, f"subordinators:{ctx.report.lang}").search(
        clause.folded[:20])
    comma = clause.folded.find(", ")
    if opening is None or clause.folded[:opening.start].strip() or not 0 < comma < at:
        return None
    after = sorted((m.start, c) for m, c in clubs if m.start > clause.start + comma)
    return after[0][1] if after else None


def qualify_pending(ctx: StoryState) -> None:
    """The clubs said to go through before any match was told go through the main match."""
    for club, source in ctx.pending_qualified:
        main = ctx.main
        folded = fold(source.sentence)
        cup_only = not ctx.lexicon.qualified_words.search(folded)
        if cup_only:
            final = _final_of(ctx, club)
            if final is not None:
                _cup_winner(ctx, final, club, source)
        elif main and club in main.match.clubs and \
                main.match.qualified is None and \
                not (main.match.round in ctx.two_legged and main.match.leg == 1):
            _qualify(ctx, main.match, club, source)


def _qualify(ctx: StoryState, m: Match, club: str, source: Source) -> None:
    set_once(m, "qualified", club, source)
    if m.round == "semi-final":
        _finalist(ctx, club, source)


def _final_of(ctx: StoryState, club: str) -> Match | None:
    """The one final of the report that the club played: the one with a score when the
    report also holds its unplayed twin (a final moved to August belongs to the season
    before)."""
    finals = [d.match for d in ctx.drafts if d.match.round == "final" and club in d.match.clubs]
    scored = [m for m in finals if m.score]
    if len(scored) == 1:
        return scored[0]
    return finals[0] if len(finals) == 1 else None


def _cup_winner(ctx: StoryState, m: Match, club: str, source: Source) -> None:
    """The cup won, said of a club of the final: the season's finalists and winner, even
    when the report gives no score; then the club is the one the final let through (else
    the score tells it)."""
    if m.score is None:
        set_once(m, "qualified", club, source)
    info = _season_info(ctx, m.season)
    if info.winner in (None, club):
        info.finalists += [c for c in m.clubs if c not in info.finalists]
        info.winner = club
        info.sources.setdefault("winner", []).append(source)
        info.sources.setdefault("finalists", []).append(source)


def _won_the_cup(ctx: StoryState, folded: str) -> bool:
    """"remporte la Coupe", "wint de beker": the cup won, said with a verb, of this season."""
    return bool(ctx.lexicon.won_the_cup.search(folded)) and _told_as_now(ctx, folded)


def _told_as_now(ctx: StoryState, folded: str) -> bool:
    """A sentence that tells of this season: no year ("qui a remporté la Coupe en 2008" is
    an earlier cup), no count or earlier time ("X heeft al elf keer eerder de beker
    gewonnen" is its history), nothing only hoped, denied or to come."""
    lex = ctx.lexicon
    return not years(folded) and \
        not lex.hypothetical_words.search(folded) and not lex.negations.search(folded) \
        and not lex.future_words.search(folded) and not lex.earlier_words.search(folded) \
        and not phrase_set(lex, "times_words").search(folded)


def _finalist(ctx: StoryState, club: str, source: Source, season: str | None = None) -> None:
    """A finalist of `season` (the story's when not given), with the source that says so."""
    info = _season_info(ctx, season or ctx.season or "")
    if club not in info.finalists:
        info.finalists.append(club)
        info.sources.setdefault("finalists", []).append(source)


def record_final(ctx: StoryState, m: Match) -> None:
    """A final with a score, or one whose winner the words name without it ("Westerlo wint
    de bekerfinale van Lommel"): the season's finalists, and its winner when the words say
    who won."""
    told = m.sources.get("score") or m.sources.get("qualified") or []
    if not m.score and not _final_won_told(ctx, told):
        return
    info = _season_info(ctx, m.season)
    for club in m.clubs:
        if club not in info.finalists:
            info.finalists.append(club)
    finalists = info.sources.setdefault("finalists", [])
    finalists += [s for s in told if s not in finalists]
    winner = _winner(m) if m.score else m.qualified
    if winner and (not m.score or _winner_told(ctx, m)):
        info.winner = info.winner or winner
        info.sources.setdefault("winner", list(told))


def _final_won_told(ctx: StoryState, told: list[Source]) -> bool:
    """Who went through a final without its score is its winner when the words name the
    cup won or the final, of this season ("Westerlo wint de bekerfinale van Lommel"), not
    only a win (nor one of years ago: "il y a deux ans, X avait remporté la Coupe")."""
    lex = ctx.lexicon
    return any(_told_as_now(ctx, folded) and years_ago(lex, ctx.report.lang, folded) is None
               and (lex.won_the_cup.search(folded) or
                    any(hit.value == "final" and not ahead
                        for hit, ahead in round_hits(folded, lex)))
               for folded in (fold(s.sentence) for s in told))


def _winner_told(ctx: StoryState, m: Match) -> bool:
    """A final's winner rests on words: its score's sentence says who won ("klopte",
    "défaite", "remporte la Coupe"), or is a heading of the clubs and the score ("Genk -
    Club Brugge: 4-0", home first by construction). Bare digits beside a club ("toen werd
    Cercle opzijgezet met 2-0") could be read either way round."""
    lex = ctx.lexicon
    for source in m.sources.get("score", []):
        folded = fold(source.sentence)
        if len(folded) < 60 or any(words.search(folded) for words in (
                lex.win, lex.lose, lex.transitive_win_verbs, lex.cup_win_words, lex.favour_words,
                lex.qualified_words, lex.eliminated_words)):
            return True
    return False


def _season_info(ctx: StoryState, season: str) -> SeasonFacts:
    for info in ctx.facts.seasons:
        if info.season == season:
            return info
    info = SeasonFacts(competition=ctx.competition, season=season)
    ctx.facts.seasons.append(info)
    return info


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


# a cup holder is last season's winner while this season's final is still to come: reports
# from August to February
_BEFORE_THE_FINAL = ("08", "09", "10", "11", "12", "01", "02")


def title_holder(ctx: StoryState, folded: str, clubs: NamedClubs, source: Source) -> None:
    """"bekerhouder KV Mechelen", "le Standard, tenant du titre": the club named with
    the holder's title won last season's final; "l'Antwerp, finaliste la saison dernière"
    played it."""
    lex = ctx.lexicon
    date, season = ctx.report.date, ctx.report.season
    if not date or len(date) < 7 or date[5:7] not in _BEFORE_THE_FINAL or not season or \
            lex.league_words.search(folded) or ctx.season != season or years(folded):
        return  # "tenant du titre en championnat": the league's; a look-back: then's
    titles = [(hit, True) for hit in phrase_set(lex, "holder_words").find(folded)] + \
        [(hit, False) for hit in phrase_set(lex, "last_finalist_words").find(folded)]
    for hit, holder in titles:
        before = folded[max(0, hit.start - 12):hit.start]
        if before.endswith("-") or phrase_set(lex, "former_words").search(before):
            continue  # "ex-bekerhouder", "voormalig bekerhouder"
        owners = {c for m, c in clubs if m.kind in ("alias", "nickname") and
                  (m.start >= hit.end and _between(lex, folded[hit.end:m.start]) or
                   m.end <= hit.start and
                   _between(lex, folded[m.end:hit.start].replace(",", " ")))}
        if len(owners) != 1:
            continue
        if holder:
            season_winner(ctx, owners.pop(), season_before(season), source)
        else:
            _finalist(ctx, owners.pop(), source, season_before(season))


def cup_won_in_year(ctx: StoryState, folded: str, clubs: NamedClubs, source: Source) -> None:
    """"Genk a remporté la Coupe en 2021", "le Standard, vainqueur de la Coupe en 2016",
    "Bekerwinnaar van 2021 Genk": the one club of the words' own comma piece won the final
    of that year (a spring final: season (Y-1)-Y). Not a cup only hoped for, denied or of
    another competition, nor a year the words make the start of a span ("depuis 2015")."""
    lex = ctx.lexicon
    if any(words.search(folded) for words in (
            lex.hypothetical_words, lex.negations, lex.league_words, lex.other_cups,
            phrase_set(lex, "wish_words"), phrase_set(lex, "times_words"))) or \
            len(years(folded)) > 1:
        return  # (several years: a list of cups won is the club's history)
    hits = lex.cup_win_words.find(folded) + phrase_set(lex, "cup_winner_titles").find(folded)
    for hit in hits:
        lo = max(folded.rfind(p, 0, hit.start) for p in ",;:()") + 1
        ends = [folded.find(p, hit.end) for p in ",;:()" if folded.find(p, hit.end) >= 0]
        piece = folded[lo:min(ends or [len(folded)])]
        found = years(piece)
        if len(found) != 1 or _span_year(lex).search(piece) or lex.future_words.search(piece):
            continue
        owners = {c for m, c in clubs if m.kind in ("alias", "nickname") and
                  lo <= m.start < lo + len(piece) and
                  not lex.against_words.search(folded[max(lo, m.start - 12):m.start])}
        if not owners and folded[:lo].endswith(","):
            # "le Standard, vainqueur de la Coupe en 2015, ...": the club the piece describes
            owners = {c for m, c in clubs if m.kind in ("alias", "nickname") and
                      m.end < lo and not folded[m.end:lo - 1].strip()}
        season = season_for_year(found[0])
        if len(owners) == 1 and (ctx.report.season is None or season <= ctx.report.season):
            season_winner(ctx, owners.pop(), season, source)


@cache
def _span_year(lexicon: Lexicon) -> re.Pattern[str]:
    """A year that starts or ends a span ("depuis 2015", "sinds 2015", "avant 2015"), from
    language.yaml `since_words` and `before_year_words` (built once per lexicon)."""
    words = sorted(set(phrase_set(lexicon, "since_words").values) |
                   set(phrase_set(lexicon, "before_year_words").values))
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\b(?:{alternatives})\s+(?:l'an\s+|de\s+|in\s+)?(?:19|20)\d\d")


def finalists_meeting(ctx: StoryState, folded: str, clubs: NamedClubs,
                      source: Source) -> None:
    """"En finale, Genk affrontera Charleroi", "de finale tussen Lokeren en
    Mechelen", "In de finale wacht Antwerp": the clubs that meet (or wait) in this
    season's final are its finalists. Not an earlier final (a year, "vorig jaar",
    "toen", "de vorige finale", a verb in the past), nor one that only may come ("de
    winnaar van ...", "Genk of Club", "zou")."""
    lex = ctx.lexicon
    # (a round's name, not "le sprint final" of the league)
    if ctx.season != ctx.report.season or not (
            any(hit.value == "final" for hit, _ in round_hits(folded, lex)) or
            any(hit.value == "semi-final" for hit in lex.round_reached.find(folded))):
        return
    named = sorted(((m, c) for m, c in clubs if m.kind in ("alias", "nickname")),
                   key=lambda mc: mc[0].start)
    distinct = list(dict.fromkeys(c for _, c in named))
    # (a sentence with a score tells a result, whose final the result path reads; "avant
    # cette finale, ils ont battu X samedi (1-0)" met X in the league)
    if len(distinct) != len({c for _, c in clubs}) or years(folded) or find_scores(folded) or \
            any(words.search(folded) for words in (
                lex.last_season_words, lex.last_week_words, lex.then_words,
                lex.hypothetical_words,
                lex.negations, lex.earlier_words, phrase_set(lex, "not_finalist_words"),
                phrase_set(lex, "past_tense_words"), phrase_set(lex, "contest_words"))):
        return
    if len(distinct) == 2:
        second = next(m for m, c in named if c == distinct[1])
        between = folded[named[0][0].end:second.start].split()
        went_through = lex.qualified_words.search(folded) is not None
        # "Lierse en Eupen plaatsten zich allebei voor de finale": both went through to it
        partners = went_through and [w for w in between if w not in lex.articles] in (
            [c] for c in lex.coordinators.values)
        if went_through and not partners:
            # "qualifizierte sich X gegen Y für das Finale": Y may be the semi-final's loser
            # or the final's opponent; the words do not settle which
            return
        if _another_clause_between(lex, folded[named[0][0].end:second.start]):
            # "... la finale face à X, et Y mène après l'aller": the second
            # club is the subject of the next clause, not the final's other side
            return
        if not partners and (any(w in lex.data["alternative_words"] for w in between) or
                             not phrase_set(lex, "final_meeting_words").search(folded)):
            return
    elif len(distinct) != 1 or not phrase_set(lex, "final_waiting_words").search(folded):
        return
    # a final still to come in a report of summer or autumn is the season before's, played
    # late (the 2019-20 final of 1 August 2020)
    season = season_before(ctx.season) if before_its_final(ctx.report.date) else ctx.season
    for club in distinct:
        _finalist(ctx, club, source, season)


def _another_clause_between(lex: Lexicon, text: str) -> bool:
    """A comma, then a coordinator or a word of contrast: a new clause starts (not after an
    aside between two commas: "tussen Lommel, leider in tweede klasse, en Deinze")."""
    unaside = re.sub(r",[^,]*,", " ", text)
    return any(after.split()[:1] and after.split()[0] in clause_joiners(lex)
               for after in unaside.split(",")[1:])


def _between(lexicon: Lexicon, text: str) -> bool:
    """Nothing but articles between a title and its club ("bekerhouder KV Mechelen", "Genk,
    le tenant du titre")."""
    return len(text) <= 8 and all(w in lexicon.articles for w in text.split())


def season_winner(ctx: StoryState, club: str, season: str, source: Source) -> None:
    """A season's cup won by `club` (a finalist too), unless another winner is told."""
    info = _season_info(ctx, season)
    if info.winner not in (None, club):
        return
    _finalist(ctx, club, source, season)
    info.winner = club
    info.sources.setdefault("winner", []).append(source)
