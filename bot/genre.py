"""The genre's vocabulary (bot/genre.yaml), loaded once and compiled."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .dates import DateReader
from .figures import Figure, parse_figure
from .scripts import HAN_CLASS
from .yamlread import UniqueKeyLoader


@dataclass(frozen=True)
class Genre:
    mojibake: tuple[tuple[str, str], ...]
    furniture: tuple[re.Pattern[str], ...]
    published: tuple[re.Pattern[str], ...]  # a line that dates the page (y, m, d groups): 发布：2025-06-19
    sound_bite: re.Pattern[str]  # 【同期声】职务　姓名: whose words the next line holds
    narration_label: re.Pattern[str]  # （解说） before a paragraph
    furniture_tail: tuple[re.Pattern[str], ...]
    lost_month: re.Pattern[str]
    honours: re.Pattern[str]
    copy_guard: re.Pattern[str]  # a forum's anti-copying junk
    day_month: re.Pattern[str]
    cantonese: tuple[tuple[str, str], ...]  # Cantonese words and their Mandarin, longest first
    cantonese_markers: tuple[str, ...]
    cantonese_patterns: tuple[tuple[re.Pattern[str], str], ...]
    cantonese_min: int
    bylines: tuple[re.Pattern[str], ...]
    byline_roles: tuple[str, ...]
    photo_credit: re.Pattern[str]  # a caption's credit: the photographer's name
    titles: tuple[str, ...]
    actions: dict[str, tuple[str, ...]]
    speaking_actions: tuple[str, ...]
    roster_openers: tuple[str, ...]
    chaired_by: re.Pattern[str]
    list_labels: dict[str, tuple[str, ...]]
    list_label_patterns: tuple[re.Pattern[str], re.Pattern[str]]  # the label opening a clause, ending one
    question_labels: tuple[str, ...]
    answer_action: str
    reporter_subjects: tuple[str, ...]  # 记者问及…: the reporter asks
    labelled_turn: re.Pattern[str]  # '问（某公司总经理某某）：…'
    elected_verbs: dict[str, str]  # 当选 -> 当选, 获推举为 -> 获推举
    surname_readings: dict[str, str]  # 乐正 -> yuezheng: a family name's own reading
    numbered_heading: re.Pattern[str]  # '（二）关于茶产业。…': a heading's number before the views
    visit_title: re.Pattern[str]  # '某某会见某某一行': a meeting with visitors, named by its headline
    visit_hosts: re.Pattern[str]  # '市委书记A，…B在某宾馆会见了…': its hosts and the verb
    electing_verbs: dict[str, str]  # 选举 -> 当选: a body elects those named after it ('…选举A为会长')
    reelected: str  # 连任: keeps a post ('E连任秘书长')
    speaker_line: re.Pattern[str]  # '某某（某公司董事长）：…'
    turn_actions: dict[str, str]  # 问 -> 提问, 答 -> 答复
    answer_verb: str
    roster_tails: tuple[re.Pattern[str], ...]
    counted_tail: re.Pattern[str]
    by_video: re.Pattern[str]  # '…通过视频连线' ending a clause: the one before it takes part
    remote_part: re.Pattern[str]  # '…出差，通过某系统远程参与接待': away, yet taking part from afar
    roster_adverbials: re.Pattern[str]
    roster_adverbs: tuple[str, ...]
    object_marker: re.Pattern[str]
    roster_settings: re.Pattern[str]
    relay_before: tuple[str, ...]
    relay_after: tuple[str, ...]
    mention_followers: tuple[str, ...]
    mention_openers: tuple[str, ...]
    mention_opener: re.Pattern[str]  # everything up to the last opener of a passing mention's role
    kin_titles: tuple[str, ...]
    address_forms: tuple[str, ...]
    withheld_name_marks: tuple[str, ...]  # 某某 of 蒯某某: a name the report withholds
    household_marks: tuple[str, ...]  # 家 of 蒯家: that one's household
    familiar_prefixes: tuple[str, ...]  # 老 of 老林
    unnamed_openers: tuple[str, ...]
    late_name: re.Pattern[str]  # '老人名叫某某，今年78岁': a name given late (group 1)
    phone_number: re.Pattern[str]  # 12345, 2286-1999: a number to call, no figure
    surnames: frozenset[str]
    name_characters_as_written: frozenset[str]
    traditional_as_written: frozenset[str]  # characters a Traditional report may write that the converter changes (台 -> 臺)
    traditional_variants: dict[str, str]  # a Traditional character a question may write -> the converter's (台: 臺)
    figure_links: tuple[str, ...]
    figure_breakdown: re.Pattern[str]
    compound_surnames: tuple[str, ...]
    spelt_name_starts: tuple[str, ...]  # 莫哈末: a Malay (or other) name spelt in characters, no family name, up to ten
    abbreviation_notes: tuple[str, ...]
    abbreviation_note: re.Pattern[str]  # （以下简称“某某”）, （下称「某某」）: the note, whole
    founding_verbs: tuple[str, ...]  # 成立: a body set up at the meeting, whose posts are no roster of it
    leading_verbs: tuple[str, ...]  # 带领: a titled person leading others; the clauses after go on with them
    object_markers: tuple[str, ...]  # 同, 向: a name after them is someone acted on
    name_stops: tuple[str, ...]
    non_names: tuple[str, ...]
    attendance_actions: tuple[str, ...]
    gathering_words: tuple[str, ...]
    sitting_in: tuple[str, ...]  # 列席: attending with no vote, no roll call's count
    leader_words: tuple[str, ...]  # 市领导: the leaders of a level
    rank_prefixes: tuple[str, ...]  # 副 of 副局长: another rank than 局长
    deputy_rank: str  # 副: the deputy of a title (副主席 of 主席)
    term_label: re.Pattern[str]  # 第二届: a body's term in a title
    meeting_with: re.Pattern[str]
    group_lead_in: re.Pattern[str]
    statement_verbs: tuple[str, ...]
    comma_verbs: tuple[str, ...]
    statement_settings: re.Pattern[str]
    chair_titles: tuple[str, ...]
    chairing_titles: tuple[str, ...]  # 委员会主席: the chairman of a committee's own meeting
    roster_rewrites: tuple[tuple[re.Pattern[str], str], ...]
    background_markers: tuple[str, ...]
    speaking_turn: re.Pattern[str]
    sentence_openers: tuple[str, ...]
    briefing_objects: tuple[str, ...]
    responding_actions: tuple[str, ...]
    continuation_openers: tuple[str, ...]
    narrative_openers: tuple[str, ...]
    back_references: tuple[str, ...]
    residence_openers: tuple[str, ...]  # 住在, 家住: a clause that introduces a resident by where they live
    succeeding_chair_verbs: tuple[str, ...]  # 接续主持: one chair after another, the first not named as chairing
    back_adverbs: tuple[str, ...]  # 又 of 他又指: between a back reference's pronoun and its verb
    meeting_speaker: str
    meeting_subjects: tuple[str, ...]
    meeting_adverbs: tuple[str, ...]
    meeting_verbs: tuple[str, ...]
    meeting_words: tuple[str, ...]
    meeting_stems: tuple[str, ...]  # 恳谈 of 恳谈会, 座谈 of 座谈会: a meeting word said short
    generic_meeting_words: frozenset[str]
    short_meeting_names: tuple[str, ...]  # 特别会议: a meeting's name of four characters
    act_meetings: dict[str, str]  # '通报' -> '情况通报会': a lead's act and the kind of meeting it makes
    act_receiver: str  # '向': between the doer and the receiver of the act
    held_verbs: tuple[str, ...]
    activity_held_verbs: tuple[str, ...]
    held_pattern: str  # one alternation: the held verbs, and 开展 where an activity follows (开展第9期“某某”活动)
    activity_held: str  # …of which the second part alone
    place_markers: tuple[str, ...]
    activities: tuple[str, ...]
    time_phrase_ends: tuple[str, ...]
    venue_suffixes: tuple[str, ...]
    negations: tuple[str, ...]
    partner_joiners: tuple[str, ...]  # 与, 联同: one named first acts with the titled one after
    cause_marks: tuple[str, ...]  # 因为, 由于: words that give a reason
    speech_acts: tuple[str, ...]  # 讲话, 作主旨演讲: the meeting's speech given
    consequence: re.Pattern[str]  # …仍不到案的，依法移送…: what follows if something is not done
    planned_marks: tuple[str, ...]  # 原订: a day set before…
    moved_marks: tuple[str, ...]  # 延到: …and the one it was moved to
    condition_marks: tuple[str, ...]  # 凡, 只限, 符合: words that say who may have something
    hearsay_opener: re.Pattern[str]  # 据某某转述，: who passed on the words after it
    figure_qualifiers: tuple[str, ...]
    deadline: re.Pattern[str]
    period: re.Pattern[str]
    duration: re.Pattern[str]  # 历时约两个半小时: how long something lasted
    next_session: re.Pattern[str]  # 下一次调度会定于11月中旬召开: when the next session meets
    clock_time: re.Pattern[str]  # 上午9点, 下午3时半: the hour of the day
    quorum: re.Pattern[str]  # 应出席代表236名，实到221名: the roll call (expected, present)
    female_note: str  # 女 of '厍秀英(女)'
    explains: tuple[str, ...]  # 即, 是指, 包括: what follows a term the report spells out
    venue_sentence: re.Pattern[str]
    negated_action: re.Pattern[str]  # 未能出席: an action said not to have happened
    absence: re.Pattern[str]  # 某某因…未能到会: someone not there
    other_session: re.Pattern[str]  # 第一轮由某某主持: a session of the series other than the report's
    rank: re.Pattern[str]  # 居全市第3位: a rank a clause gives
    visit_verbs: tuple[str, ...]  # 察看, 视察: going to see a place
    arrival_verbs: tuple[str, ...]  # 来到, 走进: someone arriving at the place where it was held
    led_arrival: str  # '率领官员到某礼堂，出席…': one leading others to the place (a regular expression)
    relay_verbs: tuple[str, ...]  # 传达: a speech given elsewhere, passed on to this meeting
    frequency: re.Pattern[str]  # 每月第一个周五: how often something is held
    money_sides: dict[str, tuple[str, ...]]  # spending: 投资, 造价…; earning: 收入, 租金…: the word before a money figure
    change_from: tuple[str, ...]  # 从, 由: before a figure that went to another
    change_verbs: tuple[str, ...]  # 发展, 压缩: between the two
    change_to: tuple[str, ...]  # 到, 至: before the second
    member_list: re.Pattern[str]  # 由7名专家组成，分别是：: a body's members follow
    organizer_by_verbs: tuple[str, ...]  # 由某局组织: the organiser, only after 由 and at a clause's end
    denials: tuple[str, ...]  # 暂时未有计划: no to what the sentence names
    other_scope: re.Pattern[str]  # 前六期, 累计: another session or period
    another_subject: re.Pattern[str]  # 警方亦…: a clause of another subject
    past_marks: re.Pattern[str]  # 曾, 早在, 去年: a clause of what was done before
    earlier_meeting_scene: re.Pattern[str]  # 在今年1月召开的…会议上: another meeting, the scene of what came before
    per_unit: re.Pattern[str]  # 一席, 每公升 before a price asked
    per_unit_marks: tuple[str, ...]  # 每, 一: a sentence's price of one unit
    after_marks: tuple[str, ...]  # 后 of '…5月28日开会后启动…': a meeting held before what the sentence tells
    etc_mark: str  # 等: more than a list names
    name_heads: tuple[str, ...]  # 小区, 项目: what a named thing is later called by alone
    name_head_pointers: tuple[str, ...]  # 该, 这个: before such a head
    located_at: re.Pattern[str]  # 位于, 设在: where a thing stands
    earlier_session: re.Pattern[str]  # 首场…已于, 前三期: another session of the same meeting, held before
    enumeration: re.Pattern[str]  # 'A、B、C等'
    ordinal_enumeration: re.Pattern[str]  # '一是…；二是…': items told in turn by their places
    words_around_actions: frozenset[str]  # 工作: 作 of 工作报告 starts no action
    quoted_action: re.Pattern[str]  # '“做东”': group 1 is the action
    honour_opener: re.Pattern[str]  # '县“最美退役军人”、': an honour before one's post in a roster
    comrade_before_action: re.Pattern[str]  # '某某同志作…': 同志 right before an action
    generic_bodies: tuple[str, ...]  # 单位: any body answers 哪些单位
    total_words: tuple[str, ...]  # 总投资, 合计: a total over a list
    title_aliases: dict[str, tuple[str, ...]]  # 副总 -> 副总经理, 副总裁
    title_things: tuple[str, ...]  # 令 of 总河长令: the title names a thing
    subjectless_openers: tuple[str, ...]  # 同时，…: the last sentence's subject goes on
    meeting_ordinals: tuple[re.Pattern[str], ...]
    theme_stated: tuple[re.Pattern[str], ...]
    theme_markers: tuple[re.Pattern[str], ...]
    theme_after_meeting: tuple[re.Pattern[str], ...]  # '…现场办公会，协调解决…': what it was called to do
    theme_trim_leading: tuple[str, ...]
    theme_trim_trailing: tuple[str, ...]
    organizer_verbs: tuple[str, ...]
    convening_verbs: tuple[str, ...]  # 邀集: a titled person before it convenes the meeting
    partner_verbs: dict[str, tuple[str, ...]]  # facet -> verbs: co_host -> 承办
    organization_suffixes: tuple[str, ...]
    government_units: tuple[str, ...]  # 局, 司, 厅: a post of a government's body (lexicon's official words ask of them)
    non_government_ends: tuple[str, ...]  # 公司, 商会: a body that ends so is no government's
    meeting_end: str  # 会: how a word for a meeting of its own kind ends
    name_joint: str  # 暨: between the names of a meeting's parts
    weekday: re.Pattern[str]  # 星期六: a weekday, before a date in brackets that is its day
    company_joiners: tuple[str, ...]  # 与: before the people a meeting was held with, after its place
    organizer_joints: tuple[str, ...]  # 联合: between two bodies that hold a meeting together
    place_owned: re.Pattern[str]  # 该会辖下: whose a place is, before its name
    age_bracket: re.Pattern[str]  # 某某（34岁，软件工程师）问: one introduced with their age
    stated_age: re.Pattern[str]  # 今年67岁 at a clause's end: the one named before it
    superlatives: tuple[str, ...]  # 最大: a figure's rank among others, said before or after it
    superlatives_least: tuple[str, ...]  # 最少: …the smallest
    superlative_names: tuple[str, ...]  # 最低工资: a name that holds a superlative and ranks nothing
    superlatives_en: tuple[str, ...]  # most, least: in English
    superlatives_en_least: tuple[str, ...]
    superlative_bounds: tuple[str, ...]  # 最多: also a limit (最多补贴5000元)
    occupation_ends: tuple[str, ...]  # 员 of 退休公务员: a word for one's work before the name
    affiliation_ends: tuple[str, ...]  # 党 of 社区同行党某某: a party or sector before a legislator's name
    side_label: str  # 方面 of 议员方面，…: a group's label before its members' turn
    month_in_words: re.Pattern[str]  # 十月: a month asked of in words
    year_compared: re.Pattern[str]  # 较去年: a year of comparison, no frame
    year_on_year: re.Pattern[str]  # 同比上升4.6%: a change on last year
    anew_openers: tuple[str, ...]  # 会上: a sentence set at the meeting anew
    award_given: re.Pattern[str]  # 颁发奖状给…, 授予…称号: those commended
    award_action: str  # 受奖
    list_leads: tuple[str, ...]  # 与 of 与制造业、农业…: where a list starts
    list_units: tuple[str, ...]  # 个, 类: a count of kinds a list may answer
    on_behalf: tuple[str, ...]  # 代表 of 代表某某移交: in their stead
    vague_counts: tuple[str, ...]  # 一批: a count that names nothing
    decision_words: tuple[str, ...]  # 获得通过, 会议决定: what the meeting decided
    proposal_marks: tuple[str, ...]  # 拟将: a matter put forward, decided after
    remainder_marks: tuple[str, ...]  # 其余3条: part of a count left undone
    done_marks: tuple[str, ...]  # 办结 of 已办结8条: a part of a count done
    part_marks: tuple[str, ...]  # 其中: a total's parts follow
    tentative_marks: tuple[str, ...]  # 会研究: a matter left open, no yes
    back_pointers: tuple[str, ...]  # 上述: a thing named before
    back_pointer_follows: str  # 由以经…: what may follow it
    body_levels: tuple[str, ...]  # 省, 市, 县: the levels a body of government or party is named by (省委, 县政府)
    level_bodies: tuple[str, ...]  # 委, 政府, 人大, 政协: …and the bodies after them
    next_step_marks: tuple[str, ...]  # 将, 计划, 力争: a sentence of what will be done
    female_forms: tuple[str, ...]  # 女士, 阿姨: forms of address of a woman (and 她, how the report goes on about her)
    male_forms: tuple[str, ...]  # 先生, 阿伯: …of a man (and 他)
    verb_titles: tuple[str, ...]  # 代表: a title that acts for a body named after it
    owner_nouns: tuple[str, ...]  # 老板, 店主: one a business's customers call by what they are, not a post
    individual_nouns: tuple[str, ...]  # 工人, 伤者: one the report tells of by what befell them, maybe unnamed
    firm_name_end: str  # 有限公司: how a firm's full name ends, its brand and place before ('科瓦特精密传动（沣湄）有限公司')
    list_ends: tuple[str, ...]  # 等: the end of a list
    total_marks: tuple[str, ...]  # 共 of 共7.5万元: a total
    decision_item: re.Pattern[str]  # 动议 of 动议以13票赞成…: a thing named before
    award_giving: tuple[str, ...]  # 颁奖, 授予: giving it
    list_joiners: re.Pattern[str]  # 、, 以及: between the people of a list
    holding_places: tuple[str, ...]
    offices: tuple[str, ...]  # bodies named after a person (议员办事处)
    stock_code: re.Pattern[str]  # （3592） after a listed company's name
    trade_before_name: re.Pattern[str]  # 面板厂 before a company's name
    place_abbreviations: dict[str, str]
    research_findings: tuple[str, ...]
    group_words: tuple[str, ...]
    people_nouns: tuple[str, ...]  # 技工, 居民: a count of them is of people
    group_verbs: tuple[str, ...]
    group_adverbs: tuple[str, ...]
    setting_openers: tuple[str, ...]
    outside_groups: tuple[str, ...]
    guest_words: tuple[str, ...]  # 嘉宾: whoever came, unless the report names some so
    group_roles: dict[str, tuple[str, ...]]
    research_markers: tuple[str, ...]
    site_suffixes: tuple[str, ...]
    research_verbs: tuple[str, ...]
    research_teams: tuple[str, ...]
    research_any_place: str
    itinerary: re.Pattern[str]  # 首先来到A…随后来到B…最后一站是C: a visit's stops
    relative_dates: tuple[str, ...]
    same_day_words: tuple[str, ...]
    days_before_page: dict[str, int]
    paragraph_setting: re.Pattern[str]
    pointing_back: re.Pattern[str]
    host_references: tuple[str, ...]  # 该院 of the 检察院 that holds the meeting
    which_one: re.Pattern[str]
    theme_before_name: re.Pattern[str]
    session_of: re.Pattern[str]  # 第四次会议 after a congress's name: part of the name
    same_day_later: dict[str, str]  # 当晚: 晚, after an earlier event the same day
    activity_words: tuple[str, ...]  # 活动: a visit or event that may hold the meeting (its subtitle names it)
    vague_dates: tuple[str, ...]  # 日前, 近日: a lead that gives no day; a later sentence may
    english_lookalikes: tuple[str, ...]
    day_parts: tuple[str, ...]
    units: tuple[str, ...]
    magnitudes: tuple[str, ...]
    unit_kinds: dict[str, tuple[str, ...]]
    unit_questions: dict[str, tuple[str, ...]]
    count_words: tuple[str, ...]
    unit_aliases: dict[str, tuple[str, ...]]
    which_words: tuple[str, ...]
    generic_classifier: str
    dates: DateReader  # finds dates as written (7月11日, 28日, 昨日上午, 十一月三日)
    points: dict[str, tuple[str, ...]]  # kind of point -> its markers (purpose, expectation …)
    purpose_clause: re.Pattern[str]  # '为…，' opening the sentence that holds the meeting
    this_event: tuple[str, ...]  # 此次, 本次: a sentence that opens on the event itself
    ordinal_pattern: re.Pattern[str]
    session_units: tuple[str, ...]  # 次, 场: units that number a meeting's sessions alike
    figure_pattern: re.Pattern[str]
    percent_words: re.Pattern[str]  # 百分之八点六: a share in words
    chair_action: str
    speak_action: str
    point_marker: str
    summary_actions: tuple[str, ...]
    raising_verbs: tuple[str, ...]  # 反映: a complaint raised
    answering_verbs: tuple[str, ...]  # 答复: its answer
    item_label: re.Pattern[str]  # '方案一：' opening a labelled item, its label and number
    unnaming_words: tuple[str, ...]  # 城市 of 城市供水价格调整听证会: a piece of a meeting's name that names no meeting
    venue_openers: tuple[str, ...]  # 邨内 of 邨内鲤峰社区会堂: where the venue stands, said before its name, no part of it
    holding_manners: tuple[str, ...]  # 自办 of '…自办公听会': how a meeting is held, which ends no body's name
    post_given_verbs: tuple[str, ...]  # 兼任 of '临时党支部书记由某某兼任'
    post_taking_verbs: tuple[str, ...]  # 出任 of '禚某出任监事长'
    meeting_posts: tuple[str, ...]  # 总监票人: a post the meeting fills from those present
    list_openers: tuple[str, ...]  # 分别是 of '两侧分别是A和B': a title starts after it
    document_title: re.Pattern[str]  # 《…》 of a meeting's name: the document it is about
    item_markers: re.Pattern[str]  # 一是, （二）: where an item of a list opens inside a sentence
    item_joints: re.Pattern[str]  # 、, 和: what joins the items of a list of things
    time_span: re.Pattern[str]  # 自即日起至12月20日, 为期6天: how long, by its ends or its length
    research_place_kinds: tuple[str, ...]
    research_province_kinds: tuple[str, ...]
    place_suffixes: tuple[str, ...]
    where_suffixes: tuple[str, ...]  # 片区 of 在某市前湾片区试点: a place where something is done
    which_nouns: tuple[str, ...]
    venue_words: tuple[str, ...]
    compound_terms: tuple[str, ...] = ()

    def figure(self, text: str) -> Figure:
        """A figure counts_in found, read into its value and unit (qualifiers such as 约, 不少于 left out)."""
        return parse_figure(text, self.units, self.figure_qualifiers)

    def change(self, clause: str) -> tuple[str, str] | None:
        """The figures a clause says one went to the other ('会员从186家发展到312家': 186家, 312家), else None."""
        found = [(m.start(), m.end(), m.group()) for m in self.figure_pattern.finditer(clause)]
        for (a0, a1, a), (b0, _, b) in zip(found, found[1:], strict=False):
            before, between = clause[max(0, a0 - 12) : a0], clause[a1:b0]
            if any(f in before for f in self.change_from) and between.endswith(self.change_to) \
                    and any(v in between for v in self.change_verbs) and len(between) <= 12:
                return a, b
        return None

    def same_measure(self, a: str | None, b: str | None) -> bool:
        """Whether two units count the same thing: 20位 and 19名 are both people."""
        people = self.unit_kinds.get("people", ())
        aliases = self.unit_aliases  # 20度 and 18℃, 多少台车 and 350辆
        items, any_unit = self.unit_kinds.get("items", ()), self.generic_classifier  # (个 counts anything: 二十多个 of '18人')
        return a == b or (a in people and b in people) or (a is not None and b in aliases.get(a, ())) or (b is not None and a in aliases.get(b, ())) \
            or (a == any_unit and b in items) or (b == any_unit and a in items)

    def superlative(self, asking: str) -> tuple[str, bool] | None:
        """The superlative a question says (最多, "the most") and whether it asks for the least."""
        for name in self.superlative_names:  # (最低工资: the minimum wage, no lowest figure asked)
            asking = re.sub(re.escape(name), " ", asking, flags=re.IGNORECASE)
        said = next((s for s in self.superlatives if s in asking), None)
        if said is not None:
            return said, said in self.superlatives_least
        words = re.findall(r"[a-z]+", asking.lower())
        said = next((w for w in words if w in self.superlatives_en), None)
        return (said, said in self.superlatives_en_least) if said else None

    def counts_in(self, text: str, units: tuple[str, ...] = ()) -> list[str]:
        """Figures in `text` ('50多家', '47.3亿元', '1.26万名', '百分之八点六'), only in `units` when given."""
        found = [(m.start(), m.group()) for m in self.figure_pattern.finditer(text) if not units or m.group(1) in units]
        if not units or "%" in units:
            found += [(m.start(), m.group()) for m in self.percent_words.finditer(text)]
        return [f for _, f in sorted(found)]

    def holds_term(self, text: str, term: str, asked: tuple[str, ...] = ()) -> bool:
        """Whether `text` holds `term` as a whole term: not only inside another compound of the
        genre when the question named a compound of its own. Asked about 营商环境, the topic word
        环境 is not held by '生态环境优美' (a different compound), but is by '营商环境' or '环境好';
        asked about 环境 alone (no compound), any 环境 holds it."""
        if term not in text:
            return False
        specific = [a for a in asked if a in self.compound_terms]
        if not specific:
            return True
        others = [c for c in self.compound_terms if term in c and c != term and c not in specific]
        inside = {
            i
            for c in others
            for m in re.finditer(re.escape(c), text)
            for i in range(m.start(), m.end() - len(term) + 1)
        }
        return any(m.start() not in inside for m in re.finditer(re.escape(term), text))

    def list_label(self, clause: str, ending: bool = False) -> tuple[str, tuple[str, ...]] | None:
        """The label a clause opens with before a list of people ('出席座谈会的有市政协副主席某某'),
        or, `ending`, the one it ends with before a colon ('出席嘉宾包括：'); and what each one
        listed did."""
        fixed = next((k for k in self.list_labels if (clause.endswith(k) if ending else clause.startswith(k))), None)
        if fixed:
            return fixed, self.list_labels[fixed]
        match = self.list_label_patterns[ending].search(clause)
        return (match.group(), self.actions[match.group(1)]) if match else None

    def ordinal(self, text: str) -> str | None:
        """'第42次' in a sentence that numbers a meeting."""
        match = self.ordinal_pattern.search(text)
        return match.group() if match else None

    def session_said(self, text: str, named: str) -> str | None:
        """The session a text says the meeting is ('这是继…第一场后的第二场公听会': 第二场), by a session ordinal right
        before the meeting's kind (the end of its name)."""
        kind = next((k for k in sorted(self.meeting_words, key=len, reverse=True) if named.endswith(k)), None)
        units = "".join(self.session_units)
        found = re.search(rf"的(第[\d一二三四五六七八九十]+[{units}]){re.escape(kind)}", text) if kind else None
        return found.group(1) if found else None

    def names_event(self, word: str) -> bool:
        """A word that names a meeting or an event (深聊会, 推介会, 签约仪式), not a body whose name ends alike (商会, 委员会)."""
        if word.endswith(self.meeting_words):
            return True
        bodies = tuple(s for s in self.organization_suffixes if len(s) > 1 and s.endswith(self.meeting_end))
        return len(word) > 2 and word.endswith(self.meeting_end) and not word.endswith(bodies)

    def same_place(self, a: str, b: str) -> bool:
        """广州 = 广州市."""
        for suffix in self.place_suffixes:
            a, b = a.removesuffix(suffix), b.removesuffix(suffix)
        return a == b

    def strip_opener(self, text: str) -> str:
        """'会上有关负责人' -> '有关负责人': a sentence opener taken off."""
        opener = next((o for o in self.sentence_openers if text.startswith(o)), "")
        return text[len(opener) :]

    @staticmethod
    def clauses_with_marks(text: str) -> list[str]:
        """A sentence's clauses, each with the mark that ends it."""
        return re.split(r"(?<=[，；：])", text)

    @staticmethod
    def bracketed_title(text: str, name: str) -> str | None:
        """'严慕白（九三学社临川市委会主委）' -> the title the report writes after the name."""
        match = re.search(re.escape(name) + r"[（(]([^）)]{2,40})[）)]", text)
        return match.group(1) if match else None


def _pattern(text: str, **values: str) -> re.Pattern[str]:
    """A regex of genre.yaml: {han} is the Han character class, other {names} are `values`."""
    for key, value in {"han": HAN_CLASS, **values}.items():
        text = text.replace("{" + key + "}", value)
    return re.compile(text)


def _activity_held(ex: dict) -> list[str]:  # type: ignore[type-arg]
    """'开展' as a verb that holds a meeting: only with an activity after it (not 开展专题视察)."""
    activity = "|".join(map(re.escape, ex.get("activity_words", ())))
    return [rf"{re.escape(v)}(?=[^，。；]{{0,40}}?(?:{activity}))" for v in ex.get("activity_held_verbs", ())]


def _figures(ex: dict) -> re.Pattern[str]:  # type: ignore[type-arg]
    """A figure with its unit: '50多家', '47.3亿元', '1,200名', and in words: '近百名', '三十余位',
    '十余家', '数十个', '两条', '十八个', '一万二千家', '十几天', '近八成', '12亿8,000万元' (group 1 is the unit).
    A lone 一 is no figure ('一家企业'), nor a lone 万 ('万家灯火') or 几 ('几个')."""
    magnitude = "|".join(ex["magnitudes"])
    unit = "|".join(re.escape(u) for u in _longest_first(ex["units"]) if u != "年")
    about = "|".join(_longest_first(ex["figure_qualifiers"]))
    about_digits = "|".join(q for q in _longest_first(ex["figure_qualifiers"]) if q != "数")  # (数十个; not 户数152户)
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    numerals = "一二两三四五六七八九十百千万亿几"
    ones = "一二两三四五六七八九"
    words = (
        rf"(?:(?:{about})[{numerals}]+|[{ones}几]?十[{numerals}]*|[{ones}几][百千][{numerals}]*|[百千](?=[余多])"
        rf"|[{ones}][{numerals}]*[万亿][{numerals}]*|[两二三四五六七八九]|(?<![同每统唯第逐])一(?=个月|个工作日|小时|天))"
    )
    years = r"(?<!\d\d\d)年(?![前后底初末度代级轻龄终])"  # a number of years (三年, 50年), not a year (2024年) or 年底
    # a score with its decimals (79.6分, 96.84分); never a whole number before 分 (9点50分 is a time)
    score = r"(?:(?<=\.\d)|(?<=\.\d\d))分(?![钟之别期批行局会析享配布担类工红管解成数])"
    # days written 日 after a verb of lasting or before 内 (公示7日, 60日内), never a date's day (10月27日)
    lasting = "|".join(ex["lasting_verbs"])
    # points of a card (每月800点), never a clock's hour (下午3点, 8点半, 9点30分)
    points = r"(?<![午晚早上晨]\d)(?<![午晚早上晨]\d\d)(?<=\d)点(?![钟半整分前后至到\d])"
    days = rf"(?<=(?:{lasting})[\d{ones}十])日|(?<=(?:{lasting})\d\d)日|(?<![月\d]\d)(?<![月\d]\d\d)日(?=内|以内|之内)"
    return re.compile(
        rf"(?<![第{numerals}\d])(?:{digits}(?:至|到|~|～|-|—))?"  # a range of them ('每队20至45人不等'), whole
        rf"(?:(?:{about_digits})?(?:{digits}亿(?={digits}万))?(?:\d+万(?=\d))?{digits}|{words})(?:多|余)?(?:{magnitude})?(?:多|余)?({unit}|{years}|{score}|{days}|{points})"
    )


def _openers(ex: dict) -> re.Pattern[str]:  # type: ignore[type-arg]
    """Everything before a passing mention's role: up to the last opener ('由', '引用', '传达'…)
    that starts no longer word of its own ('经开区')."""
    alternatives = []
    for opener in _longest_first([*ex["mention_openers"], *ex["relay_before"]]):
        tails = [w[len(opener) :] for w in ex["mention_opener_words"] if w.startswith(opener)]
        alternatives.append(re.escape(opener) + (f"(?!{'|'.join(tails)})" if tails else ""))
    return re.compile(rf"^.*(?:{'|'.join(alternatives)})")


def _longest_first(words: list[str]) -> tuple[str, ...]:
    """Longest first, words of one length in the order the genre writes them (never a set's order, which changes from one
    run to the next: '乡长某某率秘书某某' must read 乡长 first every time)."""
    return tuple(sorted(dict.fromkeys(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def load_genre() -> Genre:
    """Read bot/genre.yaml (once per process; Engine.load reads it and passes it on)."""
    text = resources.files("bot").joinpath("genre.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=UniqueKeyLoader)  # noqa: S506 (a safe loader, libyaml's where built; no key twice)
    clean, ex, ans = data["cleaning"], data["extraction"], data["answers"]
    meeting_words = "|".join(map(re.escape, _longest_first(ex["meeting_words"])))
    papers = "|".join(map(re.escape, clean["dateline_paper_suffixes"]))
    sources = "|".join(map(re.escape, _longest_first(clean["dateline_sources"])))
    sources += rf"|[{HAN_CLASS}]{{2,6}}?(?:{papers})"
    numeral = "〇一二三四五六七八九十"
    date = rf"(?:\d{{1,2}}|[{numeral}]{{1,2}})月(?:\d{{1,2}}|[{numeral}]{{1,3}})日"
    return Genre(
        mojibake=tuple(sorted(clean["mojibake"].items(), key=lambda kv: -len(kv[0]))),
        furniture=tuple(_pattern(p) for p in clean["furniture"]),
        published=tuple(_pattern(p) for p in clean["published"]),
        sound_bite=_pattern(clean["sound_bite"]),
        narration_label=_pattern(clean["narration_label"]),
        lost_month=_pattern(clean["lost_month"]),
        honours=_pattern(clean["honours"]),
        copy_guard=_pattern(clean["copy_guard"]),
        day_month=_pattern(clean["day_month"]),
        cantonese=tuple(sorted(clean.get("cantonese", {}).items(), key=lambda kv: -len(kv[0]))),
        cantonese_markers=tuple(clean.get("cantonese_markers", ())),
        cantonese_patterns=tuple((_pattern(p), r) for p, r in clean.get("cantonese_patterns", ())),
        cantonese_min=int(clean.get("cantonese_min", 0)),
        furniture_tail=tuple(_pattern(p) for p in clean["furniture_tail"]),
        bylines=tuple(_pattern(p, sources=sources, date=date) for p in clean["bylines"]),
        byline_roles=_longest_first(clean["byline_roles"]),
        photo_credit=_pattern(clean["photo_credit"]),
        titles=_longest_first(ex["titles"]),
        actions={k: tuple(v) for k, v in sorted(ex["actions"].items(), key=lambda kv: -len(kv[0]))},
        speaking_actions=tuple(ex["speaking_actions"]),
        roster_openers=_longest_first(ex["roster_openers"]),
        chaired_by=_pattern(ex["chaired_by"], meeting_words=meeting_words),
        list_labels={k: tuple(v) for k, v in ex["list_labels"].items()},
        list_label_patterns=(
            _pattern(f"^(?:{ex['list_label']})", meeting_words=meeting_words),
            _pattern(f"(?:{ex['list_label']})$", meeting_words=meeting_words),
        ),
        question_labels=_longest_first(ex["question_labels"]),
        answer_action=ex["answer_action"],
        reporter_subjects=tuple(ex["reporter_subjects"]),
        labelled_turn=re.compile(ex["labelled_turn"]),
        elected_verbs=dict(ex["elected_verbs"]),
        electing_verbs=dict(ex["electing_verbs"]),
        visit_title=_pattern(ex["visit_title"]),
        numbered_heading=_pattern(ex["numbered_heading"]),
        surname_readings=dict(ex["surname_readings"]),
        visit_hosts=_pattern(ex["visit_hosts"]),
        reelected=ex["reelected"],
        speaker_line=_pattern(ex["speaker_line"]),
        turn_actions=dict(ex["turn_actions"]),
        answer_verb=ex["answer_verb"],
        roster_tails=tuple(_pattern(p) for p in ex["roster_tails"]),
        counted_tail=_pattern(ex["counted_tail"], group_words="|".join(_longest_first(ex["group_words"]))),
        by_video=_pattern(ex["by_video"]),
        remote_part=re.compile(ex["remote_part"]),
        roster_adverbials=_pattern("|".join(ex["roster_adverbials"])),
        roster_adverbs=_longest_first(ex["roster_adverbs"]),
        object_marker=_pattern(ex["object_marker"] + r"[^，；、]{0,8}$"),
        roster_settings=re.compile(
            "(?:"
            + "|".join(
                p.replace("{meeting_words}", meeting_words).replace("{han}", HAN_CLASS)
                for p in ex["roster_settings"]
            )
            + ")$"
        ),
        relay_before=tuple(ex["relay_before"]),
        relay_after=tuple(ex["relay_after"]),
        mention_followers=_longest_first(ex["mention_followers"]),
        mention_openers=tuple(ex["mention_openers"]),
        mention_opener=_openers(ex),
        kin_titles=tuple(ex["kin_titles"]),
        address_forms=_longest_first(ex.get("address_forms", ())),
        withheld_name_marks=_longest_first(ex.get("withheld_name_marks", ())),
        household_marks=_longest_first(ex.get("household_marks", ())),
        familiar_prefixes=tuple(ex["familiar_prefixes"]),
        unnamed_openers=tuple(ex.get("unnamed_openers", ())),
        late_name=_pattern(ex["late_name"]),
        phone_number=_pattern(ex["phone_number"]),
        surnames=frozenset("".join(ex["surnames"].split())),
        name_characters_as_written=frozenset(ex["name_characters_as_written"]),
        traditional_as_written=frozenset(ex["traditional_as_written"]),
        traditional_variants={str(k): str(v) for k, v in (ex.get("traditional_variants") or {}).items()},
        figure_links=_longest_first(ex["figure_links"]),
        figure_breakdown=re.compile(ex["figure_breakdown"]),
        compound_surnames=tuple(ex["compound_surnames"]),
        spelt_name_starts=tuple(sorted(ex["spelt_name_starts"], key=len, reverse=True)),
        abbreviation_notes=_longest_first(ex["abbreviation_notes"]),
        abbreviation_note=re.compile(rf"[（(](?:{'|'.join(map(re.escape, _longest_first(ex['abbreviation_notes'])))})[^（）()]*[）)]"),
        founding_verbs=tuple(ex["founding_verbs"]),
        leading_verbs=tuple(ex["leading_verbs"]),
        object_markers=_longest_first(ex["object_markers"]),
        name_stops=_longest_first(ex["name_stops"]),
        non_names=_longest_first(ex["non_names"]),
        attendance_actions=tuple(ex["attendance_actions"]),
        gathering_words=tuple(ex["gathering_words"]),
        sitting_in=tuple(ex["sitting_in"]),
        leader_words=_longest_first(ex["leader_words"]),
        rank_prefixes=tuple(ex["rank_prefixes"]),
        deputy_rank=ex["deputy_rank"],
        term_label=re.compile(ex["term_label"]),
        meeting_with=_pattern(ex["meeting_with"]),
        group_lead_in=_pattern(ex["group_lead_in"]),
        statement_verbs=_longest_first(ex["statement_verbs"]),
        comma_verbs=tuple(ex["comma_verbs"]),
        statement_settings=_pattern(ex["statement_settings"]),
        chair_titles=_longest_first(ex["chair_titles"]),
        chairing_titles=tuple(ex["chairing_titles"]),
        roster_rewrites=tuple((_pattern(p), r) for p, r in ex["roster_rewrites"]),
        background_markers=_longest_first(ex["background_markers"]),
        speaking_turn=_pattern(ex["speaking_turn"]),
        # '通报会上，…' as '座谈会上，…': any meeting word with 上 opens a sentence
        sentence_openers=_longest_first([*ex["sentence_openers"], *(w + "上" for w in ex["meeting_words"])]),
        briefing_objects=_longest_first(ex["briefing_objects"]),
        responding_actions=tuple(ex["responding_actions"]),
        continuation_openers=_longest_first(ex["continuation_openers"]),
        narrative_openers=_longest_first(ex["narrative_openers"]),
        back_references=_longest_first(  # (a verb that attributes only before a comma, with it: 他又指，)
            [p + a + v for p in ex["back_pronouns"] for a in ("", *ex["back_adverbs"])
             for v in (*ex["statement_verbs"], *(c + "，" for c in ex["comma_verbs"]))]
        ),
        back_adverbs=_longest_first(ex["back_adverbs"]),
        residence_openers=tuple(ex["residence_openers"]),
        succeeding_chair_verbs=tuple(ex["succeeding_chair_verbs"]),
        meeting_speaker=ex["meeting_speaker"],
        meeting_subjects=_longest_first(ex["meeting_subjects"]),
        meeting_adverbs=_longest_first(ex["meeting_adverbs"]),
        meeting_verbs=_longest_first(ex["meeting_verbs"]),
        meeting_words=_longest_first(ex["meeting_words"]),
        meeting_stems=_longest_first(list(dict.fromkeys(w[:-1] for w in ex["meeting_words"] if w.endswith("会") and len(w) >= 3))),
        generic_meeting_words=frozenset(ex["generic_meeting_words"]),
        short_meeting_names=tuple(ex["short_meeting_names"]),
        act_meetings=dict(ex["act_meetings"]),
        act_receiver=ex["act_receiver"],
        held_verbs=_longest_first(ex["held_verbs"]),
        activity_held_verbs=tuple(ex.get("activity_held_verbs", ())),
        held_pattern="|".join([*map(re.escape, _longest_first(ex["held_verbs"])), *_activity_held(ex)]),
        activity_held="|".join(_activity_held(ex)) or "(?!)",
        place_markers=_longest_first(ex["place_markers"]),
        activities=_longest_first(ex["activities"]),
        time_phrase_ends=_longest_first(ex["time_phrase_ends"]),
        venue_suffixes=_longest_first(ex["venue_suffixes"]),
        negations=_longest_first(ex["negations"]),
        partner_joiners=_longest_first(ex["partner_joiners"]),
        cause_marks=tuple(ex["cause_marks"]),
        consequence=re.compile(ex["consequence"]),
        speech_acts=tuple(ex["speech_acts"]),
        planned_marks=tuple(ex["planned_marks"]),
        moved_marks=tuple(ex["moved_marks"]),
        condition_marks=tuple(ex["condition_marks"]),
        hearsay_opener=re.compile(ex["hearsay_opener"]),
        figure_qualifiers=_longest_first(ex["figure_qualifiers"]),
        deadline=re.compile(ex["deadline"]),
        period=re.compile(ex["period"]),
        duration=re.compile(ex["duration"]),
        next_session=re.compile(ex["next_session"]),
        clock_time=re.compile(ex["clock_time"]),
        quorum=re.compile(ex["quorum"]),
        female_note=ex["female_note"],
        explains=tuple(ex["explains"]),
        venue_sentence=re.compile(ex["venue_sentence"]),
        denials=_longest_first(ex["denials"]),
        other_scope=re.compile(ex["other_scope"]),
        another_subject=re.compile(ex["another_subject"]),
        past_marks=re.compile(ex["past_marks"]),
        earlier_session=re.compile(ex["earlier_session"]),
        located_at=re.compile(ex["located_at"]),
        per_unit=re.compile(ex["per_unit"]),
        per_unit_marks=tuple(ex["per_unit_marks"]),
        after_marks=tuple(ex["after_marks"]),
        etc_mark=ex["etc_mark"],
        name_heads=_longest_first(ex["name_heads"]),
        name_head_pointers=_longest_first(ex["name_head_pointers"]),
        earlier_meeting_scene=re.compile(ex["earlier_meeting_scene"]),
        enumeration=re.compile(ex["enumeration"]),
        ordinal_enumeration=re.compile(ex["ordinal_enumeration"]),
        words_around_actions=frozenset(ex["words_around_actions"]),
        quoted_action=re.compile("“(" + "|".join(map(re.escape, ex["quoted_actions"])) + ")”"),
        honour_opener=re.compile(ex["honour_opener"]),
        comrade_before_action=re.compile(
            f"(?<=[{HAN_CLASS}]{{2}})同志(?=" + "|".join(map(re.escape, _longest_first(list(ex["actions"])))) + ")"
        ),
        generic_bodies=tuple(ex["generic_bodies"]),
        total_words=tuple(ex["total_words"]),
        title_aliases={k: tuple(v) for k, v in ex["title_aliases"].items()},
        title_things=tuple(ex["title_things"]),
        subjectless_openers=tuple(ex["subjectless_openers"]),
        absence=re.compile(ex["absence"]),
        other_session=re.compile(ex["other_session"]),
        rank=re.compile(ex["rank"]),
        visit_verbs=_longest_first(ex["visit_verbs"]),
        arrival_verbs=_longest_first(ex["arrival_verbs"]),
        led_arrival=ex["led_arrival"],
        relay_verbs=_longest_first(ex["relay_verbs"]),
        frequency=re.compile(ex["frequency"]),
        change_from=tuple(ex["change_from"]),
        change_verbs=_longest_first(ex["change_verbs"]),
        money_sides={k: _longest_first(v) for k, v in ex["money_sides"].items()},
        change_to=tuple(ex["change_to"]),
        member_list=re.compile(ex["member_list"]),
        organizer_by_verbs=_longest_first(ex["organizer_by_verbs"]),
        negated_action=re.compile(
            "(?:" + "|".join(map(re.escape, _longest_first(ex["negations"]))) + ")(?:"
            + "|".join(map(re.escape, _longest_first(list(ex["actions"])))) + ")"
        ),
        meeting_ordinals=tuple(_pattern(p) for p in ex["meeting_ordinals"]),
        theme_stated=tuple(
            _pattern(p, meeting_words=meeting_words) for p in ex["theme_stated"]
        ),
        theme_markers=tuple(
            _pattern(p, meeting_words=meeting_words, activities="|".join(ex["activities"]))
            for p in ex["theme_markers"]
        ),
        theme_after_meeting=tuple(_pattern(p, meeting_words=meeting_words) for p in ex["theme_after_meeting"]),
        theme_trim_leading=_longest_first(ex["theme_trim"]["leading"]),
        theme_trim_trailing=_longest_first(ex["theme_trim"]["trailing"]),
        organizer_verbs=_longest_first(ex["organizer_verbs"]),
        convening_verbs=tuple(ex["convening_verbs"]),
        partner_verbs={k: _longest_first(v) for k, v in ex["partner_verbs"].items()},
        organization_suffixes=_longest_first(ex["organization_suffixes"]),
        government_units=tuple(ex["government_units"]),
        non_government_ends=tuple(ex["non_government_ends"]),
        meeting_end=ex["meeting_end"],
        name_joint=ex["name_joint"],
        weekday=re.compile(clean["weekday"] + "$"),
        company_joiners=tuple(ex["company_joiners"]),
        organizer_joints=tuple(ex["organizer_joints"]),
        place_owned=_pattern(ex["place_owned"]),
        age_bracket=_pattern(ex["age_bracket"]),
        stated_age=re.compile(ex["stated_age"]),
        superlatives=_longest_first(ex["superlatives"]),
        superlatives_least=tuple(ex["superlatives_least"]),
        superlative_names=_longest_first(ex["superlative_names"]),
        superlatives_en=tuple(ex["superlatives_en"]),
        superlatives_en_least=tuple(ex["superlatives_en_least"]),
        superlative_bounds=tuple(ex["superlative_bounds"]),
        occupation_ends=tuple(ex["occupation_ends"]),
        affiliation_ends=tuple(ex["affiliation_ends"]),
        side_label=str(ex["side_label"]),
        month_in_words=re.compile(ex["month_in_words"]),
        year_compared=re.compile(ex["year_compared"]),
        year_on_year=re.compile(ex["year_on_year"]),
        anew_openers=tuple(ex["anew_openers"]),
        award_given=_pattern(ex["award_given"]),
        award_action=ex["award_action"],
        list_leads=tuple(ex["list_leads"]),
        list_units=tuple(ex["list_units"]),
        on_behalf=tuple(ex["on_behalf"]),
        vague_counts=tuple(ex["vague_counts"]),
        decision_words=tuple(ex["decision_words"]),
        proposal_marks=tuple(ex["proposal_marks"]),
        remainder_marks=tuple(ex["remainder_marks"]),
        done_marks=tuple(ex["done_marks"]),
        part_marks=tuple(ex["part_marks"]),
        tentative_marks=tuple(ex["tentative_marks"]),
        back_pointers=tuple(ex["back_pointers"]),
        back_pointer_follows=ex["back_pointer_follows"],
        firm_name_end=ex["firm_name_end"],
        verb_titles=tuple(ex["verb_titles"]),
        owner_nouns=tuple(ex["owner_nouns"]),
        individual_nouns=tuple(ex["individual_nouns"]),
        female_forms=tuple(ex["female_forms"]),
        male_forms=tuple(ex["male_forms"]),
        next_step_marks=tuple(ex["next_step_marks"]),
        body_levels=tuple(ex["body_levels"]),
        level_bodies=tuple(ex["level_bodies"]),
        list_ends=tuple(ex["list_ends"]),
        total_marks=tuple(ex["total_marks"]),
        decision_item=re.compile(ex["decision_item"]),
        award_giving=tuple(ex["award_giving"]),
        list_joiners=re.compile(ex["list_joiners"]),
        holding_places=tuple(ex["holding_places"]),
        offices=tuple(ex["offices"]),
        stock_code=re.compile(ex["stock_code"]),
        trade_before_name=_pattern(ex["trade_before_name"]),
        place_abbreviations=dict(ex["place_abbreviations"]),
        research_findings=tuple(ex["research_findings"]),
        group_words=_longest_first(ex["group_words"]),
        people_nouns=tuple(ex["people_nouns"]),
        group_verbs=_longest_first(ex["group_verbs"]),
        group_adverbs=_longest_first(ex["group_adverbs"]),
        setting_openers=tuple(ex["setting_openers"]),
        outside_groups=_longest_first(ex["outside_groups"]),
        guest_words=tuple(ex["guest_words"]),
        group_roles={k: tuple(v) for k, v in ex["group_roles"].items()},
        research_markers=tuple(ex["research_markers"]),
        site_suffixes=tuple(ex.get("site_suffixes", ())),
        research_verbs=tuple(ex["research_verbs"]),
        research_teams=_longest_first(ex["research_teams"]),
        research_any_place=ex["research_any_place"],
        itinerary=_pattern(ex["itinerary"]),
        relative_dates=_longest_first(ex["relative_dates"]),
        same_day_words=tuple(ex["same_day_words"]),
        days_before_page={str(k): int(v) for k, v in (ex.get("days_before_page") or {}).items()},
        paragraph_setting=_pattern(ex["paragraph_setting"]),
        pointing_back=_pattern(ex["pointing_back"]),
        host_references=tuple(ex["host_references"]),
        which_one=_pattern(ex["which_one"]),
        theme_before_name=_pattern(ex["theme_before_name"]),
        session_of=_pattern(ex["session_of"]),
        same_day_later={str(k): str(v) for k, v in ex["same_day_later"].items()},
        vague_dates=tuple(ex.get("vague_dates", ())),
        activity_words=tuple(ex.get("activity_words", ())),
        english_lookalikes=tuple(ex.get("english_lookalikes", ())),
        day_parts=_longest_first(ex["day_parts"]),
        units=_longest_first(ex["units"]),
        magnitudes=tuple(ex["magnitudes"]),
        unit_kinds={k: tuple(v) for k, v in ex["unit_kinds"].items()},
        time_span=_pattern(ex["time_span"]),
        unit_questions={k: tuple(v) for k, v in ex["unit_questions"].items()},
        count_words=tuple(ex["count_words"]),
        unit_aliases={k: tuple(v) if isinstance(v, list) else (v,) for k, v in (ex.get("unit_aliases") or {}).items()},
        which_words=tuple(ex["which_words"]),
        generic_classifier=ex["generic_classifier"],
        dates=DateReader(tuple(ex["relative_dates"]), tuple(ex["day_parts"]), tuple(ex["address_marks"])),
        points={k: _longest_first(v) for k, v in data["points"].items()},
        purpose_clause=_pattern(data["purpose_clause"]),
        this_event=tuple(data["this_event"]),
        ordinal_pattern=_pattern(ex["ordinal"]),
        session_units=tuple(ex["session_units"]),
        figure_pattern=_figures(ex),
        percent_words=re.compile(ex["percent_words"]),
        chair_action=ans["chair_action"],
        speak_action=ans["speak_action"],
        point_marker=ans["point_marker"],
        summary_actions=tuple(ans["summary_actions"]),
        raising_verbs=tuple(ans["raising_verbs"]),
        answering_verbs=tuple(ans["answering_verbs"]),
        item_markers=_pattern(ans["item_markers"]),
        holding_manners=tuple(ex["holding_manners"]),
        unnaming_words=tuple(ex["unnaming_words"]),
        venue_openers=tuple(ex["venue_openers"]),
        item_label=_pattern(ex["item_label"]),
        post_given_verbs=tuple(ex["post_given_verbs"]),
        post_taking_verbs=tuple(ex["post_taking_verbs"]),
        meeting_posts=tuple(ex["meeting_posts"]),
        list_openers=tuple(ex["list_openers"]),
        document_title=_pattern(ex["document_title"]),
        item_joints=_pattern(ans["item_joints"]),
        research_place_kinds=tuple(ans["research_place_kinds"]),
        research_province_kinds=tuple(ans["research_province_kinds"]),
        place_suffixes=tuple(ans["place_suffixes"]),
        where_suffixes=tuple(ans["where_suffixes"]),
        which_nouns=tuple(ans["which_nouns"]),
        venue_words=tuple(ans["venue_words"]),
        compound_terms=_longest_first(ex["compound_terms"]),
    )


def own_province(report: str, provinces: Iterable[str]) -> str:
    """The province a report's 省 titles are of: the one it names most (广东 of the seed, not 江苏 it surveyed)."""
    return _own_province(report, tuple(provinces))


@lru_cache(maxsize=32)
def _own_province(report: str, provinces: tuple[str, ...]) -> str:
    counts = {p: report.count(p) for p in provinces if p in report}
    return max(counts, key=lambda p: counts[p]) if counts else ""
