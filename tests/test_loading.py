"""Reports read one by one: encodings, size limit, files that are no report, the facts cache and
its progress bar, and Understanding built only when a meeting is asked about."""

from __future__ import annotations

import io
import logging
import os
import pickle
from pathlib import Path

import pytest
from helpers import REPORTS, SEED

from bot import loading
from bot.engine import Engine
from bot.errors import ArticleError

HANT_REPORT = REPORTS / "r17_wanchai_qingnian_hk.txt"
R01 = REPORTS / "r01_minqi_zuotanhui.txt"


@pytest.fixture
def cache(tmp_path: Path) -> loading.FactCache:
    return loading.FactCache(tmp_path / "cache")


def facts_of(path: Path, cache: loading.FactCache | bool = False) -> dict:
    [entry] = loading.load_reports([path], cache=cache).loaded
    return {k: v for k, v in entry.facts.as_dict().items() if k != "article"}


# -- encodings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "encoding"),
    [
        (SEED, "utf-8-sig"),
        (SEED, "gbk"),
        (SEED, "gb18030"),
        (SEED, "utf-16"),  # with a byte-order mark
        (SEED, "utf-16-le"),  # without one
        (SEED, "utf-16-be"),
        (R01, "gb18030"),
        (HANT_REPORT, "big5"),
    ],
    ids=["utf8-bom", "gbk", "gb18030", "utf16-bom", "utf16le", "utf16be", "gb18030-r01", "big5-hant"],
)
def test_every_common_encoding_gives_the_same_facts(
    tmp_path: Path, source: Path, encoding: str
) -> None:
    path = tmp_path / f"{source.stem}.txt"
    text = source.read_text(encoding="utf-8")
    path.write_bytes(text.encode(encoding, errors="strict"))
    assert path.read_bytes() != text.encode("utf-8")
    assert facts_of(path) == facts_of(source)


def test_a_gbk_file_among_good_ones_no_longer_stops_the_start(tmp_path: Path) -> None:
    (tmp_path / "a_seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b_gbk.txt").write_bytes(R01.read_text(encoding="utf-8").encode("gbk"))
    engine = Engine.load(seeds=tmp_path)
    assert [mid for mid, _ in engine.meetings()] == ["a_seed", "b_gbk"]
    assert engine.skipped == ()
    assert "韩书凯" in engine.ask("韩书凯是谁？", ("gbk", 1)).text


# -- files that are skipped ---------------------------------------------------------------


def test_broken_files_are_skipped_with_one_warning_each_and_the_rest_served(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "a_good.txt").write_bytes(SEED.read_bytes())
    big = tmp_path / "b_big.txt"
    big.write_bytes(SEED.read_bytes() * 1000)  # about 4.4 MB
    (tmp_path / "c_english.txt").write_text("The meeting was held in Guangzhou.\n" * 50, encoding="utf-8")
    (tmp_path / "d_binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "e_empty.txt").write_bytes(b"")
    (tmp_path / "f_recipe.txt").write_text("红烧肉的做法：先把五花肉切成小块，焯水去腥。" * 5, encoding="utf-8")
    unreadable = tmp_path / "g_unreadable.txt"
    unreadable.write_bytes(SEED.read_bytes())
    unreadable.chmod(0)
    caplog.set_level(logging.WARNING)
    engine = Engine.load(seeds=tmp_path)
    assert [mid for mid, _ in engine.meetings()] == ["a_good"] + (["g_unreadable"] if os.access(unreadable, os.R_OK) else [])
    reasons = {s.path.name: s.reason for s in engine.skipped}
    size = f"{big.stat().st_size / 1048576:.3g}"
    assert reasons["b_big.txt"] == f"it is {size} MB, over the 2 MB limit (MEETING_BOT_MAX_REPORT_MB)"
    assert reasons["c_english.txt"] == "it has no Chinese report text (read as utf-8)"
    assert reasons["d_binary.txt"].startswith(("it holds binary data", "its encoding could not be recognised"))
    assert reasons["e_empty.txt"].startswith("it has no Chinese report text")
    assert reasons["f_recipe.txt"] == "no meeting, date, person or statement was found in it"
    if not os.access(unreadable, os.R_OK):  # root reads anything
        assert reasons["g_unreadable.txt"].startswith("it cannot be read")
    warnings = [r.getMessage() for r in caplog.records if r.name == "bot.loading"]
    assert len(warnings) == len(reasons)  # one each, naming the file and why
    for name, reason in reasons.items():
        assert f"skipped {tmp_path / name}: {reason}" in warnings


def test_the_size_limit_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED.read_bytes())
    monkeypatch.setenv("MEETING_BOT_MAX_REPORT_MB", "0.001")
    [skipped] = loading.load_reports([path], cache=False).skipped
    assert "over the 0.001 MB limit" in skipped.reason
    monkeypatch.setenv("MEETING_BOT_MAX_REPORT_MB", "1")
    assert loading.load_reports([path], cache=False).loaded


def test_when_no_file_can_be_read_the_start_stops_with_one_error(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("English only.\n" * 30, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"None of the 1 report file\(s\) could be read"):
        Engine.load(seeds=tmp_path)


# -- the cache ------------------------------------------------------------------------------


def test_a_second_load_comes_from_the_cache_and_gives_the_same_facts(
    tmp_path: Path, cache: loading.FactCache
) -> None:
    paths = [SEED, R01, HANT_REPORT]
    cold = loading.load_reports(paths, cache=cache)
    warm = loading.load_reports(paths, cache=cache)
    assert (cold.cache_hits, warm.cache_hits) == (0, 3)
    assert [e.facts for e in warm.loaded] == [e.facts for e in cold.loaded]
    assert [e.vocabulary.names for e in warm.loaded] == [e.vocabulary.names for e in cold.loaded]
    assert len(list(cache.folder.glob("*.pickle"))) == 3
    assert not list(cache.folder.glob("*.tmp"))  # written atomically
    assert cache.folder.parent.name == "facts" and cache.folder.name == loading.code_version()


def test_a_changed_report_or_sidecar_is_rebuilt(tmp_path: Path, cache: loading.FactCache) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED.read_bytes())
    assert loading.load_reports([path], cache=cache).cache_hits == 0
    path.write_text(SEED.read_text(encoding="utf-8").replace("7月11日", "7月12日"), encoding="utf-8")
    changed = loading.load_reports([path], cache=cache)
    assert changed.cache_hits == 0 and changed.loaded[0].facts.date.value.text == "7月12日"
    path.with_suffix(".yaml").write_text("remove_people: [林克庆]\n", encoding="utf-8")
    sidecar = loading.load_reports([path], cache=cache)
    assert sidecar.cache_hits == 0 and sidecar.loaded[0].facts.person("林克庆") is None
    assert loading.load_reports([path], cache=cache).cache_hits == 1


def test_a_corrupt_or_deleted_cache_is_only_rebuilt(tmp_path: Path, cache: loading.FactCache) -> None:
    loading.load_reports([SEED], cache=cache)
    [entry] = cache.folder.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    again = loading.load_reports([SEED], cache=cache)
    assert again.cache_hits == 0 and again.loaded[0].facts.person("林克庆")
    assert pickle.loads(entry.read_bytes())[0].facts == again.loaded[0].facts  # rewritten
    for path in cache.folder.glob("*"):
        path.unlink()
    cache.folder.rmdir()
    fresh = loading.FactCache(cache.folder.parent.parent)
    assert loading.load_reports([SEED], cache=fresh).cache_hits == 0


def test_the_code_version_covers_the_sources_and_the_genre_file() -> None:
    version = loading.code_version()
    assert len(version) == 16 and version == loading.code_version()
    sources = {p.name for p in loading.PACKAGE_DIR.glob("*.py")} | {"genre.yaml"}
    assert {"facts.py", "roster.py", "genre.yaml", "loading.py"} <= sources


def test_stale_cache_folders_of_other_versions_are_removed(tmp_path: Path) -> None:
    old = tmp_path / "facts" / "0123456789abcdef"
    old.mkdir(parents=True)
    (old / "x.pickle").write_bytes(b"x")
    recent = tmp_path / "facts" / "fedcba9876543210"
    recent.mkdir()
    long_ago = 1_000_000_000
    os.utime(old, (long_ago, long_ago))
    loading.FactCache(tmp_path)
    assert not old.exists() and recent.exists()


# -- the progress bar --------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_cold_build_shows_a_progress_bar_on_a_terminal_only(
    tmp_path: Path, cache: loading.FactCache
) -> None:
    paths = []
    for i in range(loading.PROGRESS_MIN_FILES):
        path = tmp_path / f"r{i:02d}.txt"
        path.write_text(SEED.read_text(encoding="utf-8").replace("7月11日", f"7月{i + 1}日"), encoding="utf-8")
        paths.append(path)
    terminal, pipe = Terminal(), io.StringIO()
    loading.load_reports(paths, cache=cache, progress=terminal)
    shown = terminal.getvalue()
    assert shown.startswith("\rreading reports [") and shown.endswith(f"] {len(paths)}/{len(paths)} ({len(paths)} extracted)\n")
    loading.load_reports(paths, cache=cache, progress=pipe)
    warm = Terminal()
    loading.load_reports(paths, cache=cache, progress=warm)
    assert pipe.getvalue() == warm.getvalue() == ""  # not a terminal; nothing extracted


# -- a meeting's words compiled on first use -----------------------------------------------------


def _compiled(engine: Engine, meeting_id: str) -> bool:
    """Whether the meeting's name patterns were compiled (ReportWords builds them on first use)."""
    return "names" in vars(engine.meeting(meeting_id).words)


def test_only_the_meetings_asked_about_compile_their_words() -> None:
    engine = Engine.load([SEED, R01, HANT_REPORT])
    assert not any(_compiled(engine, mid) for mid, _ in engine.meetings())
    reply = engine.ask("谁主持了会议？", ("lazy", 1))
    assert "林克庆" in reply.text
    assert _compiled(engine, SEED.stem)
    assert not _compiled(engine, HANT_REPORT.stem)
    assert engine.meeting(HANT_REPORT.stem).vocabulary.names  # routing reads the vocabulary only
