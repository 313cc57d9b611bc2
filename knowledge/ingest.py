"""Reports in, knowledge base out: read, extract, check, merge, check, write (one transaction)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

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


class IngestError(ValueError):
    """Input that cannot be ingested; the message is one line naming the file."""


@dataclass
class IngestResult:
    """What an ingest did (or, for a plan, would do)."""

    reports: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already ingested, same content
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
                    result: IngestResult | None = None) -> list[Extracted]:
    """Read, extract and check every report (name, bytes) not in `known` with this content.

    Needs no knowledge base (and holds no lock): the slow part of an ingest. Raises
    IngestError for unreadable input before extracting anything."""
    result = result if result is not None else IngestResult()
    fresh = []
    for name, data in reports:
        result.reports.append(name)
        digest = _digest(data)
        if name in known and known[name].sha256 == digest:
            result.skipped.append(name)
            continue
        try:
            fresh.append((name, digest, read_report(data, name)))
        except ReportError as exc:
            raise IngestError(str(exc)) from exc
    extractor = StoryExtractor(registry or default_registry(), default_lexicon())
    out = []
    for i, (name, digest, report) in enumerate(fresh, start=1):
        if progress:
            progress(i, len(fresh), name)
        facts = extractor.extract(report)
        result.dropped.absorb(check_report(facts, report.season))
        result.not_understood += facts.unused
        out.append(Extracted(name, ReportEntry(digest, report.date), facts))
    return out


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
                progress: ProgressFn | None = None) -> IngestPlan:
    """What ingesting `reports` (name, bytes) would change; writes nothing (the Discord
    preview). Raises IngestError for unreadable input or a broken knowledge base."""
    try:
        with Store.open(kb_dir) as store:
            result = IngestResult()
            extracted = extract_reports(reports, store.report_log(), registry, progress,
                                        result)
            return merge_reports(store, extracted, registry, result)
    except ReferenceError as exc:
        raise IngestError(str(exc)) from exc


def apply_plan(kb_dir: Path, plan: IngestPlan) -> Saved:
    """Write a plan in one transaction, if the knowledge base has not changed since it was
    made (else StaleError, nothing written)."""
    with Store.open(kb_dir) as store:
        return store.save(plan.loaded, plan.reports, expected_version=plan.loaded.version)


def collect_reports(paths: list[Path]) -> list[tuple[str, bytes]]:
    """(name, bytes) for every file given or inside the folders given, in a stable order.

    Names are file names (the report's identity in sources); hidden files are skipped.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file()
                            and not any(part.startswith(".") for part in p.parts[-1:])
                            and p.suffix.lower() in (".txt", ".text", ".md", ""))
        elif path.is_file():
            files.append(path)
        else:
            raise IngestError(f"{path}: no such file or folder")
    out = []
    for file in files:
        try:
            out.append((file.name, file.read_bytes()))
        except OSError as exc:
            raise IngestError(f"{file}: cannot read ({exc.strerror or exc})") from exc
    return out


def ingest_paths(paths: list[Path], kb_dir: Path,
                 progress: ProgressFn | None = None) -> IngestResult:
    """Ingest files and folders of reports into the knowledge base at `kb_dir`.

    Reports are read and extracted first, holding no lock; then the merge and the write are
    one transaction, so concurrent ingests queue and each sees what the other wrote.
    Unreadable input raises IngestError before the knowledge base is created or changed."""
    reports = collect_reports(paths)
    try:
        known: dict[str, ReportEntry] = {}
        if Store.exists(kb_dir):
            with Store.open(kb_dir, create=False) as store:
                known = store.report_log()
        result = IngestResult()
        extracted = extract_reports(reports, known, progress=progress, result=result)
        if not extracted and Store.exists(kb_dir):
            return result
        with Store.open(kb_dir) as store, store.writing():
            plan = merge_reports(store, extracted, None, result)
            store.save(plan.loaded, plan.reports)
        return result
    except ReferenceError as exc:
        raise IngestError(str(exc)) from exc
