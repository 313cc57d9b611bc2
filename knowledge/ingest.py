"""Reports in, knowledge base out: read, extract, merge, write (atomically, all or nothing)."""

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
from knowledge.store import load_facts, load_report_log, save_facts, save_report_log


class IngestError(ValueError):
    """Input that cannot be ingested; the message is one line naming the file."""


@dataclass
class IngestResult:
    """What an ingest did (or, for a plan, would do)."""

    reports: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already ingested, same content
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
class IngestPlan:
    """The knowledge base as it would be after an ingest; nothing written yet."""

    facts: Facts
    log: dict[str, dict]
    result: IngestResult


ProgressFn = Callable[[int, int, str], None]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def plan_ingest(kb_dir: Path, reports: list[tuple[str, bytes]],
                registry: ClubRegistry | None = None,
                progress: ProgressFn | None = None) -> IngestPlan:
    """Extract and merge `reports` (name, bytes) into a copy of the knowledge base in memory.

    Raises IngestError for unreadable input or a broken knowledge base; writes nothing.
    """
    registry = registry or default_registry()
    try:
        facts = load_facts(kb_dir) if kb_dir.exists() else Facts()
        log = load_report_log(kb_dir) if kb_dir.exists() else {}
    except ReferenceError as exc:
        raise IngestError(str(exc)) from exc
    extractor = StoryExtractor(registry, default_lexicon())
    merger = Merger(facts, registry)
    result = IngestResult()
    parsed = []
    for name, data in reports:
        try:
            parsed.append((name, data, read_report(data, name)))
        except ReportError as exc:
            raise IngestError(str(exc)) from exc
    for i, (name, data, report) in enumerate(parsed, start=1):
        if progress:
            progress(i, len(parsed), name)
        result.reports.append(name)
        digest = _digest(data)
        if log.get(name, {}).get("sha256") == digest:
            result.skipped.append(name)
            continue
        extracted = extractor.extract(report)
        result.dropped.absorb(check_report(extracted, report.season))
        result.absorb(merger.merge(extracted))
        result.not_understood += extracted.unused
        log[name] = {"sha256": digest, "date": report.date}
    if len(result.skipped) < len(result.reports):
        result.dropped.absorb(check_store(facts))
    return IngestPlan(facts=facts, log=log, result=result)


def apply_plan(kb_dir: Path, plan: IngestPlan) -> list[Path]:
    """Write a plan's knowledge base (each file atomically); return the files that changed."""
    kb_dir.mkdir(parents=True, exist_ok=True)
    changed = save_facts(kb_dir, plan.facts)
    if save_report_log(kb_dir, plan.log):
        changed.append(kb_dir / "reports.yaml")
    return changed


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
    """Ingest files and folders of reports into the knowledge base at `kb_dir`."""
    plan = plan_ingest(kb_dir, collect_reports(paths), progress=progress)
    apply_plan(kb_dir, plan)
    return plan.result
