"""Embeds within Discord's limits, escaping, the translation tables, the cooldown: unit tests."""

from __future__ import annotations

from pathlib import Path

import discord
import pytest

from bot.embeds import answer_pages, ingest_preview
from bot.localization import (
    CupTranslator,
    default_command_texts,
    default_labels,
    lang_of_locale,
    load_command_texts,
    load_labels,
    loc,
    question_for,
)
from bot.safety import UserCooldown, clip
from handlers.answer import Answer
from knowledge.ingest import IngestResult
from knowledge.model import Goal, Match, Source
from knowledge.reference_loader import ReferenceError


def match(**changes) -> Match:
    base = dict(competition="belgian-cup", season="2017-18", round="final", leg=None,
                home="Standard Liège", away="KRC Genk", score="1-0")
    return Match(**{**base, **changes})


def test_user_text_is_escaped():
    answer = Answer(question="q", lang="en", intent="score", kind="unknown",
                    text="I don't know @everyone, <@123456789012345678> or **Club_X**.",
                    suggestions=["@here *bold*"])
    [page] = answer_pages(answer)
    assert "@\u200beveryone" in page.description
    assert "<@\u200b123456789012345678>" in page.description
    assert "\\*\\*Club\\_X\\*\\*" in page.description
    assert page.fields[0].value == "• @\u200bhere \\*bold\\*"


def test_long_text_is_split_into_pages_within_the_limits():
    lines = [f"Line {i}: " + "x" * 90 for i in range(150)]
    answer = Answer(question="q", lang="nl", intent="history", text="\n".join(lines))
    pages = answer_pages(answer)
    assert len(pages) == 4
    assert all(len(p.description) <= 4096 and len(p) <= 6000 for p in pages)
    assert "\n".join(p.description for p in pages) == "\n".join(lines)
    assert [p.footer.text for p in pages] == ["1/4", "2/4", "3/4", "4/4"]


def test_a_match_page_stays_within_every_limit():
    goals = [Goal(f"Player {i} " + "y" * 40, "KRC Genk", i) for i in range(60)]
    long = match(home="H" * 200, away="A" * 200, goals=goals, venue="V" * 2000)
    answer = Answer(question="q", lang="fr", intent="scorers", text="z" * 5000, matches=[long],
                    sources=[Source("r.txt", "2018-03-17", "s")])
    [page] = answer_pages(answer)
    assert len(page.title) == 256 and page.title.endswith("…")
    assert len(page) <= 6000 and len(page.description) <= 4096
    assert all(len(f.value) <= 1024 for f in page.fields)
    buts = next(f for f in page.fields if f.name == "Buts")
    assert buts.value.endswith("…")
    assert page.footer.text == "source : r.txt, 17 mars 2018"


def test_match_fields_in_each_language():
    final = match(extra_time=True, penalties="4-2", date="2018-03-17", venue="Heizel",
                  goals=[Goal("Renaud Emond", "Standard Liège", 104, penalty=True)])
    for lang, expected in {
        "nl": {"Ronde": "finale", "Uitslag": "na verlengingen, 4-2 na strafschoppen"},
        "fr": {"Tour": "finale", "Score": "après prolongation, 4-2 aux tirs au but"},
        "en": {"Round": "final", "Score": "after extra time, 4-2 on penalties"},
    }.items():
        [page] = answer_pages(Answer(question="q", lang=lang, intent="score", text="t",
                                     matches=[final]))
        fields = {f.name: f.value for f in page.fields}
        assert {k: fields[k] for k in expected} == expected


def test_ingest_preview_lists_changes_conflicts_and_sentences():
    result = IngestResult(reports=["r.txt"], added=["2018-19 final: A 1-0 B"],
                          updated=["2017-18 semi-final, leg 1: C 3-2 D"] * 2,
                          conflicts=["2017-18 final: score 1-0 or 2-0"],
                          not_understood=[Source("r.txt", None, "Zin: <@1234567890123456> @here")])
    embed = ingest_preview(result, "r.txt", "en")
    assert [f.name for f in embed.fields] == ["Matches added (1)", "Matches updated (1)",
                                              "In conflict with the knowledge base (1)",
                                              "Sentences not understood (1)"]
    assert "@\u200bhere" in embed.fields[3].value
    nothing = ingest_preview(IngestResult(reports=["r.txt"]), "r.txt", "nl")
    assert nothing.description.startswith("Dit verslag voegt niets nieuws toe.")


def test_labels_and_commands_have_every_language():
    labels = default_labels()
    assert set(labels) == {"nl", "fr", "en"} and set(labels["nl"]) == set(labels["en"])
    texts = default_command_texts()
    assert texts["commands.score.name"] == {"en": "score", "nl": "uitslag", "fr": "score"}
    assert question_for("winner", "fr", season="") == "qui a gagné la coupe"


def test_broken_reference_files_name_the_key(tmp_path: Path):
    labels = tmp_path / "labels.yaml"
    labels.write_text("nl: {a: '{x}'}\nfr: {a: '{y}'}\nen: {a: '{x}'}\n", encoding="utf-8")
    with pytest.raises(ReferenceError, match=r"fr\.a: placeholders differ"):
        load_labels(labels)
    commands = tmp_path / "commands.yaml"
    commands.write_text("commands:\n  x:\n    name: {en: ok, nl: Not Valid, fr: ok}\n",
                        encoding="utf-8")
    with pytest.raises(ReferenceError, match=r"commands\.x\.name\.nl"):
        load_command_texts(commands)


async def test_translator_gives_dutch_and_french_only():
    translator = CupTranslator()
    string = loc("commands.history.name")
    context = discord.app_commands.TranslationContext(
        discord.app_commands.TranslationContextLocation.command_name, None)
    assert await translator.translate(string, discord.Locale.dutch, context) == "geschiedenis"
    assert await translator.translate(string, discord.Locale.french, context) == "historique"
    assert await translator.translate(string, discord.Locale.german, context) is None
    assert lang_of_locale(discord.Locale.british_english, "nl") == "en"
    assert lang_of_locale(discord.Locale.german, "fr") == "fr"


def test_cooldown_window(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr("bot.safety.time.monotonic", lambda: now[0])
    cooldown = UserCooldown(rate=2, per=10.0)
    assert cooldown.hit(1) is None and cooldown.hit(1) is None
    assert cooldown.hit(1) == 10.0
    assert cooldown.hit(2) is None
    now[0] += 4
    assert cooldown.hit(1) == 6.0
    now[0] += 6
    assert cooldown.hit(1) is None


def test_clip():
    assert clip("abc", 3) == "abc"
    assert clip("abcdef", 4) == "abc…"


def test_an_answer_shows_its_source_sentences_in_a_bron_field():
    source = Source("r.txt", "2018-03-17", "Emond kopte de 1-0 binnen.")
    answer = Answer(question="q", lang="nl", intent="scorers", text="Standard 1-0 Genk.",
                    matches=[match()], sources=[source])
    [page] = answer_pages(answer)
    bron = next(f for f in page.fields if f.name == "Bron")
    assert bron.value == 'r.txt, 17 maart 2018: "Emond kopte de 1-0 binnen."'
    unknown = Answer(question="q", lang="nl", intent="score", text="?", kind="unknown",
                     sources=[source])
    assert all(f.name != "Bron" for f in answer_pages(unknown)[0].fields)
