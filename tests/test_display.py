"""Quotations seen in place: `show` on a terminal and `report` as one self-contained HTML file. Article
text is data in both: markup, escapes and HTML in it are shown, never obeyed."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import presscli
from presscli.cli import app

ARTICLE = (
    "Harbour works halted\n\n"
    "NORTHFIELD — The port authority halted the works on Tuesday.\n\n"
    "“We will not pour concrete until the wall is safe,” said chief executive Maria Okafor.\n\n"
    "“The delay will cost us dearly,” said Tom Reyes, who leads the dockers' union.\n\n"
    "Okafor added that the pause would last “a few months at most”.\n"
)
HOSTILE = (
    "Hostile <b>title</b>\n\n"
    'The mayor said “<script>alert(1)</script> and </textarea> and "><img src=x onerror=alert(2)>” on Monday.\n\n'
    "See [the file](javascript:alert(3)) and [bold]not markup[/bold] and \x1b[31mnot red\x1b[0m.\n"
)


def test_show_prints_every_quotation_with_its_label_and_a_legend(runner):
    result = runner.invoke(app, ["show", "-"], input=ARTICLE, env={"NO_COLOR": "1"})
    assert result.exit_code == 0
    out = " ".join(result.stdout.split())
    doc = presscli.analyze(ARTICLE)
    for quote in doc.quotes:
        assert " ".join(quote.text.split()) in out
        assert f"{quote.speaker_id} {quote.speaker}" in out
    assert f"{len(doc.quotes)} quotations, {len(doc.speakers)} speakers" in out
    assert "\x1b[" not in result.stdout  # NO_COLOR and a pipe: plain text


def test_show_filters_by_kind_and_speaker(runner):
    fragments = runner.invoke(app, ["show", "-", "--kind", "fragment"], input=ARTICLE).stdout
    assert "a few months at most" in fragments and "· fragment]" in fragments
    assert "[S1 Maria Okafor · said]" not in fragments
    reyes = runner.invoke(app, ["show", "-", "--speaker", "reyes"], input=ARTICLE).stdout
    assert "Tom Reyes · said" in reyes and "Maria Okafor · said" not in reyes


def test_show_never_obeys_markup_or_escapes_in_the_article(runner):
    result = runner.invoke(app, ["show", "-"], input=HOSTILE)
    assert result.exit_code == 0
    assert "[bold]not markup[/bold]" in result.stdout
    assert "\x1b[31m" not in result.stdout and "\\u001b[31m" in result.stdout


class _Page(HTMLParser):
    """What a browser would build from the report: elements, attributes, the text of quotations."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[str] = []
        self.text: list[str] = []
        self._in_mark = 0
        self._in_tip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "mark":
            self._in_mark += 1
            self.marks.append("")
        elif self._in_mark and tag in ("span", "sup"):
            self._in_tip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._in_mark -= 1
        elif self._in_mark and tag in ("span", "sup") and self._in_tip:
            self._in_tip -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_mark and not self._in_tip:
            self.marks[-1] += data


def page(html: str) -> _Page:
    parsed = _Page()
    parsed.feed(html)
    return parsed


def report(runner, tmp_path: Path, text: str) -> tuple[int, str]:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "-", "-o", str(out)], input=text)
    return result.exit_code, out.read_text(encoding="utf-8")


def test_a_report_shows_every_quotation_in_place_and_every_speaker(runner, tmp_path):
    code, html = report(runner, tmp_path, ARTICLE)
    assert code == 0
    parsed = page(html)
    doc = presscli.analyze(ARTICLE)
    marked = [" ".join(m.split()) for m in parsed.marks]
    for quote in doc.quotes:
        assert any(" ".join(quote.text.split()) in m for m in marked)
    text = " ".join(" ".join(parsed.text).split())
    for speaker in doc.speakers:
        assert speaker.name in text
    assert all(attrs.get("tabindex") == "0" for tag, attrs in parsed.tags if tag == "mark")  # keyboard reachable


def test_a_report_is_self_contained(runner, tmp_path):
    _, html = report(runner, tmp_path, ARTICLE)
    parsed = page(html)
    for tag, attrs in parsed.tags:
        assert tag not in ("link", "img", "iframe")
        assert not (tag == "script" and attrs.get("src"))
    assert "http://" not in html and "https://" not in html


def test_nothing_from_a_hostile_article_can_run_in_its_report(runner, tmp_path):
    _, html = report(runner, tmp_path, HOSTILE)
    parsed = page(html)
    scripts = [attrs for tag, attrs in parsed.tags if tag == "script"]
    assert len(scripts) == 1 and scripts[0].get("nonce")  # the report's own, the only one the policy allows
    assert not any(tag in ("img", "textarea") for tag, _ in parsed.tags)
    for _, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs)
        assert not any((value or "").lower().startswith("javascript:") for value in attrs.values())
    text = " ".join(parsed.text)
    assert "<script>alert(1)</script>" in text and "onerror=alert(2)>" in text  # shown as text
    assert "Hostile <b>title</b>" in text


def test_a_folder_report_has_an_overview_a_table_of_every_quotation_and_its_failures(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE.replace("Maria Okafor", "Ana Lima"), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\xff" * 300)
    out = tmp_path / "folder.html"
    result = runner.invoke(app, ["report", str(folder), "-o", str(out)])
    assert result.exit_code == 1  # a file failed: said, and the report is still written
    html = out.read_text(encoding="utf-8")
    parsed = page(html)
    articles = (folder / "a.txt", folder / "b.txt")
    quotes = sum(len(presscli.analyze(p.read_text(encoding="utf-8")).quotes) for p in articles)
    rows = html.split('id="all"', 1)[1].split("</table>", 1)[0].count("<tr>") - 1  # minus the header
    assert rows == quotes
    text = " ".join(parsed.text)
    assert "broken.txt" in text and "Files that could not be analyzed" in text
    assert "Who is quoted" in text and "Quotations per language" in text
