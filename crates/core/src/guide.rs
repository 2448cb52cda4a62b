//! A service item's 办事指南 as residents read it: the 八个公开 in their fixed order, which of
//! them are published, and the time limits, fees and visits in plain words.
//!
//! These are rules, not layout, so they live here (tested natively) and the portal's item page
//! and its printed 一次性告知单 only render what they return.

use crate::model::{Fee, ServiceItem, Step, TimeLimit};

/// The eight things every service item must disclose (八个公开), in the order of the standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Disclosure {
    Subject,
    Basis,
    Conditions,
    Procedure,
    TimeLimit,
    Outcome,
    FeeBasis,
    FeeStandard,
}

impl Disclosure {
    /// Fixed order: 办理主体, 办理依据, 办事条件, 办理程序, 办理时限, 办事结果, 收费依据, 收费标准.
    pub const ALL: [Disclosure; 8] = [
        Disclosure::Subject,
        Disclosure::Basis,
        Disclosure::Conditions,
        Disclosure::Procedure,
        Disclosure::TimeLimit,
        Disclosure::Outcome,
        Disclosure::FeeBasis,
        Disclosure::FeeStandard,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Disclosure::Subject => "办理主体",
            Disclosure::Basis => "办理依据",
            Disclosure::Conditions => "办事条件",
            Disclosure::Procedure => "办理程序",
            Disclosure::TimeLimit => "办理时限",
            Disclosure::Outcome => "办事结果",
            Disclosure::FeeBasis => "收费依据",
            Disclosure::FeeStandard => "收费标准",
        }
    }

    /// The section's anchor id on the item page (stable: links to `#shixian` are shared).
    pub fn anchor(self) -> &'static str {
        match self {
            Disclosure::Subject => "zhuti",
            Disclosure::Basis => "yiju",
            Disclosure::Conditions => "tiaojian",
            Disclosure::Procedure => "chengxu",
            Disclosure::TimeLimit => "shixian",
            Disclosure::Outcome => "jieguo",
            Disclosure::FeeBasis => "shoufei-yiju",
            Disclosure::FeeStandard => "shoufei-biaozhun",
        }
    }

    /// 一、 … 八、
    pub fn numeral(self) -> &'static str {
        ["一", "二", "三", "四", "五", "六", "七", "八"][self as usize]
    }

    /// Whether the item actually publishes this element (an empty list or blank text is not
    /// published). A free service publishes both fee elements by saying it is free.
    pub fn is_published(self, item: &ServiceItem) -> bool {
        let filled = |s: &str| !s.trim().is_empty();
        match self {
            Disclosure::Subject => filled(&item.subject.body) && filled(&item.subject.window) && filled(&item.subject.phone),
            Disclosure::Basis => item.basis.iter().any(|b| filled(&b.title)),
            Disclosure::Conditions => {
                item.conditions.requirements.iter().any(|r| filled(r)) || item.conditions.materials.iter().any(|m| filled(&m.name))
            }
            Disclosure::Procedure => item.procedure.steps.iter().any(|s| filled(&s.name)),
            Disclosure::TimeLimit => true,
            Disclosure::Outcome => filled(&item.result.name),
            Disclosure::FeeBasis => !item.fee.charged || item.fee.basis.iter().any(|b| filled(&b.title)),
            Disclosure::FeeStandard => !item.fee.charged || !item.fee.lines.is_empty(),
        }
    }
}

/// Which of the eight an item publishes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completeness {
    pub published: Vec<Disclosure>,
    pub missing: Vec<Disclosure>,
}

impl Completeness {
    pub fn of(item: &ServiceItem) -> Completeness {
        let (published, missing) = Disclosure::ALL.into_iter().partition(|d| d.is_published(item));
        Completeness { published, missing }
    }

    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }

    /// `八个公开：8 项全部公开` or `八个公开：已公开 6 项，缺 收费依据、收费标准`.
    pub fn words(&self) -> String {
        if self.is_complete() {
            "八个公开：8 项全部公开".to_string()
        } else {
            let missing: Vec<&str> = self.missing.iter().map(|d| d.title()).collect();
            format!("八个公开：已公开 {} 项，缺 {}", self.published.len(), missing.join("、"))
        }
    }
}

/// 法定 and 承诺 time limits in one plain sentence:
/// `法律规定最长 30 个工作日，本镇承诺 15 个工作日内办结`.
pub fn time_limit_words(limit: &TimeLimit) -> String {
    let legal = match limit.legal_days {
        0 => "法律规定当场办结".to_string(),
        d => format!("法律规定最长 {d} 个工作日"),
    };
    let promised = match limit.promised_days {
        0 => "本镇承诺当场办结".to_string(),
        d => format!("本镇承诺 {d} 个工作日内办结"),
    };
    if limit.legal_days == 0 && limit.promised_days == 0 {
        "当场办结".to_string()
    } else {
        format!("{legal}，{promised}")
    }
}

/// The shorter, promised limit alone, for result lists: `15 个工作日` / `当场办结`.
pub fn promised_short(limit: &TimeLimit) -> String {
    match limit.promised_days {
        0 => "当场办结".to_string(),
        d => format!("{d} 个工作日"),
    }
}

/// One step's time: `当场` or `5 个工作日`, and whether it is outside the legal limit.
pub fn step_time_words(step: &Step) -> String {
    let t = match step.work_days {
        0 => "当场".to_string(),
        d => format!("{d} 个工作日"),
    };
    if step.counts_toward_limit {
        t
    } else {
        format!("{t}（不计入办理时限）")
    }
}

/// How often the resident must come in person.
pub fn visits_words(visits: u32) -> String {
    match visits {
        0 => "不用跑，全程网上办".to_string(),
        1 => "最多跑一次".to_string(),
        n => format!("需要到现场 {n} 次"),
    }
}

/// What the fee section leads with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeeHeadline {
    /// 免费: shown large.
    Free,
    /// Charged: each line as `住宅类不动产登记费 80.00 元/件`.
    Charged(Vec<String>),
}

pub fn fee_headline(fee: &Fee) -> FeeHeadline {
    if !fee.charged || fee.lines.iter().all(|l| l.amount.is_zero()) && !fee.lines.is_empty() {
        FeeHeadline::Free
    } else {
        FeeHeadline::Charged(fee.lines.iter().map(|l| format!("{} {} 元/{}", l.name, l.amount, l.unit)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Feed, FeeLine, Step};
    use crate::types::Yuan;

    const DEV_FEED: &str = include_str!("../../../tests/e2e/feeds/dev-feed.json");

    fn item(id: &str) -> ServiceItem {
        let feed: Feed = serde_json::from_str(DEV_FEED).unwrap();
        feed.item(id).unwrap().clone()
    }

    #[test]
    fn the_eight_disclosures_come_in_the_order_of_the_standard() {
        let titles: Vec<&str> = Disclosure::ALL.iter().map(|d| d.title()).collect();
        assert_eq!(titles, ["办理主体", "办理依据", "办事条件", "办理程序", "办理时限", "办事结果", "收费依据", "收费标准"]);
        let numerals: String = Disclosure::ALL.iter().map(|d| d.numeral()).collect();
        assert_eq!(numerals, "一二三四五六七八");
        let mut anchors: Vec<&str> = Disclosure::ALL.iter().map(|d| d.anchor()).collect();
        anchors.sort_unstable();
        anchors.dedup();
        assert_eq!(anchors.len(), 8, "anchors are unique");
    }

    #[test]
    fn a_full_guide_publishes_all_eight() {
        let c = Completeness::of(&item("dibao"));
        assert!(c.is_complete());
        assert_eq!(c.words(), "八个公开：8 项全部公开");
    }

    #[test]
    fn blank_elements_and_a_charged_fee_without_lines_count_as_missing() {
        let mut it = item("budongchan");
        it.basis.clear();
        it.subject.phone = "  ".into();
        it.fee.lines.clear();
        let c = Completeness::of(&it);
        assert_eq!(c.missing, vec![Disclosure::Subject, Disclosure::Basis, Disclosure::FeeStandard]);
        assert_eq!(c.words(), "八个公开：已公开 5 项，缺 办理主体、办理依据、收费标准");
    }

    #[test]
    fn a_free_service_publishes_its_fee_elements_by_being_free() {
        let it = item("dibao");
        assert!(!it.fee.charged && it.fee.basis.is_empty());
        assert!(Disclosure::FeeBasis.is_published(&it));
        assert!(Disclosure::FeeStandard.is_published(&it));
        assert_eq!(fee_headline(&it.fee), FeeHeadline::Free);
    }

    #[test]
    fn charged_fees_are_listed_with_amount_and_unit() {
        let it = item("budongchan");
        assert_eq!(
            fee_headline(&it.fee),
            FeeHeadline::Charged(vec!["住宅类不动产登记费 80.00 元/件".into(), "证书工本费（第二本起） 10.00 元/本".into()])
        );
    }

    #[test]
    fn fee_lines_that_all_cost_nothing_read_as_free() {
        let mut fee = item("budongchan").fee;
        fee.lines = vec![FeeLine { name: "工本费".into(), amount: Yuan::default(), unit: "本".into(), waiver: None, basis: "x".into() }];
        assert_eq!(fee_headline(&fee), FeeHeadline::Free);
    }

    #[test]
    fn time_limits_read_as_one_plain_sentence() {
        let tl = |legal, promised| TimeLimit { legal_days: legal, promised_days: promised, note: None };
        assert_eq!(time_limit_words(&tl(30, 15)), "法律规定最长 30 个工作日，本镇承诺 15 个工作日内办结");
        assert_eq!(time_limit_words(&tl(20, 20)), "法律规定最长 20 个工作日，本镇承诺 20 个工作日内办结");
        assert_eq!(time_limit_words(&tl(5, 0)), "法律规定最长 5 个工作日，本镇承诺当场办结");
        assert_eq!(time_limit_words(&tl(0, 0)), "当场办结");
        assert_eq!(promised_short(&tl(30, 15)), "15 个工作日");
        assert_eq!(promised_short(&tl(5, 0)), "当场办结");
    }

    #[test]
    fn steps_outside_the_legal_limit_say_so() {
        let step = |days, counts| Step { name: "公示".into(), description: String::new(), work_days: days, counts_toward_limit: counts };
        assert_eq!(step_time_words(&step(7, false)), "7 个工作日（不计入办理时限）");
        assert_eq!(step_time_words(&step(0, true)), "当场");
    }

    #[test]
    fn visits_are_counted_the_way_the_service_centre_says_it() {
        assert_eq!(visits_words(0), "不用跑，全程网上办");
        assert_eq!(visits_words(1), "最多跑一次");
        assert_eq!(visits_words(3), "需要到现场 3 次");
    }
}
