"""The reading path and the arbitration: answers from the report's clauses, refusals that are
true, and answers that do not depend on what was asked before."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from helpers import DEV_SET, REPORTS, SEED, new_key, report_engine, squash
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.arbitration import READING_THRESHOLD
from bot.engine import Engine
from bot.reading.index import split_clauses
from bot.scripts import to_simplified

PROPERTY_REPORTS = [SEED, *(REPORTS / f"{n}.txt" for n in ("r01_minqi_zuotanhui", "r05_zhizao_zuotanhui_hant",
                                                            "r13_lanxi_wanqi", "r17_wanchai_qingnian_hk", "r21_yunlan_minqi"))]
QUOTED = re.compile(r"[“\"]([^”\"]{1,40})[”\"]")


@cache
def _terms(article: Path) -> list[str]:
    """The report's own words (jieba's, two to six Han characters), asking words left out."""
    engine = report_engine(article)
    u = engine.understanding
    text = engine.meeting().facts.article.text  # its sentences (not the byline: no clause holds it)
    return sorted({
        w for w in u.segmenter.cut(text)
        if 2 <= len(w) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", w) and w not in u.tokenizer.stopwords
    })


# --- (b) a term of the report, asked about, is answered from a clause that holds it ----------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_term_of_the_report_is_answered_from_a_clause_that_holds_it(data: st.DataObject) -> None:
    article = data.draw(st.sampled_from(PROPERTY_REPORTS))
    term = data.draw(st.sampled_from(_terms(article)))
    template = data.draw(st.sampled_from(["报道提到{}了吗", "{}是什么"]))
    question = template.format(term)
    engine = report_engine(article)
    if term not in engine.understanding.segmenter.cut(question):
        return  # jieba reads the question otherwise (只增是 for 只增): not the term asked about
    reply = engine.ask(question, new_key("term"))
    assert reply.answered, (question, reply.text)
    assert any(term in to_simplified(e.text) for e in reply.evidence), (question, reply.text)


# --- (c) a refusal names only words the report never uses --------------------------------------------


def _questions(article: Path) -> list[str]:
    """Every single question of the question sets of a report (the dev set for the seed)."""
    path = DEV_SET if article == SEED else article.with_name(article.name.replace(".txt", ".questions.yaml"))
    return [c["q"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"] if "q" in c]


REFUSAL_QUESTIONS = [(a, q) for a in PROPERTY_REPORTS for q in _questions(a)]


@pytest.mark.parametrize(("article", "question"), REFUSAL_QUESTIONS, ids=[f"{a.stem[:6]}-{q[:20]}" for a, q in REFUSAL_QUESTIONS])
def test_a_refusal_quotes_only_what_the_report_lacks(article: Path, question: str) -> None:
    engine = report_engine(article)
    reply = engine.ask(question, new_key("refusal"))
    if reply.answered:
        return
    text = squash(engine.meeting().vocabulary.text)
    first = reply.text.split("\n", 1)[0]  # the refusal itself, before what the report covers
    for quoted in QUOTED.findall(to_simplified(first)):
        assert squash(quoted) not in text, (question, reply.text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(word=st.text(alphabet="天地人和风雨山海星云龙凤金木水火土春秋", min_size=2, max_size=4))
def test_made_up_words_are_refused_by_their_name_only_when_absent(word: str) -> None:
    engine = report_engine(SEED)
    reply = engine.ask(f"报道提到{word}了吗？", new_key("made-up"))
    text = engine.meeting().vocabulary.text
    for quoted in QUOTED.findall(to_simplified(reply.text.split("\n", 1)[0])):
        assert quoted not in text


# --- (d) a self-contained question gets the same answer whatever came before ----------------------


UNRELATED = ["谁主持了会议？", "王伟中强调了什么？", "那人才呢？"]
ALONE = [c["q"] for c in yaml.safe_load(DEV_SET.read_text(encoding="utf-8"))["cases"] if "q" in c]


@pytest.mark.parametrize("question", ALONE, ids=[q[:24] for q in ALONE])
def test_the_same_question_alone_and_after_three_unrelated_turns(question: str) -> None:
    engine = report_engine(SEED)
    alone = engine.ask(question, new_key("alone"))
    key = new_key("after")
    for turn in UNRELATED:
        engine.ask(turn, key)
    assert engine.ask(question, key).text == alone.text


# --- the pieces -----------------------------------------------------------------------------------


def test_clauses_are_split_at_clause_marks_and_short_ones_joined() -> None:
    from bot.models import Sentence

    s = Sentence(1, 1, "会上，粤商代表们建言献策，王伟中认真听取。")
    assert split_clauses(s) == ["会上，粤商代表们建言献策，", "王伟中认真听取。"]


@pytest.fixture(scope="module")
def seed() -> Engine:
    return report_engine(SEED)


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("卡脖子难提怎么破", "合力突破"),  # a homophone typo, and a how-question no intent names
        ("“政产学研用金”指的是啥？", "政产学研用金"),
        ("省长对企业家的发言是怎么回应的？", "回应关切"),
        ("为啥要开这个座谈会？", "视察广东"),
    ],
)
def test_the_reading_path_answers_what_no_intent_names(seed: Engine, question: str, must: str) -> None:
    reply = seed.ask(question, new_key("reading"))
    assert reply.answered and must in squash(reply.text), reply.text
    assert reply.evidence and all(e.text in seed.meeting().vocabulary.text.replace("\n", "") for e in reply.evidence)


def test_the_reading_path_needs_the_distinctive_word(seed: Engine) -> None:
    """Half of the question found is no answer: a word the report never uses keeps it below
    the threshold and the refusal names that word."""
    reply = seed.ask("报道提到量子计算了吗？", new_key("reading"))
    assert not reply.answered and "量子" in reply.text  # (jieba reads 量子 + 计算; 计算 is the report's)


def test_a_yes_is_given_only_when_the_words_stand_together() -> None:
    engine = report_engine(Path(__file__).resolve().parent / "holdout" / "h2.txt")
    wrong = engine.ask("蒲光耀是九三学社的副主委，对吗？", new_key("verdict"))
    right = engine.ask("祁云舒是九三学社的副主委，对吗？", new_key("verdict"))
    assert not wrong.text.startswith("是的") and "蒲光耀" in wrong.text
    assert right.text.startswith("是的")


def test_a_pronoun_with_no_one_to_point_to_is_asked_back(seed: Engine) -> None:
    reply = seed.ask("他强调了什么？", new_key("pronoun"))
    assert not reply.answered and "王伟中" in reply.text and "林克庆" in reply.text


def test_a_refusal_says_what_the_report_covers(seed: Engine) -> None:
    reply = seed.ask("今年的GDP目标是多少？", new_key("covers"))
    assert not reply.answered
    assert "粤商·省长面对面协商座谈会" in reply.text and "7月11日" in reply.text


def test_the_threshold_is_one_named_constant_in_a_sensible_range() -> None:
    assert 0.5 < READING_THRESHOLD < 0.95


# --- several questions in one message; a group followed up with 他们 ------------------------

def test_two_questions_in_one_message_are_answered_in_turn(seed: Engine) -> None:
    """The second question's 他 is the first one's answer, as if asked one after the other."""
    reply = seed.ask("谁主持的会议？他说了什么？", new_key())
    assert reply.answered and "林克庆" in reply.text
    assert reply.text.count("林克庆") >= 2 and "希望" in reply.text  # his statements follow
    alone = seed.ask("他说了什么？", new_key())
    assert not alone.answered  # alone, 他 points at no one


def test_a_comma_splits_only_between_two_questions(seed: Engine) -> None:
    from bot.understanding.split import split_questions

    words = seed.understanding.question_words

    def asks(part: str) -> bool:
        text = seed.understanding.normalise(part)
        return words.asks(text.text) or words.yes_no(text.text, text.script)

    same = str
    assert split_questions("王伟中是谁，他强调了什么？", asks, same) == ["王伟中是谁，", "他强调了什么？"]
    assert split_questions("粤商代表提的意见，政府怎么回应？", asks, same) == ["粤商代表提的意见，政府怎么回应？"]
    assert split_questions("<script>谁主持了会议？</script>", asks, lambda p: re.sub(r"<[^>]*>", "", p)) == [
        "<script>谁主持了会议？</script>"
    ]
    # a remark beside a question is no question of its own: it goes with its neighbour
    assert split_questions("陈敏是干嘛的？两个都姓陈我老搞混", asks, same) == ["陈敏是干嘛的？两个都姓陈我老搞混"]
    assert split_questions("王伟中！他说了什么？谁主持的？", asks, same) == ["王伟中！他说了什么？", "谁主持的？"]


def test_a_remark_after_a_question_gets_no_refusal_of_its_own(seed: Engine) -> None:
    reply = seed.ask("陈敏和陈文明分别是干嘛的？两个都姓陈我老搞混", conversation="remark")
    assert "省政府秘书长" in reply.text and "省政协秘书长" in reply.text
    assert "没有答案" not in reply.text


def test_they_after_a_question_on_a_group_is_that_group() -> None:
    engine = report_engine(REPORTS / "r26_chenghe_tongbaohui_hant.txt")
    key = new_key()
    first = engine.ask("哪几位委员在会上提问了？", key)
    assert "邴晓琳" in first.text
    then = engine.ask("他们都问了些啥？", key)
    assert then.answered and "稳就业" in then.text


def test_which_ones_is_no_count(seed: Engine) -> None:
    """哪几个 asks for the things themselves; 几个 alone asks how many."""
    assert seed.parse("哪几个城市去调研了").question.kind != "how_many"
    assert seed.parse("去了几个城市调研").question.kind == "how_many"


def test_a_short_form_is_read_as_the_report_writes_it() -> None:
    """人社局 stays 人社局 where the report says 人社局; 规上 is 规模以上 where the report says that."""
    engine = report_engine(REPORTS / "r26_chenghe_tongbaohui_hant.txt")
    u, words = engine.understanding, engine.meeting().words
    assert "规模以上" in u._report_forms("规上工业增加值增长多少", words)
    engine35 = report_engine(REPORTS / "r35_songling_taishang_hant.txt")
    assert u._report_forms("人社局局长是谁", engine35.meeting().words).startswith("人社局")


def test_a_refusal_never_quotes_a_piece_cut_across_words() -> None:
    """护工发补贴 is cut 护 / 工发 / 补贴 by jieba; 到六成 is 到 + a count: neither is quoted."""
    engine = report_engine(REPORTS / "r11_shuangzhou_xieshang.txt")
    for question in ("会上有没有人提议给护工发补贴？", "听说覆盖率已经到六成了，是吗？"):
        reply = engine.ask(question, new_key())
        quoted = QUOTED.findall(reply.text)
        assert not any(q in ("工发", "到六成", "六成") for q in quoted), reply.text


@pytest.mark.parametrize(
    ("question", "larger", "smaller"),
    [
        ("签约额和开工投资哪个多？", "406.2亿元", "318.6亿元"),
        ("Which was bigger, the value of the signed projects or the total investment of the projects that broke ground?", "406.2亿元", "318.6亿元"),
        ("產業項目和基礎設施項目哪個投資更多？", "281.7億元", "97.3億元"),
        ("开工项目和签约项目哪个多", "57个", "42个"),
    ],
)
def test_two_figures_compared(question: str, larger: str, smaller: str) -> None:
    """"A和B哪个多" / "Which was bigger, A or B?": each side's figure, the larger said first."""
    engine = report_engine(REPORTS / "r12_huaiyang_kaigong.txt")
    reply = engine.ask(question, new_key())
    assert reply.answered and larger in reply.text and smaller in reply.text, reply.text
    assert reply.text.index(larger) < reply.text.index(smaller), reply.text


@pytest.mark.parametrize(("question", "verdict"), [("签约项目比开工项目多吗", "不是"), ("产业项目投资比基础设施项目多吗", "是")])
def test_a_comparison_asked_yes_or_no_gets_its_verdict(question: str, verdict: str) -> None:
    engine = report_engine(REPORTS / "r12_huaiyang_kaigong.txt")
    reply = engine.ask(question, new_key())
    assert reply.answered and reply.text.startswith(verdict), reply.text


def test_a_word_jieba_glues_across_two_is_set_apart() -> None:
    """说明 of "县长说明年拿5000万…" (the report writes 明年), 设转贷 (the report writes 转贷):
    no refusal of a word the asker never wrote; the figure stated with a question mark is checked."""
    engine = report_engine(REPORTS / "r28_fengling_zhengxie_yingshang.txt")
    reply = engine.ask("县长说明年拿5000万设转贷资金池？", new_key())
    assert reply.answered and "3000万元" in reply.text and "说明" not in QUOTED.findall(reply.text), reply.text
    assert engine.understanding._recut("副县长说了什么", engine.meeting().words) == "副县长说了什么"  # a title stays whole


def _asked(report: str, *turns: str) -> str:
    engine = report_engine(REPORTS / report)
    conversation = new_key()
    reply = None
    for turn in turns:
        reply = engine.ask(turn, conversation=conversation)
    assert reply is not None
    return squash(reply.text)


def test_two_people_given_each_other_s_parts_are_told_no() -> None:
    # r21: 赫连长青 chairs and 令狐振华 speaks; the premise swaps them
    text = _asked("r21_yunlan_minqi.txt", "这个座谈会是省长赫连长青讲话、令狐振华主持的吧？")
    assert text.startswith("不是") and "赫连长青主持" in text
    assert _asked("r21_yunlan_minqi.txt", "是赫连长青主持、令狐振华讲话的吧").startswith("是的")


def test_what_is_done_with_the_suggestions_is_the_sentence_that_says_so() -> None:
    text = _asked("r21_yunlan_minqi.txt", "企业家们提的这些意见，后面怎么落实？")
    assert "30日内" in text
    assert "3月15日前" in _asked("r66_yicheng_xinchun_qiyejia.txt", "企业家们提的这些问题，市里什么时候给答复？")


def test_those_the_report_says_could_not_come_are_the_absent_ones() -> None:
    text = _asked("r65_quzhou_tanao_shanghui_huanjie_hant.txt", "谁没来？")
    assert "璩德林" in text and "就医" in text
    text = _asked("r67_yuchuan_guotu_guihua_pingshen_hant.txt", "厉永年是不是在评审会上当场发言了？")
    assert not text.startswith("是的") and "未能到会" in text


def test_the_time_or_place_of_something_else_is_not_the_meeting_s() -> None:
    text = _asked("r64_tangzhu_huijian_hanzhou.txt", "选址在哪个园区")
    assert "会议在棠渚宾馆召开" not in text and "选址" in text
    assert "明年一季度" in _asked("r64_tangzhu_huijian_hanzhou.txt", "when does phase 2 start building?")
    text = _asked("r65_quzhou_tanao_shanghui_huanjie_hant.txt", "第四届会员代表大会是不是2028年开？")
    assert "2029年" in text and not text.startswith("是")


def test_someone_pointed_at_by_their_trade_is_found() -> None:
    assert "全秀梅" in _asked("r21_yunlan_minqi.txt", "做建筑那位女老板反映了什么问题")
    assert "你说的是谁" in _asked("r21_yunlan_minqi.txt", "那位老板说了什么")  # a boss, whoever it is: ask


def test_a_name_in_english_the_report_gives_in_passing_is_quoted() -> None:
    engine = report_engine(SEED)
    reply = engine.ask("Did Xi Jinping attend this meeting in person?", conversation=new_key())
    assert reply.answered and "习近平" in reply.text


def test_how_often_is_the_report_s_every_so_often() -> None:
    assert "每月第一个周五" in _asked("r66_yicheng_xinchun_qiyejia.txt", "政企早茶会多久开一次")


def test_an_act_of_someone_the_report_says_was_away_is_a_no() -> None:
    text = _asked("r66_yicheng_xinchun_qiyejia.txt", "听说澄江化工的董事长亲自上台领了奖？")
    assert text.startswith("没有") and "缑文静" in text
    text = _asked("r64_tangzhu_huijian_hanzhou.txt", "是亓晓岚签的约吗")
    assert text.startswith("不是") and "冼佩琳" in text


def test_a_figure_that_went_from_one_value_to_another() -> None:
    text = _asked("r65_quzhou_tanao_shanghui_huanjie_hant.txt", "会员企业这五年增加了多少")
    assert "从186家到312家" in text and "126家" in text


def test_a_body_said_short_and_a_place_that_narrows_the_list() -> None:
    assert "符晓东" in _asked("r08_wenlv_xieshanghui_hant.txt", "文旅厅厅长叫什么名字？")
    text = _asked("r02_shengtai_xieshanghui.txt", "临江市里有领导参加吗？")
    assert "邬小川" in text and "严正清" not in text


def test_what_a_friend_said_of_a_figure_is_checked() -> None:
    text = _asked("../../seeds/000_7fee04f60953f204.txt", "我朋友说调研组一口气调研了100多家企业，真的假的？")
    assert "50多家" in text and text.startswith("不")


def test_who_chaired_is_noted_when_a_question_says_another_did() -> None:
    text = _asked("../../seeds/000_7fee04f60953f204.txt", "王伟中主持座谈会的时候说开这个会的目的是什么？")
    assert "主持会议的是林克庆" in text and "目的" in text


def test_a_kind_of_body_nobody_at_the_meeting_is_from() -> None:
    engine = report_engine(REPORTS / "r06_shuzi_xinhua.txt")
    reply = engine.ask("有哪家银行参加了这次座谈会？", conversation=new_key())
    assert not reply.answered and "银行" in reply.text


def test_a_figure_someone_gave_is_found_whoever_the_question_says_gave_it() -> None:
    text = _asked("r12_huaiyang_kaigong.txt", "市长季鸿飞致辞时说今年固定资产投资增长了多少？")
    assert "6.8%" in text and "盛兰舟" in text  # (and the premise: she is the 市长)


def test_where_someone_went_after_the_meeting_and_a_name_in_english_said_in_passing() -> None:
    assert "中科芯材料二期" in _asked("r12_huaiyang_kaigong.txt", "活动结束后书记去看了哪里？")
    assert "韦秉坤" in _asked("r12_huaiyang_kaigong.txt", "Who is Wei Bingkun?")


def test_an_act_done_to_someone_and_a_signing_witnessed_are_told_apart() -> None:
    # r65: 禤静宜 gave 逄嘉禾 the plaque (he received it); r64: 郦望舒 witnessed the signing, 冼佩琳 signed
    assert _asked("r65_quzhou_tanao_shanghui_huanjie_hant.txt", "禤静宜为逄嘉禾授牌了吗").startswith("是的")
    assert _asked("r64_tangzhu_huijian_hanzhou.txt", "郦望舒见证了二期项目签约吗").startswith("是的")
    text = _asked("r64_tangzhu_huijian_hanzhou.txt", "冼佩琳见证签约了吗")
    assert text.startswith("不是") and "郦望舒" in text
    text = _asked("r64_tangzhu_huijian_hanzhou.txt", "谁签的约")
    assert "冼佩琳" in text.split("报道写道")[0] and "郦望舒" not in text.split("报道写道")[0]
    assert "注意" not in _asked("r65_quzhou_tanao_shanghui_huanjie_hant.txt", "逄嘉禾在授牌后说了什么")  # 授牌 is when


def test_the_leaders_words_are_not_hearsay_and_a_request_after_a_question_is_asked() -> None:
    seed = "../../seeds/000_7fee04f60953f204.txt"
    assert "王伟中" in _asked(seed, "领导讲了什么？")
    text = _asked(seed, "会议在哪开的？请列出与会人员")
    assert "广州" in text and "陈文明" in text


def test_a_place_the_report_never_names_said_with_a_question_mark_is_a_no() -> None:
    text = _asked("r11_shuangzhou_xieshang.txt", "係喺上海開嘅？")
    assert text.startswith("不是") and "北京" in text


def test_english_figures_are_read_as_a_report_writes_them() -> None:
    assert "28.6亿斤" in _asked("r03_xiangcun_gongzuohuiyi.txt", "Was last year's grain output over 3 billion jin?")
    assert "62万" in _asked("r67_yuchuan_guotu_guihua_pingshen_hant.txt", "Is the 2035 population target above 600,000?")
    engine = report_engine(REPORTS / "r03_xiangcun_gongzuohuiyi.txt")  # income is given as a growth rate only
    assert not engine.ask("So how much did rural residents earn per person last year, in yuan?", conversation=new_key()).answered


def test_a_deadline_to_the_hour_and_who_took_the_photo() -> None:
    assert "19日12时" in _asked("r68_xiechuan_renda_kaimu.txt", "代表提议案最晚什么时候")
    assert "邝思远" in _asked("r11_shuangzhou_xieshang.txt", "那张现场照片是谁拍的？")
    engine = report_engine(SEED)
    assert not engine.ask("照片是谁拍的", conversation=new_key()).answered


def test_who_urged_a_group_and_a_who_whose_clause_names_no_one() -> None:
    text = _asked("../../seeds/000_7fee04f60953f204.txt", "会上那个鼓励企业家发挥主力军作用、锚定主赛道的人是谁？")
    assert "林克庆" in text and "省政协主席" in text
    engine = report_engine(REPORTS / "r11_shuangzhou_xieshang.txt")
    reply = engine.ask("听说各部门来介绍情况了，民政部是哪位领导来的？", conversation=new_key())
    assert not reply.answered and "民政部" in reply.text
    reply = report_engine(SEED).ask("调研组组长是谁？", conversation=new_key())
    assert not reply.answered and "王伟中" not in squash(reply.text).split("只写道")[0]


def test_whose_words_of_several_in_one_sentence_and_an_expert_by_what_they_do() -> None:
    # r69: three experts' views in one sentence cut at ；
    text = _asked("r69_penchuan_fangxun_huishang_hant.txt", "那个说要派人24小时守着的是谁？")
    assert "束晓岚" in text.split("报道写道")[0] and "蘧伯渊" not in text.split("报道写道")[0]
    text = _asked("r69_penchuan_fangxun_huishang_hant.txt", "那个搞地质灾害的专家说隐患点有30处？")
    assert "43处" in text and "搞地质灾害专家" not in text
    assert "43处" in _asked("r69_penchuan_fangxun_huishang_hant.txt", "专家说地质灾害隐患点有多少个？")  # 个 counts 处 too


def test_a_problem_asked_where_it_lies_and_a_standard_in_years() -> None:
    text = _asked("r11_shuangzhou_xieshang.txt", "委员们觉得现在县里养老最大的毛病在哪？")
    assert "利用率不高" in text and "报道没有提到" not in text
    text = _asked("r67_yuchuan_guotu_guihua_pingshen_hant.txt", "专家是建议把县城段防洪标准从10年一遇提到100年一遇对吧？")
    assert "20年一遇" in text and "50年一遇" in text and not text.startswith("是")


def test_shares_and_large_figures_in_english() -> None:
    text = _asked("r11_shuangzhou_xieshang.txt", "Is rural mutual-aid coverage above half?")
    assert text.startswith("No") and "45%" in text
    assert "1.26万" in _asked("r69_penchuan_fangxun_huishang_hant.txt", "The vice mayor said 12,600 people were moved, is it correct?")


def test_the_venues_city_is_where_it_met_and_a_fragment_is_never_quoted() -> None:
    assert _asked("r21_yunlan_minqi.txt", "会是在岱宁开的吗").startswith("是的")
    assert "点后来" not in _asked("r69_penchuan_fangxun_huishang_hant.txt", "那这些隐患点后来决定怎么守？")  # (后来 may be)
    assert "一点一人" in _asked("r69_penchuan_fangxun_huishang_hant.txt", "那这些隐患点决定怎么守？")


SEED_ASKED = "../../seeds/000_7fee04f60953f204.txt"


def test_a_word_for_the_answers_form_and_a_things_name_are_no_subject() -> None:
    text = _asked(SEED_ASKED, "攻关机制那三句口号是啥来着")  # 口号, 三句: the form, not a word the report must write
    assert "企业出题" in text and "报道没有提到" not in text
    assert "深聊会" in _asked(SEED_ASKED, "那个专家深聊会全称叫啥来着？")  # a name asked of a thing, not of a person
    text = _asked("r30_qingyi_renda_shicha_hant.txt", "最后大家对养老服务的推进思路达成啥共识了？")  # 大家: a pronoun
    assert "居家为基础" in to_simplified(text) and "大家" not in text.split("报道写道")[0]


def test_a_roll_call_says_whether_everyone_came() -> None:
    text = _asked("r68_xiechuan_renda_kaimu.txt", "代表都到齐了没")
    assert text.startswith("不是") and "实到221名" in text
    assert _asked("r68_xiechuan_renda_kaimu.txt", "有没有代表缺席？").startswith("是的")
    assert "请假15名" in _asked("r68_xiechuan_renda_kaimu.txt", "谁没来？")
    assert "缺席" in _asked(SEED_ASKED, "有人缺席吗")  # (no roll call: that no one is said to be absent)


def test_a_note_after_a_name_and_the_hour_the_opening_began() -> None:
    text = _asked("r68_xiechuan_renda_kaimu.txt", "执行主席里哪位是女同志？")
    assert text.startswith("厍秀英") and "柴家骏" not in text.split("报道写道")[0]
    assert "9时" in _asked("r68_xiechuan_renda_kaimu.txt", "开幕会几点开始的？")


def test_who_was_elected_is_not_who_holds_the_post() -> None:
    text = _asked("r68_xiechuan_renda_kaimu.txt", "谁当选了副县长")
    assert "满志鸿" not in text and "当选" in text
    assert "仉立群" in _asked("r68_xiechuan_renda_kaimu.txt", "谁当选大会秘书长")
    assert "满志鸿" in _asked("r68_xiechuan_renda_kaimu.txt", "副县长是谁")


def test_another_meeting_named_is_refused_and_the_reports_own_said_short_is_not() -> None:
    engine = report_engine(REPORTS / "r31_jinan_gongshanglian_zuotan.txt")
    reply = engine.ask("乌澜市民营经济发展大会是哪天开的", conversation=new_key())
    assert not reply.answered and "民营经济发展大会" in reply.text and "5月15日" not in reply.text
    assert "5月15日" in engine.ask("民企座谈会哪天开的", conversation=new_key()).text
    assert "12月7日" in _asked("r48_polan_zhengqi_zaochahui.txt", "这期早茶会是哪天开的？")
    assert "1月15日" in _asked("r47_tiaoyang_dangwai_zuotan_hant.txt", "市人大会议哪天开幕？")  # (大会 inside 人大会议)


def test_a_leader_relayed_did_not_come_and_a_company_chairman_in_english() -> None:
    text = _asked("r70_ruining_shuzhi_pingyi.txt", "澹台砚秋有没有亲自来这个会")
    assert "没有说澹台砚秋到会" in text and not text.startswith("是")
    assert "伍朝晖" in _asked("r31_jinan_gongshanglian_zuotan.txt", "who is the chairman of the mold company")


def test_a_ranking_is_answered_by_the_clause_that_lists_the_bodies() -> None:
    text = _asked("r70_ruining_shuzhi_pingyi.txt", "哪几个部门垫底")
    assert "区城管局" in text and "区农业农村局" in text
    assert "96.82分" in _asked("r70_ruining_shuzhi_pingyi.txt", "Which department came out on top, and what was its score?")


def test_a_title_held_by_several_is_narrowed_by_what_the_question_says_they_did() -> None:
    text = _asked("r52_hengze_yuanshi_jianbao.txt", "那个靠视频连线参会的院士是谁？")
    assert "扈承岳" in text and "缑以宁" not in text  # (the one named last before '…通过视频连线方式参会')
    assert "缑以宁" in _asked("r52_hengze_yuanshi_jianbao.txt", "茶叶这块院士咋说的")  # of three 院士, the one on 茶
    assert "扈承岳" in _asked("r52_hengze_yuanshi_jianbao.txt", "哪位院士没到现场？")  # the opposite said of him
    text = _asked("r07_rencai_tuijinhui.txt", "分享扎根兰津创新创业经历的青年人才代表是谁？")
    assert "滕若溪" in text and "戴文博" in text  # (both of one list: 'A、B分享了…')


def test_a_title_before_its_pronoun_and_a_body_before_its_meeting_are_what_they_name() -> None:
    text = _asked("r52_hengze_yuanshi_jianbao.txt", "县政协那边来的是哪位？", "那科协主席呢，他在会上讲了啥")
    assert "柏晓岑" in text and "庹文博" not in text
    assert "云栖国际酒店" in _asked("r50_lizhou_qiuchuan_shanghui.txt", "萩川商会这次年会是在哪儿搞的啊")
    assert "市人大常委会" in _asked("r44_lanze_gongshui_hant.txt", "人大主任是谁") and "覃怀瑾" in _asked(
        "r44_lanze_gongshui_hant.txt", "人大主任是谁")  # (主任 after 市人大常委会党组书记、: the 人大's)


def test_besides_sets_aside_a_title_and_the_rest_of_a_count_is_unnamed() -> None:
    text = _asked(SEED_ASKED, "除了省长，还有谁讲话了")
    assert "林克庆" in text and "王伟中" not in text
    text = _asked(SEED_ASKED, "Beside the chairman, who else from the CPPCC side come to this meeting?")
    assert "温国辉" in text and "陈文明" in text and "林克庆" not in text
    reply = report_engine(REPORTS / "r31_jinan_gongshanglian_zuotan.txt").ask("那8位企业家里另外5个叫什么名字", conversation=new_key())
    assert not reply.answered and "伍朝晖" in reply.text  # (only three are named: said so, no list passed off as the eight)


def test_everyday_words_and_a_counted_classifier_find_the_reports_own() -> None:
    assert "耐心资本" in _asked(SEED_ASKED, "王伟中讲话了吗", "他对AI企业缺钱这事咋说")  # 缺钱: ≡money, 咋说: 怎么说
    text = _asked("r52_hengze_yuanshi_jianbao.txt", "聽講今次有28位院士專家嚟咗，係咪真㗎？")
    assert text.startswith("不对") and "9位" in text  # (28位 is no 位院士: the count's classifier is its own)
    assert "11月5日至6日" in _asked("r52_hengze_yuanshi_jianbao.txt", "院士专家是哪几天来蘅泽的？")  # (来 + 蘅泽; a range)


def test_a_score_a_unit_list_and_a_relayed_leader_followed_up() -> None:
    assert "79.6分" in to_simplified(_asked("r73_huanchuan_dongyuan_bushu_hant.txt", "去年全省文明縣城測評，澴川得了幾分？"))
    text = _asked("r73_huanchuan_dongyuan_bushu_hant.txt", "哪几个单位作了表态发言？")
    assert "县住建局" in text and "没有列出" not in text
    text = _asked("r73_huanchuan_dongyuan_bushu_hant.txt", "市长令狐承宇在会上讲话了吗？", "那他本人到场了没有？")
    assert "令狐承宇" in text and "你说的是谁" not in text
    assert "800套" in _asked("r72_hengchuan_zhengxiaoqi_duijie.txt", "人才公寓什么时候开始接受申请？", "一共多少套？")


def test_a_pronoun_points_back_to_the_one_the_asker_named_in_the_same_message() -> None:
    text = _asked(SEED_ASKED, "我那天在会上讲了融资难的问题，省长也回了几句。我最关心的是，最后他对省里那些部门提了什么要求？")
    assert "吸纳" in text and "你说的是谁" not in text  # 他: the 省长 of the asker's story
    text = _asked("r62_tongxi_daibiaotuan_shenyi.txt", "急診科主任喺會上講咗啲乜？", "佢話山區鄉鎮啲病人送去縣醫院平均要幾耐？")
    assert "50分钟" in text  # (急诊科主任, as the report writes it after its hospital: one person's words)


def test_bare_questions_after_a_question_are_their_own_and_a_body_speaks_by_its_head() -> None:
    text = _asked("r70_ruining_shuzhi_pingyi.txt", "述职评议大会 主持人？地点？")
    assert "竺怀远" in text and "区行政中心报告厅" in text  # (the meeting's own name is no subject of 主持人)
    assert "王伟中" in _asked(SEED_ASKED, "Who spoke on behalf of the provincial government?")
    text = _asked(SEED_ASKED, "Apart from the governor and the CPPCC chairman, which other officials were listed as attending?")
    assert "温国辉" in text and "王伟中" not in text and "林克庆" not in text
    assert "4月15号之前" in _asked("r56_xiuchuan_xianchang_bangonghui.txt", "供电公司来的那个经理叫啥", "他承诺哪天之前送电")


def test_questions_typed_apart_with_spaces_after_a_subject_are_each_answered() -> None:
    text = _asked("r56_xiuchuan_xianchang_bangonghui.txt", "现场办公会 谁主持 在哪个会议室")
    assert "宁致远" in text and "二期项目部会议室" in text
    from bot.understanding.split import split_questions

    asks = report_engine(REPORTS / "r56_xiuchuan_xianchang_bangonghui.txt")._asks
    assert split_questions("啥时候落地 有时间表没", asks, lambda p: p) == ["啥时候落地 有时间表没"]  # (no subject first: one)


def test_a_short_title_is_read_as_whichever_full_form_the_report_writes() -> None:
    assert "戴春燕" in _asked("r44_lanze_gongshui_hant.txt", "村支书是谁")  # the report's 村党支部书记
    assert "苗翠英" in _asked("r62_tongxi_daibiaotuan_shenyi.txt", "村支书是谁")  # its 村党总支书记 (支书 inside, 书记 ends it)
    assert "苗翠英" in _asked("r62_tongxi_daibiaotuan_shenyi.txt", "村党总支书记是谁")


def test_words_quoted_otherwise_than_the_report_writes_them_are_read_as_it_does_and_corrected() -> None:
    text = _asked(SEED_ASKED, "王省长讲要加强“政产学研金用”结合，原话是这个顺序吗？")
    assert "“政产学研用金”，不是“政产学研金用”" in text and "加强“政产学研用金”结合" in text  # the same characters reordered
    text = to_simplified(_asked("r32_tinglan_tongxianghui_mo.txt", "聽講佢哋明年會成立「青年會」，係咪？"))
    assert "青年部" in text  # one character changed (and not 青年座 of 青年座谈会, which cuts a word)
    text = _asked("r29_qinhai_qingqi_hk.txt", "游慧心作主题发言，题目叫啥？")
    assert "从实验室到市场" in text and "是的" not in text  # the title of a talk, not whether she gave one


def test_a_detail_in_the_sentence_after_the_one_that_names_its_subject_is_found() -> None:
    text = _asked("r74_qilan_renda_changweihui.txt", "满意度测评结果怎么样？")
    assert "满意17票" in text  # '…进行了满意度测评。共发出测评票21张，…其中满意17票'
    assert "17票" in _asked("r74_qilan_renda_changweihui.txt", "测评时有多少票满意？")
    text = _asked("r74_qilan_renda_changweihui.txt", "县人大常委会党组成员是谁？")
    assert "井岳" in text and "井岳以" not in text  # '党组成员井岳以及委员…': the name ends before 以及


def test_who_came_after_someone_the_rest_of_a_count_and_a_figure_of_something_else() -> None:
    text = _asked("r29_qinhai_qingqi_hk.txt", "游慧心发言以后谁接着讲？")
    assert "欧阳栢言" in text and "柯子朗" in text and "区浩文" not in text  # the next sentence that names others
    text = _asked("r34_cenzhou_qiaoshang_mo.txt", "报道说六位侨商代表先后发言，除了点名的那三位，另外三位是谁？")
    assert "其余的没有写名字" in text  # 'A，B，C等六位侨商代表先后发言': only three are named
    text = _asked(SEED_ASKED, "听说有50多家企业派人来参加了这次座谈会，是这样吗？")
    assert "报道没有这样说" in text and "开展调研" in text  # 50多家 are the firms the research visited
    assert "瑞麟酒楼" in _asked("r32_tinglan_tongxianghui_mo.txt", "Which restaurant was the youth forum held in?")
    text = to_simplified(_asked("r75_chengshui_wenzheng_hant.txt", "縣委書記宓懷川最後作表態講話，講咗啲乜？"))
    assert "作表态讲话的是堵南乔" in text  # the one who did it, the premise corrected


def test_figures_said_roughly_typos_and_cantonese_joiners_are_read_as_meant() -> None:
    text = _asked("r35_songling_taishang_hant.txt", "我记得淞陵现在台资企业有三百来家？准确数是多少")
    assert "312家" in text and "没有答案" not in text  # 三百来家 as 三百多家, a figure (no word the report lacks)
    assert "4.3亿美元" in to_simplified(_asked("r35_songling_taishang_hant.txt", "今年合同利用臺資大約四億幾美金？準確係幾多"))
    assert "独孤博文" in _asked("r35_songling_taishang_hant.txt", "这次会市长是睡？")  # 睡 for 谁; 这次会 is no body of 市长
    text = to_simplified(_asked(SEED_ASKED, "省政協秘書長同省政府秘書長分別係邊個？"))
    assert "陈文明" in text and "陈敏" in text  # Cantonese 同 between two titles: and
    assert "二十二日" in to_simplified(_asked("r41_lingxi_tongxianghui_mo.txt", "就职典礼什么时候举行？"))  # 本月二十二日


def test_a_yes_no_on_when_that_the_answer_gives_no_time_for_says_so() -> None:
    text = _asked(SEED_ASKED, "省长有没有承诺在什么时候之前出台人工智能扶持政策？")
    assert "报道没有写具体时间" in text and not text.startswith("是的")


def test_which_of_a_counted_list_bare_lists_of_measures_and_bodies_at_the_meeting() -> None:
    text = to_simplified(_asked("r39_cenzhou_tuijie_hant.txt", "沭川的三大主導產業是哪三個？"))
    assert "文旅康养" in text  # 哪三个 asks which ones (not a yes/no on 三)
    text = _asked("r39_cenzhou_tuijie_hant.txt", "签约项目数、总投资、参会人数")
    assert "23个" in text and "156.8亿元" in text and "200余人" in text  # each measure of the list in turn
    assert "县住建局" in _asked("r36_lichuan_xieshang_yishi.txt", "列席单位？")  # '…、县住建局有关负责人等参加'
    assert "市住建局" in _asked("r26_chenghe_tongbaohui_hant.txt", "哪些部门列席了会议")  # the 列席 list, not what some said
    text = _asked("r36_lichuan_xieshang_yishi.txt", "县政协主席来了吗？")
    assert "县政协副主席" in text and "公西慧英" in text  # no 主席 in the report: its deputy came
    assert "鹊山农贸市场提升改造" in _asked("r36_lichuan_xieshang_yishi.txt", "开这个会是为了什么？")  # 就…进行协商, whole
    assert "省政协副主席" in to_simplified(_asked(SEED_ASKED, "請問溫國輝在這次座談會上是什麼身分？"))  # 身分 as 身份


def test_a_bureau_said_short_a_proposal_number_and_a_comparison_are_read_as_asked() -> None:
    assert "12宗" in _asked("r46_liaochuan_tian_banli.txt", "自规局那边已经收储了多少？")  # 自然资源和规划局, said short
    assert "第86号" in _asked("r46_liaochuan_tian_banli.txt", "这个提案是第几号？")  # a number, not a day of the month
    text = _asked("r46_liaochuan_tian_banli.txt", "现场测评满意票比基本满意多了几票？")
    assert "17票" in text and "2票" in text  # (满意多 is no sound-alike of 满意度: 多 measures)


def test_everyday_words_for_a_report_s_terms_find_its_figures() -> None:
    text = _asked("r40_sangpu_wuye_zhifa.txt", "辖区里没人管的老小区有几个？")
    assert "9个" in text  # 没人管, 老小区: the report's “弃管”, 老旧小区 (没人管 is one word, no 没 + 人管)
    assert "9个" in _asked("r40_sangpu_wuye_zhifa.txt", "有幾多個舊屋苑冇人理？")  # Cantonese: 屋苑, 冇人理
    text = _asked("r37_jichuan_yingshang_jianduyuan.txt", "热线今年收到企业投诉多少件？")
    assert "3860件" in text  # 投诉 said for the report's 诉求; 企业 of another item of the sentence is no matter
    assert "卞雨桐" in _asked("r40_sangpu_wuye_zhifa.txt", "社区书记是哪位？")  # '青石社区党委书记'


def test_people_described_by_their_shop_or_spelt_one_letter_off_and_who_spoke_after() -> None:
    assert "禤美玲" in _asked("r37_jichuan_yingshang_jianduyuan.txt", "开面包店的那个代表是谁？")  # '…美玲烘焙坊店主'
    text = _asked(SEED_ASKED, "What is Chen Ming's job?")
    assert "陈敏" in text and "陈文明" not in text  # chen min, one letter off (chen wenming is three)
    text = _asked(SEED_ASKED, "林克庆讲完之后谁讲话了？")
    assert "没有写林克庆之后" in text  # his words are the last the report records
    assert "林克庆" in _asked(SEED_ASKED, "王伟中讲话之后谁发言了？")  # not "是的"


def test_a_follow_up_of_its_own_and_a_part_after_one_on_what_the_report_never_names() -> None:
    text = _asked("r37_jichuan_yingshang_jianduyuan.txt", "太叔铮是什么身份？", "那个做物流的老总呢，他反映了什么问题？")
    assert "拖欠" in text  # its own question of the one it names, not the last one's (his role) again
    text = _asked(SEED_ASKED, "会上阿里巴巴的老板发言了吗？他讲了什么？")
    assert "建言献策" not in text  # of a company the report never names: no group's views
    text = to_simplified(_asked("r34_cenzhou_qiaoshang_mo.txt", "侨商发言完以后，哪位领导作了回应？"))
    assert "鲜于文瀚" in text  # 侨商 is after whom, not the post asked


def test_one_described_by_what_they_did_and_who_said_what_the_part_before_found() -> None:
    text = _asked("r42_lucen_chanxueyan_duijie.txt", "通报合作情况的那位是什么职务？")
    assert "科技局副局长" in text and "没有提到" not in text  # the one the report records doing it (通报)
    text = _asked("r42_lucen_chanxueyan_duijie.txt", "企业留人难在哪？是谁说的？")
    assert "钟离雪" in text and "在会上讲话或发言的有" not in text  # whose words answered it, not every speaker
    text = _asked(SEED_ASKED, "住在广州的全国政协委员提意见了吗？")
    assert "住穗全国政协委员" in text  # 穗, Guangzhou's one-character name
    text = _asked(SEED_ASKED, "王伟中是什么职务？", "那企业家们都讲了哪些方面？")
    assert "金融支持" in text  # the group asked, not the last person again


def test_a_case_s_deadline_the_next_period_s_meeting_and_a_speech_relayed() -> None:
    text = _asked("r77_yingpu_shuji_jiefangri_hant.txt", "俞大爷那块青苗补偿款什么时候之前核查完？")
    assert "6月30日前" in text  # the case opens its paragraph; the order with its deadline comes two sentences on
    assert "7月中旬" in _asked("r76_jitang_jingji_yunxing_fenxihui.txt", "下一次分析会什么时候开？")  # '二季度…分析会拟于7月中旬召开'
    text = _asked("r76_jitang_jingji_yunxing_fenxihui.txt", "左丘慕言在会上提了哪些要求？")
    assert "没有记录左丘慕言说了什么" in text and "讲话精神" in text  # his speech relayed, nothing of it said
    text = _asked("r77_yingpu_shuji_jiefangri_hant.txt", "县长濮阳恒这次也接访了吧？")
    assert text.startswith("不是") and "冼知秋" in text  # '上月16日…濮阳恒接访时' is another time


def test_a_bureau_head_said_short_a_name_in_passing_and_visits_counted() -> None:
    assert "笪慧敏" in _asked("r77_yingpu_shuji_jiefangri_hant.txt", "信访局局长是谁？")  # not 县公安局局长 (信访 is no verb)
    text = _asked("r76_jitang_jingji_yunxing_fenxihui.txt", "出席会议的副县长有哪几位？", "闻人砚呢，他也在吗？")
    assert "深圳" in text  # 在吗 after a name asks whether he was there (he was away): no greeting, no "who do you mean"
    assert "27人次" in _asked("r77_yingpu_shuji_jiefangri_hant.txt", "那天一共接待了多少人？")  # 人次 counts those received
    assert "仉国栋" in _asked("r76_jitang_jingji_yunxing_fenxihui.txt", "经信局局张叫什么？")  # 局张: 局长 (局局 is no word)


def test_a_draft_checked_a_count_not_listed_and_a_name_misspelt() -> None:
    text = _asked(SEED_ASKED, "我稿子里写的是调研组走访了30多家企业和机构，对不对？")
    assert "50多家" in text and not text.startswith("是的")  # the draft's claim is checked, corrected
    text = _asked("r47_tiaoyang_dangwai_zuotan_hant.txt", "那15件民生实事分别是哪几件？")
    assert "没有列出是哪些" in text  # '…安排民生实事项目15件': a count, none of them named
    text = _asked("r48_polan_zhengqi_zaochahui.txt", "管招临说今年全县外贸进出口做了多少亿？")
    assert "47.6亿元" in text  # 管招临 is 管照临 written wrong, no word the report lacks


def test_the_asker_s_own_request_to_summarise_says_no_time_in_the_meeting() -> None:
    text = _asked(SEED_ASKED, "帮我总结一下王伟中强调了哪几点")
    assert "耐心资本" in text and "算力" in text  # every point he stressed, not only his last words


def test_an_item_of_the_last_answer_asked_by_its_place() -> None:
    text = _asked("r48_polan_zhengqi_zaochahui.txt", "早茶会上县长对各部门提了哪些要求？", "第二点具体是什么？")
    assert "一事一专班" in text and "5个工作日" not in text  # '二是…', not the first item nor the whole list
    text = _asked(SEED_ASKED, "调研组除了实地调研，还开了哪些会？", "第一个会的全称是什么？")
    assert "深聊会" in text and "省直部门座谈会" not in text  # of the pieces that end with 会, the first
    assert "第1项" not in _asked(SEED_ASKED, "第一个发言的是谁？")  # who spoke first asks of the meeting


def test_a_title_premise_is_corrected_with_its_holder_and_a_courtesy_asks_nothing() -> None:
    text = _asked(SEED_ASKED, "陳文明是省政府秘書長對吧？")
    assert text.startswith("不是") and "省政府秘书长是陈敏" in text  # (squash reads it Simplified) the one who holds it
    text = _asked(SEED_ASKED, "麻烦帮我列一下出席的省领导都有谁，各是什么职务？")
    assert "麻烦" not in text and "陈文明" in text  # no 麻烦 asked of; the roll with its titles
    assert "算力" in _asked(SEED_ASKED, "王偉中話要喺邊幾個關鍵環節持續發力㗎？")  # 喺邊幾個: which ones, no place


def test_no_repair_cuts_a_word_that_asks_and_a_meeting_said_short_is_no_subject() -> None:
    text = _asked("r54_tongyin_daibiao_jiedairi.txt", "請問社區說蕙風路臨時停車格那件事，最晚什麼時候會給選民回覆？")
    assert "監事" not in text and "10月15日" in text  # 那件事 is never 那监事; 停车格 is the report's 泊位
    text = _asked("r48_polan_zhengqi_zaochahui.txt", "早茶会上县长对各部门提了哪些要求？")
    assert "一事一专班" in text  # 早茶会上 is at the meeting: no 早茶 asked of


def test_people_described_after_that_one_and_those_the_report_counts_but_never_names() -> None:
    text = _asked("r57_wangyang_shezihui_mo.txt", "嗰位土生葡人委員叫咩名？")
    assert "MiguelSequeiraLobo" in text  # (squashed) 那位 + a description is no pronoun; a name in Latin letters
    text = _asked("r52_hengze_yuanshi_jianbao.txt", "另外那几位专家都叫什么名字")
    assert "其余的专家没有写名字" in text  # '…等单位的9位专家': the report names only these
    text = _asked("r54_tongyin_daibiao_jiedairi.txt", "嗰位律師係邊個嚟㗎？")
    assert "祁慕白" in text  # 律师 of his 律师事务所主任


def test_questions_typed_apart_with_spaces_are_answered_in_turn() -> None:
    text = _asked("r54_tongyin_daibiao_jiedairi.txt", "充电口120个啥时候能弄好啊 谁拍的板")
    assert "国庆节前" in text and "戚小满" in text  # the deadline, and who made it: 120个 names the sentence
    text = _asked(SEED_ASKED, "会上出台了啥AI政策", "啥时候落地 有时间表没")
    assert "会议于7月11日召开" not in text  # a check of the same (…没) is no question of its own


def test_a_date_of_another_act_a_negated_word_and_two_people_set_side_by_side() -> None:
    text = _asked("r58_qiwu_shuijia_tingzhenghui.txt", "請問新的水價最快什麼時候開始實施？")
    assert "2025年1月1日" in text  # 实施: the report's 执行, dated apart from the meeting (whose name holds 水价)
    text = _asked("r58_qiwu_shuijia_tingzhenghui.txt", "非居民水價會唔會加")
    assert not text.startswith(("是的", "是")) and "時隔近9年" not in text  # 非居民: the report is on 居民 water only
    text = _asked(SEED_ASKED, "比较一下王伟中和林克庆两个人讲话的侧重点有什么不同？")
    assert "耐心资本" in text and "主力军" in text  # each one's words


def test_a_chair_by_another_title_an_age_checked_and_an_absentee_s_written_views() -> None:
    assert "邰立衡" in _asked("r58_qiwu_shuijia_tingzhenghui.txt", "这场听证会的听证主持人是谁？")  # 主持人: who chaired
    assert "价格收费科科长" in _asked("r58_qiwu_shuijia_tingzhenghui.txt", "聂婉清是什么职务？")  # '两侧分别是…科长某某'
    text = _asked("r60_lumenfang_tiaoli_zhengqiu_yijian.txt", "帅金根今年87岁了吧")
    assert "78岁" in text and "是的" not in text  # the figure's no, and no yes after it
    assert "帅金根" in _asked("r60_lumenfang_tiaoli_zhengqiu_yijian.txt", "第一個發言嗰位老人家叫咩名？")  # 那位老人家: described
    text = _asked("r60_lumenfang_tiaoli_zhengqiu_yijian.txt", "冼伯言在会上当面发言提议保护老地名，是吧？")
    assert text.startswith("没有") and "第十一条" in text  # not there, and what his written views said


def test_a_remark_after_the_question_asks_nothing_and_a_verb_glued_to_a_term_is_no_word() -> None:
    text = _asked(SEED_ASKED, "我听说有个“1310”，这是说的啥事呀？人老了记不清。")
    assert "1310" in text and "记不清" not in text  # the remark after the question is no question of its own
    text = _asked(SEED_ASKED, "报道里的卡脖子指什么")
    assert "卡脖子" in text and "卡脖子指" not in text  # 指 asks; no "the report does not mention 卡脖子指"
    text = _asked("r48_polan_zhengqi_zaochahui.txt", "“今天不念稿子、不讲成绩，只讲问题”这句话是县长符一苇说的吧？")
    assert "管照临" in text and "注意" not in text  # the one whose words they are; a comma's width is no misquote


def test_how_long_for_something_else_than_the_meeting_and_a_year_set_by_the_sentence_before() -> None:
    assert "30分钟" in _asked("r61_cenyang_gongre_fabuhui_hant.txt", "打了电话以后，多久能来人？")
    text = _asked("r68_xiechuan_renda_kaimu.txt", "去年全县GDP增长了多少？")
    assert text.startswith("6.3%")  # '过去一年，…。经初步核算，…增长6.3%': the year the paragraph set, GDP's figure
    assert "两天半" in _asked("r68_xiechuan_renda_kaimu.txt", "大会开几天")  # 会期两天半
    assert "20日上午" in _asked("r68_xiechuan_renda_kaimu.txt", "预计什么时候闭幕？")
    assert "三个" in _asked("r68_xiechuan_renda_kaimu.txt", "政府工作报告分几个部分？")  # '…作政府工作报告。报告分为三个部分'


def test_a_post_s_candidate_is_no_holder_and_a_name_spelt_in_pinyin_is_looked_for() -> None:
    text = _asked("r68_xiechuan_renda_kaimu.txt", "补选的副县长候选人是谁")
    assert "候选人" in text and "满志鸿" not in text  # the report names no candidate
    text = _asked("r68_xiechuan_renda_kaimu.txt", "Who is the candidate to replace vice county head Sui Hong-fei?")
    assert "满志鸿" not in text
    assert "mention“ZhangWei”" in _asked(SEED_ASKED, "What did Zhang Wei say about finance?")  # a name the report never writes


def test_those_who_came_with_a_visitor_and_who_answered_the_press() -> None:
    assert "邴书瑶" in _asked("r64_tangzhu_huijian_hanzhou.txt", "跟着湛启明一起来的还有谁？")
    text = _asked("r61_cenyang_gongre_fabuhui_hant.txt", "回答记者提问的有谁")
    assert "笪建华" in text and "署名" not in text  # who answered, not who wrote the report
    text = _asked("r64_tangzhu_huijian_hanzhou.txt", "稿子最后“参加会见”的那几位，按原文顺序是谁，各是什么职务？")
    assert "阙明远" in text and "顺序" not in text  # the order asked is a form of the answer, no word of the report


def test_a_delegation_s_leader_a_quote_before_its_speaker_and_a_project_not_chosen() -> None:
    text = _asked("r81_elong_dongxibu_xiezuo_lianxihui_hant.txt", "汐浦那边带队过来的是谁？")
    assert "邝雨霖" in text and "过来" not in text  # 率…代表团: who led it
    assert "逄国栋" in _asked("r80_jiating_minsheng_shishi_piaojue.txt", "哪个代表说他把票投给了饮水工程？")
    assert "夜景亮化" in _asked("r80_jiating_minsheng_shishi_piaojue.txt", "哪些项目落选了")  # 未能入选
    assert "粟永年" in _asked("r80_jiating_minsheng_shishi_piaojue.txt", "县人大来指导的那位领导是谁？")


def test_a_form_s_fields_and_two_questions_said_in_one_breath_are_each_answered() -> None:
    text = _asked("r65_quzhou_tanao_shanghui_huanjie_hant.txt", "会议时间：  会议地点：  主持人：  （三栏一起帮我填下）")
    assert "11月16日" in text and "滨江国际酒店" in text and "酆立诚" in text
    text = _asked(SEED_ASKED, "嗯那个就是想问一下那个会是谁主持的然后在哪里开的")
    assert "林克庆" in text and "广州" in text


def test_who_said_what_the_last_answer_quoted_and_which_of_two_figures_the_report_writes() -> None:
    text = _asked("r69_penchuan_fangxun_huishang_hant.txt", "強降雨區入面有幾多處地質災害隱患點？", "邊個講嘅？")
    assert "糜秋林" in text  # the one of three speakers in the sentence whose words hold 43处
    text = _asked("r69_penchuan_fangxun_huishang_hant.txt", "樟潭站水位到底是41.37米还是41.9米？")
    assert text.startswith("报道写的是41.37米")  # (樟潭站: the report's 樟潭水文站)


def test_english_typos_are_read_as_the_words_they_slip_from_but_a_word_or_a_name_is_left() -> None:
    text = _asked(SEED_ASKED, "wich cities did the reserch team go to?")
    assert "深圳" in text and "韶关" in text
    assert "王伟中" in _asked(SEED_ASKED, "What is Wang Weizhong's position?")  # Wang is no "want"
    text = _asked("r44_lanze_gongshui_hant.txt", "Apart from the chair, which other officials were listed as attending?")
    assert "listen" not in text


def test_attendees_asked_by_what_they_did_are_those_who_did_it() -> None:
    text = _asked("r61_cenyang_gongre_fabuhui_hant.txt", "回答记者提问的有谁")
    assert "笪建华" in text and "扈红霞" in text and "訾德明" not in text  # 出席并回答, not the one who 介绍
