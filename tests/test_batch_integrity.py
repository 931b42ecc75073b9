"""A batch never duplicates and never loses: resumed however the folder is typed, with failures recorded once,
a cut-off last line repaired, changed files analyzed again, pathological files timed out."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from presscli.cli import app

GOOD = "Harbour\n\n“We will not rush,” said Mayor Ana Lima.\n"


def make_folder(root: Path, count: int = 3, broken: bool = False) -> Path:
    folder = root / "in"
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i}.txt").write_text(GOOD.replace("Ana Lima", f"Ana Lima {i}"), encoding="utf-8")
    if broken:
        (folder / "broken.txt").write_bytes(b"\x00\xff" * 300)
    return folder


def records(output: Path) -> list[dict]:
    return [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]


def batch(runner, *args):
    return runner.invoke(app, ["batch", *map(str, args), "--jobs", "1"])


def test_resume_recognises_the_folder_however_it_is_typed(runner, tmp_path, monkeypatch):
    folder = make_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    monkeypatch.chdir(tmp_path)
    assert batch(runner, "in", "--output", out).exit_code == 0
    result = batch(runner, folder.resolve(), "--output", out, "--resume")
    assert result.exit_code == 0
    assert len(records(out)) == 3
    assert "0 analyzed, 3 already done" in result.stderr


def test_a_failed_file_is_recorded_once_and_retried_on_request(runner, tmp_path):
    folder = make_folder(tmp_path, broken=True)
    out = tmp_path / "out.jsonl"
    assert batch(runner, folder, "--output", out).exit_code == 1
    assert batch(runner, folder, "--output", out, "--resume").exit_code == 0
    assert sum("error" in r for r in records(out)) == 1
    (folder / "broken.txt").write_text(GOOD, encoding="utf-8")  # mended
    assert batch(runner, folder, "--output", out, "--resume", "--retry-failed").exit_code == 0
    by_name = [Path(r["path"]).name for r in records(out)]
    assert sorted(by_name) == ["a0.txt", "a1.txt", "a2.txt", "broken.txt"]
    assert not any("error" in r for r in records(out))


def test_a_cut_off_last_line_is_repaired_and_its_file_analyzed_again(runner, tmp_path):
    folder = make_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    assert batch(runner, folder, "--output", out).exit_code == 0
    whole = out.read_bytes()
    out.write_bytes(whole[: len(whole) - 40])  # the run was killed while writing its last record
    result = batch(runner, folder, "--output", out, "--resume")
    assert result.exit_code == 0
    assert "cut-off last line" in result.stderr
    assert sorted(Path(r["path"]).name for r in records(out)) == ["a0.txt", "a1.txt", "a2.txt"]


def test_a_changed_file_is_analyzed_again_and_its_old_record_replaced(runner, tmp_path):
    folder = make_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    assert batch(runner, folder, "--output", out).exit_code == 0
    (folder / "a1.txt").write_text(GOOD.replace("Ana Lima", "Rita Souza"), encoding="utf-8")
    assert batch(runner, folder, "--output", out, "--resume").exit_code == 0
    found = {Path(r["path"]).name: r for r in records(out)}
    assert len(records(out)) == 3
    assert found["a1.txt"]["speakers"][0]["name"] == "Rita Souza"


def test_records_name_their_content(runner, tmp_path):
    folder = make_folder(tmp_path, count=1)
    (record,) = [json.loads(line) for line in batch(runner, folder).stdout.splitlines()]
    assert len(record["sha256"]) == 64
    assert record["resolved_path"] == str((folder / "a0.txt").resolve())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="per-file timeouts use Unix alarms")
def test_a_file_that_takes_too_long_becomes_a_failure(runner, tmp_path, monkeypatch):
    import presscli.batch

    folder = make_folder(tmp_path, count=1)

    def slow(source):
        import time

        time.sleep(5)

    monkeypatch.setattr(presscli.batch, "analyze_source", slow)
    result = batch(runner, folder, "--timeout", "0.2")
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1
    assert record["error"] == "timed out after 0.2 s"


def test_dask_gives_the_records_of_the_local_executor(runner, tmp_path):
    pytest.importorskip("dask.distributed")
    folder = make_folder(tmp_path, count=5)
    local = runner.invoke(app, ["batch", str(folder), "--jobs", "1"]).stdout
    dask = runner.invoke(app, ["batch", str(folder), "--executor", "dask"]).stdout
    assert dask == local


def test_files_left_out_are_counted_and_listed_on_request(runner, tmp_path):
    folder = make_folder(tmp_path)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / ".notes.txt").write_text(GOOD, encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    result = batch(runner, folder)
    assert result.exit_code == 0 and "3 analyzed" in result.stderr and "3 skipped" in result.stderr
    listed = batch(runner, folder, "--verbose").stderr
    assert "photo.jpg: not an article type (.jpg)" in listed and "gone.txt: broken link" in listed
    assert ".notes.txt: hidden" in listed


def test_a_pattern_that_matches_no_article_is_an_error(runner, tmp_path):
    folder = make_folder(tmp_path)
    (folder / "data.bin").write_bytes(b"\x00\x01")
    result = batch(runner, folder, "--glob", "*.bin")
    assert result.exit_code == 1 and "no article files" in result.stderr
