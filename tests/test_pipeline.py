"""Each step of the question pipeline on its own: normalising, dates, slot extractors,
question words, cue words, context, scoring, redirect rules and focus terms."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml
from helpers import INTENTS, REPORTS, ROOT, new_key, report_engine, shared_engine

from bot import IntentFileError, load_knowledge
from bot.answers import COMPOSERS
from bot.dates import Date, DateReader, Kind, chinese_number
from bot.figures import parse_figure
from bot.genre import load_genre
from bot.understanding import Context, Understanding
from bot.understanding.context import carry_over, with_context
from bot.understanding.matching import Spans, alternation
from bot.understanding.normalise import clean
from bot.understanding.question import Question, Slots, Text
from bot.understanding.redirects import CONDITIONS, holds
from bot.understanding.scoring import THRESHOLD, decide
from bot.understanding.slots.words import focus_terms


@pytest.fixture(scope="module")
def engine():  # noqa: ANN201
    return shared_engine()


@pytest.fixture(scope="module")
def understanding(engine) -> Understanding:  # noqa: ANN001
    return engine.understanding


@pytest.fixture(scope="module")
def words(engine):  # noqa: ANN001, ANN201
    return engine.meeting().words


# --- normalise -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "script", "text"),
    [
        ("誰主持了會議？", "hant", "谁主持了会议?"),
        ("ＷＨＯ chaired it?", "en", "who chaired it?"),
        ("@meeting_bot 边个系省长", "hans", "谁是省长"),
        ("王伟中发了言吗", "hans", "王伟中发言吗"),
        ("Who is the provincial CPPCC chairman?", "en", "who is the 省政协主席?"),
        ("是谁宣读的决定", "hans", "谁宣读的决定"),
    ],
)
def test_the_normaliser_reads_script_and_text_once(understanding: Understanding, raw: str, script: str, text: str) -> None:
    read = understanding.normalise(raw)
    assert (read.raw, read.script, read.text) == (raw, script, text)


def test_cleaning_drops_markup_links_and_control_characters() -> None:
    assert clean("<b>谁</b>\x00主持 https://x.y/z") == "谁 主持"


def test_a_long_message_is_read_from_its_end(understanding: Understanding) -> None:
    read = understanding.normalise("报道原文" * 200 + "谁主持了会议？")
    assert read.text.endswith("谁主持了会议?") and len(read.text) <= 300


# --- dates -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reader() -> DateReader:
    return load_genre().dates


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        ("7月11日，座谈会召开", Kind.FULL, (None, 7, 11, None, None)),
        ("2023年9月14日上午", Kind.FULL, (2023, 9, 14, None, "上午")),
        ("十一月三日举行", Kind.FULL, (None, 11, 3, None, None)),
        ("二〇二四年十二月二十日", Kind.FULL, (2024, 12, 20, None, None)),
        ("28日下午，推进会", Kind.BARE, (None, None, 28, None, "下午")),
        ("昨日上午，会议", Kind.RELATIVE, (None, None, None, "昨日", "上午")),
        ("8月份开的", Kind.MONTH, (None, 8, None, None, None)),
        ("was it on July 12?", Kind.ENGLISH, (None, 7, 12, None, None)),
    ],
)
def test_the_date_reader_keeps_what_is_written(reader: DateReader, text: str, kind: Kind, fields: tuple) -> None:
    found = reader.first(text)
    assert found is not None and found.kind is kind
    d = found.date
    assert (d.year, d.month, d.day, d.relative, d.part) == fields


def test_dates_agree_only_on_the_parts_both_give() -> None:
    assert Date("7月11日", month=7, day=11).agrees(Date("11日", day=11)) is True
    assert Date("7月11日", month=7, day=11).agrees(Date("7月12日", month=7, day=12)) is False
    assert Date("8月", month=8).agrees(Date("28日", day=28)) is None


def test_a_bare_day_takes_the_datelines_month_and_never_a_year() -> None:
    d = Date("2日", day=2).with_month(3)
    assert (d.text, d.month, d.year) == ("3月2日", 3, None)
    assert Date("7月11日", month=7, day=11).english() == "July 11"
    assert Date("昨日", relative="昨日").english() == ""


def test_chinese_numerals() -> None:
    assert [chinese_number(t) for t in ("三", "十", "十一", "二十八", "二〇二三", "百")] == [3, 10, 11, 28, 2023, None]


def test_date_helpers_remove_and_strip(reader: DateReader) -> None:
    assert reader.remove("省长李明8日主持召开", Kind.MEETING) == "省长李明主持召开"
    assert reader.strip_end("副市长李明8日") == "副市长李明"
    assert reader.parse("7月11日") == Date("7月11日", month=7, day=11)


# --- matching helpers ----------------------------------------------------------------------------


def test_an_alternation_prefers_the_longest_term_and_respects_latin_word_edges() -> None:
    pattern = alternation(["书记", "总书记", "vice governor", "governor"])
    assert pattern is not None
    assert [m.group() for m in pattern.finditer("总书记和vice governors")] == ["总书记", "vice governor"]
    assert pattern.search("governorship") is None


def test_spans_keep_steps_apart() -> None:
    spans = Spans()
    spans.take(0, 3, "person")
    assert not spans.free(2, 4) and spans.free(3, 5) and spans.of("person") == [(0, 3)]


# --- slot extractors -----------------------------------------------------------------------------


def _slots(understanding: Understanding, words, raw: str) -> Slots:  # noqa: ANN001
    return understanding.question(understanding.normalise(raw), words)[0].slots


@pytest.mark.parametrize(
    ("raw", "person", "guess"),
    [("王伟中说了什么", "王伟中", False), ("王伟忠是谁", "王伟中", True), ("What did Wang Weizhong say?", "王伟中", False), ("陈述一下", None, False)],
)
def test_the_person_finder(understanding: Understanding, words, raw: str, person: str | None, guess: bool) -> None:  # noqa: ANN001
    slots = _slots(understanding, words, raw)
    assert (slots.person, slots.person_guess) == (person, guess)


def test_a_role_word_for_one_person_and_a_pronoun(understanding: Understanding, words) -> None:  # noqa: ANN001
    derived = _slots(understanding, words, "主持人讲了些什么？")
    assert derived.person == "林克庆" and derived.person_derived
    pronoun = _slots(understanding, words, "他强调了什么？")
    assert pronoun.person is None and pronoun.pronoun
    assert not _slots(understanding, words, "他们说了什么？").pronoun  # a plural stands for no one


@pytest.mark.parametrize(
    ("raw", "role"), [("谁是省长", "省长"), ("省政協主席是誰", "省政协主席"), ("鹤洲市长是谁", "鹤洲市长"), ("王伟中副省长", "副省长")]
)
def test_the_role_finder_keeps_the_qualifier(understanding: Understanding, words, raw: str, role: str) -> None:  # noqa: ANN001
    assert _slots(understanding, words, raw).role == role


def test_the_place_finder_reads_the_place_as_asked(understanding: Understanding, words) -> None:  # noqa: ANN001
    slots = _slots(understanding, words, "是在广州市政府开的吗")
    assert (slots.place, slots.place_asked) == ("广州", "广州市政府")
    assert _slots(understanding, words, "Was it held in Guangzhou?").place == "广州"


def test_the_topic_finder_also_hears_homophones_and_missing_phrases(understanding: Understanding, words) -> None:  # noqa: ANN001
    assert _slots(understanding, words, "关于风投说了什么").topic.key == "finance"
    assert _slots(understanding, words, "有提到新能源吗").asked_phrase == "新能源"


def test_the_unit_finder(understanding: Understanding) -> None:
    units = understanding.units
    assert "人" in units("有多少人参加")
    assert units("哪几位副市长参加了") == ()
    assert units("多少间初创企业") == ("间", "家", "个", "所")  # (几多 is rewritten to 多少 before; 间 counts firms as 家, any place as 个, 所)


def test_the_group_finder(understanding: Understanding, words) -> None:  # noqa: ANN001
    assert _slots(understanding, words, "企业家提了什么建议").group == "企业家"
    assert _slots(understanding, words, "What did the entrepreneurs suggest?").group == "企业家"
    assert _slots(understanding, words, "协商会在哪开").group is None  # 协商会 is no 商会


def test_the_word_finder_tells_known_from_unknown_words(understanding: Understanding, words) -> None:  # noqa: ANN001
    slots = _slots(understanding, words, "报道提到元宇宙和风险投资了吗")
    assert "元宇宙" in slots.unknown_words and "风险投资" not in slots.unknown_words


# --- question words, cues, verbs ----------------------------------------------------------------


def _question(understanding: Understanding, words, raw: str) -> Question:  # noqa: ANN001
    return understanding.question(understanding.normalise(raw), words)[0]


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("会议是在深圳开的吗", "yes_no"),
        ("调研了多少家企业", "how_many"),
        ("啥时候开的", "when"),
        ("在哪开的", "where"),
        ("谁主持的", "who"),
        ("为啥要开这个会", "why"),
        ("有哪些领导出席", "list"),
        ("Why was the meeting held?", "why"),
    ],
)
def test_the_kind_of_answer_wanted(understanding: Understanding, words, raw: str, kind: str) -> None:  # noqa: ANN001
    assert _question(understanding, words, raw).kind == kind


def test_facets_follow_ups_verbs_and_cues(understanding: Understanding, words) -> None:  # noqa: ANN001
    q = _question(understanding, words, "除了王伟中还有谁没讲话？")
    assert {"besides", "negated"} <= q.facets
    assert _question(understanding, words, "那人才呢？").follow_up
    assert "通报" in _question(understanding, words, "谁通报了调研情况").verbs
    assert "强调" in _question(understanding, words, "What did he stress?").verbs
    typo = _question(understanding, words, "王伟中强掉了什么")
    assert "statements" in typo.cues  # 强掉 heard as 强调


# --- context, scoring, redirects ------------------------------------------------------------------


def test_context_fills_a_pronoun_and_carries_the_intent(understanding: Understanding, words) -> None:  # noqa: ANN001
    q = _question(understanding, words, "他呢？")
    assert with_context(q, Context(person="王伟中")).slots.person == "王伟中"
    assert with_context(q, None).slots.person is None
    topic_q = _question(understanding, words, "那人才呢？")
    assert carry_over(understanding.knowledge, "statements", topic_q) == "topic"


def test_the_decision_uses_the_named_threshold(engine) -> None:  # noqa: ANN001
    knowledge = engine.knowledge
    assert decide({"date": THRESHOLD - 0.01, "place": 0.1}, knowledge, "x")[0] is None
    intent, confidence, runner = decide({"date": THRESHOLD + 0.1, "place": 0.1}, knowledge, "x")
    assert intent.name == "date" and confidence == pytest.approx(THRESHOLD + 0.1) and runner[0] == "place"


@pytest.mark.parametrize(
    ("question", "scored", "answered_as"),
    [
        ("有多少人参加了会议？", "attendees", "figures"),
        ("主持人讲了些什么？", "chair", "statements"),
        ("会议在7月12日吗？", "place", "date"),
        ("企业家们关于金融说了什么？", "topic", "group_views"),
        ("调研了多少家企业？", None, "research"),
    ],
)
def test_redirect_rules_from_the_intent_files(engine, question: str, scored: str | None, answered_as: str) -> None:  # noqa: ANN001
    parse = engine.parse(question)
    assert parse.intent is not None and parse.intent.name == answered_as
    if scored:
        assert parse.redirected_from in (scored, None)


def test_every_condition_a_rule_may_name_is_a_predicate(understanding: Understanding, words) -> None:  # noqa: ANN001
    q = _question(understanding, words, "有多少人参加")
    vocab = words.vocab
    assert holds("counts", q, vocab) and not holds("!counts", q, vocab)
    assert holds("cue:attendees", q, vocab) and not holds("cue:research", q, vocab)
    for name in CONDITIONS:
        assert holds(name, q, vocab) in (True, False)


def test_a_redirect_to_an_unknown_condition_or_intent_is_an_error_with_its_line(tmp_path: Path) -> None:
    directory = tmp_path / "intents"
    directory.mkdir()
    for file in INTENTS.glob("*.yaml"):
        (directory / file.name).write_text(file.read_text(encoding="utf-8"), encoding="utf-8")
    people = directory / "people.yaml"
    text = people.read_text(encoding="utf-8").replace("when: [counts", "when: [sometimes", 1)
    people.write_text(text, encoding="utf-8")
    with pytest.raises(IntentFileError) as caught:
        load_knowledge(directory, COMPOSERS)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "sometimes" in row)
    assert caught.value.line is not None and abs(caught.value.line - line) <= 2
    assert f"people.yaml:{caught.value.line}" in str(caught.value) and "sometimes" in str(caught.value)


# --- focus terms -------------------------------------------------------------------------------


def test_focus_terms_are_the_longest_pieces_the_report_holds() -> None:
    article = "签约金额218.6亿元，社会消费品零售总额增长"
    found, missing = focus_terms("签约金额是多少", article, alternation({"是", "多少"}))
    assert found == ("签约金额",) and missing == ()
    found, missing = focus_terms("社零增长了吗", article, alternation({"吗", "了"}))
    assert "增长" in found and not missing  # 社零 is the report's 社会消费品零售
    assert focus_terms("芯片产业", article, None)[1] == ("芯片产业",)


def test_an_asking_word_inside_an_everyday_word_is_no_asking_word() -> None:
    """开 asks (在哪开的); the 开 of 开工 does not: 开工 stays the word the question names."""
    engine = report_engine(REPORTS / "r12_huaiyang_kaigong.txt")
    assert "开工" in engine.parse("开工了几个项目").question.terms
    assert engine.ask("开工了几个项目", new_key("focus")).text.startswith("57个")


def test_words_that_name_nothing_are_never_missing_nor_a_premise() -> None:
    """已经 (an adverb), 听说 (hearsay), 只跑 (jieba's guess around an adverb) name nothing:
    no refusal names them and a figure's premise is still checked."""
    engine = report_engine(REPORTS / "r26_chenghe_tongbaohui_hant.txt")
    question = engine.parse("老旧小区已经开工128个了吗？").question
    assert "已经" not in question.missing and "已经" not in question.absent
    reply = engine.ask("老旧小区已经开工128个了吗？", new_key("premise"))
    assert reply.answered and "121个" in reply.text and "128个" in reply.text


def test_a_figure_premise_is_checked_against_the_figure_beside_its_word() -> None:
    """'计划改造的128个老旧小区已开工121个': 开工了128个 is no, 计划改造128个 is yes."""
    engine = report_engine(REPORTS / "r26_chenghe_tongbaohui_hant.txt")
    no = engine.ask("老旧小区开工了128个吗？", new_key("beside"))
    yes = engine.ask("今年计划改造128个老旧小区吗", new_key("beside"))
    assert no.text.startswith("不对") and "121个" in no.text
    assert yes.text.startswith("是的")


def test_the_reports_own_place_need_not_stand_before_a_figure() -> None:
    """'去年全市粮食总产量达到28.6亿斤' in a report on 青禾市 answers 去年青禾全市粮食总产量是多少;
    a word of the venue's name that is no place (政协委员 of 某镇政协委员工作室) still counts."""
    rural = report_engine(REPORTS / "r03_xiangcun_gongzuohuiyi.txt")
    assert "28.6亿斤" in rural.ask("去年青禾全市粮食总产量是多少？", new_key("scene")).text
    town = report_engine(REPORTS / "r36_lichuan_xieshang_yishi.txt")
    assert town.ask("有几位政协委员参加？", new_key("scene")).text.startswith("6位")


def test_a_title_keeps_its_body_across_de_and_in_short() -> None:
    """某分行的行长 is that branch's 行长; a company named short (碧源环保) is the report's
    碧源环保科技有限公司; a company the report never gives her is a no."""
    banks = report_engine(REPORTS / "r16_yuanchuan_yinqi.txt")
    assert banks.ask("工商银行沅川分行的行长叫啥？", new_key("de")).text.startswith("工商银行沅川分行行长是聂冬青")
    firms = report_engine(REPORTS / "r23_tingling_minqi_zuotanhui.txt")
    assert firms.ask("夏侯婉是碧源环保的董事长吧？", new_key("de")).text.startswith("是的")
    assert firms.ask("夏侯婉是禾丰食品的董事长吧？", new_key("de")).text.startswith("不是")


def test_inexact_figures_are_compared_by_their_range() -> None:
    genre = load_genre()
    thirty, fifty, exact = (parse_figure(t, genre.units) for t in ("30多家", "50多家", "50家"))
    assert thirty.differs(fifty) and fifty.differs(thirty)
    assert not fifty.differs(exact) and not exact.differs(fifty)  # 50家 may be what 50多家 rounds


def test_a_title_of_the_question_must_be_covered_whole() -> None:
    """A sentence on the 区民政局局长 does not say who the 副局长 is."""
    engine = report_engine(REPORTS / "r30_qingyi_renda_shicha_hant.txt")
    reply = engine.ask("区民政局副局长是谁？", new_key("title"))
    assert not reply.answered and "区民政局副局长" in reply.text.splitlines()[0]
    assert "亢文涛" not in reply.text.splitlines()[0]


def test_a_refusal_names_the_whole_word_never_a_fragment() -> None:
    engine = report_engine(REPORTS / "r29_qinhai_qingqi_hk.txt")
    reply = engine.ask("座谈会系咪喺尖沙咀搞㗎？", new_key("whole"))
    assert not reply.answered and "尖沙咀" in reply.text


def test_a_parse_carries_focus_terms_without_the_intents_own_cue_words(engine) -> None:  # noqa: ANN001
    parse = engine.parse("风险投资是谁提的？")
    assert "风险投资" in parse.question.terms


# --- composers read typed values only -----------------------------------------------------------


def test_composers_never_read_the_question_text() -> None:
    """bot/answers/ works from the typed Question: no `.text`/`.raw` of a question is read."""
    offenders = []
    for file in sorted((ROOT / "bot" / "answers").glob("*.py")):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("text", "raw"):
                inner = node.value
                name = inner.attr if isinstance(inner, ast.Attribute) else getattr(inner, "id", "")
                if name in ("question", "q", "parse"):
                    offenders.append(f"{file.name}:{node.lineno}")
    assert not offenders, offenders


def test_no_word_lists_in_the_composers() -> None:
    """Han words and phrasings of bot/answers/ live in intents/*.yaml and bot/genre.yaml."""
    han = re.compile(r"[\u3400-\u9fff]")
    found = []
    for file in sorted((ROOT / "bot" / "answers").glob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree) if isinstance(n, ast.Module | ast.FunctionDef | ast.ClassDef)
                and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        found += [f"{file.name}:{n.lineno}" for n in ast.walk(tree)
                  if isinstance(n, ast.Constant) and isinstance(n.value, str) and han.search(n.value) and id(n) not in docs]
    assert not found, found


def test_the_redirect_rules_are_data() -> None:
    rules = [
        (intent["name"], rule["to"])
        for file in sorted(INTENTS.glob("*.yaml"))
        for intent in (yaml.safe_load(file.read_text(encoding="utf-8")) or {}).get("intents") or []
        for rule in intent.get("redirect") or []
    ]
    assert ("attendees", "figures") in rules and ("figures", "research") in rules
    assert Text("x", "hans", "x").en is False


# --- kinds of question set 19 (a blind batch) found unread --------------------------------------

def _ask(report: str, question: str) -> str:
    article = SEED_FILE if report == "seed" else next(REPORTS.glob(f"{report}_*.txt"))
    return report_engine(article).ask(question, new_key(report)).text


SEED_FILE = ROOT / "seeds" / "000_7fee04f60953f204.txt"


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # a pronoun of the asker's story (他 = the asker's brother) is no one to resolve
        ("r15", "我弟弟明年大学毕业，家里都挺担心他找工作的事。这次省政府常务会对高校毕业生就业是怎么说的？", "重中之重", "你说的是谁"),
        # the asker's story names no subject: what the representatives proposed, whatever the asker's trade
        ("r06", "我自己开了个小五金厂，一直想把ERP和设备数据上云，但算下来成本太高。这个会上企业代表们都提了什么建议啊？", "上云用云成本", "没有提到"),
        # a correction says what the report writes, not the asker's wrong figure again
        ("seed", "省政协调研组会前是不是走访了30多家企业？", "50多家", "30多家"),
        # two questions joined by 、 are both answered; a list of asks about one subject stays one
        ("r06", "数字赋能中小企业那个座谈会是哪天、谁牵头办的？", "中华数字经济促进会", None),
        ("seed", "省政协调研组会前还开过哪些会、请了哪些人提意见？", "深聊会", None),
        # what a besides-clause or a time-setting clause names is no content of the question
        ("r15", "那民政厅汇报完，会议对养老提了什么要求？", "120个", None),
        ("seed", "Apart from the AI theme, what was the meeting supposed to achieve between government and business?", "政企共识", None),
        # X主持的是第几次会议 asks the meeting's number; 季书记 whom jieba glued to 后
        ("r15", "乌承远主持的是第几次常务会议？", "第42次", None),
        ("r12", "活动结束后季书记去看了哪个项目？", "中科芯材料二期", None),
        # English: a department word covered by the departments named; an -ies plural; no bus in business
        ("r11", "Which government departments briefed the members at this meeting?", "民政部", None),
        ("r40", "Which districts and counties did the inspection team go to?", "临浦区", None),
        ("seed", "Was the governor only listening, or did he interact with the business people?", "插话交流", None),
        # how long it lasted, where the report says so; a Hong Kong reader's 台 kept in the reply
        ("r57", "會議開咗幾耐？", "兩個半小時", None),
        ("r40", "全市有多少台住宅電梯？", "1.94萬台", "萬臺"),
    ],
)
def test_kinds_of_question_a_blind_batch_found(report: str, question: str, must: str, must_not: str | None) -> None:
    text = _ask(report, question)
    assert must in text, text
    assert must_not is None or must_not not in text, text


def test_a_clause_set_aside_is_no_content() -> None:
    engine = report_engine(next(REPORTS.glob("r11_*.txt")))
    content = engine.parse("除了现场发言的，还有多少委员是在网上发言的？").question.content
    assert "委员" in content and not any("现场" in c or "on_the_spot" in c for c in content)


def test_how_long_stays_unanswered_where_the_report_does_not_say() -> None:
    reply = report_engine(SEED_FILE).ask("会议开了多长时间？", new_key("long"))
    assert not reply.answered


def test_a_term_the_report_names_but_does_not_spell_out_is_said_to_be_only_named() -> None:
    engine = report_engine(SEED_FILE)
    named = engine.ask("报道里老提省委“1310”具体部署，这个1310具体包括哪些内容？", new_key("named"))
    assert not named.answered and "1310" in named.text and "没有说明" in named.text
    asked = engine.ask("“1310”是什么？", new_key("named"))  # what it is: the clauses that name it
    assert asked.answered and "1310" in asked.text


# --- kinds of question set 21 and reports r58–r59 (blind batches) found unread -------------------

@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # a figure in a classifier the units did not know (张) is checked against the report's
        ("r30", "听说全区养老机构床位有2000张？", "1860张", "是的"),
        # 活动/搞 are the meeting and holding it; a word of the question's frame (关系, 形容) is no content
        ("r37", "这活动是5月26号下午搞的对吧？", "5月27日", None),
        ("seed", "江苏浙江跟这个会有啥关系？", "书面调研", "没有提到"),
        ("r37", "乜東陽副市長點樣形容監督員㗎？", "挑刺者", None),
        # 哪个地方 asks where, whatever the asker adds before it
        ("r42", "对接会在鹭岑理工具体哪个地方办的？", "学术交流中心报告厅", None),
        # an English question whose words are all the glossary's: the clause that holds them all
        ("r30", "What consensus did the participants reach at the end?", "以居家为基础", None),
        # 围绕…什么主题 of the meeting asks its theme, not what was said of the topic
        ("seed", "这次座谈围绕AI的什么主题展开？", "新赛道新场景", None),
        # a sum of money answers 多少钱; 住户 are the report's 居民
        ("r58", "覃嘉禾说降漏损打算投多少钱？", "3.2亿元", None),
        ("r58", "全市合表的住户一共有多少？", "1.3万户", None),
        # a table's row, read as a sentence
        ("r59", "檀山县的完成率是多少？", "71.5%", None),
        # another session of the meeting than the report's is not this one
        ("r48", "第八期早茶会定在哪天？", "第七期", "12月7日"),
        # a place named beside the meeting is no premise about where it was held
        ("seed", "深圳跟这次座谈会什么关系", "深圳", "地点不对"),
        # the asker's story names nothing asked, when the question names a thing of its own…
        ("r30", "我妈今年72了，一个人住在南塘镇，我在外地上班老担心她吃饭问题。刚看到新闻说区里在搞养老服务视察，想问下现在全区一共有多少个老年助餐点？", "65个", "南塘镇居家"),
        # …and 没什么 asks nothing; 拖了 is the report's 滞后, 为什么 its 原因
        ("r59", "我是柘水县人，老家就在港区那边，听说要建码头好几年了一直没什么动静，这回调度会上有没有说码头项目为什么拖了？", "用海审批", None),
        # a subject before 除了 stays; what 除了 opens is set aside
        ("r58", "参加人除了价格本身，还围绕哪些方面提了意见？", "抄表收费", None),
        # when the next session meets, where the report says; 处理 is the report's 约谈
        ("r59", "下一次调度会什么时候开？", "11月中旬", None),
        ("r59", "会议对亮红灯的柘水县怎么处理？", "约谈", None),
        # which ones of 县区: the rows of either
        ("r59", "哪几个县区亮了黄灯？", "北塘区", None),
        ("r58", "When could the new water prices take effect at the earliest?", "2025年1月1日", None),
        # besides one named, those of the body the question names (省政协: not the 省长 nor 省政府's)
        ("seed", "除了林克庆，省政协还有谁参加了？", "温国辉", "王伟中"),
        ("seed", "Apart from Lin Keqing, who else from the provincial CPPCC was at the forum?", "陈文明", "Yes."),
        # a sentence that names her and not what was asked (发言) says no yes; 请假 is no yes either
        ("r58", "庹海燕来了吗", "请假", "是的"),
        ("r59", "Which county came last?", "柘水县", None),
        # what a person proposed on a subject, where the proposal holds part of its words (漏损 of 降漏损)
        ("r58", "政协委员钭一鸣在降漏损方面提了什么建议？", "10%以下", None),
        # a person named in passing with titles after one that does not parse (利益相关方参加人、…经理)
        ("r58", "樊曉蕾係邊間公司㗎？", "錦瀾物業", None),
        # (set 23) 咋整 asks how, and glues to no phrase; 外省 are the provinces of the research
        ("seed", "卡脖子咋整", "协同破题", None),
        ("seed", "省政协调研组是怎么做调研的？", "书面调研", None),
        # a title one person holds, asked what its holder said on a topic or required
        ("r49", "汇岭银行那位主管说她们明年要推什么贷款？", "五亿港元", None),
        ("seed", "企业家提的那些意见，省长最后让有关部门怎么弄？", "充分吸纳", None),
        # a year the report never writes, checked against the one it does
        ("r49", "陆凯晴说还息不还本要延长到2026年底，是真的吗？", "2025年底", "是的"),
        # 最后/总结时 say when, and choose the statement that says so; 加到 is the report's 提高至
        ("r49", "郁展鹏最后总结时提了哪几点建议？", "东盟", None),
        ("r49", "司徒穎詩想將資助上限加到幾多？", "二十萬港元", None),
        # a misspelt name jieba cut into words (钟起/明说) leaves none of them to refuse on
        ("r53", "钟起明说路灯咋办", None, "明说"),
        # (sealed set 22, after its first run) 提没提 asks whether a person mentioned a term; 是啥角色 asks the role
        ("seed", "王伟忠讲话里提没提新质生产力", "新质生产力", None),
        ("seed", "林克庆在这场粤商跟省长的会上是啥角色？", "主持", None),
        # 说了什么 asks all a person said, not only what the report puts after 说
        ("r48", "管照林说啥了", "晴雨表", None),
        # (review) 第一次 of a report on the 第七期 is no other session, 第8期 is the 第八期; 关于 sets nothing
        ("r48", "这是第一次开早茶会吗？", None, "没有写第一次"),
        ("r48", "第8期早茶会哪天开", "第七期", "12月7日"),
        ("seed", "关于深圳的内容，会上有哪些？", "深圳", "地点不对"),
        # 这些意见 is no part of the title after it
        ("r47", "这些意见市长让起草组怎么处理？", "逐条梳理吸纳", None),
    ],
)
def test_kinds_of_question_batch_21_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


def _found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    text = _ask(report, question)
    assert must is None or must in text, text
    assert must_not is None or must_not not in text, text


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 24, r60–r61) a figure said the everyday way: 1个亿 is 1亿元; 秒 and ℃ (度) are units
        ("r51", "二路拓宽真要一个亿吗", "1,850万元", "是的"),
        ("r51", "左转绿灯会改成60秒吗？", "40秒", None),
        ("r61", "室内温度能保证22度吗", "18℃", None),
        # a compound family name and a title (乐正院士), and 这块 is no body of a title
        ("r52", "乐正院士建议县里往哪些应用场景上靠？", "航空航天", None),
        ("r52", "院士们在茶叶这块说了啥", "七成", None),
        # a date question about something else than the meeting: its own time, or a true refusal
        ("r61", "暖气哪天开始供", "11月15日", "会议于"),
        ("r60", "保护条例几时生效", None, "会议于前天"),
        # a table's rows hold the words of the line that introduces them
        ("r60", "征求意见期间问卷收回来多少份", "1,042份", None),
        # a question the report quotes answers nothing; 涨没涨 is whether a price moved
        ("r61", "今年供暖费要上调吗", "保持不变", None),
        # the organiser asked by name: yes or no
        ("r34", "是澳门归侨工商联谊会办的吗？", "是的", None),
        ("r34", "座谈会是侨联举办的吗", "不是", None),
        # 主持时 only says when: what the chair hoped is asked
        ("seed", "林克庆主持的时候希望企业家干什么", "主力军", None),
        # X提到了什么 asks what X said, not whether the report names X
        ("seed", "王伟中提到了哪些", "耐心资本", None),
        # the second part of one message shares the first part's subject
        ("r61", "暖气几号开始供？供多少天？", "121天", None),
    ],
)
def test_kinds_of_question_batch_24_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (sets 54–55, r82–r83) each term a question quotes is answered; an opening that only says a question comes
        ("seed", "“1310”和“卡脖子”分别指什么", "卡脖子", None),
        ("r68", "麻烦问问，这回去了几个人旁听？", "12名", None),
        # an English figure is not told by the word the whole report is about (供热)
        ("r61", "How much money did the city spend on upgrading the old heating pipes?", None, "0.18元"),
        # which people of a group the report never names; which of a count it never lists
        ("r71", "督查组其他成员是哪几位？", "没有写出他们的名字", None),
        ("r66", "哪两个县在试点活体畜禽抵押贷款？", "没有列出", None),
        # a day said from the meeting's; two posts held by one person or not; who spoke for a body
        ("r83", "开会前一天县领导去干什么了？", "29日下午", None),
        ("r83", "人武部部长和人武部政委是同一个人吗？", "不是同一个人", None),
        ("r83", "谁代表部队讲的话", "邴立群", "贲承志"),
        # a leader of a level only relayed; another event the report writes, asked where
        ("r82", "会上传达了哪位市领导的讲话？", "鲜于朗", None),
        ("r66", "政企早茶会在哪开", "政企早茶会", "会展中心"),
        # the body that leads; a range of figures, not another noun's count
        ("r73", "谁牵头背街小巷改造", "县住建局", "县长雒明远"),
        ("r73", "突击队每支多少人？", "20至45人", "30名"),
        # an English what-question with a when-clause; a province's full name in English
        ("r48", "What did the party secretary say when the first entrepreneur hesitated?", "不念稿子", None),
        ("seed", "I have read that Chen Wenming is the Secretary-General of the Guangdong Provincial People's Government. Is that right?", "陈敏", None),
        # a position word left of a cut count names nothing (排名后三位)
        ("r70", "排名后三位的部门怎么处理？", "约谈", None),
    ],
)
def test_kinds_of_question_sets_54_55_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 56) a figure asked of one person is not another's said of 他; asked as one's words, who said it is noted
        ("r75", "评议团给闾丘慕白的满意率是多少？", "没有给出", "41.7%"),
        ("r12", "市长季鸿飞致辞时说今年固定资产投资增长了多少？", "盛兰舟说的", None),
        # a year inside a programme's title is no time; the difference between two figures; a when said at the meeting
        ("r75", "节目什么时候直播的？", "8月21日晚", None),
        ("r75", "第二期曝光的问题数和这次交办会交办的问题数差多少？", "多9个", None),
        ("r75", "节目上说路啥时候能恢复？", "8月底前", None),
        # who is in charge of a thing (also the part after one asking when); nobody, where no sentence says
        ("r75", "路啥时候能恢复？是哪个单位负责？", "哈书萦", None),
        ("r32", "青年部由誰負責？", "沒有說是誰", "會長雷振邦"),
        # who stood in for one who did not come; where a participant said it is the meeting's place
        ("r51", "叶于晴没来，谁代表她来的？", "庄世杰", None),
        ("r51", "谁代表叶于晴出席的？", "庄世杰", None),
        # at the meeting's scene is at the meeting; "X是干嘛的" of a title asks its holder
        ("r75", "宓怀川在节目现场有没有讲话？", "观看", None),
        ("seed", "省长是干嘛的", "王伟中", None),
        # a body asked of something else is not the organiser; a clause holding every other word answers
        ("r82", "补贴找哪个部门申请？", None, "漭溪县召开"),
        ("seed", "政府有冇乜嘢機制可以等企業提需求、大家一齊攻關？", "政府立題", None),
        # English: a word inside another is no question word (show: how); air, left turn, seconds, the guy from a body
        ("r75", "so the show aired aug 22 right?", "No", None),
        ("r51", "so the left turn green light goes from 25 to 60 sec right?", "40秒", None),
        ("r51", "who was the guy from the german company", "傅马克", None),
        ("r82", "who read out the river chief order?", "笪若岚", "鲜于朗"),
        ("seed", "会上说了啥？", "王伟中", None),
        # (r84–r85) one's self-examination asked in everyday words (检讨, 拖了后腿)
        ("r84", "嵇海涛在会上检讨自己啥事拖了后腿？", "老旧小区", None),
    ],
)
def test_kinds_of_question_set_56_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 57) English words inside a Chinese question are read as Chinese, and the reply is in Chinese
        ("r79", "这期班的class teacher是谁？", "闾思源", "The report"),
        # one the question says did not come, whom the report has there
        ("seed", "为什么省长这次没来？", "王伟中（出席并讲话）", None),
        # a figure whose condition stands after it in its item (缺勤2次以上的，取消结业资格；); 字 counts
        ("r79", "缺勤几次会取消结业资格？", "2次", None),
        ("r79", "回去以后调研报告截至什么时候交？要写多少字", "3000字", None),
        # what one named in passing said, not the whole meeting; the visit and the meeting, which came first
        ("r80", "沃长青在会上讲了些啥？", "多听群众的", "执行主席"),
        ("r81", "代表团是先去实地看项目，还是先开的联席会议？", "11月20日上午", None),
        # whether one named in passing came (有没有来); 截至 only frames a when; next year's meeting is the next session
        ("r79", "县委书记蹇北溟有没有来开班仪式？", "批示", None),
        ("r81", "23個協作項目截至什麼時候要驗收完？", "12月底", None),
        ("r81", "明年的聯席會議又定在啥時候", "上半年", "11月20日"),
        # English: signed up for a course is taking part in it (not signing contracts)
        ("r79", "I heard about 60 people signed up for this ten-day course, is that right?", "56", None),
    ],
)
def test_kinds_of_question_set_57_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 58) a newcomer's short questions: what the meeting was about, what it is for, who ranks highest
        ("seed", "这个会讲啥的", "开展人工智能有组织科研攻关", None),
        ("seed", "开这个有啥用", "目的", None),
        ("seed", "谁最大", "王伟中", None),
        ("r76", "谁最大", "县委书记揭云舟", None),
        # a figure asked with a name a character off and a title one level off; 老百姓 of a report that writes 群众; the
        # meeting's own morning is no word of the figure
        ("r77", "冼志秋副书记那天上午一共接待了多少老百姓？", "27人次", None),
        # where they went, after asking of the visit before the meeting
        ("seed", "开会前有做啥调研没 去了哪些地方", "深圳", None),
        # a rank asked: the 第N位 of the stretch that names what is ranked (固投 ≡ 固定资产投资), not the GDP's before it
        ("r76", "固投增速在全市排第几", "第7位", "第3位"),
        ("r76", "地区生产总值增速在全市排第几？", "第3位", None),
        ("r77", "这是个啥活动", "书记接访日", None),
        # a rank asked after another question in one message (排第几 asks); whether the report writes an act (发言)
        ("r76", "税收收入占一般公共预算收入的比重是多少？另外固投增速在全市排第几", "第7位", None),
        ("seed", "报道提到发言了吗", "听取大家发言", None),
    ],
)
def test_kinds_of_question_set_58_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


def test_then_what_gives_what_the_report_goes_on_with() -> None:
    engine = report_engine(REPORTS / "r71_ziling_ducha_fankui_hant.txt")
    key = new_key("goes-on")
    first = engine.ask("查出几个问题", key)
    assert first.answered and "19个" in first.text
    reply = engine.ask("然后呢", key)
    assert reply.answered and "移交了问题清单" in reply.text and "19个" not in reply.text


def test_where_a_participant_said_it_is_where_the_meeting_was() -> None:
    engine = report_engine(REPORTS / "r51_xizhou_yuanqu_xietiaohui_hant.txt")
    key = new_key("said-where")
    engine.ask("庄世杰说了什么？", key)
    reply = engine.ask("他是在哪里说的？", key)
    assert reply.answered and "3楼礼堂" in reply.text


def test_a_follow_on_question_borrows_the_last_one_s_subject() -> None:
    engine = report_engine(REPORTS / "r54_tongyin_daibiao_jiedairi.txt")
    key = new_key("follow-on")
    engine.ask("加装电梯一台最多能补多少钱？", key)
    reply = engine.ask("那有几台？", key)
    assert reply.answered and "38台" in reply.text
    alone = engine.ask("那有几台？", new_key("alone"))
    assert "38台" not in alone.text  # (alone, it names nothing to count; "全区今年装好了几台" names 装好, the report's 加装…38台)


def test_a_title_asked_about_gives_the_follow_ups_pronoun_its_holder() -> None:
    engine = report_engine(SEED_FILE)
    key = new_key("holder")
    engine.ask("省长讲话里点名了哪些行业要和人工智能深度融合？", key)
    reply = engine.ask("那“人工智能+”行动他说要怎么推？", key)
    assert reply.answered and "提质扩面" in reply.text


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 26 and after) a number to call is no figure; a title's body said short (热力集团 of 岑阳热力集团有限公司)
        ("r61", "集团的服务热线是多少？", "2286-1999", None),
        ("r61", "热力集团的那个总经理是谁", "笪建华", None),
        # a verb the report never writes (覆盖) weighs less than a thing it never names
        ("r16", "农商银行的整村授信覆盖多少户", "3.6万户", None),
        # 那…的呢 asks whoever did it, not the last person named
        ("seed", "谁主持的座谈会？那讲话的呢？", "王伟中", None),
        # a participant who spoke but is not quoted: said so, and no answer claimed
        ("r16", "管雪梅以外，潘立峰讲了哪些内容", "原话", None),
    ],
)
def test_kinds_of_question_batch_26_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


def test_a_yes_no_the_sentence_says_no_to_by_its_opposite_or_another_of_its_kind() -> None:
    text = _ask("r52", "扈承岳是到现场参会的吗")
    assert text.startswith("不是") and "视频连线" in text
    text = _ask("r52", "跟县政府签框架协议的是蕖州大学吧")
    assert "岚江大学" in text and "是的" not in text
    assert not _ask("r52", "乐正鸿渐院士到现场了吗").startswith("不是")  # (视频连线 is another's)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 28 and r62–r63) a verb with its aspect marker inside (贷过款) is the report's word without it (贷款)
        ("r16", "银行对从来没贷过款的企业有倾斜吗", "首贷户", "没有提到"),
        # a yes/no that says a thing the report names is what it never writes: corrected with what it says
        ("r09", "企业提的困难是用工短缺吧", "海运费用上涨", "是的"),
        # a verb and its negation ask yes or no (停不停); a question the report quotes is answered by the next sentence
        ("r55", "58X停不停鹊安楼", "暂时建议", None),
        # …and a Cantonese report is quoted as it is written (唔停), though read in Mandarin (不停)
        ("r55", "58X会不会停鹊安楼", "暂时建议唔停", "暂时建议不停"),
        # a body (巴士公司) is nobody's name: who came from it
        ("r55", "巴士公司来的是谁", "麦浩贤", "没有写其职务"),
        # a clause that asks to see (想看看) is no asker's story: its title is whom the 他 means
        ("seed", "我是做芯片的，想看看省长讲话，他对算力怎么说", "算力", "你说的是谁"),
        # the next session: the report tells nothing of it, in any part of the message
        ("seed", "下一届座谈会在哪开", None, "广州"),
        ("seed", "座谈会下一次什么时候开，主题定了吗", None, "赛道"),
        # a relative day read by the page's own date
        ("r62", "审议是几号进行的", "1月15日", None),
        # how an absent person explained something: that he was not there
        ("r61", "佘立群怎么解释的", "未能到场", None),
    ],
)
def test_kinds_of_question_batch_28_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 29 and r62–r63) two short questions in one message, each answered (谁主持的 is a question of its own)
        ("seed", "在哪开的，谁主持的", "林克庆", None),
        # a figure asked as it stands now: the clause that says 现在 ('5年前只有3家，现在发展到41家')
        ("r62", "村里现在有几家民宿", "41家。", None),
        # a yes/no on what someone raised, which they did not: no, and what they did raise
        ("r23", "眭国梁提了用地问题吧", "港区集疏运通道", None),
        # a figure premise checked against the sentence that goes on from the speaker's (…的发言直奔主题。恒拓去年…)
        ("r62", "谭思齐说国企和政府项目欠了她们公司16亿元？", "近1.6亿元", "21.7亿元、"),
        # a name the report writes without a role: the sentences that write it
        ("r50", "贺兰洲担任什么职务", "贺兰舟", None),
        # requirements asked for: those said under another verb, by how they open (强调，要…)
        ("seed", "王伟中对企业家提了哪些要求", "耐心资本", None),
        # two people asked of at once: each in turn, one the report names only in passing
        ("r50", "欧阳砚秋和庄慕白都来讲话了吗", "转达", None),
    ],
)
def test_kinds_of_question_batch_29_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (review of the session of 4 December, and sealed set 27) the next session is none of this one's facts
        ("seed", "下次会议谁主持？", None, "林克庆"),
        ("seed", "会上有没有说下一次什么时候开、主题是什么？", None, "赛道"),
        # a clause set aside (除了…) names nothing asked: the other meetings of the research
        ("seed", "除了实地跑企业，调研组还开了哪些会？", "深聊会", None),
        # a job said the everyday way, cut in two by jieba (快递 + 小哥)
        ("r58", "那个送快递的提了什么建议", "贝俊豪", None),
        # another speaker's words in the paragraph a person opens are not theirs
        ("r63", "岑致远提到产业基金了吗？", None, "是的"),
        # what the person's own paragraph says is quoted, not denied
        ("r62", "苗翠英反映的困难是停车难吗？", "停车场", "没有记录"),
        # a name ending like a body's one-character kind (会) is still a name, and absent
        ("seed", "张志会参加了吗？", "张志会", "与会人员"),
        # a figure premise of now checked against the clause that says now
        ("r62", "村里民宿现在有3家吗？", "41家", "是的"),
        # the hour a meeting began, from the sentence that dates it (not when it ended)
        ("r58", "听证会几点开始的", "上午9点", None),
        ("r58", "听证会几点结束", None, "上午9点"),
        # a sentence that points back (该项目) holds the words of the one before; of its figures, the one the
        # question's word stands right before
        ("r59", "晶芯半导体那个项目总投资多少？", "46亿元。", "46亿元、"),
        # a refusal never quotes a fragment jieba cut across the report's word (监 + 审核 of 成本监审)
        ("r58", "听说成本监审核出来是3元？", None, "监审核"),
    ],
)
def test_kinds_of_question_review_and_set_27(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 30, session of 4 December, tenth) a short form of the report's words (营收: 营业收入), and a full form of
        # its short one (起飞降落: 起降), is the report's word
        ("r62", "恒拓新材料去年营收有几多？", "21.7亿元", "没有给出"),
        ("r14", "全省一共有多少个给无人机起飞降落的点？", "320个", None),
        # …and a short form never read as a misspelling of another word (可研: not 科研)
        ("r62", "省发改委说城际铁路的可研报告今年3月才报上去，对吧？", "去年12月", None),
        # the asker's story names no place asked (在佛山开了个小厂)
        ("seed", "我在佛山开了个小厂，朋友说省里开了个会。那个企业和政府一起攻关的机制叫啥来着？", "政府立题", "会议在广州"),
        # where the asker saw a thing named (会上说的那个) asks nothing of who said it
        ("seed", "会上说的那个“人工智能+”行动到底是要干嘛？", "提质扩面", None),
        # a duration asked in everyday words: the figure of a time unit in the sentence on it
        ("r62", "山里乡镇的病人送去县医院，路上大概要折腾多久？", "50分钟", None),
        # a figure stated before another question is checked (…有87%，这是谁讲的)
        ("r62", "职校毕业生留在本地就业的有87%，这是谁讲的？", "78%", None),
        ("r62", "职校毕业生留在本地就业的有87%，这是谁讲的？", "郜文博", None),
        # an English figure is read as the report writes its figures (85 deputies: 85名), an English place by its pinyin
        ("r62", "The Tongxi delegation has 85 deputies, right?", "58名", None),
        # a comparison asked with words inside (哪个投的钱多) and a brand before it is no English question
        ("r63", "Kinetica Labs那个项目跟中试验证中心比，哪个投的钱多？", "30亿元，比", "The report"),
        # two English questions joined by "and": each in turn, the second's he the first's answer
        ("r63", "Who moderated the roundtable, and how did he sum it up at the end?", "时间题", None),
        # someone named only in passing: where the report names them (…滕明川对调研报告作出的批示)
        ("r14", "滕明川是谁", "批示", None),
        # a thing said in other words (靠国外买: 依赖进口), which an intent's literal answer misses
        ("r63", "报道里关于零件要靠国外买这个情况是怎么说的", "依赖进口", None),
        # a yes/no on a year the report writes otherwise, answered from the sentence that gives one
        ("r63", "葛天明係咪2008年成立嘅老廠？", "1998年", "是的"),
        # a which-question on companies the report does not name is no list of sentences
        ("seed", "会上是哪几家AI公司的老板发的言？", "没有列出", None),
        # a half-right premise of places: the one the report lacks named, the list that answers the rest
        ("seed", "调研组是不是书面调研了江苏和上海？", "浙江", None),
        # a count of those who hold a title: the holders, counted
        ("r13", "一共有几个副县长出席？", "3位", "86家"),
        # a rate asked (完成率多少): the share, from a table's row
        ("r59", "柘水县完成率多少？", "59.5%", None),
    ],
)
def test_kinds_of_question_batch_30_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 32, written mid-session with paraphrase asked for) the head of a body said the everyday way (一把手)
        ("seed", "管全省政府的那位一把手，在会上说钱这块怎么往AI里引？", "耐心资本", None),
        ("seed", "政协那位一把手对在座的老板们寄予了啥期望？", "主力军", None),
        # someone asked by family name and title: each who holds it
        ("seed", "那个姓陈的秘书长是哪个单位的？", "省政府秘书长", None),
        ("seed", "那个姓陈的秘书长是哪个单位的？", "省政协秘书长", None),
        # what others hoped of a group, asked of the group (not what it said)
        ("seed", "对我们这些企业家，会上有啥期待或者嘱咐没？", "主力军作用", "建言献策"),
        # the words that bring a statement in hold what is asked (插话交流，主动回应): the sentence whole
        ("seed", "企业家发言的时候王伟中有什么反应？", "插话交流", None),
        # of two who hold a title, the one whose words hold what is asked; a numbered heading and the views after it
        ("r52", "茶叶这块院士咋说的", "茶多酚", None),
        # an honour said from the side of the one who gets it (获得) and of the one who gives it (授予)
        ("r50", "何满苍获得啥称号", "终身荣誉会长", None),
        # a first time asked (头一回), which the sentence does not say: no yes
        ("r53", "这是芷湾镇头一回搞预算恳谈吗？", None, "是的"),
        # (r64–r65) holders of a post counted with the report's own count; a who-question answered by the next sentence
        ("r65", "这届付会长选了几个？都有谁", "11人", "酆立诚"),
        ("r64", "二期协议是谁签的？", "冼佩琳", None),
        # an English measure the report never gives: no figure of something else
        ("r65", "How much revenue did Pang Jiahe's company make last year?", "no such figure", None),
        # a body's own assembly, named after it, is held by it; a meeting with visitors is named by its headline
        ("r64", "郦书记他们会见瀚舟集团的人是哪天？", "11月6日", None),
    ],
)
def test_kinds_of_question_batch_32_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


def test_a_follow_up_on_a_group_lists_the_group_not_the_last_person() -> None:
    engine = report_engine(next(REPORTS.glob("r20_*.txt")))
    key = new_key("group-follow-up")
    engine.ask("企业家代表是谁？", key)
    reply = engine.ask("还有哪些委员发言了？", key)
    assert "仉国栋" in reply.text and not reply.text.startswith("是的")


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (sealed set 31, after its first run) places said to be gone to that the report never names, corrected with
        # the places it does (向北京、上海发了书面调研: 江苏、浙江)
        ("seed", "听说调研组还向北京、上海发了书面调研，是这样吗？", "江苏", "是的"),
        # other provinces asked in Cantonese: the research's written survey of other provinces
        ("seed", "啲調研組有冇搵埋外省嘅意見？", "江蘇", None),
        # a figure premise checked against the figure of the measure the question names (规上工业增加值: 7.2%)
        ("r26", "危海鸥市长说规上工业增加值增长了5.9%，对吧？", "7.2%", "是的"),
        # how many attended, asked in two words; a date premise of a yes/no that also names a place
        ("r26", "出席人数", "六十余人", None),
        ("r26", "通报会是十一月五号在市政府大楼开的吧？", "十一月三日", None),
        # a round figure said with 几 (200几个) checked as the report's figure
        ("r19", "區卓謙話而家喺瀾州落户嘅港澳青年創業團隊有200幾個，係咪真㗎？", "126個", None),
        # the asking part points back at the asker's story (呢个问题): the story's words asked of
        ("r19", "我系澳门嚟嘅，喺澜州搞咗间小奶茶铺，税务社保乜都唔识，好头痕…会上有冇人讲过呢个问题？", "政策宣講會", None),
        # a four-character word the report writes apart (拖欠账款: 拖欠民营企业账款)
        ("r01", "这次座谈会上对拖欠账款有没有什么说法？", "专项清理", None),
        # an English question's words for the report's (basic links: 关键环节; foundation: 基础支撑)
        ("seed", "Which basic links did the governor single out as the foundation for AI development?", "算力", None),
        # what someone proposed on a subject whose words the statement writes apart (修缮 … 补贴), and the proposal after it
        ("r60", "帅金根对修缮补贴那一条提了什么意见？", "50%", None),
    ],
)
def test_kinds_of_question_sealed_set_31_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (review of the session of 4 December, tenth) an English place is read only as a word of the report, never a
        # slice across two (天尽 of 今天尽管讲 is no Tianjin)
        ("r23", "Did anyone mention Tianjin?", None, "Yes"),
        # an everyday word is no short form of the report's longer words (政工 is no 政府工作)
        ("r62", "政工干部有什么意见？", None, "审议政府工作报告"),
        # a figure two clauses give after the same word, neither holding more of the question: no yes
        ("r26", "地区生产总值增长7.2%吗？", None, "是的"),
        # what a group hopes of others is its own, not what others hoped of it
        ("seed", "企业家对政府有什么期待？", None, "希望企业家们"),
        # 第一次 of 第三届第一次会员代表大会 is an ordinal, no first time
        ("r65", "商会是头一回换届吗？", None, "是的"),
        # 200几个人: a figure of people, checked as the report writes it
        ("r65", "大会有300几个人参加吗？", "260余人", None),
    ],
)
def test_kinds_of_question_review_of_the_tenth_session(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


def test_those_who_signed_are_not_those_who_witnessed() -> None:
    text = _ask("r64", "谁签署了协议？")
    first = text.splitlines()[0]
    assert "冼佩琳" in first and "郦望舒" not in first


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (sets 63–64, r96–r99, session of 5 December, twenty-third) a besides-clause sets apart the title it writes, not the
        # ranked one asked after it
        ("seed", "省政协除了主席以外，还有哪位副主席出席？", "温国辉", "陈文明"),
        # the gist of one's speech is their words; pinyin typed for a word reads as the report's word, the reply Chinese
        ("seed", "省长讲话的要点有哪些", "耐心资本", "在会上讲话或发言的有"),
        ("seed", "naixin ziben是啥 会上谁提的？？", "王伟中", "The report"),
        # a thing named with its head noun, later called by the head alone
        ("r88", "清澜苑一共有几栋楼", "16栋", None),
        # a count or a rate of a thing the report never writes: no other figure
        ("r92", "城东幼儿园开园要配多少个老师？", None, "360"),
        ("r98", "这次签的贷款利率大概多少？", None, "93.5%"),
        # who spoke in the place asked, by the turn list
        ("r94", "第二个发言的是谁", "蓟晓岚", None),
        # a yes/no on one kind of speaking; a joint meeting's part and its chair
        ("r96", "听说这次推介会是县长厍文博致的辞？", "笪立峰", "是的"),
        ("r96", "签约仪式是县长主持的吗", "亓海宁", "是的"),
        # a surname misremembered by its sound; the session the lead says; a superlative after its figure
        ("r97", "纪教授是谁", "蓟雅文", None),
        ("r97", "是第几场了？", "第二场", "第20届"),
        ("r98", "最大一笔贷款多少钱", "3.2亿元", None),
        # a list of questions joined by 、, each answered
        ("seed", "几号开的、在哪个城市、主题是啥、谁主持的", "林克庆", None),
        # the day of a Singapore dialogue, in brackets after the weekday, with the held clause's part of the day
        ("r99", "对话会是哪天开的", "7月12日下午", None),
    ],
)
def test_kinds_of_question_sets_63_64_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (sets 65–66, r100–r103, session of 5 December, twenty-fourth) a figure in a currency the report writes (新元); a verb
        # of telling does not make the figure one the report lacks
        ("r99", "建屋局会给每户多少钱补贴？", "3000新元", None),
        ("r99", "部长承诺给买家多少补贴", "3000新元", "没有给出"),
        # a month in words is a time, not a thing the report lacks; nor a wrong date of the meeting when the report gives it
        ("r99", "十月份那次预购组屋推出多少个单位", "8500个", "日期不对"),
        # a name said short after its full form; the sentence after one that names a thing dates it
        ("r99", "美拉溪畔预购组屋总共有几个单位", "1246个", None),
        ("r99", "邻里购物券从哪天开始领？", "8月1日", None),
        # the largest figure of a superlative; who said most
        ("r99", "居民里面谁年纪最大", "訾秀莲", None),
        ("seed", "谁讲的话最多？", "王伟中", None),
        # a follow-up part of one message on the frame of the part before
        ("seed", "省政府那边来了谁？政协那边呢", "陈文明", None),
        # a year asked is not answered by a sentence set in another
        ("r100", "今年打算更新多少辆新能源公交车？", None, "320辆"),
        ("r100", "去年更新了多少辆新能源公交车？", "320辆", None),
        # a body the glossary knows that the report never names
        ("r98", "How much did China Construction Bank lend at the meeting?", "does not mention", None),
        # one absent said by surname and title; 有 + verb asks whether they came
        ("r101", "逯议员有来吗", "出国考察", "是的"),
        # award recipients took part; one's work before the name is their role
        ("r100", "笪永军是做什么的", "驾驶员", None),
        # the day alone in brackets after 昨日; a chair for one item
        ("r103", "会议是几号开的？", "9月18日", None),
        ("r103", "动议那一项是谁主持的", "郤美娟", None),
    ],
)
def test_kinds_of_question_sets_65_66_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (sets 67–69, r104–r109) what a meeting decided: its votes and conclusions; none where it records none
        ("r103", "会议最后决定了哪些事", "获得通过", None),
        ("r97", "最后有什么结论", "12月5日", None),
        ("seed", "最后定了啥", "没有写会上作出了什么决定", None),
        # a count of things the report only lists; each thing's figure; a total; the figure a verb stands by
        ("seed", "人工智能要跟几个行业深度融合", "7项", None),
        ("r97", "县府版和议员版每个月分别有多少点", "1000点", None),
        ("r106", "一共赔了多少钱", "7.5万元", None),
        ("r104", "电梯那个议题有几个人同意", "121人。", None),
        # claims said in a row with one tag are checked each
        ("r102", "3月14号开的那个会，副镇长主持的对吧", "3月13日", None),
        # days written 日 after 公示; a time limit answers when; a next session held again
        ("r104", "表决结果要公示几天", "7日", None),
        ("r106", "检察院什么时候作出决定", "5个工作日内", None),
        ("r107", "下次業主大會幾時開", "3月15日", None),
        # who gave an award is not who got it; one acting in another's stead is no yes
        ("r100", "谁给他们颁的奖", None, "笪永军"),
        ("r105", "国会议员亲自移交支票吗", "笪家豪", "是的"),
        # a post asked by a short title and a body's kind, held by one away
        ("r104", "物业公司的老总来了没有", "出差", None),
        ("r109", "代表会主席为什么没来", "住院", None),
        # a misquote with two characters changed is read as the report's words
        ("seed", "“企业出题、政府立项、协同解题”这句话是谁说的", "政府立题", None),
        # Cantonese words in an English frame make a Chinese question
        ("seed", "how much funding 政府會俾啲 AI startup？", "報道", None),
    ],
)
def test_kinds_of_question_sets_67_69_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (sets 70–71, r110–r113) a deputy came where the post asked did not: a yes/no answered no, with who came
        ("r108", "卫生健康局局长来了吗", "副局长", None),
        # guests of a report that calls no one so are whoever came; a time and a place asked in fragments
        ("seed", "嘉宾都有谁", "王伟中", "没有列出"),
        ("r108", "时间 地点", "学术报告厅", None),
        # a familiar form of one participant's family name; the nth of a run of points
        ("seed", "老林说了什么", "林克庆", None),
        ("seed", "王伟中讲的第二点是什么", "耐心资本", None),
        # a superlative figure, whatever the question is read as
        ("r99", "会上提到的最大一笔钱花在哪", "280万新元", None),
        ("r99", "提问的居民里谁年纪最大", "67岁", None),
        # someone told of (有股东…) is not the role asked
        ("r111", "有股东要求买库藏股，董事长怎么回应", "护盘", None),
        # a complaint quoted gets the answer the report records after it; words said after 回应，
        ("r108", "血透室周末开不开", "周六上午", None),
        ("r108", "饶春梅说了什么", "一站式", None),
        # a quarter as a planned time, of a thing the holder's name goes with; an acronym the report writes
        ("r111", "澔崧的墨西哥厂几时量产", "第二季", None),
        ("r111", "去年EPS多少", "6.28元", None),
        # 赚 as 盈余; a year compared with is no word the report lacks
        ("r113", "农会去年赚了多少", "4,862", None),
        ("r113", "去年盈余比前年多吗", "547万元", "没有提到"),
        # what a person said of the words asked, where no intent took it
        ("r53", "钟起明说路灯咋办", "80万元", None),
        # a yes/no that someone did not come: no when the report has them there, yes when it says they could not attend
        ("seed", "王伟中是不是没参加", "出席", "是的"),
        ("r111", "亓秀琳是不是没来", "是的", None),
        # the last clause's person is whom a yes/no checks; a meeting described by its chair
        ("seed", "听说林克庆那天没来，是温国辉代他主持的？", "不是", None),
        ("seed", "林克庆主持的那个座谈会在哪开的", "广州", None),
        # 常委 of 常委班子 is a body, no post asked
        ("r84", "谁审阅了常委班子的对照检查材料", "仉立新", "没有写是谁"),
    ],
)
def test_kinds_of_question_sets_70_71_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 72, r114–r115) a body's size asked, where the report counts only some of its people (2名职工获评…) or their
        # delegates (职工代表156名): no number of the whole
        ("r112", "港务集团一共有多少名职工", "没有给出", "2名"),
        # one of two documents picked out by the next sentence: its tally is that one's only
        ("r112", "女职工权益保护专项集体合同的反对票有几票", "没有给出", "2票"),
        # a verb of one character (签) read as the report's (签订), in Chinese and in English; the other one who did it
        ("r112", "工资合同是谁签的", "昝海涛", None),
        ("r112", "跟阙慧敏一起签合同的是谁", "昝海涛", None),
        ("r112", "Who signed the wage contract?", "昝海涛", "chaired"),
        # an act asked after a clause that names the thing (冷藏库通过以后…): its time, or none, never the meeting's
        ("r113", "冷藏库通过以后什么时候开工", "没有写", "7月上旬"),
        # a yes/no on the posts of two people named; what someone came to do
        ("seed", "陈敏和陈文明是一个单位的吗", "省政协秘书长陈文明", None),
        ("r105", "笪家豪来大会干嘛", "1万令吉", None),
        # the next session asked in English; a colloquial 办下来 and 做好 as finishing
        ("r114", "When will the next forum be held?", "7月中旬", None),
        ("r114", "出口退税几天能办下来", "工作日", "没有给出"),
        ("r115", "那个排水工程到底什么时候能做好", "明年5月", None),
        # a claim of words never said: in English (a fund the report never names), and of an absent head (冷藏库)
        ("seed", "Did Wang Weizhong announce a new AI fund?", "基金", "said:"),
        ("r113", "我听说县长甘俊雄答应冷藏库一半的钱由县府出，有这回事吗", "没有记录", "不对"),
    ],
)
def test_kinds_of_question_set_72_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (sets 72–73, r116–r117) a figure a long word stands before is not the answer where the sentence is of another
        # thing the question names (中央补助 of the drainage works, asked of the car park)
        ("r115", "二号公园停车场那3.2亿里面，中央补助多少", "没有给出", "1,200"),
        # why: the sentence that gives a reason; 到一半就走 as leaving early
        ("r115", "市长为什么提前走了", "总质询", None),
        ("r115", "市長點解傾到一半就走咗？", "總質詢", None),
        # keyword fragments in English; a count of those named as attending where the report gives none
        ("seed", "date + venue", "7月11日", None),
        ("seed", "参加的领导一共点了几个人的名字", "5位", None),
        # a thing asked with a particle inside it (第三地段啲社屋) and its short form (社屋 of 社会房屋); 起好 as finishing
        ("r117", "青蕖灣第三地段啲社屋而家話幾時起好？", "2026年第二季", None),
        # a second English question joined by "and"
        ("seed", "Which provinces got the written survey, and did they also hold a meeting with the provincial departments?", "省直部门座谈会", None),
        # an act dated by the sentence after the one that names the thing (合同自今年1月1日起执行)
        ("r112", "夜班津贴什么时候开始算", "1月1日", None),
        # one elected with the most votes, no post named; the next session planned without 于
        ("r105", "谁得票最高", "鄢少华", None),
        ("r113", "下次会员代表大会什么时候开", "12月中旬", None),
        # a yes/no on a post another now holds: no, who does, and what the one asked is
        ("r65", "钮承远这次又连任会长了吧？", "逄嘉禾", None),
    ],
)
def test_kinds_of_question_set_73_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 74, r118–r121) a side that is only last year: the change the thing's own sentence gives, never another
        # thing's last-year figure ('…调解成功2957件，…去年同期为2310件'); last year's figure in that very sentence
        ("r116", "今年受理的案件比去年多还是少", "4.6%", "2310"),
        ("r103", "阻街检控比去年同期多了几宗", "52宗", None),
        # a meeting named by where it was held (雁鸣花园业主大会 of a 特别业主大会 held there) is the report's own
        ("r107", "雁鸣花园业主大会在哪里开的", "平台有盖广场", "没有写"),
        # a topic in everyday words asked yes/no (招人难: 人才), not the word itself; a word itself stays refused
        ("seed", "有人提到招人难吗", "人才", None),
        ("seed", "有人提到芯片吗", None, "关于人才"),
        # everyday words and short forms for the report's (扯皮: 纠纷, 物业费; 社屋: 社会房屋, 入伙 dated right before it)
        ("r116", "小区物业费老扯皮有人提吗", "法官工作站", None),
        ("r117", "啲社屋幾時先有得入伙呀？", "2026年第三季", None),
        # English glossary words (case filing, pain as a problem; secretaries-general, plural)
        ("r116", "did anyone complain about online case filing?", "一次性告知", None),
        ("seed", "Who are the secretaries-general?", "陈敏", None),
        # which department takes what the meeting raised: its handling
        ("seed", "企业家的意见交给哪个部门", "省有关部门", None),
        # the next session in a month in numerals (明年一月中旬, 暂定); an official absent (未有出席)
        ("r117", "委员会下次会议什么时候开", "一月中旬", None),
        ("r117", "政府那边有没有该来没来的", "燕启明", None),
        # the others of a list some of whom the report names: their names asked, no count
        ("r116", "除了郗振华訾秀英邝海峰冉国栋，另外几个发言的叫什么名字", None, "17条"),
    ],
)
def test_kinds_of_question_set_74_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 75) what the asker says of the answer's form is no word of the question: the gist asked
        ("seed", "王伟中讲话太长了懒得看，给我三个重点就行", "耐心资本", "懒得看"),
        ("r119", "簡單講下今次座談會有咩重點", "燕孟哲", "沒有提到"),
        # whether the asker qualifies, where no sentence gives a condition: said so, no yes
        ("r118", "我是开咖啡店的，可以申请那个小贩数码配套吗？", "没有写谁可以申请", "是的"),
        # the asker's story the question points back to (跟我们有啥关系): its words asked of
        ("seed", "我们是做私募基金的，省长这次讲话跟我们机构有啥关系？", "私募股权投资", None),
        # figures checked for print: a bare number with the report's unit, an amount of 亿 and 万 together
        ("r119", "床位是3,214還是3,241？", "3,214床", None),
        ("r119", "新宿舍總經費是12億8,000萬還是18億2,000萬？", "12億8,000萬元", "不對"),
        # a time of leaving asked with 几点; the others of a besides-clause with their posts
        ("r110", "错峰放学每个年级分别几点走？", "15:40", None),
        ("seed", "除了省长和政协主席，参加的那几位领导各是什么职务？", "陈文明", None),
        # a Taiwan school year as a time
        ("r119", "新宿舍到底哪一年才能住", "116学年度", None),
    ],
)
def test_kinds_of_question_set_75_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 76, r122–r123) a role whose body is a unit of the one asked short (企发局司长: 企业发展局中小企业司司长)
        ("r118", "企发局那位司长叫什么名字", "郗志明", None),
        # a count asked in English of a Chinese noun ("how many 人"), coming to a meeting named in Chinese
        ("r118", "how many 人 came to the 对话会", "200名", None),
        # everyday words for the report's (学费: 学杂费); a modal before a verb is no misspelt word (会涨, not 会长); a Republic
        # year covers 明年; a yes/no on what will be is no yes from what was done before ('112学年度曾调涨')
        ("r119", "明年学费会涨吗", "不调涨", "会长"),
        ("r119", "学费会调涨吗", "115学年度", "是的"),
        # a word of the knowledge is said on purpose (亏钱, no 缺钱); 怎么会 asks why
        ("r113", "供销部怎么会亏钱", "亏损312万元", None),
        # who did a thing the report never writes: no one, the thing named (not the governor's 出席并讲话)
        ("seed", "谁说要给芯片企业补贴", "没有提到", "王伟中"),
        # a share written in words (百分之八点六)
        ("r121", "刑事案件按年下降了多少", "百分之八点六", None),
        # a date read against the page's own time line ('2026-03-18 17:42 發布'); a councillor who convenes (邀集) holds it
        ("r123", "会勘是哪天开的", "3月18日", None),
        ("r123", "这个会是谁召集的", "甘淑媛", None),
        # who spoke after the one a word points to (主持人), and before the one a role names (省长)
        ("r120", "主持人讲完以后是谁发言", "綦卫东", None),
        ("seed", "省长讲话之前是谁在发言", "粤商代表", None),
        # words put in the mouth of one who did not say them: no, and whose they are
        ("r120", "是禚立新说要加装监控吗", "燕丽华", None),
        # a doer the question names by title (鲁局长, 逯 by its sound) is no one described by the act (说的那个)
        ("r122", "鲁局长说的那个预付式消费专项整治什么时候开始", "12月15日", "蒯若琳"),
        # everyday words for the report's: 转到 (转接), 水沟 and 清 (侧沟清淤), 攻下来 (突破), 收钱 (收费), 钟头 (小时)
        ("r122", "商场说啥时候能把我们转到别家店", "1月20日", None),
        ("r123", "水沟什么时候清", "5月底前", None),
        ("seed", "卡脖子的难题打算怎么攻下来", "协同破题", None),
        ("r120", "谁说外面的车在小区里停超过俩钟头要收钱", "物业", None),
        # Cantonese: 最尾 (最后), 多啲 (更多); 这么个 names nothing
        ("r113", "大会最尾做了什么", "绩优农事小组长", None),
        ("seed", "会上有冇人讲要引多啲天使投资入嚟", "天使", "沒有提到"),
        ("seed", "为啥要专门开这么个会", "目的", None),
        # an English motion raised off the agenda (extra motion: 临时动议)
        ("r113", "Was any extra motion raised, and by whom?", "邝金城", None),
        # a time dates the thing of its own clause, or of the clauses that go on with it; not another subject's
        ("r121", "轻轨站出口加装照明什么时候搞好", "没有写", "明年"),
        ("r123", "路灯什么时候装好", "年底前", None),
        # another event the report mentions by its parts (投保农业保险…办理说明会): its time, not the meeting's
        ("r113", "农业保险说明会定在哪天办", "没有写农业保险说明会", "3月6日"),
        # a family name remembered with the wrong title, with the body (水利局羿科长 of the only 羿, 水利局正工程司); not without
        ("r123", "水利局那位羿科长叫什么", "羿建宏", None),
        ("r123", "羿科长是谁", "没有担任", None),
        # who answered a complaint the question describes: the next one who spoke after it
        ("r122", "培训机构搬家只肯退一半钱那个事，会上谁回应的", "饶静怡", None),
        # English words of the glossary (barbecue, north gate, deal with); a case's answer in the sentence after it
        ("r120", "how will they deal with the barbecue stalls by the north gate", "禚立新", None),
        # a sum in numerals said short (五千九百多万) and a sum guessed by its size (几百万还是上千万): the report's figure
        ("r113", "全会盈余是不是五千九百多万", "4,862万元", "没有提到"),
        ("r121", "翠洲居民被电骗的钱大概是几百万还是上千万", "八百四十万", "没有提到"),
        # the next meeting named with words between (the next members' representatives meeting)
        ("r113", "When is the next members' representatives meeting?", "12月中旬", None),
    ],
)
def test_kinds_of_question_set_76_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [  # (sets 77–78, r124–r125: the kinds of miss their first runs showed, in other words than theirs)
    # Cantonese 返 and 入数 (拿回, 退还, 到账); a word of a concept (结束) names no other thing; a typo of the eye (座淡会)
    ("r122", "退还的8250元几时入数", "12月20日", None),
    ("r122", "专项整治几时结束", "3月15日", None),
    ("r124", "乡贤座淡会几号开", "正月初四", None),
    # a lunar date is the meeting's day as written; 在外 is no place
    ("r124", "这个会叫什么名字", "在外乡贤新春座谈会", None),
    # a refusal by an intent where the reading's sentence holds every word of the question the report writes
    ("r122", "平台对卖东西的直播间怎么处理的", "停播", None),
    # the reply to a question someone put in the report: the next speaker's words
    ("r123", "补助要是批不下来怎么办", "150公尺", None),
    # a clause of someone else's absence before a named speaker is no more of the last speaker's words
    ("r125", "仉嘉怡说了什么", "采购目录", "医保局"),
    # a family name with a form of address (冉女士), the report's one bearer of it
    ("r124", "冉女士建议了什么", "区域公用品牌", None),
    # a description before a name (做电商的) says which one, it is no subject
    ("r124", "搞电商的逯晓晴说了啥", "冷链物流中心", None),
    # a firm's full name, its place in brackets, and what a bare 公司 after it points back to
    ("r125", "科瓦特要增资多少", "8000万美元", None),
    # whose a quoted term is: the body written right before it
    ("seed", "“1310”是谁的部署", "省委", None),
    # what comes next: the report's sentences of what will be done
    ("r124", "后续有什么安排", "第二届", None),
    ("r124", "What are the next steps?", "国庆", None),
    # a noun of people asked by name, in a clause that names no one: no name, not the one who complained
    ("r122", "那家美容店的老板是谁", "没有写是谁", None),
    # the county a word opens with is the scene (涔源乡贤: 乡贤)
    ("r124", "涔源乡贤来了几个", "62名", None),
    # a time a plan sets without a calendar date (明年第二季); the summer holidays
    ("r99", "美拉溪畔啥时候交钥匙", "第二季", None),
    ("r123", "When will the sidewalk be built?", "暑假", None),
    # a yes/no on the minister's words: no correction of the title (部长 of 高级政务部长)
    ("r99", "部长有没有说158号巴士怎么改善", "9月1日", "不对"),
    ],
)
def test_kinds_of_question_sets_77_78_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [  # (set 79, r126–r127: the kinds of miss their first runs showed, in other words than theirs)
    # a state asked (保住) that a sentence after the matter's says the opposite of (全数删除): no, with that sentence
    ("r109", "换公务车那笔钱保住没有", "全数删除", None),
    # a later part counted of nothing it names, of the sentence the part before quoted: its own figure only
    ("r124", "县里GDP多少？又增长了多少", "6.3%。", "6.3%、7.1%"),
    # an act dated apart from the meeting (拨下来 of the report's 发放), alone and after a part that names the thing
    ("r111", "现金股利每股多少？啥时候拨下来", "8月15日", None),
    ("r111", "钱几时派下来", "8月15日", "6月18日"),
    # a Cantonese which (边几样) asks which; a figure asked in a currency the report never writes is checked by the number
    ("r111", "公司章程改了边几样嘢", "30億", None),
    ("r125", "科瓦特是不是增资8000万英镑", "8000万美元", None),
    # two roles asked together (立委和县议员): the holders of each
    ("r127", "哪些立委和议员出席了", "鄢俊男", None),
    # gone to a venue, then held (前往…，举行); not the next session's venue; a Republic year on the page (115-03-05)
    ("r127", "座谈会在哪里开的", "鹭尾区渔会", "汀口"),
    ("r127", "座谈会是哪天开的", "3月5日", None),
    # a trade before a name (刺网渔民, 船长) makes a person of the report; a request asked of is no yes
    ("r127", "刺网渔民叫什么名字", "隗进福", None),
    ("r127", "休渔奖励的门槛能放宽吗", "无法承诺", "是的"),
    # a word of the question that starts inside an everyday word (明开 of 说明开) is no name to refuse by
    ("seed", "林克庆有没有说明开这个会的目的", "目的", "明开"),
    # 有没有去 of a person: whether they came
    ("seed", "陈文明有没有去", "参加", "讲话的有"),
    # a yes/no whose own clause asks what the report never writes (抓到) is no yes on the figure of the clause before
    ("r121", "那两宗爆窃案，贼捉到了吗", None, "是的"),
    # English: a board's independent directors; a country and mass production
    ("r111", "Who are the independent directors?", "覃立仁", "主任"),
    ("r111", "When will the Mexico plant start mass production?", "第二季", None),
    # (set 80) the asker's story names the matter when the asking clause names only who answers (县里怎么处理)
    ("r127", "北堤夜里太暗，渔民卸鱼危险，县里怎么处理", "12盏", None),
    # a word of the report's is no misspelt cue (淤会 of 清淤会不会拖: no 与会)
    ("r127", "清淤会不会拖", None, "与会人员"),
    # where to do what the report never says (报名): no other place; a day asked where only a quarter is given
    ("r121", "防骗大使的义工去哪里报名", "报名", "报道写道"),
    ("r125", "日韩企业那场具体几月几号开", "具体日期", None),
    ],
)
def test_kinds_of_question_set_79_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [  # (set 81, r128–r129: the kinds of miss their first runs showed, in other words than theirs)
    # a stance asked of someone yes or no (提倡, advocate) is asked of what they said; a choice's other side is no word to find
    ("seed", "王伟中提倡企业加大研发投入吗", "加大研发创新投入", None),
    ("seed", "Did the governor advocate venture capital?", "风险投资", None),
    ("seed", "省长跟企业家有没有交流还是只是自己讲", "插话交流", None),
    # the one a question describes by what they did, where the report names no one for it; but a name asked is a name
    ("r116", "那个讲涉外案件审理太慢的政协委员叫啥", "一位从事外贸", "邝海峰"),
    ("r67", "茹清源是哪位专家？", "大道", "没有写名字"),
    # the part someone is to play said everyday (扮演角色) of a report's 发挥…作用
    ("seed", "林克庆希望企业家扮演啥角色", "主力军", None),
    # 试点 is kept whole (no Cantonese 点搞 of 试点搞); 今（十五）日 in numerals; the page's year where the story gives none
    ("r91", "试点搞了多久", "九个月", None),
    ("r129", "社协全体会议几号开的", "7月15日", None),
    ("r129", "会是哪年开的", "2027", None),
    # a plain 元 or 块 asked is the local money; a figure asked per unit is checked against the sentence that prices it
    ("r129", "最低工资是不是定了每小时38块", "37澳门元", None),
    ("r61", "暖气费是不是涨到每平方米25元了", "21.6元", "0.18元"),
    # the new figure (新的, 定了) is the one of the change agreed, not the rate as it is nor the one asked for
    ("r129", "新的最低工资每小时多少钱", "37澳门元", "40澳门元。"),
    ("r129", "最低工资这次定了每小时多少", "37澳门元", None),
    ("r129", "新的最低工资按月是多少钱？比现在多出多少", "208", None),
    # 亲身 (in person); a government's side (官方) is its bodies' posts, not any leader's
    ("r129", "晏家声有没有亲身出席", "代为出席", None),
    ("r129", "官方出席的有哪些人", "冉绮雯", "覃丽珊"),
    ("r37", "Which city leader attended and gave a speech?", "乜东阳", None),
    # 劳方 and 资方 of a tripartite meeting; the next plenary; waiving a fee
    ("r129", "劳方代表提了什么要求", "40澳门元", None),
    ("r129", "When will the next plenary be held?", "十一月", None),
    ("r129", "Will the hiring fee for chefs be waived?", "会后研究", None),
    # a family name OpenCC would turn into another (麴); a trade before a name (网约车司机); 他在会上提问 is theirs
    ("r128", "麴红梅怎么说", "6.8万", "曲红梅"),
    ("r128", "网约车司机说了什么", "10元", None),
    ("r128", "厍明亮问了什么", "职业伤害保障", None),
    ("r128", "高铁站泊车几钱", "10元", None),
    ("r128", "What share of the workers joined the union?", "55.2%", None),
    ("r91", "乱扔垃圾罚多少", "2,000", None),
    # someone described by where and what they do, before or after the pointer (in 深圳 is no place the meeting met)
    ("r124", "那个在深圳做电子的老乡说了什么", "600", None),
    ("r124", "在深圳开公司的那个老乡是谁", "郗国栋", "地点不对"),
    ("r11", "是在上海开、10号开的吗", "北京", None),
    # Cantonese 话会点改; 官司 of a report's 纠纷; 房产证 is no 房子
    ("r116", "网上立案退回补正法院话会点改", "一次性告知", None),
    ("r116", "物业费官司多的问题谁提的", "訾秀英", None),
    ("r77", "杉屿花园办不了房产证谁牵头", "勾雪峰", None),
    ],
)
def test_kinds_of_question_set_81_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


def test_a_plural_pronoun_follows_those_the_last_question_asked_of() -> None:
    """(seed) "调研组还开了什么会？" then "那他们还找了哪类人给意见？": their research (the members asked for views), not the
    meeting's group views, where the research intent's sentences hold more of the question."""
    engine, key = report_engine(SEED_FILE), new_key("seed-they")
    engine.ask("调研组除了实地走访还开了什么会？", key)
    text = engine.ask("那他们还找了哪类人提意见？", key).text
    assert "住穗全国政协委员" in text and "建言献策" not in text, text


def test_how_it_was_answered_after_an_answer_that_quoted_it() -> None:
    """(r116) "那法院是怎么答复的？" after an answer that quoted the complaint and the reply to it: that reply, not the chair's
    summary of how many were answered."""
    engine, key = report_engine(next(REPORTS.glob("r116_*.txt"))), new_key("r116-answered")
    engine.ask("物业费纠纷多的问题有代表提过吗", key)
    text = engine.ask("那法院是怎么答复的？", key).text
    assert "法官工作站" in text and "9条已当场答复" not in text, text


def test_how_it_was_answered_follows_the_proposal_quoted() -> None:
    """(r124) "县里怎么答复的？" after an answer that quoted a proposal: the answer the report gives it later."""
    engine, key = report_engine(next(REPORTS.glob("r124_*.txt"))), new_key("r124-answered")
    engine.ask("逯晓晴提了什么建议？", key)
    text = engine.ask("县里怎么答复的？", key).text
    assert "6月底前开工" in text and "禚明远" not in text, text


def test_when_follows_the_plan_quoted() -> None:
    """(r121) "那要到什么时候才弄好？", naming nothing, after an answer that quoted a plan: the time that plan's sentence gives, not
    a time of its speaker's other words (the last answer's speaker is no subject dated)."""
    engine, key = report_engine(next(REPORTS.glob("r121_*.txt"))), new_key("r121-when")
    engine.ask("街市附近电单车位不够，交通厅怎么回应的？", key)
    text = engine.ask("那要到什么时候才弄好？", key).text
    assert "明年首季" in text and "一万二千六百宗" not in text, text


def test_a_caption_that_opens_with_its_file_name_is_no_report_text() -> None:
    """(r127) '1150305漁民座談02.jpg　「金漁興12號」船長…': the picture's line, not a role of the captain's."""
    text = report_engine(next(REPORTS.glob("r127_*.txt"))).ask("金渔兴12号的船长叫什么？").text
    assert "羿天送" in text and ".jpg" not in text, text


def test_who_asked_is_the_one_whose_words_asked() -> None:
    """(set 76) "是谁问的？" after an answer that quoted a question and its answer: who asked, not who answered."""
    engine, key = report_engine(next(REPORTS.glob("r113_*.txt"))), new_key("r113")
    engine.ask("有没有代表问过色选机的事？", key)
    text = engine.ask("是谁问的？", key).text
    assert text.startswith("郏秀兰"), text


@pytest.mark.parametrize(
    ("report", "turns", "must", "must_not"),
    [
        # (set 73's three-turn chains) a pointer at a thing (那个案子, 那段路) is what the last answer raised, not the last
        # question's words (市府 of '市府自筹650万元')
        ("r115", ("市議員昝雅婷有沒有到場", "她要求市府做什麼", "那個案子要多少錢"), "2,600萬元", "1,200"),
        ("r115", ("港尾里長是誰", "她反映什麼問題", "那段路有多長"), "1.2公里", None),
        # …but one the question describes itself (那个做物流的老总) is its own
        ("r37", ("太叔铮是什么身份？", "那个做物流的老总呢，他反映了什么问题？"), "拖欠", None),
    ],
)
def test_a_pointer_at_a_thing_is_what_the_last_answer_raised(report: str, turns: tuple[str, ...], must: str, must_not: str | None) -> None:
    _chain(report, turns, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [  # (set 83, r130–r131: the kinds of miss their first runs showed, in other words than theirs)
    # all of something asked yes or no, of a count of which part is done ('23条…已办结21条，另2条…'): not all
    ("r116", "去年代表委员提的意见都办结了吗", "不是全部", "是的"),
    ("r128", "诉求都当场答复了吗", "不是全部", "是的"),
    ("r116", "去年提的23条建议全部办结了吧", "不是全部", None),
    # the day asked, of a time the report gives to the month only; a span asked of the item that holds the thing
    ("r120", "反诈宣讲是12月哪一天开始", "具体", "会议于"),
    ("r95", "88R线多久一班", None, "15分钟"),
    # the content of a count someone handed in, which the report does not give
    ("r108", "钭桂兰交的3条建议是什么", "没有记录", None),
    # colloquial and Cantonese forms: 下回, 开嚟做乜, 使唔使, a verb said twice before the count (抽佣抽几多), 吵到
    ("r120", "下回恳谈会什么时候开", "3月下旬", None),
    ("seed", "呢个会开嚟做乜", "新質生產力", None),
    ("r108", "慢特病开完药仲使唔使去医保中心", "一站式", "是的"),
    ("r130", "平台抽佣抽几多", "15%", None),
    ("r120", "烧烤摊天天吵到半夜，派出所打算怎么管", "治安管理处罚法", None),
    # 一共有 is no 一 + 共有; a classifier jieba glued to the word it counts (多少家民宿); a word jieba cut short (回收率)
    ("r130", "全县一共有多少家民宿", "286家", None),
    ("r131", "现在的回收率有多高", "8%", None),
    # what the one asked of said of the research, not the research; a remedy asked for (办法), looking after, everyday words
    ("seed", "省长要求有关部门怎么对待调研组的成果", "吸纳", None),
    ("r108", "医院有没有照顾老人的办法", "20%", None),
    ("r108", "做核磁要等几天", "4.5天", None),
    # a thing named by its code and described (N27通宵线); the answer the report gives the objection after it
    ("r95", "有没有议员反对取消N27通宵线", "18%", None),
    # who acts (政府) is no thing dated; an outcome said as 被否决
    ("r131", "政府几时把条例草案交上立法会", "第三季", None),
    ("r131", "押后一年的议案结果怎样", "7票反对", None),
    # those described as a group (开民宿的人里面), not one of them; a count of those at the meeting, not a statistic
    ("r130", "开民宿的人里面谁发了言", "逯德昌", None),
    ("r130", "How many homestay owners took part?", None, "286"),
    ],
)
def test_kinds_of_question_set_83_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "turns", "must", "must_not"),
    [
        # (set 82–83) the rest of a count of which part is done, after an answer that quoted it
        ("r116", ("去年座谈会上代表委员提的意见都办结了吗", "剩下的是什么问题"), "柘塘", None),
        ("r114", ("were all the issues from the first quarter resolved?", "what is the remaining one about?"), "跨省迁移", None),
        # how the one who raised it was answered, the pronoun standing for them
        ("r108", ("做透析的那位老病人提了什么要求", "医院怎么回他的"), "周六", "志愿者"),
    ],
)
def test_a_follow_up_on_what_the_last_answer_quoted(report: str, turns: tuple[str, ...], must: str, must_not: str | None) -> None:
    _chain(report, turns, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 85, r132–r133) a body asked what it said: its participants' words (a short form, its people, a side, not 对…)
        ("r95", "食环署有什么回应", "1,246宗", None),
        ("r95", "运输署代表讲了啥", "N68", None),
        ("r122", "我在健身房办了年卡有点慌，这次会上健身房那边承诺了些啥", "5000元", None),
        ("r122", "商场怎么处理的", "1月20日", None),
        ("r42", "副市长对市科技局提了哪些要求？", "双清单", None),
        # a new speaker by title with a verb before a comma ends the last one's words
        ("r95", "綦宝仪说了什么", "N68", "10.4元"),
        # one the report tells of by what befell them, named nowhere: no name of another
        ("r89", "坠楼的那个工人叫什么", "没有写是谁", None),
        # the whole area a figure is asked of, not a part's; a place of the meeting's own, not the whole's
        ("r125", "去年全市实际用了多少外资", "4.86亿美元", "2.13亿"),
        ("r125", "经开区有多少外资企业", "286家。", None),
        # an English figure in another currency: checked against the report's
        ("r125", "Kovatt is putting in another 80 million euros for phase two, right?", "8000万美元", None),
        # a question told, and how it was answered: where it was asked and the reply after (of the one named as answering;
        # the told question's 有没有 and its asker no part of what is asked); a who-question with 几 in the report's sentence
        ("r62", "书记插话问她去年来了多少游客，她怎么答的", "12万人次", None),
        ("r99", "訾秀莲问她的组屋何时轮到家居改进计划，部长怎么答的", "2027年", None),
        ("r128", "厍明亮问众包骑手有没有职业伤害保障，人社局怎么回应的", "麴红梅", None),
        ("r62", "谁询问了基层代表的住宿情况？", "闵怀远", "没有写是谁"),
        ("r133", "乡长问20年后光电板拆除回收谁负责，业者是怎么回答的？", "会后再研议", "转达经济部"),
        # a distance asked
        ("r133", "升压站离民宅多远", "180公尺", None),
        # (set 86) a who-question the report asks too: no one named
        ("r133", "20年后光电板拆除回收由谁负责？", "没有写是谁", None),
        # the other side's sum, its side no word a figure needs; a meal's price asked per 顿; a balance still left (仲剩)
        ("r133", "业者答应每年给村里多少回馈金？", "380万元", None),
        ("r132", "老年食堂每顿饭村里补贴多少钱？", "3元", None),
        ("r107", "維修基金而家仲剩幾多？", "392萬元", "300萬元。"),
        # English: an environmental impact assessment, a capacity
        ("r133", "What is the installed capacity of the solar farm?", "38.5MW", None),
    ],
)
def test_kinds_of_question_set_85_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 87, r134–r135) a run of door numbers (128巷6號至22號) is no day; a page time on a line of its own dates 今（9）日
        ("r135", "公聽會係幾時開？", "5月9日", "6號"),
        # 委员 of 委员会 ends no title (no one called 会组织); a meeting word is no body; a post taken at the hearing (任听证人)
        ("r134", "谁出席了听证会", "綦建平", "会组织"),
        ("r134", "听证人是谁", "逯振宇", None),
        # a besides-clause with no comma after it (…除了主持人还有谁)
        ("r134", "听证人除了主持人还有谁？", "亢晓蕾", "主持会议"),
        # one whose assistant stood in was not there, whatever title the question gives him
        ("r135", "晏子淳来了吗", "没能到会", None),
        ("r135", "市議員晏子淳本人有沒有到公聽會現場？", "沒有", "是的"),
        # each labelled item asked (方案一：…, 方案二：…); a word for what the whole hearing is about need not be in the figure's
        # sentence; a day said from the meeting's end (开完第二天) checked against the date given; a remark in English after it
        ("r134", "两个方案里，居民第一档的水价分别是多少？", "2.30元", None),
        ("r134", "洗衣公司老板说两个方案每个月分别要多付多少水费？", "2310元", None),
        ("r134", "新水价是不是听证会开完第二天就执行了?", "7月1日", "是的"),
        ("r134", "新水价是不是听证会开完第二天就执行了? I need to update our bills.", "7月1日", "没有答案"),
        # a name with one character wrong, alone or beside another; a word that frames (结果) held by that one's sentence
        ("r131", "耳子轩的议案结果怎样", "7票反对", None),
        ("r131", "覃慧仪和耳子轩的议案各自是什么结果", "被否决", None),
        # a sum asked of a thing whose only figures are of another kind (votes), or in a currency the report gives none in
        ("r131", "给拾荒老人的过渡津贴一个月会发多少？", "没有给出", "8票"),
        ("r135", "In New Taiwan dollars, what is the total amount the developer is counting as the common burden for this project?", "no such figure", "41.8%"),
        # a later part asked of a thing the part before named and the report never counts: no other sentence's figures; a part
        # refused whose words a later part's sentence holds: answered by it
        ("r134", "Which company will supply the smart water meters that residents asked for, and how many will be installed?", "does not answer", "亏损"),
        ("r134", "In the cost audit, what unit supply cost had the water company claimed, and what figure did the auditors finally accept?", "2.87元", "does not answer"),
        # Cantonese: 樓下 is the report's 1樓, 唔肯 its 不同意, 業主 its 地主; the meeting named by its lead's place, and 那天 for 哪天
        ("r135", "嗰個喺樓下開中藥房嘅業主點解唔肯都更？佢要求啲乜？", "65%", None),
        ("r135", "榕溪路那场会是几号开的？", "5月9日", "关于"),
        ("r134", "澧浔那个水价听证会是那天开的？", "4月21日", None),
        # 低保家庭 is the report's 低保户, 照顾 its 减免
        ("r134", "这次调水价对低保家庭有啥照顾？", "5立方米", None),
    ],
)
def test_kinds_of_question_set_87_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 89, r136–r137) a request told before a clause that asks how it was met: the other side's answer, never a yes
        # of the request itself (nor one question per clause)
        ("r129", "餐饮商会那位要求免首年外雇聘用费，劳工局当场就答应了是吧？", "会后研究", "是的"),
        ("r135", "地主要求重新估价，建商答应了吗", "并未回答", "是的"),
        # someone's demand, view or promise asked as 'X的…是什么': their words, not their post
        ("r135", "冉志豪的诉求是什么", "重新估价", "职务"),
        ("r135", "亓韦纶的承诺是什么", "42个月", None),
        # a spoken form of an intent's cue (啥态度 as 什么态度)
        ("r135", "冉志豪啥态度", "质疑", "没有答案"),
        # one described by the words before the name, not a title (在22号1楼开中药房30年的…), the trade said otherwise or mistyped
        ("r135", "开中药铺那个老板啥态度", "一楼换一楼", None),
        ("r136", "那个开杂贷店的老板问了什么？", "商业用途", None),
        # a figure a change reaches, after a sentence that states it: the change's figure says yes or no
        ("r132", "听说老年食堂每餐补贴要涨到5块了？", "4元", "是的"),
        # the new figure agreed ('同意将…调升至'), not the one in force nor a sum of another frame, where the sentences cover
        # the question alike
        ("r129", "最低工资最后定了多少", "37澳门元", None),
        # a count of people who did something at the meeting: only a sentence that writes the act counts them
        ("r87", "有几位村长发言了", "没有给出", "19位"),
        # a title asked with a level the report's holder lacks (state exco member, 州行政议员 of '…新村事务行政议员'); not
        # another level's (市领导 is no 县领导)
        ("r136", "what did the exco member promise to do?", "5月底", None),
        # a Malay name spelt in characters, after a title and its note in brackets
        ("r136", "土地局的人怎么回答杂货店东主？", "莫哈末法依沙", None),
        # Cantonese 大坑渠 is a ditch; 打牢底子 is the report's 夯实基础
        ("seed", "省长说打牢ai底子要抓哪几个关键环结", "算力", None),
        # (set 90) a word of a concept the report writes otherwise is no word it lacks (底层: its 基础)
        ("seed", "省长说AI底层要重点抓哪几块", "算法", "没有答案"),
        # "according to X, what…": what X said, not who X is; "according to the report" is the source
        ("seed", "According to the governor, what kind of 'strong province' is Guangdong trying to become?", "制造强省", None),
        ("seed", "What is Chen Min's position, according to the report?", "秘书长", None),
        # a claim that someone promised one thing of another: nothing of theirs on it, and what they said of the other
        ("r136", "聽說鄺家榮答應會直接發永久地契給村民，是真的嗎？", "土地政策", None),
        # the time and the place of a thing the part before named, not the meeting's; the one answered is no subject
        ("r132", "敬老金在哪里发放？", "文化广场", "礼堂"),
        ("r136", "土地局怎样回答他？", "商业地段", "你说的是谁"),
        # one described by words before 的 and a person noun, each in the report's description of them (独居的83岁某某)
        ("r137", "那个83岁独居的婆婆担心什么？", "覆诊", None),
        # a later English part that points back at the thing the part before asked of
        ("r132", "What's the whole town's village collective income, and how much of it comes from Yantan?", "四分之一", "5年"),
    ],
)
def test_kinds_of_question_set_89_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 90) a place an English question names by a romanised name no pinyin spells ("Lei Wan Road"): never said to be
        # missing, and no word an answer must cover
        ("r137", "What plot ratio is being proposed for the Lei Wan Road site, up from what?", "6.5倍", "does not mention"),
        # a refusal of a time or a figure, where a sentence gives one of the kind asked right by a rare word of the question
        ("r136", "主沟渠工程什么时候动工，几时能搞完？", "10月底", "主沟渠”的时间"),
        ("r136", "州政府拨了多少钱修主沟渠？", "85万令吉", "没有给出"),
        # …but not a figure of another year than the one asked, nor one after a unit said per one (补偿一坪: not 每坪 房价)
        ("r113", "農會超市今年營收目標訂多少？", "沒有給出", "1.26億元"),
        ("r135", "我家頂樓有加蓋，建商說補償一坪會給多少錢？", "沒有給出", "68.5"),
        # the 嘛 of 干嘛 is no particle: "想干嘛" asks what for
        ("seed", "开这个会想干嘛", "目的", None),
        # what one was told to do, said the everyday way (让有关部门干嘛): a requirement
        ("seed", "省长听完大家发言以后，让有关部门干嘛", "认真研究", None),
        # money said the everyday way (2块9, 几毛) and a price said per one (一坪多少: 每坪)
        ("r134", "现在每方2块9，两个方案分别调到多少", "3.45元", None),
        ("r135", "請問估價師估的更新後房價一坪多少？", "68.5萬元", "沒有給出"),
        # the age of buildings asked in English
        ("r135", "How old are these buildings?", "52年", None),
        # an English date with its year checks the report's year; "Will…?" asks yes or no
        ("r131", "Will the scheme start on July 1, 2028?", "Yes", None),
        # who hold a post, asked with their titles (听证人分别是什么职务)
        ("r134", "听证人分别是什么职务", "逯振宇", "没有答案"),
        # "the person chairing it" is the chair
        ("seed", "What did the person chairing it hope the entrepreneurs would do?", "主力军", None),
        # a title asked by its body's first word (物业经理: the report's 物业服务中心经理), held by one away with a stand-in
        ("r138", "物业经理到场了吗？", "没能到会", "是的"),
        ("r138", "物业经理是谁", "逄国庆", "没有担任"),
        ("r138", "Did the property manager come?", "could not attend", None),
        # who pays, said the everyday way: the body the report says bears it, not the one who said so; a title glued to a
        # word of the report (老农 of 老农房) is no one's
        ("r130", "老农房做安全鉴定的费用谁出？", "县财政", "老农"),
        # a meeting's name with a year no calendar writes in figures (114学年度) gives no year
        ("r119", "when was the meeting held?", "December 3", "None"),
    ],
)
def test_kinds_of_question_set_91_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 93, r140-r141) an hour asked (几点) of something the report times by the clock alone ('晚间10时至翌日上午7时')
        ("r139", "晚上几点以后不能开破碎机？", "10时", "没有提到"),
        # …and when the thing ended, not when it was planned to (原定…，实际…), unless the plan is asked
        ("r140", "活动几点散的", "9时40分", None),
        ("r140", "本来计划几点结束？", "晚9时", None),
        # a later part of a message that names nothing asks of what the part before it named, not of the nearest part
        ("r127", "淤沙什么时候开始清？几时做完？", "4月中旬", "没有写"),
        # a figure stated in another unit of the same measure (立方米 for the report's 立方公尺) is checked, and corrected
        ("r127", "这次疏浚能清出5.2万立方米的沙，对吧？", "8万立方公尺", "是的"),
        # the report's one count in a rare unit answers a count in that unit (12盏), whoever the question says gave it
        ("r127", "工务处说要装几盏路灯？", "12盏", "没有给出"),
        # a later session asked in English; rent asked per hectare and per year in English
        ("r133", "When is the second briefing session?", "4月10日", "3月13日"),
        ("r133", "How much rent per hectare does the solar company pay landowners a year?", "17万元", "no such figure"),
        # a deadline stated wrong, with a direction after the verb (寄过去): corrected, no word missing
        ("r133", "听说书面意见4月10号前寄过去就行了？", "3月28日", "过去"),
        # what one asked for, said the everyday way (开价), of the one a pronoun points back to in the same message
        ("r133", "湳汕村长嫌回馈金太少，他开价每年要多少？", "600万元", "没有给出"),
        # a deputy holds no post of the full title: the one away, not his stand-in
        ("r141", "律政司司长有没有到？", "查永年", "是的"),
        # where, asked by the kind of place (哪所学校)
        ("r141", "咨询会在哪所学校开的？", "官立中学", "所学校"),
        # a pronoun after one of the asker's own people (我老公…他) points at no one of the report
        ("r136", "我老公去世了，地契是他的名字，州政府会怎么帮我们？", "州政府", "你说的是谁"),
        # two figures stated, one of which the sentence does not hold: no yes
        ("r136", "邝家荣讲60年地契也是收4500令吉，对不对", None, "是的"),
        # 咋个…法 asks how; 慎重 for the report's 审慎 (one sense); a variant character (人材)
        ("seed", "省长讲对人工智能要咋个监管法，是不是包容慎重啥的", "包容审慎", "没有提到"),
        ("seed", "省长说人材那块咋个弄", "人才", "没有提到"),
    ],
)
def test_kinds_of_question_set_93_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # (set 95, r142-r143) a title said by its alias (特首), with a family name before it: the report's 行政長官仝某
        ("r141", "仝特首係咪10月25號出佢第二份施政報告", "10月20日", "沒有提到"),
        # a bureau named by some of its characters (运输局 of 运输及物流局): its head, not another bureau's
        ("r141", "運輸局局長係邊個", "羿浩明", "蒯慧琳"),
        # how one named responded, where the report writes only what they said (…指): their words
        ("r141", "羿浩明怎么回应", "第四季", "没有答案"),
        # words asking what a whole is made of (构成) name nothing to find; a slogan asked as 顺口溜
        ("r132", "收入是由哪几块构成的，各是多少钱？", "742.6万元", "没有提到"),
        ("seed", "攻关机制那个顺口溜是啥来着", "破题", "没有提到"),
        # a sum asked as spent, of a clause that gives only a sum come in: no answer, not the revenue target
        ("r132", "屋顶光伏扩容到2.5兆瓦要投多少钱？", None, "1500万元"),
        # a figure stated wrong of a thing the sentence names: corrected, however little else the question holds
        ("r138", "101室最后拿到的补偿是3万块对吧？", "2万元", "没有答案"),
        # a floor said with 楼 where the report lists 层; a word of the meeting's own subject (装电梯) frames the sum
        ("r138", "我阿媽住602，六樓每戶要夾幾多錢裝電梯？", "6.5萬元", "2.2萬元、4.4萬元"),
        # a title told before the name that the report gives another: his words, the premise noted
        ("r129", "工商总会会长蒯绍基说了什么", "副会长", "没有记录"),
        # a term the report writes in quotes, asked whole; the workers' side said as the union
        ("r129", "工會嗰邊有冇爭取一年一檢？", "勞方", "沒有答案"),
        # one known by family name and a form of address (訾伯), asked by description (82岁的老伯): his figure
        ("r143", "那个82岁的老伯说电梯最长一次停了多久？", "四天", "没有给出"),
        # two questions typed on without a mark, the first a count
        ("r143", "我地大廈維脩每戶要夾幾多錢議員有冇話幫手", "三萬七千元", "話幫手"),
        # where something was given (捐给哪儿): its receiver, not the meeting's venue
        ("r142", "军功章捐给哪儿了", "县退役军人事务局", "会议在"),
        # whom one visited, where the report does not name them: not the visitor
        ("r142", "宦副县长开会前一天走访的那3户参战老兵都是谁家？", None, "县委常委、副县长宦立群"),
        # will it meet again: the sentence of the next session
        ("r142", "今年还会再开这样的座谈会吗", "八一", "没有答案"),
        # an English question that writes a place in Traditional: the report's words quoted so
        ("r143", "My father lives in Yat To House (逸濤樓) and the lifts there keep breaking down. Did any legislator at the forum promise to do something "
         "about it?",
         "繆家怡", "缪家怡"),
    ],
)
def test_kinds_of_question_set_95_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "turns", "must", "must_not"),
    [
        # (set 89) a follow-up that changes the figure's frame: the monthly sum, by the words 折成月薪 (no misspelt 责成)
        ("r129", ("最低工资调到多少", "那折成月薪是多少"), "7,696", None),
        # (set 89) a bare verb asked when, after a thing: when that thing is handed out, not the meeting's day
        ("r132", ("敬老金每人派幾多錢？", "咁幾時派？"), "會後", "會議於"),
        # (set 85) a follow-up that names the other side asks of it, not of the last person
        ("r133", ("顶埕村的村长在会上提了什么要求？", "那业者最后答应第二场说明会哪天在哪里开？"), "4月10日", None),
        # a body asked after a question on one of its matters
        ("r95", ("要取消N27通宵线，有议员反对没", "那运输署怎么说"), "18%", None),
        # (set 86) how the other side answered a demand the last answer quoted; where the other meeting asked of is held
        ("r133", ("20年后光电板拆除回收由谁负责？", "业者怎么回应"), "会后再研议", None),
        ("r133", ("第二场说明会定在哪天？", "在哪里开"), "活动中心", None),
    ],
)
def test_a_follow_up_on_another_side(report: str, turns: tuple[str, ...], must: str, must_not: str | None) -> None:
    _chain(report, turns, must, must_not)


@pytest.mark.parametrize(
    ("report", "turns", "must", "must_not"),
    [
        # (set 95) whether they came to agree, asked in Cantonese after the demand: the meeting's no consensus
        ("r129", ("工會嗰邊有冇爭取一年一檢？", "咁最後傾唔傾得掂？"), "未能達成共識", "沒有答案"),
        # when, naming nothing, after an answer that quoted the next session: its time, not the meeting's day
        ("r142", ("今年还会再开这样的座谈会吗", "那大概什么时候？"), "八一", "会议于"),
        # where and who chaired, joined by a comma: both asked
        ("seed", ("这次是哪天开的？", "在哪开的，谁主持？"), "林克庆", None),
        # how the body answered him (县里怎么答复他): the body's answer, not his own words
        ("r50", ("冷库用地的事是谁提出来的？", "县里怎么答复他的？"), "15个工作日", None),
        # whether the other side answered one known by family name and a form of address: the answer the report gives
        ("r91", ("綦先生喺會上提咗咩建議？", "咁政府有冇回應呢？"), "支援措施", "貝國棟"),
    ],
)
def test_a_follow_up_of_set_95(report: str, turns: tuple[str, ...], must: str, must_not: str | None) -> None:
    _chain(report, turns, must, must_not)


def _chain(report: str, turns: tuple[str, ...], must: str, must_not: str | None) -> None:
    """The last reply of a conversation holds `must` and not `must_not`."""
    article = SEED_FILE if report == "seed" else next(REPORTS.glob(f"{report}_*.txt"))
    engine, key = report_engine(article), new_key(report)
    text = [engine.ask(turn, key).text for turn in turns][-1]
    assert must in text, text
    assert must_not is None or must_not not in text, text


# --- kinds of question set 97 and reports r144–r145 (blind batches) found unread -------------------
@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # one whose name the report withholds, asked by household (蒯家): that one, as the report writes them
        ("r106", "蒯家那个事最后赔了阙家多少钱？", "7.5万元", "没有给出"),
        # a roster of several, each taking the post after them (A，B，…，E担任听证员); their titles asked by 身份
        ("r106", "五个听证员分别是谁、啥身份，帮我列一下", "蒉立群", None),
        # a title said the everyday way (辩护律师) of the report's 辩护人
        ("r106", "辩护律师是谁？", "亓文博", None),
        # a quarrel said the everyday way (吵架); a word of time (后来) no word the report must write
        ("r106", "两家吵架那条水沟后来咋弄的 村里掏了多少钱", "1.2万元", "没有提到"),
        # an English story that says who someone says spoke: the person asked of by his
        ("seed", "My uncle says the governor Wang Weizhong spoke at this business meeting on AI. What is his full title exactly?", "省委副书记", "Whom do you mean"),
        # a number stated of someone a sentence gives none of: no yes
        ("r106", "Was the suspect 71?", "The report says", "Yes."),
        # the next one of these sessions, in English
        ("r143", "When and where is the next one of these community sessions?", "七月六日", None),
        # a sum spent, jieba's 云花 no word of the question
        ("r119", "选课系统搬上云花多少钱", "380万元", "没有给出"),
        # a sum of 万 and thousands (1万6,500元), whole
        ("r119", "包租床位每学期多少钱", "1万6,500元", None),
        # the meeting said by its acronym (教代会), where typed with 那 for 哪
        ("r144", "教代会在那开的", "明德楼", None),
        # the asker's own situation typed apart with a space, then the question
        ("r119", "我还在候补宿舍 到底有多少人排队候补啊", "646人", None),
        # one named in the speaker's own tongue and in Chinese: the Chinese name, wherever either is written
        ("r145", "頭目是誰？", "佘清山", None),
    ],
)
def test_kinds_of_question_set_97_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "turns", "must", "must_not"),
    [
        # when, naming nothing the report writes, after an answer that quoted a plan: its time
        ("r130", ("Is there a new car park planned for 云栖坞 village?", "When will it open?"), "5月前", "no date"),
        # when the body that holds the meeting decides, the report saying it as 该院
        ("r106", ("听证员最后是啥意见？", "那检察院啥时候出结果"), "5个工作日", "没有写"),
    ],
)
def test_a_follow_up_of_set_97(report: str, turns: tuple[str, ...], must: str, must_not: str | None) -> None:
    _chain(report, turns, must, must_not)


# --- kinds of question set 99 and reports r146–r147 (blind batches) found unread -------------------
@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # a count of people asked by its noun after (职工总数) or in English: no figure of something else
        ("r112", "港务集团职工总数多少", "没有给出", "47.3亿元"),
        ("r112", "How many employees does the port group have in total?", "no such figure", "1.36亿吨"),
        # last year, written as the page's year before it (2026年 on a page of 2027), English too
        ("r144", "What was last year's placement rate for undergraduate graduates?", "93.6%", None),
        # …and not the sentence of this year's plan
        ("r112", "去年集装箱吞吐量多少", "218万标箱", "240万"),
        # a count asked in 趟 of the report's 班 (and 斑车 for 班车)
        ("r144", "新校区到老校区的斑车一天几趟", "2班", None),
        # when a thing takes effect: the clause of the thing asked, from the date it starts ('从2026年1月1日起')
        ("r126", "加装电梯补贴啥时候开始涨", "2026年1月1日", None),
        ("r126", "加装电梯补贴从哪天开始算", "2026年1月1日", "没有写"),
        # the hour of a thing the report never names: not the meeting's hour
        ("r140", "47路末班车几点", "没有提到", "晚7时"),
        # a story typed apart, then two asks: when, and a count of the act (加几个)
        ("r140", "我们鹤汀花园充电口太少了 啥时侯加 加几个", "10月底", None),
        # from what hour to what hour
        ("r147", "公聽會幾點開到幾點", "晚間7時", None),
        # how many came, said by the crowd that filled the hall
        ("r147", "請問昨晚大概多少人出席？", "150名", None),
        ("r147", "How many people came to the hearing?", "150名", None),
        # a sum per one (一個學生一年) that the county (縣府) is said to give
        ("r147", "縣府說一個學生一年成本多少？", "85萬元", None),
        # a show said the everyday way (表演) of the report's 展演
        ("r146", "櫟坪古鎮嗰度幾時開始有非遺表演睇？", "7月3日", None),
        # English glosses of a craft and of selling
        ("r146", "Did the bamboo weaving inheritor say anything at the meeting about how much they sell?", "4100余件", None),
        # "areas" of suggestions: no area asked in mu
        ("seed", "What areas did the business representatives' suggestions cover?", "金融支持", "no such figure"),
        # the one formal speech, asked of the chair who also spoke: no
        ("seed", "Lin Keqing gave the main speech, right?", "No.", "Yes."),
        # a month asked in English: the meeting's date checked, no place
        ("seed", "Was the meeting held in July?", "Yes.", "does not say whether"),
        # an English claim of a count (1,200 places): the report's figure
        ("r126", "A friend told me the city will add 1,200 more affordable childcare places by the end of next June. Is that the right number?", "800个", "was held in"),
        # who answered a complaint: the one who answered, not the one who raised it
        ("r115", "濱海路港尾段坑洞多，誰回應的？", "綦振邦", None),
        ("r115", "滨海路的问题哪个局长回应的？", "綦振邦", None),
        # a quote checked against the wrong one: whose words they are
        ("r146", "会上说“最怕哪天敲不动了”的，是那个28岁回乡的徒弟吧？", "禚福山", "是的"),
        # one said to have done something at a meeting they did not attend
        ("r146", "听说阚局长在座谈会上宣布县级传承人补助涨到一年5000块了，真的假的？", "没有出席", None),
        # a second question after 顺便问一下
        ("r146", "蒯师傅那间老房子年底要被收回了，以后他去哪儿带徒弟？顺便问一下第六批项目申报几号截至", "7月15日", None),
        # when a decision is taken (定案): the review's time, not the meeting's day
        ("r147", "什麼時候會定案？", "7月中旬", "會議於"),
    ],
)
def test_kinds_of_question_set_99_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # a title no one of the report holds, asked why absent: said so, then those who could not come
        ("r126", "市长为什么没来", "没有写到市长", None),
        # an English absence said around who it is of ("Why didn't … attend")
        ("r126", "Why didn't the deputy head of the natural resources and planning bureau attend?", "省里", "People the report names"),
        # an English title hyphenated at one joint (hospital vice-president), then what she promised
        ("r140", "Which deputy is a hospital vice-president, and what did she promise the old folks about family doctors?", "义诊", None),
        # a count of people said with 个 (那3个人): the report's count, no names, and no word 个人
        ("r146", "评估不合格的那3个人都是谁？", "没有写是谁", "个人"),
    ],
)
def test_absences_titles_and_counts_of_set_99(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # besides said 除…外 (除 alone before the names): the others, no yes
        ("seed", "除王伟中、林克庆外，还有哪几位省领导参加了座谈会？", "温国辉", "是的"),
        # "我们几个老板" (the few of us): who spoke, no count asked
        ("seed", "那天我们几个老板发言主要围绕哪几块讲的？", "金融支持", "没有列出"),
    ],
)
def test_kinds_of_question_set_100_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)


# --- kinds of question set 101 and reports r148–r149 (blind batches) found unread -------------------
@pytest.mark.parametrize(
    ("report", "question", "must", "must_not"),
    [
        # a length of time in years (5.3年) asked 几耐 or "how long"
        ("r141", "公屋而家平均輪候時間幾耐", "5.3年", "沒有給出"),
        ("r141", "How long do people wait for public housing on average?", "5.3年", None),
        # the figure a change the question names reaches (降至4.5年), not the state before it
        ("r141", "政府打算把輪候時間降到幾多年", "4.5年。", None),
        # 几点 of a part of the day: an hour said in that part, not one of another ('下午3時40分')
        ("r139", "第二天早上幾點可以恢復破碎", "上午7時", "下午3時40分"),
        # 答应 of the report's 承诺, and an hour asked: the hour of the promise
        ("r139", "業者答應晚上幾點以後停機", "晚間10時", None),
        # a sentence that opens with 她 after the paragraph's one speaker: hers
        ("r139", "靳宛蓁為什麼先走了", "立法院", None),
        # …and 他 after an unnamed one who spoke: the one the paragraph named
        ("r149", "連署書是誰遞交的", "逯阿財", None),
        # the verb before the count word (缺几个): the figure that verb stands before
        ("r149", "崧鶴客運還缺幾個司機", "7人。", None),
        # a number to call, of a report that names the telephone and gives none
        ("r149", "幸福巴士預約電話幾號", "沒有寫電話號碼", None),
        # a ruling (裁示) is the meeting's decision
        ("r149", "說明會最後決定了什麼", "7月1日", "沒有寫會上作出了什麼決定"),
        # a day set before and moved at the meeting (原訂6月1日 … 延到7月1日): no, and the new day
        ("r149", "是不是6月1日起就減班", "7月1日", "是的"),
        # 最晚…几点 of a bus: an hour, not a deadline
        ("r149", "最晚一班车几点", "5时30分", "月底前"),
        # a name hidden as 某 (厍某), asked 来没来: no
        ("r148", "厍某来没来", "没有", "是的"),
        # what happens if it is not done: the report's clause of what follows
        ("r148", "要是厍某一直不到案怎么办", "移送公安机关", None),
        # who came from a body: the one sent, not the one who sent him
        ("r148", "住建局来了谁", "蓟永刚", "逄建军；"),
        # a figure said to go up that the report has going down
        ("r86", "前三季度外贸出口是增长了3.4%吗", "下降3.4%", "是的"),
        # the main speech: the one who gave it, not the chair nor the representatives
        ("seed", "谁作了主要讲话", "王伟中", "林克庆"),
        # a quoted word, then "what is that?"
        ("seed", 'People keep talking about "1310". What is that?', "1310", "does not answer"),
        # a relative's claim in English, with a date: the report's date
        ("r139", "My mum says the plant has to be sealed by December 31, is that right?", "8月31日", None),
        # last year's rate said the everyday way (就业率 of the report's 去向落实率)
        ("r144", "去年本科毕业生就业率多少", "93.6%", None),
        # "show up" is attending
        ("r144", "How many delegates showed up?", "171名", None),
    ],
)
def test_kinds_of_question_set_101_found(report: str, question: str, must: str | None, must_not: str | None) -> None:
    _found(report, question, must, must_not)
