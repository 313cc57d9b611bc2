"""How the real-corpus benchmark judges a score (benchmarks/real_corpus.py): without the
report texts, on facts written here."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import real_corpus  # noqa: E402

from knowledge.model import Facts, Match  # noqa: E402


def _judged(label_match: dict, stored: Match) -> tuple[set, set]:
    label = {"competition": "men", "matches": [label_match]}
    truth, known = real_corpus.truth_items(label)
    pred = real_corpus.predicted_items(Facts(matches=[stored]), known)
    real_corpus.match_unsure_scores(truth, pred)
    return truth["scores"], pred["scores"]


def _stored(home: str, away: str, score: str, unsure: bool) -> Match:
    return Match(competition="belgian-cup", season="2030-31", round=None, leg=None,
                 home=home, away=away, score=score, order_unsure=unsure)


LABEL = {"season": "2030-31", "home": "Lierse SK", "away": "KV Kortrijk", "score": "1-0"}


def test_a_score_stored_with_its_order_unsure_is_judged_on_each_clubs_goals():
    truth, pred = _judged(LABEL, _stored("KV Kortrijk", "Lierse SK", "0-1", unsure=True))
    assert pred == truth
    truth, pred = _judged(LABEL, _stored("KV Kortrijk", "Lierse SK", "1-0", unsure=True))
    assert not pred & truth  # the wrong winner stays wrong


def test_a_score_stored_home_first_must_have_the_home_club_right():
    truth, pred = _judged(LABEL, _stored("KV Kortrijk", "Lierse SK", "0-1", unsure=False))
    assert not pred & truth
    truth, pred = _judged(LABEL, _stored("Lierse SK", "KV Kortrijk", "1-0", unsure=False))
    assert pred == truth


def test_missing_by_query_lists_each_query_once_test_reports_first(monkeypatch, tmp_path, capsys):
    sys.path.insert(0, str(ROOT / "benchmarks" / "real"))
    import corpus

    reports = [{"url": "https://example.org/a", "query": "dev query"},
               {"url": "https://example.org/b", "query": "shared query"},
               {"url": "https://example.org/c", "query": "shared query"}]
    monkeypatch.setattr(corpus, "load_reports", lambda: reports)
    monkeypatch.setattr(corpus, "text_path", lambda url: tmp_path / url.rsplit("/", 1)[-1])
    monkeypatch.setattr(corpus, "split_of", lambda url: "test" if url.endswith("/c") else "dev")
    assert corpus.main(["missing", "--by-query"]) == 1
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if line.startswith("QUERY:")] == [
        "QUERY: shared query", "QUERY: dev query"]
    assert "2 queries bring back the 3 missing texts" in out


def test_missing_by_query_plans_on_what_queries_were_seen_to_return(monkeypatch, tmp_path,
                                                                      capsys):
    # one look-up often brings back reports labelled under other queries: the plan takes the
    # query recorded to bring all three, not the three labelled queries
    sys.path.insert(0, str(ROOT / "benchmarks" / "real"))
    import corpus

    reports = [{"url": f"https://example.org/{name}", "query": query}
               for name, query in (("a", "first"), ("b", "second"), ("c", "third"))]
    a, b, c = (corpus.report_id(r["url"]) for r in reports)
    monkeypatch.setattr(corpus, "load_reports", lambda: reports)
    monkeypatch.setattr(corpus, "RETURNS", tmp_path / "returns.yaml")
    monkeypatch.setattr(corpus, "text_path", lambda url: tmp_path / url.rsplit("/", 1)[-1])
    monkeypatch.setattr(corpus, "split_of", lambda url: "test" if url.endswith("/c") else "dev")
    assert corpus.main(["returned", "wide query", a, b, c]) == 0
    assert corpus.main(["returned", "narrow query", c]) == 0
    capsys.readouterr()
    assert corpus.main(["missing", "--by-query"]) == 1
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if line.startswith("QUERY:")] == [
        "QUERY: wide query"]
    assert "1 queries bring back the 3 missing texts" in out
    # once a and c are fetched, b's own query and the wide one tie; either brings b alone
    (tmp_path / "a").write_text("x")
    (tmp_path / "c").write_text("x")
    assert corpus.main(["missing", "--by-query"]) == 1
    assert "1 queries bring back the 1 missing texts" in capsys.readouterr().out


def test_returned_refuses_an_id_no_report_has(monkeypatch, tmp_path, capsys):
    sys.path.insert(0, str(ROOT / "benchmarks" / "real"))
    import corpus

    monkeypatch.setattr(corpus, "load_reports",
                        lambda: [{"url": "https://example.org/a", "query": "q"}])
    monkeypatch.setattr(corpus, "RETURNS", tmp_path / "returns.yaml")
    assert corpus.main(["returned", "q", corpus.report_id("https://example.org/a"), "zz"]) == 1
    assert "zz: no labelled report has this id" in capsys.readouterr().err
    assert not (tmp_path / "returns.yaml").exists()


def test_a_refetch_dealt_to_two_helpers_saves_each_text_once_and_records_returns(
        monkeypatch, tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks" / "real"))
    import corpus
    import refetch

    reports = [{"url": f"https://example.org/{name}", "query": query, "split": split}
               for name, query, split in (("a", "first", "test"), ("b", "second", "dev"),
                                          ("c", "third", "dev"))]
    a, b, c = (corpus.report_id(r["url"]) for r in reports)
    texts, state = tmp_path / "texts", tmp_path / "texts" / ".refetch"
    texts.mkdir()
    monkeypatch.setattr(corpus, "load_reports", lambda: reports)
    monkeypatch.setattr(corpus, "RETURNS", tmp_path / "returns.yaml")
    monkeypatch.setattr(corpus, "split_of", lambda url: "test" if url.endswith("/a") else "dev")
    assert refetch.plan(2, state, texts) == [2, 1]
    assert "helper 2" in (state / "brief_2.md").read_text()
    assert refetch.next_query(1, state, texts) == (0, "first", [a])
    # helper 1's search brings a and, by chance, c (helper 2's) and a page nobody labelled
    verdicts = refetch.saw(1, "first", ["https://example.org/a", "https://other.org/x",
                                        "https://example.org/c"], state, texts)
    assert [(v, i) for v, i, _ in verdicts] == [("SAVE", a), ("skip", None), ("SAVE", c)]
    for i in (a, c):
        (state / "stage_1" / f"{i}.txt").write_text(f"excerpt {i}", encoding="utf-8")
    assert refetch.finish(1, 0, state=state, texts=texts) == [
        f"saved {i}.txt" for i in sorted((a, c))]
    # helper 2 staged c too before it saw it saved: the first copy stays
    (state / "stage_2" / f"{c}.txt").write_text("a later copy", encoding="utf-8")
    assert refetch.finish(2, 1, state=state, texts=texts) == [
        f"already there, yours discarded: {c}.txt"]
    assert (texts / f"{c}.txt").read_text(encoding="utf-8") == f"excerpt {c}"
    # c is saved, so helper 2's own query for it is skipped without a search
    assert refetch.next_query(2, state, texts) is None
    assert refetch.next_query(1, state, texts) == (2, "second", [b])
    assert refetch.merge(state) == (1, 1)
    assert corpus.load_returns() == {"first": sorted((a, c))}
