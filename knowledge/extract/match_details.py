"""What a report tells of a match besides its score: its ground, its date, extra time and a
shoot-out."""

from __future__ import annotations

import re
from datetime import date, timedelta

from knowledge.extract.clauses import leg_near
from knowledge.extract.clubs import ClubMention
from knowledge.extract.drafts import draft_for_leg, orient, set_once, story_draft
from knowledge.extract.rounds import round_in, years_ago
from knowledge.extract.scores import find_scores, years
from knowledge.extract.state import NamedClubs, StoryState
from knowledge.model import Source
from knowledge.report import Sentence, explicit_dates


def venue(ctx: StoryState, sentence: Sentence, mentions: list[ClubMention],
          source: Source) -> None:
    """A stadium of one of the match's clubs, or a neutral ground of a final: the match's
    venue, and the club whose ground it is plays at home."""
    lex = ctx.lexicon
    for m in mentions:
        if m.kind not in ("stadium", "venue"):
            continue
        leg = leg_near(sentence.folded, m.start, lex)
        draft = draft_for_leg(ctx, leg)
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
        set_once(match, "venue", m.text, source)
        if m.kind == "venue" and match.venue == m.text:
            match.neutral = True
        owners = [c for c in m.candidates if c in match.clubs]
        if len(owners) == 1 and not draft.home_known:
            orient(draft, owners[0])


def extra_time_and_shootout(ctx: StoryState, sentence: Sentence, clubs: NamedClubs,
                            source: Source) -> None:
    """"We gaan naar de verlengingen", "Strafschoppen!": the current match went to extra
    time; the scores that follow in this paragraph are the shoot-out's."""
    lex = ctx.lexicon
    folded = sentence.folded
    if lex.hypothetical_words.search(folded) or lex.negations.search(folded):
        return
    draft = story_draft(ctx) if ctx.main_pair or ctx.current else None
    if draft is None or any(c not in draft.match.clubs for _, c in clubs) or \
            years_ago(lex, ctx.report.lang, folded) or lex.last_season_words.search(folded):
        # "Un an plus tôt, Malines avait gagné aux penalties face au Lierse": another
        # match's shoot-out
        return
    if lex.extra_time_words.search(folded) and ctx.current is not None \
            and not years(folded):
        set_once(draft.match, "extra_time", True, source)
    if lex.shootout_words.search(folded) and not find_scores(folded):
        ctx.shootout_paragraph = sentence.paragraph
        set_once(draft.match, "extra_time", True, source)


def dates(ctx: StoryState, sentence: Sentence, source: Source) -> None:
    """The match date: an explicit date in the text, or "vanavond" / "gisteravond" /
    the report's own weekday against a full date line."""
    lex = ctx.lexicon
    folded = sentence.folded
    if lex.hypothetical_words.search(folded):
        return
    dated = explicit_dates(folded, lex, ctx.season)
    report_date = ctx.report.date if ctx.report.date and len(ctx.report.date) == 10 else None
    if not dated and report_date:
        day = date.fromisoformat(report_date)
        hit = lex.relative_days.search(folded)
        # weekdays are listed Monday..Sunday per language, seven at a time
        names = lex.data["weekdays"][day.weekday()::7]
        weekday = "|".join(re.escape(n) for n in names)
        named = re.search(rf"\b(?:{weekday})(?:avond|middag| soir| night|abend)?\b", folded)
        if hit is not None:
            dated = [(hit.start, (day + timedelta(days=int(hit.value))).isoformat())]
        elif named:
            dated = [(named.start(), report_date)]
    # a date after the report's own (at the precision it has: "date 2018-01" and "le 6
    # février") is of a match still to come ("le retour prévu le 6 février")
    told = ctx.report.date
    if len({d for _, d in dated}) != 1 or told and dated[0][1][:len(told)] > told:
        return
    # the leg named next to the date ("woensdagavond de terugwedstrijd") is the one dated
    draft = draft_for_leg(ctx, leg_near(folded, dated[0][0], lex))
    if draft is not None:
        set_once(draft.match, "date", dated[0][1], source)
