//! From what a resident typed to what the engine looks for.
//!
//! A query is split into terms (whitespace and list punctuation: several terms mean AND). Each
//! term becomes a set of *alternatives*: the term itself, its synonyms (the feed's table plus
//! [`DEFAULT_SYNONYMS`]), and — for a term of ASCII letters only — its pinyin readings. A document
//! matches a term if it matches any alternative.

use super::column::Needle;
use super::normalize::normalize;

/// Built-in synonym groups: the words residents say next to the words documents use. The feed's
/// own `synonyms` table is applied first and may add to these.
pub const DEFAULT_SYNONYMS: &[&[&str]] = &[
    &["低保", "最低生活保障"],
    &["五保", "特困人员", "特困供养"],
    &["新农合", "城乡居民医保", "城乡居民基本医疗保险"],
    &["新农保", "农保", "城乡居民养老保险", "城乡居民基本养老保险"],
    &["医保", "医疗保险"],
    &["社保", "社会保险"],
    &["危房", "农村危房改造"],
    &["盖房", "建房", "农村村民建房", "农村村民住宅建设"],
    &["房产证", "不动产权证书"],
    &["准生证", "生育服务证", "生育登记"],
    &["残疾证", "残疾人证"],
    &["户口", "户籍"],
    &["粮补", "粮食直补", "耕地地力保护补贴"],
    &["退伍军人", "退役军人"],
    &["高龄补贴", "高龄津贴"],
    &["丧葬费", "丧葬补助"],
];

/// Most alternatives kept per term (synonym expansion can multiply).
const MAX_ALTERNATIVES: usize = 8;
/// Most terms honoured in one query; further terms are ignored (and reported by the CLI).
pub const MAX_TERMS: usize = 8;
/// Longest letter run also tried as pinyin initials (最低生活保障 is `zdshbz`, six).
const MAX_INITIALS: usize = 6;

/// How an alternative relates to what was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AltKind {
    /// The term itself.
    Literal,
    /// A synonym of the term (or the term with a synonym swapped in).
    Synonym,
    /// Full pinyin, matched at syllable starts in titles and keywords.
    PinyinFull,
    /// Pinyin initials, one letter per syllable.
    PinyinInitials,
}

pub(crate) struct Alternative {
    pub kind: AltKind,
    pub needle: Needle,
}

pub(crate) struct Term {
    /// What was typed, for suggestions ("drop this term").
    pub raw: String,
    /// The normalised term.
    pub norm: String,
    pub alts: Vec<Alternative>,
    /// Documents whose title or keywords read as the term in pinyin: (slot, in title), found by
    /// the one pass over the pinyin columns that also picks the words pinyin reads as.
    pub pinyin_hits: Vec<(u32, bool, bool)>,
}

impl Term {
    pub fn literal_alts(&self) -> impl Iterator<Item = &Alternative> {
        self.alts.iter().filter(|a| matches!(a.kind, AltKind::Literal | AltKind::Synonym))
    }
}

/// The normalised synonym groups an engine applies.
#[derive(Debug, Clone, Default)]
pub(crate) struct Synonyms {
    groups: Vec<Vec<String>>,
}

impl Synonyms {
    pub fn new(feed_groups: &[Vec<String>]) -> Synonyms {
        let defaults = DEFAULT_SYNONYMS.iter().map(|g| g.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        let groups = feed_groups
            .iter()
            .cloned()
            .chain(defaults)
            .map(|g| {
                let mut words: Vec<String> = Vec::new();
                for w in g.iter().map(|w| normalize(w)) {
                    if !w.is_empty() && !words.contains(&w) {
                        words.push(w);
                    }
                }
                words
            })
            .filter(|g| g.len() >= 2)
            .collect();
        Synonyms { groups }
    }

    /// Every word in the table (for "did you mean" suggestions).
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.groups.iter().flatten().map(String::as_str)
    }

    /// Synonym forms of a normalised term: whole-term synonyms, then the term with a synonym
    /// swapped in (低保资金 → 最低生活保障资金). Forms that contain the term are left out: every
    /// document they match already contains the term.
    pub fn expand(&self, term: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let add = |s: String, out: &mut Vec<String>| {
            if s != term && !s.contains(term) && !out.contains(&s) {
                out.push(s);
            }
        };
        for g in &self.groups {
            if g.iter().any(|w| w == term) {
                for w in g {
                    add(w.clone(), &mut out);
                }
            }
        }
        for g in &self.groups {
            for w in g {
                if w.chars().count() >= 2 && term.len() > w.len() && term.contains(w.as_str()) {
                    for other in g.iter().filter(|o| *o != w) {
                        add(term.replace(w.as_str(), other), &mut out);
                    }
                }
            }
        }
        out.truncate(MAX_ALTERNATIVES - 1);
        out
    }
}

/// Splits a query into (raw, normalised) terms: at whitespace, and at list punctuation a resident
/// might type between two words (，、；). Duplicates and terms with nothing searchable are dropped.
/// All terms are returned; [`parse`] keeps the first [`MAX_TERMS`].
pub(crate) fn split_terms(query: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for raw in query.split(|c: char| c.is_whitespace() || matches!(c, ',' | '，' | '、' | ';' | '；')) {
        let norm = normalize(raw);
        if norm.is_empty() || out.iter().any(|(_, n)| *n == norm) {
            continue;
        }
        out.push((raw.to_string(), norm));
    }
    out
}

/// Whether a normalised term could be pinyin: ASCII letters only, at least two.
pub(crate) fn is_pinyin_candidate(norm: &str) -> bool {
    norm.len() >= 2 && norm.bytes().all(|b| b.is_ascii_lowercase())
}

/// Builds the terms and their alternatives.
pub(crate) fn parse(query: &str, synonyms: Option<&Synonyms>, pinyin: bool) -> Vec<Term> {
    split_terms(query)
        .into_iter()
        .take(MAX_TERMS)
        .map(|(raw, norm)| {
            let mut alts = vec![Alternative { kind: AltKind::Literal, needle: Needle::new(norm.clone()) }];
            if let Some(syn) = synonyms {
                for s in syn.expand(&norm) {
                    alts.push(Alternative { kind: AltKind::Synonym, needle: Needle::new(s) });
                }
            }
            if pinyin && is_pinyin_candidate(&norm) {
                alts.push(Alternative { kind: AltKind::PinyinFull, needle: Needle::new(norm.clone()) });
                // Nobody types the initials of more than a few characters; longer letter runs are
                // full pinyin, and skipping the initials spares a pass over that column.
                if norm.len() <= MAX_INITIALS {
                    alts.push(Alternative { kind: AltKind::PinyinInitials, needle: Needle::new(norm.clone()) });
                }
            }
            Term { raw, norm, alts, pinyin_hits: Vec::new() }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_split_on_space_and_list_punctuation() {
        let t: Vec<String> = split_terms("低保　 临时救助，危房、低保").into_iter().map(|(_, n)| n).collect();
        assert_eq!(t, vec!["低保", "临时救助", "危房"]);
    }

    #[test]
    fn synonyms_expand_whole_terms_and_inside_terms() {
        let s = Synonyms::new(&[]);
        assert_eq!(s.expand("低保"), vec!["最低生活保障"]);
        assert!(s.expand("低保资金").contains(&"最低生活保障资金".to_string()));
        // 农村危房改造 contains 危房: a document with it already matches 危房, so it is not added.
        assert!(s.expand("危房").is_empty());
        assert_eq!(s.expand("农村危房改造"), vec!["危房"]);
    }

    #[test]
    fn feed_synonyms_are_normalised_and_merged() {
        let s = Synonyms::new(&[vec!["吃低保".into(), "ＤＢ".into()]]);
        assert_eq!(s.expand("db"), vec!["吃低保"]);
    }
}
