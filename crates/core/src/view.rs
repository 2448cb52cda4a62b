//! Page views: what one page of the portal needs from the feed, written at publish time beside it.
//!
//! A resident on a slow line who opens a shared link to one 办事指南 should not wait for the whole
//! feed (every item and record of the township) before the page can show. `gongkai index` writes,
//! beside `feed.json`:
//!
//! | file | what it holds |
//! |---|---|
//! | `view/meta.json` | the feed without items and records (publisher, halls, villages, topics, 我要…, synonyms): a valid feed |
//! | `view/home.json` | what the home page shows of items and records ([`HomeView`]) |
//! | `view/item/<id>.json` | the item, and the newest records that name it in `related_items` (as links: without body, tables, attachments), with their total |
//! | `view/record/<id>.json` | the record, the items it names, and the record that replaced it (as a link) |
//!
//! The portal fetches `meta` and the page's part first, shows the page, then fetches the whole
//! feed for everything else (search, other pages, offline). Every part carries the feed version
//! it was cut from: a part of another version than `meta` is not used, and when the whole feed
//! turns out newer than the parts, the page is drawn again from it. What a part holds is decided
//! here, by the same functions the portal's pages use, so a page drawn from its part is the page
//! drawn from the whole feed.

use serde::{Deserialize, Serialize};

use crate::model::{Feed, Record, ServiceItem};
use crate::types::Date;

/// `format` of every part.
pub const VIEW_FORMAT: &str = "gongkai-view/1";

/// The directory beside the feed that holds the views.
pub const VIEW_DIR: &str = "view";

/// One page's slice of the feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ViewPart {
    /// Always [`VIEW_FORMAT`].
    pub format: String,
    /// The `version` of the feed this part was cut from.
    pub feed_version: u64,
    /// Items the page shows, whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ServiceItem>,
    /// Records the page shows, whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<Record>,
    /// The home page's summary (home part only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home: Option<HomeView>,
    /// Item parts: how many records name the item (the part holds only the newest
    /// [`ITEM_RELATED`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_total: Option<u64>,
}

/// What a part adds to the feed it is joined into: the summaries its page draws from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PartExtras {
    pub home: Option<HomeView>,
    pub related_total: Option<u64>,
}

impl ViewPart {
    /// The feed a page is drawn from: `meta` (the feed without items and records) with this
    /// part's items and records. `None` when the two were cut from different feed versions.
    pub fn join(self, meta: Feed) -> Option<(Feed, PartExtras)> {
        if self.format != VIEW_FORMAT || self.feed_version != meta.version {
            return None;
        }
        let extras = PartExtras { home: self.home, related_total: self.related_total };
        Some((Feed { items: self.items, records: self.records, ..meta }, extras))
    }
}

/// A link to an item or a record: id and title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub id: String,
    pub title: String,
}

/// A hall and how many items it handles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HallCount {
    pub hall: String,
    pub items: u32,
}

/// A dated link (最新公开).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatedLink {
    pub id: String,
    pub title: String,
    pub published: Date,
}

/// What the home page shows beyond the feed's meta: the items each 我要… leads to (only those
/// that exist, in the event's order), how many items each hall handles, the newest records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HomeView {
    /// One list per life event, in `feed.life_events` order.
    pub events: Vec<Vec<Link>>,
    /// One entry per hall, in `feed.halls` order.
    pub halls: Vec<HallCount>,
    /// The newest records, newest first.
    pub latest: Vec<DatedLink>,
}

/// How many records the home page lists under 最新公开.
pub const HOME_LATEST: usize = 6;

impl HomeView {
    pub fn from_feed(feed: &Feed) -> HomeView {
        let events = feed
            .life_events
            .iter()
            .map(|e| e.items.iter().filter_map(|id| feed.item(id)).map(|i| Link { id: i.id.clone(), title: i.name.clone() }).collect())
            .collect();
        let halls = feed
            .halls
            .iter()
            .map(|h| HallCount { hall: h.id.clone(), items: feed.items.iter().filter(|i| i.hall == h.id).count() as u32 })
            .collect();
        let mut latest: Vec<&Record> = feed.records.iter().collect();
        newest_first(&mut latest);
        let latest = latest.into_iter().take(HOME_LATEST).map(|r| DatedLink { id: r.id.clone(), title: r.title.clone(), published: r.published }).collect();
        HomeView { events, halls, latest }
    }
}

/// Sorts records newest first (by 发布日期); records of the same day keep their feed order.
pub fn newest_first(records: &mut Vec<&Record>) {
    let mut keys: Vec<u64> = records
        .iter()
        .enumerate()
        .map(|(i, r)| ((376_200 - r.published.days_since_epoch()).clamp(0, 0xF_FFFF) as u64) << 32 | i as u64)
        .collect();
    crate::filter::sort_keys(&mut keys);
    let sorted: Vec<&Record> = keys.iter().map(|k| records[(k & 0xFFFF_FFFF) as usize]).collect();
    *records = sorted;
}

/// How many records an item page lists under 相关信息 (newest first); the rest are a search away.
pub const ITEM_RELATED: usize = 10;

/// The item page's 相关信息: the newest records that name the item in `related_items` (at most
/// [`ITEM_RELATED`], newest first), and how many name it in all.
pub struct Related<'f> {
    pub shown: Vec<&'f Record>,
    pub total: usize,
}

pub fn records_about<'f>(feed: &'f Feed, item: &str) -> Related<'f> {
    let mut all: Vec<&Record> = feed.records.iter().filter(|r| r.related_items.iter().any(|i| i == item)).collect();
    let total = all.len();
    newest_first(&mut all);
    all.truncate(ITEM_RELATED);
    Related { shown: all, total }
}

/// The feed without items and records (`view/meta.json`).
pub fn meta(feed: &Feed) -> Feed {
    Feed { items: Vec::new(), records: Vec::new(), ..feed.clone() }
}

fn part(feed: &Feed, items: Vec<ServiceItem>, records: Vec<Record>, home: Option<HomeView>) -> ViewPart {
    ViewPart { format: VIEW_FORMAT.to_string(), feed_version: feed.version, items, records, home, related_total: None }
}

/// `view/home.json`.
pub fn home_part(feed: &Feed) -> ViewPart {
    part(feed, Vec::new(), Vec::new(), Some(HomeView::from_feed(feed)))
}

/// A record as another page links to it: without its body, tables and attachments (a page that
/// links to a record shows only its title).
fn linked(r: &Record) -> Record {
    Record { body: Vec::new(), tables: Vec::new(), attachments: Vec::new(), ..r.clone() }
}

/// `view/item/<id>.json`: the item, and the records about it (as links). `None` for an unknown id.
pub fn item_part(feed: &Feed, id: &str) -> Option<ViewPart> {
    let item = feed.item(id)?.clone();
    // The part holds the records the page lists; how many there are in all travels beside them.
    let related = records_about(feed, id);
    let mut p = part(feed, vec![item], related.shown.into_iter().map(linked).collect(), None);
    p.related_total = Some(related.total as u64);
    Some(p)
}

/// `view/record/<id>.json`: the record, the items it names (in its order) and the record that
/// replaced it (as a link). `None` for an unknown id.
pub fn record_part(feed: &Feed, id: &str) -> Option<ViewPart> {
    let record = feed.record(id)?;
    let items = record.related_items.iter().filter_map(|i| feed.item(i)).cloned().collect();
    let mut records = vec![record.clone()];
    if let Some(newer) = record.validity.as_ref().and_then(|v| v.replaced_by.as_deref()).and_then(|r| feed.record(r)) {
        if newer.id != record.id {
            records.push(linked(newer));
        }
    }
    Some(part(feed, items, records, None))
}

/// Whether `id` can be a file name under `view/` on any host: lowercase ASCII letters, digits and
/// `-` (what the validator asks of every id). Pages of other ids simply wait for the whole feed.
pub fn file_safe(id: &str) -> bool {
    !id.is_empty() && id.len() <= 120 && id.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-') && !id.starts_with('-')
}

/// Every file of the view directory, as (path below `view/`, contents): `meta.json`,
/// `home.json`, `item/<id>.json`, `record/<id>.json`. Compact JSON (these are read by machines;
/// the feed stays the readable file). Ids that are not [`file_safe`], and repeated ids (a feed
/// the validator rejects), get no part.
pub fn view_files(feed: &Feed) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let _ = for_each_view_file(feed, |name, json| {
        out.push((name, json));
        Ok::<(), ()>(())
    });
    out
}

/// [`view_files`] one file at a time, so a 100,000-record feed never holds all its views in
/// memory; stops at the first error `write` returns. The number of files is
/// [`view_file_count`].
pub fn for_each_view_file<E>(feed: &Feed, mut write: impl FnMut(String, String) -> Result<(), E>) -> Result<(), E> {
    let json = |v: &dyn erased::Ser| v.to_json();
    write("meta.json".to_string(), json(&meta(feed)))?;
    write("home.json".to_string(), json(&home_part(feed)))?;
    let mut seen = std::collections::BTreeSet::new();
    for i in &feed.items {
        if file_safe(&i.id) && seen.insert(("item", i.id.as_str())) {
            if let Some(p) = item_part(feed, &i.id) {
                write(format!("item/{}.json", i.id), json(&p))?;
            }
        }
    }
    for r in &feed.records {
        if file_safe(&r.id) && seen.insert(("record", r.id.as_str())) {
            if let Some(p) = record_part(feed, &r.id) {
                write(format!("record/{}.json", r.id), json(&p))?;
            }
        }
    }
    Ok(())
}

/// At most how many files [`for_each_view_file`] writes (for progress).
pub fn view_file_count(feed: &Feed) -> usize {
    2 + feed.items.len() + feed.records.len()
}

mod erased {
    pub trait Ser {
        fn to_json(&self) -> String;
    }
    impl<T: serde::Serialize> Ser for T {
        fn to_json(&self) -> String {
            serde_json::to_string(self).expect("the feed model always serialises")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{read_feed, read_version, read_view_part};

    const SAMPLE: &str = include_str!("../../../public/data/feed.json");
    const DEV_FEED: &str = include_str!("../../../tests/e2e/feeds/dev-feed.json");

    fn feeds() -> Vec<Feed> {
        [SAMPLE, DEV_FEED].iter().map(|t| serde_json::from_str(t).expect("fixture feed")).collect()
    }

    /// A part as the portal gets it: written as JSON, read by the lean reader, joined with meta
    /// (also written and read).
    fn as_portal_reads(feed: &Feed, part: &ViewPart) -> (Feed, PartExtras) {
        let text = serde_json::to_string(part).unwrap();
        let read = read_view_part(&text).expect("the lean reader reads every part");
        assert_eq!(&read, part, "lean reader and serde agree on the part");
        let meta = read_feed(&serde_json::to_string(&meta(feed)).unwrap()).expect("meta is a valid feed");
        read.join(meta).expect("same version")
    }

    #[test]
    fn an_item_part_draws_the_item_page_as_the_whole_feed_does() {
        for feed in feeds() {
            for item in &feed.items {
                let (joined, extras) = as_portal_reads(&feed, &item_part(&feed, &item.id).unwrap());
                assert_eq!(joined.item(&item.id), Some(item));
                let titles = |f: &Feed| records_about(f, &item.id).shown.iter().map(|r| (r.id.clone(), r.title.clone())).collect::<Vec<_>>();
                assert_eq!(titles(&joined), titles(&feed), "{}: 相关信息", item.id);
                assert_eq!(extras.related_total, Some(records_about(&feed, &item.id).total as u64));
                assert_eq!((&joined.halls, &joined.topics, &joined.life_events, &joined.publisher), (&feed.halls, &feed.topics, &feed.life_events, &feed.publisher));
            }
        }
    }

    #[test]
    fn a_record_part_holds_the_record_whole_its_items_and_its_replacement() {
        let mut replaced = 0;
        for feed in feeds() {
            for r in &feed.records {
                let (joined, _) = as_portal_reads(&feed, &record_part(&feed, &r.id).unwrap());
                assert_eq!(joined.record(&r.id), Some(r), "the record itself is whole");
                for id in &r.related_items {
                    assert_eq!(joined.item(id), feed.item(id), "{}: related item {id}", r.id);
                }
                if let Some(newer) = r.validity.as_ref().and_then(|v| v.replaced_by.as_deref()).and_then(|id| feed.record(id)) {
                    replaced += 1;
                    assert_eq!(joined.record(&newer.id).map(|n| &n.title), Some(&newer.title));
                }
            }
        }
        assert!(replaced > 0, "the fixtures have a replaced record");
    }

    #[test]
    fn the_home_part_is_what_the_whole_feed_gives() {
        for feed in feeds() {
            let (joined, extras) = as_portal_reads(&feed, &home_part(&feed));
            let home = extras.home.expect("the home part has the summary");
            assert_eq!(home, HomeView::from_feed(&feed));
            assert!(joined.items.is_empty() && joined.records.is_empty());
            assert_eq!(home.halls.len(), feed.halls.len());
            assert_eq!(home.events.len(), feed.life_events.len());
            assert_eq!(home.latest.len(), HOME_LATEST.min(feed.records.len()));
            assert!(home.latest.windows(2).all(|w| w[0].published >= w[1].published), "newest first");
            let counted: u32 = home.halls.iter().map(|h| h.items).sum();
            assert_eq!(counted as usize, feed.items.iter().filter(|i| feed.hall(&i.hall).is_some()).count());
        }
    }

    #[test]
    fn an_item_page_lists_the_newest_related_records_and_counts_the_rest() {
        let mut feed = feeds().remove(0);
        let item = feed.items[0].id.clone();
        let template = feed.records[0].clone();
        for n in 0..25u8 {
            let mut r = template.clone();
            r.id = format!("extra-{n}");
            r.related_items = vec![item.clone()];
            r.published = crate::types::Date { year: 2020, month: 1, day: n % 28 + 1 };
            feed.records.push(r);
        }
        let related = records_about(&feed, &item);
        assert!(related.total >= 25);
        assert_eq!(related.shown.len(), ITEM_RELATED);
        assert!(related.shown.windows(2).all(|w| w[0].published >= w[1].published), "newest first");
        let part = item_part(&feed, &item).unwrap();
        assert_eq!(part.records.len(), ITEM_RELATED, "the part holds only what the page lists");
        assert_eq!(part.related_total, Some(related.total as u64));
    }

    #[test]
    fn a_part_of_another_version_or_format_is_refused() {
        let feed = &feeds()[0];
        let mut part = home_part(feed);
        part.feed_version += 1;
        assert!(part.clone().join(meta(feed)).is_none());
        part.feed_version -= 1;
        part.format = "gongkai-view/2".into();
        assert!(part.join(meta(feed)).is_none());
    }

    #[test]
    fn view_files_name_every_page_once_and_only_with_safe_ids() {
        let mut feed = feeds().remove(0);
        let files = view_files(&feed);
        assert_eq!(files.len(), 2 + feed.items.len() + feed.records.len());
        let mut names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), files.len(), "no name twice");
        feed.items[0].id = "../../etc/passwd".into();
        feed.records[0].id = "Big-ID".into();
        let files = view_files(&feed);
        assert_eq!(files.len(), feed.items.len() + feed.records.len());
        assert!(files.iter().all(|(n, _)| !n.contains("..") && !n.contains("Big")));
        for bad in ["", "-x", "a/b", "a.b", "低保", "A"] {
            assert!(!file_safe(bad), "{bad:?}");
        }
        assert!(file_safe("mz-dibao") && file_safe("2026-q3"));
    }

    #[test]
    fn the_version_is_found_without_reading_the_feed() {
        for (text, feed) in [SAMPLE, DEV_FEED].iter().zip(feeds()) {
            assert_eq!(read_version(text), Some(feed.version));
        }
        assert_eq!(read_version(r#"{"items":[{"version":9,"x":"\"version\":8"}],"version" : 12}"#), Some(12));
        assert_eq!(read_version(r#"{"a":{"version":3}}"#), None);
        assert_eq!(read_version(r#"[{"version":3}]"#), None);
        assert_eq!(read_version(r#"{"version":"7"}"#), None);
        assert_eq!(read_version("not json"), None);
        assert_eq!(read_version(r#"{"s":"unterminated"#), None);
    }
}
