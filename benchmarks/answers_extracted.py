"""How well Cupbot answers fans from the knowledge base it builds by READING real reports.

For one split of the real-report corpus (benchmarks/real, texts present), every men's-cup
report is extracted and checked as `ingest` does, and all of them are merged into one
knowledge base (reports vote; the store checks run after the merge). The fan questions of
benchmarks/answers/questions.yaml that are about that split only (every report a question
names is in it) are asked through the Responder the command line uses. In the same run, the
same questions are asked of a knowledge base built straight from that split's labels (the
true facts, as benchmarks/answers_true_facts.py builds it): the gap between the two is what
reading loses.

    .venv/bin/python benchmarks/answers_extracted.py [--split test|dev] [--details]

Test questions are measured, never looked into: --details prints the wrong answers of dev
questions only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import answers_true_facts as truth  # noqa: E402  (benchmarks/answers_true_facts.py)
import real_corpus  # noqa: E402  (benchmarks/real_corpus.py)
import yaml  # noqa: E402

from handlers.engine import Responder  # noqa: E402
from knowledge.checks import check_store  # noqa: E402
from knowledge.clubs import default_registry  # noqa: E402
from knowledge.extract.story import StoryExtractor  # noqa: E402
from knowledge.index import KnowledgeIndex  # noqa: E402
from knowledge.lexicon import default_lexicon  # noqa: E402
from knowledge.merge import Merger  # noqa: E402
from knowledge.model import Facts  # noqa: E402


def read_facts(labels: list[dict]) -> tuple[Facts, int]:
    """The knowledge base ingest would build from these reports' texts; and how many texts
    are missing."""
    registry = default_registry()
    extractor = StoryExtractor(registry, default_lexicon())
    base = Facts()
    merger = Merger(base, registry)
    missing = 0
    for _, facts in real_corpus.extracted(labels, extractor):
        if facts is None:
            missing += 1
            continue
        merger.merge(facts)
    check_store(base)
    return base, missing


def split_questions(items: list[dict], ids: set[str]) -> list[dict]:
    """The questions about these reports only; a conversation is kept whole or not at all."""
    def own(item: dict) -> bool:
        about = (item.get("about") or {}).get("reports") or []
        return bool(about) and all(str(r) in ids for r in about)

    groups: dict[str, list[dict]] = {}
    for item in items:
        groups.setdefault(str(item.get("conversation") or item["id"]), []).append(item)
    kept = {key for key, group in groups.items()
            if all(own(i) or str(i.get("kind", "")).startswith(truth.SMALL_TALK)
                   for i in group) and any(own(i) for i in group)}
    return [i for i in items if str(i.get("conversation") or i["id"]) in kept]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--details", action="store_true",
                        help="print every wrong answer (dev questions only)")
    args = parser.parse_args(argv)
    labels = [r for r in real_corpus.corpus.load_reports() if r.get("split") == args.split
              and r.get("competition", "men") == "men"]
    ids = {str(r["id"]) for r in labels}
    items = (yaml.safe_load(truth.QUESTIONS.read_text(encoding="utf-8")) or {})["questions"]
    items = split_questions(items, ids)
    read, missing = read_facts(labels)
    true = truth.true_facts([r for r in truth.load_reports() if str(r["id"]) in ids])
    registry = default_registry()
    print(f"real {args.split}: {len(labels)} reports ({missing} texts missing), "
          f"{len(items)} questions about them")
    results = {}
    for name, facts in (("true facts", true), ("read from reports", read)):
        index = KnowledgeIndex(clubs=registry, facts=facts)
        results[name] = truth.run(Responder(index), items)
        print(f"{name:18} right {truth.rate(results[name])}")
    outcomes = results["read from reports"]
    kinds = Counter(o.item["kind"] for o in outcomes)
    for kind in sorted(kinds):
        mine = [o for o in outcomes if o.item["kind"] == kind]
        base = [o for o in results["true facts"] if o.item["kind"] == kind]
        print(f"  {kind:22} read {truth.rate(mine):>18}   true facts {truth.rate(base)}")
    if args.details and args.split == "dev":
        truth.print_wrong(outcomes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
