//! The feed format, version 1: what a township publishes, as Rust types.
//!
//! These types are the single definition of the JSON feed. The portal parses them, the staff tool
//! validates them, and the JSON Schema in `public/feed.schema.json` is generated from them (a test
//! fails when the two drift). `docs/feed-format.md` explains every field in Chinese and English.
//!
//! JSON keys are English `snake_case`; closed sets of values (事项类型, 公开方式, 渠道 …) are written in
//! Chinese exactly as staff say them (`"kind": "行政给付"`). Every object refuses unknown keys, so a
//! misspelt key is reported instead of silently dropped. Rules that span several fields (承诺 ≤ 法定,
//! references that must resolve, masked personal data …) are checked by [`crate::validate`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::types::{ClockTime, Date, DateTime, HttpUrl, Yuan};

/// The only `format` value this version reads.
pub const FORMAT_V1: &str = "gongkai-feed/1";

/// Declares a closed enum written in the feed as a Chinese string, with `as_str()` and `ALL`.
macro_rules! closed_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }
        impl $name {
            /// Every variant, in the order the feed format lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The Chinese text used in the feed and shown to residents.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

// ───────────────────────────── envelope ─────────────────────────────

/// A whole feed: one township's published disclosures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "gongkai 政务公开数据 v1")]
pub struct Feed {
    /// 格式版本. Always `"gongkai-feed/1"` for this version.
    #[schemars(extend("const" = FORMAT_V1))]
    pub format: String,
    /// 数据版本: an integer that grows with every publish (1, 2, 3 …).
    #[schemars(range(min = 1))]
    pub version: u64,
    /// 生成时间.
    pub generated_at: DateTime,
    /// 发布单位.
    pub publisher: Publisher,
    /// 便民服务大厅 (the halls of the township's service centre).
    pub halls: Vec<Hall>,
    /// 村（社区）and their 便民服务站.
    #[serde(default)]
    pub villages: Vec<Village>,
    /// 主题分类 used by service items and records.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// 我要… — ways in by life event, each pointing at service items.
    #[serde(default)]
    pub life_events: Vec<LifeEvent>,
    /// 同义词: groups of words that mean the same to a resident (低保 ⇄ 最低生活保障).
    #[serde(default)]
    pub synonyms: Vec<Vec<String>>,
    /// 服务事项 with their 八个公开.
    #[serde(default)]
    pub items: Vec<ServiceItem>,
    /// 公开信息 in the 基层政务公开标准目录 shape.
    #[serde(default)]
    pub records: Vec<Record>,
}

/// 发布单位: who publishes this feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    /// 发布机构, e.g. 清溪镇人民政府.
    pub name: String,
    /// 乡镇名称, e.g. 清溪镇.
    pub township: String,
    /// 行政区划代码 (12 digits for a township, GB/T 2260 + 统计用区划代码).
    pub division_code: String,
    /// 所属县（市、区）, e.g. 青山县.
    pub county: String,
    /// 所属县政府网站 (where the portal is embedded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub county_website: Option<HttpUrl>,
    /// 政务公开咨询电话.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 办公地址.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// One opening period: on these weekdays, from `open` to `close`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OpeningPeriod {
    /// 星期: 1 = 周一 … 7 = 周日.
    pub weekdays: Vec<u8>,
    /// 开始时刻.
    pub open: ClockTime,
    /// 结束时刻.
    pub close: ClockTime,
}

/// 办公时间 as data, so the portal can say whether a place is open now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OpeningHours {
    /// 办公时段.
    pub periods: Vec<OpeningPeriod>,
    /// 法定节假日是否休息 (default true).
    #[serde(default = "yes")]
    pub closed_on_public_holidays: bool,
    /// 补充说明, e.g. 预约可延时办理.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn yes() -> bool {
    true
}

/// 便民服务大厅.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Hall {
    /// 编号 used in links and references (lowercase letters, digits, `-`).
    pub id: String,
    /// 名称, e.g. 民政服务大厅.
    pub name: String,
    /// 位置, e.g. 清溪镇便民服务中心一楼 3—5 号窗口.
    pub location: String,
    /// 办公时间.
    pub hours: OpeningHours,
    /// 咨询电话.
    pub phone: String,
    /// 简介.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 村级便民服务站.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ServiceStation {
    /// 名称, e.g. 石桥村便民服务站.
    pub name: String,
    /// 位置.
    pub location: String,
    /// 办公时间.
    pub hours: OpeningHours,
    /// 电话.
    pub phone: String,
    /// 代办员 role (a post, never a person's name), e.g. 村便民服务代办员.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
}

/// 村（社区）.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Village {
    /// 编号.
    pub id: String,
    /// 名称, e.g. 石桥村.
    pub name: String,
    /// 便民服务站.
    pub station: ServiceStation,
}

/// 主题分类.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// 编号.
    pub id: String,
    /// 名称, e.g. 社会救助.
    pub name: String,
}

/// 我要… : a life event and the service items it leads to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LifeEvent {
    /// 编号.
    pub id: String,
    /// 短名, e.g. 生育.
    pub name: String,
    /// 一句话说明, e.g. 生孩子前后要办的事.
    pub summary: String,
    /// 相关服务事项 (item ids), in the order a resident meets them.
    pub items: Vec<String>,
}

// ───────────────────────────── service items ─────────────────────────────

closed_enum!(
    /// 事项类型.
    ItemKind {
        Licensing => "行政许可",
        Confirmation => "行政确认",
        Payment => "行政给付",
        Adjudication => "行政裁决",
        Reward => "行政奖励",
        Filing => "行政备案",
        OtherPower => "其他行政权力",
        PublicService => "公共服务",
    }
);

closed_enum!(
    /// 层级: which level of government does it.
    Level {
        County => "县级",
        Township => "乡级",
        Village => "村级",
    }
);

closed_enum!(
    /// 服务对象.
    Audience {
        Person => "自然人",
        Legal => "法人",
        OtherOrganisation => "其他组织",
    }
);

closed_enum!(
    /// 实施主体性质.
    BodyNature {
        Statutory => "法定机关",
        Authorised => "授权组织",
        Entrusted => "受委托单位",
    }
);

closed_enum!(
    /// 依据层级, from highest to lowest.
    LawLevel {
        Law => "法律",
        AdministrativeRegulation => "行政法规",
        LocalRegulation => "地方性法规",
        Rule => "规章",
        NormativeDocument => "规范性文件",
    }
);

closed_enum!(
    /// 材料形式.
    MaterialForm {
        Original => "原件",
        Copy => "复印件",
        OriginalAndCopy => "原件和复印件",
        Electronic => "电子材料",
    }
);

closed_enum!(
    /// 网上办理程度.
    OnlineLevel {
        FullyOnline => "全程网办",
        PartlyOnline => "部分网办",
        Offline => "线下办理",
    }
);

closed_enum!(
    /// 办事结果类型.
    ResultKind {
        Certificate => "证照",
        Approval => "批文",
        Other => "其他",
    }
);

closed_enum!(
    /// 下放方式 (扩权强镇).
    DevolutionMode {
        Authorised => "授权",
        Entrusted => "委托",
        Assigned => "交办",
    }
);

/// A devolved power keeps its origin: which county department, by which document, since when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Devolution {
    /// 原实施部门, e.g. 青山县自然资源局.
    pub department: String,
    /// 下放文件, title or 文号.
    pub document: String,
    /// 下放日期.
    pub date: Date,
    /// 下放方式.
    pub mode: DevolutionMode,
}

/// 办理主体.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    /// 实施主体, e.g. 清溪镇人民政府.
    pub body: String,
    /// 实施主体性质.
    pub nature: BodyNature,
    /// 委托单位 (required when nature is 受委托单位).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrusted_by: Option<String>,
    /// 承办窗口, e.g. 民政服务大厅 3 号窗口.
    pub window: String,
    /// 窗口电话.
    pub phone: String,
}

/// One 办理依据 / 收费依据 entry: a law, regulation or document, and the article relied on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    /// 名称, without 书名号: 社会救助暂行办法.
    pub title: String,
    /// 文号, e.g. 国务院令第649号.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_number: Option<String>,
    /// 效力层级.
    pub level: LawLevel,
    /// 条款, e.g. 第九条.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// 原文链接.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<HttpUrl>,
}

/// One 申请材料.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Material {
    /// 材料名称.
    pub name: String,
    /// 原件 / 复印件.
    pub form: MaterialForm,
    /// 份数.
    pub copies: u32,
    /// 必要性: false for 容缺 or only-in-some-cases materials.
    #[serde(default = "yes")]
    pub required: bool,
    /// 填写说明 / 备注.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// 空白表格或示范文本.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample_url: Option<HttpUrl>,
}

/// 办事条件.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Conditions {
    /// 受理条件, one sentence each.
    pub requirements: Vec<String>,
    /// 申请材料.
    pub materials: Vec<Material>,
}

/// One step of the 办理程序.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// 环节名称: 受理, 审查, 决定, 送达 …
    pub name: String,
    /// 办理内容.
    pub description: String,
    /// 环节时限 (working days; 0 = 当场).
    pub work_days: u32,
    /// 是否计入法定时限 (公示期、公告期 and 现场勘查 often do not count).
    #[serde(default = "yes")]
    pub counts_toward_limit: bool,
}

/// 办理程序.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// 办理环节, in order.
    pub steps: Vec<Step>,
    /// 到办事现场次数 (0 = 全程网办, 1 = 最多跑一次).
    pub visits: u32,
    /// 网上办理.
    pub online: OnlineLevel,
    /// 网上办理地址.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_url: Option<HttpUrl>,
}

/// 办理时限.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimeLimit {
    /// 法定办结时限 (working days).
    pub legal_days: u32,
    /// 承诺办结时限 (working days, ≤ 法定).
    pub promised_days: u32,
    /// 说明, e.g. 公示期 7 日不计入.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// 办事结果.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// 结果类型.
    pub kind: ResultKind,
    /// 结果名称, e.g. 乡村建设规划许可证.
    pub name: String,
    /// 结果样本.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample_url: Option<HttpUrl>,
    /// 送达方式 / 说明.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One line of the 收费标准.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FeeLine {
    /// 收费项目, e.g. 不动产登记费.
    pub name: String,
    /// 金额（元）, a decimal string: `"80.00"`.
    pub amount: Yuan,
    /// 计费单位, e.g. 件, 本.
    pub unit: String,
    /// 减免情形.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiver: Option<String>,
    /// 本项收费的依据条款 (names a document in `fee.basis`).
    pub basis: String,
}

/// 收费依据 and 收费标准. Free: `{"charged": false}`. Charged: both `basis` and `lines`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// 是否收费.
    pub charged: bool,
    /// 收费依据.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<LegalBasis>,
    /// 收费标准.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<FeeLine>,
    /// 说明, e.g. 不收费的依据.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// 办理地点、时间和电话.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ServiceInfo {
    /// 办理地点.
    pub address: String,
    /// 办理时间 when it differs from the hall's hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<OpeningHours>,
    /// 咨询电话.
    pub consult_phone: String,
    /// 监督投诉电话.
    pub complaint_phone: String,
}

/// 服务事项 with its 八个公开.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ServiceItem {
    /// 编号 used in links (lowercase letters, digits, `-`).
    pub id: String,
    /// 事项编码 (GB/T 39554.1-2020), unique.
    pub code: String,
    /// 事项名称.
    #[schemars(length(min = 1, max = 200))]
    pub name: String,
    /// 事项类型.
    pub kind: ItemKind,
    /// 办理大厅 (hall id).
    pub hall: String,
    /// 主题分类 (topic id).
    pub topic: String,
    /// 服务对象.
    pub audience: Vec<Audience>,
    /// 行使层级.
    pub level: Level,
    /// 下放来源, for powers devolved from the county.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devolved: Option<Devolution>,
    /// 一句话说明: who it is for and what it gives.
    pub summary: String,
    /// 检索词 residents might type.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// 一、办理主体.
    pub subject: Subject,
    /// 二、办理依据.
    pub basis: Vec<LegalBasis>,
    /// 三、办事条件.
    pub conditions: Conditions,
    /// 四、办理程序.
    pub procedure: Procedure,
    /// 五、办理时限.
    pub time_limit: TimeLimit,
    /// 六、办事结果.
    pub result: Outcome,
    /// 七、八、收费依据和收费标准.
    pub fee: Fee,
    /// 办理地点、时间、电话.
    pub service: ServiceInfo,
    /// 信息更新日期.
    pub updated: Date,
}

// ───────────────────────────── disclosure records ─────────────────────────────

closed_enum!(
    /// 信息类别, for browsing and facets.
    RecordKind {
        Policy => "政策文件",
        Results => "结果公示",
        Budget => "财政预决算",
        Subsidy => "惠民资金",
        FarmSubsidy => "涉农补贴",
        Project => "项目建设",
        Tender => "招投标",
        VillageAffairs => "村务公开",
        PowerList => "权责清单",
        News => "工作动态",
        Other => "其他",
    }
);

closed_enum!(
    /// 公开渠道和载体 (基层政务公开标准目录的标准清单).
    Channel {
        Website => "政府网站",
        Gazette => "政府公报",
        SocialMedia => "两微一端",
        PressConference => "发布会/听证会",
        Broadcast => "广播电视",
        Print => "纸质媒体",
        ReadingPoint => "公开查阅点",
        ServiceCentre => "政务服务中心",
        ServiceStation => "便民服务站",
        DoorToDoor => "入户/现场",
        NoticeBoard => "村务公开栏",
        TargetedPush => "精准推送",
        Hotline => "12345政务服务热线",
        Other => "其他",
    }
);

closed_enum!(
    /// 公开对象.
    RecordAudience {
        Public => "全社会",
        SpecificGroup => "特定群体",
    }
);

closed_enum!(
    /// 公开方式.
    DisclosureMode {
        Proactive => "主动",
        OnRequest => "依申请",
    }
);

closed_enum!(
    /// 有效性.
    ValidityStatus {
        Valid => "有效",
        Repealed => "已废止",
        Amended => "已修订",
    }
);

closed_enum!(
    /// 固定的公开周期.
    Schedule {
        Monthly => "每月",
        Quarterly => "每季度",
        HalfYearly => "每半年",
        Yearly => "每年",
    }
);

/// 公开事项: 领域 → 一级事项 → 二级事项.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// 领域, e.g. 社会救助.
    pub area: String,
    /// 一级事项, e.g. 最低生活保障.
    pub level1: String,
    /// 二级事项, e.g. 低保对象认定结果.
    pub level2: String,
}

/// 公开时限 as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", deny_unknown_fields)]
pub enum Deadline {
    /// 自某事起若干个工作日内, e.g. 信息形成或者变更之日起 20 个工作日内.
    #[serde(rename = "事后")]
    AfterEvent {
        /// 起算事件, e.g. 信息形成或者变更之日.
        trigger: String,
        /// 工作日.
        work_days: u32,
    },
    /// 固定周期, e.g. 村务财务每月公开.
    #[serde(rename = "定期")]
    Scheduled {
        /// 周期.
        every: Schedule,
    },
    /// 实时公开.
    #[serde(rename = "实时")]
    Realtime,
}

/// 有效性, with the dates that make a repealed or amended document unmistakable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Validity {
    /// 状态.
    pub status: ValidityStatus,
    /// 施行日期.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<Date>,
    /// 废止或修订日期 (required unless 有效).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed: Option<Date>,
    /// 修订后的文件 (record id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<String>,
    /// 说明.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// 附件.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// 名称.
    pub name: String,
    /// 地址.
    pub url: HttpUrl,
    /// 格式, e.g. PDF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// 大小（字节）.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
}

closed_enum!(
    /// 列的数据类型.
    ColumnType {
        Text => "文本",
        Integer => "整数",
        Money => "金额",
        Date => "日期",
    }
);

closed_enum!(
    /// 个人信息脱敏方式. A column holding personal data must declare one.
    Mask {
        None => "不涉及",
        Name => "姓名",
        IdNumber => "身份证号",
        Phone => "手机号",
        BankAccount => "银行账号",
        Address => "住址",
    }
);

/// 表格列.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Column {
    /// 列名, e.g. 户主姓名.
    pub title: String,
    /// 数据类型.
    #[serde(rename = "type")]
    pub kind: ColumnType,
    /// 脱敏方式 (default 不涉及).
    #[serde(default = "no_mask", skip_serializing_if = "is_no_mask")]
    pub mask: Mask,
}

fn no_mask() -> Mask {
    Mask::None
}
fn is_no_mask(m: &Mask) -> bool {
    *m == Mask::None
}

/// 表格: 结果公示名单, 预决算表, 惠民资金发放表 …
/// Every cell is a string; its column's type says how to read it (`"450.00"` for 金额).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// 表题.
    pub caption: String,
    /// 列.
    pub columns: Vec<Column>,
    /// 行.
    pub rows: Vec<Vec<String>>,
    /// 表注, e.g. 公示期和监督电话.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// 公开信息 (one disclosure record).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// 编号 used in links.
    pub id: String,
    /// 索引号 (never changes once published).
    pub index_no: String,
    /// 标题.
    #[schemars(length(min = 1, max = 200))]
    pub title: String,
    /// 信息类别.
    pub kind: RecordKind,
    /// 摘要.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// 公开事项.
    pub category: Category,
    /// 主题分类 (topic id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// 公开依据.
    pub basis: Vec<LegalBasis>,
    /// 公开时限.
    pub deadline: Deadline,
    /// 公开主体.
    pub publisher: String,
    /// 公开渠道和载体.
    pub channels: Vec<Channel>,
    /// 公开对象.
    pub audience: RecordAudience,
    /// 公开方式.
    pub mode: DisclosureMode,
    /// 公开层级.
    pub level: Level,
    /// 文号.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_number: Option<String>,
    /// 成文日期.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<Date>,
    /// 发布日期.
    pub published: Date,
    /// 有效性 (policy documents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<Validity>,
    /// 正文, one plain-text paragraph per entry (no HTML).
    #[serde(default)]
    pub body: Vec<String>,
    /// 附件.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    /// 表格.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<Table>,
    /// 相关服务事项 (item ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related_items: Vec<String>,
    /// 所属村 (village id), for 村务公开.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub village: Option<String>,
}

impl Feed {
    pub fn hall(&self, id: &str) -> Option<&Hall> {
        self.halls.iter().find(|h| h.id == id)
    }
    pub fn village(&self, id: &str) -> Option<&Village> {
        self.villages.iter().find(|v| v.id == id)
    }
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
    pub fn item(&self, id: &str) -> Option<&ServiceItem> {
        self.items.iter().find(|i| i.id == id)
    }
    pub fn record(&self, id: &str) -> Option<&Record> {
        self.records.iter().find(|r| r.id == id)
    }
}
