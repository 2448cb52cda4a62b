//! What of a feed is searchable: every item and record flattened into a [`SearchDoc`].
//!
//! This is the single list of searched fields. The engine builds its columns from it, `gongkai
//! index --docs` exports it for the benchmark (so every engine there gets exactly the same text),
//! and the benchmark's reference scan computes the ground truth from it.

use serde::{Deserialize, Serialize};

use crate::model::{Feed, LegalBasis, Record, ServiceItem};
use crate::types::Date;

/// Whether a document is a service item or a disclosure record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    Item,
    Record,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Item => "item",
            DocKind::Record => "record",
        }
    }
}

/// One searchable document: the fields the engine reads, as plain text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchDoc {
    /// Item id or record id.
    pub id: String,
    pub kind: DocKind,
    /// Item name or record title.
    pub title: String,
    /// 事项编码 (items) or 索引号 (records).
    pub code: String,
    /// 文号 (records that have one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_number: Option<String>,
    /// Item summary or record summary ("" when the record has none).
    #[serde(default)]
    pub summary: String,
    /// 检索词 of items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Every other searchable text, one part per entry (body paragraphs, materials …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<String>,
    /// 发布日期 of records (ranks newer records first among equals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

fn basis_parts(basis: &[LegalBasis], out: &mut Vec<String>) {
    for b in basis {
        out.push(b.title.clone());
        if let Some(n) = &b.doc_number {
            out.push(n.clone());
        }
    }
}

impl SearchDoc {
    /// The searchable text of a service item.
    pub fn from_item(it: &ServiceItem) -> SearchDoc {
        let mut text = Vec::new();
        text.extend(it.conditions.requirements.iter().cloned());
        text.extend(it.conditions.materials.iter().map(|m| m.name.clone()));
        basis_parts(&it.basis, &mut text);
        text.push(it.result.name.clone());
        SearchDoc {
            id: it.id.clone(),
            kind: DocKind::Item,
            title: it.name.clone(),
            code: it.code.clone(),
            doc_number: None,
            summary: it.summary.clone(),
            keywords: it.keywords.clone(),
            text,
            date: None,
        }
    }

    /// The searchable text of a disclosure record.
    pub fn from_record(r: &Record) -> SearchDoc {
        let mut text = Vec::new();
        text.extend(r.body.iter().cloned());
        text.extend(r.tables.iter().map(|t| t.caption.clone()));
        text.extend(r.attachments.iter().map(|a| a.name.clone()));
        basis_parts(&r.basis, &mut text);
        text.push(r.category.level1.clone());
        text.push(r.category.level2.clone());
        SearchDoc {
            id: r.id.clone(),
            kind: DocKind::Record,
            title: r.title.clone(),
            code: r.index_no.clone(),
            doc_number: r.doc_number.clone(),
            summary: r.summary.clone().unwrap_or_default(),
            keywords: Vec::new(),
            text,
            date: Some(r.published),
        }
    }

    /// Every document of a feed: items in feed order, then records in feed order.
    pub fn all(feed: &Feed) -> Vec<SearchDoc> {
        feed.items.iter().map(SearchDoc::from_item).chain(feed.records.iter().map(SearchDoc::from_record)).collect()
    }
}
