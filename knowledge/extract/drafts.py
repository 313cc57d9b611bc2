"""The match drafts of one report: which draft a fact belongs to (the story's match, a leg of
its tie), drafts created when new, oriented home/away, and their fields set once."""

from __future__ import annotations

from knowledge.extract.state import Draft, StoryState
from knowledge.model import Match, Source


def set_once(match: Match, name: str, value: object, source: Source) -> None:
    """Set a field once; a different later value in the same report is not trusted."""
    current = getattr(match, name)
    if current is None or current == value:
        setattr(match, name, value)
        sources = match.sources.setdefault(name, [])
        if source not in sources:
            sources.append(source)


def orient(draft: Draft, home: str) -> None:
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


def match_draft(ctx: StoryState, season: str | None, round_name: str | None, leg: int | None,
                pair: tuple[str, str], home: str | None,
                goals: dict[str, int] | None = None) -> Draft:
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
                if home is None and m.score is None and draft.home_known:
                    # the draft was oriented before any leg was named (by a heading, or
                    # the lead's "A - B"); a leg's result that says no ground of its own
                    # may be of the leg at the other ground
                    draft.home_known, m.order_unsure = False, True
                m.leg = leg
            if m.round is None and round_name is not None:
                m.round = round_name
            if home and not draft.home_known:
                orient(draft, home)
            return draft
    first, second = (home, pair[1] if pair[0] == home else pair[0]) if home else pair
    neutral = round_name == "final"
    match = Match(competition=ctx.competition, season=season or "", round=round_name,
                  leg=leg, home=first, away=second, neutral=neutral,
                  order_unsure=home is None and not neutral)
    draft = Draft(match=match, home_known=home is not None)
    ctx.drafts.append(draft)
    return draft


def story_draft(ctx: StoryState) -> Draft | None:
    """The match the story is telling now; created from the headline's clubs if needed."""
    if ctx.current or ctx.main:
        return ctx.current or ctx.main
    if ctx.main_pair:
        told = _final_told(ctx)
        if told is not None:
            ctx.main = ctx.current = told
            return told
        home = ctx.main_pair[0] if ctx.main_home_known else None
        ctx.main = match_draft(ctx, ctx.season, ctx.round, ctx.main_leg, ctx.main_pair, home)
        ctx.current = ctx.main
        return ctx.main
    return None


def _final_told(ctx: StoryState) -> Draft | None:
    """A final's report: the final of the main clubs already drafted is the story's match,
    whatever season its result was filed in (a final told in August closed the season
    before the report's date)."""
    if ctx.round != "final":
        return None
    return next((d for d in ctx.drafts if d.match.round == "final" and
                 set(d.match.clubs) == set(ctx.main_pair)), None)


def draft_for_leg(ctx: StoryState, leg: int | None) -> Draft | None:
    """The story's match, or, when another leg of its tie is named ("de return in het
    Jan Breydelstadion", "woensdagavond de terugwedstrijd"), that leg (created unplayed)."""
    base = story_draft(ctx)
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
    draft = Draft(match=Match(competition=ctx.competition, season=base.match.season,
                              round=base.match.round, leg=leg, home=home or pair[0],
                              away=pair[1] if (home or pair[0]) == pair[0] else pair[0],
                              order_unsure=home is None), home_known=home is not None)
    ctx.drafts.append(draft)
    if ctx.main_pair and set(pair) == set(ctx.main_pair) and leg == ctx.main_leg:
        ctx.main = draft
    return draft


def second_leg(ctx: StoryState, first: Draft) -> Draft:
    """The second leg of the tie whose first leg is `first`, created unplayed when the
    report has not told it yet (played at the other ground)."""
    m = first.match
    for draft in ctx.drafts:
        if draft.match.leg == 2 and set(draft.match.clubs) == set(m.clubs) \
                and draft.match.season == m.season:
            return draft
    for draft in ctx.drafts:
        # "beat Union 2-0 at home, having drawn the first leg 1-1": the result told just
        # before, without a leg, is the second leg
        o = draft.match
        if draft is not first and o.leg is None and o.score and o.season == m.season \
                and set(o.clubs) == set(m.clubs) and o.round in (None, m.round):
            o.leg, o.round = 2, m.round
            return draft
    home, away = (m.away, m.home) if first.home_known else (m.home, m.away)
    draft = Draft(match=Match(competition=ctx.competition, season=m.season, round=m.round,
                              leg=2, home=home, away=away,
                              order_unsure=not first.home_known),
                  home_known=first.home_known)
    ctx.drafts.append(draft)
    return draft


def tie_leg(ctx: StoryState, draft: Draft, leg: int | None) -> Draft:
    """The leg `leg` of the tie of `draft` when the report has it ("un triplé lors du
    match aller"), else `draft`."""
    if leg is None or draft.match.leg == leg:
        return draft
    return next((d for d in ctx.drafts if d.match.leg == leg and
                 set(d.match.clubs) == set(draft.match.clubs) and
                 d.match.season == draft.match.season), draft)


def deciding_leg(ctx: StoryState, draft: Draft | None) -> Draft | None:
    """Aggregates and shoot-outs belong to a tie's second leg when the report has it."""
    if draft is None or draft.match.leg != 1:
        return draft
    return tie_leg(ctx, draft, 2)


def infer_legs(ctx: StoryState) -> None:
    """Legs not named: the other leg of a tie whose one leg is known, or, for two results
    of a tie told in one breath, first leg then second. A leg whose home club is unknown
    is played at the other club's ground than the other leg."""
    for draft in ctx.drafts:
        # "geplaatst na een 1-0-thuiszege tegen Kortrijk; de heenmatch in Kortrijk was op
        # 3-2 geëindigd": a result of the clubs of a tie whose other leg is told is the
        # other leg of that tie
        m = draft.match
        if m.round is None and m.leg is None and m.score:
            legs = [d.match for d in ctx.drafts if d is not draft and d.match.leg in (1, 2)
                    and d.match.round in ctx.two_legged and d.match.season == m.season
                    and set(d.match.clubs) == set(m.clubs)]
            if len(legs) == 1 and not any(d.match.leg == 3 - legs[0].leg and
                                          set(d.match.clubs) == set(m.clubs)
                                          for d in ctx.drafts if d is not draft):
                m.round, m.leg = legs[0].round, 3 - legs[0].leg
    for draft in ctx.drafts:
        m = draft.match
        if m.round not in ctx.two_legged:
            continue
        if m.leg is not None and not draft.home_known:
            other = next((d for d in ctx.drafts if d is not draft and d.home_known and
                          set(d.match.clubs) == set(m.clubs) and d.match.leg == 3 - m.leg
                          and d.match.season == m.season), None)
            if other is not None:
                orient(draft, other.match.away)
        tie = [d.match for d in ctx.drafts if d is not draft and
               set(d.match.clubs) == set(m.clubs) and d.match.round == m.round
               and d.match.season == m.season]
        known = {t.leg for t in tie if t.leg is not None}
        if m.leg is not None:
            continue
        if len(tie) == 1 and len(known) == 1:
            m.leg = 3 - known.pop()
            if not draft.home_known and tie[0].home == m.home:
                orient(draft, tie[0].away)
        elif len(tie) == 1 and not known:
            m.leg, tie[0].leg = 1, 2  # told in order: the first is the first leg
        elif not tie and m.aggregate:
            m.leg = 2  # an aggregate is told of a tie's return
        elif not tie and m.qualified:
            m.leg = 2  # who went through: the tie ends in its return, the match told
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
    for first in (d.match for d in ctx.drafts if d.match.leg == 1):
        second = next((d.match for d in ctx.drafts if d.match.leg == 2 and
                       set(d.match.clubs) == set(first.clubs) and
                       d.match.season == first.season and d.match.round == first.round), None)
        if second is not None and second.home == first.home:
            # both legs at one ground: the words gave one leg's home wrong, and which one
            # they do not say ("battu 1-2 à l'aller, s'est imposé 3-0 au retour" both read
            # home-first); each leg keeps its clubs' goals, not who was at home
            first.order_unsure = second.order_unsure = True
