//! Small validated value types used inside the feed model: dates, clock times, money, URLs.
//!
//! Each one is parsed from the JSON string the staff wrote and refuses anything it cannot
//! represent exactly, so code that holds a `Yuan` or an `HttpUrl` never has to re-check it.
//! Parse failures carry a stable code in brackets at the start of the message (`[bad_date] …`);
//! the validator turns that into a problem with the same code, and the rest of the message is the
//! plain-Chinese explanation shown to staff.

use std::borrow::Cow;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// Implements `Serialize` (as its display string), `Deserialize` (through `FromStr`-like
/// `parse`) and `JsonSchema` (a string with a pattern) for a value type.
macro_rules! string_value_type {
    ($ty:ident, $schema_name:literal, $pattern:expr, $description:literal) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = Cow::<'de, str>::deserialize(d)
                    .map_err(|e| de::Error::custom(format!("[wrong_type] {}：{}", $description, e)))?;
                $ty::parse(&s).map_err(de::Error::custom)
            }
        }
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed($schema_name)
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                let pattern: &str = $pattern;
                json_schema!({ "type": "string", "pattern": pattern, "description": $description })
            }
        }
    };
}

/// A calendar date, `YYYY-MM-DD`, checked against the real calendar (no 2月30日).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        (1900..=2999).contains(&year)
            .then_some(())
            .filter(|_| (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .map(|_| Date { year, month, day })
    }

    pub fn parse(s: &str) -> Result<Date, String> {
        let bad = || format!("[bad_date] 日期“{}”无效，应写成 2024-03-05 这样的格式，且是日历上真实存在的日子", clip(s));
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| s.get(r).and_then(|t| t.parse::<u16>().ok().filter(|_| t.bytes().all(|c| c.is_ascii_digit())));
        match (num(0..4), num(5..7), num(8..10)) {
            (Some(y), Some(m), Some(d)) => Date::new(y, m as u8, d as u8).ok_or_else(bad),
            _ => Err(bad()),
        }
    }

    /// Days since 1970-01-01 (may be negative); used for weekday and date arithmetic.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    pub fn weekday(self) -> u8 {
        ((self.days_since_epoch() + 3).rem_euclid(7) + 1) as u8
    }

    /// The date `days` days after 1970-01-01 (inverse of [`Date::days_since_epoch`]).
    pub fn from_days_since_epoch(z: i64) -> Date {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = if m <= 2 { y + 1 } else { y };
        Date { year: y as u16, month: m as u8, day: d as u8 }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
string_value_type!(Date, "Date", r"^\d{4}-\d{2}-\d{2}$", "日期，格式 YYYY-MM-DD");

/// A moment with its UTC offset, `2026-11-20T09:00:00+08:00` (RFC 3339, seconds precision).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    /// Offset from UTC in minutes (+480 for Beijing time).
    pub offset_minutes: i16,
}

impl DateTime {
    pub fn parse(s: &str) -> Result<DateTime, String> {
        let bad = || format!("[bad_datetime] 时间“{}”无效，应写成 2026-11-20T09:00:00+08:00 这样的格式", clip(s));
        let date = s.get(0..10).and_then(|d| Date::parse(d).ok()).ok_or_else(bad)?;
        let rest = s.get(10..).ok_or_else(bad)?;
        let b = rest.as_bytes();
        if b.len() < 10 || b[0] != b'T' || b[3] != b':' || b[6] != b':' {
            return Err(bad());
        }
        let two = |i: usize| rest.get(i..i + 2).filter(|t| t.bytes().all(|c| c.is_ascii_digit())).and_then(|t| t.parse::<u8>().ok());
        let (hour, minute, second) = match (two(1), two(4), two(7)) {
            (Some(h), Some(m), Some(s)) if h < 24 && m < 60 && s < 60 => (h, m, s),
            _ => return Err(bad()),
        };
        let zone = &rest[9..];
        let offset_minutes = if zone == "Z" {
            0
        } else {
            let zb = zone.as_bytes();
            if zb.len() != 6 || !(zb[0] == b'+' || zb[0] == b'-') || zb[3] != b':' {
                return Err(bad());
            }
            let (oh, om) = match (two_at(zone, 1), two_at(zone, 4)) {
                (Some(h), Some(m)) if h <= 14 && m < 60 => (h as i16, m as i16),
                _ => return Err(bad()),
            };
            let sign = if zb[0] == b'-' { -1 } else { 1 };
            sign * (oh * 60 + om)
        };
        Ok(DateTime { date, hour, minute, second, offset_minutes })
    }

    /// Seconds since the Unix epoch, in UTC.
    pub fn unix_seconds(&self) -> i64 {
        self.date.days_since_epoch() * 86_400 + self.hour as i64 * 3600 + self.minute as i64 * 60 + self.second as i64
            - self.offset_minutes as i64 * 60
    }
}

fn two_at(s: &str, i: usize) -> Option<u8> {
    s.get(i..i + 2).filter(|t| t.bytes().all(|c| c.is_ascii_digit())).and_then(|t| t.parse().ok())
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{:02}:{:02}:{:02}", self.date, self.hour, self.minute, self.second)?;
        if self.offset_minutes == 0 {
            return f.write_str("Z");
        }
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let m = self.offset_minutes.unsigned_abs();
        write!(f, "{}{:02}:{:02}", sign, m / 60, m % 60)
    }
}
string_value_type!(
    DateTime,
    "DateTime",
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$",
    "时间，格式 2026-11-20T09:00:00+08:00"
);

/// A time of day, `HH:MM`, 00:00–24:00 (24:00 only as a closing time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime {
    /// Minutes since midnight, 0..=1440.
    pub minutes: u16,
}

impl ClockTime {
    pub fn parse(s: &str) -> Result<ClockTime, String> {
        let bad = || format!("[bad_time] 时刻“{}”无效，应写成 08:30 这样的 24 小时制格式", clip(s));
        if s.len() != 5 || s.as_bytes()[2] != b':' {
            return Err(bad());
        }
        match (two_at(s, 0), two_at(s, 3)) {
            (Some(h), Some(m)) if (h < 24 && m < 60) || (h == 24 && m == 0) => Ok(ClockTime { minutes: h as u16 * 60 + m as u16 }),
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}
string_value_type!(ClockTime, "ClockTime", r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$", "时刻，24 小时制，格式 HH:MM");

/// An amount of money in 元, held exactly as a whole number of 分 (cents). Written in the feed as
/// a decimal string with at most two places: `"10"`, `"10.5"`, `"1280.00"`. Never a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Yuan {
    pub fen: i64,
}

impl Yuan {
    pub const MAX_FEN: i64 = 1_000_000_000_000_00; // 一万亿元: far above any township figure.

    pub fn parse(s: &str) -> Result<Yuan, String> {
        let bad = || format!("[bad_money] 金额“{}”无效，应写成不带单位的数字字符串，最多两位小数，例如 \"10.00\"", clip(s));
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if int.is_empty() || int.len() > 13 || frac.len() > 2 || (body.contains('.') && frac.is_empty()) {
            return Err(bad());
        }
        if !int.bytes().all(|c| c.is_ascii_digit()) || !frac.bytes().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        if int.len() > 1 && int.starts_with('0') {
            return Err(bad());
        }
        let whole: i64 = int.parse().map_err(|_| bad())?;
        let cents: i64 = match frac.len() {
            0 => 0,
            1 => frac.parse::<i64>().map_err(|_| bad())? * 10,
            _ => frac.parse::<i64>().map_err(|_| bad())?,
        };
        let fen = whole.checked_mul(100).and_then(|w| w.checked_add(cents)).filter(|f| *f <= Self::MAX_FEN).ok_or_else(bad)?;
        Ok(Yuan { fen: if neg { -fen } else { fen } })
    }

    pub fn is_zero(self) -> bool {
        self.fen == 0
    }
}

impl fmt::Display for Yuan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.fen < 0 { "-" } else { "" };
        let a = self.fen.unsigned_abs();
        write!(f, "{}{}.{:02}", sign, a / 100, a % 100)
    }
}
string_value_type!(Yuan, "Yuan", r"^-?(0|[1-9]\d{0,12})(\.\d{1,2})?$", "金额（元），十进制字符串，最多两位小数");

/// A link that may be put into an `href`: absolute `http://` or `https://` only.
/// `javascript:`, `data:`, protocol-relative and relative links are refused.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HttpUrl(String);

impl HttpUrl {
    pub const MAX_LEN: usize = 2048;

    pub fn parse(s: &str) -> Result<HttpUrl, String> {
        let lower = s.trim_start().to_ascii_lowercase();
        let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
        let ok = s.len() <= Self::MAX_LEN
            && s == s.trim()
            && !s.chars().any(|c| c.is_control() || c.is_whitespace() || c == '<' || c == '>' || c == '"')
            && rest.is_some_and(|r| r.split(['/', '?', '#']).next().is_some_and(|host| !host.is_empty()));
        if ok {
            Ok(HttpUrl(s.to_string()))
        } else {
            Err(format!(
                "[bad_url] 链接“{}”不可用：只允许以 http:// 或 https:// 开头的完整网址，不允许 javascript:、data: 等其他写法",
                clip(s)
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for HttpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
string_value_type!(HttpUrl, "HttpUrl", r"^[hH][tT][tT][pP][sS]?://[^\s/?#]+\S*$", "网址，只允许 http:// 或 https://");

/// Shortens a value quoted back in an error message so a 10 MB string cannot flood the report.
pub(crate) fn clip(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{head}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_real_calendar() {
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2023-02-29").is_err());
        assert!(Date::parse("2024-13-01").is_err());
        assert!(Date::parse("2024-1-01").is_err());
        assert!(Date::parse("二〇二四年").is_err());
        assert_eq!(Date::parse("2026-11-22").unwrap().weekday(), 7);
        let d = Date::parse("2026-03-01").unwrap();
        assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), d);
    }

    #[test]
    fn money_is_exact_and_never_a_float() {
        assert_eq!(Yuan::parse("10").unwrap().fen, 1000);
        assert_eq!(Yuan::parse("10.5").unwrap().fen, 1050);
        assert_eq!(Yuan::parse("0.07").unwrap().to_string(), "0.07");
        for bad in ["", "1.234", "1e3", "NaN", "01", "1.", ".5", "10元", " 10"] {
            assert!(Yuan::parse(bad).is_err(), "{bad} should be refused");
        }
        assert!(serde_json::from_str::<Yuan>("10.5").is_err(), "a JSON number is refused");
    }

    #[test]
    fn only_http_links_pass() {
        assert!(HttpUrl::parse("https://www.gov.cn/zhengce/2014-02/27/content_2624221.htm").is_ok());
        for bad in ["javascript:alert(1)", "data:text/html,hi", "//evil.example", "/files/a.pdf", "https://", "https://a b", " https://a"] {
            assert!(HttpUrl::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn datetimes_keep_their_offset() {
        let t = DateTime::parse("2026-11-20T09:00:00+08:00").unwrap();
        assert_eq!(t.to_string(), "2026-11-20T09:00:00+08:00");
        assert_eq!(t.unix_seconds(), DateTime::parse("2026-11-20T01:00:00Z").unwrap().unix_seconds());
        assert!(DateTime::parse("2026-11-20 09:00").is_err());
    }
}
