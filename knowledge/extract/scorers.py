"""Who scored and for which club: the players who can be scorers, the words that take a goal
back (a miss, a chance, "maar"), the scorer of a running score and the scorer's club."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from knowledge.extract.clauses import (
    around_name,
    clause_start,
    is_object,
    shifted,
    split_clauses,
)
from knowledge.extract.clubs import ClubMention
from knowledge.extract.people import NameMention
from knowledge.extract.scores import ScoreToken, find_minutes, find_scores
from knowledge.extract.state import Draft, NamedClubs, StoryState, previous_sentence
from knowledge.lexicon import Lexicon, PhraseSet, phrase_set
from knowledge.report import Sentence
from knowledge.text import fold as fold_text

_ENDINGS: dict[tuple[int, str], tuple[str, ...]] = {}


def _endings(lexicon: Lexicon, key: str, spaced: bool = False) -> tuple[str, ...]:
    """A word family as a tuple for one `str.endswith` (a name is checked against each
    family once: a loop over the words for every name costs a long report seconds)."""
    found = _ENDINGS.get((id(lexicon), key + "+" * spaced))
    if found is None:
        # (a family the lexicon keeps as an attribute, or one read from its data)
        family = getattr(lexicon, key, None) or phrase_set(lexicon, key)
        words = family.values
        # spaced: a whole word, after a space or an elided article ("l'exclusion de")
        prefixes = (" ", "'") if spaced else ("",)
        found = _ENDINGS[(id(lexicon), key + "+" * spaced)] = tuple(
            p + w for w in words for p in prefixes)
    return found


def keeper_context(lexicon: Lexicon, folded: str, name: NameMention) -> bool:
    """A name right after "onhoudbaar voor", "parade de", "save from": a keeper; also with
    an article and perhaps one word between ("voorbij een machteloze X", "past the
    stranded X")."""
    before = folded[max(0, name.start - 22):name.start].rstrip()
    keeper = _endings(lexicon, "keeper_context")
    if before.endswith(keeper):
        return True
    words = folded[max(0, name.start - 60):name.start].split()
    articles = _all_articles(lexicon)
    for cut in (1, 2):
        if len(words) > cut and words[-cut] in articles:
            return " ".join(words[:-cut]).endswith(keeper)
    return False


@cache
def _all_articles(lexicon: Lexicon) -> frozenset[str]:
    """Definite and indefinite articles of every language."""
    return frozenset(lexicon.articles) | frozenset(
        phrase_set(lexicon, "indefinite_articles").values)


def of_language(lexicon: Lexicon, key: str, lang: str | None) -> PhraseSet:
    """A family's words of one report language: "pas" denies in French but means "only" in
    Dutch ("won pas dankzij een doelpunt van X"), "fast" is "almost" only in German."""
    raw = lexicon.data.get(key)
    if lang is None or not isinstance(raw, dict) or lang not in raw:
        # (a family the Lexicon does not compile itself is compiled whole)
        return getattr(lexicon, key) if hasattr(lexicon, key) else phrase_set(lexicon, key)
    return phrase_set(lexicon, f"{key}:{lang}")


def negated(lexicon: Lexicon, clause: str, lang: str | None = None) -> bool:
    """A clause that tells a miss, denies, only imagines or wishes what it says."""
    return bool(lexicon.miss_words.search(clause) or
                _denies(lexicon, clause, lang) or
                of_language(lexicon, "hypothetical_words", lang).search(clause) or
                of_language(lexicon, "goal_wish_words", lang).search(clause))


def negated_goal(lexicon: Lexicon, text: str, lang: str | None = None) -> bool:
    """`negated` judged on the coordinated pieces that tell the goal: "Peeters aarzelde geen
    moment en legde de 2-0 binnen" denies the doubt, not the goal."""
    cuts = [0] + [h.start for h in lexicon.coordinators.find(text)] + [len(text)]
    pieces = [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    telling = [p for p in pieces if lexicon.goal_verbs.search(p) or
               lexicon.goal_nouns.search(p) or find_scores(p)]
    if not telling or len(pieces) == 1:
        return negated(lexicon, text, lang)
    return any(negated(lexicon, p, lang) for p in telling)


def _denies(lexicon: Lexicon, clause: str, lang: str | None) -> bool:
    """A negation in the clause. A French "ne" without "pas" denies only before "pouvoir",
    "savoir", "oser" ("X ne put concrétiser") or with "plus", "rien" after it; else it is
    expletive or "only" ("avant que X ne double la mise", "n'a marqué qu'une fois")."""
    for hit in of_language(lexicon, "negations", lang).find(clause):
        if lang is None or hit.phrase not in phrase_set(lexicon, f"bare_ne_words:{lang}").values:
            return True
        after = clause[hit.end:].replace("'", " ").split()[:4]
        verbs = phrase_set(lexicon, f"bare_ne_verbs:{lang}").values
        completers = phrase_set(lexicon, f"bare_ne_completers:{lang}").values
        if after[:1] and after[0] in verbs or set(after) & set(completers):
            return True
    return False


def undone_later(ctx: StoryState, folded: str, pos: int, chances_only: bool = False) -> bool:
    """"X had zijn tweede op de voet, maar kreeg de bal niet binnen": the next clause,
    opened by "maar"/"mais"/"but", takes the goal back."""
    pieces = split_clauses(folded, ctx.splitter)
    for i, c in enumerate(pieces[:-1]):
        if c.start <= pos < c.end:
            nxt = pieces[i + 1]
            joined = folded[c.end:nxt.start]
            # a score is taken back only by a miss ("maar kan niet kaderen"); a goal also by
            # any negation ("maar kreeg de bal niet binnen")
            undone = (ctx.lexicon.miss_words.search(nxt.folded) is not None if chances_only
                      else _takes_goal_back(ctx.lexicon, nxt.folded, ctx.report.lang))
            return bool(ctx.lexicon.contrast_words.search(joined + " " + nxt.folded[:8])
                        and undone)
    return False


def _takes_goal_back(lexicon: Lexicon, clause: str, lang: str | None = None) -> bool:
    """A clause after "maar" that undoes a goal: a miss or cancelled goal ("maar de goal
    werd afgekeurd"), the unreal, or a negated shot ("maar kreeg de bal niet binnen") -
    not any negation ("scoorde nog, maar verder kwamen de bezoekers niet")."""
    if lexicon.miss_words.search(clause) or \
            of_language(lexicon, "hypothetical_words", lang).search(clause):
        return True
    return bool(of_language(lexicon, "negations", lang).search(clause) and (
        lexicon.goal_verbs.search(clause) or lexicon.goal_nouns.search(clause) or
        lexicon.shot_words.search(clause) or phrase_set(lexicon, "ball_words").search(clause)))


# how far before a name its words are read (a role, an assist, a card)
_BEFORE_REACH = 45


def _words_before(folded: str, name: NameMention) -> str:
    """The words right before a name, after a space (for whole-word endings)."""
    return " " + folded[max(0, name.start - _BEFORE_REACH):name.start].rstrip()


def names_a_place(lexicon: Lexicon, folded: str, name: NameMention) -> bool:
    """The words before a capitalised word make it a place ("du côté de Biesme", "samedi
    à Seraing", "op bezoek in Wetteren")."""
    before = _words_before(folded, name)
    return before.endswith(_endings(lexicon, "place_before_names", spaced=True))


def eligible(ctx: StoryState, folded: str, name: NameMention,
             names: Sequence[NameMention] = ()) -> bool:
    """A name that can be a scorer here: not a keeper, coach or referee, not the keeper
    beaten ("onhoudbaar voor X") and not the one who gave the assist (with the sentence's
    `names`: not when another name stands between the assist and him)."""
    if name.role in ("goalkeeper", "coach", "referee") or \
            keeper_context(ctx.lexicon, folded, name):
        return False
    full = ctx.names.canonical(name.name)
    if any(p.name == full and p.role in ("goalkeeper", "coach", "referee")
           for p in ctx.facts.people):
        return False  # named as keeper or coach earlier in the report
    before = _words_before(folded, name)
    if _scores_in_relative(ctx.lexicon, folded, name):
        return True  # "vervangen door X, die tien minuten later de 1-0 maakte"
    if before.endswith(_endings(ctx.lexicon, "sent_off_words", spaced=True)):
        return False  # "après l'expulsion de Lucumi": a red card, not a goal
    if names_a_place(ctx.lexicon, folded, name):
        return False  # "du côté de Biesme (0-2)": a place (an unlisted club's town)
    if any(before.endswith(" " + w) for w in phrase_set(ctx.lexicon, "speech_before_names").values):
        return False  # "..., zegt Verstraete": the one who speaks about the goals
    after = folded[name.end:name.end + 14]
    if any(after.startswith(" " + w) for w in phrase_set(ctx.lexicon, "team_after_names").values):
        return False  # "verloor van Verstraete en co": the player stands for his team
    going = phrase_set(ctx.lexicon, "off_after_names").search(folded[name.end:name.end + 50])
    if going and not folded[name.end:name.end + going.start].strip():
        return False  # "X werd in de 70e minuut vervangen": he went off
    # his own words, up to the next name, piece or score
    later = [o.start for o in names if o.start > name.start]
    own = re.split(r"[,;:]\s|\d\s?[-:]\s?\d", folded[name.end:min([name.end + 70] + later)])[0]
    if phrase_set(ctx.lexicon, "beaten_after_names").search(own):
        return False  # "X moest zich omdraaien: 1-0": the keeper beaten, not the scorer
    if own.lstrip().startswith(tuple(phrase_set(ctx.lexicon, "wrong_footed_after_names").values)):
        return False  # "Y die X op het verkeerde been zette: 2-0": the keeper
    if any(before.endswith(" " + w) for w in phrase_set(ctx.lexicon, "entry_before_names").values):
        return False  # "peu après l'entrée au jeu de Dupont (61e)": a substitute coming on
    if any(before.endswith(" " + w) for w in phrase_set(ctx.lexicon, "error_before_names").values):
        return False  # "une bévue de Vandevelde a permis ...": the one who erred
    # "un tir dévié par Martin et Lebrun": the ones the ball touched on its way in (the
    # name after "X et" too)
    words = before.split()
    joined = " ".join(words[:-2]) if words[-1:] and \
        words[-1] in ctx.lexicon.coordinators.values else before
    deflection = _endings(ctx.lexicon, "deflection_before_names", spaced=True)
    if before.endswith(deflection) or joined.endswith(deflection):
        return False
    # "na een hoekschop van de pas ingevallen Vos": a few words may stand between (not
    # the giver: "na een assist van Maes werkte Peeters ...")
    # where `before` starts (after its added space)
    start = max(0, name.start - _BEFORE_REACH) - 1
    for hit in ctx.lexicon.assist_words.find(before):
        # (not when his own goal verb stands between: "Für Eupen traf Peeters")
        if len(before[hit.end:].split()) <= 2 and not re.search(r"[,.;:]", before[hit.start:]) \
                and not any(start + hit.end <= o.start < name.start for o in names) \
                and not ctx.lexicon.goal_verbs.search(before[hit.end:]):
            return False
    if _assist_noun_before(ctx.lexicon, before):
        return False  # "un centre millimétré de Dompé": the one who gave the ball
    return not acts_otherwise(ctx, folded, name)


def _scores_in_relative(lexicon: Lexicon, folded: str, name: NameMention) -> bool:
    """A relative clause right after the name that tells a goal (", die later de 1-0
    maakte", ", qui a marqué"): whatever the words before the name made him (a substitute
    coming on, a player served), he scored."""
    found = re.match(r",\s+([\w']+)\s+([^,;.]*)", folded[name.end:name.end + 90])
    told = found.group(2) if found else ""
    return bool(found and found.group(1) in phrase_set(lexicon, "relative_pronouns").values
                and (lexicon.goal_verbs.search(told) or lexicon.goal_nouns.search(told) or
                     lexicon.running_verbs.search(told) and find_scores(told)))


def acts_otherwise(ctx: StoryState, folded: str, name: NameMention) -> bool:
    """A name that fouled ("fauché par X", "poussait X à la faute"), passed the ball ("door X
    weggestuurd") or, as referee, gave the penalty ("X a accordé le penalty"): he has a part
    in the goal, not the goal."""
    before = _words_before(folded, name)
    after = folded[name.end:name.end + 40].lstrip()
    # (the verb before a name, perhaps with his role between: "verursachte Verteidiger X")
    verbs = phrase_set(ctx.lexicon, "foul_verbs_before_names").values
    return any(before.endswith(" " + w)
               for w in phrase_set(ctx.lexicon, "foul_before_names").values) or \
        any(w in verbs for w in before.split()[-2:]) or \
        any(after.startswith(w) for w in phrase_set(ctx.lexicon, "referee_verbs").values) or \
        any(after.startswith(w) for w in phrase_set(ctx.lexicon, "foul_after_names").values) or \
        any(after.startswith(w) for w in phrase_set(ctx.lexicon, "assist_after_names").values)


def _assist_noun_before(lexicon: Lexicon, before: str) -> bool:
    """An assist noun, at most one word (an adjective) and its preposition right before a
    name ("un centre millimétré de", "een fraaie voorzet van")."""
    return _pass_noun_pattern(lexicon).search(before) is not None


@cache
def _pass_noun_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The pattern of `_assist_noun_before`, built once per lexicon (asked for every name)."""
    nouns = "|".join(re.escape(n) for n in phrase_set(lexicon, "pass_nouns").values)
    after = "|".join(re.escape(w) for w in phrase_set(lexicon, "pass_noun_prepositions").values)
    return re.compile(rf"\b(?:{nouns})(?:\s+[\w'-]+)?\s+(?:{after})\s*$")


def _assisted(ctx: StoryState, folded: str, name: NameMention) -> bool:
    """A name right after an assist word ("un centre de X", "voorzet van X")."""
    before = folded[max(0, name.start - _BEFORE_REACH):name.start].rstrip()
    return any(len(before[hit.end:].split()) <= 1 for hit in ctx.lexicon.assist_words.find(
        before))


def pronoun_scorers(ctx: StoryState, sentence: Sentence,
                    names: list[NameMention]) -> list[NameMention]:
    """"hij scoorde", "il a marqué": the pronoun stands for the player last named."""
    if not ctx.last_player:
        return []
    out = []
    for hit in ctx.lexicon.pronouns.find(sentence.folded):
        if any(n.start < hit.start and eligible(ctx, sentence.folded, n) for n in names):
            continue  # a player named earlier in the sentence is the subject
        out.append(NameMention(hit.start, hit.end, ctx.last_player))
    opening = _demonym_subject(ctx.lexicon, sentence.folded)
    # "L'Anglais Chris Burgess a marqué": the demonym describes the name right after it
    if opening and sentence.text[opening + 1:opening + 2].islower() and \
            not any(n.start <= opening + 1 for n in names):
        out.append(NameMention(0, opening, ctx.last_player))
    return out


def _demonym_subject(lexicon: Lexicon, folded: str) -> int:
    """"L'Israélien égalise", "De Tunesiër werkte binnen": a sentence opened by one
    nationality (singular, after "le"/"l'"/"de"/"the"/"der") speaks of the player last named,
    like a pronoun; the end of that subject, else 0."""
    found = re.match(r"(?:le |l'|de |the |der )([a-z]+)\b", folded)
    if found is None or found.group(1) not in lexicon.demonyms:
        return 0
    return found.end()


def goal_noun_before(lexicon: Lexicon, before: str) -> bool:
    """"doelpunt van X", "but de la tête de X", "goal in de 92e minuut van X": a goal noun
    shortly before the name, with no other name or stop in between."""
    hits = lexicon.goal_nouns.find(before)
    if not hits:
        return False
    gap = before[hits[-1].end:]
    return len(gap) <= 28 and not re.search(r"[.,;:!?]", gap)


def own_reach(lex: Lexicon, folded: str, name: NameMention,
              club_mentions: Sequence[ClubMention], reach: int) -> int:
    """How far after `name` (counted from its end, at most `reach`) his own words go: not
    into a clause a club opens after his miss, nor into goal words an agent word hands to
    the next name."""
    reach = min([reach] + _club_clause_after_miss(lex, folded, name, club_mentions))
    return min(reach, _goal_words_of_agent(lex, folded, name, reach))


def _club_clause_after_miss(lex: Lexicon, folded: str, name: NameMention,
                            club_mentions: Sequence[ClubMention]) -> list[int]:
    """Where a piece opened by a coordinator and a club starts after a name that missed,
    counted from the name's end: "X a raté une occasion et Lommel a égalisé par Y" (the
    goal words after "et Lommel" are not X's; in "X nahm sich Zeit und brachte Anderlecht in
    Führung" nothing says X missed, and the club is the object of his goal)."""
    starts = []
    for m in club_mentions:
        if m.start <= name.end:
            continue
        words = folded[name.end:m.start].split()
        if words and words[-1] in lex.articles:
            words = words[:-1]
        if len(words) >= 2 and words[-1] in lex.coordinators.values:
            at = folded.rfind(words[-1], name.end, m.start)
            if lex.miss_words.search(folded[name.end:at]):
                starts.append(at - name.end)
    return starts


def _goal_words_of_agent(lex: Lexicon, folded: str, name: NameMention, reach: int) -> int:
    """Where the goal words that an agent word hands to the next name start, counted from
    `name`'s end ("X ..., puis Genk prit l'avance par Y": the goal is Y's); `reach`
    (up to the next name) when there are none."""
    gap = folded[name.end:name.end + reach]
    agents = phrase_set(lex, "goal_agent_words").find(gap)
    if not agents or gap[agents[-1].end:].strip():
        return reach
    verbs = lex.goal_verbs.find(gap[:agents[-1].end])
    return verbs[-1].start if verbs else reach


def scorer_for_running(ctx: StoryState, sentence: Sentence, names: list[NameMention],
                       token: ScoreToken) -> tuple[str, bool, Sentence, int] | None:
    """The scorer of a running score, by evidence: the player of an own-goal phrase; a
    player right next to the score ("de 1-0 van X", "2-0! X"); the one player named with
    a goal word; the only player named; else the shooter of the sentence before."""
    lex = ctx.lexicon
    folded = sentence.folded
    lo, hi = _stretch_of_score(folded, token)
    own = next((h for h in lex.own_goal_words.find(folded) if lo <= h.start < hi), None)
    if own:
        # (not the player whose cross he turned in: "dévié un centre de X dans son propre but")
        before = [n for n in names if lo <= n.start < own.start
                  and not _assisted(ctx, folded, n)]
        if before:
            return ctx.names.canonical(before[-1].name), True, sentence, before[-1].start
    candidates = [n for n in names if eligible(ctx, folded, n, names)]
    candidates = [n for n in candidates if not _served_a_later(lex, folded, n, names)]
    # "X (35e, 0-1) avait ouvert le score, mais Y (80e, 1-1) ...": a player whose own
    # bracket holds another score scored that one, not this one
    candidates = [n for n in candidates if not _own_bracket_scores_else(folded, n, token)]
    # "X a donné l'avance (65e, 1-0) et Y a égalisé (69e, 1-1)": a player with another
    # score between his name and this one is that score's man, also when Y is no name found
    between = [t.start for t in find_scores(folded) if t.start < token.start]
    told_before = [n for n in candidates if any(n.end <= at for at in between)]
    candidates = [n for n in candidates if n not in told_before]
    if told_before and not candidates:
        return None
    # each player's own words: from his name to the next name ("X brought down Y and Z
    # sent him the wrong way to make it 1-1": the goal words are Z's)
    starts = sorted(n.start for n in names)
    part = {n.start: folded[n.start:next((s for s in starts if s > n.start), len(folded))]
            for n in candidates}
    # "X gâcha une occasion (54e) et Genk égalisait par Y (55e, 1-1)", "X ..., puis Genk
    # prit l'avance par Y (24e, 1-0)": X's words stop before the goal words that are not his
    club_mentions = [m for m in ctx.mentions[sentence.index] if m.is_club]
    for n in candidates:
        said = n.end - n.start
        part[n.start] = part[n.start][:said + own_reach(lex, folded, n, club_mentions,
                                                        len(part[n.start]) - said)]
    lang = ctx.report.lang
    clean = [n for n in candidates if not negated_goal(lex, part[n.start], lang)]
    verb_second = ctx.report.lang in lex.verb_second_languages
    worded = [n for n in clean if lex.goal_verbs.search(part[n.start])
              or lex.goal_nouns.search(part[n.start]) or verb_second and lex.goal_verbs.search(
                  around_name(folded[max(0, n.start - 25):n.start],
                              part[n.start][len(n.name):]))]
    if len({n.name for n in worded}) == 1:
        # the one player with goal words ("1-0. Verbist zet voor en Traoré kopt binnen")
        return ctx.names.canonical(worded[0].name), False, sentence, worded[0].start
    # "le ballon est parvenu à X (47e, 0-1)": no goal words, the player whose own bracket
    # holds this score
    # (a bracket is his whatever the rest of his words deny: "X (69e, 1-2) n'a pas suffi")
    bracketed = [n for n in candidates if own_bracket_holds(folded, n, token)]
    if len(bracketed) == 1 and not worded:
        return ctx.names.canonical(bracketed[0].name), False, sentence, bracketed[0].start
    near = [n for n in candidates if 0 <= n.start - token.end <= 12
            or n.end <= token.start and re.fullmatch(r"\s*[:(]?\s*", folded[n.end:token.start]) or
            folded[token.end:n.start].strip() in lex.agent_words.values]
    if near and not worded:
        return ctx.names.canonical(near[0].name), False, sentence, near[0].start
    if len({n.name for n in clean}) == 1 and len(candidates) == 1 and \
            clause_start(folded, clean[0].start, lex.clause_splitter(ctx.report.lang)) \
            <= token.start:
        # the only player named, in the score's own clause ("na de 3-0, terwijl bij Lommel
        # vlaggen met X wapperden": another clause tells of him)
        return ctx.names.canonical(clean[0].name), False, sentence, clean[0].start
    if candidates:
        return None
    pronoun = pronoun_scorers(ctx, sentence, names)
    if pronoun:
        return pronoun[0].name, False, sentence, pronoun[0].start
    prev = previous_sentence(ctx, sentence)
    if prev is None:
        return None
    if find_scores(prev.folded):
        # a sentence that told its own score told its own goal: its scorer is no shooter
        # left for this one ("X opened the score (0-1). The hosts levelled (1-1).")
        return None
    prev_names = ctx.names_found[prev.index]
    shooters = [n for n in prev_names if eligible(ctx, prev.folded, n, prev_names)]
    if len(shooters) == 1 and (lex.shot_words.search(prev.folded) or
                               lex.goal_verbs.search(prev.folded)) and \
            not negated(lex, prev.folded, lang):
        return ctx.names.canonical(shooters[0].name), False, prev, shooters[0].start
    return None


def _stretch_of_score(folded: str, token: ScoreToken) -> tuple[int, int]:
    """The part of a sentence that tells one running score: from the score before it to
    its own bracket's end or the next score ("X (30e, 0-1), Y (64e, 0-2) et Z (csc 88e,
    1-2)": the own goal is Z's, not told of the 0-2)."""
    scores = find_scores(folded)
    lo = max((t.end for t in scores if t.end <= token.start), default=0)
    bracket = next((b for b in _BRACKETS.finditer(folded)
                    if b.start() < token.start and token.end < b.end()), None)
    if bracket is not None:
        return lo, bracket.end()
    return lo, min((t.start for t in scores if t.start >= token.end), default=len(folded))


def _served_a_later(lex: Lexicon, folded: str, name: NameMention,
                    names: list[NameMention]) -> bool:
    """"X bediende Y", "toen X ... Y (33.) bediende", "X a servi Y": an active pass verb in
    the clause of two players (after the first, before the clause ends; Dutch puts it last
    in a subordinate clause) makes the first the passer."""
    later = [o for o in names if o.start > name.start]
    if not later or re.search(r"[,;:]\s", _BRACKETS.sub(
            lambda b: "_" * len(b.group()), folded[name.end:later[0].start])):
        return False  # the next player is in another clause
    stop = re.search(r"[.;!?](?:\s|$)", folded[later[0].end:])
    stretch = folded[name.end:later[0].end + (stop.start() if stop else len(folded))]
    agents = phrase_set(lex, "agent_words").values
    return any(not any(stretch[hit.end:].lstrip().startswith(a + " ") for a in agents)
               for hit in phrase_set(lex, "assist_verbs").find(stretch))


_BRACKETS = re.compile(r"\([^()]*\)")


def _own_bracket(folded: str, name: NameMention) -> tuple[int, int, str] | None:
    """(start, end, text) of a short bracket right after the name ("X (35e, 0-1)")."""
    bracket = re.match(r"\s*\([^()]{0,40}\)", folded[name.end:name.end + 48])
    if bracket is None:
        return None
    return name.end + bracket.start(), name.end + bracket.end(), bracket.group(0)


def own_bracket_holds(folded: str, name: NameMention, token: ScoreToken) -> bool:
    """The bracket right after the name holds the score at `token` and a minute."""
    bracket = _own_bracket(folded, name)
    return bracket is not None and bracket[0] <= token.start < bracket[1] and \
        bool(find_minutes(bracket[2]))


def _own_bracket_scores_else(folded: str, name: NameMention, token: ScoreToken) -> bool:
    """The bracket right after the name holds a score, and not the one at `token`."""
    bracket = _own_bracket(folded, name)
    return bracket is not None and bool(find_scores(bracket[2])) and \
        not bracket[0] <= token.start < bracket[1]


def club_of_scorer(ctx: StoryState, draft: Draft, name: NameMention, clubs: NamedClubs,
                   clause: str, own_words: str | None = None) -> str | None:
    """The club a goal counts for: the player's club from his earlier goals, the only side
    that scored, the side whose goals are not all told yet, else the club the clause names
    (its subject, or the opponent of the club it plays against). `own_words` are the
    player's own (up to the next name), when the clause tells other players too."""
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
        # "het winnende doelpunt", "the winner": the goal of the club that won (the words
        # of this player: "X maakte gelijk en Y scoorde het winnende doelpunt")
        if h != a and ctx.lexicon.winning_goal_words.search(
                clause if own_words is None else own_words):
            return m.home if h > a else m.away
        # told in order: once one side's goals are all told, the next goal is the other's
        # (only when the running score was told goal by goal, not stated)
        if sum(draft.running) == draft.told:
            if draft.running[0] >= h and draft.running[1] < a:
                return m.away
            if draft.running[1] >= a and draft.running[0] < h:
                return m.home
    in_clause = [(mention, c) for mention, c in clubs if c in m.clubs and
                 clause.find(fold_text(mention.text)) >= 0]
    own = [c for mention, c in in_clause if not is_object(ctx.lexicon, clause, shifted(
        mention, clause.find(fold_text(mention.text))))]
    if len(set(own)) > 1:
        return None  # "l'unique réalisation de la rencontre entre Eupen et Lierse": either side's
    if own and phrase_set(ctx.lexicon, "concede_words").search(clause):
        # "Lierse incasseerde een tweede goal van X": the subject let the goal in
        return next((c for c in m.clubs if c != own[0]), None)
    if own:
        return own[0]
    for mention, club in in_clause:
        before = " " + clause[:clause.find(fold_text(mention.text))].rstrip()
        if ctx.lexicon.facing_words.search(before[-12:]) or any(
                before.endswith(" " + w) for w in ctx.lexicon.against_words.values):
            # "un triplé contre le FC Bruges": the club named is the opponent
            return next((c for c in m.clubs if c != club), None)
    return None


def own_goal_club(ctx: StoryState, draft: Draft, name: NameMention, clubs: NamedClubs,
                  clause: str) -> str | None:
    """The club an own goal counts for: the other club than the player's ("eigen doelpunt
    van Kortrijk-verdediger Coucke"), or the clause's subject ("Charleroi a égalisé grâce
    à un but contre son camp de Dewulf")."""
    m = draft.match
    own_club = ctx.registry.ending(name.role_club_text) if name.role_club_text else None
    if own_club and own_club.name in m.clubs:
        return next(c for c in m.clubs if c != own_club.name)
    mine = _club_of_role(ctx, name, clubs, clause)
    if mine in m.clubs:
        return next(c for c in m.clubs if c != mine)
    for mention, club in clubs:
        pos = clause.find(fold_text(mention.text))
        if club in m.clubs and 0 <= pos < clause.find(fold_text(name.name).split()[0]) \
                and not is_object(ctx.lexicon, clause, shifted(mention, pos)):
            return club
    return None


def _club_of_role(ctx: StoryState, name: NameMention, clubs: NamedClubs,
                  clause: str) -> str | None:
    """"le défenseur de Deinze Boone", "de verdediger van Lierse Peeters": the club named
    after a role word and "de"/"van" right before the player is his own."""
    at = clause.find(fold_text(name.name))
    for mention, club in clubs:
        pos = clause.find(fold_text(mention.text))
        if pos < 0 or not 0 <= at - (pos + len(mention.text)) <= 2:
            continue
        words = clause[max(0, pos - 30):pos].split()
        if len(words) >= 2 and words[-1] in ctx.lexicon.genitive_markers.values and \
                ctx.lexicon.roles.find(words[-2]):
            return club
    return None
