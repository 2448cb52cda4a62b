//! Disclosure tables as residents may take them away: masked cells and CSV download.
//!
//! A 结果公示 table must never show a full name, ID number or phone number. The validator refuses
//! feeds whose masked columns hold unmasked values; this module masks again at the last moment
//! (screen and CSV alike), so even a feed that slipped past validation cannot leak a full ID
//! number through the portal. Masking only ever hides more: an already-masked value stays as it is.

use std::borrow::Cow;

use crate::model::{ColumnType, Mask, Table};

/// The characters used to mask, ASCII and full-width.
fn is_mask_char(c: char) -> bool {
    c == '*' || c == '＊'
}

/// The cell as it may be shown: masked according to its column's [`Mask`].
///
/// - 姓名: keep the first and last character (`王*华`; two characters → `李*`).
/// - 身份证号: keep the first 6 and last 4 (`330122********1234`).
/// - 手机号: keep the first 3 and last 4 (`138****8000`).
/// - 银行账号: keep the last 4.
/// - 住址: keep the first 6 characters.
///
/// A value that already contains `*` is taken as masked by the publisher and left alone.
pub fn mask_cell(mask: Mask, value: &str) -> Cow<'_, str> {
    if value.chars().any(is_mask_char) || value.trim().is_empty() {
        return Cow::Borrowed(value);
    }
    let chars: Vec<char> = value.trim().chars().collect();
    let n = chars.len();
    let (head, tail) = match mask {
        Mask::None => return Cow::Borrowed(value),
        Mask::Name if n == 1 => (0, 0),
        Mask::Name if n == 2 => (1, 0),
        Mask::Name => (1, 1),
        Mask::IdNumber => (6, 4),
        Mask::Phone => (3, 4),
        Mask::BankAccount => (0, 4),
        Mask::Address => (6, 0),
    };
    // Never keep so much that nothing is hidden: at least one character is masked.
    let (head, tail) = if head + tail >= n { (head.min(n - 1), 0) } else { (head, tail) };
    let mut s: String = chars[..head].iter().collect();
    s.extend(std::iter::repeat_n('*', n - head - tail));
    s.extend(&chars[n - tail..]);
    Cow::Owned(s)
}

/// Whether a column holds personal data that is masked.
pub fn is_masked_column(mask: Mask) -> bool {
    mask != Mask::None
}

/// The table as CSV for spreadsheet programs: UTF-8 with a byte-order mark (so Excel on Windows
/// reads Chinese correctly), CRLF line ends, RFC 4180 quoting. Masked columns stay masked.
/// Text cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` …) get a leading
/// apostrophe; numbers, money and dates are left exact.
pub fn table_to_csv(table: &Table) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<Cow<str>> = table.columns.iter().map(|c| Cow::Borrowed(c.title.as_str())).collect();
    push_row(&mut out, &header);
    for row in &table.rows {
        let cells: Vec<Cow<str>> = table
            .columns
            .iter()
            .enumerate()
            .map(|(i, col)| {
                let raw = row.get(i).map(String::as_str).unwrap_or("");
                let masked = mask_cell(col.mask, raw);
                if col.kind == ColumnType::Text && starts_like_formula(&masked) {
                    Cow::Owned(format!("'{masked}"))
                } else {
                    masked
                }
            })
            .collect();
        push_row(&mut out, &cells);
    }
    out
}

fn starts_like_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

fn push_row(out: &mut String, cells: &[Cow<str>]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}

/// A file name for the download: the caption with characters that file systems refuse replaced.
pub fn csv_file_name(caption: &str) -> String {
    let cleaned: String = caption
        .trim()
        .chars()
        .map(|c| if c.is_control() || "\\/:*?\"<>|".contains(c) { '_' } else { c })
        .take(60)
        .collect();
    if cleaned.is_empty() {
        "表格.csv".to_string()
    } else {
        format!("{cleaned}.csv")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Column;

    fn col(title: &str, kind: ColumnType, mask: Mask) -> Column {
        Column { title: title.into(), kind, mask }
    }

    #[test]
    fn names_keep_only_the_first_and_last_character() {
        assert_eq!(mask_cell(Mask::Name, "王小华"), "王*华");
        assert_eq!(mask_cell(Mask::Name, "欧阳明月"), "欧**月");
        assert_eq!(mask_cell(Mask::Name, "李四"), "李*");
        assert_eq!(mask_cell(Mask::Name, "李"), "*");
    }

    #[test]
    fn id_numbers_hide_the_birth_date() {
        assert_eq!(mask_cell(Mask::IdNumber, "33012219600101123X"), "330122********123X");
        // Too short to keep 6 + 4: still hides something.
        assert_eq!(mask_cell(Mask::IdNumber, "12345"), "1234*");
    }

    #[test]
    fn phones_and_accounts_keep_only_what_a_resident_needs_to_recognise_them() {
        assert_eq!(mask_cell(Mask::Phone, "13800138000"), "138****8000");
        assert_eq!(mask_cell(Mask::BankAccount, "6217001234567890"), "************7890");
        assert_eq!(mask_cell(Mask::Address, "清溪镇石桥村五组 12 号"), "清溪镇石桥村*******");
    }

    #[test]
    fn already_masked_values_and_unmasked_columns_are_left_alone() {
        assert_eq!(mask_cell(Mask::Name, "王*华"), "王*华");
        assert_eq!(mask_cell(Mask::Name, "王＊华"), "王＊华");
        assert_eq!(mask_cell(Mask::None, "一般公共服务支出"), "一般公共服务支出");
        assert!(matches!(mask_cell(Mask::Name, "王*华"), Cow::Borrowed(_)));
    }

    #[test]
    fn csv_starts_with_a_bom_and_uses_crlf_and_quotes() {
        let t = Table {
            caption: "名单".into(),
            columns: vec![col("姓名", ColumnType::Text, Mask::Name), col("说明", ColumnType::Text, Mask::None), col("金额", ColumnType::Money, Mask::None)],
            rows: vec![vec!["王小华".into(), "含,逗号和\"引号\"".into(), "-12.50".into()], vec!["李*".into()]],
            note: None,
        };
        assert_eq!(t.rows[1].len(), 1, "a short row is padded, not a panic");
        let csv = table_to_csv(&t);
        assert_eq!(csv, "\u{feff}姓名,说明,金额\r\n王*华,\"含,逗号和\"\"引号\"\"\",-12.50\r\n李*,,\r\n");
    }

    #[test]
    fn text_that_looks_like_a_formula_cannot_run_in_a_spreadsheet() {
        let t = Table {
            caption: "x".into(),
            columns: vec![col("备注", ColumnType::Text, Mask::None), col("增减", ColumnType::Integer, Mask::None)],
            rows: vec![vec!["=HYPERLINK(\"http://evil\")".into(), "-3".into()]],
            note: None,
        };
        let csv = table_to_csv(&t);
        assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), "{csv}");
        assert!(csv.ends_with(",-3\r\n"), "numbers keep their sign");
    }

    #[test]
    fn masked_columns_stay_masked_in_the_download_even_if_the_feed_slipped() {
        let t = Table {
            caption: "低保名单".into(),
            columns: vec![col("身份证号", ColumnType::Text, Mask::IdNumber)],
            rows: vec![vec!["330122196001011234".into()]],
            note: None,
        };
        assert!(!table_to_csv(&t).contains("330122196001011234"));
    }

    #[test]
    fn file_names_drop_characters_file_systems_refuse() {
        assert_eq!(csv_file_name("2026/10 名单: 新增?"), "2026_10 名单_ 新增_.csv");
        assert_eq!(csv_file_name("  "), "表格.csv");
    }
}
