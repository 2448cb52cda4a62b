//! Opening hours: "is it open now", and the hours in plain words.
//!
//! A hall's or a village station's 办公时间 is data ([`OpeningHours`]), so the portal can tell a
//! resident standing outside a closed door when it opens again — in the township's own time zone
//! (Beijing time, UTC+8), whatever the phone's time zone says. Everything here is pure: the caller
//! passes the moment (`Date.now()` in the browser), so tests pin any day and minute they like.
//!
//! The feed does not carry the national holiday calendar, so on a 法定节假日 the weekday rule can be
//! wrong. [`OpenNow::words`] therefore never hides the caveat when the place closes on holidays.

use crate::model::OpeningHours;
use crate::types::{ClockTime, Date};

/// Beijing time is UTC+8 all year (no daylight saving since 1991).
pub const BEIJING_OFFSET_MINUTES: i64 = 8 * 60;

/// Chinese weekday names, index 0 = 周一 (ISO weekday 1).
const WEEKDAY_NAMES: [&str; 7] = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

/// The Chinese name of an ISO weekday (1 = 周一 … 7 = 周日); `None` outside 1..=7.
pub fn weekday_name(weekday: u8) -> Option<&'static str> {
    WEEKDAY_NAMES.get(usize::from(weekday).checked_sub(1)?).copied()
}

/// A moment on the township's wall clock: the local date and minutes since local midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalMoment {
    pub date: Date,
    /// 0..1440.
    pub minutes: u16,
}

impl LocalMoment {
    /// The Beijing wall-clock moment for milliseconds since the Unix epoch (what `Date.now()`
    /// returns). A broken clock (NaN, or outside 1970–2999) is clamped into that range rather
    /// than panicking: a wrong answer about the hours beats a blank page.
    pub fn from_unix_millis(millis: f64) -> LocalMoment {
        const MAX_MILLIS: f64 = 32_503_680_000_000.0; // 3000-01-01T00:00:00Z
        let millis = if millis.is_finite() { millis.clamp(0.0, MAX_MILLIS) } else { 0.0 };
        let local_minutes = (millis / 60_000.0).floor() as i64 + BEIJING_OFFSET_MINUTES;
        let days = local_minutes.div_euclid(1440);
        let minutes = local_minutes.rem_euclid(1440) as u16;
        LocalMoment { date: Date::from_days_since_epoch(days), minutes }
    }

    /// ISO weekday: 1 = 周一 … 7 = 周日.
    pub fn weekday(self) -> u8 {
        self.date.weekday()
    }
}

/// When a closed place opens again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reopening {
    /// 0 = later today, 1 = tomorrow, up to 7 (same weekday next week).
    pub days_ahead: u8,
    /// ISO weekday of that day.
    pub weekday: u8,
    pub at: ClockTime,
}

/// The answer to "现在是否办公".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenNow {
    /// Open now, until `closes` today; `resumes` is set when it opens again later today (午休).
    Open { closes: ClockTime, resumes: Option<ClockTime>, holiday_caveat: bool },
    /// Closed now; `reopens` is `None` when the hours list no period at all.
    Closed { reopens: Option<Reopening>, lunch_break: bool, holiday_caveat: bool },
}

impl OpenNow {
    pub fn is_open(&self) -> bool {
        matches!(self, OpenNow::Open { .. })
    }

    /// One plain sentence for a resident, e.g. `正在办公，今天 17:30 下班`.
    pub fn words(&self) -> String {
        let mut s = match *self {
            OpenNow::Open { closes, resumes: Some(resumes), .. } => {
                format!("正在办公，{} 午休，{} 继续办公", hhmm(closes), hhmm(resumes))
            }
            OpenNow::Open { closes, resumes: None, .. } if closes.minutes >= 1440 => "正在办公，今天办到夜里 24:00".to_string(),
            OpenNow::Open { closes, resumes: None, .. } => format!("正在办公，今天 {} 下班", hhmm(closes)),
            OpenNow::Closed { reopens: None, .. } => "没有公布办公时间，请先打电话询问".to_string(),
            OpenNow::Closed { reopens: Some(r), lunch_break, .. } => {
                let now = if lunch_break { "现在是午休时间" } else { "现在不办公" };
                let name = weekday_name(r.weekday).unwrap_or("");
                // ISO weekday of today, 1..=7.
                let today = (i16::from(r.weekday) - i16::from(r.days_ahead) - 1).rem_euclid(7) + 1;
                let day = match r.days_ahead {
                    0 => "今天 ".to_string(),
                    1 => format!("明天（{name}）"),
                    2 => format!("后天（{name}）"),
                    // Beyond the day after tomorrow, say which week: 本周五 / 下周一.
                    d if i16::from(d) + today > 7 => format!("下{name} "),
                    _ => format!("本{name} "),
                };
                format!("{now}，{day}{} 开始办公", hhmm(r.at))
            }
        };
        let caveat = match *self {
            OpenNow::Open { holiday_caveat, .. } | OpenNow::Closed { holiday_caveat, .. } => holiday_caveat,
        };
        if caveat {
            s.push_str("（法定节假日休息）");
        }
        s
    }
}

fn hhmm(t: ClockTime) -> String {
    t.to_string()
}

/// The open intervals of one weekday, merged and sorted, as minutes `[open, close)`.
/// Periods whose close is not after their open are ignored (the validator reports them).
fn intervals_on(hours: &OpeningHours, weekday: u8) -> Vec<(u16, u16)> {
    let mut v: Vec<u64> = hours
        .periods
        .iter()
        .filter(|p| p.weekdays.contains(&weekday) && p.open.minutes < p.close.minutes)
        .map(|p| (u64::from(p.open.minutes) << 16) | u64::from(p.close.minutes.min(1440)))
        .collect();
    crate::filter::sort_keys(&mut v);
    let mut merged: Vec<(u16, u16)> = Vec::with_capacity(v.len());
    for (open, close) in v.into_iter().map(|k| ((k >> 16) as u16, (k & 0xFFFF) as u16)) {
        match merged.last_mut() {
            Some(last) if open <= last.1 => last.1 = last.1.max(close),
            _ => merged.push((open, close)),
        }
    }
    merged
}

/// Whether the place is open at `now`, and if not, when it opens next (looking up to a week
/// ahead, so a place open only on Mondays is still found from a Tuesday).
pub fn open_now(hours: &OpeningHours, now: LocalMoment) -> OpenNow {
    let holiday_caveat = hours.closed_on_public_holidays;
    let today = now.weekday();
    let todays = intervals_on(hours, today);
    let clock = |m: u16| ClockTime { minutes: m };
    if let Some(i) = todays.iter().position(|&(o, c)| o <= now.minutes && now.minutes < c) {
        let resumes = todays.get(i + 1).map(|&(o, _)| clock(o));
        return OpenNow::Open { closes: clock(todays[i].1), resumes, holiday_caveat };
    }
    let lunch_break = todays.iter().any(|&(_, c)| c <= now.minutes) && todays.iter().any(|&(o, _)| o > now.minutes);
    if let Some(&(o, _)) = todays.iter().find(|&&(o, _)| o > now.minutes) {
        return OpenNow::Closed {
            reopens: Some(Reopening { days_ahead: 0, weekday: today, at: clock(o) }),
            lunch_break,
            holiday_caveat,
        };
    }
    let reopens = (1..=7u8).find_map(|ahead| {
        let weekday = (today - 1 + ahead) % 7 + 1;
        intervals_on(hours, weekday).first().map(|&(o, _)| Reopening { days_ahead: ahead, weekday, at: clock(o) })
    });
    OpenNow::Closed { reopens, lunch_break: false, holiday_caveat }
}

/// The hours in plain words, one line per group of weekdays that share the same times:
/// `["周一至周五 08:30—12:00、14:00—17:30", "周六 09:00—12:00", "周日休息", "法定节假日休息"]`,
/// followed by the feed's note, if any.
pub fn describe(hours: &OpeningHours) -> Vec<String> {
    let days: Vec<Vec<(u16, u16)>> = (1..=7u8).map(|d| intervals_on(hours, d)).collect();
    let mut lines = Vec::new();
    if days.iter().all(Vec::is_empty) {
        lines.push("未公布办公时间".to_string());
    } else {
        // Group weekdays (in order) by identical interval lists; open groups first, then closed.
        let mut groups: Vec<(Vec<u8>, &Vec<(u16, u16)>)> = Vec::new();
        for (i, iv) in days.iter().enumerate() {
            let day = i as u8 + 1;
            match groups.iter_mut().find(|(_, g)| *g == iv) {
                Some((ds, _)) => ds.push(day),
                None => groups.push((vec![day], iv)),
            }
        }
        for (ds, iv) in groups.iter().filter(|(_, iv)| !iv.is_empty()) {
            let times: Vec<String> = iv
                .iter()
                .map(|&(o, c)| format!("{}—{}", ClockTime { minutes: o }, ClockTime { minutes: c }))
                .collect();
            lines.push(format!("{} {}", weekday_set_words(ds), times.join("、")));
        }
        for (ds, _) in groups.iter().filter(|(_, iv)| iv.is_empty()) {
            lines.push(format!("{}休息", weekday_set_words(ds)));
        }
    }
    if hours.closed_on_public_holidays {
        lines.push("法定节假日休息".to_string());
    }
    if let Some(note) = hours.note.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        lines.push(note.to_string());
    }
    lines
}

/// `[1,2,3,4,5]` → `周一至周五`; `[1,3]` → `周一、周三`; `[6,7]` → `周六、周日`.
/// Runs of three or more consecutive days use 至.
pub fn weekday_set_words(days: &[u8]) -> String {
    // Seven flags instead of a sort (one sorting routine in the wasm is enough).
    let present: Vec<bool> = (1..=7u8).map(|d| days.contains(&d)).collect();
    let sorted: Vec<u8> = (1..=7u8).filter(|d| present[usize::from(*d) - 1]).collect();
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j + 1 < sorted.len() && sorted[j + 1] == sorted[j] + 1 {
            j += 1;
        }
        let name = |d: u8| weekday_name(d).unwrap_or("");
        if j - i >= 2 {
            parts.push(format!("{}至{}", name(sorted[i]), name(sorted[j])));
        } else {
            parts.extend(sorted[i..=j].iter().map(|&d| name(d).to_string()));
        }
        i = j + 1;
    }
    parts.join("、")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::OpeningPeriod;

    fn t(s: &str) -> ClockTime {
        ClockTime::parse(s).unwrap()
    }
    fn period(days: &[u8], open: &str, close: &str) -> OpeningPeriod {
        OpeningPeriod { weekdays: days.to_vec(), open: t(open), close: t(close) }
    }
    fn hall_hours() -> OpeningHours {
        OpeningHours {
            periods: vec![period(&[1, 2, 3, 4, 5], "08:30", "12:00"), period(&[1, 2, 3, 4, 5], "14:00", "17:30")],
            closed_on_public_holidays: true,
            note: None,
        }
    }
    /// 2026-11-23 is a Monday.
    fn at(date: &str, time: &str) -> LocalMoment {
        LocalMoment { date: Date::parse(date).unwrap(), minutes: t(time).minutes }
    }

    #[test]
    fn the_browser_clock_is_read_in_beijing_time_whatever_the_phone_zone() {
        // 2026-11-22T16:30:00Z is 2026-11-23 00:30 in Beijing (a Monday).
        let ms = Date::parse("2026-11-22").unwrap().days_since_epoch() as f64 * 86_400_000.0 + 16.5 * 3_600_000.0;
        let m = LocalMoment::from_unix_millis(ms);
        assert_eq!(m.date.to_string(), "2026-11-23");
        assert_eq!(m.minutes, 30);
        assert_eq!(m.weekday(), 1);
    }

    #[test]
    fn a_broken_clock_does_not_panic() {
        let m = LocalMoment::from_unix_millis(f64::NAN);
        assert_eq!(m.date.to_string(), "1970-01-01");
        assert_eq!(m.minutes, 8 * 60);
        let _ = LocalMoment::from_unix_millis(f64::MAX);
        let _ = LocalMoment::from_unix_millis(-1e300);
    }

    #[test]
    fn a_hall_is_open_in_the_morning_and_says_when_lunch_starts() {
        let now = open_now(&hall_hours(), at("2026-11-23", "09:15"));
        assert!(now.is_open());
        assert_eq!(now.words(), "正在办公，12:00 午休，14:00 继续办公（法定节假日休息）");
    }

    #[test]
    fn a_hall_in_the_afternoon_says_when_it_closes() {
        let now = open_now(&hall_hours(), at("2026-11-23", "16:00"));
        assert_eq!(now, OpenNow::Open { closes: t("17:30"), resumes: None, holiday_caveat: true });
        assert_eq!(now.words(), "正在办公，今天 17:30 下班（法定节假日休息）");
    }

    #[test]
    fn lunch_time_is_called_lunch_and_reopens_the_same_day() {
        let now = open_now(&hall_hours(), at("2026-11-23", "12:30"));
        assert!(!now.is_open());
        assert_eq!(now.words(), "现在是午休时间，今天 14:00 开始办公（法定节假日休息）");
    }

    #[test]
    fn the_closing_minute_itself_is_already_closed() {
        assert!(open_now(&hall_hours(), at("2026-11-23", "08:29")).is_open() == false);
        assert!(open_now(&hall_hours(), at("2026-11-23", "08:30")).is_open());
        assert!(!open_now(&hall_hours(), at("2026-11-23", "17:30")).is_open());
    }

    #[test]
    fn early_morning_opens_later_today_and_is_not_called_lunch() {
        let now = open_now(&hall_hours(), at("2026-11-23", "07:00"));
        assert_eq!(now.words(), "现在不办公，今天 08:30 开始办公（法定节假日休息）");
    }

    #[test]
    fn friday_evening_points_to_next_monday() {
        // 2026-11-27 is a Friday.
        let now = open_now(&hall_hours(), at("2026-11-27", "18:00"));
        match now {
            OpenNow::Closed { reopens: Some(r), .. } => {
                assert_eq!((r.days_ahead, r.weekday, r.at), (3, 1, t("08:30")));
            }
            other => panic!("expected closed, got {other:?}"),
        }
        assert_eq!(now.words(), "现在不办公，下周一 08:30 开始办公（法定节假日休息）");
    }

    #[test]
    fn saturday_evening_says_the_day_after_tomorrow() {
        let now = open_now(&hall_hours(), at("2026-11-28", "20:00"));
        assert_eq!(now.words(), "现在不办公，后天（周一）08:30 开始办公（法定节假日休息）");
    }

    #[test]
    fn sunday_evening_says_tomorrow_with_the_weekday() {
        let mut hours = hall_hours();
        hours.closed_on_public_holidays = false;
        let now = open_now(&hours, at("2026-11-22", "19:00"));
        assert_eq!(now.words(), "现在不办公，明天（周一）08:30 开始办公");
    }

    #[test]
    fn a_place_open_only_on_mondays_is_found_a_week_ahead() {
        let hours = OpeningHours { periods: vec![period(&[1], "09:00", "11:00")], closed_on_public_holidays: false, note: None };
        let now = open_now(&hours, at("2026-11-23", "11:30"));
        match now {
            OpenNow::Closed { reopens: Some(r), .. } => assert_eq!((r.days_ahead, r.weekday), (7, 1)),
            other => panic!("expected closed, got {other:?}"),
        }
        assert_eq!(now.words(), "现在不办公，下周一 09:00 开始办公");
        // From a Tuesday, Monday is next week too; from Monday morning a Thursday is this week.
        let tue = open_now(&hours, at("2026-11-24", "10:00"));
        assert_eq!(tue.words(), "现在不办公，下周一 09:00 开始办公");
        let thursday_only = OpeningHours { periods: vec![period(&[4], "09:00", "11:00")], closed_on_public_holidays: false, note: None };
        assert_eq!(open_now(&thursday_only, at("2026-11-23", "10:00")).words(), "现在不办公，本周四 09:00 开始办公");
    }

    #[test]
    fn no_periods_at_all_asks_the_resident_to_phone_first() {
        let hours = OpeningHours { periods: vec![], closed_on_public_holidays: false, note: None };
        let now = open_now(&hours, at("2026-11-23", "10:00"));
        assert_eq!(now, OpenNow::Closed { reopens: None, lunch_break: false, holiday_caveat: false });
        assert_eq!(now.words(), "没有公布办公时间，请先打电话询问");
        assert_eq!(describe(&hours), vec!["未公布办公时间"]);
    }

    #[test]
    fn overlapping_and_back_to_back_periods_merge_into_one_stretch() {
        let hours = OpeningHours {
            periods: vec![period(&[3], "08:00", "12:00"), period(&[3], "11:00", "13:00"), period(&[3], "13:00", "24:00")],
            closed_on_public_holidays: false,
            note: None,
        };
        // 2026-11-25 is a Wednesday.
        let now = open_now(&hours, at("2026-11-25", "12:30"));
        assert_eq!(now, OpenNow::Open { closes: ClockTime { minutes: 1440 }, resumes: None, holiday_caveat: false });
        assert_eq!(now.words(), "正在办公，今天办到夜里 24:00");
    }

    #[test]
    fn impossible_periods_and_weekdays_are_ignored_not_trusted() {
        let hours = OpeningHours {
            periods: vec![period(&[0, 8, 1], "12:00", "09:00"), period(&[9], "08:00", "17:00")],
            closed_on_public_holidays: false,
            note: None,
        };
        assert!(!open_now(&hours, at("2026-11-23", "10:00")).is_open());
        assert_eq!(describe(&hours), vec!["未公布办公时间"]);
    }

    #[test]
    fn hours_are_described_by_weekday_groups_in_plain_words() {
        let mut hours = hall_hours();
        hours.periods.push(period(&[6], "09:00", "12:00"));
        hours.note = Some("预约可延时办理".into());
        assert_eq!(
            describe(&hours),
            vec!["周一至周五 08:30—12:00、14:00—17:30", "周六 09:00—12:00", "周日休息", "法定节假日休息", "预约可延时办理"]
        );
    }

    #[test]
    fn weekday_sets_use_zhi_for_runs_of_three_or_more() {
        assert_eq!(weekday_set_words(&[1, 2, 3, 4, 5]), "周一至周五");
        assert_eq!(weekday_set_words(&[6, 7]), "周六、周日");
        assert_eq!(weekday_set_words(&[5, 1, 3, 3]), "周一、周三、周五");
        assert_eq!(weekday_set_words(&[1, 2, 3, 5, 6, 7, 0, 9]), "周一至周三、周五至周日");
        assert_eq!(weekday_set_words(&[]), "");
    }
}
