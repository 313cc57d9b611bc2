"""Answer latency: p50/p99 per question and questions per second.

    .venv/bin/python benchmarks/answer_latency.py [--rounds N] [--matches N]

Measures `Responder.ask` (understanding + answering + follow-up memory) over your knowledge
base (the one `python -m bot ask` uses: built from the bundled demo reports on first use) and
over a synthetic knowledge base of 20,000 matches generated in memory from the bundled club
list. Prints one line per knowledge base. benchmarks/store_speed.py measures the store.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.cli import knowledge_base  # noqa: E402
from bot.config import load_settings  # noqa: E402
from handlers.engine import Responder  # noqa: E402
from knowledge.clubs import default_registry  # noqa: E402
from knowledge.index import KnowledgeIndex, load_index  # noqa: E402
from knowledge.model import ROUNDS, ClubFact, Facts, Goal, Match, Person, SeasonFacts  # noqa: E402

# Runs per knowledge base; the best is reported (other processes on the machine add noise).
RUNS = 3
QUESTIONS = [
    "Wat was de uitslag van Genk tegen Kortrijk?", "En wie scoorde?", "en de heenwedstrijd?",
    "wie scoorde er voor gnek tegen kortrijk", "Wie scoorde er voor de Limburgers?",
    "what was the score of the first leg kortrijk genk", "and who scored?",
    "Quel était le score du match aller entre Courtrai et Genk ?", "et le match retour ?",
    "Wat is de totaalscore tussen Genk en Kortrijk?", "Who went through, Genk or Kortrijk?",
    "Wie staat er in de bekerfinale van 2018?", "Who won the cup in 2016?",
    "Waar werd Genk - Kortrijk gespeeld?", "Welke bekerfinales won Genk al?",
    "Wie is de coach van Genk?", "Did Club Brugge win the first leg against Standard?",
    "Heeft Samatta gescoord?", "In welke minuut scoorde Seck?", "Hoe scoorde Seck?",
    "Wat was de uitslag van Anderlecht tegen Gent?", "uitslag kortrijk",
    "What happened in the cup semi-final between Genk and Kortrijk?",
    "hoe verliep de beker voor Kortrijk?", "wie is topschutter?", "qui a gagné la coupe ?",
    "score standart club", "help", "🏆 uitslag kortijk genk?? 🙂", "Heeft Mbappe gescoord?",
]


def synthetic_index(n_matches: int, seed: int = 7) -> KnowledgeIndex:
    """A knowledge base of `n_matches` two-legged and single matches over many seasons."""
    rng = random.Random(seed)
    registry = default_registry()
    clubs = sorted(registry.clubs)
    players = {c: [f"Player{i} {c.split()[-1]}son" for i in range(25)] for c in clubs}
    facts = Facts()
    season_year = 1950
    while len(facts.matches) < n_matches:
        season = f"{season_year}-{(season_year + 1) % 100:02d}"
        facts.seasons.append(SeasonFacts(competition="belgian-cup", season=season))
        for round_ in ROUNDS:
            for _ in range(32 if round_ == "round of 64" else 16):
                home, away = rng.sample(clubs, 2)
                for leg in ((1, 2) if round_ in ("semi-final", "quarter-final") else (None,)):
                    a, b = rng.randint(0, 4), rng.randint(0, 4)
                    goals = [Goal(player=rng.choice(players[home]), club=home,
                                  minute=rng.randint(1, 90)) for _ in range(a)]
                    goals += [Goal(player=rng.choice(players[away]), club=away,
                                   minute=rng.randint(1, 90)) for _ in range(b)]
                    facts.matches.append(Match(
                        competition="belgian-cup", season=season, round=round_, leg=leg,
                        home=home, away=away, date=f"{season_year + 1}-02-0{rng.randint(1, 9)}",
                        score=f"{a}-{b}", goals=goals))
        for club in rng.sample(clubs, 5):
            facts.club_facts.append(ClubFact(club=club, kind="cup_wins",
                                             value=rng.randint(1, 10), season=season))
            facts.people.append(Person(name=f"Coach {club}", club=club, season=season,
                                       role="coach"))
        season_year += 1
    facts.matches = facts.matches[:n_matches]
    return KnowledgeIndex(clubs=registry, facts=facts)


def measure(name: str, index: KnowledgeIndex, rounds: int) -> None:
    """Ask every question `rounds` times (as several users, follow-ups included); print stats."""
    start = time.perf_counter()
    responder = Responder(index)
    setup = time.perf_counter() - start
    for question in QUESTIONS:  # warm-up
        responder.ask(question, user="warm-up")
    runs = []
    for _ in range(RUNS):
        times = []
        for r in range(rounds):
            for question in QUESTIONS:
                t0 = time.perf_counter_ns()
                responder.ask(question, user=f"user{r % 7}", channel="bench")
                times.append(time.perf_counter_ns() - t0)
        ms = sorted(t / 1e6 for t in times)
        runs.append((ms[min(len(ms) - 1, int(len(ms) * 0.99))], statistics.median(ms), ms))
    p99, p50, ms = min(runs)
    qps = len(ms) / (sum(ms) / 1000)
    print(f"{name}: {len(index.matches)} matches, {len(ms)} questions per run: p50 {p50:.2f} ms, "
          f"p99 {p99:.2f} ms, max {ms[-1]:.2f} ms, {qps:.0f} questions/s (best of {RUNS} runs; "
          f"all p99: {', '.join(f'{r[0]:.2f}' for r in runs)} ms; "
          f"index names precomputed in {setup * 1000:.0f} ms)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30, help="times each question is asked")
    parser.add_argument("--matches", type=int, default=20_000, help="synthetic KB size")
    args = parser.parse_args()
    settings = load_settings()
    kb_dir = knowledge_base(settings, None)
    measure(f"your KB ({kb_dir})", load_index(kb_dir, competition=settings.competition),
            args.rounds)
    measure("synthetic KB", synthetic_index(args.matches), max(1, args.rounds // 3))
    return 0


if __name__ == "__main__":
    sys.exit(main())
