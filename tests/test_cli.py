"""The command line: formats, stdin, filters, batch, exit codes and safe output."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

import presscli
from presscli import __version__
from presscli.cli import app

SAMPLE = "en-harbour-statement.txt"


def run(runner, *args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input, env={"COLUMNS": "200"})


def test_version(runner):
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"presscli {__version__}"


def test_quotes_table_shows_speakers_and_quotes(runner, samples):
    result = run(runner, "quotes", samples / SAMPLE)
    assert result.exit_code == 0
    assert "Maria Okafor" in result.stdout
    assert "We will not pour a single ton" in result.stdout


def test_quotes_json_has_offsets_into_the_file(runner, samples):
    text = (samples / SAMPLE).read_text(encoding="utf-8")
    payload = json.loads(run(runner, "quotes", samples / SAMPLE, "--format", "json").stdout)
    assert payload["quotes"]
    for quote in payload["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]


def test_jsonl_is_one_object_a_line(runner, samples):
    lines = run(runner, "quotes", samples / SAMPLE, "--format", "jsonl").stdout.splitlines()
    assert len(lines) >= 3
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_csv_has_a_header_and_a_row_per_quote(runner, samples):
    rows = list(csv.DictReader(io.StringIO(run(runner, "quotes", samples / SAMPLE, "--format", "csv").stdout)))
    assert {"speaker", "cue", "kind", "lang", "text", "start", "end"} <= set(rows[0])
    assert any(row["speaker"] == "Maria Okafor" for row in rows)


def test_stdin_is_read_with_a_dash(runner):
    result = run(runner, "quotes", "-", "--format", "json", input="Title\n\n“We are ready,” said Ana Lima.\n")
    assert json.loads(result.stdout)["quotes"][0]["speaker"] == "Ana Lima"


def test_kind_and_speaker_filters(runner, samples):
    payload = json.loads(run(runner, "quotes", samples / SAMPLE, "--format", "json", "--kind", "fragment").stdout)
    assert payload["quotes"] and {q["kind"] for q in payload["quotes"]} == {"fragment"}
    payload = json.loads(run(runner, "quotes", samples / SAMPLE, "--format", "json", "--speaker", "okafor").stdout)
    assert payload["quotes"] and all("Okafor" in q["speaker"] for q in payload["quotes"])


def test_bad_speaker_pattern_is_a_usage_error(runner, samples):
    result = run(runner, "quotes", samples / SAMPLE, "--speaker", "(")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --speaker")


def test_analyze_json_follows_the_contract(runner, samples):
    payload = json.loads(run(runner, "analyze", samples / SAMPLE, "--format", "json").stdout)
    assert {"language", "segments", "meta", "quotes", "claims"} <= set(payload)
    assert payload["language"] == "en"
    assert {"title", "outlet", "date"} <= set(payload["meta"])
    assert all({"start", "end", "lang"} <= set(s) for s in payload["segments"])
    assert all({"text", "start", "end", "kind", "speaker", "cue", "lang"} <= set(q) for q in payload["quotes"])
    assert all({"text", "start", "end", "claimant"} <= set(c) for c in payload["claims"])


def test_parse_lang_and_claims_commands(runner, samples):
    parsed = json.loads(run(runner, "parse", samples / SAMPLE, "--format", "json").stdout)
    assert parsed["meta"]["date"] == "2025-03-12"
    assert parsed["segments"][0]["kind"] == "title"
    lang = json.loads(run(runner, "lang", samples / "es-ministerio-agua.txt", "--format", "json").stdout)
    assert lang["language"] == "es"
    claims = json.loads(run(runner, "claims", samples / SAMPLE, "--format", "json").stdout)
    assert claims["claims"][0]["rank"] == 1


def test_lang_per_line_gives_one_result_per_non_blank_line(runner):
    text = "The government fell.\n\nEl gobierno cayó.\nLe gouvernement est tombé.\n"
    lines = [
        json.loads(x)
        for x in run(runner, "lang", "-", "--per-line", "--format", "jsonl", input=text).stdout.splitlines()
    ]
    assert [(x["line"], x["language"]) for x in lines] == [(1, "en"), (3, "es"), (4, "fr")]
    assert all(0 < x["confidence"] <= 1 for x in lines)


def test_lang_unknown_code_is_a_usage_error(runner):
    result = run(runner, "lang", "-", "--languages", "en,xx", input="hello")
    assert result.exit_code == 2
    assert "xx" in result.stderr


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "absent.txt", "no such file"),
        (lambda tmp: tmp, "is a directory"),
        (lambda tmp: ((tmp / "empty.txt").write_text("") and tmp / "empty.txt") or tmp / "empty.txt", "empty"),
        (lambda tmp: (tmp / "bin.txt").write_bytes(b"\x00\x01\x02" * 200) and tmp / "bin.txt", "binary"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_1(runner, tmp_path, make, message):
    result = run(runner, "analyze", make(tmp_path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_format_is_a_usage_error(runner, samples):
    assert run(runner, "quotes", samples / SAMPLE, "--format", "yaml").exit_code == 2


def test_batch_streams_a_record_per_file_and_reports_failures(runner, tmp_path, samples):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (SAMPLE, "fr-mairie-transport.txt"):
        (folder / name).write_text((samples / name).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\xff" * 300)
    result = run(runner, "batch", folder, "--format", "jsonl", "--jobs", "1")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1
    assert len(records) == 3
    by_name = {r["path"].rsplit("/", 1)[-1]: r for r in records}
    assert "error" in by_name["broken.txt"]
    assert by_name[SAMPLE]["quotes"] and by_name["fr-mairie-transport.txt"]["language"] == "fr"
    assert "1 failed" in result.stderr


def test_batch_resume_skips_what_is_already_done(runner, tmp_path, samples):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text((samples / SAMPLE).read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run(runner, "batch", folder, "--output", out).exit_code == 0
    (folder / "b.txt").write_text((samples / "de-bahn-streik.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = run(runner, "batch", folder, "--output", out, "--resume")
    assert result.exit_code == 0
    paths = [json.loads(line)["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(p.rsplit("/", 1)[-1] for p in paths) == ["a.txt", "b.txt"]
    assert "1 analyzed, 1 already done" in result.stderr


def test_resume_needs_an_output_file(runner, tmp_path):
    assert run(runner, "batch", tmp_path, "--resume").exit_code == 2


def test_speakers_across_a_folder(runner, samples):
    payload = json.loads(run(runner, "speakers", samples, "--format", "json", "--jobs", "1").stdout)
    names = {s["name"] for s in payload["speakers"]}
    assert "Maria Okafor" in names
    assert all(s["quotes"] >= 1 and s["documents"] >= 1 for s in payload["speakers"])


def test_a_name_joins_across_a_folder_but_a_description_is_someone_in_its_own_article(runner, tmp_path):
    first = 'Fire\n\nLYON — A fire broke out.\n\n"It was terrifying," said a woman.\n\n"We are safe," said Ana Ruiz.\n'
    second = 'Flood\n\nNICE — A flood hit.\n\n"The water rose fast," said a woman.\n\n"Help came," said Ana Ruiz.\n'
    (tmp_path / "a.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b.txt").write_text(second, encoding="utf-8")
    payload = json.loads(run(runner, "speakers", tmp_path, "--format", "json", "--jobs", "1").stdout)
    documents = sorted((s["name"], s["documents"]) for s in payload["speakers"])
    assert documents == [("Ana Ruiz", 2), ("woman", 1), ("woman", 1)]


def test_article_text_is_never_read_as_markup_or_terminal_escapes(runner):
    text = "Title\n\n“[bold red]Vote now[/bold red] \x1b[31mred\x1b[0m,” said Ana Lima.\n"
    table = runner.invoke(app, ["quotes", "-"], input=text, env={"COLUMNS": "200"}).stdout
    assert "[bold red]Vote now[/bold red]" in table
    assert "\x1b" not in table
    assert "\\u001b" in table
    raw = run(runner, "quotes", "-", "--format", "csv", input=text).stdout
    assert "\x1b" not in raw


def test_batch_on_two_processes_gives_the_records_of_one_in_the_same_order(runner, tmp_path, samples):
    folder = tmp_path / "in"
    folder.mkdir()
    for sample in sorted(samples.glob("*.txt")):
        (folder / sample.name).write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "zz-broken.txt").write_bytes(b"\x00\xff" * 300)
    serial = run(runner, "batch", folder, "--jobs", "1")
    parallel = run(runner, "batch", folder, "--jobs", "2")
    assert serial.exit_code == parallel.exit_code == 1  # the broken file fails in both, and only it
    assert parallel.stdout == serial.stdout
    paths = [json.loads(line)["path"] for line in parallel.stdout.splitlines()]
    assert paths == sorted(str(p) for p in folder.iterdir())
    assert "error" in json.loads(parallel.stdout.splitlines()[-1])


def test_speakers_of_a_folder_with_one_article_or_none(runner, tmp_path, samples):
    one = tmp_path / "one"
    one.mkdir()
    (one / "a.txt").write_text((samples / SAMPLE).read_text(encoding="utf-8"), encoding="utf-8")
    result = run(runner, "speakers", one, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["speakers"][0]["name"] == "Maria Okafor"
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run(runner, "speakers", empty, "--format", "json")
    assert (result.exit_code, json.loads(result.stdout)) == (0, {"speakers": []})


def test_batch_as_one_json_array(runner, tmp_path, samples):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text((samples / SAMPLE).read_text(encoding="utf-8"), encoding="utf-8")
    records = json.loads(run(runner, "batch", folder, "--format", "json").stdout)
    assert [r["path"].rsplit("/", 1)[-1] for r in records] == ["a.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert json.loads(run(runner, "batch", empty, "--format", "json").stdout) == []


def test_a_closed_output_pipe_ends_every_command_quietly(tmp_path, samples):
    import subprocess
    import sys

    for command in (["speakers", str(samples), "--format", "jsonl"], ["batch", str(samples)]):
        reader = subprocess.Popen(["head", "-c", "1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
        writer = subprocess.run(
            [sys.executable, "-m", "presscli", *command], stdout=reader.stdin, stderr=subprocess.PIPE, check=False
        )
        reader.stdin.close()
        reader.wait()
        assert writer.returncode in (0, -13, 141), command  # SIGPIPE, as for other Unix tools
        assert b"Traceback" not in writer.stderr and b"BrokenPipe" not in writer.stderr


def test_links_that_go_nowhere_or_twice_are_listed_once():
    text = (
        "Title\n\nSources: [La Jornada](#) and [El Ciudadano](#) quoted the post "
        "https://t.co/abc123 pic.twitter.com/x https://t.co/abc123\n"
    )
    urls = [link.url for link in presscli.analyze(text).meta.links]
    assert urls == ["https://t.co/abc123"]


def test_nul_bytes_become_replacement_characters_and_words_read_past_them(runner):
    result = runner.invoke(
        app, ["quotes", "-", "--format", "json"], input="Title\n\n“We will win,” sa\x00id Ana Lima.\n"
    )
    quote = json.loads(result.stdout)["quotes"][0]
    assert quote["speaker"] == "Ana Lima"
    assert result.stderr.count("NUL") == 1


def test_encodings_are_named_as_codecs_names_them(runner, tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_text("Title\n\nThe council met on Monday.\n", encoding="utf-16")
    meta = json.loads(runner.invoke(app, ["parse", str(path), "--format", "json"]).stdout)["meta"]
    assert meta["encoding"] == "utf-16"


def test_a_long_embedded_post_is_shortened_with_an_ellipsis_in_the_table(runner):
    long_post = "We reject the decision and call for talks. " * 6
    text = (
        "Embassy row\n\nThe ministry answered on Tuesday.\n\n"
        f"{long_post.strip()}\n— External Affairs (@MEA_press) November 4, 2025\n\nThe talks go on.\n"
    )
    table = runner.invoke(app, ["parse", "-"], input=text, env={"COLUMNS": "200"}).stdout
    line = next(line for line in table.splitlines() if "Embedded post" in line)
    assert "…" in line


def test_help_never_splits_an_option_name_across_lines(runner):
    for width in ("40", "60", "80", "100"):
        help_text = runner.invoke(app, ["lang", "--help"], env={"COLUMNS": width}).stdout
        assert not any(line.rstrip().endswith("--per-") for line in help_text.splitlines())


def test_help_names_arguments_as_the_readme_does_without_python_types(runner):
    for command in ("parse", "quotes", "speakers", "batch", "query"):
        help_text = runner.invoke(app, [command, "--help"], env={"COLUMNS": "120"}).stdout
        usage = next(line for line in help_text.splitlines() if line.startswith("Usage:"))
        assert "{" not in usage and "}" not in usage
        assert not re.search(r"<(?:str|int|path|float|list)", help_text)
