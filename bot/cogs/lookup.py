"""Typed questions: /score, /scorers, /finalists, /winner, /cup, /history.

Each command phrases its options as a question in the language of the user's Discord client
(`questions` in bot/reference/commands.yaml) and lets the handlers answer it, so a typed
command and the same question in words get the same answer, and follow-ups work after both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.answering import answer_interaction
from bot.autocomplete import club_autocomplete, round_autocomplete, season_autocomplete
from bot.checks import question_cooldown
from bot.errors import interaction_lang
from bot.localization import command_loc, loc, question_for
from handlers.replies import Speaker

if TYPE_CHECKING:
    from bot.discord_app import CupBot

LEGS = [app_commands.Choice(name=loc("choices.leg_1.name"), value=1),
        app_commands.Choice(name=loc("choices.leg_2.name"), value=2)]


def match_words(lang: str, club: str | None = None, opponent: str | None = None,
                round: str | None = None, leg: int | None = None,
                season: str | None = None) -> str:
    """The match the options describe, in words of `lang` ("Genk - Kortrijk halve finale ...")."""
    sp = Speaker(lang)
    clubs = " - ".join(c for c in (club, opponent) if c)
    parts = [clubs, sp.round(round), sp.leg(leg), season or ""]
    return " ".join(p for p in parts if p)


async def _ask(interaction: discord.Interaction, command: str, club: str | None = None,
               opponent: str | None = None, season: str | None = None,
               round: str | None = None, leg: int | None = None) -> None:
    """Ask the handlers the `command`'s question built from the options given."""
    lang = interaction_lang(interaction)
    question = question_for(command, lang, club=club or "", season=season or "",
                            match=match_words(lang, club, opponent, round, leg, season))
    await answer_interaction(interaction, question)


# The options that autocomplete, and how.
_AUTOCOMPLETE = {"club": club_autocomplete, "opponent": club_autocomplete,
                 "season": season_autocomplete, "round": round_autocomplete}


def _typed_command(command: str,
                   *options: str) -> Callable[[Callable[..., Any]], app_commands.Command]:
    """Decorates a method as the slash command `command` with `options`: renamed, described,
    autocompleted (or with choices, for the leg) from commands.yaml, under the question
    cooldown."""
    decorators = [app_commands.command(**command_loc(command)),
                  app_commands.rename(**{n: loc(f"options.{n}.name") for n in options}),
                  app_commands.describe(**{n: loc(f"options.{n}.description") for n in options})]
    if "leg" in options:
        decorators.append(app_commands.choices(leg=LEGS))
    decorators += [app_commands.autocomplete(**{n: _AUTOCOMPLETE[n] for n in options
                                                if n in _AUTOCOMPLETE}),
                   question_cooldown()]

    def decorate(func: Callable[..., Any]) -> app_commands.Command:
        for decorator in reversed(decorators):  # innermost first, as when stacked
            func = decorator(func)
        return func

    return decorate


_MATCH_OPTIONS = ("club", "opponent", "season", "round", "leg")


class Lookup(commands.Cog):
    """Questions typed as options, with autocomplete."""

    def __init__(self, bot: CupBot) -> None:
        self.bot = bot

    @_typed_command("score", *_MATCH_OPTIONS)
    async def score(self, interaction: discord.Interaction, club: str | None = None,
                    opponent: str | None = None, season: str | None = None,
                    round: str | None = None, leg: int | None = None) -> None:
        await _ask(interaction, "score", club, opponent, season, round, leg)

    @_typed_command("scorers", *_MATCH_OPTIONS)
    async def scorers(self, interaction: discord.Interaction, club: str | None = None,
                      opponent: str | None = None, season: str | None = None,
                      round: str | None = None, leg: int | None = None) -> None:
        await _ask(interaction, "scorers", club, opponent, season, round, leg)

    @_typed_command("finalists", "season")
    async def finalists(self, interaction: discord.Interaction, season: str | None = None) -> None:
        await _ask(interaction, "finalists", season=season)

    @_typed_command("winner", "season")
    async def winner(self, interaction: discord.Interaction, season: str | None = None) -> None:
        await _ask(interaction, "winner", season=season)

    @_typed_command("cup", "club", "season")
    async def cup(self, interaction: discord.Interaction, club: str,
                  season: str | None = None) -> None:
        await _ask(interaction, "cup", club=club, season=season)

    @_typed_command("history", "club")
    async def history(self, interaction: discord.Interaction, club: str) -> None:
        await _ask(interaction, "history", club=club)


async def setup(bot: CupBot) -> None:
    await bot.add_cog(Lookup(bot))
