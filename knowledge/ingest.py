"""Reports in, knowledge base out: read, extract, check, merge, check, write (one transaction)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.budget import OverBudget, time_budget
from knowledge.checks import Dropped, check_report, check_store
from knowledge.clubs import ClubRegistry, default_registry
from knowledge.extract.story import StoryExtractor
from knowledge.lexicon import default_lexicon
from knowledge.merge import Merger, MergeResult
from knowledge.model import Facts, Source
from knowledge.reference_loader import ReferenceError
from knowledge.report import ReportError, read_report
from knowledge.store import Loaded, Saved, Store
from knowledge.undo import take_back
from knowledge.yaml_view import ReportEntry

log = logging.getLogger(__name__)

# Defaults of `ingest.max_report_bytes` and `ingest.report_seconds` in config.yaml.
MAX_REPORT_BYTES = 1_000_000
REPORT_SECONDS = 60.0


class IngestError(ValueError):
    """Input that cannot be ingested; the message is one line per file, naming it."""


@dataclass(frozen=True)
class Limits:
    """What one report may cost: its size in bytes (larger: refused, unread) and the time
    its extraction may take (longer: skipped and named, the other reports go on; None: no
    limit)."""

    max_report_bytes: int = MAX_REPORT_BYTES
    report_seconds: float | None = REPORT_SECONDS


@dataclass
class IngestResult:
    """What an ingest did (or, for a plan, would do)."""

    reports: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already ingested, same content
    # reports left out because their extraction failed or ran out of time: one line each,
    # naming the report; the other reports of the batch are ingested
    failed: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # ingested before, now changed
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    not_understood: list[Source] = field(default_factory=list)
    # facts that failed the checks (knowledge/checks.py) and were not stored
    dropped: Dropped = field(default_factory=Dropped)

    def absorb(self, merged: MergeResult) -> None:
        self.added += merged.added
        self.updated += [u for u in merged.updated if u not in self.added]
        self.conflicts += merged.conflicts
        self.unchanged += merged.unchanged

    def summary_lines(self) -> list[str]:
        """A short human-readable summary, one fact per line."""
        lines = [f"reports read: {len(self.reports)}"
                 + (f" ({len(self.skipped)} already in the knowledge base)"
                    if self.skipped else "")]
        lines += [f"  replaced (the report changed since it was ingested): {name}"
                  for name in self.replaced]
        if self.failed:
            lines.append(f"reports skipped: {len(self.failed)}")
            lines += [f"  x {line}" for line in self.failed]
        lines.append(f"matches added: {len(self.added)}")
        lines += [f"  + {d}" for d in self.added]
        lines.append(f"matches updated: {len(set(self.updated))}")
        lines += [f"  ~ {d}" for d in dict.fromkeys(self.updated)]
        lines.append(f"in conflict: {len(set(self.conflicts))}")
        lines += [f"  ! {d}" for d in dict.fromkeys(self.conflicts)]
        lines.append(f"facts dropped by the checks: {self.dropped.total}")
        lines += [f"  - {reason}: {n}" for reason, n in sorted(self.dropped.counts.items())]
        lines.append(f"cup sentences not understood: {len(self.not_understood)}")
        lines += [f"  ? {s.report}: {s.sentence[:110]}" for s in self.not_understood]
        return lines


@dataclass
class Extracted:
    """One report read and extracted (and checked on its own), not merged yet."""

    name: str
    entry: ReportEntry
    facts: Facts


@dataclass
class IngestPlan:
    """The seasons an ingest touches as they would be after it; nothing written yet.

    `loaded.version` is the knowledge base's version the plan was made against."""

    loaded: Loaded
    reports: dict[str, ReportEntry]
    result: IngestResult


ProgressFn = Callable[[int, int, str], None]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def extract_reports(reports: list[tuple[str, bytes]], known: dict[str, ReportEntry],
                    registry: ClubRegistry | None = None, progress: ProgressFn | None = None,
                    result: IngestResult | None = None,
                    limits: Limits | None = None) -> list[Extracted]:
    """Read, extract and check every report (name, bytes) not in `known` with this content.

    Needs no knowledge base (and holds no lock): the slow part of an ingest. Every report is
    read first: unreadable input (binary, not UTF-8, empty, larger than the limit) raises one
    IngestError naming every such file, one line each, before anything is extracted. A
    report whose extraction fails or runs past its time budget is skipped and named in
    `result.failed`; the others go on."""
    result = result if result is not None else IngestResult()
    limits = limits or Limits()
    fresh = []
    refused = []
    for name, data in reports:
        result.reports.append(name)
        if len(data) > limits.max_report_bytes:
            refused.append(f"{name}: too large (over {limits.max_report_bytes:,} bytes; "
                           "the limit is ingest.max_report_bytes in config.yaml)")
            continue
        digest = _digest(data)
        if _known(name, digest, known):
            result.skipped.append(name)
            continue
        try:
            fresh.append((name, digest, read_report(data, name)))
        except ReportError as exc:
            refused.append(str(exc))
    if refused:
        raise IngestError("\n".join(refused))
    extractor = StoryExtractor(registry or default_registry(), default_lexicon())
    out = []
    for i, (name, digest, report) in enumerate(fresh, start=1):
        if progress:
            progress(i, len(fresh), name)
        try:
            with time_budget(limits.report_seconds):
                facts = extractor.extract(report)
                dropped = check_report(facts, report.season)
        except OverBudget:
            result.failed.append(f"{name}: skipped, its extraction took longer than "
                                 f"{limits.report_seconds:g} s (ingest.report_seconds)")
            continue
        except Exception as exc:  # a fault of Cupbot's, not the report's: the batch goes on
            log.exception("extracting %s failed", name)
            result.failed.append(f"{name}: skipped, its extraction failed "
                                 f"({type(exc).__name__}: {exc})"[:300])
            continue
        result.dropped.absorb(dropped)
        result.not_understood += facts.unused
        out.append(Extracted(name, ReportEntry(digest, report.date), facts))
    return out


def _known(name: str, digest: str, known: dict[str, ReportEntry]) -> bool:
    """Ingested before with this content: under this name, or (a knowledge base from before
    reports in subfolders were named by their path) under its file name alone."""
    if name in known:
        return known[name].sha256 == digest
    old = name.rsplit("/", 1)[-1]
    return old != name and old in known and known[old].sha256 == digest


def _seasons(extracted: list[Extracted]) -> set[str | None]:
    """Every season the reports state a fact of: the part of the knowledge base they touch."""
    seasons: set[str | None] = set()
    for item in extracted:
        facts = item.facts
        seasons |= {m.season for m in facts.matches} | {s.season for s in facts.seasons}
        seasons |= {f.season for f in facts.club_facts} | {p.season for p in facts.people}
    return seasons


def merge_reports(store: Store, extracted: list[Extracted], registry: ClubRegistry | None,
                  result: IngestResult) -> IngestPlan:
    """Merge extracted reports into the seasons of the knowledge base they touch (read
    from `store`, changed in memory only) and run the store checks on them."""
    known = store.report_log()
    # another ingest may have taken some of these reports since they were extracted
    extracted = [e for e in extracted if known.get(e.name) != e.entry]
    # a report ingested before with other content: its new version replaces the old one,
    # whose facts may lie in any season
    changed = [e.name for e in extracted if e.name in known]
    loaded = store.load(None if changed else _seasons(extracted))
    for name in changed:
        take_back(loaded.facts, name)
        result.replaced.append(name)
    merger = Merger(loaded.facts, registry or default_registry())
    for item in extracted:
        result.absorb(merger.merge(item.facts))
    if extracted:
        result.dropped.absorb(check_store(loaded.facts))
    return IngestPlan(loaded=loaded, reports={e.name: e.entry for e in extracted},
                      result=result)


def plan_ingest(kb_dir: Path, reports: list[tuple[str, bytes]],
                registry: ClubRegistry | None = None,
                progress: ProgressFn | None = None, limits: Limits | None = None) -> IngestPlan:
    """What ingesting `reports` (name, bytes) would change; writes nothing (the Discord
    preview). Raises IngestError for unreadable input, a report whose extraction failed or
    ran out of time (a preview is of all the reports or of none), or a broken knowledge
    base."""
    try:
        with Store.open(kb_dir) as store:
            result = IngestResult()
            extracted = extract_reports(reports, store.report_log(), registry, progress,
                                        result, limits)
            if result.failed:
                raise IngestError("\n".join(result.failed))
            return merge_reports(store, extracted, registry, result)
    except ReferenceError as exc:
        raise IngestError(str(exc)) from exc


def apply_plan(kb_dir: Path, plan: IngestPlan) -> Saved:
    """Write a plan in one transaction, if the knowledge base has not changed since it was
    made (else StaleError, nothing written)."""
    with Store.open(kb_dir) as store:
        return store.save(plan.loaded, plan.reports, expected_version=plan.loaded.version)


def collect_reports(paths: list[Path],
                    max_bytes: int = MAX_REPORT_BYTES) -> list[tuple[str, bytes]]:
    """(name, bytes) for every file given or inside the folders given, in a stable order.

    Names are the report's identity in the knowledge base (its log and its sources): a file
    given by itself is named by its file name; a file in a folder given by its path relative
    to that folder ("2017-18/report.txt"), so two report.txt in different subfolders stay
    two reports. Hidden files are skipped. At most `max_bytes` + 1 bytes of a file are read:
    a larger one is refused by `extract_reports` without holding it in memory.
    """
    files: list[tuple[str, Path]] = []
    for path in paths:
        if path.is_dir():
            files += [(p.relative_to(path).as_posix(), p) for p in sorted(
                p for p in path.rglob("*") if p.is_file()
                and not any(part.startswith(".") for part in p.parts[-1:])
                and p.suffix.lower() in (".txt", ".text", ".md", ""))]
        elif path.is_file():
            files.append((path.name, path))
        else:
            raise IngestError(f"{path}: no such file or folder")
    out = []
    for name, file in files:
        try:
            with file.open("rb") as handle:
                out.append((name, handle.read(max_bytes + 1)))
        except OSError as exc:
            raise IngestError(f"{file}: cannot read ({exc.strerror or exc})") from exc
    return out


def ingest_paths(paths: list[Path], kb_dir: Path,
                 progress: ProgressFn | None = None,
                 limits: Limits | None = None) -> IngestResult:
    """Ingest files and folders of reports into the knowledge base at `kb_dir`.

    Reports are read and extracted first, holding no lock; then the merge and the write are
    one transaction, so concurrent ingests queue and each sees what the other wrote.
    Unreadable input raises IngestError before the knowledge base is created or changed; a
    report whose extraction fails or runs out of time is skipped and named in the result."""
    limits = limits or Limits()
    reports = collect_reports(paths, limits.max_report_bytes)
    try:
        known: dict[str, ReportEntry] = {}
        if Store.exists(kb_dir):
            with Store.open(kb_dir, create=False) as store:
                known = store.report_log()
        result = IngestResult()
        extracted = extract_reports(reports, known, progress=progress, result=result,
                                    limits=limits)
        if not extracted and Store.exists(kb_dir):
            return result
        with Store.open(kb_dir) as store, store.writing():
            plan = merge_reports(store, extracted, None, result)
            store.save(plan.loaded, plan.reports)
        return result
    except ReferenceError as exc:
        raise IngestError(str(exc)) from exc
