//! Reading the feed's shape: the top-level object, then every element on its own.
//!
//! The top-level object is read with each array element kept as a borrowed `&RawValue` (a slice
//! of the input, so its byte offset is a pointer difference). Each element is then deserialized
//! into its model type. When that fails, the element is read again field by field so that every
//! field reports its own first problem — one misspelt key does not hide a bad amount three fields
//! later. serde's English errors are translated into plain Chinese here.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;

use super::file::{self, serde_message};
use super::rules::{Checker, Coll};
use super::{join, At, Found, Parsed, Progress, Sink};
use crate::json::{self, Seg, Target};
use crate::model::*;
use crate::types::{clip, DateTime};

// ───────────────────────────── the top-level object ─────────────────────────────

/// A top-level value as read in the first pass.
pub(crate) enum EnvValue<'a> {
    Raw(&'a RawValue),
    /// An array key holding an array: its elements.
    Array(Vec<&'a RawValue>),
    /// An array key holding something else (what, in Chinese).
    NotArray(&'static str),
}

pub(crate) struct Entry<'a> {
    pub key: Cow<'a, str>,
    pub value: EnvValue<'a>,
}

/// The whole file after the first pass: its text and its top-level entries, in file order.
pub(crate) struct Doc<'a> {
    pub body: &'a str,
    pub entries: Vec<Entry<'a>>,
}

/// The top-level keys whose values are arrays of elements read one by one.
const ELEMENT_ARRAYS: &[&str] = &["halls", "villages", "topics", "life_events", "items", "records"];

/// The fields of [`Feed`], and which must be present (a test checks them against the schema).
pub(crate) const FEED_FIELDS: &[&str] =
    &["format", "version", "generated_at", "publisher", "halls", "villages", "topics", "life_events", "synonyms", "items", "records"];
pub(crate) const FEED_REQUIRED: &[&str] = &["format", "version", "generated_at", "publisher", "halls"];

impl<'a> Doc<'a> {
    /// Byte offset (in the body) of a raw value borrowed from it.
    pub fn offset(&self, raw: &RawValue) -> usize {
        (raw.get().as_ptr() as usize).wrapping_sub(self.body.as_ptr() as usize).min(self.body.len())
    }

    /// How many elements the top-level array `key` holds (0 when absent or not an array).
    pub fn len_of(&self, key: &str) -> usize {
        match self.entry(key) {
            Some(EnvValue::Array(v)) => v.len(),
            _ => 0,
        }
    }

    fn entry(&self, key: &str) -> Option<&EnvValue<'a>> {
        self.entries.iter().find(|e| e.key == key).map(|e| &e.value)
    }

    /// Finds a path in the file, starting from the element or value it lies in when possible so
    /// that locating a problem in record 90,000 does not rescan the 89,999 before it.
    pub fn find(&self, path: &[Seg], target: Target) -> Option<usize> {
        let key = match path.first() {
            Some(Seg::Field(k)) => Some(*k),
            Some(Seg::Key(k)) => Some(k.as_str()),
            _ => None,
        };
        if let Some(k) = key {
            match (self.entry(k), path.get(1)) {
                (Some(EnvValue::Array(elems)), Some(Seg::Index(i))) => {
                    if let Some(raw) = elems.get(*i) {
                        let rest = &path[2..];
                        if !(rest.is_empty() && matches!(target, Target::Key(_))) {
                            return json::find_path(raw.get(), rest, target).map(|o| o + self.offset(raw));
                        }
                    }
                }
                (Some(EnvValue::Raw(raw)), Some(_)) => {
                    return json::find_path(raw.get(), &path[1..], target).map(|o| o + self.offset(raw));
                }
                (Some(EnvValue::Raw(raw)), None) if target == Target::Value => return Some(self.offset(raw)),
                _ => {}
            }
        }
        json::find_path(self.body, path, target)
    }
}

/// A JSON string key, borrowed when it has no escapes.
struct KeyStr<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for KeyStr<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyStr<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(KeyStr(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(KeyStr(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(V)
    }
}

/// An array's elements as raw values, or what the value is when it is not an array.
struct ArrayOrOther<'a>(EnvValue<'a>);

impl<'de> Deserialize<'de> for ArrayOrOther<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ArrayOrOther<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(raw) = seq.next_element::<&'de RawValue>()? {
                    v.push(raw);
                }
                Ok(ArrayOrOther(EnvValue::Array(v)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(ArrayOrOther(EnvValue::NotArray("对象 { }")))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
                Ok(ArrayOrOther(EnvValue::NotArray("文字")))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(ArrayOrOther(EnvValue::NotArray("true/false")))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(ArrayOrOther(EnvValue::NotArray("数字")))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(ArrayOrOther(EnvValue::NotArray("数字")))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(ArrayOrOther(EnvValue::NotArray("数字")))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(ArrayOrOther(EnvValue::NotArray("null（空值）")))
            }
        }
        d.deserialize_any(V)
    }
}

/// The top-level object as a list of entries (duplicates kept, so they can be reported).
struct Envelope<'a>(Vec<Entry<'a>>);

const ENVELOPE_EXPECTING: &str = "the feed object";

impl<'de> Deserialize<'de> for Envelope<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Envelope<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(ENVELOPE_EXPECTING)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(KeyStr(key)) = map.next_key()? {
                    let value = if ELEMENT_ARRAYS.contains(&key.as_ref()) {
                        map.next_value::<ArrayOrOther<'de>>()?.0
                    } else {
                        EnvValue::Raw(map.next_value::<&'de RawValue>()?)
                    };
                    entries.push(Entry { key, value });
                }
                Ok(Envelope(entries))
            }
        }
        d.deserialize_map(V)
    }
}

/// An object's members as raw values, duplicates kept.
struct RawMembers<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de> Deserialize<'de> for RawMembers<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawMembers<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut v = Vec::new();
                while let Some(KeyStr(k)) = map.next_key()? {
                    v.push((k, map.next_value::<&'de RawValue>()?));
                }
                Ok(RawMembers(v))
            }
        }
        d.deserialize_map(V)
    }
}

/// First pass: the top-level object. `None` (with the problem reported) when the file is not
/// well-formed JSON or not an object.
pub(crate) fn read_envelope<'a>(body: &'a str, sink: &mut Sink) -> Option<Doc<'a>> {
    let mut de = serde_json::Deserializer::from_str(body);
    let result = Envelope::deserialize(&mut de).and_then(|env| de.end().map(|_| env));
    match result {
        Ok(Envelope(entries)) => Some(Doc { body, entries }),
        Err(e) if e.is_data() => {
            let at = body.len() - body.trim_start().len();
            let actual = serde_message(&e)
                .strip_prefix("invalid type: ")
                .and_then(|m| m.split(", expected").next())
                .map(unexpected_zh)
                .unwrap_or_default();
            sink.push(Found {
                code: "wrong_type",
                path: vec![],
                at: At::Offset(at),
                fallback: None,
                zh: format!("整个文件应是一个用花括号 {{ }} 括起来的对象，实际是{actual}。"),
                en: "the whole file must be one JSON object { … }".into(),
            });
            None
        }
        Err(e) => {
            file::syntax(sink, body, &e);
            None
        }
    }
}

// ───────────────────────────── elements ─────────────────────────────

/// A model struct that can be re-read field by field after it failed as a whole.
pub(crate) trait Fieldwise: DeserializeOwned {
    /// Every JSON key of the struct.
    const FIELDS: &'static [&'static str];
    /// The keys that must be present.
    const REQUIRED: &'static [&'static str];
    /// Deserializes one field's raw text into that field's type.
    fn check_field(name: &str, raw: &str) -> Result<(), serde_path_to_error::Error<serde_json::Error>>;
}

fn check_as<T: DeserializeOwned>(raw: &str) -> Result<(), serde_path_to_error::Error<serde_json::Error>> {
    serde_path_to_error::deserialize::<_, T>(&mut serde_json::Deserializer::from_str(raw)).map(drop)
}

macro_rules! fieldwise {
    ($ty:ty { required: $($r:ident: $rt:ty),* ; optional: $($o:ident: $ot:ty),* $(,)? }) => {
        impl Fieldwise for $ty {
            const FIELDS: &'static [&'static str] = &[$(stringify!($r)),* , $(stringify!($o)),*];
            const REQUIRED: &'static [&'static str] = &[$(stringify!($r)),*];
            fn check_field(name: &str, raw: &str) -> Result<(), serde_path_to_error::Error<serde_json::Error>> {
                match name {
                    $(stringify!($r) => check_as::<$rt>(raw),)*
                    $(stringify!($o) => check_as::<$ot>(raw),)*
                    _ => Ok(()),
                }
            }
        }
    };
}

fieldwise!(Publisher { required: name: String, township: String, division_code: String, county: String;
    optional: county_website: Option<crate::types::HttpUrl>, phone: Option<String>, address: Option<String> });
fieldwise!(Hall { required: id: String, name: String, location: String, hours: OpeningHours, phone: String;
    optional: description: Option<String> });
fieldwise!(Village { required: id: String, name: String, station: ServiceStation; optional: });
fieldwise!(Topic { required: id: String, name: String; optional: });
fieldwise!(LifeEvent { required: id: String, name: String, summary: String, items: Vec<String>; optional: });
fieldwise!(ServiceItem { required: id: String, code: String, name: String, kind: ItemKind, hall: String, topic: String,
    audience: Vec<Audience>, level: Level, summary: String, subject: Subject, basis: Vec<LegalBasis>,
    conditions: Conditions, procedure: Procedure, time_limit: TimeLimit, result: Outcome, fee: Fee,
    service: ServiceInfo, updated: crate::types::Date;
    optional: devolved: Option<Devolution>, keywords: Vec<String> });
fieldwise!(Record { required: id: String, index_no: String, title: String, kind: RecordKind, category: Category,
    basis: Vec<LegalBasis>, deadline: Deadline, publisher: String, channels: Vec<Channel>, audience: RecordAudience,
    mode: DisclosureMode, level: Level, published: crate::types::Date;
    optional: summary: Option<String>, topic: Option<String>, doc_number: Option<String>, written: Option<crate::types::Date>,
    validity: Option<Validity>, body: Vec<String>, attachments: Vec<Attachment>, tables: Vec<Table>,
    related_items: Vec<String>, village: Option<String> });

/// Second pass: every top-level value and every element, each on its own, checked by `checker`
/// as soon as it is parsed. With `keep` false each element is dropped right after its check, so
/// memory stays near the size of the file however many records it holds.
pub(crate) fn read_parts(doc: &Doc<'_>, sink: &mut Sink, checker: &mut Checker, keep: bool, progress: &mut dyn FnMut(Progress)) -> Parsed {
    let mut p = Parsed::default();
    let total: usize = doc
        .entries
        .iter()
        .map(|e| match &e.value {
            EnvValue::Array(v) => v.len(),
            _ => 0,
        })
        .sum();
    let mut done = 0usize;
    let mut seen: HashMap<&str, usize> = HashMap::new();

    for entry in &doc.entries {
        let key = entry.key.as_ref();
        let n = seen.entry(key).or_insert(0);
        *n += 1;
        if *n > 1 {
            duplicate_key(sink, vec![], key, *n);
            continue;
        }
        let Some(&field) = FEED_FIELDS.iter().find(|f| **f == key) else {
            unknown_field(sink, vec![], key, FEED_FIELDS);
            continue;
        };
        let path = vec![Seg::Field(field)];
        match &entry.value {
            EnvValue::Raw(raw) => match field {
                "format" => p.format = parse_raw::<String>(doc, raw, path, sink),
                "version" => p.version = parse_raw::<u64>(doc, raw, path, sink),
                "generated_at" => p.generated_at = parse_raw::<DateTime>(doc, raw, path, sink),
                "publisher" => p.publisher = parse_elem::<Publisher>(doc, raw, path, sink),
                "synonyms" => p.synonyms = parse_raw::<Vec<Vec<String>>>(doc, raw, path, sink).unwrap_or_default(),
                _ => {}
            },
            EnvValue::NotArray(what) => sink.at_path(
                "wrong_type",
                path,
                format!("类型不对：“{field}”应是列表（用方括号 [ ] 括起来），实际是{what}。"),
                format!("wrong type: `{field}` must be an array"),
            ),
            EnvValue::Array(elems) => {
                for (i, raw) in elems.iter().enumerate() {
                    let mut el = Element { doc, raw, index: i, sink: &mut *sink, checker: &mut *checker, keep };
                    match field {
                        "halls" => el.run(Coll::Halls, &mut p.halls, Checker::hall),
                        "villages" => el.run(Coll::Villages, &mut p.villages, Checker::village),
                        "topics" => el.run(Coll::Topics, &mut p.topics, Checker::topic),
                        "life_events" => el.run(Coll::LifeEvents, &mut p.life_events, Checker::life_event),
                        "items" => el.run(Coll::Items, &mut p.items, Checker::item),
                        "records" => el.run(Coll::Records, &mut p.records, Checker::record),
                        _ => {}
                    }
                    done += 1;
                    if done & 0xFFF == 0 {
                        progress(Progress::Checking { done, total });
                    }
                }
            }
        }
    }
    for &req in FEED_REQUIRED {
        if !seen.contains_key(req) {
            missing_field(sink, &[], req);
        }
    }
    checker.top(sink, &p);
    progress(Progress::Checking { done, total });
    p
}

/// One array element on its way from raw text to checked (and maybe kept) model value.
struct Element<'d, 'a, 's> {
    doc: &'d Doc<'a>,
    raw: &'a RawValue,
    index: usize,
    sink: &'s mut Sink,
    checker: &'s mut Checker,
    keep: bool,
}

impl Element<'_, '_, '_> {
    fn run<T: Fieldwise>(&mut self, coll: Coll, into: &mut Vec<(usize, T)>, check: fn(&mut Checker, &mut Sink, usize, &T)) {
        let path = vec![Seg::Field(coll.key()), Seg::Index(self.index)];
        match parse_elem::<T>(self.doc, self.raw, path, self.sink) {
            Some(value) => {
                check(self.checker, self.sink, self.index, &value);
                if self.keep {
                    into.push((self.index, value));
                }
            }
            None => {
                #[derive(Deserialize)]
                struct IdOnly {
                    id: String,
                }
                if let Ok(x) = serde_json::from_str::<IdOnly>(self.raw.get()) {
                    self.checker.lenient_id(coll, x.id);
                }
            }
        }
    }
}

/// Deserializes one value; on failure reports its first problem.
fn parse_raw<T: DeserializeOwned>(doc: &Doc<'_>, raw: &RawValue, path: Vec<Seg>, sink: &mut Sink) -> Option<T> {
    match serde_json::from_str::<T>(raw.get()) {
        Ok(v) => Some(v),
        Err(_) => {
            if let Err(e) = check_as::<T>(raw.get()) {
                report_serde(sink, &path, raw.get(), doc.offset(raw), &e);
            }
            None
        }
    }
}

/// Deserializes one element; on failure re-reads it field by field to report every field's
/// problem.
fn parse_elem<T: Fieldwise>(doc: &Doc<'_>, raw: &RawValue, path: Vec<Seg>, sink: &mut Sink) -> Option<T> {
    let first_error = match serde_json::from_str::<T>(raw.get()) {
        Ok(v) => return Some(v),
        Err(e) => e,
    };
    let before = sink.found.len();
    if let Ok(RawMembers(members)) = serde_json::from_str::<RawMembers<'_>>(raw.get()) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (key, value) in &members {
            let n = seen.entry(key.as_ref()).or_insert(0);
            *n += 1;
            if *n > 1 {
                duplicate_key(sink, path.clone(), key, *n);
                continue;
            }
            let Some(&field) = T::FIELDS.iter().find(|f| *f == key) else {
                unknown_field(sink, path.clone(), key, T::FIELDS);
                continue;
            };
            if let Err(e) = T::check_field(field, value.get()) {
                report_serde(sink, &join(&path, [Seg::Field(field)]), value.get(), doc.offset(value), &e);
            }
        }
        for &req in T::REQUIRED {
            if !seen.contains_key(req) {
                missing_field(sink, &path, req);
            }
        }
    }
    if sink.found.len() == before {
        // Not an object, or a problem only the whole struct shows: report serde's own error.
        match check_as::<T>(raw.get()) {
            Err(e) => report_serde(sink, &path, raw.get(), doc.offset(raw), &e),
            Ok(()) => sink.at_path("wrong_type", path, format!("数据不符合格式：{}", clip(&first_error.to_string())), first_error.to_string()),
        }
    }
    None
}

fn duplicate_key(sink: &mut Sink, parent: Vec<Seg>, key: &str, n: usize) {
    sink.push(Found {
        code: "duplicate_key",
        path: join(&parent, [Seg::Key(key.to_string())]),
        at: At::Path(Target::Key(n)),
        fallback: None,
        zh: format!("字段“{}”在同一个对象里写了 {n} 次，只能写一次。请删掉多余的（这里是第 {n} 次）。", clip(key)),
        en: format!("key `{}` appears more than once in the same object (occurrence {n})", clip(key)),
    });
}

fn unknown_field(sink: &mut Sink, parent: Vec<Seg>, key: &str, allowed: &[&str]) {
    let (zh_hint, en_hint) = match closest(key, allowed) {
        Some(s) => (format!("是不是想写“{s}”？"), format!(" Did you mean `{s}`?")),
        None => (String::new(), String::new()),
    };
    sink.push(Found {
        code: "unknown_field",
        path: join(&parent, [Seg::Key(key.to_string())]),
        at: At::Path(Target::Key(1)),
        fallback: None,
        zh: format!("数据格式里没有“{}”这个字段（可能拼错了）。{zh_hint}这里可用的字段：{}。", clip(key), allowed.join("、")),
        en: format!("unknown field `{}`.{en_hint}", clip(key)),
    });
}

fn missing_field(sink: &mut Sink, parent: &[Seg], field: &str) {
    sink.push(Found {
        code: "missing_field",
        path: join(parent, [Seg::Key(field.to_string())]),
        at: At::Path(Target::Value),
        fallback: None,
        zh: format!("缺少必填字段“{field}”。"),
        en: format!("missing required field `{field}`"),
    });
}

/// The allowed name closest to a misspelt one, if it is close enough to be a likely typo.
fn closest<'a>(key: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let key = key.to_ascii_lowercase();
    allowed
        .iter()
        .map(|a| (edit_distance(&key, a), *a))
        .filter(|(d, a)| *d <= 2.max(a.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().take(64).collect(), b.chars().collect());
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

// ───────────────────────────── translating serde errors ─────────────────────────────

/// Reports a serde error found while reading `raw` (which starts at `base` in the body), at
/// `prefix` + the path serde_path_to_error tracked inside it.
fn report_serde(sink: &mut Sink, prefix: &[Seg], raw: &str, base: usize, err: &serde_path_to_error::Error<serde_json::Error>) {
    let mut path = prefix.to_vec();
    for seg in err.path().iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => path.push(Seg::Index(*index)),
            serde_path_to_error::Segment::Map { key } => path.push(Seg::Key(key.clone())),
            serde_path_to_error::Segment::Enum { .. } => {}
            serde_path_to_error::Segment::Unknown => break,
        }
    }
    let inner = err.inner();
    // serde knows no position for errors inside buffered content (the tagged `deadline`).
    let positioned = inner.line() > 0;
    let fallback = positioned.then(|| base + json::offset_of_line_byte_column(raw, inner.line(), inner.column()));
    let t = translate(&serde_message(inner));
    // A missing field has no place of its own: serde reports the end of the object, but staff
    // look for the object's start, which the path's parent finds.
    let fallback = if t.code == "missing_field" { None } else { fallback };
    let (path, at, fallback) = match t.key {
        // serde_path_to_error already ends the path with an unknown key; other keys it does not.
        Some(k) if path.last() == Some(&Seg::Key(k.clone())) => (path, At::Path(t.target), fallback),
        Some(k) => (join(&path, [Seg::Key(k)]), At::Path(t.target), fallback),
        None if t.code == "bad_enum" && !positioned => (join(&path, [Seg::Field("type")]), At::Path(t.target), fallback),
        None => (path, At::Path(t.target), fallback),
    };
    sink.push(Found { code: t.code, path, at, fallback, zh: t.zh, en: t.en });
}

struct Translated {
    code: &'static str,
    zh: String,
    en: String,
    /// A key to append to the path (the unknown, duplicate or missing field).
    key: Option<String>,
    target: Target,
}

fn translated(code: &'static str, zh: String, en: String) -> Translated {
    Translated { code, zh, en, key: None, target: Target::Value }
}

/// Text between the first pair of backticks.
fn ticked(s: &str) -> Option<&str> {
    let start = s.find('`')? + 1;
    let len = s[start..].find('`')?;
    Some(&s[start..start + len])
}

/// The names in serde's "expected one of `a`, `b`" / "expected `a` or `b`" tails.
fn ticked_list(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
}

/// Turns one serde message into a problem code and plain-Chinese text.
fn translate(msg: &str) -> Translated {
    // Value types in `types.rs` put their code first: "[bad_money] 金额“…”无效…".
    if let Some(rest) = msg.strip_prefix('[') {
        if let Some((code, text)) = rest.split_once("] ") {
            let code = super::code_info(code).map_or("wrong_type", |c| c.code);
            if code == "wrong_type" {
                let (what, serde_part) = text.split_once('：').unwrap_or((text, ""));
                let actual = serde_part
                    .strip_prefix("invalid type: ")
                    .and_then(|m| m.split(", expected").next())
                    .map(unexpected_zh)
                    .unwrap_or_else(|| clip(serde_part));
                return translated(
                    code,
                    format!("类型不对：这里应是{what}（用英文双引号括起来的文字），实际写的是{actual}。"),
                    format!("wrong type: expected {what} as a quoted string; {}", clip(serde_part)),
                );
            }
            let quoted = text.split_once('“').and_then(|(_, r)| r.split_once('”')).map_or("", |(q, _)| q);
            return translated(code, text.to_string(), value_type_en(code, quoted));
        }
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        let f = ticked(rest).unwrap_or(rest).to_string();
        return Translated {
            code: "missing_field",
            zh: format!("缺少必填字段“{f}”。"),
            en: format!("missing required field `{f}`"),
            key: Some(f),
            target: Target::Value,
        };
    }
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let f = ticked(rest).unwrap_or("").to_string();
        let allowed = rest.split_once(", ").map(|(_, tail)| ticked_list(tail)).unwrap_or_default();
        let hint = closest(&f, &allowed).map(|s| format!("是不是想写“{s}”？")).unwrap_or_default();
        let list = if allowed.is_empty() { "这里不能有任何字段".to_string() } else { format!("这里可用的字段：{}", allowed.join("、")) };
        return Translated {
            code: "unknown_field",
            zh: format!("数据格式里没有“{}”这个字段（可能拼错了）。{hint}{list}。", clip(&f)),
            en: format!("unknown field `{}`", clip(&f)),
            key: Some(f),
            target: Target::Key(1),
        };
    }
    if let Some(rest) = msg.strip_prefix("duplicate field ") {
        let f = ticked(rest).unwrap_or(rest).to_string();
        return Translated {
            code: "duplicate_key",
            zh: format!("字段“{}”在同一个对象里写了两次，只能写一次。请删掉多余的一个。", clip(&f)),
            en: format!("key `{}` appears twice in the same object", clip(&f)),
            key: Some(f),
            target: Target::Key(2),
        };
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let v = ticked(rest).unwrap_or("");
        let allowed = rest.split_once(", ").map(|(_, tail)| ticked_list(tail)).unwrap_or_default();
        return translated(
            "bad_enum",
            format!("“{}”不是可选的值。可选的值只有：{}。", clip(v), allowed.join("、")),
            format!("`{}` is not an allowed value; allowed: {}", clip(v), allowed.join(", ")),
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (actual, expected) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
        return translated(
            "wrong_type",
            format!("类型不对：这里应是{}，实际写的是{}。", expected_zh(expected), unexpected_zh(actual)),
            format!("wrong type: expected {}, found {}", clip(expected), clip(actual)),
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ") {
        let (actual, expected) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
        let code = if is_integer_type(expected) { "bad_number" } else { "wrong_type" };
        return translated(
            code,
            format!("数值不对：这里应是{}，实际写的是{}。", expected_zh(expected), unexpected_zh(actual)),
            format!("invalid value: expected {}, found {}", clip(expected), clip(actual)),
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid length ") {
        return translated("wrong_type", format!("个数不对（{}）。", clip(rest)), format!("invalid length {}", clip(rest)));
    }
    translated("wrong_type", format!("数据不符合格式：{}。", clip(msg)), clip(msg))
}

fn is_integer_type(expected: &str) -> bool {
    matches!(expected, "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64")
}

/// What serde expected, in plain Chinese.
fn expected_zh(expected: &str) -> String {
    match expected {
        "a string" | "a borrowed string" | "string" => "文字（用英文双引号括起来）".into(),
        "u8" => "0 到 255 之间的整数（不带引号和小数点）".into(),
        "u16" | "u32" | "u64" => "不带小数点的非负整数（不带引号）".into(),
        "i8" | "i16" | "i32" | "i64" => "不带小数点的整数（不带引号）".into(),
        "a boolean" => "true 或 false（不带引号）".into(),
        "a sequence" => "列表（用方括号 [ ] 括起来）".into(),
        e if e.starts_with("struct ") => "对象（用花括号 { } 括起来）".into(),
        e if e.starts_with("internally tagged enum") => "对象（用花括号 { } 括起来，带 \"type\" 字段）".into(),
        "variant identifier" | "field identifier" => "文字".into(),
        other => clip(other),
    }
}

/// What serde found instead, in plain Chinese (long strings clipped: a 10 MB value never floods).
pub(crate) fn unexpected_zh(actual: &str) -> String {
    if let Some(s) = actual.strip_prefix("string ") {
        let inner = s.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(s);
        return format!("文字“{}”", clip(inner));
    }
    if let Some(n) = actual.strip_prefix("integer ") {
        return format!("整数 {}", n.trim_matches('`'));
    }
    if let Some(n) = actual.strip_prefix("floating point ") {
        return format!("小数 {}", n.trim_matches('`'));
    }
    if let Some(b) = actual.strip_prefix("boolean ") {
        return format!("{}（true/false 值）", b.trim_matches('`'));
    }
    match actual {
        "null" | "unit value" => "null（空值）".into(),
        "sequence" => "列表 [ ]".into(),
        "map" => "对象 { }".into(),
        other => clip(other),
    }
}

/// The English line for a value-type problem (the Chinese text comes from `types.rs`).
fn value_type_en(code: &str, value: &str) -> String {
    let v = clip(value);
    match code {
        "bad_date" => format!("invalid date “{v}”: write YYYY-MM-DD, a real calendar day (2024-03-05)"),
        "bad_datetime" => format!("invalid date-time “{v}”: write 2026-11-20T09:00:00+08:00"),
        "bad_time" => format!("invalid time “{v}”: write HH:MM on the 24-hour clock (08:30)"),
        "bad_money" => format!("invalid amount “{v}”: a decimal string without unit, at most two decimals (\"10.00\")"),
        "bad_url" => format!("unusable link “{v}”: only full http:// or https:// addresses are allowed"),
        other => format!("{other}: “{v}”"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_become_plain_chinese() {
        let t = translate("unknown field `feee`, expected one of `charged`, `basis`, `lines`, `note`");
        assert_eq!((t.code, t.key.as_deref()), ("unknown_field", Some("feee")));
        let t = translate("unknown field `linse`, expected one of `charged`, `basis`, `lines`, `note`");
        assert!(t.zh.contains("是不是想写“lines”"), "{}", t.zh);
        let t = translate("unknown variant `行政许可证`, expected one of `行政许可`, `行政确认`");
        assert_eq!(t.code, "bad_enum");
        assert!(t.zh.contains("行政许可、行政确认"), "{}", t.zh);
        let t = translate("invalid type: integer `5`, expected a string");
        assert_eq!(t.code, "wrong_type");
        assert!(t.zh.contains("整数 5") && t.zh.contains("文字"), "{}", t.zh);
        assert_eq!(translate("invalid value: integer `-1`, expected u32").code, "bad_number");
        let t = translate("[bad_money] 金额“10元”无效");
        assert_eq!((t.code, t.zh.as_str()), ("bad_money", "金额“10元”无效"));
        assert!(t.en.contains("10元"));
    }

    #[test]
    fn a_huge_value_is_clipped_in_messages() {
        let huge = format!("invalid type: string \"{}\", expected u32", "长".repeat(1_000_000));
        let t = translate(&huge);
        assert!(t.zh.chars().count() < 200, "{} chars", t.zh.chars().count());
        assert!(t.en.chars().count() < 200);
    }

    /// The field lists used to re-read a broken element must match the model exactly; the schema
    /// generated from the model is the independent witness.
    #[test]
    fn fieldwise_lists_match_the_schema() {
        let schema: serde_json::Value = serde_json::from_str(&crate::schema::feed_schema_json()).expect("schema is JSON");
        fn sorted(v: impl IntoIterator<Item = String>) -> Vec<String> {
            let mut v: Vec<String> = v.into_iter().collect();
            v.sort();
            v
        }
        fn check(def: &serde_json::Value, fields: &[&str], required: &[&str], name: &str) {
            let props = def["properties"].as_object().unwrap_or_else(|| panic!("{name} has properties"));
            assert_eq!(sorted(props.keys().cloned()), sorted(fields.iter().map(|s| s.to_string())), "{name} fields");
            let req = def["required"].as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect::<Vec<_>>()).unwrap_or_default();
            assert_eq!(sorted(req), sorted(required.iter().map(|s| s.to_string())), "{name} required");
        }
        check(&schema, FEED_FIELDS, FEED_REQUIRED, "Feed");
        let defs = &schema["$defs"];
        check(&defs["Publisher"], Publisher::FIELDS, Publisher::REQUIRED, "Publisher");
        check(&defs["Hall"], Hall::FIELDS, Hall::REQUIRED, "Hall");
        check(&defs["Village"], Village::FIELDS, Village::REQUIRED, "Village");
        check(&defs["Topic"], Topic::FIELDS, Topic::REQUIRED, "Topic");
        check(&defs["LifeEvent"], LifeEvent::FIELDS, LifeEvent::REQUIRED, "LifeEvent");
        check(&defs["ServiceItem"], ServiceItem::FIELDS, ServiceItem::REQUIRED, "ServiceItem");
        check(&defs["Record"], Record::FIELDS, Record::REQUIRED, "Record");
    }

    #[test]
    fn typos_find_their_field() {
        assert_eq!(closest("titel", &["title", "body"]), Some("title"));
        assert_eq!(closest("zzzzzz", &["title", "body"]), None);
    }
}
