"""An Answer as Discord embeds: one page per match, long texts split, within Discord's limits.

The words come from the handlers (the answer text, and `handlers.describe` for rounds, legs,
goals and extras, in the answer's language); the field labels from `bot/reference/labels.yaml`.
Every text is escaped (no markdown, no mentions) and cut to Discord's limits with "…"; last,
`fit_embed` makes sure each embed keeps every limit (marking anything cut "…(truncated)").
"""

from __future__ import annotations

import discord

from bot.localization import label
from bot.safety import (
    DESCRIPTION_LIMIT,
    FIELD_VALUE_LIMIT,
    FOOTER_LIMIT,
    TITLE_LIMIT,
    clip,
    fit_embed,
    safe_text,
)
from handlers.answer import Answer
from handlers.describe import goal_text, source_quotes, sources_line
from handlers.replies import Speaker
from knowledge.ingest import IngestResult
from knowledge.model import Match

COLOURS = {
    "answer": discord.Colour.green(),
    "unknown": discord.Colour.light_grey(),
    "clarify": discord.Colour.gold(),
    "help": discord.Colour.blurple(),
}
# Room kept for the page number and the fields when the answer text is long.
_TEXT_BUDGET = 2500


def answer_pages(answer: Answer) -> list[discord.Embed]:
    """The embeds to show for `answer`, one per page (never empty)."""
    sp = Speaker(answer.lang)
    text, source = _split_source(answer, sp)
    colour = COLOURS.get(answer.kind, COLOURS["answer"])
    if answer.matches:
        pages = [_match_embed(match, clip(text, _TEXT_BUDGET), sp, colour)
                 for match in answer.matches]
    else:
        pages = [discord.Embed(description=chunk or None, colour=colour)
                 for chunk in _chunks(text, DESCRIPTION_LIMIT)]
        if answer.kind == "help":
            pages[0].title = label(answer.lang, "help_title")
        if answer.suggestions:
            items = "\n".join(f"• {safe_text(s)}" for s in answer.suggestions)
            pages[-1].add_field(name=label(answer.lang, "suggestions"),
                                value=clip(items, FIELD_VALUE_LIMIT), inline=False)
    quotes = source_quotes(answer.sources, sp) if answer.kind == "answer" else []
    if quotes:
        # "Bron": the report sentences behind the answer, word for word.
        pages[0].add_field(name=label(answer.lang, "sources"),
                           value=_lines_within([safe_text(q) for q in quotes],
                                               FIELD_VALUE_LIMIT), inline=False)
    for number, page in enumerate(pages, start=1):
        footer = [source] if source else []
        if len(pages) > 1:
            footer.insert(0, label(answer.lang, "page", page=number, pages=len(pages)))
        if footer:
            page.set_footer(text=clip(" · ".join(footer), FOOTER_LIMIT))
        fit_embed(page)
    return pages


def _split_source(answer: Answer, sp: Speaker) -> tuple[str, str]:
    """The escaped answer text without its closing source line, and that line (for the footer)."""
    source = sources_line(answer.sources, sp)
    lines = answer.text.split("\n")
    if source and source in lines:
        lines.remove(source)
    if source.startswith("(") and source.endswith(")"):
        source = source[1:-1]
    return safe_text("\n".join(lines).strip()), safe_text(source)


def _match_embed(match: Match, text: str, sp: Speaker, colour: discord.Colour) -> discord.Embed:
    lang = sp.lang
    if match.score:
        title = sp("match", home=match.home, away=match.away, score=match.score)
    else:
        title = sp("match_no_score", home=match.home, away=match.away)
    embed = discord.Embed(title=clip(safe_text(title), TITLE_LIMIT), description=text or None,
                          colour=colour)
    fields = [
        ("round", sp.round(match.round)),
        ("leg", sp.leg(match.leg)),
        ("season", match.season),
        ("date", match.date),
        ("venue", match.venue),
        ("score", _joined([sp("extra_time") if match.extra_time else "",
                           sp("penalties", score=match.penalties) if match.penalties else ""])),
        ("aggregate", _joined([match.aggregate or "",
                               sp("qualified_short", club=match.qualified)
                               if match.qualified else ""])),
    ]
    for key, value in fields:
        if value:
            embed.add_field(name=label(lang, key), value=clip(safe_text(str(value)),
                                                                  FIELD_VALUE_LIMIT))
    if match.goals:
        lines = [safe_text(goal_text(goal, sp)) for goal in match.goals]
        embed.add_field(name=label(lang, "goals"), value=_lines_within(lines, FIELD_VALUE_LIMIT),
                        inline=False)
    return embed


def _joined(parts: list[str]) -> str:
    return ", ".join(p for p in parts if p)


def _lines_within(lines: list[str], limit: int) -> str:
    """As many whole lines as fit in `limit`, then "…"."""
    kept: list[str] = []
    for line in lines:
        if len("\n".join([*kept, line, "…"])) > limit:
            kept.append("…")
            break
        kept.append(line)
    return clip("\n".join(kept), limit)


def _chunks(text: str, limit: int) -> list[str]:
    """`text` in pieces of at most `limit` characters, cut at line ends where possible."""
    if not text:
        return [""]
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            candidate = line
        current = candidate
    pieces.append(current)
    return pieces


def ingest_preview(result: IngestResult, file: str, lang: str) -> discord.Embed:
    """What an ingest would change, for the admin to confirm: matches added, updated, in
    conflict, and the cup sentences the extractor did not understand."""
    embed = discord.Embed(title=clip(label(lang, "preview_title", file=safe_text(file)),
                                     TITLE_LIMIT),
                          description=label(lang, "preview_intro"),
                          colour=COLOURS["clarify"])
    if result.skipped:
        embed.description = label(lang, "already_known")
        return embed
    groups = [
        ("added", list(dict.fromkeys(result.added))),
        ("updated", list(dict.fromkeys(result.updated))),
        ("in_conflict", list(dict.fromkeys(result.conflicts))),
        ("not_understood", [s.sentence for s in result.not_understood]),
    ]
    for key, items in groups:
        if items:
            lines = [f"• {clip(safe_text(item), 200)}" for item in items]
            embed.add_field(name=label(lang, key, n=len(items)),
                            value=_lines_within(lines, FIELD_VALUE_LIMIT), inline=False)
    if not (result.added or result.updated or result.conflicts):
        embed.description = f"{label(lang, 'nothing_new')}\n{embed.description}"
    return fit_embed(embed)
