"""Cleaning and splitting a report: the real seed (read verbatim) and synthetic noisy lines."""

from __future__ import annotations

import re

import pytest
from helpers import SEED

from bot import ArticleError, load_article, parse_article
from bot.article import Article
from bot.scripts import to_simplified

_PINYIN_NOTE = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")
_DOUBLED = re.compile(r"[，、；：。！？][，、；：。！？]")


@pytest.fixture(scope="module")
def seed() -> Article:
    return load_article(SEED)


def _text(raw: str) -> str:
    """The cleaned text of a synthetic report."""
    return parse_article(raw, "synthetic").text


# --- the real seed ----------------------------------------------------------------


def test_seed_file_is_verbatim_and_loading_does_not_change_it() -> None:
    before = SEED.read_bytes()
    load_article(SEED)
    assert SEED.read_bytes() == before
    raw = before.decode("utf-8")
    assert "協(xié)" in raw  # the noisy copy as published, pinyin and all
    assert "?fàn)I" in raw  # and its mojibake


def test_seed_has_no_pinyin_annotations(seed: Article) -> None:
    assert not _PINYIN_NOTE.search(seed.text), _PINYIN_NOTE.search(seed.text)
    assert "xié" not in seed.text and "guān" not in seed.text


def test_seed_has_no_question_mark_garbles(seed: Article) -> None:
    # The report asks no questions, so any ? or ？ left is a garble.
    assert "?" not in seed.text
    assert "？" not in seed.text
    assert "fàn" not in seed.text and "lián" not in seed.text


@pytest.mark.parametrize(
    "repaired",
    ["为人工智能持续健康发展营造良好环境", "以新担当新作为"],
    ids=["营造", "担当"],
)
def test_seed_mojibake_is_repaired(seed: Article, repaired: str) -> None:
    assert repaired in seed.text


def test_seed_has_no_doubled_punctuation(seed: Article) -> None:
    for pair in ("，，", "，。", "，、", "、，", "。。"):
        assert pair not in seed.text, pair
    assert not _DOUBLED.search(seed.text), _DOUBLED.search(seed.text)


def test_seed_keeps_the_stronger_mark_of_a_doubled_pair(seed: Article) -> None:
    # ",、" between two titles becomes "、"; ",。" at a sentence end becomes "。".
    assert "省委副书记、省长王伟中" in seed.text
    assert seed.sentences[0].text == "7月11日，粤商·省长面对面协商座谈会在广州召开。"


def test_seed_is_all_simplified(seed: Article) -> None:
    assert to_simplified(seed.text) == seed.text
    assert "王伟中" in seed.text and "王偉中" not in seed.text


def test_seed_has_full_width_punctuation_only(seed: Article) -> None:
    assert not re.search(r"[,;:!()]", seed.text)


def test_seed_positions_are_consecutive_and_one_based(seed: Article) -> None:
    paragraphs = [s.paragraph for s in seed.sentences]
    assert paragraphs[0] == 1
    assert sorted(set(paragraphs)) == list(range(1, max(paragraphs) + 1))
    assert paragraphs == sorted(paragraphs)
    for paragraph in seed.paragraphs:
        assert [s.index for s in paragraph] == list(range(1, len(paragraph) + 1))


def test_seed_paragraphs_match_the_lines_of_the_report(seed: Article) -> None:
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(seed.paragraphs) == len(lines) == 7
    assert seed.title is None  # the report has no headline line


def test_seed_sentences_end_at_sentence_marks(seed: Article) -> None:
    for s in seed.sentences:
        assert s.text and s.text[-1] in "。！？”", s
        assert s.text.strip() == s.text


# --- synthetic lines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("会议指出,要加强合作;推动发展!", "会议指出，要加强合作；推动发展！"),
        ("大家说:好(真的)。", "大家说：好（真的）。"),
        ("甲,,乙。", "甲，乙。"),
        ("甲乙,。", "甲乙。"),
        ("甲,、乙。", "甲、乙。"),
        ("甲，，乙；。", "甲，乙。"),
        ("\u3000\u3000２０２３年ＡＢＣ会议召开。", "2023年ABC会议召开。"),
    ],
    ids=[
        "half-width",
        "colon-parens",
        "comma-comma",
        "comma-period",
        "comma-dunhao",
        "full-width-runs",
        "full-width-digits",
    ],
)
def test_punctuation_and_width_are_normalized(raw: str, expected: str) -> None:
    assert _text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("会议于10:30开始，共有1,000人参加。", ["10:30", "1,000"]),
        ("投资12,500万元，会议在9:00举行。", ["12,500", "9:00"]),
    ],
    ids=["1,000-and-10:30", "12,500-and-9:00"],
)
def test_numbers_keep_their_half_width_marks(raw: str, kept: list[str]) -> None:
    text = _text(raw)
    for part in kept:
        assert part in text
    assert "，" in text  # the comma between clauses is still converted


@pytest.mark.parametrize(
    "furniture",
    [
        "2022-06-18 09:41:05 来源:岭西日报",
        "来源：新华网",
        "字号:默认 超大 | 打印",
        "责任编辑：林小禾",
        "(責任編輯:洪一帆)",
        "W020210513367218904512.jpg",
        "20210408101237_5834.jpg",
        "本报记者 骆晓峰 摄",
        "新华社记者 邱雨桐 摄",
        "新闻热线：0762-8123456",
        "（责编：乔某、宋某）",
        "澄某新闻网 | 首页 > 新闻中心 > 澄某要闻 > 正文",
        "当前位置：首页 > 政协要闻",
        "■某市政协昨日举行协商会。记者冼某琳 摄",
        "▲ 会议现场",
        "首页 | 新闻中心 | 政务公开 | 商会风采 | 联系我们",
    ],
    ids=[
        "timestamp-source",
        "source",
        "font-size",
        "editor",
        "editor-hant",
        "jpg",
        "jpg-2",
        "photo-credit",
        "xinhua-photo",
        "hotline",
        "short-editor",
        "breadcrumb",
        "current-position",
        "caption-square",
        "caption-triangle",
        "navigation-bar",
    ],
)
def test_page_furniture_lines_are_dropped(furniture: str) -> None:
    raw = f"6月17日，全省会议在云州召开。\n{furniture}\n省长出席并讲话。\n"
    article = parse_article(raw, "synthetic")
    assert [s.text for s in article.sentences] == [
        "6月17日，全省会议在云州召开。",
        "省长出席并讲话。",
    ]
    for word in ("来源", "字号", "编辑", "jpg", "摄", "热线", "首页", "现场"):
        assert word not in article.text


def test_headline_and_its_repeat_become_the_title() -> None:
    raw = "全省会议在云州召开\n全省会议在云州召开\n\n6月17日，全省会议在云州召开。\n"
    article = parse_article(raw, "synthetic")
    assert article.title == "全省会议在云州召开"
    assert [s.text for s in article.sentences] == ["6月17日，全省会议在云州召开。"]


@pytest.mark.parametrize(
    "byline",
    ["本报讯(记者 张小明)", "本报讯（记者 张小明 通讯员 李四）", "　　本报讯(记者 张小明)"],
    ids=["half-width", "full-width-two-names", "indented"],
)
def test_byline_is_stripped(byline: str) -> None:
    article = parse_article(f"{byline}昨日，市政府召开全市工作会议。\n", "synthetic")
    assert article.sentences[0].text == "昨日，市政府召开全市工作会议。"
    assert "张小明" not in article.text and "记者" not in article.text


@pytest.mark.parametrize(
    ("raw", "dateline", "place", "byline", "first"),
    [
        (
            "　　本报讯(记者 聂云舒 通讯员 庞立)昨日，青禾市工作会议召开。",
            None,
            None,
            "记者 聂云舒 通讯员 庞立",
            "昨日，青禾市工作会议召开。",
        ),
        (
            "　　本报兰津6月29日讯(记者 简宁 实习生 巩小雨)28日，全市推进会召开。",
            "6月29日",
            "兰津",
            "记者 简宁 实习生 巩小雨",
            "28日，全市推进会召开。",
        ),
        (
            "新华社北京3月2日电(记者 龙晓川)中华某某促进会2日在京召开座谈会。",
            "3月2日",
            "北京",
            "记者 龙晓川",
            "中华某某促进会2日在京召开座谈会。",
        ),
        (
            "新华社北京1月10日电（记者 张某 王某）国务院常务会议10日召开。",
            "1月10日",
            "北京",
            "记者 张某 王某",
            "国务院常务会议10日召开。",
        ),
        (
            "新华社北京5月8日电 国务院常务会议8日召开。",
            "5月8日",
            "北京",
            None,
            "国务院常务会议8日召开。",
        ),
        (
            "本报北京11月8日电 （记者 岑某）全国某某会8日下午在京召开座谈会。",
            "11月8日",
            "北京",
            "记者 岑某",
            "全国某某会8日下午在京召开座谈会。",
        ),
        (
            "人民网东州 4月3日电(记者宁某、柯某)省政协3日召开协商会。",
            "4月3日",
            "东州",
            "记者 宁某、柯某",
            "省政协3日召开协商会。",
        ),
        (
            "中新社3月2日电（记者 房某）某某论坛2日开幕。",
            "3月2日",
            None,
            "记者 房某",
            "某某论坛2日开幕。",
        ),
        (
            "新华社呼和浩特2023年7月9日电 自治区座谈会9日召开。",
            "7月9日",
            "呼和浩特",
            None,
            "自治区座谈会9日召开。",
        ),
        (
            "本报电（记者 檀某）昨日，市政府召开会议。",
            None,
            None,
            "记者 檀某",
            "昨日，市政府召开会议。",
        ),
        ("人民网北京电 市政协召开座谈会。", None, "北京", None, "市政协召开座谈会。"),
        (
            "江某日报鹤某9月20日电（记者 禚某 通讯员 亢某）今天下午，省政协召开协商会。",
            "9月20日",
            "鹤某",
            "记者 禚某 通讯员 亢某",
            "今天下午，省政协召开协商会。",
        ),
        (
            "中新社北京三月九日电 全国某某座谈会九日下午在京召开。",
            "三月九日",
            "北京",
            None,
            "全国某某座谈会九日下午在京召开。",
        ),
        (
            "【港某日報訊】記者冼某琳報道：市政協昨日下午舉行協商會。",
            None,
            None,
            "记者 冼某琳",
            "市政协昨日下午举行协商会。",
        ),
        ("6月17日，全省座谈会在云州召开。", None, None, None, "6月17日，全省座谈会在云州召开。"),
    ],
    ids=[
        "benbao-xun",
        "benbao-dateline",
        "xinhua",
        "xinhua-two-reporters",
        "xinhua-no-reporter",
        "benbao-dian-spaced",
        "renminwang-half-width",
        "zhongxinshe-no-place",
        "xinhua-with-year",
        "benbao-dian-no-date",
        "renminwang-place-no-date",
        "paper-name-dateline",
        "numeral-dateline",
        "hong-kong-byline",
        "none",
    ],
)
def test_dateline_and_byline_are_kept_off_the_text(
    raw: str, dateline: str | None, place: str | None, byline: str | None, first: str
) -> None:
    article = parse_article(raw + "\n省长出席并讲话。\n", "synthetic")
    assert (article.dateline, article.dateline_place, article.byline) == (dateline, place, byline)
    assert article.sentences[0].text == first


def test_seed_has_no_dateline_or_byline(seed: Article) -> None:
    assert (seed.dateline, seed.dateline_place, seed.byline) == (None, None, None)


def test_unknown_garble_is_dropped_without_breaking_the_sentence() -> None:
    article = parse_article("要创新消费场景，进一步?qǐn)x放文旅消费潜力，推动发展。\n", "synthetic")
    assert len(article.sentences) == 1
    text = article.sentences[0].text
    assert text.startswith("要创新消费场景，进一步") and text.endswith("放文旅消费潜力，推动发展。")
    assert "?" not in text and "？" not in text and "qǐn" not in text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("為企業發展?fàn)I造良好環境。", "为企业发展营造良好环境。"),
        ("以新?lián)?dāng)新作為助力發展。", "以新担当新作为助力发展。"),
        ("推動?yún)f商成果轉化。", "推动协商成果转化。"),
    ],
    ids=["营", "担当", "协"],
)
def test_known_garbles_are_repaired(raw: str, expected: str) -> None:
    assert _text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("省政協(xié)召開協(xié)商會。", "省政协召开协商会。"),
        ("省政協（xié）召開會議。", "省政协召开会议。"),
        ("科技創(chuàng)新 (chuàng)工作。", "科技创新工作。"),
    ],
    ids=["half-width-parens", "full-width-parens", "spaced"],
)
def test_pinyin_annotations_are_removed(raw: str, expected: str) -> None:
    assert _text(raw) == expected


def test_traditional_is_converted_to_simplified() -> None:
    text = _text("省委副書記、省長黎承宇出席並講話，強調要發展經濟。\n")
    assert text == "省委副书记、省长黎承宇出席并讲话，强调要发展经济。"


def test_synthetic_positions_follow_paragraphs() -> None:
    raw = "第一段第一句。第一段第二句！\n\n第二段第一句？第二段第二句。第二段第三句。\n"
    article = parse_article(raw, "synthetic")
    assert [(s.paragraph, s.index) for s in article.sentences] == [
        (1, 1),
        (1, 2),
        (2, 1),
        (2, 2),
        (2, 3),
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    article = parse_article("他说：“要加油。”大家鼓掌。\n", "synthetic")
    assert [s.text for s in article.sentences] == ["他说：“要加油。”", "大家鼓掌。"]


def test_corner_quotes_become_simplified_quotes() -> None:
    # Hong Kong and Taiwan copies quote with 「」 and 『』, half-width marks around them.
    article = parse_article("她說:「要推出『青年創業資助計劃』。」大家鼓掌。\n", "synthetic")
    assert [s.text for s in article.sentences] == [
        "她说：“要推出‘青年创业资助计划’。”",
        "大家鼓掌。",
    ]


def test_an_article_with_no_text_is_an_error() -> None:
    with pytest.raises(ArticleError, match="no report text"):
        parse_article("来源：新华网\n责任编辑：某某\n\n", "empty")


def test_a_missing_article_file_is_an_error(tmp_path) -> None:
    with pytest.raises(ArticleError, match="Cannot read"):
        load_article(tmp_path / "nothing.txt")


def test_a_non_utf8_article_file_is_an_error(tmp_path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("会议在广州召开。".encode("gbk"))
    with pytest.raises(ArticleError, match="UTF-8"):
        load_article(path)


def test_a_byline_on_its_own_line_with_a_padded_name() -> None:
    article = parse_article("某某标题\n某州日报社全媒体记者　柯　蓝\n\n　　1月22日上午，某办举行新闻发布会。")
    assert article.byline == "全媒体记者 柯蓝"
    assert all("柯" not in s.text for s in article.sentences)


def test_a_related_articles_block_ends_the_report() -> None:
    raw = (
        "6月12日，座谈会在市民中心举行。\n（责任编辑：苗某）\n【打印】【关闭】【纠错】\n相关新闻：\n"
        "· 我市召开一季度民营经济运行分析会\n· 第二期座谈会举行\n某某日报社版权所有\n"
    )
    article = parse_article(raw, "synthetic")
    assert [s.text for s in article.sentences] == ["6月12日，座谈会在市民中心举行。"]


def test_a_related_articles_block_in_brackets_ends_the_report() -> None:
    raw = "6月17日，全市座谈会在云州召开。\n【相关文章】\n· 某区召开经济运行分析会　2024-04-22\n网站标识码：123\n"
    article = parse_article(raw, "synthetic")
    assert [s.text for s in article.sentences] == ["6月17日，全市座谈会在云州召开。"]


@pytest.mark.parametrize(
    ("raw", "byline", "first"),
    [
        ("【本報訊】（記者 甄某琪）某會昨日舉行座談會。", "记者 甄某琪", "某会昨日举行座谈会。"),
        ("【本報消息】某同鄉會於十月十二日晚舉行座談會。", None, "某同乡会于十月十二日晚举行座谈会。"),
        ("【港灣日報訊】記者 孟某彤 鷺江報道：省委書記昨日主持召開座談會。", "记者 孟某彤", "省委书记昨日主持召开座谈会。"),
    ],
    ids=["bracketed-byline-after", "macau-xiaoxi", "reporting-from"],
)
def test_hong_kong_and_macau_datelines_and_bylines_are_stripped(raw: str, byline: str | None, first: str) -> None:
    article = parse_article(raw, "synthetic")
    assert article.byline == byline
    assert article.sentences[0].text == first


def test_sub_headings_that_end_with_a_quote_are_no_report_text() -> None:
    raw = (
        "某總會辦青年座談會\n司徒某琛主禮　寄語青年「敢闖敢試」\n\n某會昨日舉行座談會。\n"
        "游某心：初創「技術強、市場弱」\n游某心作主題發言。\n"
    )
    article = parse_article(raw, "synthetic")
    assert article.title == "某总会办青年座谈会"
    assert [s.text for s in article.sentences] == ["某会昨日举行座谈会。", "游某心作主题发言。"]


def test_a_tv_script_s_sound_bite_label_gives_the_next_line_s_words_to_who_it_names() -> None:
    raw = (
        "【导语】\n今天上午，县委书记某某带领有关部门来到产业园，随后召开现场办公会。\n"
        "【同期声】某某机械有限公司总经理　傅某川\n设备3月底以前能全部进场。\n"
        "（解说）随后，他又来到施工现场。\n"
    )
    texts = [s.text for s in parse_article(raw, "synthetic").sentences]
    assert texts[1] == "某某机械有限公司总经理傅某川说：“设备3月底以前能全部进场。”"
    assert texts[2] == "随后，他又来到施工现场。"  # the narration label dropped
    assert not any("导语" in t or "同期声" in t for t in texts)
    inline = parse_article("某会今天上午召开。\n【同期声】区委书记　张某：我们一定要把这件事办好\n", "synthetic")
    assert inline.sentences[-1].text == "区委书记张某说：“我们一定要把这件事办好。”"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("播出：《某某新闻》2025年3月11日　19:30", "3月11日"),
        ("發佈：2025-06-19 07:58　｜　字體：大 中 小", "6月19日"),
        ("2025年6月19日 星期四 ｜ quinta-feira, 19 de junho de 2025　　天氣：28°C", "6月19日"),
    ],
)
def test_the_page_s_own_date_is_read_from_wherever_a_line_gives_it(line: str, published: str) -> None:
    article = parse_article(f"某会18日下午召开座谈会。\n{line}\n", "synthetic")
    assert article.published == published
    assert article.dateline is None  # the page's date is no dateline: never the meeting's date alone


def test_a_deadline_s_time_is_no_page_date() -> None:
    assert parse_article("某会18日下午召开座谈会。\n截止时间：2025年6月30日前提交材料\n", "synthetic").published is None


def test_another_story_after_this_one_is_no_part_of_it() -> None:
    raw = "某会18日下午举行全体会议，由主席甲某某主持。\n【又訊】某区某会同日上午亦举行全体会议，由该会主席乙某某主持。\n"
    assert [s.text for s in parse_article(raw, "synthetic").sentences] == ["某会18日下午举行全体会议，由主席甲某某主持。"]


def test_a_traditional_report_keeps_its_own_forms_of_characters_both_scripts_write() -> None:
    raw = "全市在用住宅電梯1.94萬台，其中使用15年以上的有2100餘台。會議在市人大會議中心召開。\n"
    article = parse_article(raw, "synthetic")
    assert ("萬臺", "萬台") in article.forms
    assert parse_article("全市在用住宅电梯1.94万台。会议在市人大会议中心召开。\n", "synthetic").forms == ()


def test_a_forums_anti_copying_junk_and_a_photo_credit() -> None:
    raw = (
        "某市防指召开防汛会商会\n"
        "据介绍@##，全市平均降雨量86.4毫米#*@，增长6.3%。\n"
        "6 H& s$ S: [% s# [ 市领导张三丰、李四海参加会议。We met at 5G labs.\n"
        "▲会议现场。　记者 邝思远 摄\n"
    )
    article = parse_article(raw, "junk")
    text = "".join(s.text for s in article.sentences)
    assert "86.4毫米，增长6.3%" in text and "市领导张三丰" in text and "We met at 5G labs" in text
    assert not re.search(r"[@#$&\[]", text)
    assert article.photo == "邝思远"
