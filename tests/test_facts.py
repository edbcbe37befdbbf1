"""Fact extraction: the real seed in detail, then every invented report against its golden file."""

from __future__ import annotations

import re
from pathlib import Path

import extraction_report as golden
import pytest
from helpers import SEED, report_engine, report_paths

from bot import Facts, extract, load_article, parse_article
from bot.evaluate import evaluate, load_cases
from bot.genre import load_genre

# Extraction may get better, never worse: the share of golden fields it gets right. Every field is also held on
# its own (test_golden_fact: a strict xfail for each known gap), so this floor is the summary, over all reports
# as they join: r56–r57 (a TV script, a Macau committee told from a briefing) brought it from 95.1% to 93.4%;
# r58–r59 (a price hearing, a video progress meeting with a table) to 91.8% at their first run, 92.9% after;
# r60–r61 to 92.2%; r62–r63 (a delegation's deliberation at a congress, an industry forum: 27% and 55% at their
# first run, 55% and 82% after) to 91.5%, the 61 reports before them unchanged.
# r72–r73 (a talent meeting of government, universities and firms; a mobilisation meeting: 50% and 25% at their
# first run, 58% and 50% after) to 88.8%, the 71 reports before them unchanged (89.8%).
# r74–r75 (a standing committee's session with appointments; a televised accountability session: 50% and 8% at
# their first run, 50% and 50% after) to 87.8%, the 73 reports before them at 88.9% (r38's theme now read).
MIN_GOLDEN_ACCURACY = 0.805  # 80.6% over 149 reports (r148–r149 blind, 50% and 33% after their fixes, 42% and 25% at first; the older 147 unchanged at 81.1%); 81.1% over 147 reports (r146–r147 blind, 50% and 42% after their fixes, 50% and 42% at first; the older 145 unchanged at 81.6%); 81.6% over 145 reports (r144–r145 blind, 50% and 42% after their fixes, 17% and 17% at first; the older 143 unchanged at 82.1%); 82.0% over 143 reports (r142–r143 blind, 58% and 58% after their fixes, 42% and 42% at first); 82.4% over 141 reports (r140–r141 blind, 42% and 58% after their fixes, 33% and 25% at first); 82.9% over 139 reports (r138–r139 blind, 67% and 83% after their fixes); 83.1% over 137 reports (r136–r137 blind, 67% and 67% after their fixes); 83.6% over 131 reports (83.4% over 129; r110–r131 are blind, at 58–92% after their fixes)
MIN_PEOPLE_PR = 0.910  # precision and recall of people, speakers and attendees (pooled): 91.0% with the blind r148–r149 (people-with-roles recall 82% and 50%), 92.5% over r01–r109, 91.5% with the blind r110–r113, 91.3% with the blind r142–r143 (people-with-roles recall 73% each)


@pytest.fixture(scope="module")
def facts() -> Facts:
    return extract(load_article(SEED))


# --- when, where, what ------------------------------------------------------------


def test_meeting_name(facts: Facts) -> None:
    assert facts.meeting is not None
    assert facts.meeting.value == "粤商·省长面对面协商座谈会"


def test_date_is_as_written_without_an_invented_year(facts: Facts) -> None:
    assert facts.date is not None
    assert facts.date.value.text == "7月11日"
    assert facts.date.value.year is None and (facts.date.value.month, facts.date.value.day) == (7, 11)


def test_place(facts: Facts) -> None:
    assert facts.place is not None and facts.place.value == "广州"


def test_the_seed_names_no_organiser(facts: Facts) -> None:
    # '粤商·省长面对面协商座谈会在广州召开': the meeting is the subject, nobody is said to hold it.
    assert facts.organizer is None
    assert facts.as_dict()["organizer"] is None


def test_theme_is_the_quoted_theme(facts: Facts) -> None:
    assert facts.theme is not None
    assert "人工智能" in facts.theme.value
    assert "有组织科研攻关" in facts.theme.value and "新赛道新场景" in facts.theme.value
    assert "“" not in facts.theme.value and "”" not in facts.theme.value


@pytest.mark.parametrize("field", ["meeting", "date", "place", "theme"])
def test_each_fact_cites_a_sentence_that_holds_it(facts: Facts, field: str) -> None:
    fact = getattr(facts, field)
    assert fact is not None and fact.evidence
    assert any(str(fact.value) in s.text for s in fact.evidence), (fact.value, fact.evidence)
    assert all(s in facts.article.sentences for s in fact.evidence)


# --- people -----------------------------------------------------------------------


SEED_PEOPLE = [
    ("王伟中", ["省委副书记", "省长"], {"出席", "讲话"}),
    ("林克庆", ["省政协主席"], {"主持"}),
    ("温国辉", ["省政协副主席"], {"参加"}),
    ("陈敏", ["省政府秘书长"], {"参加"}),
    ("陈文明", ["省政协秘书长"], {"参加"}),
]


def test_people_are_exactly_the_participants(facts: Facts) -> None:
    # 习近平 is quoted in a speech but did not take part; 粤商代表 is a group, not a person.
    assert {p.name for p in facts.people} == {name for name, _, _ in SEED_PEOPLE}


@pytest.mark.parametrize(("name", "roles", "actions"), SEED_PEOPLE, ids=[p[0] for p in SEED_PEOPLE])
def test_person_roles_and_actions(
    facts: Facts, name: str, roles: list[str], actions: set[str]
) -> None:
    person = facts.person(name)
    assert person is not None
    assert list(person.roles) == roles
    assert set(person.actions) == actions
    assert person.evidence and all(name in s.text for s in person.evidence)


def test_chairs_and_speakers(facts: Facts) -> None:
    view = facts.as_dict()
    assert view["chairs"] == ["林克庆"]
    assert "王伟中" in view["speakers"]
    assert set(view["speakers"]) <= {p.name for p in facts.people}


def test_groups_include_the_business_representatives(facts: Facts) -> None:
    assert "粤商代表" in [g.value for g in facts.groups]


# --- what was said ----------------------------------------------------------------


def test_wang_weizhong_stressed_points_all_start_with_yao(facts: Facts) -> None:
    stressed = [s for s in facts.said_by("王伟中") if s.verb == "强调"]
    assert len(stressed) == 6  # the six 要… sentences of paragraph 4
    assert all(s.text.startswith("要") for s in stressed), [s.text[:10] for s in stressed]
    joined = "".join(s.text for s in stressed)
    for point in ("政策供给", "风险投资", "科研攻关", "算力", "行业应用", "包容审慎监管"):
        assert point in joined


def test_statements_keep_their_sentences(facts: Facts) -> None:
    for st in facts.statements:
        assert st.sentence in facts.article.sentences
        assert st.text.rstrip("。") in st.sentence.text or st.sentence.text in st.text


def test_lin_keqing_statements(facts: Facts) -> None:
    said = " ".join(s.text for s in facts.said_by("林克庆"))
    assert "目的是" in said and "希望企业家们" in said
    assert not any(s.text.startswith("要积极发展风险投资") for s in facts.said_by("林克庆"))


def test_quoted_leader_is_not_a_speaker(facts: Facts) -> None:
    assert facts.said_by("习近平") == []
    assert facts.said_by("习近平总书记") == []


def test_group_statement_lists_the_suggestions(facts: Facts) -> None:
    groups = [s for s in facts.statements if s.group]
    assert groups, "the 粤商代表 建言献策 sentence is a group statement"
    text = groups[0].sentence.text
    for topic in ("科技创新", "场景应用", "人才培养", "金融支持", "政策支撑"):
        assert topic in text


# --- research -----------------------------------------------------------------------


def test_research_lists_and_counts(facts: Facts) -> None:
    research = facts.research
    assert research is not None
    assert research.lists.get("市") == ("广州", "深圳", "佛山", "韶关")
    assert research.lists.get("省") == ("江苏", "浙江")
    assert "50多家" in research.counts
    assert all(s.paragraph == research.sentences[0].paragraph for s in research.sentences)
    assert research.sentences[0].text.startswith("此前")


# --- invariants on every report --------------------------------------------------------


def _names(name: str, text: str) -> bool:
    """The name in the text, whole or written around a title (Taiwan minutes: 许科长文彬 for 许文彬)."""
    return name in text or re.search(re.escape(name[0]) + r"[\u4e00-\u9fff]{1,4}?" + re.escape(name[1:]), text) is not None


@pytest.mark.parametrize("path", report_paths(), ids=[p.stem for p in report_paths()])
def test_every_fact_points_into_its_own_article(path: Path) -> None:
    found = extract(load_article(path))
    sentences = set(found.article.sentences)
    for person in found.people:
        assert person.evidence, person.name
        assert all(s in sentences and _names(person.name, s.text) for s in person.evidence), person.name
    for st in found.statements:
        assert st.sentence in sentences
    for fact in (found.meeting, found.date, found.place, found.theme, found.organizer):
        if fact is not None:
            assert fact.evidence and all(s in sentences for s in fact.evidence)


# --- golden files ------------------------------------------------------------------------

GOLDEN = golden.golden_paths()
GOLDEN_CASES = [
    (g, field)
    for g in GOLDEN
    for field in golden.FIELDS
    if field in golden.load_golden(g) or field in ("roles", "actions")
]


def test_every_report_has_a_golden_file() -> None:
    assert [golden.article_path(g) for g in GOLDEN] == report_paths()
    assert len(GOLDEN) >= 10


# Fields the extractor still gets wrong, as (report, field).
# strict=True: when one is fixed, the xfail turns into a failure and must leave this list.
KNOWN_GAPS: set[tuple[str, str]] = {
    # batch 17 (r66–r67), after its fixes: r66 is a new-year meeting with entrepreneurs and awards — its lead dates it
    # `昨（5）日上午` (the page's date gives 2月5日, read instead), a deputy taking an award keeps the bare `集团副总裁`
    # (the body is the absent chairman's, named before), and an entrepreneur's `他说` is no 发言; r67 is an expert
    # review of a plan — the panel's head is chosen at the meeting and `由他主持评审环节` (a pronoun), reads out an
    # absent member's views (`由甄怀远代为宣读`), the panel's speakers are told by their words (认为, 提出) not 发言,
    # a title keeps its `规划编制单位` and a site visit the day before (`前日（27日）下午…踏勘了…`) is no research
    ("r66_yicheng_xinchun_qiyejia", "date"),
    ("r66_yicheng_xinchun_qiyejia", "roles"),
    ("r66_yicheng_xinchun_qiyejia", "actions"),
    ("r67_yuchuan_guotu_guihua_pingshen_hant", "roles"),
    ("r67_yuchuan_guotu_guihua_pingshen_hant", "actions"),
    ("r67_yuchuan_guotu_guihua_pingshen_hant", "chairs"),
    ("r67_yuchuan_guotu_guihua_pingshen_hant", "research"),
    # batch 18 (r68–r69), after its fixes: r68 opens a county congress — its organiser is the congress itself (the
    # lead's subject is the session), a deputy county head who resigned before it (`接受眭鸿飞因…辞去…职务的请求`) is
    # not read as mentioned, `宣布：…开幕` is no action,
    # and a deputy and a citizen quoted after the opening (`开幕会后，…说`) are read as speakers; r69, a flood
    # consultation on a forum, names the villager who found a leak (`村民符德旺巡堤时发现`) as no one
    ("r68_xiechuan_renda_kaimu", "organizer"),
    ("r68_xiechuan_renda_kaimu", "mentioned"),
    ("r68_xiechuan_renda_kaimu", "actions"),
    ("r68_xiechuan_renda_kaimu", "speakers"),
    ("r69_penchuan_fangxun_huishang_hant", "mentioned"),
    # batch 19 (r70–r71), after its fixes: r70 is a 述职评议大会 — `在述职中介绍` and `宣读了评议纪律` are no roster
    # actions (述职, 宣读), and a juror quoted after the meeting (`会后，…衡秀梅说`) is read as a speaker; r71, an inspection team's feedback meeting, reads `反馈督查意见` as no action and `代表县委、县政府汇报`
    # of the earlier 对接会 as one, and the team's four-day visit (`先后深入某镇、…等14个点位`) is no research
    ("r70_ruining_shuzhi_pingyi", "actions"),
    ("r70_ruining_shuzhi_pingyi", "speakers"),
    ("r71_ziling_ducha_fankui_hant", "actions"),
    ("r71_ziling_ducha_fankui_hant", "research"),
    # batch 20 (r72–r73), after its fixes: r72, a government–university–company talent meeting, is organised by
    # two bodies written in a `由A、B联合主办` clause the organiser reader leaves, gives 授予 no roster action and reads the
    # guests' visit before it (`先后参观了A、B`) as no research (fixed since: a graduate speaker named after a long
    # description, `…现为…教师的郜雨桐，作为…代表分享了…`); r73, a mobilisation meeting reposted in Traditional,
    # is held by the county (no body in its lead), takes a stall keeper quoted afterwards (`…的宦阿姨說`) for a
    # speaker and a village secretary back from a branch venue for someone mentioned, and reads none of
    # 作动员讲话, 授旗, 领誓, 作表态发言 as actions
    # batch 19 (r74–r75), after its fixes: r74 is a standing committee's session with appointments — its `列席` list is
    # separated by commas and ends in groups (no one read from it), those `任命…为…` and who report (`局长某某所作的…报告`)
    # are not people at the meeting, the organiser is read from the headline's short `县十八届人大常委会`, and the
    # visit before it (`深入A、B、C等5个乡镇`) is not read as research; r75 is a televised accountability session —
    # its host is introduced by her employer and no title (`节目由县融媒体中心主持人某某主持`), the next day's follow-up
    # meeting's chair is taken for the programme's, and the meeting name keeps `节目`
    # batch 20 (r76–r77), after its fixes: r76, a county's quarterly economic analysis meeting, takes `由县级领导包联推进`
    # for a person (包联推进), reads `作交流发言`, `汇报`, `提出要求` and `作安排` as no actions, and a vice head who only
    # `提出要求` is no speaker; r77, a party secretary's petition reception day, keeps `6月份` and the quotation marks in
    # the event's name, takes a petitioner named by surname (`业主代表戚女士`) for a participant and misses those who
    # `全程参与` or `现场查阅` (a lawyer, a bureau head), reads the head of 人社局 asked over by someone named before him
    # (`冼知秋当即请县人社局局长邴国华到场`) as plain 局长, and reads `接访`, `汇报`, `到场` as no actions
    # batch 21 (r78–r79), after its fixes: r78, a county's emergency safety meeting after an accident, reads the unit
    # heads' `作表态发言` only as each one's `表示`, and `作了具体部署` as `部署`; r79, the opening ceremony of a cadre
    # training course, gives no theme (the course's name holds it), misses `代表全体学员` as the title 学员代表, and
    # reads `作开班动员讲话`, `授班旗` as no actions, `作了题为《…》的首场专题辅导` as 作报告
    # batch 22 (r80–r81), after its fixes: r80, a town congress's plenary that votes on the year's projects, misses the
    # chief ballot teller's report told by her post only (`据总监票人报告…`) and keeps the vice head's `说明`, which was
    # at the first plenary the day before (`在12日下午举行的第一次全体会议上，副镇长某某…作了…说明`)
    ("r80_jiating_minsheng_shishi_piaojue", "actions"),
    ("r80_jiating_minsheng_shishi_piaojue", "speakers"),
    # batch 23 (r82–r83), after its fixes: r82, a county's river-chief meeting, gives the town head who spoke for the two
    # towns that `作表态发言` only his own 表示; r83, an Army Day meeting, introduces a soldier's mother by her son
    # (`军属代表乜秀兰的儿子居海鹏在西藏…服役…。她说：`): she is read as mentioned, not as one who spoke
    ("r82_mangxi_zonghezhang_huiyi", "actions"),
    ("r83_lingzhu_bayi_jundi_zuotanhui_hant", "people"),
    ("r83_lingzhu_bayi_jundi_zuotanhui_hant", "mentioned"),
    ("r83_lingzhu_bayi_jundi_zuotanhui_hant", "speakers"),
    # batch 24 (r84–r85), after its fixes: r84, a county standing committee's 民主生活会, is read whole; r85, a Taiwan
    # county's Teachers' Day honours (表扬大会), has awardees at the meeting only as those an award was handed to
    # (`…等3人` then `亲自为3位…颁奖`), a student who spoke named after her teacher's title, the county head's 颁奖 and 致辞 after
    # she arrives late (`抵达后随即上台致词`), and the awards as titles (`师铎奖得主`); a student's words by video and a legislator
    # only through his office director are mentioned
    ("r85_lanpu_jiaoshijie_biaoyang_hant", "people"),
    ("r85_lanpu_jiaoshijie_biaoyang_hant", "mentioned"),
    ("r85_lanpu_jiaoshijie_biaoyang_hant", "roles"),
    ("r85_lanpu_jiaoshijie_biaoyang_hant", "actions"),
    ("r85_lanpu_jiaoshijie_biaoyang_hant", "speakers"),
    # batch 25 (r86–r87), after its fixes: r86, a county's 重阳节 meeting with retired cadres, has its organiser only as
    # 我县 of the headline, a retiree absent for his health introduced by his old post, and medal holders at the meeting
    # only as those the medals went to; r87, a Taiwan county's 基层建设座谈会 session with village chiefs, writes its
    # name after the government that holds it (`苓港縣政府114年度「…座談會」第二輪第5場`), a purpose but no theme, a deputy
    # who stands in for her absent principal (`由副處長某某代表出席`, her title the principal's body's), a legislator's
    # office director who relays (`轉達…，表示…`), a head who reports `在會中報告，…`, and awards as titles (`特優村長`)
    ("r86_zhuochuan_chongyang_laoganbu_zuotanhui", "organizer"),
    ("r87_linggang_jiceng_zuotanhui_hant", "meeting"),
    ("r87_linggang_jiceng_zuotanhui_hant", "theme"),
    ("r87_linggang_jiceng_zuotanhui_hant", "roles"),
    ("r87_linggang_jiceng_zuotanhui_hant", "actions"),
    ("r87_linggang_jiceng_zuotanhui_hant", "speakers"),
    # batch 26 (r88–r89), after its fixes: r88, a county CPPCC members' studio reception day, names its holder only as
    # 县政协 (the county in the site's name), a deputy by a bare 副局长 after his absent head's bureau (`县住建局局长某某…
    # 委托副局长某某到会回应`, whose 到会 is his standing in), and looks at two sites before it; r89, a city's work-safety
    # summons copied on a Traditional mirror, states a purpose after the summons (`…进行集中约谈，督促压实…责任`) and has
    # those summoned report and pledge as a group (`被约谈单位负责人逐一汇报了…并作表态发言`), a bureau's deputy head
    # attending only by the roster's `市住建局…分管负责同志参加约谈`
    ("r88_cenxi_weiyuan_jiedairi_xieshang", "organizer"),
    ("r88_cenxi_weiyuan_jiedairi_xieshang", "roles"),
    ("r88_cenxi_weiyuan_jiedairi_xieshang", "actions"),
    ("r88_cenxi_weiyuan_jiedairi_xieshang", "research"),
    ("r89_sheyang_anquan_yuetanhui_hant", "theme"),
    ("r89_sheyang_anquan_yuetanhui_hant", "actions"),
    # batch 27 (r90–r91), after its fixes: r90, a county government's executive meeting, states its business as its
    # purpose (the golden file records no theme for it), names its holder as 县人民政府 (the county in the site's
    # name) and has a vice head's act written `作说明`; r91, a Macau government release on a public consultation
    # session, writes the draft's kind in brackets inside the session's name (`《…法》（法律草案）公開諮詢第二場…`), an
    # adviser in a 司長辦公室 (`運輸工務司司長辦公室顧問某某`, whose title holds another's) in the roster, and acts as `簡介`, `表示`
    ("r90_yuling_xianzhengfu_changwu_huiyi", "theme"),
    ("r90_yuling_xianzhengfu_changwu_huiyi", "organizer"),
    ("r90_yuling_xianzhengfu_changwu_huiyi", "actions"),
    ("r91_feiwu_jianliang_gongzhong_zixunhui_hant", "meeting"),
    ("r91_feiwu_jianliang_gongzhong_zixunhui_hant", "theme"),
    ("r91_feiwu_jianliang_gongzhong_zixunhui_hant", "actions"),
    # batch 28 (r92–r93), after its fixes: r92, an NPC deputies' inspection, writes its theme as `…推进情况` (read without
    # 情况), names its holder only as 县人大常委会 (the county in the site's name), lists two deputies whose names end in
    # a joining character (`蓟永和、冼春来等代表`), quotes a diner (`葛大爷`) and has acts `带领`, `参加视察`; r93, a Hong Kong
    # association's inauguration, has the oath taken by a body (`第十六屆全體會董宣誓就職`) and acts `監誓`, `領誓`
    ("r92_ruichuan_minsheng_shishi_shicha", "theme"),
    ("r92_ruichuan_minsheng_shishi_shicha", "organizer"),
    ("r92_ruichuan_minsheng_shishi_shicha", "people"),
    ("r92_ruichuan_minsheng_shishi_shicha", "actions"),
    ("r92_ruichuan_minsheng_shishi_shicha", "speakers"),
    ("r93_xuling_tongxiang_jiuzhi_hant", "actions"),
    # batch 29 (r94–r95), after its fixes: r94, a party committee's meeting with non-party figures, writes its purpose as
    # `就做好下半年经济工作听取…意见建议` (read without 工作) and acts `提出要求`, `代为发言`, `提醒`; r95, a Hong Kong district
    # council's meeting on a newspaper page, has councillors by `議員某某指…` (指 with no comma), a seconder's `和議`, an absent
    # member by `因公幹外遊獲…同意缺席`, and acts `回覆`, `代為主持`
    ("r94_yingzhou_dangwai_tongbao", "theme"),
    ("r94_yingzhou_dangwai_tongbao", "actions"),
    ("r95_luting_quyihui_hant", "mentioned"),
    ("r95_luting_quyihui_hant", "people"),
    ("r95_luting_quyihui_hant", "actions"),
    ("r95_luting_quyihui_hant", "speakers"),
    # batch 30 (r96–r97), after its fixes: r96, a county's investment promotion with a signing, gives roles to people named
    # as the receivers of an act (`笪立峰为宁波渫川商会会长訾国良…颁发聘书`, `亓海宁代表县政府与…董事长綦建伟签署`), a role
    # without its chamber (`委托常务副会长逯海涛`) and acts `到会指导`, `作投资环境推介`, `获颁聘书`; r97, a Taiwan council's
    # hearing, has a village chief among speakers with a resident by surname (`村長仉春嬌、宓姓老先生等人也先後發言`), a member
    # who speaks `列席時質疑`, a deputy whose bureau is the absent head's (`社會處長…由副處長亓建宏代表說明`) and acts `作成…結論`
    ("r96_xiechuan_zhaoshang_qianyue", "roles"),
    ("r96_xiechuan_zhaoshang_qianyue", "actions"),
    ("r97_lanpu_jinglaoka_gongtinghui_hant", "roles"),
    ("r97_lanpu_jinglaoka_gongtinghui_hant", "actions"),
    ("r97_lanpu_jinglaoka_gongtinghui_hant", "speakers"),
    # batch 31 (r98–r99), after its fixes: r98, a county's bank–enterprise meeting, names bank heads in a list by their
    # branches with a role for them all (`…等银行机构负责人`), firms' heads quoted as 说 and 希望, a bank head absent and his
    # deputy signing (`行长某某因…未能到会，由副行长某某…签约`), and acts `透露`, `解读`; r99, a Singapore paper's dialogue, gives
    # residents' work in a bracket after the name (`逯俊杰（Jeremy Lu，34岁，软件工程师）`: now read as people), a hawker by the
    # stall she runs, titles chained with 兼, the meeting by its division (`美拉东部长对话会`), the organiser by `人民协会…安排`, a
    # resident listed only with `等十多人先后提问`, and the morning walk
    ("r98_wengyuan_yinqi_duijiehui", "mentioned"),
    ("r98_wengyuan_yinqi_duijiehui", "people"),
    ("r98_wengyuan_yinqi_duijiehui", "roles"),
    ("r98_wengyuan_yinqi_duijiehui", "actions"),
    ("r99_meila_buzhang_duihuahui", "meeting"),
    ("r99_meila_buzhang_duihuahui", "organizer"),
    ("r99_meila_buzhang_duihuahui", "roles"),
    ("r99_meila_buzhang_duihuahui", "actions"),
    ("r99_meila_buzhang_duihuahui", "speakers"),
    ("r99_meila_buzhang_duihuahui", "research"),
    # batch 33 (r100–r101), after its fixes: r100, a bus company's workers' congress, writes its place name with 濛 (which
    # OpenCC folds to 蒙) and names the joint meeting in full only once, with acts `作行政工作报告`, `指出…强调…要求`; r101, a
    # Taiwan borough's residents' meeting, is held by the 里 of its name, titles its chief by the borough (`溪湄里长`) and
    # gives acts `報告`, `宣導`, `提醒` after the roster
    ("r100_mengyang_gongjiao_zhidaihui", "meeting"),
    ("r100_mengyang_gongjiao_zhidaihui", "organizer"),
    ("r100_mengyang_gongjiao_zhidaihui", "actions"),
    ("r101_ximei_limin_dahui_hant", "organizer"),
    ("r101_ximei_limin_dahui_hant", "roles"),
    ("r101_ximei_limin_dahui_hant", "actions"),
    # batch 34 (r102–r103), after its fixes: r102, a village's representatives' meeting, is held by the village of its name
    # and gives acts `表示`, `宣布`, `强调`, `要求` in later paragraphs; r103, a Hong Kong district council committee, names its
    # meeting by the body before `举行本年度第五次会议`, titles its councillors 议员 where the golden keeps 区议员, and gives acts
    # `动议`, `和议`, `指`
    ("r102_zigou_cundaihui", "organizer"),
    ("r102_zigou_cundaihui", "actions"),
    ("r103_cuilan_jiaoweihui_hk", "meeting"),
    ("r103_cuilan_jiaoweihui_hk", "roles"),
    ("r103_cuilan_jiaoweihui_hk", "actions"),
    # batch 35 (r104–r105), after its fixes: r104, an owners' meeting counted in public, is convened by its owners' committee
    # (said only by `业委会…张贴会议公告`), describes owners by their
    # building (`7号楼业主`) and gives acts `表示`, `宣布`, `强调` in later paragraphs; r105, a Malaysian association's general
    # meeting, names it with `暨…理事会改选`, has its MP's aide stand in (`由其特别助理某某代表`), its treasurer titled
    # `财政` (a word too common to be a title) and its newly elected only in a list of those voted in
    ("r104_lixiangyuan_yezhudahui", "organizer"),
    ("r104_lixiangyuan_yezhudahui", "roles"),
    ("r104_lixiangyuan_yezhudahui", "actions"),
    ("r105_ludi_zhonghuagonghui_my", "meeting"),
    ("r105_ludi_zhonghuagonghui_my", "people"),
    ("r105_ludi_zhonghuagonghui_my", "roles"),
    ("r105_ludi_zhonghuagonghui_my", "actions"),
    ("r105_ludi_zhonghuagonghui_my", "speakers"),
    # batch 36 (r106–r107), after its fixes: r106, a procuratorate's public hearing, titles its deputy procurator by `该院`
    # (the golden writes the procuratorate out) and gives acts `表示`, `释法说理`, `担任听证员` after the roster; r107, a Hong
    # Kong owners' corporation's meeting, is held by the corporation only as its chairman presides, has a convenor of an
    # owners' group speak (`关注组召集人、A座业主某某在会上质疑`) and gives acts `报告`, `解释`, `提醒` in later paragraphs
    ("r106_tangchuan_jiancha_tingzhenghui", "roles"),
    ("r106_tangchuan_jiancha_tingzhenghui", "actions"),
    ("r107_yanming_yezhudahui_hk", "organizer"),
    ("r107_yanming_yezhudahui_hk", "people"),
    ("r107_yanming_yezhudahui_hk", "roles"),
    ("r107_yanming_yezhudahui_hk", "actions"),
    ("r107_yanming_yezhudahui_hk", "speakers"),
    # batch 37 (r108–r109), after its fixes: r108, a hospital's meeting with patients and conduct supervisors, joins two
    # groups of speakers with 和 (`A、B、C等5位行风监督员和D等3位患者代表先后发言`), titles its secretary by `院` and gives acts
    # `肯定`, `坦言`, `表示` after the roster; r109, a Taiwan township council's budget sitting, titles its vice-chair without the
    # council (`由副主席某某代理主持`) and gives acts `质询`, `认为`, `召集` in later paragraphs
    ("r108_maochuan_yihuan_zuotanhui", "roles"),
    ("r108_maochuan_yihuan_zuotanhui", "actions"),
    ("r109_lupu_daibiaohui_hant", "roles"),
    ("r109_lupu_daibiaohui_hant", "actions"),
    ("r109_lupu_daibiaohui_hant", "speakers"),
    # batch 38 (r110–r111), after its fixes: r110, a primary school's parents' committee meeting, names parents through their
    # children (`家委会主任、四（3）班某某同学家长某某`) and gives acts `坦言`, `肯定`, `转交` after the roster; r111, a Taiwan listed
    # company's shareholders' meeting, names a legal person's representative in brackets (`崧林投資（代表人某某）`) and gives
    # acts `致詞`, `報告…指出`, `當選` across the report
    ("r110_zhiyuan_jiaweihui_zuotanhui", "roles"),
    ("r110_zhiyuan_jiaweihui_zuotanhui", "actions"),
    ("r111_haosong_gudonghui_hant", "people"),
    ("r111_haosong_gudonghui_hant", "actions"),
    # batch 39 (r112–r113), after its fixes: r112, a port group's workers' congress, has two chairs by session, an absent
    # union head whose letter another reads, and a model worker whose team leader takes his award; r113, a Taiwan township
    # farmers' association's representatives' meeting, gives its auditor's and delegates' words after a clause of reporting
    # (`常務監事某某報告…，表示…`), joins guests with 及, and lists award winners (`頒發…獎牌給某某、某某等5人`)
    ("r112_fengcheng_gangwu_zhidaihui", "mentioned"),
    ("r112_fengcheng_gangwu_zhidaihui", "people"),
    ("r112_fengcheng_gangwu_zhidaihui", "roles"),
    ("r112_fengcheng_gangwu_zhidaihui", "actions"),
    ("r113_zhucheng_nonghui_daibiaohui_hant", "mentioned"),
    ("r113_zhucheng_nonghui_daibiaohui_hant", "people"),
    ("r113_zhucheng_nonghui_daibiaohui_hant", "roles"),
    ("r113_zhucheng_nonghui_daibiaohui_hant", "actions"),
    ("r113_zhucheng_nonghui_daibiaohui_hant", "speakers"),
    # batch 40 (r114–r115), after its fixes: r114, a county tax bureau's taxpayers' forum, gives its statements' verbs
    # after the roster (`指出…强调…要求`, `通报`, `反映`, `提出`: the acts convention) and one place visited before it
    # (`座谈会前，…走访了县经济开发区9家出口企业`); r115, a Taiwan city's meeting with neighbourhood chiefs, is named with its
    # holder and year before its series (`汀埔市政府114年度「市長與里長有約」北濱區座談會`: since batch 42 named without its
    # holder, read as organiser) and gives its second chair's acts after the roster (`當場允諾`, `總結時指示`)
    ("r114_huanchuan_shuiqi_zuotanhui", "actions"),
    ("r114_huanchuan_shuiqi_zuotanhui", "research"),
    ("r115_tingpu_lizhang_zuotanhui_hant", "actions"),
    # batch 41 (r116–r117), after its fixes: r116, a district court's forum with deputies and CPPCC members, writes its
    # president as `院党组书记、院长` (the court's 院 before the post) and a deputy's posts in three frames, and gives its
    # statements' verbs after the roster; r117, a Macau follow-up committee's closed meeting, is told through its chair's
    # briefing (`會後…會見傳媒`, `引述`, `轉述`, `直言`): the acts convention
    ("r116_yingjiang_fayuan_daibiao_zuotanhui", "roles"),
    ("r116_yingjiang_fayuan_daibiao_zuotanhui", "actions"),
    ("r117_qingquwan_tudi_genjin_mo", "actions"),
    # batch 42 (r118–r119), after its fixes: r118, a Singapore minister's dialogue with hawkers on a broadcaster's site,
    # names an absent agency head whose surname is also a joining word (`总裁暨国华…未能到场`), gives two hawkers by a
    # description of their trade (no post), its statements' verbs after the roster (`回应时说`, `在会上宣布`: the acts
    # convention) and the association's survey before the dialogue (`走访了全岛32个小贩中心`, no research team named);
    # r119, a Taiwan university's president meeting students, gives its acts after the roster and its chief secretary's
    # count of the questions after the meeting (`會後說明`), which the golden counts as speaking
    ("r118_danlin_xiaofan_duihuahui_sg", "mentioned"),
    ("r118_danlin_xiaofan_duihuahui_sg", "roles"),
    ("r118_danlin_xiaofan_duihuahui_sg", "actions"),
    ("r118_danlin_xiaofan_duihuahui_sg", "research"),
    ("r119_yiling_daxue_xiaozhang_zuotanhui_hant", "actions"),
    ("r119_yiling_daxue_xiaozhang_zuotanhui_hant", "speakers"),
    # batch 43 (r120–r121), after its fixes: r120, a mainland police station's meeting with residents, and r121, a Macau
    # association's security forum with both police forces (ranks after names, `警務總長`), give their statements' verbs
    # after the roster (`通报`, `指出…表示`, `续称`): the acts convention
    ("r120_yanjiaqiao_jingmin_kentanhui", "actions"),
    ("r121_cuizhou_zhian_zuotanhui_mo", "actions"),
    # batch 44 (r122–r123), after its fixes: r122, a district market-regulation bureau's consumer-rights forum, and r123, a
    # Taiwan councillor's site inspection on one road, give their statements' verbs after the roster (`指出…要求`, `介绍`,
    # `则说`, `追问`): the acts convention; r123's questionnaire by the councillor's office before the meeting (`服务处2月间…
    # 发放问卷，回收312份`) is its research, which no research marker or team opens (r91's survey by an association is not)
    ("r122_tangpu_xiaofei_weiquan_kentanhui", "actions"),
    ("r123_nanxing_lu_kanchahui_hant", "actions"),
    ("r123_nanxing_lu_kanchahui_hant", "research"),
    # batch 45 (r124–r125), after its fixes: r124, a county's Spring Festival meeting with natives living away (dated 正月初四),
    # and r125, a city commerce bureau's roundtable of European firms (a converter's Traditional copy), give their statements'
    # verbs after the roster (`他指出…他希望…他要求`, `在主持时介绍`): the acts convention; r124's visit before the meeting
    # (`会前，与会乡贤参观了…`) is no research a marker opens; r125's meeting keeps its city and `（欧洲企业专场）` in the
    # golden, its theme is read from no 围绕/就 phrase, a firm's name with its place in brackets cuts a title, and its requests
    # collected before the meeting (`会前…共收集问题诉求31条`) are no research
    ("r124_cenyuan_xiangxian_zuotanhui", "actions"),
    ("r124_cenyuan_xiangxian_zuotanhui", "research"),
    ("r125_fengmei_waiqi_yuanzhuohui_hant", "meeting"),
    ("r125_fengmei_waiqi_yuanzhuohui_hant", "theme"),
    ("r125_fengmei_waiqi_yuanzhuohui_hant", "roles"),
    ("r125_fengmei_waiqi_yuanzhuohui_hant", "actions"),
    ("r125_fengmei_waiqi_yuanzhuohui_hant", "research"),
    # batch 46 (r126–r127), after its fixes: r126, a city CPPCC's consultation on three key proposals, and r127, a Taiwan
    # county head's meeting with fishermen in Traditional, give their statements' verbs after the roster (`她认为…建议`,
    # `回应…说明…坦言`): the acts convention; r127's theme is its purpose clause (`為了解沿海漁民作業困境，…舉行`) beside the
    # quoted name the lead gives, its holder only the site's header (`霞澳縣政府全球資訊網`) and the head's `率縣府團隊`, its
    # association's chair and secretary-general share one body before `、` (`鷺尾區漁會理事長某某、總幹事某某`), a county head's
    # title keeps the county's name (`霞澳縣長`), a boat's name keeps its quotes, and the secretary-general's turn opens with
    # `接著代表漁會提出`
    ("r126_mengchuan_tian_duban_xieshanghui", "actions"),
    # batch 47 (r128–r129), after its fixes: r128, a city's forum with riders, couriers and drivers, gives its statements' verbs
    # after the roster (`他坦言…他建议`, `指出…表示…要求`: the acts convention), and a station visited first on a road
    # (`来到澄湾区江滨路“暖新驿站”`) as a place the research went to; r129, a Macau tripartite plenary in Traditional, gives
    # the sides as paragraph heads (`僱員代表方面，某某…`: each member's 僱員代表 role) and its statements' verbs after the roster
    ("r128_ruojiang_xinjiuye_zuotanhui", "actions"),
    ("r128_ruojiang_xinjiuye_zuotanhui", "research"),
    ("r129_shexie_zuidigongzi_quanti_hant", "roles"),
    ("r129_shexie_zuidigongzi_quanti_hant", "actions"),
    # batch 48 (r130–r131), after its fixes: r130, a county's forum with homestay owners, gives its statements' verbs after
    # the roster (the acts convention) and a site visit to one village (`走进茗溪镇云栖坞村`) as the research's place; r131, a
    # LegCo panel's special meeting in Traditional, gives a post's bureau in the sentence before it (`環境及生態局局長某某…由副局長
    # 某某`: 环境及生态局副局长) and its statements' verbs after the roster
    ("r130_xiuchuan_minsu_zuotanhui", "actions"),
    ("r130_xiuchuan_minsu_zuotanhui", "research"),
    ("r131_yusheng_yinpin_huishou_hant", "roles"),
    ("r131_yusheng_yinpin_huishou_hant", "actions"),
    # batch 49 (r132–r133), after its fixes: r132, a village co-operative's dividend meeting on a township portal's repost,
    # names the meeting and the co-operative after the county and the town (`槠溪县泓桥镇砚滩村股份经济合作社…`, the golden
    # keeps the village's own), gives one standing in a scene no roster reads (`79岁的老股东某某接过分红明细单`) and its
    # statements' verbs after the roster; r133, a Taiwan developer's explanation meeting in Traditional, is held by a
    # company the lead names a long clause before `舉辦` (no organizer read) and gives its statements' verbs after the roster
    ("r132_yantan_fenhong_dahui", "meeting"),
    ("r132_yantan_fenhong_dahui", "organizer"),
    ("r132_yantan_fenhong_dahui", "roles"),
    ("r132_yantan_fenhong_dahui", "actions"),
    ("r133_xiqian_guangdian_shuominghui_hant", "organizer"),
    ("r133_xiqian_guangdian_shuominghui_hant", "actions"),
    # batch 50 (r134–r135), after its fixes: r134, a city's water price hearing, names no theme but its name (`城市供水价格调整
    # 听证会`), its holder without the city (`由市发展和改革委员会组织`, the city only in the lead's name), gives the chair's post at the hearing (`担任听证会主持人`) and a list's second body (`市发改委…、收费管理科科长…`)
    # only in passing, and its statements' verbs after the roster; r135, a developer's own urban-renewal hearing in Traditional,
    # names its holder as the 實施者 a clause before the date, its owners by door and floor (`10號5樓的某某`), and its
    # statements' verbs after the roster
    ("r134_lixun_shuijia_tingzhenghui", "theme"),
    ("r134_lixun_shuijia_tingzhenghui", "organizer"),  # (`由市发展和改革委员会组织`; the golden keeps the page's 澧浔市…)
    ("r134_lixun_shuijia_tingzhenghui", "roles"),
    ("r134_lixun_shuijia_tingzhenghui", "actions"),
    ("r135_songgang_rongxi_dugeng_hant", "theme"),
    ("r135_songgang_rongxi_dugeng_hant", "organizer"),
    ("r135_songgang_rongxi_dugeng_hant", "roles"),
    ("r135_songgang_rongxi_dugeng_hant", "actions"),
    # batch 51 (r136–r137), after its fixes: r136, a Malaysian Chinese paper's new-village dialogue, names its theme only with
    # the village before the meeting's quoted name, its two holders joined by 与 (the golden lists them with 、), a portfolio
    # title that holds a 、 (`柏州房屋、地方政府及新村事务行政议员`), residents by lane only (`第3巷的某某`), and its statements'
    # verbs after the roster; r137, a Hong Kong estate's redevelopment briefing, names a shop owner only as `某太` (a form of
    # address, read as no one's name), its residents by block and floor, and its statements' verbs after the roster
    ("r136_shuangxi_langan_xincun_diqi", "theme"),
    ("r136_shuangxi_langan_xincun_diqi", "organizer"),
    ("r136_shuangxi_langan_xincun_diqi", "roles"),
    ("r136_shuangxi_langan_xincun_diqi", "actions"),
    ("r137_lifeng_chongjian_jianjiehui_hant", "people"),
    ("r137_lifeng_chongjian_jianjiehui_hant", "roles"),
    ("r137_lifeng_chongjian_jianjiehui_hant", "actions"),
    ("r137_lifeng_chongjian_jianjiehui_hant", "speakers"),
    # batch 54 (r142–r143), after its fixes: r142, a veterans affairs bureau's forum, states two purposes in one clause
    # (`为…，帮助…`), names a relief recipient only as the first of a count (`为某某等5名…发放了慰问金`), gives a stand-in's
    # county only by context (`委托人武部副部长…`), and its statements' verbs (`透露`, `签订授信协议`) after the roster;
    # r143, a Macau association's legislators' forum, names its session after the meeting (`…座谈会泓岸区场次`), states its
    # purpose after the name (`向街坊汇报…，同场收集社情民意`), gives the organiser only by its office, and knows two residents
    # by description only (roles of no title)
    ("r142_shuchuan_laobing_zuotan", "theme"),
    ("r142_shuchuan_laobing_zuotan", "people"),
    ("r142_shuchuan_laobing_zuotan", "roles"),
    ("r142_shuchuan_laobing_zuotan", "actions"),
    ("r142_shuchuan_laobing_zuotan", "research"),
    ("r143_hongan_yiyuan_zuotan_hant", "meeting"),
    ("r143_hongan_yiyuan_zuotan_hant", "theme"),
    ("r143_hongan_yiyuan_zuotan_hant", "organizer"),
    ("r143_hongan_yiyuan_zuotan_hant", "roles"),
    ("r143_hongan_yiyuan_zuotan_hant", "actions"),
    # batch 55 (r146–r147), after their fixes: r146 is a county bureau's forum with heritage inheritors — the leader's remarks
    # give no theme read, its organiser pair (`由A主办、B承办`) is read as the first only, an apprentice named in a speaker's
    # paragraph is no mention read, an inheritor's title given as `X是…代表性传承人` is read as `传承人` only, acts told without
    # a verb of the roster (`作了说明`, `坦言`) are not all read, and the company's manager who speaks two sentences after his
    # `不时插话` is no speaker read; r147 is a Taiwan county's hearing on merging a school — its name as the golden writes it
    # (two names), the hour of `晚間7時` (dates are kept to the part of day), the two options as no theme, the department as
    # `教育處` only, roles written with their school (`石硿國小校長`, the golden's), acts like `接下連署書`, and the councillor
    # who `到場聲援，建議…` is no speaker read
    ("r146_huoyang_chuanchengren", "theme"),
    ("r146_huoyang_chuanchengren", "organizer"),
    ("r146_huoyang_chuanchengren", "mentioned"),
    ("r146_huoyang_chuanchengren", "roles"),
    ("r146_huoyang_chuanchengren", "actions"),
    ("r146_huoyang_chuanchengren", "speakers"),
    ("r147_shikong_bingxiao_hant", "meeting"),
    ("r147_shikong_bingxiao_hant", "date"),
    ("r147_shikong_bingxiao_hant", "theme"),
    ("r147_shikong_bingxiao_hant", "organizer"),
    ("r147_shikong_bingxiao_hant", "roles"),
    ("r147_shikong_bingxiao_hant", "actions"),
    ("r147_shikong_bingxiao_hant", "speakers"),
    # batch 54 (r144–r145), after their fixes: r144 is a university's staff congress over two days — its name keeps the
    # university and not the session (`第四次会议` only in the headline's short form), its span `3月14日至15日` is read as
    # the first day, the agenda it reviews is no theme read, the union that runs it is no organiser, the platform roster's
    # `校领导` is kept as a role and reports by subject (`作财务工作报告`) are read as `作报告`; r145 is a Taiwan tribe's
    # consent vote — its name stands alone (the project in brackets is the golden's), `昨天上午9點` gives no part of day to
    # the lead's `18日`, `就…進行諮商同意表決` is no theme read, the tribe as organiser is not, a resident introduced by age and
    # own-tongue name takes no role, and the chief who speaks in his language (`用族語說`) is no speaker read
    ("r144_huanchuan_jiaodaihui", "meeting"),
    ("r144_huanchuan_jiaodaihui", "date"),
    ("r144_huanchuan_jiaodaihui", "theme"),
    ("r144_huanchuan_jiaodaihui", "organizer"),
    ("r144_huanchuan_jiaodaihui", "roles"),
    ("r144_huanchuan_jiaodaihui", "actions"),
    ("r145_daluwan_buluohuiyi_hant", "meeting"),
    ("r145_daluwan_buluohuiyi_hant", "date"),
    ("r145_daluwan_buluohuiyi_hant", "theme"),
    ("r145_daluwan_buluohuiyi_hant", "organizer"),
    ("r145_daluwan_buluohuiyi_hant", "roles"),
    ("r145_daluwan_buluohuiyi_hant", "actions"),
    ("r145_daluwan_buluohuiyi_hant", "speakers"),
    # batch 53 (r140–r141), after its fixes: r140, a liaison station's reception of voters, names its theme by two events
    # joined with 暨, lists a deputy away on business who took part remotely in a clause of its own after his absence, a voter
    # known only as 冉先生, residents by flat, age and trade, and its statements' verbs (通报, 透露, 坐诊) after the roster;
    # r141, a Hong Kong consultation session, states its purpose only as the head of government's listening, names the
    # government as organiser only by its officials, and knows two residents as 宦先生 and Kitty
    ("r140_heting_lianluozhan_jiedai", "theme"),
    ("r140_heting_lianluozhan_jiedai", "mentioned"),
    ("r140_heting_lianluozhan_jiedai", "people"),
    ("r140_heting_lianluozhan_jiedai", "roles"),
    ("r140_heting_lianluozhan_jiedai", "actions"),
    ("r140_heting_lianluozhan_jiedai", "speakers"),
    ("r140_heting_lianluozhan_jiedai", "research"),
    ("r141_luwan_shizheng_zixunhui_hant", "theme"),
    ("r141_luwan_shizheng_zixunhui_hant", "organizer"),
    ("r141_luwan_shizheng_zixunhui_hant", "people"),
    ("r141_luwan_shizheng_zixunhui_hant", "actions"),
    ("r141_luwan_shizheng_zixunhui_hant", "speakers"),
    # batch 52 (r138–r139), after its fixes: r138, a stairwell's lift meeting, names its theme only by the purpose it was
    # held for (`为破解…“上下楼难”问题`), counts the lift group's members at the meeting only by the group sitting there,
    # introduces two residents by their flats (`住在101室的某某今年68岁`, no title), and its statements' verbs after the
    # roster; r139, a Taiwan legislator's 協調會, names no theme, and its statements' verbs (`邀集`, `先行離席`) after the roster
    ("r138_fenglin_jiati_yishihui", "theme"),
    ("r138_fenglin_jiati_yishihui", "people"),
    ("r138_fenglin_jiati_yishihui", "roles"),
    ("r138_fenglin_jiati_yishihui", "actions"),
    ("r139_dinggou_zaishengchang_xietiaohui_hant", "theme"),
    ("r139_dinggou_zaishengchang_xietiaohui_hant", "actions"),
    ("r127_xiaao_yumin_zuotanhui_hant", "theme"),
    ("r127_xiaao_yumin_zuotanhui_hant", "organizer"),
    ("r127_xiaao_yumin_zuotanhui_hant", "roles"),
    ("r127_xiaao_yumin_zuotanhui_hant", "actions"),
    ("r127_xiaao_yumin_zuotanhui_hant", "speakers"),
    ("r78_yituo_anquan_jinji_huiyi", "actions"),
    ("r79_tangxu_xiangcun_peixunban_kaiban_hant", "theme"),
    ("r79_tangxu_xiangcun_peixunban_kaiban_hant", "roles"),
    ("r79_tangxu_xiangcun_peixunban_kaiban_hant", "actions"),
    ("r76_jitang_jingji_yunxing_fenxihui", "mentioned"),
    ("r76_jitang_jingji_yunxing_fenxihui", "actions"),
    ("r76_jitang_jingji_yunxing_fenxihui", "speakers"),
    ("r77_yingpu_shuji_jiefangri_hant", "meeting"),
    ("r77_yingpu_shuji_jiefangri_hant", "people"),
    ("r77_yingpu_shuji_jiefangri_hant", "mentioned"),
    ("r77_yingpu_shuji_jiefangri_hant", "roles"),
    ("r77_yingpu_shuji_jiefangri_hant", "actions"),
    ("r77_yingpu_shuji_jiefangri_hant", "speakers"),
    ("r74_qilan_renda_changweihui", "organizer"),
    ("r74_qilan_renda_changweihui", "people"),
    ("r74_qilan_renda_changweihui", "mentioned"),
    ("r74_qilan_renda_changweihui", "actions"),
    ("r74_qilan_renda_changweihui", "speakers"),
    ("r74_qilan_renda_changweihui", "research"),
    ("r75_chengshui_wenzheng_hant", "meeting"),
    ("r75_chengshui_wenzheng_hant", "actions"),
    ("r75_chengshui_wenzheng_hant", "roles"),  # (the host's job: `县融媒体中心主持人` is read as the chair's, no role)
    ("r75_chengshui_wenzheng_hant", "speakers"),
    ("r72_hengchuan_zhengxiaoqi_duijie", "organizer"),
    ("r72_hengchuan_zhengxiaoqi_duijie", "actions"),
    ("r72_hengchuan_zhengxiaoqi_duijie", "research"),
    ("r73_huanchuan_dongyuan_bushu_hant", "organizer"),
    ("r73_huanchuan_dongyuan_bushu_hant", "mentioned"),
    ("r73_huanchuan_dongyuan_bushu_hant", "people"),
    ("r73_huanchuan_dongyuan_bushu_hant", "roles"),
    ("r73_huanchuan_dongyuan_bushu_hant", "actions"),
    # batch 16 (r64–r65), after its fixes: r64 is a meeting with visitors (会见) — its lead dates it `昨（6）日下午`,
    # which the date reader does not take (a caption's `11月6日下午` is read instead); a visitor listed as
    # `某集团董事长A、总裁B` keeps the bare 总裁 (the body is the first item's); the chairman's `转达了…问候` after
    # `感谢…，并` is no roster action. r65 is a chamber's election assembly: `委托某某转达了…祝贺`, `作了…报告和章程修改
    # 说明` (the second of two reports) and a donation (`当场…捐赠50万元`) are not read as actions
    ("r64_tangzhu_huijian_hanzhou", "date"),
    ("r64_tangzhu_huijian_hanzhou", "roles"),
    ("r64_tangzhu_huijian_hanzhou", "actions"),
    ("r65_quzhou_tanao_shanghui_huanjie_hant", "actions"),
    # batch 15 (r62–r63), after its fixes: r62 is a delegation's deliberation at a provincial congress — its
    # meeting is the deliberation (`…桐溪代表团，与代表们一起审议政府工作报告`), held `审议在…驻地…会议室进行` (no
    # meeting word holds the place), its organiser the delegation, and the leader `来到…代表团` takes part with no
    # action verb (插话, 讲话 after a long account); r63 is an industry forum — a firm's English name in brackets is
    # dropped from a title (`星衍智能（Starveil AI）联合创始人…`), and the round-table speakers' action is the verb of
    # their words (直言, 提醒) where the golden says 圆桌对话, a joint unveiling (`A与B共同为…揭牌`) is no action
    ("r62_tongxi_daibiaotuan_shenyi", "meeting"),
    ("r62_tongxi_daibiaotuan_shenyi", "place"),
    ("r62_tongxi_daibiaotuan_shenyi", "theme"),
    ("r62_tongxi_daibiaotuan_shenyi", "organizer"),
    ("r62_tongxi_daibiaotuan_shenyi", "actions"),
    ("r63_yunqiao_jushen_zhineng_dahui_hant", "roles"),
    ("r63_yunqiao_jushen_zhineng_dahui_hant", "actions"),
    # batch 14 (r60–r61), after its fixes: r60 is a consultation on a draft regulation — held `在…基层立法联系点`
    # with the room given after (`会场设在…二楼`, read as the place), its organiser `A会同B，在这里就…听取基层意见`
    # is no subject of a meeting verb, the theme keeps only what the views were heard on, a resident is given
    # no title (he is only `一位满头白发的老人` until `老人名叫某某`), and each speaker's action is the verb of
    # their first words (认为, 坦言, 指出) where the golden says 发言; r61 is a press conference — its time
    # `今天上午10时` keeps no hour, its subject is only in the name and the agenda (`介绍今冬城区供热保障工作情况`),
    # the host's `今天我们请到了市住建局副局长某某` gives a fuller title than the lead's bare 副局长, and those
    # who `出席发布会并回答记者提问` keep 出席
    ("r60_lumenfang_tiaoli_zhengqiu_yijian", "place"),
    ("r60_lumenfang_tiaoli_zhengqiu_yijian", "theme"),
    ("r60_lumenfang_tiaoli_zhengqiu_yijian", "organizer"),
    ("r60_lumenfang_tiaoli_zhengqiu_yijian", "roles"),
    ("r60_lumenfang_tiaoli_zhengqiu_yijian", "actions"),
    ("r61_cenyang_gongre_fabuhui_hant", "date"),
    ("r61_cenyang_gongre_fabuhui_hant", "theme"),
    ("r61_cenyang_gongre_fabuhui_hant", "roles"),
    ("r61_cenyang_gongre_fabuhui_hant", "actions"),
    # batch 13 (r58–r59), after its fixes: r58 is a price hearing — its panel is seated, not rostered
    # (`两侧分别是A和B`: no action, so 宓某 stays in passing), its hearing roles (听证人, 参加人, 旁听人) are groups
    # the people are introduced with, not titles, what each participant did is a stance (支持/同意/直言) where
    # the golden says 发言, and the one absent (`消费者参加人某某因病请假`) is not read as mentioned; r59's purpose
    # is three clauses (通报…，查摆…，安排部署…), of which only the last is read, a project's 总指挥 gets no project
    # name, and `主持会议并作总结` gives no 作总结
    ("r58_qiwu_shuijia_tingzhenghui", "mentioned"),
    ("r58_qiwu_shuijia_tingzhenghui", "people"),
    ("r58_qiwu_shuijia_tingzhenghui", "roles"),
    ("r58_qiwu_shuijia_tingzhenghui", "actions"),
    ("r58_qiwu_shuijia_tingzhenghui", "speakers"),
    ("r59_yizhou_xiangmu_diaoduhui_hant", "theme"),
    ("r59_yizhou_xiangmu_diaoduhui_hant", "roles"),
    ("r59_yizhou_xiangmu_diaoduhui_hant", "actions"),
    # batch 12 (r56–r57), after its fixes: `A和B作为企业代表先后发言` gives B the title `A和…副总经理` (r56), the
    # people heard only in `【同期声】` have `说` for their action, and the walk round (`来到…厂房里`, `先后来到A和B`)
    # is no research; the people of r57's `【又訊】` story are dropped with that story, and the convenor of the group the
    # meeting set up (`由委员某某担任召集人`) keeps no post of it (召集人 is no title). (Fixed since: r56's chair, the
    # subject of `县委书记某某带领…来到…，随后在…主持召开现场办公会`, and its purpose after the meeting word; r57's theme,
    # what the meeting heard, `听取…介绍…计划`, once the page's lines above the lead are furniture; r57's roster
    # `出席委员包括A、B、Miguel Sequeira Lobo、区某…等`, with the Latin name, and what he said after the meeting.)
    ("r56_xiuchuan_xianchang_bangonghui", "roles"),
    ("r56_xiuchuan_xianchang_bangonghui", "actions"),
    ("r56_xiuchuan_xianchang_bangonghui", "speakers"),
    ("r56_xiuchuan_xianchang_bangonghui", "research"),
    ("r57_wangyang_shezihui_mo", "mentioned"),
    ("r57_wangyang_shezihui_mo", "roles"),
    ("r57_wangyang_shezihui_mo", "actions"),
    # batch 11 (r54–r55), after its fixes: r55's theme is only its headline's topic before `｜` (the lead says
    # 出席「…交流會」 and the visit's `視察…排隊情況`); its convenor gets the 出席 of the clause after
    # `應立法會議員某某邀約，…霍某…到某邨，` (that 出席 is the official's)
    ("r55_queling_jiaotong_jiaoliu_hk", "theme"),
    ("r55_queling_jiaotong_jiaoliu_hk", "actions"),
    # batch 10 (r52–r53), after its fixes: r52's top leader `出席…并讲话` only as 县委主要领导 (named in a section
    # heading later); r53 has no stated theme (the lead's `请群众面对面“审”…` is its purpose)
    ("r52_hengze_yuanshi_jianbao", "actions"),
    ("r53_zhiwan_yusuan_kentan_hant", "theme"),
    # batch 9 (r50–r51), after its fixes: r50 is a chamber's own page (`我会…`), its full name only in the site header
    # and footer; `他重点推介了…` (a pronoun) and `谭某与…沙某签署了…` add no action; r51's theme is the quoted
    # name after 召开 (no theme phrase; its organisers, the two councillors who `邀集`, are read since r123); two people attend by
    # proxy (`里长陈某由里干事王某代表出席`, the 立委's office), and a foreign manager speaks in English
    # (`…厂长傅某（Markus Vogt）以英语发言：` then a paragraph in English)
    ("r50_lizhou_qiuchuan_shanghui", "organizer"),
    ("r50_lizhou_qiuchuan_shanghui", "actions"),
    ("r51_xizhou_yuanqu_xietiaohui_hant", "people"),
    ("r51_xizhou_yuanqu_xietiaohui_hant", "actions"),
    # batch 7 (r48–r49, feature-style reports), after its fixes: r48's organiser is only in a background sentence
    # (`政企早茶会是泊岚县委、县政府…推出的一项政企沟通机制`); 郜明川's `现场作了分类梳理` is no speaking action; r49's
    # `由协进会会长关梓朗及郁展鹏担任主持人` gives 郁展鹏 the title before 及 (his own, 立法会议员, is only in the organiser)
    ("r48_polan_zhengqi_zaochahui", "organizer"),
    ("r48_polan_zhengqi_zaochahui", "speakers"),
    ("r49_yuwan_zhongxiaoqi_yuanzhuo_hk", "roles"),
    # batch 6 (r46–r47), after its fixes: r46's theme is the proposal's title in 《》 (the lead's 旨在 clause wins), and titles
    # before `A、B、C作为提案人代表发言` are not joined (骆承泽 before `，以及提案人、…共30余人参加` is a participant since 提案人
    # is no one's name, genre non_names); r47's theme is cut at the half-width bracket inside 《…（征求意见稿）》
    ("r46_liaochuan_tian_banli", "theme"),
    ("r46_liaochuan_tian_banli", "roles"),
    ("r47_tiaoyang_dangwai_zuotan_hant", "theme"),
    # batch 5 (r38–r41), after its fixes: what extraction still misses, one line per kind
    ("r38_xiayu_diaoyan_zuotan", "research"),  # the leader's own visit (率队深入A、B) is not read as research
    ("r39_cenzhou_tuijie_hant", "actions"),  # `A与B代表双方签署了…协议`: 签署 is no action of either
    # r41, a Macau association's general meeting with elections: `…会员大会暨理监事会换届选举` is cut at 暨
    # after a long name; the officers
    # elected afterwards (`选出…为会长…`) and their 当选 are not read as participants and actions; titles
    # in brackets given in a later sentence are not joined to the speaker
    ("r41_lingxi_tongxianghui_mo", "meeting"),
    ("r41_lingxi_tongxianghui_mo", "roles"),
    ("r41_lingxi_tongxianghui_mo", "actions"),
    # r42–r45 (issue 9's last blind reports): r44, a 人大常委会 inspection that ends in a meeting — the
    # sites the team visited first (来到A、B…等4个点位) are not read as research, `A、B，秘书长C参加视察，副市长D陪同`
    # gives all four 陪同 (fixed since: `…常委会农业与农村委员会` yielded a false name, 会农业, until a name that
    # ends with a body's word was none)
    ("r44_lanze_gongshui_hant", "research"),
    ("r44_lanze_gongshui_hant", "actions"),
    # batch 57 (r148–r149), after their fixes: r148 is a county's wage-arrears coordination meeting — no purpose clause to
    # read a theme from, its organiser read as the leading office (`由…办公室牵头`) without the bodies it acts with (`会同…`,
    # the golden's), a worker told of in a foreman's paragraph is no mention read, the project manager who checks the roll
    # with no words is no participant read, the stand-in's title takes no body from the one he stands for, and acts told
    # with their object (`宣布了四条协调意见`, `通报了前期调查情况`) are read as the verb only; r149 is a Taiwan city bureau's
    # meeting on cutting a bus route's trips — its name without the route (`27路`, the golden's), no theme read, `市府交通局`
    # for the golden's `栗冈市政府交通局`, the two present only after `；…也到场` and a student introduced by her school with no
    # title are no participants read, roles without the company (`营运部经理`), and acts with their object (`裁示三点`)
    ("r148_qianxin_xietiao", "theme"),
    ("r148_qianxin_xietiao", "organizer"),
    ("r148_qianxin_xietiao", "mentioned"),
    ("r148_qianxin_xietiao", "people"),
    ("r148_qianxin_xietiao", "roles"),
    ("r148_qianxin_xietiao", "actions"),
    ("r149_gongche_jianban_hant", "meeting"),
    ("r149_gongche_jianban_hant", "theme"),
    ("r149_gongche_jianban_hant", "organizer"),
    ("r149_gongche_jianban_hant", "mentioned"),
    ("r149_gongche_jianban_hant", "people"),
    ("r149_gongche_jianban_hant", "roles"),
    ("r149_gongche_jianban_hant", "actions"),
    ("r149_gongche_jianban_hant", "speakers"),
}


def _golden_param(g: Path, field: str) -> object:
    gap = (golden.report_name(g), field) in KNOWN_GAPS
    marks = [pytest.mark.xfail(strict=True, reason="known extraction gap")] if gap else []
    return pytest.param(g, field, marks=marks, id=f"{golden.report_name(g)}-{field}")


@pytest.mark.parametrize(("golden_file", "field"), [_golden_param(g, f) for g, f in GOLDEN_CASES])
def test_golden_fact(golden_file: Path, field: str) -> None:
    check = golden.check_report(golden_file)[field]
    assert check.passed is not False, f"{golden.report_name(golden_file)} {field}: {check.detail}"


def test_golden_accuracy_table(capsys: pytest.CaptureFixture[str]) -> None:
    results = golden.run()
    text = golden.table(results)
    with capsys.disabled():
        print("\n\nExtraction accuracy against tests/reports/*.facts.yaml\n" + text)
    rows = text.splitlines()
    assert len(rows) == len(GOLDEN) + 2  # header, one row per report, the field row
    assert all(golden.report_name(g) in text for g in GOLDEN)
    overall = golden.accuracy(results)
    assert overall >= MIN_GOLDEN_ACCURACY, f"golden accuracy fell to {overall:.0%}:\n" + "\n".join(
        golden.failures(results)
    )


def test_precision_and_recall_per_report(capsys: pytest.CaptureFixture[str]) -> None:
    results = golden.run_precision_recall()
    text = golden.pr_table(results)
    with capsys.disabled():
        print("\n\nPrecision/recall against tests/reports/*.facts.yaml\n" + text)
    assert len(text.splitlines()) == len(GOLDEN) + 3  # header, one row per report, ALL, legend
    for kind, counts in golden.pooled(results).items():
        assert counts.precision >= MIN_PEOPLE_PR, (kind, counts)
        assert counts.recall >= MIN_PEOPLE_PR, (kind, counts)


def test_the_report_reads_any_folder(tmp_path: Path) -> None:
    for g in GOLDEN[:2]:
        (tmp_path / g.name).write_bytes(g.read_bytes())
        (tmp_path / golden.article_path(g).name).write_bytes(golden.article_path(g).read_bytes())
    assert list(golden.run(folder=tmp_path)) == [golden.report_name(g) for g in GOLDEN[:2]]
    assert golden.main(["--dir", str(tmp_path)]) == 0


# --- rules of the genre, on invented snippets (not the reports above) -----------------------


def _facts(raw: str) -> Facts:
    return extract(parse_article(raw, "synthetic"))


THEMES = [
    (
        "9月5日，全省某某座谈会在东州召开。座谈会围绕“稳住外贸基本盘”主题，听取企业意见。",
        "稳住外贸基本盘",
    ),
    ("省政协在北川召开专题协商会，围绕推进长江岸线整治协商议政。", "推进长江岸线整治"),
    (
        "省人大常委会18日在东州召开座谈会，就《某某条例（草案）》修改听取意见。",
        "《某某条例（草案）》修改",
    ),
    ("市政协召开月度协商会，就加快发展银发经济进行协商。", "加快发展银发经济"),
    ("省政协在东州召开“推动数字文旅发展”专题协商会。", "推动数字文旅发展"),
    (
        "昨日，全市工作会议召开。会议总结上半年工作，部署下一阶段重点任务，加快建设区域科创中心。",
        "区域科创中心",
    ),
    ("昨日，全市工作会议召开。会议部署今年全面推进城市更新重点任务。", "城市更新"),
    ("6日，市委召开常委会会议，研究部署推动制造业高质量发展工作。", "推动制造业高质量发展"),
    ("会议听取外贸企业对稳订单、拓市场的意见建议。", "稳订单、拓市场"),
    (
        "4月12日，推进会召开。会议总结2022年全省数字政府建设工作，部署下一阶段重点任务。",
        "数字政府建设",
    ),
    ("聚焦“专精特新”企业发展，省政协召开月度协商座谈会。", "“专精特新”企业发展"),
]


@pytest.mark.parametrize(("raw", "theme"), THEMES, ids=[t for _, t in THEMES])
def test_theme_is_the_most_specific_phrase_of_purpose(raw: str, theme: str) -> None:
    found = _facts(raw).theme
    assert found is not None and found.value == theme


def test_a_generic_purpose_is_no_theme() -> None:
    assert _facts("昨日，全市工作会议召开。会议部署下一阶段重点任务。").theme is None


ORGANISERS = [
    ("2023年9月14日，省政协在临江召开专题协商会。", "省政协"),
    ("新华社北京3月2日电 中华某某促进会2日在京召开专题座谈会。", "中华某某促进会"),
    ("5月20日，全省营商环境大会在东州举行。大会由省工商联主办，省商会承办。", "省工商联"),
    ("9月5日下午，市政府与省商务厅联合举办的招商推介会在东州举行。", "市政府与省商务厅"),
    ("6月17日，全省民营企业发展座谈会在云州召开。", None),
    # a meeting named only by a body, an ordinal and a kind: the body holds it, the leader chairs
    ("新华社北京5月8日电 国务院总理李明8日主持召开国务院常务会议。", "国务院"),
    ("12月2日下午，省长邬某远主持召开省政府第42次常务会议。", "省政府"),
    ("3月5日，省政协十二届常委会第八次会议在东州召开。", "省政协常委会"),
    ("3月5日，省长邬某远主持召开全省安全生产工作会议。", None),
    ("3月5日，省长邬某远主持召开省政府与企业家座谈会。", None),
    # Hong Kong and Macau: the time and the venue after the body (于…, 假…), a name in brackets kept
    ("澳门某同乡联谊会于十月十二日晚假南湾某酒楼举行青年座谈会。", "澳门某同乡联谊会"),
    ("香港某工商总会青年委员会昨日（十一月十九日）下午假湾仔某酒店举行座谈会。", "香港某工商总会青年委员会"),
    ("5月15日下午，某区工商联（总商会）在某国际会议中心召开座谈会。", "某区工商联（总商会）"),
    ("某某座谈会召开。座谈会假某国际会议中心举行。", None),
]


@pytest.mark.parametrize(("raw", "organiser"), ORGANISERS, ids=[str(o) for _, o in ORGANISERS])
def test_organiser_is_who_held_the_meeting(raw: str, organiser: str | None) -> None:
    found = _facts(raw).organizer
    assert (found.value if found else None) == organiser


def test_a_bare_day_takes_the_month_of_a_dateline_on_the_same_day() -> None:
    found = _facts("新华社北京3月2日电（记者 某某）中华某某促进会2日在京召开座谈会。")
    assert found.date is not None and found.date.value.text == "3月2日"
    # 在京, and the dateline says 北京
    assert found.place is not None and found.place.value == "北京"
    assert "某某" not in {p.name for p in found.people}


def test_a_bare_day_before_the_datelines_takes_its_month() -> None:
    found = _facts("本报兰津6月29日讯（记者 简某）28日，全市人才工作推进会在市委党校召开。")
    assert found.date is not None and found.date.value.text == "6月28日"
    assert found.article.dateline == "6月29日"
    later = _facts("本报兰津7月2日讯（记者 简某）30日，全市人才工作推进会在市委党校召开。")  # the month before
    assert later.date is not None and later.date.value.text == "6月30日"


def test_the_time_of_day_is_kept_with_the_date() -> None:
    assert _facts("16日上午，全市外贸座谈会在市民中心召开。").date.value.text == "16日上午"  # type: ignore[union-attr]
    assert _facts("昨天下午，在沪召开的长三角座谈会上，代表们交流发言。").place.value == "上海"  # type: ignore[union-attr]


ACTIONS = [
    ("副省长谭某远到会听取意见并讲话。", "谭某远", ("到会", "讲话")),
    ("促进会会长詹某航主持会议并讲话。", "詹某航", ("主持", "讲话")),
    ("副省长闵某禾到会协商。", "闵某禾", ("到会", "协商")),
    ("市委副书记窦某远对具体工作作安排部署。", "窦某远", ("作安排部署",)),
    ("青年人才代表滕某溪、戴某博分享了创业经历。", "戴某博", ("分享",)),
    ("省文化和旅游厅厅长符某东作了回应。", "符某东", ("回应",)),
    ("市委常委、秘书长王某宣读了表彰决定。", "王某", ("宣读",)),
    ("副市长尤某明作工作报告。", "尤某明", ("作工作报告",)),
    ("国务院总理李某8日主持召开国务院常务会议。", "李某", ("主持",)),
]


@pytest.mark.parametrize(("raw", "name", "actions"), ACTIONS, ids=[a[1] for a in ACTIONS])
def test_every_action_of_a_roster_clause(raw: str, name: str, actions: tuple[str, ...]) -> None:
    person = _facts(raw).person(name)
    assert person is not None and person.actions == actions
    assert name in speakers_or_chairs(_facts(raw))


def speakers_or_chairs(facts: Facts) -> list[str]:
    view = facts.as_dict()
    return [*view["speakers"], *view["chairs"]]  # type: ignore[misc]


def test_a_relayed_leader_is_mentioned_not_a_participant() -> None:
    found = _facts(
        "16日，全市座谈会召开。会议传达学习了省长陶某新在全省电视电话会议上的讲话精神。市委书记桂某阳出席并讲话。"
    )
    assert [p.name for p in found.people] == ["桂某阳"]
    assert [(p.name, p.roles) for p in found.mentioned] == [("陶某新", ("省长",))]
    assert "陶某新" not in found.as_dict()["speakers"]  # type: ignore[operator]


def test_an_abbreviation_note_leaves_the_role() -> None:
    found = _facts(
        "会上，某某进出口有限公司（以下简称“某某公司”）总经理麦某华等8位企业负责人先后发言。"
    )
    person = found.person("麦某华")
    assert person is not None and person.roles[0] == "某某进出口有限公司总经理"
    assert "企业负责人" in person.roles  # '…等8位企业负责人': the group they belong to


def test_people_who_make_suggestions_about_a_topic_took_part() -> None:
    found = _facts("会上，民营企业家代表周某、吴某围绕融资、用地等问题提出意见建议。")
    assert {p.name: p.actions for p in found.people} == {
        "周某": ("提出意见建议",),
        "吴某": ("提出意见建议",),
    }
    assert [g.value for g in found.groups] == ["民营企业家代表"]


def test_named_people_who_share_a_role_speak_as_a_group() -> None:
    found = _facts("会上，企业家代表郑某明、冯某岚先后发言，围绕融资难等问题建言献策。")
    assert [g.value for g in found.groups] == ["企业家代表"]
    assert {p.name for p in found.people} == {"郑某明", "冯某岚"}


def test_a_newspaper_dateline_gives_the_month_and_leaves_the_organiser_clean() -> None:
    found = _facts("本报东州5月6日电 （记者 柯某）省政协6日上午在东州召开专题协商会。")
    assert found.date is not None and found.date.value.text == "5月6日上午"
    assert found.organizer is not None and found.organizer.value == "省政协"


def test_names_with_a_middle_dot_stay_in_a_list_after_one_title() -> None:
    found = _facts("自治区政协副主席阿某·吐尔某、白某东、买某提·阿不都某某，秘书长石某出席。")
    assert {p.name: (p.roles, p.actions) for p in found.people} == {
        "阿某·吐尔某": (("自治区政协副主席",), ("出席",)),
        "白某东": (("自治区政协副主席",), ("出席",)),
        "买某提·阿不都某某": (("自治区政协副主席",), ("出席",)),
        "石某": (("秘书长",), ("出席",)),
    }


@pytest.mark.parametrize(
    "raw",
    [
        "省政协常委蓝某，省政协委员江某、欧阳某某、努某·艾力在会上发言。",
        "省政协常委蓝某，省政协委员江某、欧阳某某、努某·艾力先后作了发言。",
        "省政协常委蓝某，省政协委员江某、欧阳某某、努某·艾力在协商会上先后发言。",
    ],
    ids=["zai-hui-shang", "zuo-le-fayan", "zai-xieshanghui-shang-xianhou"],
)
def test_every_member_of_a_speakers_list_spoke(raw: str) -> None:
    found = _facts(raw)
    assert {p.name: p.actions for p in found.people} == {
        "蓝某": ("发言",),
        "江某": ("发言",),
        "欧阳某某": ("发言",),
        "努某·艾力": ("发言",),
    }
    assert found.person("蓝某").roles == ("省政协常委",)  # type: ignore[union-attr]
    assert set(found.as_dict()["speakers"]) == {"蓝某", "江某", "欧阳某某", "努某·艾力"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "meeting"),
    [
        (
            "3月8日上午，东州市2024年一季度重大项目集中开工活动在东州经开区举行。",
            "东州市2024年一季度重大项目集中开工活动",
        ),
        ("5月6日，某某产业园项目签约仪式在东州举行。", "某某产业园项目签约仪式"),
        ("5月6日，东州文旅资源推介会在上海举行。", "东州文旅资源推介会"),
    ],
    ids=["huodong", "qianyue-yishi", "tuijiehui"],
)
def test_an_event_or_ceremony_is_a_meeting(raw: str, meeting: str) -> None:
    found = _facts(raw)
    assert found.meeting is not None and found.meeting.value == meeting


def test_who_announces_the_start_took_part_and_spoke() -> None:
    found = _facts("市委书记吕某宣布项目开工，市委副书记、市长莫某致辞。")
    assert {p.name: (p.roles, p.actions) for p in found.people} == {
        "吕某": (("市委书记",), ("宣布",)),
        "莫某": (("市委副书记", "市长"), ("致辞",)),
    }
    assert set(found.as_dict()["speakers"]) == {"吕某", "莫某"}  # type: ignore[arg-type]


def test_a_leader_whose_instruction_or_letter_was_relayed_is_only_mentioned() -> None:
    found = _facts(
        "会议通报了省委副书记、省长仇某对调研报告作出的批示。副省长岳某宣读了省委书记禹某明的贺信。"
    )
    assert {p.name: p.actions for p in found.people} == {"岳某": ("宣读",)}
    assert {p.name: p.roles for p in found.mentioned} == {
        "仇某": ("省委副书记", "省长"),
        "禹某明": ("省委书记",),
    }


def test_someone_named_in_passing_is_mentioned_not_a_participant() -> None:
    found = _facts("企业代表栾某发言。该项目由某某集团董事长骆某川去年来东州考察时签下。")
    assert [p.name for p in found.people] == ["栾某"]
    assert [(p.name, p.roles) for p in found.mentioned] == [("骆某川", ("某某集团董事长",))]


def test_words_after_a_title_are_no_passing_mention() -> None:
    found = _facts(
        "市委书记戚某出席并讲话。他强调，各级领导干部要靠前服务。"
        "市政协副主席樊某，市政协秘书长车某参加。盛某在讲话中代表市委向企业表示祝贺。"
    )
    assert found.mentioned == ()


def test_he_refers_back_to_the_last_subject_even_without_a_statement_verb() -> None:
    found = _facts(
        "市委书记戚某出席并讲话，市长鲁某主持。\n"
        "戚某充分肯定了全市外贸工作取得的成绩。他强调，要稳住订单。他要求，各部门要靠前服务。"
        "他希望，企业坚定信心。"
    )
    said = found.said_by("戚某")
    assert [(s.verb, s.text) for s in said] == [
        ("强调", "要稳住订单。"),
        ("要求", "各部门要靠前服务。"),
        ("希望", "企业坚定信心。"),
    ]
    assert found.said_by("鲁某") == []


def test_he_after_a_visit_refers_to_the_visitor() -> None:
    found = _facts(
        "市委书记戚某出席，市长鲁某主持。\n"
        "鲁某表示，要抓紧推进。活动结束后，戚某一行察看了项目现场。他强调，要以项目建设推动高质量发展。"
    )
    assert [s.text for s in found.said_by("戚某")] == ["要以项目建设推动高质量发展。"]
    assert [s.text for s in found.said_by("鲁某")] == ["要抓紧推进。"]


def test_an_announcement_is_a_statement_and_what_happens_next_is_not() -> None:
    found = _facts("市委书记吕某出席。\n吕某宣布：“项目开工！”随后，与会领导为项目培土奠基。")
    assert [(s.verb, s.text) for s in found.said_by("吕某")] == [("宣布", "“项目开工！”")]


def test_members_who_say_something_together_are_a_group() -> None:
    found = _facts("委员们认为，养老服务仍有短板。委员们建议，要加大农村养老投入。")
    groups = [s for s in found.statements if s.group]
    assert [s.speaker for s in groups] == ["委员", "委员"]
    assert "加大农村养老投入" in groups[1].text


# --- the meeting as the speaker, ordinals ------------------------------------------------

EXECUTIVE_MEETING = (
    "12月2日下午，省长邬某远主持召开省政府第42次常务会议，研究部署森林防灭火等工作。\n"
    "会议听取了省应急管理厅关于森林防灭火工作的汇报。会议指出，今年全省降水偏少。"
    "会议强调，要严格野外火源管控。要加强扑火队伍建设。\n"
    "会议审议并原则通过《某某若干措施》。会议一致认为，民营经济是重要力量。会议还研究了其他事项。"
)


def test_what_the_meeting_itself_says_is_the_meetings() -> None:
    found = _facts(EXECUTIVE_MEETING)
    said = found.said_by("会议")
    assert [(s.verb, s.text) for s in said] == [
        ("听取", "省应急管理厅关于森林防灭火工作的汇报。"),
        ("指出", "今年全省降水偏少。"),
        ("强调", "要严格野外火源管控。"),
        ("强调", "要加强扑火队伍建设。"),  # a run of 要… goes on with the meeting's words
        ("审议并原则通过", "《某某若干措施》。"),
        ("认为", "民营经济是重要力量。"),
        ("研究", "其他事项。"),
    ]
    assert all(s.group for s in said)
    view = found.as_dict()
    assert view["speakers"] == [] and view["chairs"] == ["邬某远"]
    assert "会议" not in [g.value for g in found.groups]  # the meeting is no group of people


def test_an_ordinal_stays_in_the_meeting_name() -> None:
    found = _facts(EXECUTIVE_MEETING)
    assert found.meeting is not None and found.meeting.value == "省政府第42次常务会议"
    assert found.organizer is not None and found.organizer.value == "省政府"


def test_a_sentence_about_the_meeting_ends_a_speakers_words() -> None:
    found = _facts("市长鲁某出席并讲话。\n鲁某强调，要稳住订单。会议由副市长车某主持。")
    assert [s.text for s in found.said_by("鲁某")] == ["要稳住订单。"]
    assert found.said_by("会议") == []  # 会议由…主持 says nothing


def test_a_roster_sentence_ends_a_speakers_words() -> None:
    found = _facts(
        "市长鲁某出席并讲话，银行代表黎某发言。\n"
        "黎某介绍，已对3.6万户开展授信。"
        "企业代表、某机械有限公司总经理潘某和某农业科技有限公司董事长管某也作了发言。"
    )
    assert [s.text for s in found.said_by("黎某")] == ["已对3.6万户开展授信。"]
    assert {p.name: p.actions for p in found.people if p.name in ("潘某", "管某")} == {
        "潘某": ("发言",),
        "管某": ("发言",),
    }


# --- rosters: publishing, long lists ------------------------------------------------------


def test_who_publishes_a_list_took_part_and_spoke() -> None:
    found = _facts("市委金融办主任骆某鸣发布了今年首批重点融资需求项目清单。")
    assert {p.name: p.actions for p in found.people} == {"骆某鸣": ("发布",)}
    assert found.as_dict()["speakers"] == ["骆某鸣"]


@pytest.mark.parametrize(
    ("raw", "actions"),
    [
        ("市长鲁某出席发布会。", ("出席",)),
        ("副市长车某主持推介会并致辞。", ("主持", "致辞")),
    ],
    ids=["fabuhui", "tuijiehui"],
)
def test_a_meeting_word_after_an_action_is_no_second_action(
    raw: str, actions: tuple[str, ...]
) -> None:
    person = _facts(raw).people[0]
    assert person.actions == actions


def test_every_name_of_a_long_attendance_list_across_titles() -> None:
    found = _facts(
        "市领导阮某华、蒙某欣，市政协副主席滕某愚，市财政局局长萧某文，"
        "某银行东州分行行长宓某帆、某银行东州分行副行长庹某怡等出席会议。"
    )
    assert {p.name: (p.roles, p.actions) for p in found.people} == {
        "阮某华": (("市领导",), ("出席",)),
        "蒙某欣": (("市领导",), ("出席",)),
        "滕某愚": (("市政协副主席",), ("出席",)),
        "萧某文": (("市财政局局长",), ("出席",)),
        "宓某帆": (("某银行东州分行行长",), ("出席",)),
        "庹某怡": (("某银行东州分行副行长",), ("出席",)),
    }


# --- Hong Kong style ---------------------------------------------------------------------

HONG_KONG = (
    "由香港某某聯會主辦的「青年發展座談會」11月6日下午假座灣仔某某會議廳舉行,"
    "以「築夢 啟航」為主題。特區政府某某局副局長岑某琳擔任主禮嘉賓並致辭,"
    "聯會主席區某鋒主持座談會。立法會議員麥某朗、某某基金行政總裁姚某謙亦有出席。\n"
    "岑某琳致辭時表示,政府一直支持青年。她透露,明年將推出第二期計劃。"
    "區某鋒表示,聯會將與業界合作。會上,某某坊創辦人樊某詩及大學生代表伍某晴分享了創業經驗。"
)


def test_hong_kong_venue_theme_and_meeting_name() -> None:
    found = _facts(HONG_KONG)
    assert found.meeting is not None and found.meeting.value == "青年发展座谈会"
    assert found.place is not None and found.place.value == "湾仔某某会议厅"
    assert found.theme is not None and found.theme.value == "筑梦启航"
    assert found.organizer is not None and found.organizer.value == "香港某某联会"


def test_hong_kong_roster_guest_of_honour_attendance_and_sharing() -> None:
    found = _facts(HONG_KONG)
    assert {p.name: (p.roles, p.actions) for p in found.people} == {
        "岑某琳": (("特区政府某某局副局长",), ("主礼", "致辞")),
        "区某锋": (("联会主席",), ("主持",)),
        "麦某朗": (("立法会议员",), ("出席",)),
        "姚某谦": (("某某基金行政总裁",), ("出席",)),
        "樊某诗": (("某某坊创办人",), ("分享",)),
        "伍某晴": (("大学生代表",), ("分享",)),
    }
    assert set(found.as_dict()["speakers"]) == {"岑某琳", "区某锋", "樊某诗", "伍某晴"}  # type: ignore[arg-type]
    assert found.groups == ()


def test_any_statement_verb_after_a_pronoun_refers_back() -> None:
    found = _facts(HONG_KONG)
    assert [(s.verb, s.text) for s in found.said_by("岑某琳")] == [
        ("表示", "政府一直支持青年。"),
        ("透露", "明年将推出第二期计划。"),
    ]
    # the roster sentence after 区某锋's words is not more of them
    assert [s.text for s in found.said_by("区某锋")] == ["联会将与业界合作。"]


def test_a_bare_name_after_及_shares_the_title_before_it() -> None:
    found = _facts("青年代表郑某明及冯某岚分享了创业经历。")
    assert {p.name: (p.roles, p.actions) for p in found.people} == {
        "郑某明": (("青年代表",), ("分享",)),
        "冯某岚": (("青年代表",), ("分享",)),
    }


@pytest.mark.parametrize(
    ("raw", "place"),
    [
        ("11月6日，座谈会假座湾仔某某会议厅举行。", "湾仔某某会议厅"),
        ("座谈会于11月6日在东州举行。", "东州"),
        ("座谈会于东州会展中心举行。", "东州会展中心"),
        ("座谈会于昨日上午举行。", None),
    ],
    ids=["jiazuo", "yu-date-zai", "yu", "yu-time"],
)
def test_the_place_after_zai_jiazuo_or_yu(raw: str, place: str | None) -> None:
    found = _facts(raw).place
    assert (found.value if found else None) == place


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        (
            "会上，某某坊创办人樊某诗及大学生代表伍某晴分享了创业经验，并就租金等议题提出建议。",
            {
                "樊某诗": [("分享", "创业经验，并就租金等议题提出建议。")],
                "伍某晴": [("分享", "创业经验，并就租金等议题提出建议。")],
            },
        ),
        (
            "某银行东州分行行长柯某通报了全市金融运行情况：贷款余额增长9.7%，市长鲁某主持。",
            {"柯某": [("通报", "全市金融运行情况：贷款余额增长9.7%")], "鲁某": []},
        ),
        ("市委书记戚某出席并讲话，市长鲁某主持。", {"戚某": [], "鲁某": []}),
        ("副省长谭某远到会听取意见并讲话。", {"谭某远": []}),
    ],
    ids=["fenxiang", "tongbao-until-next-roster", "chuxi-bing-jianghua", "daohui-bing-jianghua"],
)
def test_what_a_roster_speaker_spoke_about(
    raw: str, said: dict[str, list[tuple[str, str]]]
) -> None:
    found = _facts(raw)
    for name, statements in said.items():
        assert [(s.verb, s.text) for s in found.said_by(name)] == statements, name


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("副市长李某、王均出席。", "王均"),
        ("副市长李某、林亦出席。", "林亦"),
        ("副市长李某、麦某亦出席。", "麦某"),
    ],
    ids=["jun-in-name", "yi-in-name", "yi-adverb"],
)
def test_a_one_character_adverb_may_end_a_name(raw: str, name: str) -> None:
    found = _facts(raw)
    assert [(p.name, p.actions) for p in found.people] == [("李某", ("出席",)), (name, ("出席",))]


def test_a_legislative_councillor_is_no_meeting() -> None:
    found = _facts("11月6日，香港立法会议员麦某朗出席在东州举行的青年座谈会。")
    assert found.meeting is not None and found.meeting.value == "青年座谈会"


# --- titles in brackets, 人大 询问, press conferences (invented snippets) ------------------


def test_titles_in_brackets_after_the_names_of_a_list() -> None:
    found = _facts(
        "调研组由甘某明（某学社某省委会主委、省政协副主席）带队，成员包括步某佑（某学社某省委会副主委）、"
        "汲某燕(省工商联副主席)以及部分社员专家。"
    )
    people = {p.name: p.roles for p in found.people}
    assert people["甘某明"] == ("某学社某省委会主委", "省政协副主席")
    assert people["步某佑"] == ("某学社某省委会副主委",)
    assert people["汲某燕"] == ("省工商联副主席",)
    assert "带队" in found.person("甘某明").actions  # type: ignore[union-attr]


def test_zuole_after_an_unnamed_official_is_no_person() -> None:
    found = _facts("针对企业反映的问题，某市发展改革委有关负责人作了回应。")
    assert "作了" not in {p.name for p in found.people}


def test_people_listed_after_a_label_and_a_colon() -> None:
    found = _facts(
        "某市政府新闻办举行新闻发布会，介绍全市商务运行情况。"
        "发布人：市商务局局长郗某远，某海关副关长巫某禾，市商务局副局长贝某轩。"
        "参加座谈的还有：吕　某（某会主委）、杭某鸣（某部副部长）。"
    )
    actions = {p.name: p.actions for p in found.people}
    assert actions["郗某远"] == actions["巫某禾"] == actions["贝某轩"] == ("发布",)
    assert actions["吕某"] == actions["杭某鸣"] == ("参加",)
    assert found.meeting is not None and found.meeting.value == "全市商务运行情况新闻发布会"


def test_the_answer_after_a_question_line_is_the_answerers() -> None:
    found = _facts(
        "市商务局副局长贝某轩出席发布会。\n问：政策落实得怎么样？\n贝某轩：全市累计兑付补贴资金2亿元。"
    )
    assert "回答记者提问" in found.person("贝某轩").actions  # type: ignore[union-attr]
    assert [(s.speaker, s.verb) for s in found.statements] == [("贝某轩", "回答")]


@pytest.mark.parametrize(
    ("raw", "name", "action"),
    [
        ("常委会委员简某航率先发问。", "简某航", "发问"),
        ("市人大代表覃某生围绕物业收费公示提问。", "覃某生", "提问"),
        ("常委会委员戈某博还就消防通道被占用问题进行询问。", "戈某博", "询问"),
        ("市公安局副局长黎某声作了回答。", "黎某声", "回答"),
        ("副市长尚某桐在应询时表示，将认真研究。", "尚某桐", "应询"),
    ],
    ids=["fawen", "tiwen", "xunwen", "huida", "yingxun"],
)
def test_who_asks_or_answers_at_a_people_congress_inquiry(raw: str, name: str, action: str) -> None:
    found = _facts(raw)
    person = found.person(name)
    assert person is not None and action in person.actions
    assert name in found.as_dict()["speakers"]
    assert not found.mentioned


def test_an_inquiry_meeting_name_is_kept_whole_and_its_theme_read() -> None:
    found = _facts(
        "11月26日上午，市人大常委会第二十三次会议举行联组会议，对全市物业管理工作开展专题询问。"
        "市人大常委会主任聂某远主持联组会议并讲话。"
    )
    assert found.meeting is not None and found.meeting.value == "市人大常委会第二十三次会议联组会议"
    assert found.theme is not None and found.theme.value == "物业管理"
    assert found.organizer is not None and found.organizer.value == "市人大常委会"


def test_an_official_who_states_something_is_a_speaker() -> None:
    found = _facts("市市场监督管理局局长邬某怡表示，将开展物业收费专项检查。")
    assert found.as_dict()["speakers"] == ["邬某怡"]
    assert found.statements[0].verb == "表示"


def test_research_first_does_not_swallow_the_meeting_after_it() -> None:
    found = _facts(
        "5月13日至15日，某学社某省委会“县域产业集群培育”调研组赴某市开展专题调研。\n"
        "15日下午，调研组在某市行政中心召开座谈会。某市市长尤某邦出席座谈会并致辞。"
    )
    assert found.research is not None
    assert all(s.paragraph == 1 for s in found.research.sentences)
    assert found.organizer is not None and found.organizer.value == "某学社某省委会"
    assert found.theme is not None and found.theme.value == "县域产业集群培育"
    assert found.meeting is not None
    assert found.meeting.value == "某学社某省委会县域产业集群培育调研座谈会"


def test_a_team_that_visits_places_is_research() -> None:
    found = _facts("询问前，副主任卜某芬作了报告。今年6月至9月，执法检查组深入6个区县、42个小区实地检查。")
    assert found.research is not None and "42个" in found.research.counts


# --- the genre as really written (docs/genre-structures.md §16), invented snippets ----------


@pytest.mark.parametrize(
    ("raw", "date"),
    [
        ("某某日报鹤某9月20日电（记者 禚某）今天下午，省政协召开专题协商会。", "9月20日下午"),
        ("【某某日报讯】记者冼某琳报道：市政协昨日（11月19日）下午举行协商会。", "11月19日下午"),
        ("本报讯（记者 蓝某）昨日下午，全市企业家座谈会召开。", "昨日下午"),
        ("本报讯 十一月二十七日上午，全省民营企业家座谈会召开。", "十一月二十七日上午"),
        ("中新社北京三月九日电 全国某某座谈会九日下午在京召开。", "三月九日下午"),
    ],
    ids=["jintian-dateline", "zuori-bracketed", "zuori-as-written", "numerals", "numeral-dateline"],
)
def test_the_meeting_date_in_other_shapes(raw: str, date: str) -> None:
    found = _facts(raw).date
    assert found is not None and found.value.text == date


def test_a_page_timestamp_is_never_the_meeting_date() -> None:
    found = _facts("2024-06-14 08:52:17　来源：某某日报\n“有话直说。”6月12日下午，座谈会在市民中心举行。")
    assert found.date is not None and found.date.value.text == "6月12日下午"


def test_a_city_glued_to_a_venue_with_a_name_of_its_own() -> None:
    title = "云某省民营企业家座谈会在岱某召开\n"
    found = _facts(title + "11月27日上午，座谈会在岱某云某宾馆召开。云某省省长出席。")
    assert found.place is not None and found.place.value == "云某宾馆"
    kept = _facts(title + "11月27日上午，座谈会在岱某国际会议中心召开。")
    assert kept.place is not None and kept.place.value == "岱某国际会议中心"


@pytest.mark.parametrize(
    ("raw", "theme"),
    [
        ("座谈会召开，主题为“稳预期、强信心，助力民营经济发展”。", "稳预期、强信心，助力民营经济发展"),
        ("座谈会召开。召开此次座谈会，目的是当面听取企业家意见，提振发展信心。", "当面听取企业家意见，提振发展信心"),
        ("座谈会召开，市委书记钮某华主持并讲话，面对面倾听企业家心声。", "倾听企业家心声"),
    ],
    ids=["quoted-with-comma", "purpose-sentence", "qingting"],
)
def test_themes_of_the_genre(raw: str, theme: str) -> None:
    found = _facts(raw).theme
    assert found is not None and found.value == theme


def test_other_ways_of_saying_who_chaired() -> None:
    found = _facts(
        "在市政协主席欧阳某源的主持下，港区委员区某谦首先代表委员调研组作主题发言。"
        "他指出，目前存在手续繁琐等问题。\n"
        "主持人欧阳某源在总结时说，将把协商成果报送市委。"
    )
    people = {p.name: (p.roles, p.actions) for p in found.people}
    assert people == {
        "欧阳某源": (("市政协主席",), ("主持",)),
        "区某谦": (("港区委员",), ("作主题发言",)),
    }
    assert [(s.verb, s.text) for s in found.said_by("区某谦")] == [("指出", "目前存在手续繁琐等问题。")]
    assert [s.verb for s in found.said_by("欧阳某源")] == ["说"]
    assert set(found.as_dict()["speakers"]) == {"欧阳某源", "区某谦"}  # type: ignore[arg-type]


def test_a_clause_without_a_subject_goes_on_with_the_people_before() -> None:
    found = _facts("会上，省政协经济委员会主任公冶某代表调研组作主题发言，介绍了调研成果。")
    person = found.person("公冶某")
    assert person is not None and person.actions == ("作主题发言", "介绍")
    assert person.roles == ("省政协经济委员会主任",)


def test_attendance_listed_after_a_label_without_a_colon_and_at_the_end() -> None:
    found = _facts(
        "座谈会召开。\n出席会议的有市政协副主席岑某华、秘书长甘某恒，市委统战部副部长蔺某禾亦有出席。"
    )
    assert {p.name: (p.roles, p.actions) for p in found.people} == {
        "岑某华": (("市政协副主席",), ("出席",)),
        "甘某恒": (("秘书长",), ("出席",)),
        "蔺某禾": (("市委统战部副部长",), ("出席",)),
    }


def test_role_only_attendees_are_groups_and_keep_the_names_before_them() -> None:
    found = _facts(
        "省委常委、秘书长东郭某，副省长邝某征，省直有关部门主要负责同志，"
        "部分省人大代表、省政协委员和民营企业家相关代表等参加座谈会。省直有关部门负责同志列席会议。"
    )
    assert {p.name: p.actions for p in found.people} == {"东郭某": ("参加",), "邝某征": ("参加",)}
    groups = [g.value for g in found.groups]
    assert "省直有关部门负责同志" in groups
    assert "部分省人大代表、省政协委员和民营企业家相关代表" in groups


@pytest.mark.parametrize(
    "raw",
    [
        "市委书记钮某华主持并讲话，面对面倾听企业家心声。",
        "省领导成员的人选，部分企业家相关代表等参加。",
        "会议邀请省直有关部门负责同志参加。",
    ],
    ids=["xinsheng", "renxuan-xiangguan", "fuze-tongzhi"],
)
def test_name_shaped_words_are_no_people(raw: str) -> None:
    names = {p.name for p in _facts(raw).people}
    assert names <= {"钮某华"}, names


def test_who_speaks_in_a_turn_of_speakers_spoke() -> None:
    found = _facts(
        "随后，12位企业家代表先后发言。某精密机械有限公司董事长鞠某峰表示，熟练技工缺口大。"
        "市政协委员、某物流集团副总裁笪某远反映，货运通道限行时段过长。"
    )
    people = {p.name: (p.roles, p.actions) for p in found.people}
    assert people == {
        "鞠某峰": (("某精密机械有限公司董事长",), ("发言",)),
        "笪某远": (("市政协委员", "某物流集团副总裁"), ("发言",)),
    }
    assert [s.verb for s in found.said_by("笪某远")] == ["反映"]


def test_a_leader_named_only_in_a_statement_sentence_took_part() -> None:
    found = _facts(
        "省委副书记、省长聂某远在会上强调，数字化转型是必由之路。要聚焦重点行业；要加大支持。"
        "他要求有关部门认真吸纳意见建议。"
    )
    person = found.person("聂某远")
    assert person is not None and person.roles == ("省委副书记", "省长") and person.actions == ("强调",)
    assert [s.verb for s in found.said_by("聂某远")] == ["强调", "强调", "要求"]
    assert found.groups == ()


def test_bracketed_titles_after_a_titled_name() -> None:
    found = _facts("澳区委员麦某欣（市政协常委、某同乡总会会长）表示，希望定期举办政策宣讲会。")
    person = found.person("麦某欣")
    assert person is not None and person.roles == ("澳区委员", "市政协常委", "某同乡总会会长")


def test_a_run_of_yao_goes_on_across_a_paragraph_break() -> None:
    found = _facts("市长鲁某出席并讲话。\n鲁某强调，要稳住订单。\n要加强要素保障；要优化服务。\n会议由副市长车某主持。")
    assert [s.text for s in found.said_by("鲁某")] == ["要稳住订单。", "要加强要素保障；要优化服务。"]


def test_what_people_did_before_the_meeting_is_not_what_they_did_at_it() -> None:
    found = _facts(
        "此前，省政协组成调研组，由省政协副主席宗政某带队，赴鹤某、棠某、宁某、云某4市开展专题调研，走访企业47家。\n"
        "省政协副主席宗政某出席会议。"
    )
    person = found.person("宗政某")
    assert person is not None and person.actions == ("出席",)
    assert found.research is not None
    assert found.research.lists.get("市") == ("鹤某", "棠某", "宁某", "云某")
    assert "47家" in found.research.counts


def test_groups_that_speak_or_answer_together() -> None:
    found = _facts(
        "委员们还围绕金融支持、知识产权保护等方面建言献策。"
        "针对大家提出的问题，市人社局、市科技局负责同志逐一现场答复。"
        "会上，来自装备制造、商贸物流等行业的9位企业家代表先后发言，围绕用地保障提出意见建议。"
    )
    assert [s.speaker for s in found.statements if s.group] == [
        "委员",
        "市人社局、市科技局负责同志",
        "企业家代表",
    ]


def test_a_relative_named_in_passing_is_mentioned() -> None:
    found = _facts("市委书记戚某出席。\n宇文某海说，三十年前，他的父亲司马长风带着几名工人创办了一家厂。")
    assert [p.name for p in found.mentioned] == ["司马长风"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("邀请了近百名企业家代表", ["近百名"]),
        ("三十余位港澳委员", ["三十余位"]),
        ("十余家部门、数十个项目", ["十余家", "数十个"]),
        ("新上了两条生产线，创办了一家厂，第三次会议", ["两条"]),
        ("发放问卷1200余份", ["1200余份"]),
    ],
    ids=["jinbai", "sanshiyu", "shiyu-shushi", "liang-not-yi-or-ordinal", "fen"],
)
def test_figures_in_words(text: str, figures: list[str]) -> None:
    assert load_genre().counts_in(text) == figures


@pytest.mark.parametrize(
    ("text", "term", "asked", "held"),
    [
        ("澄某山清水秀，生态环境优美。", "环境", ("营商环境",), False),
        ("澄某山清水秀，生态环境优美。", "环境", ("环境",), True),
        ("希望进一步优化营商环境。", "环境", ("营商环境",), True),
        ("生态环境优美，营商环境也好。", "环境", ("营商环境",), True),
        ("要加快制度创新。", "创新", ("科技创新",), False),
        ("要持续推进科技创新。", "创新", ("科技创新",), True),
        ("要加快制度创新。", "创新", (), True),
    ],
    ids=["other-compound", "generic-question", "same-compound", "both", "zhidu-not-keji", "keji", "nothing-asked"],
)
def test_compound_terms_match_whole(text: str, term: str, asked: tuple[str, ...], held: bool) -> None:
    from bot.genre import load_genre

    assert load_genre().holds_term(text, term, asked) is held


# --- question cases waiting for the answer layer (tests/reports/*.answer_gaps.yaml) ---------

ANSWER_GAPS = sorted((Path(__file__).resolve().parent / "reports").glob("*.answer_gaps.yaml"))


def _gap_cases() -> list[object]:
    """Each case of the answer-gap files, as a strict xfail: its facts are extracted, the answer
    layer does not use them yet; a case that starts passing fails here and goes back to its set."""
    cases = []
    for path in ANSWER_GAPS:
        stem = path.name.removesuffix(".answer_gaps.yaml")
        for i, case in enumerate(load_cases(path)):
            mark = pytest.mark.xfail(strict=True, reason="answer layer")
            cases.append(pytest.param(path.with_name(stem + ".txt"), case, marks=mark, id=f"{stem}-{i}"))
    return cases


@pytest.mark.parametrize(("article", "case"), _gap_cases())
def test_answer_gaps_still_wait_for_the_answer_layer(article: Path, case: dict[str, object]) -> None:
    results = evaluate(report_engine(article), [case])
    assert results[0].passed, results[0].problems


def test_bracketed_titles_across_yiji_and_a_shared_title() -> None:
    found = _facts(
        "随后，房某渊（某市工商联主席）、喻某岚（某县县长）以及企业代表鲍某川(某家居有限公司总经理)先后发言。"
    )
    assert {p.name: p.roles for p in found.people} == {
        "房某渊": ("某市工商联主席",),
        "喻某岚": ("某县县长",),
        "鲍某川": ("企业代表", "某家居有限公司总经理"),
    }


def test_a_titled_person_meeting_the_guests_took_part() -> None:
    found = _facts("座谈会召开。市长陈某明与企业家代表逐一交流，详细询问企业经营情况。他表示，要优化服务。")
    assert [(p.name, p.roles) for p in found.people] == [("陈某明", ("市长",))]
    assert [(s.speaker, s.text) for s in found.statements] == [("陈某明", "要优化服务。")]


def test_a_chair_with_a_date_and_a_city_before_the_verb() -> None:
    found = _facts("全国政协主席王某华25日在京主持召开双周协商座谈会。")
    assert [(p.name, p.roles, p.actions) for p in found.people] == [("王某华", ("全国政协主席",), ("主持",))]


def test_a_title_written_after_the_name() -> None:
    found = _facts("座谈会召开。林某舒市长出席并讲话。他强调，要稳预期。区委书记出席。")
    assert [(p.name, p.roles, p.actions) for p in found.people] == [("林某舒", ("市长",), ("出席", "讲话"))]
    assert [s.text for s in found.said_by("林某舒")] == ["要稳预期。"]


def test_more_attendance_labels_and_role_only_sentences_end_a_speakers_words() -> None:
    found = _facts(
        "座谈会召开。市工商联主席郑某说，要听取意见。市直有关部门负责人列席会议。"
        "出席会议的领导还有市人大常委会副主任冯某、市政协副主席陈某。"
    )
    assert {p.name: p.actions for p in found.people} == {"郑某": ("说",), "冯某": ("出席",), "陈某": ("出席",)}
    assert [s.text for s in found.said_by("郑某")] == ["要听取意见。"]
    assert [g.value for g in found.groups] == ["市直有关部门负责人"]


# --- second blind batch (b2, now r23–r27): the kinds of miss it showed -------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("共签署合作项目十八个，是不是二十个", ["十八个", "二十个"]),
        ("贡献了六成以上的税收和近八成的城镇就业", ["六成", "近八成"]),
        ("委员六十余人参加，超过一万二千家企业", ["六十余人", "超过一万二千家"]),
        ("覆盖率不足两成，要等上十几天", ["不足两成", "十几天"]),
        ("万家灯火，几个项目", []),
    ],
    ids=["shiba-ershi", "cheng", "liushiyu-wan", "buzu-shiji", "no-lone-wan-or-ji"],
)
def test_figures_in_chinese_numerals_keep_their_units(text: str, figures: list[str]) -> None:
    from bot.genre import load_genre

    assert load_genre().counts_in(text) == figures


@pytest.mark.parametrize(
    ("text", "figures", "value"),
    [
        ("共录得刑事案件四百一十二宗，按年下降百分之八点六", ["四百一十二宗", "百分之八点六"], 8.6),
        ("佔區內刑事案件約百分之三十", ["约百分之三十"], 30.0),
        ("利率调低百分之零点五", ["百分之零点五"], 0.5),
    ],
    ids=["ba-dian-liu", "yue-sanshi", "ling-dian-wu"],
)
def test_a_share_written_in_words_is_a_figure_in_percent(text: str, figures: list[str], value: float) -> None:
    from bot.genre import load_genre
    from bot.scripts import to_simplified

    genre = load_genre()
    found = genre.counts_in(to_simplified(text))
    assert found == figures
    share = genre.figure(found[-1])
    assert (share.value, share.unit) == (value, "%")
    assert genre.counts_in(to_simplified(text), ("%",)) == figures[-1:]


def test_cheng_is_a_share() -> None:
    from bot.genre import load_genre

    genre = load_genre()
    assert "成" in genre.unit_kinds["share"]
    assert genre.counts_in("制造业项目占比超过六成，新签约63个", genre.unit_kinds["share"]) == ["超过六成"]


@pytest.mark.parametrize(
    ("raw", "group"),
    [
        ("部分市政协常委、委员六十余人参加。", None),
        ("危某鸥和有关部门负责人逐一回应，对委员们关心的问题作了解答。", "有关部门负责人"),
        ("全国政协常委、委员和专家学者，有关部门负责同志等参加。", None),
    ],
    ids=["count", "adverb", "group-word"],
)
def test_counts_adverbs_and_group_words_are_no_names(raw: str, group: str | None) -> None:
    found = _facts("通报会召开。" + raw)
    assert found.people == ()
    if group:
        assert group in [g.value for g in found.groups]


def test_a_connective_stays_off_the_title_after_it() -> None:
    found = _facts("全国政协委员钮某宁，以及专家代表乔某凡（某研究院特约研究员）在会上发言。")
    assert {p.name: p.roles for p in found.people} == {
        "钮某宁": ("全国政协委员",),
        "乔某凡": ("专家代表", "某研究院特约研究员"),
    }


def test_a_group_statement_is_named_after_nobody_in_it() -> None:
    found = _facts("座谈会召开。市长陈某明与企业家代表逐一交流，详细询问企业经营情况。")
    assert [s for s in found.statements if s.group] == []


def test_someone_quoted_in_a_statement_is_mentioned_with_a_whole_title() -> None:
    found = _facts(
        "全国政协委员蓝某溪在会上发言。蓝某溪引用调研中一位乡镇站点负责人庞某娥的话说，“山货也要出得去”。"
        "要依法保护企业产权和企业家权益。"
    )
    assert [(p.name, p.roles) for p in found.mentioned] == [("庞某娥", ("乡镇站点负责人",))]


def test_a_bracketed_title_after_the_first_name_of_a_list_is_its_own() -> None:
    found = _facts(
        "会上，郗某博（某数据科技有限公司总经理）、禚某莹、眭某梁等8位企业家代表先后发言。"
        "某食品有限公司董事长禚某莹反映，季节性用工缺口较大。某物流集团总经理眭某梁提出，通道拥堵。"
    )
    assert {p.name: p.roles for p in found.people} == {
        "郗某博": ("某数据科技有限公司总经理", "企业家代表"),
        "禚某莹": ("企业家代表", "某食品有限公司董事长"),
        "眭某梁": ("企业家代表", "某物流集团总经理"),
    }
    assert [(s.speaker, s.verb) for s in found.statements if not s.group] == [("禚某莹", "反映"), ("眭某梁", "提出")]


def test_a_hong_kong_report_chair_venue_and_guest_list() -> None:
    found = _facts(
        "【某某日報訊】記者 孟某彤 鷺江報道：嶺川省委書記令狐某信昨日在鷺江主持召開港澳企業家座談會。"
        "座談會假鷺江濱海國際會議中心舉行。\n"
        "出席座談會的有：嶺川省委副書記、省長雍某青，副省長亓某程，以及香港特區政府駐嶺川經濟貿易辦事處主任岑某詩等。"
    )
    assert found.place is not None and found.place.value == "鹭江滨海国际会议中心"
    assert {p.name: (p.roles, p.actions) for p in found.people} == {
        "令狐某信": (("岭川省委书记",), ("主持",)),
        "雍某青": (("岭川省委副书记", "省长"), ("出席",)),
        "亓某程": (("副省长",), ("出席",)),
        "岑某诗": (("香港特区政府驻岭川经济贸易办事处主任",), ("出席",)),
    }
    assert found.mentioned == ()


@pytest.mark.parametrize(
    "label", ["出席座谈会的有：", "出席嘉宾包括：", "列席会议的还有"], ids=["de-you", "baokuo", "liexi"]
)
def test_attendance_labels_of_one_shape(label: str) -> None:
    found = _facts("座谈会召开。" + label + "副市长鲁某、市政协副主席车某。")
    assert [p.name for p in found.people] == ["鲁某", "车某"]
    assert all(p.actions for p in found.people)


def test_he_opening_a_paragraph_is_the_last_speaker() -> None:
    found = _facts(
        "全国政协主席闻人某川主持座谈会。\n闻人某川在讲话中指出，这是一项基础性工作。委员们的发言有情况、有分析。\n"
        "他强调，要坚持系统观念；要注重数字赋能。\n他指出，委员要继续跟踪关注。"
    )
    person = found.person("闻人某川")
    assert person is not None and person.actions == ("主持", "讲话")
    assert [s.verb for s in found.said_by("闻人某川")] == ["指出", "指出", "强调", "指出"]
    assert [s for s in found.statements if s.group] == []


def test_a_new_titled_speaker_takes_the_words_from_the_last() -> None:
    found = _facts(
        "会上，郗某博（某数据科技有限公司总经理）、夏侯某等企业家代表先后发言。郗某博建议设立数据专区。"
        "某环保科技有限公司董事长夏侯某建议加大政府采购支持力度。"
    )
    assert [(s.speaker, s.text) for s in found.statements if not s.group] == [
        ("郗某博", "设立数据专区。"),
        ("夏侯某", "加大政府采购支持力度。"),
    ]


def test_the_chairs_requirements_after_his_words_about_the_members() -> None:
    found = _facts(
        "市政协主席郜某年主持。\n郜某年指出，通报情况是重要举措。委员们提出的问题都很具体。"
        "他要求有关部门认真研究。他希望广大政协委员多献务实之策。"
    )
    assert [s.verb for s in found.said_by("郜某年")] == ["指出", "指出", "要求", "希望"]


def test_a_supplementary_report_and_what_was_reported() -> None:
    found = _facts(
        "座谈会召开。副市长冉某实就老旧小区改造工作作了补充说明。雍某青在会上通报了经贸合作情况。"
        "委员邴某琳、练某栋先后提问，内容涉及稳就业、内涝治理等。"
    )
    assert found.person("冉某实") is not None and found.person("冉某实").actions == ("作补充说明",)
    # a name alone before an action, tagged a name by jieba, took part; 了 is no part of what was reported
    assert found.person("雍某青") is not None and found.person("雍某青").actions == ("通报",)
    assert [(s.verb, s.text) for s in found.said_by("雍某青")] == [("通报", "经贸合作情况。")]
    groups = [s for s in found.statements if s.group]
    assert [g.speaker for g in groups] == ["委员"] and "内涝治理" in groups[0].text


def test_an_adverb_after_a_name_is_no_part_of_it() -> None:
    found = _facts("会上，冼某朗（某生物科技创办人）则指出，通关时间过长。")
    assert {p.name: p.roles for p in found.people} == {"冼某朗": ("某生物科技创办人",)}
    assert [s.text for s in found.said_by("冼某朗")] == ["通关时间过长。"]


def test_a_briefing_named_by_its_kind_after_a_lead_of_who_briefed_whom() -> None:
    found = _facts(
        "十一月三日下午，某河市政府向市政协通报前三季度全市经济社会发展情况，听取政协委员意见建议。"
        "通报会在市政协会议中心举行，市政协主席郜某年主持。"
    )
    assert found.meeting is not None and found.meeting.value == "某河市政府向市政协情况通报会"
    assert found.organizer is None
    assert found.theme is not None and found.theme.value == "前三季度全市经济社会发展"


# --- third blind batch (b3, now r28–r32): the kinds of miss it showed -------------------------


def test_hong_kong_guests_listed_with_association_titles_attended() -> None:
    found = _facts(
        "某會昨日舉行座談會。出席嘉賓包括總會會長駱某基、監事長伍某棠、常務副會長岑某玲、某大學創業中心總監游某心，"
        "以及總會多位首長。座談會由青年委員會主任區某文主持。"
    )
    assert {p.name: (p.roles, p.actions) for p in found.people} == {
        "骆某基": (("总会会长",), ("出席",)),
        "伍某棠": (("监事长",), ("出席",)),
        "岑某玲": (("常务副会长",), ("出席",)),
        "游某心": (("某大学创业中心总监",), ("出席",)),
        "区某文": (("青年委员会主任",), ("主持",)),
    }
    assert found.mentioned == ()


def test_macau_titles_each_before_one_name_then_deng() -> None:
    found = _facts("某會舉行座談會。副會長黎某敏、理事長歐陽某成、監事長司馬某玲等出席。")
    assert [(p.name, p.roles, p.actions) for p in found.people] == [
        ("黎某敏", ("副会长",), ("出席",)),
        ("欧阳某成", ("理事长",), ("出席",)),
        ("司马某玲", ("监事长",), ("出席",)),
    ]


def test_the_last_bare_names_of_a_list_joined_by_ji_share_its_title() -> None:
    found = _facts("座谈会召开。随后，青年企业家代表欧阳某言、冼某晴及柯某朗先后分享创业经历。")
    assert [(p.name, p.roles, p.actions) for p in found.people] == [
        (name, ("青年企业家代表",), ("分享",)) for name in ("欧阳某言", "冼某晴", "柯某朗")
    ]


def test_a_speech_given_a_title_and_hong_kong_settings_before_the_verb() -> None:
    found = _facts(
        "某會舉行座談會。出席嘉賓包括總會會長駱某基、某中心總監游某心。座談會由主任區某文主持。"
        "駱某基致歡迎辭時表示，總會重視青年。游某心以「從實驗室到市場」為題作主題發言。區某文總結時表示，將推出導師計劃。"
    )
    assert {p.name: p.actions for p in found.people} == {
        "骆某基": ("出席", "致欢迎辞"),
        "游某心": ("出席", "作主题发言"),
        "区某文": ("主持",),  # 总结时 is where they spoke (r20: 在总结时表示), no action
    }
    assert [(s.speaker, s.verb, s.text) for s in found.statements] == [
        ("骆某基", "表示", "总会重视青年。"),
        ("区某文", "表示", "将推出导师计划。"),
    ]


def test_each_speaker_of_a_sentence_says_their_own_part() -> None:
    found = _facts(
        "座谈会召开。县工商联主席阙某宁，县政协常委尉迟某，县政协委员郗某强等6位委员作交流发言。"
        "阙某宁建议设立转贷资金池；尉迟某提出，要规范涉企执法；郗某强反映，惠企资金申报周期长。"
    )
    assert [(s.speaker, s.verb, s.text) for s in found.statements if not s.group] == [
        ("阙某宁", "建议", "设立转贷资金池"),
        ("尉迟某", "提出", "要规范涉企执法"),
        ("郗某强", "反映", "惠企资金申报周期长。"),
    ]


def test_deputies_named_with_bracketed_titles_in_one_sentence_each_speak() -> None:
    found = _facts(
        "座談會在區人大常委會副主任隗某華的主持下進行。"
        "代表公冶某哲（區第三人民醫院院長）建議，推動醫養結合；代表佘某君（某社區黨委書記）反映，助餐點運營成本高；"
        "代表訾某冬（某職業技術學院教師）提出，要擴大招生規模。"
    )
    people = {p.name: (p.roles, p.actions) for p in found.people}
    assert people["佘某君"] == (("代表", "某社区党委书记"), ("反映",))
    assert people["訾某冬"] == (("代表", "某职业技术学院教师"), ("提出",))
    assert [(s.speaker, s.text) for s in found.statements] == [
        ("公冶某哲", "推动医养结合"),
        ("佘某君", "助餐点运营成本高"),
        ("訾某冬", "要扩大招生规模。"),
    ]


def test_he_after_a_comma_refers_to_the_chair_of_the_clause_before() -> None:
    found = _facts("某會舉行座談會。座談會由會長雷某邦主持，他表示，該會將成立青年部。")
    assert [(s.speaker, s.verb, s.text) for s in found.statements] == [("雷某邦", "表示", "该会将成立青年部。")]
    assert found.speakers == ("雷某邦",)


def test_a_hong_kong_zhi_before_a_comma_attributes_a_statement() -> None:
    found = _facts(
        "座談會舉行。青年企業家代表歐陽某言、冼某晴先後分享創業經歷。"
        "歐陽某言指，其團隊已打入六個內地城市；冼某晴則坦言，跨境收付款手續繁複。歐陽某言指導團隊。"
    )
    said = [(s.speaker, s.verb, s.text) for s in found.statements if s.verb != "分享"]
    assert said == [("欧阳某言", "指", "其团队已打入六个内地城市"), ("冼某晴", "坦言", "跨境收付款手续繁复。")]


def test_a_counted_tail_after_clauses_of_titled_names_is_each_ones_role() -> None:
    found = _facts("座谈会召开。县工商联主席阙某宁，县政协常委尉迟某，县政协委员郗某强等6位委员作协商发言。")
    assert {p.name: (p.roles, p.actions) for p in found.people} == {
        "阙某宁": (("县工商联主席", "委员"), ("发言",)),
        "尉迟某": (("县政协常委", "委员"), ("发言",)),
        "郗某强": (("县政协委员",), ("发言",)),  # a 县政协委员 is one of the 6位委员 already
    }


def test_a_pledge_speech_and_the_words_after_it() -> None:
    found = _facts("座谈会召开。副区长禚某燕作表态发言。她表示，年内再新增助餐点10个。")
    assert [(p.name, p.actions) for p in found.people] == [("禚某燕", ("作表态发言",))]
    assert [(s.speaker, s.text) for s in found.statements] == [("禚某燕", "年内再新增助餐点10个。")]
    assert found.speakers == ("禚某燕",)


def test_a_chair_title_opening_a_chain_makes_the_chair() -> None:
    found = _facts("座谈会召开。主持人、区工商联主席帅某群首先介绍了与会人员，并通报了一季度经济运行情况。")
    assert [(p.name, p.roles, p.actions) for p in found.people] == [
        ("帅某群", ("区工商联主席",), ("主持", "介绍", "通报"))
    ]


def test_the_meeting_in_someones_charge_and_who_joined_the_inspection() -> None:
    found = _facts(
        "座談會在區人大常委會副主任隗某華的主持下進行。"
        "區人大常委會副主任宗政某，區人大常委會秘書長漆某德，部分區人大代表和區民政局、區衛健委負責同志參加視察。"
    )
    assert {p.name: (p.roles, p.actions) for p in found.people} == {
        "隗某华": (("区人大常委会副主任",), ("主持",)),
        "宗政某": (("区人大常委会副主任",), ("参加",)),
        "漆某德": (("区人大常委会秘书长",), ("参加",)),
    }
    assert found.groups[0].value == "部分区人大代表和区民政局、区卫健委负责同志"


def test_a_counted_group_after_yiji_is_named_without_the_count() -> None:
    found = _facts("座谈会召开。区总商会副会长巫某明、冉某瑶，区工商联副主席笪某鸣等，以及30余位民营企业代表参加座谈会。")
    assert [p.name for p in found.people] == ["巫某明", "冉某瑶", "笪某鸣"]
    assert all(p.actions == ("参加",) for p in found.people)
    assert [g.value for g in found.groups] == ["民营企业代表"]


def test_a_meeting_held_after_an_inspection_is_named_after_it() -> None:
    found = _facts(
        "区人大常委会视察全区托育服务建设情况\n\n"
        "本报讯（记者 某某）“托育点要办得下去。”……今天上午，在视察后召开的座谈会上，区人大代表们踊跃发言。\n"
        "当天，区人大常委会组织部分区人大代表视察全区托育服务建设情况。"
    )
    assert found.meeting is not None and found.meeting.value == "区人大常委会视察全区托育服务建设情况座谈会"
    assert found.organizer is not None and found.organizer.value == "区人大常委会"
    assert found.theme is not None and found.theme.value == "托育服务建设"
    assert found.place is None  # 视察后 is a time, and the room is not named
    assert found.date is not None and found.date.value.text == "今天上午"


@pytest.mark.parametrize("phrase", ["视察后", "调研结束后", "会议期间", "开幕前"])
def test_a_phrase_of_time_is_no_place(phrase: str) -> None:
    assert _facts(f"今天上午，在{phrase}召开座谈会。").place is None


@pytest.mark.parametrize(
    ("text", "units", "figures"),
    [
        ("老年人口8.3万人，占户籍人口的23.6%", (), ["8.3万人", "23.6%"]),
        ("县财政将安排不少于3000万元设立资金池", ("元",), ["不少于3000万元"]),
        ("每个项目最高可获25万港元", ("元", "港元"), ["25万港元"]),
        ("提出意见建议数十条，已打入六个内地城市", (), ["数十条", "六个"]),
        ("协助逾60支学生团队成立公司", (), ["逾60支"]),
    ],
    ids=["wan-ren-percent", "bushaoyu-wanyuan", "gangyuan", "shushi-liuge", "zhi"],
)
def test_figures_of_the_third_batch_are_read_with_their_units(
    text: str, units: tuple[str, ...], figures: list[str]
) -> None:
    from bot.genre import load_genre

    assert load_genre().counts_in(text, units) == figures


def test_places_visited_that_name_no_kind_of_place() -> None:
    found = _facts(
        "12月3日，县政协召开座谈会。\n此前，县政协成立专题调研组，深入城关镇、青石镇、白鹭乡和某经济开发区，走访民营企业37家。\n"
        "当天，视察组先后来到某社区养老服务站、某区第二社会福利院、某镇居家养老服务中心，实地察看。"
    )
    assert found.research is not None
    assert found.research.lists == {
        "地": ("城关镇", "青石镇", "白鹭乡", "某经济开发区", "某社区养老服务站", "某区第二社会福利院", "某镇居家养老服务中心")
    }
    assert "37家" in found.research.counts


def test_a_person_named_only_in_someone_elses_words_keeps_the_role_given() -> None:
    found = _facts(
        "座谈会召开。县长钟离某到会听取意见。钟离某举例说，经开区企业家包某曦此前反映的用电增容问题，已协调解决。"
    )
    assert [(p.name, p.roles) for p in found.mentioned] == [("包某曦", ("经开区企业家",))]
    assert [p.name for p in found.people] == ["钟离某"]


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("王某、李某某等市领导出席会议。", {"王某": (("市领导",), ("出席",)), "李某某": (("市领导",), ("出席",))}),
        ("王某某、李某依次发言。", {"王某某": ((), ("发言",)), "李某": ((), ("发言",))}),
        ("黄志强现身说法。", {"黄志强": ((), ("现身说法",))}),
        (
            "澳门特区政府行政法务司张永春司长、社会文化司欧阳瑜司长出席。",
            {
                "张永春": (("澳门特区政府行政法务司司长",), ("出席",)),
                "欧阳瑜": (("社会文化司司长",), ("出席",)),
            },
        ),
        ("市民政局局长孙某作说明。", {"孙某": (("市民政局局长",), ("作说明",))}),
        ("万某杰介绍，全市新签约项目36个。", {}),  # a statement: no roster action
    ],
    ids=["collective-role-after", "bare-names-in-turn", "one-tagged-name", "macau-titles", "zuo-shuoming", "jieshao-statement"],
)
def test_section_16_roster_shapes(raw: str, people: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    found = _facts("座谈会召开。" + raw)
    assert {p.name: (p.roles, p.actions) for p in found.people} == people
    assert not [g for g in found.groups if any(n in g.value for n in people)]  # no group named after them


def test_departments_that_report_speak_as_a_group() -> None:
    found = _facts("座谈会召开。市发展改革委、市工信局、市商务局等部门负责人先后汇报了工作情况。")
    assert [(s.speaker, s.group) for s in found.statements] == [("市发展改革委、市工信局、市商务局等部门负责人", True)]


def test_chairs_of_two_sessions_and_words_said_while_chairing() -> None:
    found = _facts(
        "座谈会召开。上午的会议由副市长李某主持，下午的会议由副市长张某某主持。市长王某某主持会议时指出，要抓落实。"
    )
    assert {p.name: (p.roles, p.actions) for p in found.people} == {
        "李某": (("副市长",), ("主持",)),
        "张某某": (("副市长",), ("主持",)),
        "王某某": (("市长",), ("主持",)),
    }
    assert [(s.speaker, s.verb, s.text) for s in found.statements] == [("王某某", "指出", "要抓落实。")]


def test_speakers_who_each_speak_for_someone_are_no_one_else() -> None:
    found = _facts("座谈会召开。某公司总经理王某某、某集团董事长李某分别代表企业和商会发言。")
    assert {p.name: p.roles for p in found.people} == {"王某某": ("某公司总经理",), "李某": ("某集团董事长",)}


def test_a_role_only_list_after_an_attendance_label_attends() -> None:
    found = _facts("座谈会召开。列席会议的有市直有关部门负责同志。")
    assert found.people == () and [g.value for g in found.groups] == ["市直有关部门负责同志"]


def test_an_action_inside_a_time_clause_of_a_bare_name_is_no_roster() -> None:
    found = _facts("座谈会召开。省政协主席林某庆主持。林某庆在主持座谈会时指出，要凝聚共识。")
    person = found.person("林某庆")
    assert person is not None and len(person.evidence) == 1  # the chair sentence only
    assert [(s.verb, s.text) for s in found.said_by("林某庆")] == [("指出", "要凝聚共识。")]


def test_bodies_that_host_or_assist_besides_the_organiser() -> None:
    found = _facts(
        "某市召开民营企业座谈会\n\n"
        "9月3日下午，某市民营企业座谈会在市民中心召开。座谈会由市委、市政府主办，市工商联、市发展改革委承办，"
        "某市青年企业家协会协办。市长某某某主持。"
    )
    assert found.organizer is not None and found.organizer.value == "市委、市政府"
    assert {k: f.value for k, f in found.partners} == {"co_host": "市工商联、市发展改革委", "co_assist": "某市青年企业家协会"}


def test_a_meeting_held_after_a_visit_gives_its_own_date_and_place() -> None:
    """'8月21日至22日，某某率队调研…，并出席…座谈会' first; the meeting's own sentence later."""
    found = _facts(
        "某某在调研民营企业时强调\n\n"
        "8月21日至22日，市委书记郁某川率队深入高新区，走访调研民营企业，并出席全市民营企业发展座谈会。\n\n"
        "调研中，郁某川一行先后来到两家企业。\n\n"
        "22日下午，全市民营企业发展座谈会在开发区管委会第一会议室召开。座谈会由市委、市政府主办。\n\n"
        "郁某川在讲话中指出，民营经济是最大特色。"
    )
    assert str(found.date.value) == "8月22日下午"
    assert found.place is not None and found.place.value == "开发区管委会第一会议室"
    person = found.person("郁某川")
    assert person is not None and "出席" in person.actions


def test_a_table_flattened_into_text_is_read_row_by_row() -> None:
    found = _facts(
        "6月3日，全市项目调度会在市政府召开。\n"
        "单位｜完成投资（亿元）｜完成率｜亮灯\n甲县｜34.9｜59.5%｜红灯\n乙区｜48.2｜67.6%｜黄灯\n"
        "方案要点（单位：元/立方米）\n阶梯　　现行　　方案一\n第一阶梯　　2.10　　2.45\n"
    )
    texts = [s.text for s in found.article.sentences]
    assert "甲县：完成投资34.9亿元，完成率59.5%，亮灯红灯。" in texts
    assert "第一阶梯：现行2.10元/立方米，方案一2.45元/立方米。" in texts  # the caption's unit
    assert not any(t.startswith("单位") for t in texts)  # (the header is no sentence)


def test_a_titled_leader_leading_others_chairs_what_the_clause_after_holds() -> None:
    found = _facts("今天上午，县委书记宁某远带领县直有关部门负责人来到产业园，实地察看项目建设情况，随后在项目部会议室主持召开现场办公会，协调解决企业投产中的困难问题。")
    assert found.as_dict()["chairs"] == ["宁某远"]
    assert found.theme is not None and found.theme.value.startswith("协调解决")


def test_a_person_named_in_passing_who_then_speaks_is_who_her_pronoun_means() -> None:
    found = _facts(
        "听证会举行。参加人依次发言，市人大代表、某港务集团高级工程师裘某彬第一个发言。他表示理解调价。\n"
        "消费者参加人、退休教师阚某英今年68岁，她直言不赞成现在涨价。\n"
        "此前，她曾向当时的区议员庞某明反映过问题。\n"
        "家住在南塘镇的退休教师李某英今年70岁，她直言要先降漏损。"
    )
    assert [s.speaker for s in found.statements if "涨价" in s.text] == ["阚某英"]
    assert "阚某英" in found.speakers
    assert [s.speaker for s in found.statements if "漏损" in s.text] == ["李某英"]  # (住在 acts on no one)


def test_the_lines_of_the_page_above_the_lead_are_no_paragraph_of_it() -> None:
    found = _facts(
        "首页　新闻　本地民生　政务　区县　财经　教育\n"
        "两套方案摆上桌\n"
        "Conselho Consultivo pede manutenção da paragem\n"
        "发布：2025-06-19 07:58 ｜ 字体：大中小\n"
        "某委员会18日下午在市政大楼八楼会议室举行全体会议，听取交通局介绍区内巴士路线优化计划。"
    )
    assert found.article.title == "两套方案摆上桌"
    assert found.article.sentences[0].paragraph == 1 and found.article.sentences[0].text.startswith("某委员会")
    assert found.theme is not None and found.theme.value == "区内巴士路线优化计划"


# batch 14 (r60–r61: a consultation on a draft regulation, a press conference with a transcript) and set 24


def test_a_title_that_opens_a_paragraph_introduces_its_speaker_whatever_the_verb() -> None:
    found = _facts(
        "前天下午，座谈会在某街道举行。\n"
        "市人大代表、某街道党工委书记危某岚关注的是第九条。她认为，十五天时间太短，建议延长至三十日。\n"
        "某大学建筑与规划学院副教授仉某苇长期研究传统民居。他认为，草案“用”的内容少。\n"
    )
    assert {st.speaker for st in found.statements} == {"危某岚", "仉某苇"}  # (not one 她/他 given to the other)
    assert "仉某苇" in found.as_dict()["speakers"]  # type: ignore[operator]


def test_a_name_given_late_is_whose_words_the_paragraph_held() -> None:
    found = _facts(
        "前天下午，座谈会在某街道举行。\n"
        "第一个开口的是一位满头白发的老人。他说，补贴比例太低。他建议把补贴比例提高到50%。老人名叫帅某根，今年78岁。\n"
    )
    assert [st.speaker for st in found.statements] == ["帅某根", "帅某根"]
    assert found.person("帅某根") is not None


def test_the_chair_said_by_what_they_did_and_a_participle_before_a_title() -> None:
    found = _facts(
        "昨日，座谈会在市人大召开。原定出席的市政协委员冼某言因病未能出席。"
        "会议最后，主持座谈会的市人大常委会副主任禤某邦作总结讲话。"
    )
    person = found.person("禤某邦")
    assert person is not None and person.roles == ("市人大常委会副主任",) and "主持" in person.actions
    assert [(p.name, p.roles) for p in found.mentioned] == [("冼某言", ("市政协委员",))]


def test_a_photo_caption_that_says_who_chaired_is_read_and_the_host_s_lines_are_theirs() -> None:
    found = _facts(
        "今天上午，市政府新闻办举行新闻发布会。\n主持人：各位记者朋友，上午好！\n"
        "某晚报记者邬某：新交房的小区什么时候能通暖？\n"
        "▲市委宣传部副部长、市政府新闻办主任邴某宁主持发布会。　记者 殳某涛 摄\n"
    )
    chair = found.person("邴某宁")
    assert chair is not None and chair.roles == ("市委宣传部副部长", "市政府新闻办主任")  # (宣传部 is no name)
    assert {"邴某宁", "邬某"} <= set(found.as_dict()["speakers"])  # type: ignore[arg-type]
    reporter = found.person("邬某")
    assert reporter is not None and reporter.actions == ("提问",)


def test_a_role_written_short_the_second_time_is_the_same_role() -> None:
    found = _facts(
        "今天上午，发布会在市新闻发布厅举行。某热力集团有限公司总经理笪某华出席发布会。"
        "今天我们请到了某热力集团总经理笪某华。"
    )
    person = found.person("笪某华")
    assert person is not None and person.roles == ("某热力集团有限公司总经理",)


def test_a_two_column_table_s_rows_are_sentences_with_the_caption_s_unit() -> None:
    article = parse_article(
        "某市举行座谈会。\n■链接　城区供热价格一览（单位：元/平方米）\n居民住宅　　　　21.6\n网上留言　　　　326条\n"
        "某某办公室编　　　　2024年11月8日\n",
        "synthetic",
    )
    texts = [s.text for s in article.sentences]
    assert "居民住宅：21.6元/平方米。" in texts and "网上留言：326条。" in texts
    assert not any("2024年11月8日" in t for t in texts)  # (a date after a space run is a byline)


def test_a_topic_label_stays_with_the_sentence_after_it() -> None:
    article = parse_article("某县举行座谈会。\n（一）关于新材料产业。建议联合高校共建中试基地。（某某院士）\n", "synthetic")
    assert "（一）关于新材料产业。建议联合高校共建中试基地。" in [s.text for s in article.sentences]


def test_members_listed_after_a_label_with_a_latin_name_and_what_one_said_after_the_meeting() -> None:
    found = _facts(
        "6月18日下午，区咨询委员会举行全体会议。会议由主席麦某禧主持，出席委员包括梁某诗、Miguel Sequeira Lobo、区某朗等。\n"
        "在会上就无障碍设施提出意见的委员Miguel Sequeira Lobo，会后受访时表示，他自小在斜巷长大。他又指，路面湿滑，建议更换防滑路面。\n"
    )
    assert [(p.name, p.roles) for p in found.people][1:] == [
        ("梁某诗", ("委员",)), ("Miguel Sequeira Lobo", ("委员",)), ("区某朗", ("委员",)),
    ]
    said = [st.text for st in found.statements if st.speaker == "Miguel Sequeira Lobo"]
    assert said == ["他自小在斜巷长大。", "路面湿滑，建议更换防滑路面。"]


def test_a_delegation_a_body_s_name_and_a_post_the_meeting_fills_are_read_as_they_are() -> None:
    found = _facts(
        "20日上午，联席会议在县行政中心召开。县委书记甯某瑾出席会议并讲话。镇人大代表、镇卫生院院长缑某琴担任总监票人。\n"
        "会上，汐浦区派驻峨泷挂职干部、县委常委、副县长殳某阳汇报了工作情况。\n"
        "汐浦区工商联主席、宏屿集团董事长阙某丰代表区工商联捐赠助学资金80万元。在镇中心小学任教的代表亓某静则说，她最关心幼儿园。\n"
        "21日上午，代表团还出席了在县职业中学举行的招聘会。\n"
    )
    assert [(p.name, p.roles) for p in found.people] == [
        ("甯某瑾", ("县委书记",)),
        ("殳某阳", ("汐浦区派驻峨泷挂职干部", "县委常委", "副县长")),
        ("阙某丰", ("汐浦区工商联主席", "宏屿集团董事长")),
        ("亓某静", ("代表",)),
        ("缑某琴", ("镇人大代表", "镇卫生院院长", "总监票人")),
    ]  # (not 团还 of 代表团还出席, nor 区工商 of 代表区工商联)
    assert not found.mentioned


def test_a_programme_host_by_job_and_the_chair_of_the_next_days_meeting() -> None:
    """(set 56, r75) a host named with a compound family name jieba does not tag, after a body and 主持人, chairs; one
    who chairs only another meeting on another day (opening its paragraph) is mentioned, not a participant."""
    found = _facts(
        "8月21日晚，《问政》第三期节目在县融媒体中心演播厅录制。县住建局局长禚某庚接受问政。"
        "节目由县融媒体中心主持人巫马清越主持。\n"
        "8月22日上午，县纪委监委召开整改交办会。县纪委书记蒙某秋主持交办会，要求限期整改。"
    )
    assert found.as_dict()["chairs"] == ["巫马清越"]
    assert found.person("蒙某秋") is None and found.mention("蒙某秋") is not None
    assert found.person("禚某庚") is not None


def test_a_numbered_order_is_no_date() -> None:
    """(r82) 第1号 of 第1号总河长令 numbers an order: no day of the month."""
    found = _facts("3月18日下午，县总河长会议召开。副县长笪某岚宣读了《县总河长令（第1号）》。")
    assert found.date is not None and found.date.value.text == "3月18日下午"
    assert load_genre().dates.find("签发第1号总河长令") == []


def test_a_festivals_date_in_brackets_and_a_taiwan_page_time() -> None:
    """(r85) '教师节（9月28日）将至' dates the festival, not the meeting; '今（24）日上午' is read against the page's
    '2025/09/24 16:42' as 9月24日上午."""
    found = _facts(
        "县教师节表扬大会举行\n2025/09/24 16:42　更新时间：2025/09/24 18:05\n"
        "教师节（9月28日）将至，县政府今（24）日上午在县立文化中心演艺厅举办教师节表扬大会。"
    )
    assert found.date is not None and found.date.value.text == "9月24日上午"


def test_a_team_that_holds_its_own_meeting_and_those_a_label_of_attending_opens() -> None:
    """(r84) a 班子 that 召开 its 民主生活会 is its organiser; '列席会议的A、B分别作了发言': each 列席 and 发言; '在县委常委会上'
    holds no name (会上)."""
    found = _facts(
        "2月12日，县委常委班子在常委会议室召开2024年度民主生活会。县委书记禚某舟主持会议。\n"
        "列席会议的县人大常委会主任亓某庚、县政协主席鄂某华分别作了发言。\n"
        "他要求，督查结果在县委常委会上通报。"
    )
    assert found.organizer is not None and found.organizer.value == "县委常委班子"
    assert found.meeting is not None and found.meeting.value == "2024年度民主生活会"
    for name in ("亓某庚", "鄂某华"):
        person = found.person(name)
        assert person is not None and {"列席", "发言"} <= set(person.actions)
    assert found.person("会上") is None


def test_a_taiwan_press_release_its_roc_page_date_contact_line_and_another_rounds_chair() -> None:
    """(r87) '发布日期：114-04-15' (an ROC year) dates the page, so '15日下午' is 4月15日下午; the press contact line is no
    one at the meeting; '第一轮由副县长某某主持' chaired another round of the series; '因赴…开会，由副处长某某代表出席' is
    an absence."""
    found = _facts(
        "基层座谈第二轮第5场\n发布单位：民政处\n发布日期：114-04-15\n"
        "县政府基层建设座谈会第二轮第5场，15日下午2时在乡公所3楼大礼堂举行，由县长宫某蓁亲自主持。\n"
        "县府今年首度采两轮制：第一轮由副县长阎某文主持，2月至3月巡回全县13乡镇市。"
        "社会处长房某宜因赴卫福部开会，由副处长戈某贞代表出席。\n"
        "新闻联络人：民政处自治行政科科长 靳某婷　电话：(06)6321150"
    )
    assert found.date is not None and found.date.value.text == "4月15日下午"
    assert found.as_dict()["chairs"] == ["宫某蓁"]
    assert found.person("阎某文") is None and found.person("房某宜") is None
    assert all(p.name != "靳某婷" for p in (*found.people, *found.mentioned))


def test_a_festive_purpose_after_the_meeting_met_and_no_body_with_a_year() -> None:
    """(r86) '…座谈会在…召开，60余名离退休干部代表欢聚一堂，共庆佳节、共话发展': the theme; '濯川县2025年重阳节离退休干部
    座谈会在…召开' names no organiser (a year is in no body's name); 向老同志 is no one."""
    found = _facts(
        "10月28日上午，濯川县2025年重阳节离退休干部座谈会在县老干部活动中心三楼多功能厅召开，60余名离退休干部代表欢聚一堂，"
        "共庆佳节、共话发展。县委常委、组织部部长訾某雯主持。\n訾某雯在主持时表示，明年春节前将向老同志通报全年工作。"
    )
    assert found.theme is not None and "共庆佳节、共话发展" in found.theme.value
    assert found.organizer is None or "2025年" not in found.organizer.value
    assert found.person("向老") is None


# --- (batch 54) people known by a form of address, honours, title chains, delegators --------------


def test_one_known_by_family_name_and_form_of_address_who_speaks_takes_part() -> None:
    facts = _facts(
        "昨日，某街坊会举行座谈会，约五十名街坊参与。\n"
        "居于某邨某楼、今年八十二岁的郜伯率先发言。他说升降机经常故障。\n"
        "在某街经营杂货铺三十年的蔺太则反映，街口车位长期被霸占。\n"
    )
    people = {p.name: p for p in facts.people}
    assert "郜伯" in people and "蔺太" in people
    assert "反映" in people["蔺太"].actions
    assert any(st.speaker == "蔺太" for st in facts.statements)
    assert {"郜伯", "蔺太"} <= set(facts.speakers)


def test_a_form_of_address_no_verb_follows_is_no_one() -> None:
    facts = _facts("昨日，某社区召开议事会。蔺女士家住某苑3栋，楼下有一处积水。\n会议由社区主任郜某某主持。\n")
    assert "蔺女士" not in {p.name for p in facts.people}


def test_a_quoted_honour_before_a_post_is_read_past() -> None:
    facts = _facts("2月3日上午，某县召开座谈会。\n县“最美退役军人”、某村党支部书记郜建军等参加座谈。\n")
    person = facts.person("郜建军")
    assert person is not None and "某村党支部书记" in person.roles


def test_a_chairs_posts_in_two_runs_are_all_his() -> None:
    facts = _facts("2月3日上午，某县召开座谈会。会议由县某局党组书记、局长，县某中心主任郜海宁主持。\n")
    person = facts.person("郜海宁")
    assert person is not None and "主持" in person.actions
    assert any(r.endswith("局长") for r in person.roles) and any(r.endswith("中心主任") for r in person.roles)


def test_one_who_delegated_is_mentioned_not_present() -> None:
    facts = _facts("2月3日上午，某县召开座谈会。受县委书记郜永川委托，县委常委、副县长蔺立群出席会议并讲话。\n")
    assert "郜永川" in {p.name for p in facts.mentioned}
    assert "郜永川" not in {p.name for p in facts.people}


def test_a_statement_verb_before_a_count_attributes_nothing() -> None:
    facts = _facts("昨日，某会举行座谈会。\n郜健文代表三位议员汇报，首季共提交书面质询二十七份、媒体表态一百四十二次。\n")
    assert not any(st.verb == "表态" for st in facts.statements)


# --- (batch 55) posts taken by a roster, withheld names, own-tongue names, title runs, sittings -----------
def test_each_of_a_roster_before_a_post_takes_it() -> None:
    facts = _facts(
        "9月23日上午，某区检察院召开公开听证会。\n"
        "区人大代表、某村党总支书记郜秀兰，人民监督员蔺国平，某调解委员会主任谯立群担任听证员。\n"
    )
    for name in ("郜秀兰", "蔺国平", "谯立群"):
        person = facts.person(name)
        assert person is not None and "听证员" in person.roles, name


def test_one_whose_name_is_withheld_says_no_words_of_the_last_speaker() -> None:
    facts = _facts(
        "9月23日上午，某区检察院召开公开听证会。\n"
        "郜立新说：“我们对处理没有意见。”蒯某某当场向阙家致歉：“我一时冲动做了错事。”\n"
    )
    assert not any("一时冲动" in st.text for st in facts.statements if st.speaker == "郜立新")


def test_a_name_in_the_speakers_own_tongue_is_the_chinese_name_it_glosses() -> None:
    facts = _facts(
        "某部落18日召开部落会议。\n"
        "会议由部落会议主席尤干‧比浪（郜志明）主持，头目瓦历斯‧达吉（蔺清山）、县议员谯正德都到场。\n"
        "87岁的头目瓦历斯‧达吉用族语说，土地是祖先借给我们的。\n"
    )
    assert facts.as_dict()["chairs"] == ["郜志明"]
    person = facts.person("蔺清山")
    assert person is not None and "头目" in person.roles
    assert "谯正德" in {p.name for p in facts.people}
    assert not any("‧" in p.name for p in (*facts.people, *facts.mentioned))


def test_a_run_of_titles_alone_between_commas_is_the_next_names() -> None:
    facts = _facts("3月14日，某学院召开教代会。学校党委书记郜正航，党委副书记、校长，学术委员会主任蔺立诚等校领导在主席台就座。\n")
    person = facts.person("蔺立诚")
    assert person is not None and {"党委副书记", "校长"} <= set(person.roles)
    assert facts.person("郜正航") is not None


def test_on_the_schools_behalf_names_no_one() -> None:
    facts = _facts("3月14日，某学院召开教代会。\n蔺立诚代表学校作了题为《奋力前行》的工作报告。\n")
    assert "学校" not in {p.name for p in (*facts.people, *facts.mentioned)}


def test_a_sitting_on_the_meetings_day_after_the_day_before_is_the_meetings() -> None:
    facts = _facts(
        "3月14日至15日，某学院第三届教职工代表大会在报告厅召开。\n"
        "大会开幕前，13日下午召开了预备会议。14日上午的开幕式由党委副书记、工会主席郜慧敏主持。\n"
    )
    assert "郜慧敏" in facts.as_dict()["chairs"]


# --- (batch 56) quoted names inside titles, inheritors, a banner line, a meeting before, a company's sitting-in -------------
def test_a_quoted_name_inside_a_title_is_part_of_it() -> None:
    facts = _facts(
        "6月9日上午，县文化和旅游局在县文化馆召开座谈会。\n"
        "市政协副主席甘晓春，县级非遗项目“慈云寺梵乐”代表性传承人释觉明等应邀出席座谈会。\n"
    )
    person = facts.person("释觉明")
    assert person is not None and any(r.endswith("代表性传承人") and "慈云寺梵乐" in r for r in person.roles)


def test_inheritors_listed_before_they_speak_are_speakers() -> None:
    facts = _facts(
        "6月9日上午，县文化和旅游局在县文化馆召开座谈会。\n"
        "随后，禚福山、佴秀兰、蒯德旺等8位传承人先后发言。\n"
    )
    assert {"禚福山", "佴秀兰", "蒯德旺"} <= set(facts.as_dict()["speakers"])


def test_a_banner_on_how_to_read_the_site_is_no_lead() -> None:
    facts = _facts(
        "本站建議以最新版瀏覽器開啟，以獲得較佳閱讀體驗。\n"
        "2027/06/22 05:30　　記者郟慧玲／翠嶺報導\n"
        "某國小全校僅剩23名學生，縣府評估小組5月28日開會後啟動合併或停辦程序。"
        "教育處昨（21）日晚間7時在某國小活動中心召開公聽會，約150名家長到場。\n"
    )
    d = facts.as_dict()
    assert d["date"] == "6月21日晚间", d["date"]
    assert d["organizer"] == "教育处"


def test_one_sitting_in_who_breaks_in_takes_part() -> None:
    facts = _facts(
        "6月9日上午，县文化和旅游局在县文化馆召开座谈会。\n"
        "座谈中，应邀列席的县文旅投资集团有限公司副总经理冀少峰不时插话。\n"
    )
    person = facts.person("冀少峰")
    assert person is not None and "插话" in person.actions and person.roles == ("县文旅投资集团有限公司副总经理",)


# --- (batch 57) a name hidden as 某, a day of this month, an office that leads, one abroad -------------
def test_a_name_hidden_as_mou_ends_with_it() -> None:
    facts = _facts(
        "1月9日下午，县人社局召开欠薪问题协调会。\n"
        "劳务分包单位某建筑劳务有限公司实际负责人厍某经多次电话通知，仍未到场。\n"
    )
    names = [p.name for p in (*facts.people, *facts.mentioned)]
    assert "厍某" in names and "厍某经" not in names, names


def test_a_day_of_this_month_takes_the_page_month() -> None:
    facts = _facts(
        "发布时间：2027-01-11 16:08　　来源：县劳动保障监察大队\n"
        "本月9日下午3时，由县根治拖欠农民工工资工作领导小组办公室牵头，会同县住建局召开的某项目欠薪问题协调会，在某镇综治中心举行。\n"
    )
    d = facts.as_dict()
    assert d["date"] == "1月9日下午", d["date"]
    assert d["organizer"] == "县根治拖欠农民工工资工作领导小组办公室", d["organizer"]


def test_one_abroad_is_named_without_ren() -> None:
    facts = _facts(
        "5月19日下午，市府交通局在某活动中心召开路线调整说明会。\n"
        "崧鹤客运董事长仉文祥人在国外，由营运部经理郗家豪代表出席。\n"
    )
    names = [p.name for p in (*facts.people, *facts.mentioned)]
    assert "仉文祥" in names and "仉文祥人" not in names, names
