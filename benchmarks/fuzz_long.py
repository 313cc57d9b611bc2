"""The long fuzz run (not in CI): many generated questions and report texts, nothing may crash.

    .venv/bin/python benchmarks/fuzz_long.py [--questions N] [--reports N] [--seed S] [--kb DIR]

Questions (default 100,000) go through the batch path of `python -m bot ask -`
(bot.cli.answer_lines: parsing each line, JSON lines too, answering, printing) over one
responder, as one long run of conversations; half of them in `--json` mode. They are the
demo question sets (tests/questions) mutated, and words, digits of every script, control,
zero-width and format characters, random code points, very long lines and JSON lines, nested,
deep, broken or of the wrong type (tests/handlers/question_parts.py has the pieces).
Report texts (default 10,000) go through the extraction API of an ingest
(knowledge.ingest.extract_reports: read, extract, check), one at a time: the bundled demo
reports cut up and mutated, sentences from templates, and noise.

Prints the crashes (an answer of kind "error" or an error logged while answering; an
exception out of extraction) with an example each, the lost lines (an input line without
exactly one output line), refusals (JSON lines the batch path refuses with an error line;
report bytes ingest refuses as unreadable), the slowest question (ms) and report (s), and the
peak memory of the process (resident set size, from resource.getrusage). Exit 1 when anything
crashed or a line was lost. Without --kb, the knowledge base is built from the bundled demo
reports in a temporary folder. The same seed gives the same run.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import multiprocessing.context
import multiprocessing.process
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from bot.cli import MAX_JSON_DEPTH, answer_lines  # noqa: E402
from bot.locations import demo_reports_dir  # noqa: E402
from handlers.engine import Responder  # noqa: E402
from handlers.understand import common_word  # noqa: E402
from handlers.vocabulary import LANGUAGES  # noqa: E402
from knowledge.index import load_index  # noqa: E402
from knowledge.ingest import IngestError, extract_reports, ingest_paths  # noqa: E402
from tests.handlers.question_parts import (  # noqa: E402
    AWKWARD,
    INVISIBLE,
    SEPARATORS,
    WORDS,
    decimal_digits,
    digits,
)

QUESTION_SETS = sorted((ROOT / "tests" / "questions").glob("demo_*.yaml"))
# Questions answered per --json / text stretch of the batch.
CHUNK = 1000
# Conversations the questions are spread over (follow-ups recall across odd questions).
USERS = 7
SHOW = 5
# A report taking this long is listed (and kept with --keep); --limit stops one.
SLOW_REPORT = 1.0
# A question taking this long is counted (the aim: every question well under it).
SLOW_QUESTION = 0.050


def peak_rss_mb() -> float | None:
    """The process's peak resident set size in MB (None where `resource` is missing)."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@dataclass
class Tally:
    """What went wrong, by kind, with the first examples of each kind."""

    counts: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, kind: str, example: str) -> None:
        self.counts[kind] += 1
        shown = self.examples.setdefault(kind, [])
        if len(shown) < SHOW:
            shown.append(example)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def print(self, title: str) -> None:
        print(f"{title}: {self.total}")
        for kind, n in self.counts.most_common():
            print(f"  {n:6d}  {kind}")
            for example in self.examples[kind]:
                print(f"            e.g. {example[:300]!r}")


class ErrorLog(logging.Handler):
    """Collects the errors the engine and the command line log while answering."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


# --- questions ------------------------------------------------------------------------------

class QuestionMaker:
    """Generated question lines, from one seeded random."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.digits = digits()
        self.decimals = decimal_digits()
        self.demo = [str(q["q"]) for path in QUESTION_SETS
                     for q in (yaml.safe_load(path.read_text(encoding="utf-8")) or {})
                     .get("questions", []) if isinstance(q, dict) and q.get("q")]

    def _digit_run(self) -> str:
        pool = self.decimals if self.rng.random() < 0.5 else self.digits
        return "".join(self.rng.choice(pool) for _ in range(self.rng.randint(1, 5)))

    def _noise(self) -> str:
        return "".join(chr(self.rng.randint(0, sys.maxunicode))
                       for _ in range(self.rng.randint(1, 8)))

    def token(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.45:
            return rng.choice(WORDS)
        if roll < 0.65:
            return self._digit_run()
        if roll < 0.75:
            return rng.choice(INVISIBLE)
        if roll < 0.80:
            return rng.choice(AWKWARD)
        if roll < 0.90:
            return self._noise()
        return rng.choice(WORDS) + self._digit_run()

    def mutated_demo(self) -> str:
        """A demo question with digits, invisible characters or noise put in at random."""
        text = list(self.rng.choice(self.demo)) if self.demo else []
        for _ in range(self.rng.randint(1, 4)):
            at = self.rng.randint(0, len(text))
            text[at:at] = self.token()
        return "".join(text)

    def plain(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.35:
            return self.mutated_demo()
        if roll < 0.97:
            return rng.choice(SEPARATORS).join(self.token() for _ in range(rng.randint(0, 16)))
        # very long: thousands of words, or one endless word
        return rng.choice(SEPARATORS).join([self.token()] * rng.randint(100, 20_000))

    def _json_value(self, depth: int = 0) -> object:
        rng = self.rng
        roll = rng.random()
        if depth > 3 or roll < 0.5:
            return rng.choice([None, True, 7, -1.5, 10**30, "", self.plain()])
        if roll < 0.75:
            return [self._json_value(depth + 1) for _ in range(rng.randint(0, 3))]
        return {rng.choice(["q", "user", "x"]): self._json_value(depth + 1)
                for _ in range(rng.randint(0, 3))}

    def json_line(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.5:  # a good question object
            data: dict[str, object] = {"q": self.plain()}
            if rng.random() < 0.5:
                data["user"] = rng.choice(["a", "b", 12, "🙂"])
            if rng.random() < 0.3:
                data["channel"] = rng.choice(["c", 99, ""])
            return json.dumps(data, ensure_ascii=rng.random() < 0.5)
        if roll < 0.7:  # of the wrong type
            return json.dumps({"q": self._json_value(), "user": self._json_value()})
        if roll < 0.85:  # deep: "{"q": [[[[..."
            depth = rng.randint(MAX_JSON_DEPTH - 1, 100_000)
            opener = rng.choice(["[", '{"a":'])
            closer = "]" if opener == "[" else "}"
            tail = "1" + closer * depth + "}" if rng.random() < 0.5 else ""
            return '{"q": ' + opener * depth + tail
        good = json.dumps({"q": self.plain()})  # cut short
        return good[:rng.randint(1, len(good))]

    def line(self) -> str:
        """One stdin line (no "\\n": other line breaks stay, as they would in a file)."""
        text = self.json_line() if self.rng.random() < 0.15 else self.plain()
        return text.replace("\n", " ")


def fuzz_questions(responder: Responder, count: int, rng: random.Random) -> dict:
    maker = QuestionMaker(rng)
    crashes, lost = Tally(), Tally()
    refused = 0
    slowest: list[tuple[float, str]] = []
    slow = 0
    errors = ErrorLog()
    for name in ("handlers.engine", "bot.cli"):
        logging.getLogger(name).addHandler(errors)
        logging.getLogger(name).propagate = False  # counted here, not printed
    done = 0
    while done < count:
        as_json = (done // CHUNK) % 2 == 1
        lines = [maker.line() for _ in range(min(CHUNK, count - done))]
        pulled: list[float] = []

        def feed(lines: list[str] = lines, pulled: list[float] = pulled) -> Iterator[str]:
            for line in lines:
                pulled.append(time.perf_counter())
                yield line

        outputs = 0
        for printed, ok in answer_lines(responder, feed(), as_json):
            took = time.perf_counter() - pulled[outputs]
            line = lines[outputs]
            outputs += 1
            slow += took >= SLOW_QUESTION
            if len(slowest) < SHOW or took > slowest[-1][0]:
                slowest = sorted([*slowest, (took, line)], reverse=True)[:SHOW]
            if len(printed.splitlines()) != 1:
                lost.add("an output of more than one line", line)
            if as_json:
                try:
                    kind = json.loads(printed)["kind"]
                except (ValueError, KeyError, TypeError):
                    lost.add("an output line that is no JSON answer", line)
                    kind = None
            else:
                kind = "error" if printed.startswith("error: line ") else None
            if errors.messages:
                for message in errors.messages:
                    crashes.add(message.split(": ", 2)[1] if message.startswith(
                        "could not answer") else message, line)
                errors.messages.clear()
            elif not ok:
                refused += 1
            elif kind == "error":
                crashes.add("an answer of kind error without a logged error", line)
        if outputs != len(lines):
            lost.add("input lines without an output line", f"{len(lines) - outputs} lines")
        done += len(lines)
        if done % 10_000 == 0:
            print(f"  ... {done} questions", file=sys.stderr, flush=True)
    return {"crashes": crashes, "lost": lost, "refused": refused, "slowest": slowest,
            "slow": slow}


# --- reports --------------------------------------------------------------------------------

TEMPLATES = (
    "{a} won met {s} van {b} in de {round} van de beker.",
    "{a} a battu {b} {s} en {round} de la Coupe de Belgique.",
    "{a} beat {b} {s} in the cup {round}.",
    "{p} scoorde in de {m}e minuut de {s} voor {a}.",
    "{p} ({m}.) en {q} ({n}.) maakten de doelpunten voor {a}.",
    "Na verlengingen won {a} na strafschoppen ({s}) van {b}.",
    "{a} gaat door met een totaalscore van {s}.",
    "{a} verloor met {s} op het veld van {b}.",
    "{m}' {p} ({a}) {s}",
    "Het was de {o} bekerfinale voor {a}, dat eerder won in {y}, {y2} en {y3}.",
    "{a} - {b} {s} ({h})",
    "Doelpunten: {m}' {p} {s}, {n}' {q} {s}.",
    "date {y}-0{mo}",
)
CLUBS = ("KRC Genk", "KV Kortrijk", "Standard", "Club Brugge", "Anderlecht", "Gent",
         "les Rouches", "de Limburgers", "Essevee", "Courtrai", "Union", "Zulte Waregem",
         "Eupen", "STVV", "Cercle", "Antwerp", "Charleroi", "KV Oostende")
PLAYERS = ("Samatta", "Renaud Emond", "Ibrahima Seck", "Jan Maes", "Hans Vanaken",
           "Ruslan Malinovskyi", "Mbaye Leye", "Idrissa Doumbia", "Ni Yuan", "Ömer Öztürk")
ROUNDS = ("finale", "halve finale", "kwartfinale", "achtste finales", "demi-finale",
          "quarts de finale", "semi-final", "final", "zestiende finales", "heenwedstrijd",
          "terugwedstrijd", "match aller", "second leg")


class ReportMaker:
    """Generated report texts, from one seeded random."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.questions = QuestionMaker(rng)
        self.demo = [p.read_text(encoding="utf-8")
                     for p in sorted(demo_reports_dir().glob("*/*.txt"))]
        self.sentences = [s.strip() + "." for text in self.demo
                          for s in text.replace("\n", " ").split(". ") if s.strip()]

    def _number(self) -> str:
        rng = self.rng
        if rng.random() < 0.15:
            return "".join(rng.choice(self.questions.digits) for _ in range(rng.randint(1, 3)))
        return str(rng.choice([0, 1, 2, 3, 4, 5, 7, 10, 45, 90, 120, rng.randint(0, 99999)]))

    def _score(self) -> str:
        sep = self.rng.choice(["-", "–", ":", " - ", "-"])
        return f"{self._number()}{sep}{self._number()}"

    def template_sentence(self) -> str:
        rng = self.rng
        y = rng.randint(1890, 2030)
        return rng.choice(TEMPLATES).format(
            a=rng.choice(CLUBS), b=rng.choice(CLUBS), s=self._score(), round=rng.choice(ROUNDS),
            p=rng.choice(PLAYERS), q=rng.choice(PLAYERS), m=self._number(), n=self._number(),
            o=rng.choice(["vijfde", "eerste", "tiende", "honderdste"]), y=y, y2=y + 2,
            y3=rng.randint(1, 3000), mo=rng.randint(1, 9), h=self._score())

    def _mutate(self, text: str) -> str:
        chars = list(text)
        for _ in range(self.rng.randint(1, 30)):
            at = self.rng.randint(0, len(chars))
            chars[at:at] = self.questions.token()
        return "".join(chars)

    def text(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.35 and self.demo:  # a demo report, mutated
            return self._mutate(rng.choice(self.demo))
        if roll < 0.75:  # sentences of the demo reports and templates, shuffled together
            parts = [rng.choice(self.sentences) if rng.random() < 0.5 and self.sentences
                     else self.template_sentence() for _ in range(rng.randint(1, 60))]
            breaks = ["\n\n", " ", "\n", "\r\n"]
            text = "".join(p + rng.choice(breaks) for p in parts)
            return ("date 2018-02\n" if rng.random() < 0.6 else "") + (
                self._mutate(text) if rng.random() < 0.5 else text)
        if roll < 0.97:  # noise with football words
            return "\n".join(self.questions.plain() for _ in range(rng.randint(1, 40)))
        # long: a template repeated, or one huge paragraph
        return rng.choice([" ", "\n", "\n\n"]).join(
            [self.template_sentence()] * rng.randint(200, 4000))

    def data(self) -> bytes:
        text = self.text()
        if self.rng.random() < 0.9:  # a NUL makes a file binary, which ingest refuses
            text = text.replace("\x00", "")
        # lone surrogates cannot be UTF-8: an editor would have written U+FFFD
        data = text.encode("utf-8", errors="replace")
        if self.rng.random() < 0.03:  # not UTF-8: cp1252, a BOM, a stray byte
            data = self.rng.choice([text.encode("cp1252", errors="replace"),
                                    b"\xef\xbb\xbf" + data, data + b"\xff"])
        return data


@dataclass
class Worker:
    """A process that extracts reports, one at a time, so that a report that takes too long
    can be stopped (and a new worker started) without ending the run."""

    process: multiprocessing.process.BaseProcess
    conn: Connection
    task: tuple[int, str, bytes, float] | None = None  # (number, name, data, started)

    @classmethod
    def start(cls, context: multiprocessing.context.BaseContext) -> Worker:
        ours, theirs = context.Pipe()
        process = context.Process(target=_extract_loop, args=(theirs,), daemon=True)
        process.start()
        theirs.close()
        return cls(process, ours)

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


def _where(exc: BaseException) -> str:
    """"Type at file:line: message" of an exception, at its innermost frame."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    at = (f" at {tb.tb_frame.f_code.co_filename.replace(str(ROOT) + '/', '')}:{tb.tb_lineno}"
          if tb else "")
    return f"{type(exc).__name__}{at}: {str(exc)[:120]}"


def _extract_loop(conn: Connection) -> None:
    """A worker's loop: (name, bytes) in; (seconds, outcome, peak MB) out; None ends it."""
    extract_reports([("warm-up.txt", b"date 2018-02\nGenk won 1-0.")], {})
    while (task := conn.recv()) is not None:
        name, data = task
        start = time.perf_counter()
        try:
            extract_reports([(name, data)], {})
            outcome = None
        except IngestError as exc:
            # "not UTF-8 text (byte 576)": one kind whatever the byte
            outcome = ("refused", re.sub(r"byte \d+", "byte N", str(exc).split(": ", 1)[-1][:80]))
        except Exception as exc:  # what the run looks for
            outcome = ("crash", _where(exc))
        conn.send((time.perf_counter() - start, outcome, peak_rss_mb()))


def fuzz_reports(count: int, rng: random.Random, jobs: int, limit: float,
                 keep: Path | None) -> dict:
    """Extract `count` generated reports in `jobs` worker processes, each stopped after
    `limit` seconds; crashes, refusals, timings and the workers' peak memory."""
    maker = ReportMaker(rng)
    crashes, refused, slow = Tally(), Tally(), Tally()
    times: list[tuple[float, int, str]] = []
    peak = 0.0
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    workers = [Worker.start(context) for _ in range(max(1, jobs))]
    made = 0

    def keep_report(name: str, data: bytes) -> None:
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / name).write_bytes(data)

    def finish(worker: Worker, seconds: float, outcome: tuple[str, str] | None) -> None:
        assert worker.task is not None
        number, name, data, _ = worker.task
        worker.task = None
        text = data.decode("utf-8", errors="replace")
        times.append((seconds, len(data), name))
        if outcome and outcome[0] == "refused":
            refused.add(outcome[1], name)
        elif outcome:
            crashes.add(outcome[1], f"{name}: {text}")
            keep_report(name, data)
        if seconds >= SLOW_REPORT:
            slow.add(f"over {SLOW_REPORT:g} s", f"{name} ({len(data)} bytes, {seconds:.1f} s)")
            keep_report(name, data)
        if (len(times)) % 1000 == 0:
            print(f"  ... {len(times)} reports", file=sys.stderr, flush=True)

    while made < count or any(w.task for w in workers):
        for worker in workers:
            if worker.task is None and made < count:
                name, data = f"fuzz-{made:05d}.txt", maker.data()
                worker.task = (made, name, data, time.perf_counter())
                worker.conn.send((name, data))
                made += 1
        busy = [w for w in workers if w.task]
        now = time.perf_counter()
        first_deadline = min(w.task[3] + limit for w in busy if w.task)
        ready = wait([w.conn for w in busy], timeout=max(0.0, first_deadline - now))
        for i, worker in enumerate(workers):
            if worker.task is None:
                continue
            if worker.conn in ready:
                try:
                    seconds, outcome, worker_peak = worker.conn.recv()
                except EOFError:  # the worker died (killed for memory, or a crash in C)
                    code = worker.process.exitcode
                    worker.process.join()
                    finish(worker, time.perf_counter() - worker.task[3],
                           ("crash", f"the extracting process died (exit code {code})"))
                    worker.conn.close()
                    workers[i] = Worker.start(context)
                    continue
                peak = max(peak, worker_peak or 0.0)
                finish(worker, seconds, outcome)
            elif time.perf_counter() - worker.task[3] >= limit:
                _, name, data, _ = worker.task
                slow.add(f"stopped after {limit:g} s", f"{name} ({len(data)} bytes)")
                keep_report(name, data)
                worker.task = None
                times.append((limit, len(data), name))
                worker.stop()
                workers[i] = Worker.start(context)
    for worker in workers:
        worker.conn.send(None)
        worker.process.join(timeout=10)
    times.sort(reverse=True)
    return {"crashes": crashes, "refused": refused, "slow": slow, "times": times,
            "peak": peak}


# --- the run --------------------------------------------------------------------------------

def timed(what: str, run: Callable[[], dict]) -> tuple[dict, float]:
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    print(f"{what}: {seconds:.0f} s", file=sys.stderr)
    return result, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=100_000, metavar="N")
    parser.add_argument("--reports", type=int, default=10_000, metavar="N")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--kb", type=Path, metavar="DIR",
                        help="knowledge base to answer from (default: the bundled demo "
                             "reports, ingested into a temporary folder)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="worker processes extracting reports (default 1)")
    parser.add_argument("--limit", type=float, default=30.0, metavar="SECONDS",
                        help="stop a report's extraction after this long (default 30)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="write the reports that crashed or were slow here")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    failed = False
    print(f"fuzz_long: seed {args.seed}, {args.questions} questions, {args.reports} reports")
    if args.questions:
        with tempfile.TemporaryDirectory() as tmp:
            kb_dir = args.kb
            if kb_dir is None:
                kb_dir = Path(tmp) / "kb"
                ingest_paths([demo_reports_dir()], kb_dir)
            responder = Responder(load_index(kb_dir))
            # what loads on first need (wordfreq's word lists, the answers' tables) is timed
            # apart: it happens once per process
            start = time.perf_counter()
            for lang in LANGUAGES:
                common_word("genk", lang)
            for question in ("wie scoorde voor genk?", "score de la finale", "who won the cup"):
                responder.ask(question, user="warm-up")
            print(f"first answers (loading on first need): "
                  f"{(time.perf_counter() - start) * 1000:.0f} ms")
            q, seconds = timed("questions", lambda: fuzz_questions(responder, args.questions, rng))
        q["crashes"].print("question crashes")
        q["lost"].print("lost lines")
        print(f"JSON lines refused with an error line: {q['refused']}")
        for took, line in q["slowest"]:
            print(f"slow question: {took * 1000:.1f} ms ({len(line)} characters: "
                  f"{line[:100]!r})")
        print(f"questions taking {SLOW_QUESTION * 1000:g} ms or more: {q['slow']}")
        print(f"questions per second: {args.questions / seconds:.0f}")
        print(f"peak memory of the answering process: {peak_rss_mb() or 0:.0f} MB (max RSS)")
        failed = failed or bool(q["crashes"].total or q["lost"].total)
    if args.reports:
        r, seconds = timed("reports", lambda: fuzz_reports(
            args.reports, rng, args.jobs, args.limit, args.keep))
        r["crashes"].print("report crashes")
        r["refused"].print("reports refused as unreadable")
        r["slow"].print("slow reports")
        times = r["times"]
        took, size, name = times[0]
        print(f"slowest report: {took:.2f} s ({name}, {size} bytes)"
              + (" (stopped: --limit)" if took >= args.limit else ""))
        ordered = sorted(t for t, _, _ in times)
        print(f"report seconds: p50 {ordered[len(ordered) // 2]:.3f}, p99 "
              f"{ordered[int(len(ordered) * 0.99)]:.3f}, mean {sum(ordered) / len(ordered):.3f}")
        print(f"reports per second: {args.reports / seconds:.1f} ({args.jobs} worker processes)")
        print(f"peak memory of an extracting process: {r['peak']:.0f} MB (max RSS)")
        failed = failed or bool(r["crashes"].total)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
