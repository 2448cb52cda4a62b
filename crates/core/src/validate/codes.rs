//! Every problem code the validator can report, with its severity and a one-line explanation in
//! Chinese and English. This table is the documentation (`docs/` lists it) and the source of each
//! problem's severity, so a code cannot be an error in one place and a warning in another.
//!
//! Codes are stable: tools and staff scripts may match on them. Add codes; never rename one.

use super::Severity;

/// Which stage of checking finds a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// The file as a whole: encoding, JSON syntax, nesting.
    File,
    /// The shape the JSON Schema also describes: fields, types, allowed values, value formats.
    Shape,
    /// Rules across fields and records that a schema cannot express.
    Content,
}

impl Group {
    pub fn as_str(self) -> &'static str {
        match self {
            Group::File => "文件",
            Group::Shape => "结构",
            Group::Content => "内容",
        }
    }
}

/// One row of [`CODES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeInfo {
    pub code: &'static str,
    pub severity: Severity,
    pub group: Group,
    /// What the problem means, in plain Chinese.
    pub zh: &'static str,
    /// The same in English.
    pub en: &'static str,
}

const fn e(code: &'static str, group: Group, zh: &'static str, en: &'static str) -> CodeInfo {
    CodeInfo { code, severity: Severity::Error, group, zh, en }
}
const fn w(code: &'static str, group: Group, zh: &'static str, en: &'static str) -> CodeInfo {
    CodeInfo { code, severity: Severity::Warning, group, zh, en }
}

use Group::{Content, File, Shape};

/// Every code, in the order the documentation lists them.
pub const CODES: &[CodeInfo] = &[
    // ── file ──
    e("empty_file", File, "文件是空的", "the file is empty"),
    e("bom", File, "文件开头有 BOM 标记（记事本“UTF-8 带 BOM”），请另存为不带 BOM 的 UTF-8", "the file starts with a byte-order mark; save it as UTF-8 without BOM"),
    e("invalid_utf8", File, "文件不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8", "the file is not valid UTF-8 (perhaps GBK); save it as UTF-8"),
    e("syntax", File, "不符合 JSON 写法：引号、逗号、括号、注释、NaN 等", "JSON syntax error: quotes, commas, brackets, comments, NaN …"),
    e("incomplete_file", File, "文件不完整，在中途意外结束（没有保存完或下载中断）", "the file ends early (not fully saved or downloaded)"),
    e("too_deep", File, "括号嵌套超过 64 层", "brackets nested deeper than 64 levels"),
    e("duplicate_key", File, "同一个对象里同一个字段写了两次", "the same key appears twice in one object"),
    // ── shape ──
    e("missing_field", Shape, "缺少必填字段", "a required field is missing"),
    e("unknown_field", Shape, "有数据格式里没有的字段（可能拼错了）", "a field the format does not know (perhaps misspelt)"),
    e("wrong_type", Shape, "值的类型不对（例如该写文字却写了数字）", "a value has the wrong type (a number where text belongs …)"),
    e("bad_enum", Shape, "取值不在可选范围内", "a value is not one of the allowed values"),
    e("bad_number", Shape, "数字超出允许范围（例如负数）", "a number is out of range (negative, too large)"),
    e("bad_date", Shape, "日期无效，应写成 2024-03-05", "invalid date; write 2024-03-05"),
    e("bad_datetime", Shape, "时间无效，应写成 2026-11-20T09:00:00+08:00", "invalid date-time; write 2026-11-20T09:00:00+08:00"),
    e("bad_time", Shape, "时刻无效，应写成 08:30", "invalid time of day; write 08:30"),
    e("bad_money", Shape, "金额无效，应写成 \"10.00\" 这样的数字字符串", "invalid amount; write a decimal string such as \"10.00\""),
    e("bad_url", Shape, "链接无效，只允许 http:// 或 https://", "invalid link; only http:// and https:// are allowed"),
    e("bad_format", Shape, "format 必须是 \"gongkai-feed/1\"", "format must be \"gongkai-feed/1\""),
    e("bad_version", Shape, "数据版本 version 必须是从 1 开始的整数", "version must be an integer ≥ 1"),
    e("too_long", Shape, "文字太长（标题 200 字、段落 5000 字、任何文字 20000 字）", "text too long (title 200, paragraph 5,000, any text 20,000 characters)"),
    // ── content ──
    e("empty_text", Content, "必填的文字是空的", "a required text is empty"),
    e("bad_id", Content, "编号只能用小写英文字母、数字和连字符 -", "ids may use only lowercase letters, digits and -"),
    e("duplicate_id", Content, "编号重复", "duplicate id"),
    e("duplicate_code", Content, "事项编码重复", "duplicate item code (事项编码)"),
    e("duplicate_index_no", Content, "索引号重复", "duplicate index number (索引号)"),
    e("future_date", Content, "日期晚于今天", "a date lies in the future"),
    e("promise_exceeds_legal", Content, "承诺办结时限超过了法定办结时限", "promised time limit exceeds the legal one"),
    e("fee_incomplete", Content, "收费事项缺少收费依据或收费标准", "a charged item lacks its fee basis or fee lines"),
    e("free_fee_with_lines", Content, "不收费的事项却写了收费标准", "a free item lists fee lines"),
    e("bad_fee_amount", Content, "收费金额必须大于 0", "a fee amount must be greater than 0"),
    e("unresolved_ref", Content, "引用的编号不存在", "a reference points at an id that does not exist"),
    e("missing_changed_date", Content, "已废止或已修订的文件缺少废止/修订日期", "a repealed or amended document lacks its change date"),
    e("missing_entrusted_by", Content, "受委托单位没有写委托单位", "an entrusted body lacks the entrusting body"),
    e("bad_weekday", Content, "星期只能是 1（周一）到 7（周日）", "weekdays are 1 (Monday) to 7 (Sunday)"),
    e("bad_hours", Content, "办公时段的开始时刻不早于结束时刻", "an opening period does not open before it closes"),
    e("html_in_text", Content, "文字里有 HTML 标记（如 <script>、<a>、onerror=）", "HTML markup in text (<script>, <a>, onerror= …)"),
    e("table_row_length", Content, "表格某一行的格数和列数不一致", "a table row has a different number of cells than columns"),
    e("bad_cell", Content, "表格单元格不符合所在列的类型（整数、金额、日期）", "a table cell does not match its column type"),
    e("unmasked_id_number", Content, "表格里有完整的身份证号，必须脱敏", "a full ID-card number in a table; it must be masked"),
    e("unmasked_phone", Content, "表格里有完整的手机号，必须脱敏", "a full mobile number in a table; it must be masked"),
    e("unmasked_name", Content, "声明按姓名脱敏的列里有未脱敏的姓名", "an unmasked name in a column declared as masked names"),
    e("unmasked_value", Content, "声明脱敏的列里有未脱敏的内容（没有 *）", "an unmasked value in a column declared as masked"),
    // ── warnings ──
    w("empty_optional", Content, "选填的文字是空的，没有内容请删掉这个字段", "an optional text is empty; leave the field out instead"),
    w("no_materials", Content, "服务事项没有列出申请材料", "a service item lists no materials"),
    w("no_basis", Content, "服务事项没有办理依据", "a service item has no legal basis"),
    w("steps_exceed_limit", Content, "各环节时限之和超过法定办结时限", "the steps take longer than the legal time limit"),
    w("empty_record", Content, "公开信息既没有正文，也没有表格和附件", "a record has no body, tables or attachments"),
    w("written_after_published", Content, "成文日期晚于发布日期", "written after it was published"),
    w("future_effective_date", Content, "施行日期在今天之后（尚未施行）", "the document takes effect in the future"),
    w("changed_before_effective", Content, "废止/修订日期早于施行日期", "changed before it took effect"),
    w("undeclared_mask", Content, "这一列像是个人信息，但没有声明脱敏方式", "a column looks like personal data but declares no mask"),
    w("personal_data_in_text", Content, "正文或摘要里像有完整的身份证号", "body or summary seems to hold a full ID-card number"),
];

/// The row of [`CODES`] for `code`. Every code the validator emits is in the table (a test checks).
pub fn info(code: &str) -> Option<&'static CodeInfo> {
    CODES.iter().find(|c| c.code == code)
}
