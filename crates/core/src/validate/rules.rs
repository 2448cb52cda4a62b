//! Rules across fields and records that a JSON Schema cannot express: unique ids and codes,
//! references that must resolve, dates not in the future, 承诺 ≤ 法定, fee completeness, opening
//! hours, validity dates, tables (cell types, masked personal data), and sensible warnings.
//!
//! Rules run on every element that parsed, even when others did not, so one broken item does not
//! hide the rest. Each rule names the exact field it is about; [`super::locate`] places it.

use std::collections::{HashMap, HashSet};

use super::{join, text, Options, Parsed, Sink};
use crate::json::Seg;
use crate::model::*;
use crate::types::{clip, Date, Yuan};

/// The collections whose elements have ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Coll {
    Halls,
    Villages,
    Topics,
    LifeEvents,
    Items,
    Records,
}

impl Coll {
    const ALL: [Coll; 6] = [Coll::Halls, Coll::Villages, Coll::Topics, Coll::LifeEvents, Coll::Items, Coll::Records];

    pub fn key(self) -> &'static str {
        match self {
            Coll::Halls => "halls",
            Coll::Villages => "villages",
            Coll::Topics => "topics",
            Coll::LifeEvents => "life_events",
            Coll::Items => "items",
            Coll::Records => "records",
        }
    }
    fn what_zh(self) -> &'static str {
        match self {
            Coll::Halls => "便民服务大厅",
            Coll::Villages => "村（社区）",
            Coll::Topics => "主题分类",
            Coll::LifeEvents => "生活事件",
            Coll::Items => "服务事项",
            Coll::Records => "公开信息",
        }
    }
}

/// Where a reference sits inside its element; the full path is built only if it is reported.
#[derive(Debug, Clone, Copy)]
enum Site {
    ItemHall,
    ItemTopic,
    LifeEventItem(usize),
    RecordTopic,
    RecordVillage,
    RelatedItem(usize),
    ReplacedBy,
}

impl Site {
    fn path(self, owner: Coll, index: usize) -> Vec<Seg> {
        let mut p = vec![Seg::Field(owner.key()), Seg::Index(index)];
        match self {
            Site::ItemHall => p.push(Seg::Field("hall")),
            Site::ItemTopic | Site::RecordTopic => p.push(Seg::Field("topic")),
            Site::RecordVillage => p.push(Seg::Field("village")),
            Site::LifeEventItem(k) => p.extend([Seg::Field("items"), Seg::Index(k)]),
            Site::RelatedItem(k) => p.extend([Seg::Field("related_items"), Seg::Index(k)]),
            Site::ReplacedBy => p.extend([Seg::Field("validity"), Seg::Field("replaced_by")]),
        }
        p
    }
}

/// A reference whose target was not (yet) known when its element was checked.
struct PendingRef {
    to: Coll,
    id: String,
    owner: Coll,
    index: usize,
    site: Site,
}

/// Runs the rules element by element as they are parsed, so a caller may drop each element
/// right after (the staff tool does, to check a 200 MB feed in little memory). What spans
/// elements — unique ids and codes, references — is kept in small owned tables and finished in
/// [`Checker::finish`].
pub(crate) struct Checker {
    today: Date,
    /// Every id seen per collection, with the index of its first element.
    ids: HashMap<Coll, HashMap<String, usize>>,
    /// Ids of elements that failed to parse but whose `id` could be read: references to them are
    /// not reported as dangling (the element's own problem is already reported).
    lenient: HashMap<Coll, HashSet<String>>,
    codes: HashMap<String, usize>,
    index_nos: HashMap<String, usize>,
    pending: Vec<PendingRef>,
}

impl Checker {
    pub fn new(opts: &Options) -> Self {
        Checker {
            today: opts.today,
            ids: Coll::ALL.iter().map(|c| (*c, HashMap::new())).collect(),
            lenient: Coll::ALL.iter().map(|c| (*c, HashSet::new())).collect(),
            codes: HashMap::new(),
            index_nos: HashMap::new(),
            pending: Vec::new(),
        }
    }

    /// The top-level values (read before `finish`, in any order relative to the elements).
    pub fn top(&mut self, sink: &mut Sink, p: &Parsed) {
        if let Some(format) = &p.format {
            if format != FORMAT_V1 {
                sink.at_path(
                    "bad_format",
                    vec![Seg::Field("format")],
                    format!("format 应写 \"{FORMAT_V1}\"，这里写的是“{}”。这个工具只认识第 1 版数据格式。", clip(format)),
                    format!("format must be \"{FORMAT_V1}\", found “{}”", clip(format)),
                );
            }
        }
        if p.version == Some(0) {
            sink.at_path(
                "bad_version",
                vec![Seg::Field("version")],
                "数据版本 version 要从 1 开始，每发布一次加 1。",
                "version starts at 1 and grows with every publish",
            );
        }
        if let Some(g) = &p.generated_at {
            future(sink, g.date, self.today, || vec![Seg::Field("generated_at")], "生成时间", "generated_at");
        }
        if let Some(publisher) = &p.publisher {
            text::check(publisher, &[Seg::Field("publisher")], sink);
        }
        for (i, group) in p.synonyms.iter().enumerate() {
            text::check(group, &[Seg::Field("synonyms"), Seg::Index(i)], sink);
        }
    }

    /// Remembers the id of an element that could not be parsed.
    pub fn lenient_id(&mut self, coll: Coll, id: String) {
        self.lenient.entry(coll).or_default().insert(id);
    }

    pub fn hall(&mut self, sink: &mut Sink, i: usize, hall: &Hall) {
        let path = vec![Seg::Field("halls"), Seg::Index(i)];
        self.id(sink, Coll::Halls, i, &hall.id);
        text::check(hall, &path, sink);
        hours(sink, &hall.hours, &join(&path, [Seg::Field("hours")]));
    }

    pub fn village(&mut self, sink: &mut Sink, i: usize, village: &Village) {
        let path = vec![Seg::Field("villages"), Seg::Index(i)];
        self.id(sink, Coll::Villages, i, &village.id);
        text::check(village, &path, sink);
        hours(sink, &village.station.hours, &join(&path, [Seg::Field("station"), Seg::Field("hours")]));
    }

    pub fn topic(&mut self, sink: &mut Sink, i: usize, topic: &Topic) {
        self.id(sink, Coll::Topics, i, &topic.id);
        text::check(topic, &[Seg::Field("topics"), Seg::Index(i)], sink);
    }

    pub fn life_event(&mut self, sink: &mut Sink, i: usize, event: &LifeEvent) {
        self.id(sink, Coll::LifeEvents, i, &event.id);
        text::check(event, &[Seg::Field("life_events"), Seg::Index(i)], sink);
        for (k, item) in event.items.iter().enumerate() {
            self.reference(Coll::Items, item, Coll::LifeEvents, i, Site::LifeEventItem(k));
        }
    }

    pub fn item(&mut self, sink: &mut Sink, i: usize, item: &ServiceItem) {
        let path = vec![Seg::Field("items"), Seg::Index(i)];
        self.id(sink, Coll::Items, i, &item.id);
        self.unique_code(sink, i, &item.code);
        text::check(item, &path, sink);
        self.reference(Coll::Halls, &item.hall, Coll::Items, i, Site::ItemHall);
        self.reference(Coll::Topics, &item.topic, Coll::Items, i, Site::ItemTopic);
        service_item(sink, item, &path, self.today);
    }

    pub fn record(&mut self, sink: &mut Sink, i: usize, r: &Record) {
        let path = vec![Seg::Field("records"), Seg::Index(i)];
        self.id(sink, Coll::Records, i, &r.id);
        self.unique_index_no(sink, i, &r.index_no);
        text::check(r, &path, sink);
        if let Some(t) = &r.topic {
            self.reference(Coll::Topics, t, Coll::Records, i, Site::RecordTopic);
        }
        if let Some(v) = &r.village {
            self.reference(Coll::Villages, v, Coll::Records, i, Site::RecordVillage);
        }
        for (k, item) in r.related_items.iter().enumerate() {
            self.reference(Coll::Items, item, Coll::Records, i, Site::RelatedItem(k));
        }
        if let Some(to) = r.validity.as_ref().and_then(|v| v.replaced_by.as_ref()) {
            self.reference(Coll::Records, to, Coll::Records, i, Site::ReplacedBy);
        }
        record(sink, r, &path, self.today);
    }

    /// Reports the references that never found their target.
    pub fn finish(self, sink: &mut Sink) {
        for r in self.pending {
            let known = self.ids.get(&r.to).is_some_and(|m| m.contains_key(&r.id)) || self.lenient.get(&r.to).is_some_and(|s| s.contains(&r.id));
            if !known {
                sink.at_path(
                    "unresolved_ref",
                    r.site.path(r.owner, r.index),
                    format!("找不到编号为“{}”的{}：请检查编号是否写错，或在 {} 里补上它。", clip(&r.id), r.to.what_zh(), r.to.key()),
                    format!("no {} entry has id “{}”", r.to.key(), clip(&r.id)),
                );
            }
        }
    }

    /// A reference is checked now when its target is already known (the usual order: halls and
    /// topics before items, items before records), and otherwise kept for [`Checker::finish`].
    fn reference(&mut self, to: Coll, id: &str, owner: Coll, index: usize, site: Site) {
        if id.trim().is_empty() || self.ids.get(&to).is_some_and(|m| m.contains_key(id)) {
            return;
        }
        self.pending.push(PendingRef { to, id: id.to_string(), owner, index, site });
    }

    fn id(&mut self, sink: &mut Sink, coll: Coll, i: usize, id: &str) {
        let key = coll.key();
        let path = || vec![Seg::Field(key), Seg::Index(i), Seg::Field("id")];
        if !is_good_id(id) && !id.trim().is_empty() {
            sink.at_path(
                "bad_id",
                path(),
                format!("编号“{}”不合格：只能用小写英文字母、数字和连字符 -（不能以 - 开头或结尾，最长 64 个字符），例如 minzheng-dating。", clip(id)),
                format!("bad id “{}”: use lowercase letters, digits and inner hyphens, at most 64 characters", clip(id)),
            );
        }
        let seen = self.ids.entry(coll).or_default();
        match seen.get(id) {
            Some(&j) => sink.at_path(
                "duplicate_id",
                path(),
                format!("编号“{}”重复：{key}[{j}] 已经用过它。每个编号只能用一次。", clip(id)),
                format!("duplicate id “{}”: already used by {key}[{j}]", clip(id)),
            ),
            None => {
                seen.insert(id.to_string(), i);
            }
        }
    }

    fn unique_code(&mut self, sink: &mut Sink, i: usize, code: &str) {
        if code.trim().is_empty() {
            return;
        }
        match self.codes.get(code) {
            Some(&j) => sink.at_path(
                "duplicate_code",
                vec![Seg::Field("items"), Seg::Index(i), Seg::Field("code")],
                format!("事项编码“{}”重复：items[{j}] 已经用过它。事项编码必须唯一。", clip(code)),
                format!("duplicate item code “{}”: already used by items[{j}]", clip(code)),
            ),
            None => {
                self.codes.insert(code.to_string(), i);
            }
        }
    }

    fn unique_index_no(&mut self, sink: &mut Sink, i: usize, index_no: &str) {
        if index_no.trim().is_empty() {
            return;
        }
        match self.index_nos.get(index_no) {
            Some(&j) => sink.at_path(
                "duplicate_index_no",
                vec![Seg::Field("records"), Seg::Index(i), Seg::Field("index_no")],
                format!("索引号“{}”重复：records[{j}] 已经用过它。索引号必须唯一。", clip(index_no)),
                format!("duplicate index number “{}”: already used by records[{j}]", clip(index_no)),
            ),
            None => {
                self.index_nos.insert(index_no.to_string(), i);
            }
        }
    }
}

// ───────────────────────────── ids ─────────────────────────────

/// `true` for ids made of lowercase ASCII letters, digits and inner hyphens (`minzheng-1`).
pub(crate) fn is_good_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
}

// ───────────────────────────── dates and hours ─────────────────────────────

fn future(sink: &mut Sink, d: Date, today: Date, path: impl FnOnce() -> Vec<Seg>, what_zh: &str, what_en: &str) {
    if d > today {
        sink.at_path(
            "future_date",
            path(),
            format!("{what_zh} {d} 晚于今天（{today}），日期不能在将来。请检查是否写错了年份或月份。"),
            format!("{what_en} {d} is after today ({today})"),
        );
    }
}

fn hours(sink: &mut Sink, h: &OpeningHours, path: &[Seg]) {
    for (k, period) in h.periods.iter().enumerate() {
        let pp = join(path, [Seg::Field("periods"), Seg::Index(k)]);
        if period.weekdays.is_empty() {
            sink.at_path(
                "bad_weekday",
                join(&pp, [Seg::Field("weekdays")]),
                "星期是空的：请写明哪几天办公，1 是周一，7 是周日。",
                "weekdays is empty; 1 = Monday … 7 = Sunday",
            );
        }
        for (d, day) in period.weekdays.iter().enumerate() {
            if !(1..=7).contains(day) {
                sink.at_path(
                    "bad_weekday",
                    join(&pp, [Seg::Field("weekdays"), Seg::Index(d)]),
                    format!("星期写成了 {day}：只能写 1 到 7（1 是周一，7 是周日）。"),
                    format!("weekday {day} is not 1..=7"),
                );
            }
        }
        if period.open >= period.close {
            sink.at_path(
                "bad_hours",
                join(&pp, [Seg::Field("close")]),
                format!("办公时段 {}—{} 不对：结束时刻要晚于开始时刻（跨午休请分成两个时段）。", period.open, period.close),
                format!("period {}–{} closes before it opens", period.open, period.close),
            );
        }
    }
}

// ───────────────────────────── service items ─────────────────────────────

fn service_item(sink: &mut Sink, item: &ServiceItem, path: &[Seg], today: Date) {
    let f = |name: &'static str| join(path, [Seg::Field(name)]);
    future(sink, item.updated, today, || f("updated"), "信息更新日期", "updated");
    if let Some(d) = &item.devolved {
        future(sink, d.date, today, || join(path, [Seg::Field("devolved"), Seg::Field("date")]), "下放日期", "devolution date");
    }

    if item.subject.nature == BodyNature::Entrusted && item.subject.entrusted_by.as_deref().is_none_or(|s| s.trim().is_empty()) {
        sink.at_path(
            "missing_entrusted_by",
            join(path, [Seg::Field("subject"), Seg::Field("nature")]),
            "实施主体性质是“受委托单位”，必须在 entrusted_by 里写明委托单位（例如 青山县自然资源局）。",
            "nature 受委托单位 needs entrusted_by (the entrusting body)",
        );
    }

    let tl = &item.time_limit;
    if tl.promised_days > tl.legal_days {
        sink.at_path(
            "promise_exceeds_legal",
            join(path, [Seg::Field("time_limit"), Seg::Field("promised_days")]),
            format!("承诺办结时限 {} 个工作日超过了法定办结时限 {} 个工作日。承诺时限只能等于或短于法定时限。", tl.promised_days, tl.legal_days),
            format!("promised {} working days exceeds the legal {}", tl.promised_days, tl.legal_days),
        );
    }
    let counted: u64 = item.procedure.steps.iter().filter(|s| s.counts_toward_limit).map(|s| u64::from(s.work_days)).sum();
    if counted > u64::from(tl.legal_days) {
        sink.at_path(
            "steps_exceed_limit",
            join(path, [Seg::Field("procedure"), Seg::Field("steps")]),
            format!("计入时限的各环节共 {counted} 个工作日，超过了法定办结时限 {} 个工作日。", tl.legal_days),
            format!("counted steps take {counted} working days, more than the legal {}", tl.legal_days),
        );
    }

    if let Some(h) = &item.service.hours {
        hours(sink, h, &join(path, [Seg::Field("service"), Seg::Field("hours")]));
    }

    let fee = &item.fee;
    let fp = |name: &'static str| join(path, [Seg::Field("fee"), Seg::Field(name)]);
    if fee.charged {
        let parts = [(fee.basis.is_empty(), "收费依据 basis", "fee.basis"), (fee.lines.is_empty(), "收费标准 lines", "fee.lines")];
        let missing: Vec<&str> = parts.iter().filter_map(|(m, zh, _)| m.then_some(*zh)).collect();
        let missing_en: Vec<&str> = parts.iter().filter_map(|(m, _, en)| m.then_some(*en)).collect();
        if !missing.is_empty() {
            sink.at_path(
                "fee_incomplete",
                fp("charged"),
                format!("这个事项收费（charged 为 true），但没有写{}。收费事项必须公开收费依据和收费标准。", missing.join("和")),
                format!("a charged item needs both fee.basis and fee.lines; missing {}", missing_en.join(", ")),
            );
        }
    } else if !fee.lines.is_empty() {
        sink.at_path(
            "free_fee_with_lines",
            fp("lines"),
            "这个事项写的是不收费（charged 为 false），却列了收费标准。请删掉 lines，或把 charged 改成 true。",
            "a free item (charged false) must not list fee lines",
        );
    }
    for (k, line) in fee.lines.iter().enumerate() {
        if line.amount <= Yuan::default() {
            sink.at_path(
                "bad_fee_amount",
                join(path, [Seg::Field("fee"), Seg::Field("lines"), Seg::Index(k), Seg::Field("amount")]),
                format!("收费金额 {} 元不对：收费标准的金额必须大于 0。免收的情形请写在 waiver 里。", line.amount),
                format!("fee amount {} must be greater than 0", line.amount),
            );
        }
    }

    if item.conditions.materials.is_empty() {
        sink.at_path(
            "no_materials",
            join(path, [Seg::Field("conditions"), Seg::Field("materials")]),
            "这个事项没有列出申请材料。按“一次性告知”要求，请列出全部材料；确实不需要材料的，请在受理条件里说明。",
            "the item lists no materials",
        );
    }
    if item.basis.is_empty() {
        sink.at_path("no_basis", join(path, [Seg::Field("basis")]), "这个事项没有写办理依据（法律法规和条款）。", "the item has no legal basis");
    }
}

// ───────────────────────────── records ─────────────────────────────

fn record(sink: &mut Sink, r: &Record, path: &[Seg], today: Date) {
    let f = |name: &'static str| join(path, [Seg::Field(name)]);
    future(sink, r.published, today, || f("published"), "发布日期", "published");
    if let Some(w) = r.written {
        future(sink, w, today, || f("written"), "成文日期", "written");
        if w > r.published {
            sink.at_path(
                "written_after_published",
                f("written"),
                format!("成文日期 {w} 晚于发布日期 {}，请核对。", r.published),
                format!("written {w} is after published {}", r.published),
            );
        }
    }

    if let Some(v) = &r.validity {
        let vp = |name: &'static str| join(path, [Seg::Field("validity"), Seg::Field(name)]);
        if let Some(e) = v.effective {
            if e > today {
                sink.at_path(
                    "future_effective_date",
                    vp("effective"),
                    format!("施行日期 {e} 在今天之后，这份文件还没有施行。网站会照常显示为“{}”，请确认无误。", v.status),
                    format!("takes effect on {e}, after today"),
                );
            }
        }
        if let Some(c) = v.changed {
            future(sink, c, today, || vp("changed"), "废止/修订日期", "validity.changed");
            if v.effective.is_some_and(|e| c < e) {
                sink.at_path("changed_before_effective", vp("changed"), format!("废止/修订日期 {c} 早于施行日期，请核对。"), format!("changed {c} before it took effect"));
            }
        }
        if v.status != ValidityStatus::Valid && v.changed.is_none() {
            sink.at_path(
                "missing_changed_date",
                vp("status"),
                format!("有效性是“{}”，必须在 changed 里写明{}日期。", v.status, if v.status == ValidityStatus::Repealed { "废止" } else { "修订" }),
                format!("status {} needs the `changed` date", v.status),
            );
        }
    }

    if r.body.iter().all(|p| p.trim().is_empty()) && r.tables.is_empty() && r.attachments.is_empty() {
        sink.at_path("empty_record", path.to_vec(), "这条公开信息没有正文，也没有表格和附件，居民打开后什么也看不到。", "the record has no body, tables or attachments");
    }
    for (k, para) in r.body.iter().enumerate() {
        if let Some(id) = find_id_number(para) {
            sink.at_path(
                "personal_data_in_text",
                join(path, [Seg::Field("body"), Seg::Index(k)]),
                format!("正文里像有完整的身份证号（{}）。公开前请脱敏，例如 3301**********1234。", mask_hint(id)),
                "the body seems to hold a full ID-card number",
            );
        }
    }
    if let Some(s) = &r.summary {
        if let Some(id) = find_id_number(s) {
            sink.at_path("personal_data_in_text", f("summary"), format!("摘要里像有完整的身份证号（{}）。公开前请脱敏。", mask_hint(id)), "the summary seems to hold a full ID-card number");
        }
    }

    for (t, table) in r.tables.iter().enumerate() {
        self::table(sink, table, &join(path, [Seg::Field("tables"), Seg::Index(t)]));
    }
}

// ───────────────────────────── tables ─────────────────────────────

fn table(sink: &mut Sink, table: &Table, path: &[Seg]) {
    let cols = &table.columns;
    for (c, col) in cols.iter().enumerate() {
        let looks_personal = ["姓名", "户主", "申请人", "身份证", "手机", "联系电话", "银行"].iter().any(|w| col.title.contains(w));
        if looks_personal && col.mask == Mask::None {
            sink.at_path(
                "undeclared_mask",
                join(path, [Seg::Field("columns"), Seg::Index(c), Seg::Field("title")]),
                format!("“{}”这一列像是个人信息，但没有声明脱敏方式（mask）。请写明 mask，例如 \"姓名\"。", clip(&col.title)),
                format!("column “{}” looks personal but declares no mask", clip(&col.title)),
            );
        }
    }
    for (r, row) in table.rows.iter().enumerate() {
        // Paths are built only for problems: a 100k-record feed has millions of cells.
        let rp = || join(path, [Seg::Field("rows"), Seg::Index(r)]);
        if row.len() != cols.len() {
            sink.at_path(
                "table_row_length",
                rp(),
                format!("表格第 {} 行有 {} 格，但表格有 {} 列。每一行的格数必须和列数一样（没有内容的格子写 \"\"）。", r + 1, row.len(), cols.len()),
                format!("row {} has {} cells but the table has {} columns", r + 1, row.len(), cols.len()),
            );
        }
        for (c, cell) in row.iter().enumerate() {
            let cp = || join(&rp(), [Seg::Index(c)]);
            let mut flagged = false;
            if let Some(id) = find_id_number(cell) {
                flagged = true;
                sink.at_path(
                    "unmasked_id_number",
                    cp(),
                    format!("这一格有完整的身份证号（{}）。公示名单不能公开完整身份证号，请脱敏，例如 3301**********1234。", mask_hint(id)),
                    "a full ID-card number in a table cell; mask it (3301**********1234)",
                );
            }
            if let Some(phone) = find_mobile(cell) {
                flagged = true;
                sink.at_path(
                    "unmasked_phone",
                    cp(),
                    format!("这一格有完整的手机号（{}）。公示名单不能公开完整手机号，请脱敏，例如 138****5678。", mask_hint(phone)),
                    "a full mobile number in a table cell; mask it (138****5678)",
                );
            }
            let Some(col) = cols.get(c) else { continue };
            let masked = cell.contains('*') || cell.contains('＊');
            if !cell.trim().is_empty() && !masked && !flagged {
                match col.mask {
                    Mask::Name => sink.at_path(
                        "unmasked_name",
                        cp(),
                        format!("“{}”列声明按姓名脱敏，但“{}”没有脱敏。请写成 王*华、李* 这样。", clip(&col.title), clip(cell)),
                        format!("column “{}” holds masked names, but “{}” is not masked (write 王*华)", clip(&col.title), clip(cell)),
                    ),
                    Mask::IdNumber | Mask::Phone | Mask::BankAccount => sink.at_path(
                        "unmasked_value",
                        cp(),
                        format!("“{}”列声明要脱敏（{}），但这一格没有用 * 遮住任何部分。", clip(&col.title), col.mask),
                        format!("column “{}” is declared masked ({}), but this cell has no *", clip(&col.title), col.mask),
                    ),
                    Mask::None | Mask::Address => {}
                }
            }
            if !cell.trim().is_empty() && !cell_fits(cell.trim(), col.kind) {
                sink.at_path(
                    "bad_cell",
                    cp(),
                    format!("“{}”列的类型是“{}”，这一格“{}”不是{}。", clip(&col.title), col.kind, clip(cell), cell_hint(col.kind)),
                    format!("column “{}” is {:?}, but the cell “{}” is not", clip(&col.title), col.kind, clip(cell)),
                );
            }
        }
    }
}

fn cell_fits(cell: &str, kind: ColumnType) -> bool {
    match kind {
        ColumnType::Text => true,
        ColumnType::Integer => {
            let digits = cell.strip_prefix('-').unwrap_or(cell);
            !digits.is_empty() && digits.len() <= 18 && digits.bytes().all(|c| c.is_ascii_digit())
        }
        ColumnType::Money => Yuan::parse(cell).is_ok(),
        ColumnType::Date => Date::parse(cell).is_ok(),
    }
}

fn cell_hint(kind: ColumnType) -> &'static str {
    match kind {
        ColumnType::Text => "文字",
        ColumnType::Integer => "不带小数点和单位的整数（例如 3）",
        ColumnType::Money => "金额（不带单位，最多两位小数，例如 450.00）",
        ColumnType::Date => "日期（例如 2026-03-05）",
    }
}

/// Runs of ASCII digits (with a trailing X for ID numbers), as byte ranges.
fn digit_runs(s: &str) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && !b[i].is_ascii_digit() {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i < b.len() && matches!(b[i], b'X' | b'x') && i - start == 17 {
            i += 1;
        }
        Some(&s[start..i])
    })
}

/// A full 18-digit 身份证号 (17 digits + digit or X) standing on its own.
pub(crate) fn find_id_number(s: &str) -> Option<&str> {
    digit_runs(s).find(|run| run.len() == 18)
}

/// A full 11-digit mainland mobile number (1[3-9]…) standing on its own.
pub(crate) fn find_mobile(s: &str) -> Option<&str> {
    digit_runs(s).find(|run| run.len() == 11 && run.as_bytes()[0] == b'1' && (b'3'..=b'9').contains(&run.as_bytes()[1]))
}

/// Shows a found number with its middle hidden, so the report itself does not spread it.
fn mask_hint(s: &str) -> String {
    let n = s.len();
    format!("{}{}{}", &s[..3.min(n)], "*".repeat(n.saturating_sub(7)), &s[n.saturating_sub(4)..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_ascii() {
        for ok in ["minzheng", "item-12", "a1"] {
            assert!(is_good_id(ok), "{ok}");
        }
        for bad in ["Minzheng", "民政", "a_b", "-a", "a-", "", "a b"] {
            assert!(!is_good_id(bad), "{bad}");
        }
    }

    #[test]
    fn personal_numbers_are_found_only_when_whole() {
        assert_eq!(find_id_number("身份证 33010219800101123X 号"), Some("33010219800101123X"));
        assert_eq!(find_id_number("330102198001011234"), Some("330102198001011234"));
        assert_eq!(find_id_number("3301**********1234"), None);
        assert_eq!(find_id_number("3301021980010112345"), None, "19 digits is not an ID number");
        assert_eq!(find_mobile("电话13812345678"), Some("13812345678"));
        assert_eq!(find_mobile("138****5678"), None);
        assert_eq!(find_mobile("12812345678"), None);
        assert_eq!(find_mobile("0571-88123456"), None);
        assert_eq!(mask_hint("13812345678"), "138****5678");
    }

    #[test]
    fn cells_follow_their_column_type() {
        assert!(cell_fits("12", ColumnType::Integer));
        assert!(!cell_fits("12.5", ColumnType::Integer));
        assert!(cell_fits("450.00", ColumnType::Money));
        assert!(!cell_fits("450元", ColumnType::Money));
        assert!(cell_fits("2026-03-05", ColumnType::Date));
        assert!(!cell_fits("2026年3月5日", ColumnType::Date));
    }
}
