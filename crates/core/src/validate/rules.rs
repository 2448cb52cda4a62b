//! Rules across fields and records that a JSON Schema cannot express: unique ids and codes,
//! references that must resolve, dates not in the future, 承诺 ≤ 法定, fee completeness, opening
//! hours, validity dates, tables (cell types, masked personal data), and sensible warnings.
//!
//! Rules run on every element that parsed, even when others did not, so one broken item does not
//! hide the rest. Each rule names the exact field it is about; [`super::locate`] places it.

use std::collections::{HashMap, HashSet};

use super::{join, text, Options, Parsed, Sink};
use crate::json::{path_string, Seg};
use crate::model::*;
use crate::types::{clip, Date, Yuan};

pub(crate) fn check(p: &Parsed, opts: &Options, sink: &mut Sink) {
    let today = opts.today;

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
        future(sink, g.date, today, vec![Seg::Field("generated_at")], "生成时间", "generated_at");
    }
    if let Some(publisher) = &p.publisher {
        text::check(publisher, &[Seg::Field("publisher")], sink);
    }
    for (i, group) in p.synonyms.iter().enumerate() {
        text::check(group, &[Seg::Field("synonyms"), Seg::Index(i)], sink);
    }

    // Ids: format and uniqueness per collection; the sets of known ids for references.
    let hall_ids = ids(sink, "halls", p.halls.iter().map(|(i, h)| (*i, h.id.as_str())), &p.lenient_ids.halls);
    let village_ids = ids(sink, "villages", p.villages.iter().map(|(i, v)| (*i, v.id.as_str())), &p.lenient_ids.villages);
    let topic_ids = ids(sink, "topics", p.topics.iter().map(|(i, t)| (*i, t.id.as_str())), &p.lenient_ids.topics);
    let _ = ids(sink, "life_events", p.life_events.iter().map(|(i, e)| (*i, e.id.as_str())), &HashSet::new());
    let item_ids = ids(sink, "items", p.items.iter().map(|(i, it)| (*i, it.id.as_str())), &p.lenient_ids.items);
    let record_ids = ids(sink, "records", p.records.iter().map(|(i, r)| (*i, r.id.as_str())), &p.lenient_ids.records);
    unique(
        sink,
        "duplicate_code",
        "事项编码",
        p.items.iter().map(|(i, it)| (vec![Seg::Field("items"), Seg::Index(*i), Seg::Field("code")], it.code.as_str())),
    );
    unique(
        sink,
        "duplicate_index_no",
        "索引号",
        p.records.iter().map(|(i, r)| (vec![Seg::Field("records"), Seg::Index(*i), Seg::Field("index_no")], r.index_no.as_str())),
    );

    for (i, hall) in &p.halls {
        let path = vec![Seg::Field("halls"), Seg::Index(*i)];
        text::check(hall, &path, sink);
        hours(sink, &hall.hours, &join(&path, [Seg::Field("hours")]));
    }
    for (i, village) in &p.villages {
        let path = vec![Seg::Field("villages"), Seg::Index(*i)];
        text::check(village, &path, sink);
        hours(sink, &village.station.hours, &join(&path, [Seg::Field("station"), Seg::Field("hours")]));
    }
    for (i, topic) in &p.topics {
        text::check(topic, &[Seg::Field("topics"), Seg::Index(*i)], sink);
    }
    for (i, event) in &p.life_events {
        let path = vec![Seg::Field("life_events"), Seg::Index(*i)];
        text::check(event, &path, sink);
        for (k, item) in event.items.iter().enumerate() {
            reference(sink, &item_ids, item, join(&path, [Seg::Field("items"), Seg::Index(k)]), "服务事项", "items");
        }
    }
    for (i, item) in &p.items {
        let path = vec![Seg::Field("items"), Seg::Index(*i)];
        text::check(item, &path, sink);
        service_item(sink, item, &path, today, &hall_ids, &topic_ids);
    }
    for (i, record) in &p.records {
        let path = vec![Seg::Field("records"), Seg::Index(*i)];
        text::check(record, &path, sink);
        self::record(sink, record, &path, today, &Known { topics: &topic_ids, villages: &village_ids, items: &item_ids, records: &record_ids });
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

/// Checks the ids of one collection and returns every id known in it (for references).
fn ids<'a>(sink: &mut Sink, coll: &'static str, elems: impl Iterator<Item = (usize, &'a str)>, lenient: &'a HashSet<String>) -> HashSet<&'a str> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, id) in elems {
        let path = vec![Seg::Field(coll), Seg::Index(i), Seg::Field("id")];
        if !is_good_id(id) && !id.trim().is_empty() {
            sink.at_path(
                "bad_id",
                path.clone(),
                format!("编号“{}”不合格：只能用小写英文字母、数字和连字符 -（不能以 - 开头或结尾，最长 64 个字符），例如 minzheng-dating。", clip(id)),
                format!("bad id “{}”: use lowercase letters, digits and inner hyphens, at most 64 characters", clip(id)),
            );
        }
        if let Some(&j) = first.get(id) {
            sink.at_path(
                "duplicate_id",
                path,
                format!("编号“{}”重复：{coll}[{j}] 已经用过它。每个编号只能用一次。", clip(id)),
                format!("duplicate id “{}”: already used by {coll}[{j}]", clip(id)),
            );
        } else {
            first.insert(id, i);
        }
    }
    let mut known: HashSet<&str> = first.into_keys().collect();
    known.extend(lenient.iter().map(String::as_str));
    known
}

fn unique<'a>(sink: &mut Sink, code: &'static str, what: &str, values: impl Iterator<Item = (Vec<Seg>, &'a str)>) {
    let mut first: HashMap<&str, Vec<Seg>> = HashMap::new();
    for (path, v) in values {
        if v.trim().is_empty() {
            continue;
        }
        match first.get(v) {
            Some(p) => {
                let earlier = path_string(&p[..p.len() - 1]);
                sink.at_path(
                    code,
                    path,
                    format!("{what}“{}”重复：{earlier} 已经用过它。{what}必须唯一。", clip(v)),
                    format!("duplicate {code}: “{}” is already used by {earlier}", clip(v)),
                );
            }
            None => {
                first.insert(v, path);
            }
        }
    }
}

fn reference(sink: &mut Sink, known: &HashSet<&str>, id: &str, path: Vec<Seg>, what_zh: &str, coll: &str) {
    if !id.trim().is_empty() && !known.contains(id) {
        sink.at_path(
            "unresolved_ref",
            path,
            format!("找不到编号为“{}”的{what_zh}：请检查编号是否写错，或在 {coll} 里补上它。", clip(id)),
            format!("no {coll} entry has id “{}”", clip(id)),
        );
    }
}

// ───────────────────────────── dates and hours ─────────────────────────────

fn future(sink: &mut Sink, d: Date, today: Date, path: Vec<Seg>, what_zh: &str, what_en: &str) {
    if d > today {
        sink.at_path(
            "future_date",
            path,
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

fn service_item(sink: &mut Sink, item: &ServiceItem, path: &[Seg], today: Date, halls: &HashSet<&str>, topics: &HashSet<&str>) {
    let f = |name: &'static str| join(path, [Seg::Field(name)]);
    reference(sink, halls, &item.hall, f("hall"), "便民服务大厅", "halls");
    reference(sink, topics, &item.topic, f("topic"), "主题分类", "topics");
    future(sink, item.updated, today, f("updated"), "信息更新日期", "updated");
    if let Some(d) = &item.devolved {
        future(sink, d.date, today, join(path, [Seg::Field("devolved"), Seg::Field("date")]), "下放日期", "devolution date");
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
        let missing: Vec<&str> = [(fee.basis.is_empty(), "收费依据 basis"), (fee.lines.is_empty(), "收费标准 lines")]
            .into_iter()
            .filter_map(|(m, name)| m.then_some(name))
            .collect();
        if !missing.is_empty() {
            sink.at_path(
                "fee_incomplete",
                fp("charged"),
                format!("这个事项收费（charged 为 true），但没有写{}。收费事项必须公开收费依据和收费标准。", missing.join("和")),
                format!("a charged item needs both fee.basis and fee.lines; missing {}", missing.join(", ")),
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

struct Known<'a> {
    topics: &'a HashSet<&'a str>,
    villages: &'a HashSet<&'a str>,
    items: &'a HashSet<&'a str>,
    records: &'a HashSet<&'a str>,
}

fn record(sink: &mut Sink, r: &Record, path: &[Seg], today: Date, known: &Known<'_>) {
    let f = |name: &'static str| join(path, [Seg::Field(name)]);
    if let Some(t) = &r.topic {
        reference(sink, known.topics, t, f("topic"), "主题分类", "topics");
    }
    if let Some(v) = &r.village {
        reference(sink, known.villages, v, f("village"), "村（社区）", "villages");
    }
    for (k, item) in r.related_items.iter().enumerate() {
        reference(sink, known.items, item, join(path, [Seg::Field("related_items"), Seg::Index(k)]), "服务事项", "items");
    }

    future(sink, r.published, today, f("published"), "发布日期", "published");
    if let Some(w) = r.written {
        future(sink, w, today, f("written"), "成文日期", "written");
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
            future(sink, c, today, vp("changed"), "废止/修订日期", "validity.changed");
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
        if let Some(to) = &v.replaced_by {
            reference(sink, known.records, to, vp("replaced_by"), "公开信息", "records");
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
        let rp = join(path, [Seg::Field("rows"), Seg::Index(r)]);
        if row.len() != cols.len() {
            sink.at_path(
                "table_row_length",
                rp.clone(),
                format!("表格第 {} 行有 {} 格，但表格有 {} 列。每一行的格数必须和列数一样（没有内容的格子写 \"\"）。", r + 1, row.len(), cols.len()),
                format!("row {} has {} cells but the table has {} columns", r + 1, row.len(), cols.len()),
            );
        }
        for (c, cell) in row.iter().enumerate() {
            let cp = join(&rp, [Seg::Index(c)]);
            let mut flagged = false;
            if let Some(id) = find_id_number(cell) {
                flagged = true;
                sink.at_path(
                    "unmasked_id_number",
                    cp.clone(),
                    format!("这一格有完整的身份证号（{}）。公示名单不能公开完整身份证号，请脱敏，例如 3301**********1234。", mask_hint(id)),
                    "a full ID-card number in a table cell; mask it (3301**********1234)",
                );
            }
            if let Some(phone) = find_mobile(cell) {
                flagged = true;
                sink.at_path(
                    "unmasked_phone",
                    cp.clone(),
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
                        cp.clone(),
                        format!("“{}”列声明按姓名脱敏，但“{}”没有脱敏。请写成 王*华、李* 这样。", clip(&col.title), clip(cell)),
                        format!("column “{}” holds masked names, but “{}” is not masked (write 王*华)", clip(&col.title), clip(cell)),
                    ),
                    Mask::IdNumber | Mask::Phone | Mask::BankAccount => sink.at_path(
                        "unmasked_value",
                        cp.clone(),
                        format!("“{}”列声明要脱敏（{}），但这一格没有用 * 遮住任何部分。", clip(&col.title), col.mask),
                        format!("column “{}” is declared masked ({}), but this cell has no *", clip(&col.title), col.mask),
                    ),
                    Mask::None | Mask::Address => {}
                }
            }
            if !cell.trim().is_empty() && !cell_fits(cell.trim(), col.kind) {
                sink.at_path(
                    "bad_cell",
                    cp,
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
