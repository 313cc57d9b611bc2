"""Goals: the goal a running score tells ("1-0 Vanaken"), goals told in words ("X scoorde",
"but de X", "X (23.)"), their details, one goal per event within a report, and the checks of
the goals against the final score."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from knowledge.checks import winner_of
from knowledge.extract.clauses import (
    Clause,
    around_name,
    clause_of,
    clause_start,
    comma_piece,
    leg_near,
    player_stretch,
    result_piece,
)
from knowledge.extract.drafts import match_draft, set_once, story_draft, tie_leg
from knowledge.extract.events import clause_event
from knowledge.extract.lineups import sheet_near
from knowledge.extract.people import NameMention, find_names, same_person
from knowledge.extract.persons import is_description
from knowledge.extract.results import penalties
from knowledge.extract.rounds import years_ago
from knowledge.extract.scorers import (
    acts_otherwise,
    club_of_scorer,
    eligible,
    goal_noun_before,
    negated,
    negated_goal,
    of_language,
    own_bracket_holds,
    own_goal_club,
    own_reach,
    pronoun_scorers,
    scorer_for_running,
    undone_later,
)
from knowledge.extract.scores import (
    ScoreToken,
    called_final,
    find_minutes,
    find_scores,
    held_to_the_end,
    noun_after,
    stoppage_time,
    vague_time,
)
from knowledge.extract.state import Draft, NamedClubs, StoryState, source_of
from knowledge.lexicon import Hit, Lexicon, PhraseSet, phrase_set
from knowledge.model import Goal, Match, Source
from knowledge.report import Sentence
from knowledge.text import fold as fold_name
from knowledge.text import last_words


def running(ctx: StoryState, sentence: Sentence, clause: Clause, token: ScoreToken,
            clubs: NamedClubs, names: list[NameMention], source: Source) -> None:
    """A running score ("1-0", "2-1 voor Genk"): one step on from the last one is a goal of
    the side it moved, scored by the player the sentence points at."""
    draft = story_draft(ctx)
    if draft is not None:
        draft = draft_of_clubs(ctx, sentence, clubs, draft)
    if draft is None or _in_shootout(ctx, sentence) and \
            sentence.paragraph != ctx.shootout_paragraph:
        return
    m = draft.match
    a, b = token.first, token.second
    prev = draft.running
    folded = sentence.folded
    if sentence.paragraph == ctx.shootout_paragraph:
        penalties(ctx, token, None, source, clause)
        return
    # "1-0 voor de thuisploeg" / "1-0 pour Genk": who leads decides the orientation.
    leader = None
    after = folded[token.end:token.end + 30]
    if after.split()[:1] and after.split()[0] in ctx.lexicon.credit_words.values:
        for mention, club in clubs:
            if token.end <= mention.start <= token.end + 30:
                leader = club
    held = held_to_the_end(ctx.lexicon, folded, token)
    if held and leader is None:
        # "Daarna hield Lommel die 2-1 vast": the club named before the score is ahead
        ahead = [club for mention, club in clubs if mention.end <= token.start]
        leader = ahead[-1] if ahead else None
    if leader and a != b and leader in m.clubs:
        hi, lo = max(a, b), min(a, b)
        a, b = (hi, lo) if leader == m.home else (lo, hi)
    if _called_decisive(ctx.lexicon, ctx.report.lang, folded, token) and a != b:
        draft.decisive = ((a, b), source)
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
        scorer_club = None
    if (called_final(ctx.lexicon, folded, token) or held) and a + b >= sum(prev):
        final = _final_told(draft, a, b, oriented=bool(leader) and leader in m.clubs)
        if final:
            set_once(m, "score", final, source)  # "X zette de 2-1 eindstand op het bord"
    if scorer_club is None:
        return
    draft.running = (a, b)
    draft.last_running_source = source
    if _restates(ctx.lexicon, folded, token) and not any(
            own_bracket_holds(folded, n, token) for n in names):
        # "went into the break 2-0 up": a score restated, not a goal told (but "just before
        # the break via X (40e, 0-2)": a player's own bracket with its minute tells his goal)
        return
    word_before = folded[max(0, token.start - 12):token.start].split()[-1:]
    if word_before and word_before[0] in phrase_set(ctx.lexicon, "score_state_words").values:
        return  # "de trainer werd bij 2-2 weggestuurd": what happened at that score, no goal
    if noun_after(ctx.lexicon, folded[token.end:token.end + 16], "deficit_nouns"):
        return  # "won na een 0-2-achterstand": the deficit it came back from, no goal told
    if _quoted(ctx.lexicon, folded, token):
        return  # "'... snel 3-0 voor', zegt X": a player's words about the score, no goal told
    scorer = scorer_for_running(ctx, sentence, names, token)
    if scorer is None:
        return
    name, own_goal, where, at = scorer
    if _cancelled_after(ctx, where, name, at):
        return  # "1-0 door X. (...) Maar X stond buitenspel"
    if not draft.home_known and not leader:
        # clubs named in no fixed order ("In de finale versloeg Essevee Oostende"): "1-0"
        # may be told from either side, so it names no club
        scorer_club = None
    goal = Goal(player=name, club=scorer_club, own_goal=own_goal,
                sources=[source_of(ctx, where)])
    # details from the scorer's own piece of text ("in de 22e minuut kopte Mechele")
    piece = comma_piece(where.folded, at, whole_brackets=True)
    lo = where.folded.find(piece)
    if where is sentence and any(lo <= n.start and n.end <= at for n in names):
        # another player before him in the piece: his words start at his own clause
        piece = _from_own_clause(ctx.lexicon, piece, at - lo)
    _goal_details(ctx.lexicon, goal, piece if where is sentence else piece + " " + folded)
    _add_goal(ctx, draft, goal, running=(a, b))


def _called_decisive(lexicon: Lexicon, lang: str, folded: str, token: ScoreToken) -> bool:
    """A decisive word among the three words right before the score, in its piece ("de
    verlossende 2-0", "le but décisif (2-1)")."""
    # (a bracket opening the score is no word: "décisif (2-1)")
    tail = last_words(folded.replace("(", " "), token.start, r"[.;:!?]")
    return bool(phrase_set(lexicon, f"decisive_goal_words:{lang}").search(tail))


def _final_told(draft: Draft, a: int, b: int, oriented: bool = False) -> str | None:
    """The final score a goal's score names, home first: as told when the home club is
    known, or when the words named the club ahead (`oriented`: the digits are already set
    for each club); else a level score, or the larger number for the club that went
    through (the match stays unsure of its home club); else None."""
    m = draft.match
    if draft.home_known or oriented or a == b:
        return f"{a}-{b}"
    if m.qualified not in m.clubs:
        return None
    hi, lo = max(a, b), min(a, b)
    return f"{hi}-{lo}" if m.qualified == m.home else f"{lo}-{hi}"


def _quoted(lexicon: Lexicon, folded: str, token: ScoreToken) -> bool:
    """The score stands in a quote that a verb of speaking closes ("..., 3-0 voor", zegt
    X)."""
    closing = re.search(r"[\"\u201d\u00bb]\s*,?\s*([a-z]+)", folded[token.end:])
    return bool(closing) and closing.group(1) in phrase_set(
        lexicon, "speech_before_names").values


def _restates(lexicon: Lexicon, folded: str, token: ScoreToken) -> bool:
    """A score next to half-time or full-time words restates the score; it tells no goal."""
    near = folded[max(0, token.start - 40):token.end + 20]
    return bool(lexicon.halftime_words.search(near) or lexicon.regular_time_words.search(near))


# how far after a name its goal verb may stand ("X onderschepte een terugspeelbal en werkte
# na een korte dribbel de 2-0 tegen de touwen": a split verb closes a long clause)
_REACH = 100


def goals_from_phrases(ctx: StoryState, sentence: Sentence, names: list[NameMention],
                       clubs: NamedClubs, source: Source) -> None:
    """Goals stated with a goal verb or noun next to a name ("X scoorde",
    "dankzij een doelpunt van X", "but de X", "X (23.)" in a goals line)."""
    lex = ctx.lexicon
    # "scoorde hij drie keer in de 4-1-zege tegen Club Brugge": the match of this
    # sentence's result, else the leg it names, else the story's match
    base = ctx.sentence_draft or story_draft(ctx)
    if base is None or _in_shootout(ctx, sentence) or \
            _of_another_time(ctx, sentence, names):
        return
    folded = sentence.folded
    _sentence_goal(ctx, base, sentence, names, clubs, source)
    club_mentions = [m for m, _ in clubs]
    # the verb before the last name read, when it was that name's ("Voor Genk scoorden
    # Tresor en Heynen": the names after it, joined by "en", share it)
    verb_head: tuple[int, str, str | None] | None = None
    for n in pronoun_scorers(ctx, sentence, names) + names:
        if not eligible(ctx, folded, n, names):
            continue
        if clause_event(lex, player_stretch(folded, n.start, [o.start for o in names
                                                              if o.start > n.start], 0)
                        ) in ("substitution", "lineup"):
            continue  # "Wissel: Aerts voor Dirckx", "Opstelling: ...": nobody scored there
        piece = comma_piece(folded, n.start)
        at = n.start - folded.find(piece)
        draft = tie_leg(ctx, base, leg_near(piece, at, lex) if ctx.sentence_draft else None)
        told = _draft_of_piece(ctx, sentence, n, clubs, draft)
        if told is not None and ctx.sentence_draft is None:
            told = draft_of_clubs(ctx, sentence, clubs, told)
        if told is None:
            continue  # the player's words are about a match not told here
        draft = told
        clause = clause_of(folded, n.start, ctx.splitter)
        rel = n.start - clause_start(folded, n.start, ctx.splitter)
        # the mention as written: a pronoun or "l'Israélien" is shorter than the name it stands for
        said = n.end - n.start
        after = clause[rel + said:rel + said + _REACH]
        before = clause[max(0, rel - 45):rel]
        noun = goal_noun_before(lex, before) or _listed_after_goal_noun(lex, folded, n, names)
        via = _via_agent(lex, folded, n, [o for o in names
                                          if o.start < n.start - rel + len(clause)])
        if via is False:
            continue  # "schoot de bal via X in doel": the ball went in off X
        noun = noun or via
        # a split verb ("werkte de bal na een scrimmage binnen") up to the next name
        # (a keeper beaten does not end them; a player who fouled or a referee who gave
        # the penalty acts in his own words: "X a été fauché par Y et Z a accordé ...")
        nxt = [o.start - n.end for o in names if o.start > n.start and (
            eligible(ctx, folded, o, names) or acts_otherwise(ctx, folded, o))]
        reach = own_reach(lex, folded, n, club_mentions,
                          min([_REACH] + [d for d in nxt if d > 0]))
        # "Vanaken en Mechele scoorden elk twee keer": two subjects share one verb
        partner = _coordinated(lex, folded, n, names)
        if partner is not None:
            end = min([partner.end + _REACH] + [o.start for o in names if o.start > partner.start])
            after = folded[n.end:end]
            reach = len(after)
        # V2 verbs before the name count only after the previous player's name
        prev_end = max([o.end - n.start + rel for o in names if o.end <= n.start] + [0])
        head = clause[max(prev_end, rel - 45):rel]
        shared = None
        if prev_end and head.split()[-1:] and (head.split()[-1] in lex.coordinators.values
                                               or head.strip() == ","):
            # "X scoort en Y pakt rood": the verb before "en" is X's, unless it stood before
            # X too and Y has no words of his own ("scoorden X en Y", "... en Y (78e).",
            # "erzielten X, Y und Z": up to the next name of the list)
            own_words = re.split(r"[,.;:!?]", clause[rel + n.end - n.start:])[0]
            if head.strip() == "," and any(not own_words[:h.start].strip()
                                           for h in lex.coordinators.find(own_words)):
                own_words = ""  # "X, Y und Z": Y's words end where "und Z" starts
            shared = verb_head if verb_head is not None and \
                verb_head[0] == n.start - rel + prev_end and not head.split()[:-1] and \
                not re.search(r"[a-z]{3,}", own_words) else None
            head = shared[1] if shared else ""
        # a verb before the subject (Dutch and German put it there after an opening phrase:
        # "in de 11e minuut opende Vanaken de score"); in French or English a name after
        # the verb is its object ("trompait Van Acker")
        verb_second = ctx.report.lang in lex.verb_second_languages
        if verb_second and reach < _REACH and not partner:
            # "... gewesen, und kurz vor der Pause traf Sato nur den Pfosten": a verb right
            # before the next name is that name's (the subject after its verb)
            ahead = [h for h in lex.goal_verbs.find(after[:reach])
                     if not after[h.end:reach].strip()]
            if ahead:
                reach = ahead[0].start
        fillers = phrase_set(lex, "verb_fillers")
        verb = bool(lex.goal_verbs.search(after[:reach]) or
                    verb_second and _split_goal_verb(lex, ctx.report.lang, around_name(
                        head, after[:reach])) or
                    verb_second and lex.goal_verbs.search(around_name(head, after[:reach])) or
                    verb_second and lex.goal_verbs.search(_unfilled(fillers, around_name(
                        head, after[:reach]))) or
                    lex.own_goal_words.search(after[:reach]) or
                    _verb_after_relative(lex, ctx.report.lang, folded[n.end:])) and not noun
        # "Desmet (23.)", "Verstraete 67'": a minute right after a name marks his goal, in
        # a list of scorers ("Doelpunten: ...", "Buts : X (23e), Y (67e)") or beside a goal
        # word; elsewhere French and live reports time every action that way
        listed = _listed_minutes(lex, after)
        timed = re.match(r"\s*\(\d{1,3}(?:\+\d{1,2})?[.'e]?\)|\s*\d{1,3}'", after)
        minute_mark = (timed or listed or _minute_bracket(after)) \
            and (_scorers_line(lex, folded) or lex.goal_verbs.search(clause) or
                 lex.goal_nouns.search(clause) or find_scores(folded) or
                 lex.win.search(clause) or lex.reason_words.search(before) or
                 phrase_set(lex, f"minute_goal_cues:{ctx.report.lang}").search(clause))
        another = lex.another_goal_words.search(after[:reach]) if lex.goal_nouns.search(
            after[:reach]) or lex.goal_counts.search(after[:reach]) else None
        # "X machte mit seinem Hattrick alles klar": a scoring noun in his own words
        another = another or phrase_set(lex, "goal_count_nouns").search(after[:reach])
        # (a minute alone is no goal in a comma piece that tells a chance or a miss: "A
        # (10e) et B (12e) eurent les premières occasions")
        if not (noun or verb or another or
                minute_mark and not lex.card_words.search(clause) and
                not lex.miss_words.search(piece)):
            continue
        if _object_of_relative(lex, after):
            continue  # "een voorzet van X die hij binnentikte": the pronoun scored, not X
        # judged up to the next name, whoever it is ("... that Horvath could only watch":
        # the keeper's words are not the scorer's)
        own_part = player_stretch(clause, rel, [o.start - n.start + rel for o in names
                                                if o.start > n.start], prev_end)
        lang = ctx.report.lang
        base_at = n.start - rel
        own_part = _until_club_piece(own_part, base_at + clause.find(own_part), n.end, clubs)
        if negated_goal(lex, own_part, lang) and not noun or \
                undone_later(ctx, folded, n.start):
            continue
        if lex.assist_nouns.search(own_part) and not lex.goal_nouns.search(own_part):
            continue  # "bezorgde Hairemans Antwerp de zege met een tweede assist"
        if noun and (of_language(lex, "negations", lang).search(before) or
                     of_language(lex, "hypothetical_words", lang).search(before) or
                     negated(lex, after, lang) or _disallowed_before(lex, before)):
            continue  # "un dernier but de Vanneste a été annulé pour hors-jeu"
        if _retells_cancelled(ctx, sentence, n) or _cancelled_after(ctx, sentence, n.name, n.start):
            continue  # "Het doelpunt van X werd afgekeurd. (...) X scoorde ...": that one
        own = bool(lex.own_goal_words.search(before + " " + after))
        club = _credited_club(lex, folded, n, reach, clubs, draft.match.clubs) or \
            club_of_scorer(ctx, draft, n, clubs, _from_own_clause(lex, clause, rel)
                           if prev_end else clause, own_part)
        if partner is None and club in _credits_of_later(lex, folded, n, names, clubs,
                                                         draft.match.clubs):
            club = None  # "un triplé de X pour les Anversois et un doublé de Y pour Mons"
        if noun and lex.despite_words.search(before[-30:]):
            # "won 2-1 ... malgré un but de Lamot", "verloor met 1-2, ondanks een goal van
            # X": the goal of the side that lost, whichever the clause's subject is
            winner = winner_of(draft.match) if not draft.match.penalties else None
            club = next((c for c in draft.match.clubs if c != winner), None) if winner else None
        if own:
            club = own_goal_club(ctx, draft, n, clubs, _from_own_clause(lex, clause, rel))
        elif shared:
            club = shared[2]  # "Voor Eupen scoorden X en Y": Y's club is X's
        before_only = verb_second and verb and not lex.goal_verbs.search(after[:reach])
        verb_head = (n.end, head, club) if before_only else None
        if len(listed) >= 2:
            # "De Belder (17e, 26e)", "un triplé de X (71e, 81, 94e)": a goal per minute
            for minute in listed:
                goal = Goal(player=ctx.names.canonical(n.name), club=club, own_goal=own,
                            minute=minute, sources=[source])
                _add_goal(ctx, draft, goal, running=None, distinct=True, scored_here=True)
            continue
        count = lex.goal_counts.search(after) or _count_before(lex, before)
        if count and phrase_set(lex, "tally_words").search(after):
            continue  # "heeft nu al drie goals in de beker dit seizoen": a tally, not this match
        if count and (find_minutes(clause) or timed):
            # "completed his hat-trick in the 56th minute", "X (8) et Y (13) ont donné une
            # avance de deux buts": one goal each, at its minute
            count = None
        times = int(count.value) if count else 1
        if count:
            times -= sum(same_person(g.player, n.name) for g in draft.match.goals)
        for _ in range(max(times, 0)):
            goal = Goal(player=ctx.names.canonical(n.name), club=club, own_goal=own,
                        sources=[source])
            # his own words: from his comma piece (or the previous player) up to the next
            # player ("kopte Maes de 2-1 binnen en invaller Peeters ... (88.)": not his 88)
            own_words = player_stretch(clause, rel, [rel + said + reach], prev_end)
            # ... and not past his comma piece ("opende Vanaken de score met een plaatsbal,
            # in de 22e minuut kopte Mechele": the header is Mechele's)
            # (a comma inside brackets cuts nothing: "X (17e, 2-0) doublait la mise")
            cut = re.search(r"[,;]\s", _BRACKETS.sub(lambda b: "_" * len(b.group()), own_words[
                own_words.find(fold_name(n.name)) + 1:]))
            if cut:
                own_words = own_words[:own_words.find(fold_name(n.name)) + 1 + cut.start()]
            if prev_end:
                own_words = _from_own_clause(lex, own_words, own_words.find(fold_name(n.name)))
            _goal_details(lex, goal, own_words if not count else "")
            if count:
                draft.match.goals.append(goal)
                continue
            distinct = bool(lex.another_goal_words.search(after + " " + before))
            # a summary (a sentence with the final score, or the lead) does not move the
            # running score of the story told after it
            _add_goal(ctx, draft, goal, running=None, distinct=distinct,
                      scored_here=bool(find_scores(folded)) or
                      sentence.paragraph <= ctx.lead_paragraph)


_BRACKETS = re.compile(r"\([^()]*\)")
# the minute that opens an item of a list of scorers (not a stoppage-time one, "90+4'":
# such a goal is stored without its minute)
_ITEM_MINUTE = re.compile(r"\s*(\d{1,3})(?:e|eme|'|\u2032|\.)\s")
# a bracket of minutes right after a name: "(17e, 26e)", "(23e et 36e)", "(71e, 81, 94e)"
# (a penalty mark may follow a minute: "(9e pen, 60e)")
_MINUTE = r"\d{1,3}(?:\+\d{1,2})?\s*[.'e]?(?:\s?(?:pen\.?|sp|pk|str\.?))?"


@cache
def _minute_list(lexicon: Lexicon) -> re.Pattern[str]:
    joins = "|".join(re.escape(w) for w in sorted(lexicon.coordinators.values, key=len,
                                                  reverse=True))
    return re.compile(rf"\s*\(({_MINUTE}(?:\s*(?:,|&|{joins})\s*{_MINUTE})+)\)")


def _minute_bracket(after: str) -> bool:
    """A bracket right after a name that times a goal and says how it came, with no running
    score in it ("Chevalier (23e, sur penalty)"; "(1-1, 81e)" is read as a running score)."""
    found = re.match(r"\s*\([^()]{1,30}\)", after)
    return bool(found and find_minutes(found.group()) and not find_scores(found.group()))


def _listed_minutes(lexicon: Lexicon, after: str) -> list[int | None]:
    """The minutes of a bracket of several minutes right after a name (at least one with
    its mark, so that "(28, 31)" ages stay out)."""
    found = _minute_list(lexicon).match(after)
    if not found or not re.search(r"\d\s*[.'e]", found.group(1)):
        return []
    # a stoppage-time minute ("90+2") is a goal without its minute
    return [None if b else int(a) for a, b in
            re.findall(r"(\d{1,3})(?:\+(\d{1,2}))?", found.group(1))]


def _verb_after_relative(lex: Lexicon, lang: str | None, rest: str) -> bool:
    """"X, die na de rust voor Y was ingevallen, scoorde het winnende doelpunt": a goal verb
    right after a relative clause between commas after the name is the name's."""
    pronouns = phrase_set(lex, f"relative_pronouns:{lang}") if lang else None
    start = re.match(r"\s*,\s*", rest)
    if not start or pronouns is None:
        return False
    hit = pronouns.search(rest[start.end():start.end() + 12])
    if hit is None or hit.start != 0:
        return False
    close = rest.find(", ", start.end())
    if close < 0:
        return False
    main = rest[close + 2:close + 62]
    main = main[:m.start()] if (m := re.search(r"[,;.]\s", main)) else main
    return bool(lex.goal_verbs.search(main[:30])) and not negated(lex, main, lang)


def _disallowed_before(lex: Lexicon, before: str) -> bool:
    """"the disallowed goal by X", "het afgekeurde doelpunt van X": the goal noun before
    the name is of a goal that did not count."""
    hits = phrase_set(lex, "disallowed_words").find(before[-30:])
    return bool(hits) and not re.search(r"[.,;:!?]", before[-30:][hits[-1].end:])


def _object_of_relative(lex: Lexicon, after: str) -> bool:
    """The words after a name open a relative clause with its own subject ("X die hij in
    een keer binnen tikte", "X qu'il a repris de la tête"): its verb is that subject's."""
    words = re.sub(r"^[\s,]+", "", after).replace("'", "' ").split()[:2]
    return len(words) == 2 and words[0] in phrase_set(lex, "object_relatives").values and \
        words[1] in phrase_set(lex, "subject_pronouns").values


def _until_club_piece(words: str, at: int, name_end: int, clubs: NamedClubs) -> str:
    """A player's words up to a comma piece that a club opens: ", Eupen n'ayant pas trouvé
    de réplique" tells of Eupen, its negation is not his. `at` is where `words` start in
    the sentence."""
    for m in re.finditer(r"[,;]\s+", words):
        if at + m.start() < name_end:
            continue
        if any(0 <= mention.start - (at + m.end()) <= 4 for mention, _ in clubs):
            return words[:m.start()]
    return words


def _count_before(lex: Lexicon, before: str) -> Hit | None:
    """A count of goals whose player the name is: "un doublé de X", "een hattrick van X",
    "a brace from X" (the count right before the word that joins it to the name)."""
    joins = phrase_set(lex, "goal_count_joins").values
    hits = lex.goal_counts.find(before)
    if not hits:
        return None
    gap = before[hits[-1].end:].split()
    return hits[-1] if len(gap) == 1 and gap[0] in joins else None


def _from_own_clause(lex: Lexicon, words: str, at: int) -> str:
    """A player's words after another player's: from the comma or "en"/"et" that opens his
    clause ("X a ouvert le score (20e) et Y a doublé la mise": the 20th is X's; "nadat X in
    de 74e minuut rood kreeg en Y vijf minuten later scoorde": not Y's minute)."""
    if at <= 0:
        return words
    bounds = [m.end() for m in re.finditer(r"[,;]\s", words[:at])]
    bounds += [h.end for h in lex.coordinators.find(words[:at])]
    return words[max(bounds):] if bounds else words


def _cut(text: str, at: list[int]) -> list[str]:
    """`text` cut at the positions `at`."""
    bounds = [0, *at, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _retells_cancelled(ctx: StoryState, sentence: Sentence, name: NameMention) -> bool:
    """A goal told without minute or score, by a player whose goal one of the sentences
    just before said was cancelled ("het doelpunt van X werd afgekeurd"): the same goal."""
    lex = ctx.lexicon
    if find_minutes(sentence.folded) or find_scores(sentence.folded):
        return False
    surname = fold_name(name.name).split()[-1]
    cancelled = phrase_set(lex, "disallowed_words")
    for earlier in ctx.report.sentences[max(0, sentence.index - 3):sentence.index]:
        # its comma pieces, and the parts either side of "maar", "mais", ... (contrast_words)
        cuts = [h.start for h in lex.contrast_words.find(earlier.folded)]
        for piece in (p for part in _cut(earlier.folded, cuts) for p in re.split(r"[,;]\s", part)):
            if re.search(rf"\b{re.escape(surname)}\b", piece) and cancelled.search(piece) \
                    and (lex.goal_nouns.search(piece) or lex.goal_verbs.search(piece)):
                return True
    return False


def _in_shootout(ctx: StoryState, sentence: Sentence) -> bool:
    """A sentence of a paragraph that tells a shoot-out, whose kicks are no goals - unless
    a sentence since the shoot-out was told names only other clubs: a round-up paragraph
    has moved on to another match ("Eupen won de penaltyreeks. Club won met 0-3 bij
    Borains. Na de treffer van X ...")."""
    if sentence.paragraph not in ctx.shootout_paragraphs:
        return False
    lex = ctx.lexicon
    walk = ctx.shootout_walk
    if walk is None or walk[0] != sentence.paragraph or walk[1] > sentence.index:
        walk = (sentence.paragraph, -1, set(), False)
    _, last, shootout, told = walk
    for s in ctx.report.sentences[last + 1:sentence.index + 1]:
        if s.paragraph != sentence.paragraph:
            continue
        named = _named_in(ctx, [s])
        if lex.shootout_words.search(s.folded):
            # (a shoot-out told without a club is the story's match's; one told of one of
            # its clubs is of both: "X hielt den ersten Elfmeter von Seraing", then "... Y
            # für Anderlecht")
            story = story_draft(ctx)
            clubs = set(story.match.clubs) if story else {""}
            shootout = shootout | (clubs if not named or named <= clubs else named)
            told = True
        elif shootout and named and not named & shootout:
            shootout = set()  # another match now
    ctx.shootout_walk = (sentence.paragraph, sentence.index, shootout, told)
    return bool(shootout) or not told


def draft_of_clubs(ctx: StoryState, sentence: Sentence, clubs: NamedClubs,
                   draft: Draft) -> Draft | None:
    """The match a goal or running score of this sentence belongs to. A round-up tells
    several matches, each in its own paragraphs: a sentence that names clubs, none of them
    of the story's match, tells the one other match of those clubs (None: a match not
    found); a sentence that names none belongs to the match of the clubs its paragraph
    named so far ("Les Zèbres ont pris la main. X a ouvert le score (0-1)"); in a
    round-up, none when that paragraph tells a match of other clubs."""
    mine = set(draft.match.clubs)
    named = {c for _, c in clubs} or _named_in(ctx, [sentence])
    if not named:
        earlier = [s for s in ctx.report.sentences[:sentence.index]
                   if s.paragraph == sentence.paragraph]
        named = _named_in(ctx, earlier)
        if not named or named & mine or len(ctx.drafts) < 2 and len(named) < 2:
            # (a one-match story names another club in passing; a paragraph that names
            # two others, none of the story's, tells their match)
            return draft
        # a round-up's paragraph about another match: that one, or one not found
    if named & mine:
        return draft
    others = [d for d in ctx.drafts if d is not draft and named & set(d.match.clubs)]
    return others[0] if len(others) == 1 else None


def _named_in(ctx: StoryState, sentences: list[Sentence]) -> set[str]:
    """The clubs the sentences name by name, nickname or town, each mention with every club
    it may stand for ("Bruges": Club or Cercle)."""
    return {c for s in sentences for m in ctx.mentions[s.index]
            if m.is_club and m.kind in ("alias", "nickname", "place") for c in m.candidates}


def _cancelled_after(ctx: StoryState, sentence: Sentence, name: str, at: int) -> bool:
    """"X brachte Eupen in Führung. 1:0? Nein. X stand im Abseits": one of the next three
    sentences of the paragraph puts the same player offside or calls the goal off; or the
    sentence goes on to it after a contrast ("X scoorde, maar de lijnrechter stak de vlag
    omhoog")."""
    surname = fold_name(name).split()[-1]
    cancelled = phrase_set(ctx.lexicon, "disallowed_words")
    rest = sentence.folded[at:]
    contrast = ctx.lexicon.contrast_words.search(rest)
    if contrast and not find_scores(rest[:contrast.start]) and \
            cancelled.search(rest[contrast.end:]):
        return True
    for later in ctx.report.sentences[sentence.index + 1:sentence.index + 4]:
        if later.paragraph != sentence.paragraph:
            break
        if re.search(rf"\b{re.escape(surname)}\b", later.folded) and \
                cancelled.search(later.folded):
            return True
    return False


def _of_another_time(ctx: StoryState, sentence: Sentence, names: list[NameMention]) -> bool:
    """"Vorig seizoen scoorde Claes twee keer tegen Dessel", "bij de vorige confrontatie
    trof hij raak": a sentence with no score of its own that opens, before any player, on
    last season, some days or years ago, or an earlier meeting, tells goals of another match
    than the story's (a time describing a club, "der Finalist der letzten Saison", does
    not date the goal)."""
    lex = ctx.lexicon
    folded = sentence.folded
    if find_scores(folded):
        return False
    first = min((n.start for n in names), default=len(folded))
    opening = folded[:first]
    attributes = phrase_set(lex, f"time_attribute_words:{ctx.report.lang}").values
    hits = [hit for words in (lex.last_season_words, lex.last_week_words,
                              phrase_set(lex, "days_ago_words"),
                              phrase_set(lex, "earlier_meeting_words"),
                              phrase_set(lex, "earlier_this_season_words"))
            for hit in words.find(opening)]
    return any(opening[:hit.start].split()[-1:] not in ([w] for w in attributes)
               for hit in hits) or years_ago(lex, ctx.report.lang, opening) is not None


def _draft_of_piece(ctx: StoryState, sentence: Sentence, name: NameMention,
                    clubs: NamedClubs, draft: Draft) -> Draft | None:
    """The match a player's goal words are about. A sentence of several results ("Genk won
    dankzij drie goals van X met 0-4 van Lommel en STVV klopte Eupen (1-6)"): the result
    of the player's own piece. A sentence that names only other clubs ("een late goal van X
    hielp Charleroi voorbij Westerlo") or credits the goal to another club ("zijn eerste
    voor Malinwa"): None, a match not told here."""
    lex = ctx.lexicon
    folded = sentence.folded
    starts = sorted(t.start for t in find_scores(folded))
    lo, hi = result_piece(folded, name.start, lex.coordinators.values, starts)
    in_piece = list(dict.fromkeys(c for m, c in clubs if lo <= m.start < hi))
    if ctx.sentence_draft is not None and in_piece and len(starts) > 1:
        here = [d for d in ctx.drafts if set(in_piece) <= set(d.match.clubs) and any(
            src.sentence == sentence.text for srcs in d.match.sources.values() for src in srcs)]
        if len(here) == 1:
            return here[0]
        if not here and not set(in_piece) & set(draft.match.clubs):
            return None
    credited = _credit_outside(lex, folded, name, clubs, draft.match.clubs)
    named = list(dict.fromkeys(c for _, c in clubs))
    if credited or named and not set(named) & set(draft.match.clubs) and (
            len(named) >= 2 or any(set(named) & set(d.match.clubs) for d in ctx.drafts
                                   if d is not draft)):
        return None
    return draft


def _credit_outside(lex: Lexicon, folded: str, name: NameMention, clubs: NamedClubs,
                    match_clubs: tuple[str, str]) -> bool:
    """"scoorde zijn eerste voor Malinwa" where Malinwa is neither club of the match."""
    for mention, club in clubs:
        if name.end <= mention.start <= name.end + 60 and club not in match_clubs:
            words = [w for w in folded[max(0, mention.start - 12):mention.start].split()
                     if w not in lex.articles]
            if words and words[-1] in lex.scorer_credit_words and not re.search(
                    r"[,;.]", folded[name.end:mention.start]):
                return True
    return False


def _credited_club(lex: Lexicon, folded: str, name: NameMention, reach: int,
                   clubs: NamedClubs, match_clubs: tuple[str, str]) -> str | None:
    """"scoorde ook Ndicka namens Oostende", "Boniface scoorde voor de thuisploeg": the club
    the player's own words credit the goal to."""
    for mention, club in clubs:
        if name.end <= mention.start <= name.end + reach and club in match_clubs:
            words = folded[max(0, mention.start - 12):mention.start].split()
            words = [w for w in words if w not in lex.articles]
            if words and words[-1] in lex.scorer_credit_words:
                return club
    return None


def _credits_of_later(lex: Lexicon, folded: str, name: NameMention, names: list[NameMention],
                      clubs: NamedClubs, match_clubs: tuple[str, str]) -> set[str]:
    """The clubs that later players' own words credit their goals to ("... et un triplé de
    Y pour les Pandas"): not the earlier player's club by being named in his sentence."""
    later = [o for o in names if o.start > name.end]
    found = set()
    for i, o in enumerate(later):
        reach = (later[i + 1].start if i + 1 < len(later) else len(folded)) - o.end
        club = _credited_club(lex, folded, o, reach, clubs, match_clubs)
        if club is not None:
            found.add(club)
    return found


def scorers_list(ctx: StoryState, sentence: Sentence, names: list[NameMention],
                 source: Source) -> bool:
    """A line listing the goals of the match being told ("Doelpunten: 84' Kumordzi 0-1,
    89' Vossen 0-2", "Buts : Dompé (17e), Refaelov (27e)"): each item is one goal, its
    running score says for which side. True when the sentence was such a line."""
    lex = ctx.lexicon
    folded = sentence.folded
    if not _scorers_line(lex, folded):
        return False
    draft = _draft_of_heading(ctx, sentence)
    if draft is None:
        return True
    m = draft.match
    body_start = folded.index(":") + 1
    previous = (0, 0)
    # every item a named goal whose running scores go up one goal at a time from 0-0: the
    # line lists the whole match, its last running score is the final one
    steps: list[tuple[int, int]] | None = []
    # items are cut at commas and "and" outside brackets ("Mertens (0-1, 12e), Janssens
    # (1-1, 70e) et Peeters (2-1, 88e)")
    for lo, hi in _list_items(lex, folded, body_start):
        text = folded[lo:hi]
        scores = find_scores(text)
        mine = [n for n in names if lo <= n.start < hi] or \
            (_listed_scorer(ctx, sentence, lo, hi) if scores else [])
        if steps is not None and mine and scores:
            steps.extend((s.first, s.second) for s in scores)
        else:
            steps = None
        if not mine:
            continue
        # one player's item with several running scores tells as many goals, each with
        # the minute after its score ("Dupont (2-3, 50e et 2-4, 58e)"); an item of two
        # players ("13' Dupont (1-0) 15' Peeters (2-0)") is read as one goal, its last
        each = scores[1:] if len(mine) == 1 else []
        goal_scores = scores if each else scores[-1:]
        cuts = [0, *(s.start for s in each), len(text)]
        for n, (piece_lo, piece_hi) in enumerate(zip(cuts, cuts[1:], strict=False)):
            piece = text[piece_lo:piece_hi]
            club = None
            running_score = None
            if goal_scores:
                running_score = (goal_scores[n].first, goal_scores[n].second)
                if running_score == (previous[0] + 1, previous[1]):
                    club = m.home
                elif running_score == (previous[0], previous[1] + 1):
                    club = m.away
                previous = running_score
            goal = Goal(player=ctx.names.canonical(mine[0].name), club=club,
                        own_goal=bool(lex.own_goal_words.search(piece)), sources=[source])
            _goal_details(lex, goal, piece)
            stamp = _ITEM_MINUTE.match(piece)
            if stamp and goal.minute is None and goal.when is None:
                goal.minute = int(stamp.group(1))  # "24e Dupont (1-0)", "63' Lambert (1-1)"
            _add_goal(ctx, draft, goal, running=running_score if club else None)
    if steps and draft.home_known and \
            all(b[0] + b[1] == a[0] + a[1] + 1 and b[0] >= a[0] and b[1] >= a[1]
                for a, b in zip([(0, 0), *steps], steps, strict=False)):
        # (running scores are home-first: with the home club unknown they say no score)
        set_once(m, "score", f"{steps[-1][0]}-{steps[-1][1]}", source)
    return True


def _listed_scorer(ctx: StoryState, sentence: Sentence, lo: int, hi: int) -> list[NameMention]:
    """The scorer of a scorers line's item with a running score whose name the sentence's
    reading left out as a word of its language ("71' Martinez (2-1)", in German, where nouns
    are capitalised too): the line's frame makes a capitalised word beside a minute and a
    running score a name, unless the language uses it alone or it describes someone."""
    lex = ctx.lexicon
    lang = ctx.report.lang or ""
    if not _ITEM_MINUTE.match(sentence.folded[lo:hi]):
        return []
    # (the item's own text only: a long line is read once, not once per item)
    blocked = [(m.start - lo, m.end - lo) for m in ctx.mentions[sentence.index]
               if lo <= m.start < hi]
    found = find_names(sentence.text[lo:hi], lex, blocked, lang)
    if len(found) != 1:
        return []
    if any(is_description(w, lex, lang, alone=False) for w in found[0].name.split()):
        return []  # "33' Eigentor (1-0)": a word of the language, not a name
    return [replace(found[0], start=found[0].start + lo, end=found[0].end + lo)]


def _list_items(lex: Lexicon, folded: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each item of a list from `start`: cut at commas, semicolons and
    coordinators outside brackets."""
    cut = _item_cut(lex)
    out, lo, depth = [], start, 0
    at = start
    while at < len(folded):
        ch = folded[at]
        depth += (ch == "(") - (ch == ")" and depth > 0)
        found = cut.match(folded, at) if depth == 0 else None
        if found:
            out.append((lo, at))
            lo = at = found.end()
            continue
        at += 1
    out.append((lo, len(folded)))
    return [(a, b) for a, b in out if folded[a:b].strip()]


@cache
def _item_cut(lexicon: Lexicon) -> re.Pattern[str]:
    """What parts the items of a list: a comma, a semicolon or a coordinator (built once
    per lexicon)."""
    joins = "|".join(re.escape(w) for w in sorted(lexicon.coordinators.values, key=len,
                                                  reverse=True))
    return re.compile(rf"[,;]|\s(?:{joins}|&)\s")


def _draft_of_heading(ctx: StoryState, sentence: Sentence) -> Draft | None:
    """The match a goals line lists: in a round-up, the one whose score the heading right
    above it gave ("Visé - Dessel 1-2 (a.p.)" then "Buts : ..."); none when that heading's
    match was not found; else the story's match. A line-up sheet right above or below the
    line names its match (each match of a round-up has its own)."""
    sheet = sheet_near(ctx.lineup_sheets, sentence.index)
    if sheet is not None and ctx.main and set(ctx.main.match.clubs) == set(sheet.pair):
        return ctx.main  # (not another leg of its tie the story told)
    if sheet is not None:
        return match_draft(ctx, ctx.season, ctx.round, None, sheet.pair, sheet.pair[0])
    if sentence.index == 0:
        return story_draft(ctx)
    above = ctx.report.sentences[sentence.index - 1]
    if above.paragraph == sentence.paragraph or not find_scores(above.folded):
        return story_draft(ctx)
    told = [d for d in ctx.drafts
            if any(src.sentence == above.text for src in d.match.sources.get("score", []))]
    if len(told) == 1:
        return told[0]
    return None if len(above.folded) < 100 else story_draft(ctx)


def _scorers_line(lex: Lexicon, folded: str) -> bool:
    """A line that lists the scorers ("Doelpunten: 84' Kumordzi, 89' Vossen", "Buts : ...")."""
    head = folded.split(":", 1)[0] if ":" in folded[:25] else ""
    return bool(head) and lex.scorers_labels.search(head) is not None


_SPLIT_VERBS: dict[tuple[int, str], re.Pattern[str] | None] = {}


def _split_goal_verb(lex: Lexicon, lang: str | None, text: str) -> bool:
    """A goal verb of several words split by a few others ("schonk de thuisploeg alsnog de
    zege", "verdubbelde kort na de pauze de voorsprong"): its first word, then its other
    words within five words. Only phrases opened by a verb (not "in het doel") whose other
    words hold a content word (not "maakte de", "zorgde voor de")."""
    key = (id(lex), lang or "")
    if key not in _SPLIT_VERBS:
        raw = lex.data.get("goal_verbs") or {}
        phrases = [fold_name(str(p)).split() for p in raw.get(lang or "", [])]
        prepositions = phrase_set(lex, f"split_verb_prepositions:{lang}").values
        parts = [rf"\b{re.escape(w[0])}(?:\s+\S+){{1,5}}?\s+{re.escape(' '.join(w[1:]))}\b"
                 for w in phrases if len(w) >= 2 and w[0] not in prepositions and
                 any(len(t) >= 3 and t not in lex.articles and t not in prepositions
                     for t in w[1:])]
        _SPLIT_VERBS[key] = re.compile("|".join(parts)) if parts else None
    found = _SPLIT_VERBS[key]
    return bool(found and found.search(text))


def _unfilled(fillers: PhraseSet, text: str) -> str:
    """The words without the adverbs inside a split verb ("opende wel de score")."""
    return re.sub(r"\s+", " ", "".join(
        part for i, part in enumerate(re.split(r"(?<![\w])(" + "|".join(
            re.escape(f) for f in sorted(fillers.values, key=len, reverse=True)) + r")(?![\w])",
            text)) if i % 2 == 0)) if fillers.values else text


_MARK_GAP = re.compile(r"\s*\(\d{1,3}(?:\+\d{1,2})?[.'e]?\)\s*")


def _via_agent(lex: Lexicon, folded: str, name: NameMention,
               names: list[NameMention]) -> bool | None:
    """"via X en Y kwam Virton op voorsprong", "les buts sont tombés via X (84e) et Y
    (89e)": a name after a goal agent word (or listed after one) in a clause that tells a
    goal is a scorer (True); `names` end with the clause ("... par X sur penalty avant que
    Y ne double la mise": Y's clause is his own). False when the words right after the
    name put the ball in ("schoot de bal via X in doel": a deflection). None when no agent
    word stands there."""
    agents = phrase_set(lex, "goal_agent_words")
    first = name
    while True:
        before = folded[max(0, first.start - 30):first.start]
        hit = agents.find(before)
        if hit and not before[hit[-1].end:].strip():
            break
        prev = [o for o in names if o.end <= first.start]
        if not prev:
            return None
        gap = _MARK_GAP.sub(" ", folded[prev[-1].end:first.start]).split()
        listed = gap == [","] and _list_closes(lex, folded, first, names)
        if not listed and (len(gap) != 1 or gap[0] not in lex.coordinators.values):
            return None  # ("via A, B en C": a comma joins when the list goes on to "en")
        first = prev[-1]
    after = _MARK_GAP.sub(" ", folded[name.end:name.end + 30]).lstrip()
    put_in = phrase_set(lex, "ball_in_words").search(after[:22])
    if put_in is not None and put_in.start == 0:
        return False
    sentence_piece = comma_piece(folded, first.start)
    piece_start = folded.find(sentence_piece)
    # (a list's commas do not end its piece)
    piece_end = max(piece_start + len(sentence_piece),
                    (_list_end(lex, folded, first, names) or first).end)
    sentence_piece = folded[piece_start:piece_end]
    last = name
    for o in [o for o in names if name.end <= o.start < piece_end]:
        gap = _MARK_GAP.sub(" ", folded[last.end:o.start]).split()
        if gap != [","] and (len(gap) != 1 or gap[0] not in lex.coordinators.values):
            return None  # "de bal ging via X naar Y, die ...": X built it up
        last = o
    opening = folded[piece_start:first.start]
    agent = agents.search(opening)
    if agent is not None and not opening[:agent.start].strip():
        # ", via X." closing a sentence: the clause before the comma tells what came of it
        # ("voordat Lokeren opnieuw op gelijke hoogte kwam, via X")
        sentence_piece = folded[max(0, piece_start - 60):piece_end]
    return bool(phrase_set(lex, "goal_agent_cues").search(sentence_piece) or
                lex.goal_verbs.search(sentence_piece) or find_scores(sentence_piece))


def _listed_after_goal_noun(lex: Lexicon, folded: str, name: NameMention,
                            names: list[NameMention]) -> bool:
    """"doelpunten van Yaremchuk en Rosted", "des buts d'Ito et de Bongonda": a name joined
    by "en"/"et" (and "de"/"van") to a name right after a goal noun; "goals van A, B en C":
    a comma joins too when the list goes on to a name joined by "en"/"et"."""
    before = [o for o in names if o.end <= name.start]
    if not before:
        return False
    prev = before[-1]
    gap = folded[prev.end:name.start].split()
    if gap == [","]:
        if not _list_closes(lex, folded, name, names):
            return False
    elif not gap or gap[0] not in lex.coordinators.values or len(gap) > 2 or \
            len(gap) == 2 and gap[1] not in lex.genitive_markers.values:
        return False
    return goal_noun_before(lex, folded[max(0, prev.start - 45):prev.start]) or \
        _listed_after_goal_noun(lex, folded, prev, names)


def _list_closes(lex: Lexicon, folded: str, name: NameMention,
                 names: list[NameMention]) -> bool:
    """A name after a comma is in a list only when the list goes on ("A, B en C", "A, B,
    C et D"), not when a new clause starts with it ("goals van A, B kreeg rood")."""
    return _list_end(lex, folded, name, names) is not None


def _list_end(lex: Lexicon, folded: str, name: NameMention,
              names: list[NameMention]) -> NameMention | None:
    """The last name of the list `name` stands in ("A, B en C": C), read on over commas up
    to the name after "en"/"et"/"und" (or "en de", "et de"); None when no such name closes
    it."""
    later = [o for o in names if o.start >= name.end]
    if not later:
        return None
    gap = folded[name.end:later[0].start].split()
    if gap == [","]:
        return _list_end(lex, folded, later[0], names)
    closes = 1 <= len(gap) <= 2 and gap[0] in lex.coordinators.values and \
        (len(gap) == 1 or gap[1] in lex.genitive_markers.values)
    return later[0] if closes else None


def _coordinated(lex: Lexicon, folded: str, name: NameMention,
                 names: list[NameMention]) -> NameMention | None:
    """The next name when only "en"/"et"/"and" stands between the two, and the first opens
    its phrase as a subject ("brought down Diallo and Aydın sent him..." is no pair)."""
    piece = comma_piece(folded, name.start)
    head = folded[folded.find(piece):name.start].split()
    later = [o for o in names if o.start > name.start]
    if len(head) <= 1 and later and \
            folded[name.end:later[0].start].strip() in lex.coordinators.values:
        return later[0]
    if len(head) <= 1 and later and folded[name.end:later[0].start].strip() == ",":
        # "A, B, C und D erzielten die Treffer": the subjects of a list share the verb
        # after its last name
        return _list_end(lex, folded, later[0], names)
    return None


def _sentence_goal(ctx: StoryState, draft: Draft, sentence: Sentence,
                   names: list[NameMention], clubs: NamedClubs, source: Source) -> None:
    """"Les visiteurs ont ouvert la marque : à la 41e minute, Vanneste a placé une tête":
    a goal phrase, one player and nothing that takes it back make that player's goal."""
    lex = ctx.lexicon
    folded = sentence.folded
    if find_scores(folded) or negated(lex, folded, ctx.report.lang) or \
            lex.card_words.search(folded):
        return
    phrase = lex.goal_verbs.search(folded) or lex.goal_nouns.search(folded)
    players = [n for n in names if eligible(ctx, folded, n, names)]
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
                club=club or (None if own else club_of_scorer(
                    ctx, draft, n, clubs, folded)), own_goal=own, sources=[source])
    _goal_details(lex, goal, folded)
    _add_goal(ctx, draft, goal, running=None)


def _goal_details(lexicon: Lexicon, goal: Goal, folded: str) -> None:
    minutes = find_minutes(folded)
    if minutes and goal.minute is None:
        pos, minute = minutes[0]
        goal.when = stoppage_time(folded, pos)
        if goal.when is None:
            goal.minute = minute
    if goal.minute is None and goal.when is None:
        goal.when = vague_time(folded, lexicon)
    if lexicon.header_words.search(folded):
        goal.header = True
    if lexicon.penalty_words.search(folded) and not lexicon.shootout_words.search(folded) \
            and not lexicon.miss_words.search(folded):
        goal.penalty = True
    if lexicon.own_goal_words.search(folded):
        goal.own_goal = True


def _told_in_another_match(ctx: StoryState, draft: Draft, player: str) -> bool:
    """A round-up's player named beside two other clubs and never beside this match's
    ("X est allé s'imposer à Y grâce à un triplé de Z"): his goals are of that match, even
    where a later sentence names no club ("Z a ouvert la marque (7e, 0-1)")."""
    lex = ctx.lexicon
    mine = set(draft.match.clubs)
    elsewhere = False
    for s in _sentences_naming(ctx, fold_name(player).split()[-1]):
        named = _named_in(ctx, [s])
        if named & mine:
            return False
        elsewhere = elsewhere or len(named) >= 2 and bool(
            lex.win.search(s.folded) or lex.lose.search(s.folded) or find_scores(s.folded)
        ) and not lex.future_words.search(s.folded)
    return elsewhere


def _sentences_naming(ctx: StoryState, word: str) -> list[Sentence]:
    """The report's sentences that hold a folded word as a whole word, in order."""
    sentences = ctx.report.sentences
    if not re.fullmatch(r"\w+", word):
        # (a word with an apostrophe or a hyphen is no single token of the index)
        found = re.compile(rf"\b{re.escape(word)}\b")
        return [s for s in sentences if found.search(s.folded)]
    if ctx.word_sentences is None:
        ctx.word_sentences = {}
        for s in sentences:
            for token in dict.fromkeys(re.findall(r"\w+", s.folded)):
                ctx.word_sentences.setdefault(token, []).append(s.index)
    return [sentences[i] for i in ctx.word_sentences.get(word, [])]


def _add_goal(ctx: StoryState, draft: Draft, goal: Goal,
              running: tuple[int, int] | None, distinct: bool = False,
              scored_here: bool = False) -> None:
    """Add a goal, or complete the goal it restates: the same player with the same running
    score or minute, else a goal of his still without details, else (unless the text says
    it is another one) a goal of his that does not contradict it."""
    if _told_in_another_match(ctx, draft, goal.player):
        return
    mine = [g for g in draft.match.goals if same_person(g.player, goal.player)]
    known = None
    if running is not None:
        known = next((g for g in mine if draft.goal_running.get(id(g)) == running), None)
    if known is None and goal.minute is not None:
        known = next((g for g in mine if g.minute == goal.minute), None)
    if known is None:
        # the same player's goal read twice from one sentence (by its score, by its verb)
        said = {s.sentence for s in goal.sources}
        known = next((g for g in mine if g.minute in (None, goal.minute) and
                      said & {s.sentence for s in g.sources}), None)
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
        if goal.club is not None:
            draft.running_goals.append(goal)  # its club turns with the match's home
        draft.told += 1
    elif goal.club in draft.match.clubs and not draft.goal_running and not scored_here:
        # a goal told in words moves the running score on, so "de 2-0" next is one step
        i = draft.match.clubs.index(goal.club)
        r = list(draft.running)
        r[i] += 1
        draft.running = (r[0], r[1])
        draft.told += 1


def complete_goal_clubs(m: Match) -> None:
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
