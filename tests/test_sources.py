"""Reading input: encodings, newlines, and clear errors for what is not an article."""

from __future__ import annotations

import codecs

import pytest

from presscli.errors import InputError
from presscli.read import decode, load, sniff_format, walk

ARTICLE = "Ministra: “El agua está garantizada”, dijo Lucía Ferrer.\nSegunda línea con ñ y ü.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1252"])
def test_every_common_encoding_decodes_to_the_same_text(encoding):
    data = ARTICLE.encode(encoding)
    text, found = decode(data)
    assert text == ARTICLE
    assert found


def test_utf8_byte_order_mark_is_kept_as_python_reads_it():
    text, encoding = decode(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    assert text == "\ufeff" + ARTICLE
    assert encoding == "utf-8-sig"


def test_windows_and_old_mac_newlines_become_line_feeds():
    text, _ = decode(b"one\r\ntwo\rthree\n")
    assert text == "one\ntwo\nthree\n"


def test_empty_and_blank_input_is_an_error():
    with pytest.raises(InputError, match="empty"):
        decode(b"")
    with pytest.raises(InputError, match="empty"):
        decode(b"  \n\t \n")


def test_binary_data_is_refused():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(InputError):
        decode(png)


def test_missing_file_and_directory_are_clear_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        load(tmp_path)


def test_format_comes_from_the_name_or_the_content():
    assert sniff_format("a.html", "") == "html"
    assert sniff_format("a.md", "# Title") == "markdown"
    assert sniff_format(None, "<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert sniff_format("a.txt", "Plain words") == "text"


def test_walk_lists_articles_in_order_and_skips_hidden_files(tmp_path):
    (tmp_path / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "a.md").write_text("a", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("h", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text("<p>c</p>", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path)] == ["a.md", "b.txt", "sub/c.html"]
