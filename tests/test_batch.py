"""Parallel checking: input order kept, one document's failure isolated, pool and in-process agree."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import batch
from factcheck.batch import check_many
from factcheck.model import Options

STYLE = Options(rules_dirs=("bundled:style",))


def drafts(tmp_path: Path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        path = tmp_path / f"d{i:02}.md"
        body = "It is unclear whether the vote counts." if i % 3 == 0 else "The vote was held prior to noon."
        path.write_text(f"---\ntitle: Draft {i}\n---\n\nParagraph {i}. {body}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def user_rules_only(results):
    return [[f.rule for f in r.findings if f.rule in ("unclear-whether", "plain-words")] for r in results]


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_keep_input_order(tmp_path, jobs):
    sources = drafts(tmp_path, 9)
    results = check_many(sources, [STYLE] * len(sources), jobs=jobs)
    assert [r.source for r in results] == sources
    assert user_rules_only(results) == [["unclear-whether"] if i % 3 == 0 else ["plain-words"] for i in range(9)]


def test_pool_and_in_process_agree(tmp_path):
    sources = drafts(tmp_path, 6)
    one = check_many(sources, [STYLE] * 6, jobs=1)
    two = check_many(sources, [STYLE] * 6, jobs=2)
    assert [r.findings for r in one] == [r.findings for r in two]


def test_one_failure_does_not_stop_the_others(tmp_path):
    sources = drafts(tmp_path, 5)
    sources.insert(2, str(tmp_path / "missing.md"))
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    sources.insert(4, str(binary))
    results = check_many(sources, [STYLE] * len(sources), jobs=2)
    assert [bool(r.error) for r in results] == [False, False, True, False, True, False, False]
    assert "missing.md" in results[2].error


def test_a_bug_in_one_document_becomes_its_error(monkeypatch, tmp_path):
    import factcheck.pipeline as pipeline

    real = pipeline.check_source

    def flaky(source, options):
        if source.endswith("d01.md"):
            raise RuntimeError("boom\nsecond line")
        return real(source, options)

    monkeypatch.setattr(pipeline, "check_source", flaky)
    sources = drafts(tmp_path, 3)
    results = check_many(sources, [STYLE] * 3, jobs=1)
    assert results[1].error == "internal error while checking: RuntimeError: boom"
    assert not results[0].error and not results[2].error


def test_options_are_per_source(tmp_path):
    sources = drafts(tmp_path, 4)
    options = [STYLE, STYLE, STYLE, Options(rules_dirs=("bundled:style",), ignore=("unclear-whether",))]
    results = check_many(sources, options, jobs=2)
    assert user_rules_only(results) == [["unclear-whether"], ["plain-words"], ["plain-words"], []]


def test_default_jobs_is_at_least_one():
    assert batch.default_jobs() >= 1


def test_progress_bar_does_not_change_results(tmp_path, capsys):
    sources = drafts(tmp_path, 5)
    with_bar = check_many(sources, [STYLE] * 5, jobs=2, progress=True)
    assert [r.findings for r in with_bar] == [r.findings for r in check_many(sources, [STYLE] * 5, jobs=1)]
    assert capsys.readouterr().out == ""


def test_a_crashing_worker_takes_only_its_own_document_down(monkeypatch, tmp_path):
    import multiprocessing
    import os

    import factcheck.pipeline as pipeline

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs fork to carry the patched function into the workers")
    real = pipeline.check_source

    def crashing(source, options):
        if source.endswith("d02.md"):
            os._exit(3)
        return real(source, options)

    monkeypatch.setattr(pipeline, "check_source", crashing)
    sources = drafts(tmp_path, 6)
    results = check_many(sources, [STYLE] * 6, jobs=2)
    assert [bool(r.error) for r in results] == [False, False, True, False, False, False]
    assert "died" in results[2].error
    assert user_rules_only(results)[3] == ["unclear-whether"]
