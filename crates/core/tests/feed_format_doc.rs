//! Keeps `docs/feed-format.md` honest: the page staff copy from must match the code.
//!
//! Three things are checked, all against the code rather than against a hand-kept list:
//! 1. the first ```json block after the heading “完整示例” parses into [`gongkai_core::Feed`] and is
//!    the minimal feed the page promises (one hall, one village, one free item with all eight
//!    disclosures, one record with a masked table, every reference resolving);
//! 2. every object in the generated JSON Schema has exactly one heading naming its Rust type in
//!    backticks, and the first table under it lists exactly that object's keys;
//! 3. every closed value list in the schema has such a heading, and its first table lists exactly
//!    the allowed values;
//! 4. the smaller examples (the three 公开时限 forms, the charged-fee excerpt) parse, every key path
//!    cited in the mapping section is a real key, and the strictness the page promises holds.
//!
//! Because the schema is generated from `model.rs`, adding a field or a value to the model without
//! documenting it (or documenting one that does not exist) fails here, naming the section to fix.

use std::collections::BTreeSet;

use gongkai_core::model::{Deadline, Fee, Mask, RecordKind};
use gongkai_core::Feed;
use serde_json::Value;

const DOC_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/feed-format.md");

fn doc() -> String {
    std::fs::read_to_string(DOC_PATH).unwrap_or_else(|e| panic!("cannot read {DOC_PATH}: {e}"))
}

fn schema() -> Value {
    serde_json::from_str(&gongkai_core::schema::feed_schema_json()).expect("the generated schema is JSON")
}

fn is_heading(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// The text of the first ```json block after the first heading that contains `marker`.
fn json_block_after_heading(doc: &str, marker: &str) -> String {
    let mut lines = doc.lines().skip_while(|l| !(is_heading(l) && l.contains(marker)));
    assert!(lines.next().is_some(), "no heading containing “{marker}” in docs/feed-format.md");
    let mut lines = lines.skip_while(|l| l.trim() != "```json");
    assert!(lines.next().is_some(), "no ```json block after the heading “{marker}”");
    let block: Vec<&str> = lines.take_while(|l| l.trim() != "```").collect();
    block.join("\n")
}

/// Every ```json block in `lines`, as text.
fn json_blocks(lines: &[&str]) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for line in lines {
        match (&mut current, line.trim()) {
            (None, "```json") => current = Some(Vec::new()),
            (Some(block), "```") => {
                blocks.push(block.join("\n"));
                current = None;
            }
            (Some(block), _) => block.push(line),
            (None, _) => {}
        }
    }
    blocks
}

/// The lines of the section whose heading names `type_name` in backticks, up to the next heading.
/// Exactly one heading may name a type, so a reader (and this test) never has to guess.
fn section<'a>(doc: &'a str, type_name: &str) -> Vec<&'a str> {
    let tag = format!("`{type_name}`");
    let headings: Vec<&str> = doc.lines().filter(|l| is_heading(l) && l.contains(&tag)).collect();
    assert_eq!(headings.len(), 1, "expected exactly one heading naming {tag} in docs/feed-format.md, found {headings:?}");
    doc.lines()
        .skip_while(|l| !(is_heading(l) && l.contains(&tag)))
        .skip(1)
        .take_while(|l| !is_heading(l))
        .collect()
}

/// The backticked first cells of the first Markdown table in `lines` (header and rule rows have
/// no backticked first cell, so they drop out).
fn first_table_keys(lines: &[&str]) -> BTreeSet<String> {
    lines
        .iter()
        .skip_while(|l| !l.trim_start().starts_with('|'))
        .take_while(|l| l.trim_start().starts_with('|'))
        .filter_map(|l| {
            let cell = l.trim().trim_start_matches('|').split('|').next()?.trim();
            let inner = cell.strip_prefix('`')?.strip_suffix('`')?;
            Some(inner.to_string())
        })
        .collect()
}

/// Keys of an object schema; for a tagged union (`oneOf`), the keys of all its forms together.
fn object_keys(def: &Value) -> Option<BTreeSet<String>> {
    if let Some(props) = def.get("properties").and_then(Value::as_object) {
        return Some(props.keys().cloned().collect());
    }
    let forms = def.get("oneOf")?.as_array()?;
    let mut keys = BTreeSet::new();
    for form in forms {
        keys.extend(form.get("properties")?.as_object()?.keys().cloned());
    }
    Some(keys)
}

fn enum_values(def: &Value) -> Option<BTreeSet<String>> {
    let values = def.get("enum")?.as_array()?;
    Some(values.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
}

#[test]
fn the_complete_example_is_a_valid_feed() {
    let text = json_block_after_heading(&doc(), "完整示例");
    let feed: Feed = serde_json::from_str(&text).unwrap_or_else(|e| panic!("the 完整示例 block does not parse as a Feed: {e}"));

    assert_eq!(feed.format, gongkai_core::model::FORMAT_V1);
    assert_eq!((feed.halls.len(), feed.villages.len(), feed.items.len(), feed.records.len()), (1, 1, 1, 1));

    // The one service item is free and shows all eight disclosures.
    let item = &feed.items[0];
    assert!(!item.subject.body.is_empty() && !item.subject.window.is_empty(), "①办理主体");
    assert!(!item.basis.is_empty(), "②办理依据");
    assert!(!item.conditions.requirements.is_empty() && !item.conditions.materials.is_empty(), "③办事条件");
    assert!(!item.procedure.steps.is_empty(), "④办理程序");
    assert!(item.time_limit.promised_days <= item.time_limit.legal_days, "⑤承诺 ≤ 法定");
    let counted: u32 = item.procedure.steps.iter().filter(|s| s.counts_toward_limit).map(|s| s.work_days).sum();
    assert!(counted <= item.time_limit.promised_days, "the counted steps fit in the promised limit");
    assert!(!item.result.name.is_empty(), "⑥办事结果");
    assert!(!item.fee.charged && item.fee.lines.is_empty() && item.fee.note.is_some(), "⑦⑧ a free item says so");

    // Every reference in the example resolves.
    assert!(feed.hall(&item.hall).is_some(), "items[].hall");
    assert!(feed.topic(&item.topic).is_some(), "items[].topic");
    for event in &feed.life_events {
        assert!(event.items.iter().all(|id| feed.item(id).is_some()), "life_events[].items");
    }
    let record = &feed.records[0];
    assert!(record.related_items.iter().all(|id| feed.item(id).is_some()), "records[].related_items");
    assert!(record.topic.as_deref().is_none_or(|t| feed.topic(t).is_some()), "records[].topic");

    // No date in the example lies after the moment the feed says it was generated.
    let generated = feed.generated_at.date;
    assert!(item.updated <= generated && record.published <= generated);

    // The record is a 结果公示 whose name column is declared masked and really is masked.
    assert_eq!(record.kind, RecordKind::Results);
    let table = record.tables.first().expect("the example record has a table");
    let masked: Vec<usize> = table.columns.iter().enumerate().filter(|(_, c)| c.mask == Mask::Name).map(|(i, _)| i).collect();
    assert_eq!(masked.len(), 1, "one column masked as 姓名");
    assert!(!table.rows.is_empty());
    for row in &table.rows {
        assert_eq!(row.len(), table.columns.len(), "one cell per column");
        assert!(row[masked[0]].contains('*'), "name cell “{}” is masked", row[masked[0]]);
    }
}

#[test]
fn the_deadline_forms_and_the_charged_fee_excerpt_parse() {
    let doc = doc();
    let forms: Vec<Deadline> = json_blocks(&section(&doc, "Deadline"))
        .iter()
        .map(|b| serde_json::from_str(b).unwrap_or_else(|e| panic!("a Deadline form in the doc does not parse: {e}\n{b}")))
        .collect();
    assert!(matches!(forms.as_slice(), [Deadline::AfterEvent { .. }, Deadline::Scheduled { .. }, Deadline::Realtime]), "{forms:?}");

    // The excerpt after the complete example shows a charged fee; it must be a valid `Fee` whose
    // lines each name a document in its basis, as section 7 requires.
    let example_section: Vec<&str> = doc.lines().skip_while(|l| !(is_heading(l) && l.contains("完整示例"))).skip(1).take_while(|l| !is_heading(l)).collect();
    let blocks = json_blocks(&example_section);
    assert_eq!(blocks.len(), 2, "the 完整示例 section holds the feed and the charged-fee excerpt");
    let fee: Fee = serde_json::from_str(&blocks[1]).unwrap_or_else(|e| panic!("the charged-fee excerpt does not parse as a Fee: {e}"));
    assert!(fee.charged && !fee.basis.is_empty() && !fee.lines.is_empty());
    for line in &fee.lines {
        assert!(fee.basis.iter().any(|b| b.title == line.basis), "fee line basis “{}” names a document in fee.basis", line.basis);
        assert!(!line.amount.is_zero());
    }
}

#[test]
fn the_example_is_strict_about_unknown_keys_as_the_page_says() {
    // The page promises that unknown keys are errors, at the top level and inside a tagged form.
    let text = json_block_after_heading(&doc(), "完整示例");
    let mut value: Value = serde_json::from_str(&text).expect("the example is JSON");
    value["extra"] = Value::from(1);
    assert!(serde_json::from_value::<Feed>(value).is_err(), "an unknown top-level key is refused");

    let mut value: Value = serde_json::from_str(&text).expect("the example is JSON");
    value["records"][0]["deadline"]["every"] = Value::from("每月");
    assert!(serde_json::from_value::<Feed>(value).is_err(), "a 事后 deadline refuses the 定期 key `every`");

    let mut value: Value = serde_json::from_str(&text).expect("the example is JSON");
    value["items"][0]["fee"] = serde_json::json!({"charged": true, "lines": [{"name": "x", "amount": 80, "unit": "件", "basis": "x"}]});
    assert!(serde_json::from_value::<Feed>(value).is_err(), "money as a JSON number is refused (常见错误 ①)");
}

#[test]
fn every_object_table_lists_exactly_the_keys_of_the_model() {
    let doc = doc();
    let schema = schema();
    let mut checked = vec![("Feed".to_string(), object_keys(&schema).expect("the root is an object"))];
    let defs = schema["$defs"].as_object().expect("the schema has $defs");
    for (name, def) in defs {
        if let Some(keys) = object_keys(def) {
            checked.push((name.clone(), keys));
        }
    }
    assert!(checked.len() >= 29, "all objects of the model are found in the schema, got {}", checked.len());
    for (name, keys) in checked {
        let documented = first_table_keys(&section(&doc, &name));
        let missing: Vec<_> = keys.difference(&documented).collect();
        let unknown: Vec<_> = documented.difference(&keys).collect();
        assert!(
            missing.is_empty() && unknown.is_empty(),
            "section `{name}` of docs/feed-format.md: keys missing from the table {missing:?}, keys not in the model {unknown:?}"
        );
    }
}

#[test]
fn every_value_list_documents_exactly_the_allowed_values() {
    let doc = doc();
    let schema = schema();
    let defs = schema["$defs"].as_object().expect("the schema has $defs");
    let lists: Vec<(&String, BTreeSet<String>)> = defs.iter().filter_map(|(n, d)| enum_values(d).map(|v| (n, v))).collect();
    assert_eq!(lists.len(), 17, "the model has 17 closed value lists");
    for (name, values) in lists {
        let documented = first_table_keys(&section(&doc, name));
        let missing: Vec<_> = values.difference(&documented).collect();
        let unknown: Vec<_> = documented.difference(&values).collect();
        assert!(
            missing.is_empty() && unknown.is_empty(),
            "value list `{name}` in docs/feed-format.md: values missing {missing:?}, values not allowed by the model {unknown:?}"
        );
    }
}

#[test]
fn every_backticked_key_in_an_object_table_exists_somewhere_in_the_model() {
    // Catches a typo in a key that appears only in prose-like rows outside the checked sections,
    // e.g. a mapping table citing `items[].fee.lines[]`: every dotted segment must be a real key.
    let doc = doc();
    let schema = schema();
    let mut all_keys: BTreeSet<String> = object_keys(&schema).unwrap_or_default();
    for def in schema["$defs"].as_object().expect("$defs").values() {
        all_keys.extend(object_keys(def).unwrap_or_default());
    }
    let mapping: Vec<&str> = doc.lines().skip_while(|l| !(is_heading(l) && l.contains("对应关系"))).take_while(|l| !(is_heading(l) && l.contains("形状之外"))).collect();
    assert!(mapping.len() > 20, "the mapping section (## 6 对应关系) is present");
    let mut seen = 0;
    for line in mapping.iter().filter(|l| l.trim_start().starts_with('|')) {
        for (i, piece) in line.split('`').enumerate() {
            // Odd pieces are inside backticks. Only paths (with `.` or `[]`) or bare keys count;
            // quoted JSON values such as `"charged": false` are skipped.
            if i % 2 == 0 || piece.contains('"') || piece.contains(' ') {
                continue;
            }
            for segment in piece.split('.') {
                let key = segment.trim_end_matches("[]");
                if key.is_empty() {
                    continue;
                }
                seen += 1;
                assert!(all_keys.contains(key), "the mapping section cites `{piece}`, but `{key}` is not a key of the model");
            }
        }
    }
    assert!(seen > 50, "the mapping section cites model keys ({seen} found)");
}
