"""Each intent's answer over a richer KB: extra time, penalties, conflicts, finals, counts."""

from __future__ import annotations

import pytest

from handlers.answer import Answer
from handlers.engine import Responder
from knowledge.clubs import ClubRegistry
from knowledge.index import KnowledgeIndex
from knowledge.model import Facts
from tests.handlers.rich_kb import rich_index


@pytest.fixture
def bot(registry: ClubRegistry) -> Responder:
    return Responder(rich_index(registry))


def ask(bot: Responder, text: str, user: str = "u") -> Answer:
    return bot.ask(text, user=user, channel="c")


def test_score_mentions_extra_time_penalties_and_conflicts(bot: Responder) -> None:
    text = ask(bot, "uitslag Genk Gent").text
    assert "KRC Genk 3-3 KAA Gent (kwartfinale, 2017-18), na verlengingen, 4-2 na strafschoppen" \
        in text
    final = ask(bot, "score of the final 2018").text
    assert "Standard Liège 1-0 KRC Genk (final, 2017-18), after extra time" in final
    assert "reports disagree on the score: 1-0 (a.txt) or 2-0 (b.txt)." in final


def test_answer_json_has_matches_and_sources(bot: Responder) -> None:
    data = ask(bot, "score of the final 2018").to_json()
    assert data["intent"] == "score" and data["lang"] == "en" and data["kind"] == "answer"
    assert data["matches"][0]["score"] == "1-0" and data["matches"][0]["extra_time"] is True
    assert {s["report"] for s in data["sources"]} == {"a.txt", "b.txt"}


def test_latest_leg_first_and_named_leg_only(bot: Responder) -> None:
    text = ask(bot, "uitslag halve finale Genk Kortrijk").text
    assert text.index("1-0") < text.index("3-2")
    assert "1-0" not in ask(bot, "uitslag heenwedstrijd Genk Kortrijk").text


def test_aggregate_is_added_up_when_not_stored(bot: Responder) -> None:
    text = ask(bot, "totaalscore Genk Kortrijk").text
    assert "Opgeteld over beide wedstrijden: KRC Genk 3-3 KV Kortrijk" in text
    assert "Wie doorging, staat niet in mijn verslagen." in text


def test_single_match_tie_through_on_penalties(bot: Responder) -> None:
    assert "KRC Genk ging door" in ask(bot, "wie ging door, Genk of Gent?").text


def test_scorers_with_minutes_penalty_and_own_goal(bot: Responder) -> None:
    text = ask(bot, "who scored in the quarter-final?").text
    assert "Ruslan Malinovskyi (KRC Genk, 9')" in text
    assert "Ruslan Malinovskyi (KRC Genk, 91', penalty)" in text
    assert "Danny Vukovic (own goal, counting for KRC Genk, 20')" in text
    assert "(not every goal is in my reports)" in text  # 3 of 6 goals known


def test_winner_and_winner_yes_no(bot: Responder) -> None:
    assert "Standard Liège won de beker in 2017-18." in ask(bot, "wie won de beker?").text
    assert "Nee, Standard Liège won" in ask(bot, "heeft Genk de beker gewonnen in 2018?").text
    assert ask(bot, "Who won the cup in 2016?").kind == "unknown"


def test_finalists(bot: Responder) -> None:
    assert "Standard Liège en KRC Genk" in ask(bot, "wie speelde de bekerfinale van 2018?").text
    assert "Nee, KV Kortrijk staat niet" in ask(bot, "staat Kortrijk in de finale van 2018").text


def test_history_from_facts_and_finals(bot: Responder) -> None:
    text = ask(bot, "how many cups has Standard won?").text
    assert "In my reports, Standard Liège won the cup final of 2018." in text
    assert "Standard Liège has won the cup 8 times (as of 2017-18)." in text
    assert "KRC Genk verloor de bekerfinale van 2018." in ask(bot, "bekergeschiedenis Genk").text


def test_cup_run_in_round_order(bot: Responder) -> None:
    text = ask(bot, "hoe verliep de beker voor Genk?").text
    assert text.index("kwartfinale") < text.index("halve finale, heenwedstrijd") \
        < text.index("halve finale, terugwedstrijd") < text.index("finale: Standard")
    assert "KRC Genk werd uitgeschakeld door Standard Liège." in text


def test_top_scorer_counts_goals_without_own_goals(bot: Responder) -> None:
    text = ask(bot, "topschutter 2017-18").text
    assert "Ruslan Malinovskyi (KRC Genk) 2" in text
    assert "Vukovic" not in text
    assert "Hans Vanaken (Club Brugge) 2" in ask(bot, "top scorer last season").text


def test_did_score_yes_with_minute_and_no(bot: Responder) -> None:
    assert "Ja, Renaud Emond scoorde: Standard Liège 1-0 KRC Genk" in \
        ask(bot, "heeft Emond gescoord?").text
    assert "104'" in ask(bot, "heeft Emond gescoord?").text
    assert "in minute 16" in ask(bot, "when did Seck score?").text
    no = ask(bot, "heeft Seck gescoord in de finale?").text
    assert no.startswith("Nee, Ibrahima Seck heeft niet gescoord")


def test_goal_how_penalty_and_quote(bot: Responder) -> None:
    assert "vanop de stip" in ask(bot, "hoe scoorde Malinovskyi in de kwartfinale").text
    assert '"Seck kopte de 1-0 binnen."' in ask(bot, "hoe scoorde Seck").text


def test_ambiguous_player_is_asked_back(bot: Responder) -> None:
    answer = ask(bot, "heeft Vanaken gescoord?")
    assert answer.kind == "clarify"
    assert answer.candidates == ["Hans Vanaken", "Ruud Vanaken"]
    assert "Hans Vanaken" in ask(bot, "heeft Vanaken gescoord voor Club Brugge?").text


def test_ambiguous_club_is_asked_back(bot: Responder) -> None:
    answer = ask(bot, "uitslag van de Limburgse ploeg in 2016")
    assert answer.kind == "clarify" and "Sint-Truidense VV" in answer.candidates


def test_coach(bot: Responder) -> None:
    assert "Ricardo Sá Pinto" in ask(bot, "qui est l'entraîneur du Standard ?").text
    unknown = ask(bot, "wie is de coach van Genk")
    assert unknown.kind == "unknown" and "Ricardo Sá Pinto (Standard Liège)" in unknown.text


def test_venue_neutral_and_date(bot: Responder) -> None:
    assert "at King Baudouin Stadium (on neutral ground)" in ask(bot, "where was the final?").text
    assert "17 maart 2018" in ask(bot, "wanneer was de finale?").text


def test_many_matches_are_capped(registry: ClubRegistry) -> None:
    facts = rich_index(registry).facts
    many = Facts(matches=facts.matches * 3)
    bot = Responder(KnowledgeIndex(clubs=registry, facts=many))
    assert "(en nog" in ask(bot, "uitslag genk").text


def test_empty_kb_says_so(registry: ClubRegistry) -> None:
    bot = Responder(KnowledgeIndex(clubs=registry, facts=Facts()))
    answer = ask(bot, "uitslag Genk Kortrijk")
    assert answer.kind == "unknown"
    assert "Ik heb nog geen wedstrijdverslagen gelezen." in answer.text


def test_stated_winner_against_the_final_result_is_a_conflict(registry: ClubRegistry) -> None:
    index = rich_index(registry)
    index.facts.seasons[0].winner = "KRC Genk"
    text = Responder(index).ask("who won the cup in 2018?").text
    assert "KRC Genk won the 2017-18 cup." in text
    assert "reports disagree on the winner: KRC Genk (a.txt) or Standard Liège (a.txt)" in text
