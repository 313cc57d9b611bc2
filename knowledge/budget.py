"""A time budget for the work on one report: cooperative deadline checks.

The ingest gives each report a budget (`ingest.report_seconds` in config.yaml); the
extractor calls `check()` in every loop whose length grows with the report (per sentence,
per score, per match draft). Between two checks the work is bounded (a sentence is at most
`report.MAX_SENTENCE` characters), so a report over its budget stops within moments of it,
with `OverBudget`, in the thread that runs it (the command line, or the Discord bot's worker
thread); the ingest then skips that report and names it. No budget set: `check()` costs a
context-variable lookup and never raises.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")

_deadline: ContextVar[float | None] = ContextVar("cupbot_report_deadline", default=None)
# the clock; a test may replace it with one that ticks per call
clock = time.monotonic


class OverBudget(Exception):
    """The work on a report went past its time budget."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the block with a deadline `seconds` from now (None: no deadline)."""
    token = _deadline.set(None if seconds is None else clock() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def check() -> None:
    """Raise OverBudget when the deadline of the block this runs in has passed."""
    deadline = _deadline.get()
    if deadline is not None and clock() >= deadline:
        raise OverBudget


def ticking(items: Iterable[T]) -> Iterator[T]:
    """The items, checking the deadline before each."""
    for item in items:
        check()
        yield item
