//! Deterministic large feeds for benchmarks and scale tests (`gongkai generate`).
//!
//! [`generate`] builds a whole [`Feed`] in memory; [`write_feed`] streams the same feed as JSON,
//! byte for byte identical to `serde_json::to_string(&generate(opts))`, holding only one record
//! at a time, so a feed of 100,000 records never needs its full JSON text in memory.
//!
//! Why not the `rand` crate: the output must be identical on every machine and every version,
//! forever, so that a benchmark run in a year still measures the same data. A 10-line SplitMix64
//! whose algorithm is fixed here gives that without a dependency.
//!
//! Every record and item is a pure function of `(seed, index)` (each has its own PRNG stream),
//! so streaming and in-memory generation agree, and a record can look up facts about another one
//! (a policy's successor) without any shared state.
//!
//! The text is realistic township vocabulary (villages, 资金, 补贴, 项目, 文号 …) so that search
//! benchmarks hit real substrings such as 扶贫资金, 低保, 宅基地 and 建房. The data satisfies the
//! cross-field rules of a valid feed: unique ids, codes and 索引号; 承诺 ≤ 法定 time limits;
//! resolving references; masked names; dates from 2016 to the feed's own `generated_at`.

use std::io::{self, Write};

use crate::model::*;
use crate::types::{ClockTime, Date, DateTime, Yuan};

/// What to generate. Same options → same bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenerateOptions {
    /// 公开信息 records to generate. Default 1,000.
    pub records: usize,
    /// 服务事项 to generate. Default 200.
    pub items: usize,
    /// PRNG seed. Default 1.
    pub seed: u64,
}

impl Default for GenerateOptions {
    fn default() -> Self {
        GenerateOptions { records: 1000, items: 200, seed: 1 }
    }
}

/// Builds the whole feed in memory.
pub fn generate(opts: &GenerateOptions) -> Feed {
    let mut feed = skeleton(opts);
    feed.records = (0..opts.records).map(|i| record(opts, i)).collect();
    feed
}

/// Writes the feed as compact JSON, one record at a time. The bytes equal
/// `serde_json::to_vec(&generate(opts))`.
pub fn write_feed<W: Write>(opts: &GenerateOptions, w: W) -> io::Result<()> {
    write_feed_with_progress(opts, w, |_| {})
}

/// [`write_feed`], calling `progress(n)` after every 1,000th record written (and once at the end
/// when the count is not a multiple of 1,000, so the last call always reports the total) so a
/// command-line tool can report progress on large feeds.
pub fn write_feed_with_progress<W: Write>(opts: &GenerateOptions, mut w: W, mut progress: impl FnMut(usize)) -> io::Result<()> {
    let feed = skeleton(opts);
    // The field order and the compact separators are exactly those serde_json derives for `Feed`,
    // which is what makes the streamed bytes identical to serialising `generate(opts)`.
    w.write_all(b"{\"format\":")?;
    serde_json::to_writer(&mut w, &feed.format)?;
    write!(w, ",\"version\":{}", feed.version)?;
    w.write_all(b",\"generated_at\":")?;
    serde_json::to_writer(&mut w, &feed.generated_at)?;
    w.write_all(b",\"publisher\":")?;
    serde_json::to_writer(&mut w, &feed.publisher)?;
    w.write_all(b",\"halls\":")?;
    serde_json::to_writer(&mut w, &feed.halls)?;
    w.write_all(b",\"villages\":")?;
    serde_json::to_writer(&mut w, &feed.villages)?;
    w.write_all(b",\"topics\":")?;
    serde_json::to_writer(&mut w, &feed.topics)?;
    w.write_all(b",\"life_events\":")?;
    serde_json::to_writer(&mut w, &feed.life_events)?;
    w.write_all(b",\"synonyms\":")?;
    serde_json::to_writer(&mut w, &feed.synonyms)?;
    w.write_all(b",\"items\":")?;
    serde_json::to_writer(&mut w, &feed.items)?;
    drop(feed);
    w.write_all(b",\"records\":[")?;
    for i in 0..opts.records {
        if i > 0 {
            w.write_all(b",")?;
        }
        serde_json::to_writer(&mut w, &record(opts, i))?;
        if (i + 1) % 1000 == 0 {
            progress(i + 1);
        }
    }
    w.write_all(b"]}")?;
    w.flush()?;
    if opts.records % 1000 != 0 {
        progress(opts.records);
    }
    Ok(())
}

// ───────────────────────────── PRNG ─────────────────────────────

/// SplitMix64 (Steele, Lea, Flood 2014). Small, fast, and fixed here forever.
#[derive(Debug, Clone)]
struct Rng(u64);

const STREAM_ITEMS: u64 = 0x1A;
const STREAM_RECORDS: u64 = 0x2B;

impl Rng {
    /// An independent stream for one object: mixing seed, stream and index through one SplitMix
    /// step keeps neighbouring indices uncorrelated.
    fn for_object(seed: u64, stream: u64, index: usize) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03) ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when n is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi.saturating_sub(lo) + 1) as usize) as u32
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }
}

// ───────────────────────────── fixed parts ─────────────────────────────

const GOV: &str = "清溪镇人民政府";
const TOWNSHIP: &str = "清溪镇";
const COUNTY: &str = "青山县";
const DIVISION_CODE: &str = "430799101000";
/// 统一社会信用代码 of the (fictional) township government: 1 机构编制 · 1 机关 · 430799 · 组织机构代码 · 校验码.
const CREDIT_CODE: &str = "11430799MB1C2458XQ";
/// 组织机构代码 (characters 9–17 of the credit code), the stem of every 索引号.
const ORG_CODE: &str = "MB1C2458X";
const COMPLAINT_PHONE: &str = "0736-6120345";
const MINZHENG_PHONE: &str = "0736-6120103";
/// The feed's own timestamp; no generated date lies after it.
const GENERATED_DATE: Date = Date { year: 2026, month: 11, day: 20 };
const FIRST_YEAR: u16 = 2016;

/// (id, name, location, phone, description)
const HALLS: [(&str, &str, &str, &str, &str); 7] = [
    ("jisheng", "计生服务大厅", "清溪镇便民服务中心一楼 1 号窗口", "0736-6120101", "生育登记、计划生育家庭奖励扶助和特别扶助。"),
    ("huinong", "惠农服务大厅", "清溪镇便民服务中心一楼 2—3 号窗口", "0736-6120102", "耕地地力保护补贴、农机购置补贴等惠农补贴的申报和查询。"),
    ("minzheng", "民政服务大厅", "清溪镇便民服务中心一楼 4—6 号窗口", "0736-6120103", "低保、特困供养、临时救助、残疾人和老年人福利、退役军人服务。"),
    ("shebao", "社保服务大厅", "清溪镇便民服务中心一楼 7—8 号窗口", "0736-6120104", "城乡居民养老保险、医疗保险参保缴费和待遇申领，就业登记。"),
    ("guotu", "国土规划服务大厅", "清溪镇便民服务中心二楼 9—10 号窗口", "0736-6120105", "农村宅基地和建房审批、乡村建设规划许可、不动产登记受理。"),
    ("zongzhi", "综治司法服务大厅", "清溪镇便民服务中心二楼 11 号窗口", "0736-6120106", "人民调解、法律援助申请转交、矛盾纠纷调处。"),
    ("nongjing", "农经服务大厅", "清溪镇便民服务中心二楼 12 号窗口", "0736-6120107", "土地承包经营权流转、承包纠纷调解、村级财务和集体经济组织事务。"),
];
const H_JISHENG: usize = 0;
const H_HUINONG: usize = 1;
const H_MINZHENG: usize = 2;
const H_SHEBAO: usize = 3;
const H_GUOTU: usize = 4;
const H_ZONGZHI: usize = 5;
const H_NONGJING: usize = 6;

/// (id, name). Two 社区 among the villages, as in a real township.
const VILLAGES: [(&str, &str); 21] = [
    ("shiqiao", "石桥村"),
    ("fenglin", "枫林村"),
    ("taoyuan", "桃源村"),
    ("daping", "大坪村"),
    ("shanmu", "杉木村"),
    ("hehua", "荷花村"),
    ("qinglong", "青龙村"),
    ("maan", "马鞍村"),
    ("liutang", "柳塘村"),
    ("jinzhu", "金竹村"),
    ("changchong", "长冲村"),
    ("huangni", "黄泥村"),
    ("shuangxi", "双溪村"),
    ("chayuan", "茶园村"),
    ("longquan", "龙泉村"),
    ("xinhua", "新华村"),
    ("zhushan", "竹山村"),
    ("meizi", "梅子村"),
    ("gaoqiao", "高桥村"),
    ("qingxi", "清溪社区"),
    ("baisha", "白沙社区"),
];

/// (id, name)
const TOPICS: [(&str, &str); 15] = [
    ("shehui-jiuzhu", "社会救助"),
    ("shehui-baoxian", "社会保险"),
    ("jihua-shengyu", "计划生育与家庭"),
    ("nongye-nongcun", "农业农村"),
    ("ziran-ziyuan", "自然资源与规划"),
    ("sifa-tiaojie", "司法调解"),
    ("canjiren", "残疾人服务"),
    ("yanglao", "养老服务"),
    ("tuiyi-junren", "退役军人服务"),
    ("caizheng-zijin", "财政资金"),
    ("cunwu-guanli", "村务管理"),
    ("jiuye", "就业创业"),
    ("xiangmu-jianshe", "项目建设"),
    ("shehui-shiwu", "社会事务"),
    ("zhengwu-gongkai", "政务公开"),
];

const SYNONYMS: &[&[&str]] = &[
    &["低保", "最低生活保障", "低保金"],
    &["新农合", "城乡居民医保", "城乡居民基本医疗保险", "医保"],
    &["新农保", "城乡居民养老保险", "城乡居民基本养老保险"],
    &["危房", "农村危房改造", "危改"],
    &["盖房", "建房", "农村村民建房", "宅基地", "起屋"],
    &["五保", "特困", "特困人员供养", "特困供养"],
    &["残疾证", "残疾人证"],
    &["养老金", "养老保险待遇"],
    &["准生证", "生育登记", "生育服务登记"],
    &["粮补", "种粮补贴", "耕地地力保护补贴"],
    &["扶贫资金", "衔接资金", "衔接推进乡村振兴补助资金"],
    &["土地流转", "土地经营权流转", "承包地流转"],
    &["调解", "人民调解", "纠纷调解"],
    &["高龄补贴", "高龄津贴"],
    &["两项补贴", "残疾人两项补贴", "困难残疾人生活补贴", "重度残疾人护理补贴"],
    &["丧葬补助", "惠民殡葬", "殡葬补贴"],
    &["招标", "招投标", "招标公告"],
    &["三公经费", "“三公”经费"],
];

/// (id, name, summary)
const LIFE_EVENTS: [(&str, &str, &str); 9] = [
    ("shengyu", "生育", "生孩子前后要办的事：生育登记、奖励扶助。"),
    ("jianfang", "建房", "在农村建房、申请宅基地、危房改造和房屋登记。"),
    ("dibao", "低保救助", "家庭生活困难时可以申请的救助。"),
    ("yanglao", "养老", "参加养老保险、领养老金、申领高龄津贴。"),
    ("wunong", "务农补贴", "种地的补贴和土地流转。"),
    ("jiuye", "就业", "找工作、登记失业和参加职业培训。"),
    ("jiufen", "纠纷调解", "邻里、家庭、土地纠纷找谁调解。"),
    ("canji", "残疾人帮扶", "办残疾人证、申领两项补贴。"),
    ("sangzang", "丧葬", "家人去世后要办的事：丧葬补助、待遇停发、房屋继承登记。"),
];

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗", "梁", "宋",
    "郑", "谢", "唐", "韩", "曹", "许", "邓", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "向", "覃",
];
const GIVEN: &[&str] = &[
    "华", "明", "英", "芳", "军", "平", "强", "兰", "秀", "桂", "云", "红", "国", "清", "林", "珍", "建", "文", "生", "梅", "玉",
    "福", "春", "德", "勇", "辉", "霞", "翠", "金", "凤", "成", "新", "海", "香", "伟", "莲", "松", "志", "荣", "香",
];

fn skeleton(opts: &GenerateOptions) -> Feed {
    let weekdays = OpeningPeriod { weekdays: vec![1, 2, 3, 4, 5], open: hm(8, 30), close: hm(12, 0) };
    let afternoons = OpeningPeriod { weekdays: vec![1, 2, 3, 4, 5], open: hm(14, 30), close: hm(17, 30) };
    let halls = HALLS
        .iter()
        .map(|&(id, name, location, phone, description)| {
            let mut periods = vec![weekdays.clone(), afternoons.clone()];
            let mut note = "中午和下班后可预约延时办理。".to_string();
            if id == "shebao" {
                periods.push(OpeningPeriod { weekdays: vec![6], open: hm(8, 30), close: hm(12, 0) });
                note = "周六上午延时服务，办理社保、医保业务；中午可预约延时办理。".to_string();
            }
            Hall {
                id: id.into(),
                name: name.into(),
                location: location.into(),
                hours: OpeningHours { periods, closed_on_public_holidays: true, note: Some(note) },
                phone: phone.into(),
                description: Some(description.into()),
            }
        })
        .collect();
    let villages = VILLAGES
        .iter()
        .enumerate()
        .map(|(n, &(id, name))| {
            let community = name.ends_with("社区");
            Village {
                id: id.into(),
                name: name.into(),
                station: ServiceStation {
                    name: format!("{name}便民服务站"),
                    location: if community { format!("{name}党群服务中心一楼") } else { format!("{name}村部一楼") },
                    hours: OpeningHours {
                        periods: vec![weekdays.clone(), afternoons.clone()],
                        closed_on_public_holidays: true,
                        note: Some("村（社区）干部轮流值班；行动不便的群众可预约上门代办。".into()),
                    },
                    phone: format!("0736-61221{:02}", n + 1),
                    agent: Some(if community { "社区便民服务代办员" } else { "村便民服务代办员" }.into()),
                },
            }
        })
        .collect();
    let items: Vec<ServiceItem> = (0..opts.items).map(|i| item(opts, i)).collect();
    let life_events = LIFE_EVENTS
        .iter()
        .map(|&(id, name, summary)| LifeEvent {
            id: id.into(),
            name: name.into(),
            summary: summary.into(),
            // The first item of each matching archetype, in catalogue order.
            items: ARCHES
                .iter()
                .enumerate()
                .filter(|(_, a)| a.event == id)
                .filter(|(n, _)| *n < items.len())
                .map(|(n, _)| items[n].id.clone())
                .collect(),
        })
        .filter(|e| !e.items.is_empty())
        .collect();
    Feed {
        format: FORMAT_V1.into(),
        version: 1,
        generated_at: DateTime { date: GENERATED_DATE, hour: 9, minute: 0, second: 0, offset_minutes: 480 },
        publisher: Publisher {
            name: GOV.into(),
            township: TOWNSHIP.into(),
            division_code: DIVISION_CODE.into(),
            county: COUNTY.into(),
            county_website: None,
            phone: Some("0736-6120100".into()),
            address: Some("青山县清溪镇清溪大道 18 号".into()),
        },
        halls,
        villages,
        topics: TOPICS.iter().map(|&(id, name)| Topic { id: id.into(), name: name.into() }).collect(),
        life_events,
        synonyms: SYNONYMS.iter().map(|g| g.iter().map(|s| s.to_string()).collect()).collect(),
        items,
        records: Vec::new(),
    }
}

fn hm(h: u16, m: u16) -> ClockTime {
    ClockTime { minutes: h * 60 + m }
}

// ───────────────────────────── service items ─────────────────────────────

/// 依据: (名称, 文号, 层级, 条款)
type B = (&'static str, Option<&'static str>, LawLevel, Option<&'static str>);
/// 材料: (名称, 形式, 份数, 必要, 说明)
type M = (&'static str, MaterialForm, u32, bool, Option<&'static str>);
/// 环节: (名称, 内容, 工作日, 计入时限)
type S = (&'static str, &'static str, u32, bool);

/// 收费: (收费依据, 收费标准 lines (项目, 分, 单位, 减免)).
type FeeSpec = (&'static [B], &'static [(&'static str, i64, &'static str, Option<&'static str>)]);

/// One kind of service item; generated items are archetypes × 子项 × 代办站点.
struct Arch {
    name: &'static str,
    subitems: &'static [&'static str],
    kind: ItemKind,
    hall: usize,
    topic: &'static str,
    event: &'static str,
    audience: &'static [Audience],
    summary: &'static str,
    keywords: &'static [&'static str],
    /// Some(department) when the power was devolved from the county by 委托.
    devolved_from: Option<&'static str>,
    basis: &'static [B],
    requirements: &'static [&'static str],
    materials: &'static [M],
    steps: &'static [S],
    legal: u32,
    promised: u32,
    limit_note: Option<&'static str>,
    visits: u32,
    online: OnlineLevel,
    result: (ResultKind, &'static str),
    /// Charged items: (fee basis, lines (name, fen, unit, waiver)).
    fee: Option<FeeSpec>,
}

use Audience::Person as P;
use LawLevel::{AdministrativeRegulation as REG, Law as LAW, LocalRegulation as LOCAL, NormativeDocument as DOC, Rule as RULE};
use MaterialForm::{Copy as COPY, Original as ORIG};

const ID_CARD: M = ("居民身份证", ORIG, 1, true, Some("现场核验后退还"));
const HUKOU: M = ("户口簿", ORIG, 1, true, Some("现场核验后退还"));

const SHJZ: B = ("社会救助暂行办法", Some("国务院令第649号"), REG, None);

const ARCHES: &[Arch] = &[
    Arch {
        name: "最低生活保障审核确认",
        subitems: &["（新申请）", "（家庭成员变更）", "（停发）"],
        kind: ItemKind::Payment,
        hall: H_MINZHENG,
        topic: "shehui-jiuzhu",
        event: "dibao",
        audience: &[P],
        summary: "家庭人均收入低于当地低保标准、财产符合规定的家庭，可以申请最低生活保障。",
        keywords: &["低保", "低保金", "困难家庭", "最低生活保障"],
        devolved_from: None,
        basis: &[
            ("社会救助暂行办法", Some("国务院令第649号"), REG, Some("第九条、第十一条")),
            ("最低生活保障审核确认办法", Some("民发〔2021〕57号"), DOC, None),
        ],
        requirements: &[
            "共同生活的家庭成员人均收入低于当地最低生活保障标准。",
            "家庭财产状况符合当地规定。",
            "申请人持有当地常住户口。",
        ],
        materials: &[
            ("最低生活保障申请书", ORIG, 1, true, Some("可在窗口领取空白表，代办员可帮助填写")),
            ID_CARD,
            HUKOU,
            ("家庭经济状况核对授权书", ORIG, 1, true, Some("共同生活的家庭成员均需签字")),
            ("残疾人证或病历", COPY, 1, false, Some("家中有残疾人或重病患者时提供")),
        ],
        steps: &[
            ("受理", "审查材料是否齐全，材料不全的一次性告知需补正的内容。", 1, true),
            ("入户调查", "两名以上工作人员入户核实家庭经济状况，开展家庭经济状况信息核对。", 10, true),
            ("民主评议", "由村（居）民委员会协助组织评议，如实记录评议意见。", 3, true),
            ("公示", "在申请人所在村（社区）公示 7 天。", 7, false),
            ("审核确认", "镇人民政府根据调查和公示情况作出确认决定。", 5, true),
            ("送达", "书面告知申请人结果；不予确认的说明理由。", 2, true),
        ],
        legal: 30,
        promised: 21,
        limit_note: Some("公示期 7 天不计入办理时限。"),
        visits: 1,
        online: OnlineLevel::PartlyOnline,
        result: (ResultKind::Other, "最低生活保障确认通知书"),
        fee: None,
    },
    Arch {
        name: "特困人员认定",
        subitems: &["（分散供养）", "（集中供养）"],
        kind: ItemKind::Confirmation,
        hall: H_MINZHENG,
        topic: "shehui-jiuzhu",
        event: "dibao",
        audience: &[P],
        summary: "无劳动能力、无生活来源、无法定赡养抚养扶养义务人的老年人、残疾人和未成年人，可申请特困供养。",
        keywords: &["五保", "特困", "特困供养", "五保户"],
        devolved_from: None,
        basis: &[
            ("社会救助暂行办法", Some("国务院令第649号"), REG, Some("第十四条、第十六条")),
            ("特困人员认定办法", Some("民发〔2021〕43号"), DOC, None),
        ],
        requirements: &[
            "无劳动能力、无生活来源。",
            "无法定赡养、抚养、扶养义务人，或者其法定义务人无履行义务能力。",
        ],
        materials: &[
            ("特困人员供养申请书", ORIG, 1, true, Some("本人无法书写的，可由村（居）民委员会代为提出")),
            ID_CARD,
            HUKOU,
            ("残疾人证", COPY, 1, false, Some("残疾人申请时提供")),
        ],
        steps: &[
            ("受理", "审查申请材料，一次性告知需补正的内容。", 1, true),
            ("调查核实", "入户调查申请人的生活状况、经济状况和法定义务人情况。", 10, true),
            ("公示", "在申请人所在村（社区）公示 7 天。", 7, false),
            ("审核", "镇人民政府提出审核意见，报县民政局确认。", 5, true),
            ("送达", "书面告知申请人结果。", 2, true),
        ],
        legal: 20,
        promised: 18,
        limit_note: Some("公示期不计入办理时限。"),
        visits: 1,
        online: OnlineLevel::Offline,
        result: (ResultKind::Certificate, "特困人员救助供养证"),
        fee: None,
    },
    Arch {
        name: "临时救助",
        subitems: &["（急难型）", "（支出型）"],
        kind: ItemKind::Payment,
        hall: H_MINZHENG,
        topic: "shehui-jiuzhu",
        event: "dibao",
        audience: &[P],
        summary: "因火灾、交通事故、重病等突发情况，基本生活暂时出现严重困难的家庭或个人，可申请临时救助。",
        keywords: &["临时救助", "急难救助", "救急"],
        devolved_from: None,
        basis: &[
            ("社会救助暂行办法", Some("国务院令第649号"), REG, Some("第四十七条、第四十八条")),
            ("国务院关于全面建立临时救助制度的通知", Some("国发〔2014〕47号"), DOC, None),
        ],
        requirements: &["因突发事件、意外伤害或重大疾病等原因，基本生活暂时出现严重困难。"],
        materials: &[
            ("临时救助申请书", ORIG, 1, true, None),
            ID_CARD,
            ("医疗费用票据或事故证明", COPY, 1, false, Some("因病、因灾申请时提供")),
        ],
        steps: &[
            ("受理", "窗口受理申请，情况紧急的先行救助。", 0, true),
            ("审核", "核实困难情况，提出救助金额建议。", 5, true),
            ("审批", "救助金额较小的由镇人民政府审批，其余报县民政局审批。", 3, true),
            ("发放", "救助金打入申请人社会保障卡账户。", 2, true),
        ],
        legal: 15,
        promised: 10,
        limit_note: None,
        visits: 1,
        online: OnlineLevel::PartlyOnline,
        result: (ResultKind::Other, "临时救助金"),
        fee: None,
    },
    Arch {
        name: "困难残疾人生活补贴和重度残疾人护理补贴申领",
        subitems: &["（新申请）", "（停发）"],
        kind: ItemKind::Payment,
        hall: H_MINZHENG,
        topic: "canjiren",
        event: "canji",
        audience: &[P],
        summary: "低保家庭中的残疾人可领生活补贴，一级、二级重度残疾人可领护理补贴。",
        keywords: &["两项补贴", "残疾人补贴", "护理补贴"],
        devolved_from: None,
        basis: &[
            ("中华人民共和国残疾人保障法", None, LAW, Some("第四十八条")),
            ("国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见", Some("国发〔2015〕52号"), DOC, None),
        ],
        requirements: &["持有第二代残疾人证，且属于低保家庭成员或者一、二级重度残疾人。"],
        materials: &[ID_CARD, ("残疾人证", ORIG, 1, true, Some("第二代残疾人证")), HUKOU],
        steps: &[
            ("受理", "窗口或村便民服务站代办员受理申请。", 1, true),
            ("审核", "核实残疾等级和家庭情况。", 5, true),
            ("审定", "报县残联和县民政局审定。", 8, true),
            ("发放", "补贴按月发放到社会保障卡。", 1, true),
        ],
        legal: 20,
        promised: 15,
        limit_note: None,
        visits: 1,
        online: OnlineLevel::PartlyOnline,
        result: (ResultKind::Other, "补贴发放告知单"),
        fee: None,
    },
    Arch {
        name: "高龄津贴申领",
        subitems: &["", "（村级代办）"],
        kind: ItemKind::Payment,
        hall: H_MINZHENG,
        topic: "yanglao",
        event: "yanglao",
        audience: &[P],
        summary: "年满 80 周岁、具有本镇户籍的老年人，可按月领取高龄津贴。",
        keywords: &["高龄补贴", "高龄津贴", "老人补贴"],
        devolved_from: None,
        basis: &[("中华人民共和国老年人权益保障法", None, LAW, Some("第三十三条"))],
        requirements: &["年满 80 周岁，具有本镇户籍。"],
        materials: &[ID_CARD, HUKOU, ("社会保障卡", COPY, 1, true, Some("用于发放津贴"))],
        steps: &[
            ("受理", "窗口或村便民服务站代办员受理。", 0, true),
            ("审核", "核对年龄和户籍信息。", 3, true),
            ("发放", "次月起按月发放。", 2, true),
        ],
        legal: 10,
        promised: 5,
        limit_note: None,
        visits: 1,
        online: OnlineLevel::PartlyOnline,
        result: (ResultKind::Other, "高龄津贴发放告知单"),
        fee: None,
    },
    Arch {
        name: "惠民殡葬补助申领",
        subitems: &["", "（村级代办）"],
        kind: ItemKind::Payment,
        hall: H_MINZHENG,
        topic: "shehui-shiwu",
        event: "sangzang",
        audience: &[P],
        summary: "本镇户籍居民去世后实行火化的，家属可申领基本殡葬服务补助。",
        keywords: &["丧葬补助", "惠民殡葬", "火化补助"],
        devolved_from: None,
        basis: &[("殡葬管理条例", Some("国务院令第225号"), REG, None)],
        requirements: &["逝者具有本镇户籍，遗体已在殡仪馆火化。"],
        materials: &[
            ("火化证明", ORIG, 1, true, None),
            ("逝者户口注销证明", COPY, 1, true, None),
            ("申领人居民身份证", ORIG, 1, true, Some("现场核验后退还")),
        ],
        steps: &[
            ("受理", "窗口受理，核对火化证明。", 0, true),
            ("审核", "审核逝者户籍和火化信息。", 3, true),
            ("发放", "补助发放到申领人银行账户。", 5, true),
        ],
        legal: 15,
        promised: 8,
        limit_note: None,
        visits: 1,
        online: OnlineLevel::Offline,
        result: (ResultKind::Other, "惠民殡葬补助"),
        fee: None,
    },
    Arch {
        name: "退役军人优待证申领",
        subitems: &["", "（补办）"],
        kind: ItemKind::PublicService,
        hall: H_MINZHENG,
        topic: "tuiyi-junren",
        event: "",
        audience: &[P],
        summary: "户籍在本镇的退役军人和其他优抚对象，可在镇退役军人服务站申领优待证。",
        keywords: &["优待证", "退役军人", "老兵"],
        devolved_from: None,
        basis: &[("中华人民共和国退役军人保障法", None, LAW, None)],
        requirements: &["本镇户籍的退役军人或其他优抚对象。"],
        materials: &[ID_CARD, ("退伍证或退役证明", COPY, 1, true, None), ("近期免冠照片", ORIG, 1, true, Some("白底二寸"))],
        steps: &[
            ("受理", "镇退役军人服务站受理并采集信息。", 0, true),
            ("审核", "核对退役信息，报县退役军人事务局。", 5, true),
            ("发证", "制证后通知本人领取。", 15, true),
        ],
        legal: 30,
        promised: 20,
        limit_note: None,
        visits: 1,
        online: OnlineLevel::PartlyOnline,
        result: (ResultKind::Certificate, "退役军人优待证"),
        fee: None,
    },
    Arch {
        name: "生育登记",
        subitems: &["（一孩）", "（二孩）", "（三孩）"],
        kind: ItemKind::PublicService,
        hall: H_JISHENG,
        topic: "jihua-shengyu",
        event: "shengyu",
        audience: &[P],
        summary: "夫妻生育子女的，可在孕前、孕期或孩子出生后办理生育登记，网上即可办理。",
        keywords: &["准生证", "生育登记", "生育服务登记"],
        devolved_from: None,
        basis: &[
            ("中华人民共和国人口与计划生育法", None, LAW, Some("第十八条")),
            ("湖南省人口与计划生育条例", None, LOCAL, None),
        ],
        requirements: &["夫妻一方户籍在本镇，或者在本镇居住。"],
        materials: &[("夫妻双方居民身份证", ELEC, 1, true, Some("网上办理时上传照片")), ("结婚证", ELEC, 1, false, None)],
        steps: &[("网上申请", "在网上填写登记信息。", 0, true), ("登记", "信息核对无误后当场登记。", 0, true)],
        legal: 1,
        promised: 0,
        limit_note: Some("即办件。"),
        visits: 0,
        online: OnlineLevel::FullyOnline,
        result: (ResultKind::Other, "生育登记回执"),
        fee: None,
    },
    Arch {
        name: "农村部分计划生育家庭奖励扶助资格确认",
        subitems: &["", "（村级代办）"],
        kind: ItemKind::Confirmation,
        hall: H_JISHENG,
        topic: "jihua-shengyu",
        event: "yanglao",
        audience: &[P],
        summary: "农村只有一个子女或两个女孩的夫妻，年满 60 周岁后可按年领取奖励扶助金。",
        keywords: &["奖励扶助", "奖扶", "独生子女"],
        devolved_from: None,
        basis: &[
            ("中华人民共和国人口与计划生育法", None, LAW, None),
            ("国务院办公厅转发人口计生委财政部关于开展对农村部分计划生育家庭实行奖励扶助制度试点工作意见的通知", Some("国办发〔2004〕21号"), DOC, None),
        ],
        requirements: &["本人及配偶为农业户口，只有一个子女或两个女孩，年满 60 周岁。"],
        materials: &[ID_CARD, HUKOU, ("奖励扶助对象申报表", ORIG, 1, true, None)],
        steps: &[
            ("受理", "村便民服务站或镇窗口受理申报。", 1, true),
            ("初审", "村委会初审并张榜公示。", 7, false),
            ("审核", "镇人民政府审核，报县卫生健康局确认。", 10, true),
            ("送达", "确认结果告知本人，资金次年发放。", 2, true),
        ],
        legal: 30,
        promised: 20,
        limit_note: Some("村级公示期不计入办理时限。"),
        visits: 1,
        online: OnlineLevel::Offline,
        result: (ResultKind::Other, "奖励扶助资格确认通知"),
        fee: None,
    },
    Arch {
        name: "城乡居民基本养老保险参保登记",
        subitems: &["", "（村级代办）", "（网上办理）"],
        kind: ItemKind::PublicService,
        hall: H_SHEBAO,
        topic: "shehui-baoxian",
        event: "yanglao",
        audience: &[P],
        summary: "年满 16 周岁、不是在校学生、未参加职工养老保险的居民，可参加城乡居民养老保险。",
        keywords: &["新农保", "养老保险", "参保"],
        devolved_from: None,
        basis: &[
            ("中华人民共和国社会保险法", None, LAW, Some("第二十条、第二十二条")),
            ("国务院关于建立统一的城乡居民基本养老保险制度的意见", Some("国发〔2014〕8号"), DOC, None),
        ],
        requirements: &["年满 16 周岁（不含在校学生），未参加职工基本养老保险。"],
        materials: &[ID_CARD, HUKOU],
        steps: &[("受理", "窗口或网上受理。", 0, true), ("登记", "信息录入系统，当场办结。", 0, true)],
        legal: 5,
        promised: 0,
        limit_note: Some("即办件。"),
        visits: 0,
        online: OnlineLevel::FullyOnline,
        result: (ResultKind::Other, "参保登记信息"),
        fee: None,
    },
    Arch {
        name: "城乡居民基本养老保险待遇领取",
        subitems: &["", "（村级代办）"],
        kind: ItemKind::Payment,
        hall: H_SHEBAO,
        topic: "shehui-baoxian",
        event: "yanglao",
        audience: &[P],
        summary: "参保人年满 60 周岁、累计缴费满 15 年的，可按月领取养老金。",
        keywords: &["养老金", "养老保险待遇", "领养老金"],
        devolved_from: None,
        basis: &[
            ("中华人民共和国社会保险法", None, LAW, Some("第二十一条")),
            ("国务院关于建立统一的城乡居民基本养老保险制度的意见", Some("国发〔2014〕8号"), DOC, None),
        ],
        requirements: &["年满 60 周岁，累计缴费满 15 年，未领取国家规定的基本养老保障待遇。"],
        materials: &[ID_CARD, ("社会保障卡", ORIG, 1, true, None)],
        steps: &[
            ("受理", "窗口受理待遇领取申请。", 0, true),
            ("审核", "核定缴费年限和待遇标准，报县社保中心。", 5, true),
            ("发放", "次月起按月发放到社会保障卡。", 5, true),
        ],
        legal: 15,
        promised: 10,
        limit_note: None,
        visits: 1,
        online: OnlineLevel::PartlyOnline,
        result: (ResultKind::Other, "养老保险待遇核定表"),
        fee: None,
    },
    Arch {
        name: "城乡居民基本医疗保险参保登记",
        subitems: &["", "（新生儿）", "（网上办理）"],
        kind: ItemKind::PublicService,
        hall: H_SHEBAO,
        topic: "shehui-baoxian",
        event: "shengyu",
        audience: &[P],
        summary: "未参加职工医保的城乡居民（含新生儿），可参加城乡居民医保。",
        keywords: &["新农合", "医保", "城乡居民医保"],
        devolved_from: None,
        basis: &[
            ("中华人民共和国社会保险法", None, LAW, Some("第二十五条")),
            ("国务院关于整合城乡居民基本医疗保险制度的意见", Some("国发〔2016〕3号"), DOC, None),
        ],
        requirements: &["未参加职工基本医疗保险的本镇户籍或常住居民。"],
        materials: &[("居民身份证或户口簿", ORIG, 1, true, Some("新生儿提供出生医学证明"))],
        steps: &[("受理", "窗口或网上受理。", 0, true), ("登记", "当场完成参保登记。", 0, true)],
        legal: 5,
        promised: 0,
        limit_note: Some("即办件。"),
        visits: 0,
        online: OnlineLevel::FullyOnline,
        result: (ResultKind::Other, "参保登记信息"),
        fee: None,
    },
    Arch {
        name: "就业失业登记",
        subitems: &["（就业登记）", "（失业登记）"],
        kind: ItemKind::PublicService,
        hall: H_SHEBAO,
        topic: "jiuye",
        event: "jiuye",
        audience: &[P],
        summary: "劳动年龄内、有就业要求的居民，可办理就业或失业登记，享受就业服务。",
        keywords: &["失业登记", "就业登记", "找工作"],
        devolved_from: None,
        basis: &[
            ("中华人民共和国就业促进法", None, LAW, None),
            ("就业服务与就业管理规定", Some("劳动和社会保障部令第28号"), RULE, None),
        ],
        requirements: &["在法定劳动年龄内，有劳动能力和就业要求。"],
        materials: &[ID_CARD],
        steps: &[("受理", "窗口或网上受理。", 0, true), ("登记", "当场登记。", 0, true)],
        legal: 1,
        promised: 0,
        limit_note: Some("即办件。"),
        visits: 0,
        online: OnlineLevel::FullyOnline,
        result: (ResultKind::Certificate, "就业创业证"),
        fee: None,
    },
    Arch {
        name: "农村村民宅基地和建房（规划许可）审批",
        subitems: &["（原址翻建）", "（新址新建）", "（改建扩建）"],
        kind: ItemKind::Licensing,
        hall: H_GUOTU,
        topic: "ziran-ziyuan",
        event: "jianfang",
        audience: &[P],
        summary: "农村村民一户只能拥有一处宅基地，建房需经村组同意、镇人民政府审批。",
        keywords: &["宅基地", "建房", "盖房", "起屋", "农村建房"],
        devolved_from: None,
        basis: &[
            ("中华人民共和国土地管理法", None, LAW, Some("第六十二条")),
            ("中华人民共和国城乡规划法", None, LAW, Some("第四十一条")),
            ("中华人民共和国土地管理法实施条例", Some("国务院令第743号"), REG, Some("第三十四条")),
        ],
        requirements: &[
            "本村集体经济组织成员，以户为单位申请。",
            "符合一户一宅，不占用永久基本农田。",
            "符合村庄规划。",
        ],
        materials: &[
            ("农村宅基地和建房（规划许可）申请表", ORIG, 1, true, None),
            ("户主居民身份证", ORIG, 1, true, Some("现场核验后退还")),
            HUKOU,
            ("农村宅基地使用承诺书", ORIG, 1, true, None),
            ("住房建设设计图或通用图", COPY, 1, true, Some("可选用县里提供的农房通用图")),
        ],
        steps: &[
            ("村级审查", "村民小组讨论，村委会审查并公示。", 5, false),
            ("受理", "镇窗口受理，一次性告知。", 1, true),
            ("现场踏勘", "镇自然资源、农业农村等部门联合到现场踏勘。", 5, true),
            ("审批", "镇人民政府审批，核发乡村建设规划许可证和宅基地批准书。", 8, true),
            ("送达", "通知申请人领取批准文件。", 1, true),
        ],
        legal: 20,
        promised: 15,
        limit_note: Some("村级审查和公示时间不计入办理时限。"),
        visits: 1,
        online: OnlineLevel::Offline,
        result: (ResultKind::Certificate, "农村宅基地批准书和乡村建设规划许可证"),
        fee: None,
    },
    Arch {
        name: "农村危房改造补助申请",
        subitems: &["", "（村级代办）"],
        kind: ItemKind::Payment,
        hall: H_GUOTU,
        topic: "ziran-ziyuan",
        event: "jianfang",
        audience: &[P],
        summary: "低保户、特困户等困难群众住房经鉴定为危房的，可申请危房改造补助。",
        keywords: &["危房", "危房改造", "危改"],
        devolved_from: None,
        basis: &[SHJZ],
        requirements: &["属于低保户、分散供养特困人员、低保边缘家庭等，住房经鉴定为 C 级或 D 级危房。"],
        materials: &[ID_CARD, HUKOU, ("农村危房改造申请表", ORIG, 1, true, None)],
        steps: &[
            ("受理", "村便民服务站或镇窗口受理。", 1, true),
            ("鉴定", "组织房屋安全鉴定。", 10, true),
            ("公示", "村级公示 7 天。", 7, false),
            ("审批", "报县住房城乡建设局审批。", 9, true),
        ],
        legal: 30,
        promised: 20,
        limit_note: Some("公示期不计入办理时限。"),
        visits: 1,
        online: OnlineLevel::Offline,
        result: (ResultKind::Approval, "农村危房改造补助批复"),
        fee: None,
    },
    Arch {
        name: "乡村建设规划许可证核发",
        subitems: &["（公共设施）", "（公益事业）"],
        kind: ItemKind::Licensing,
        hall: H_GUOTU,
        topic: "ziran-ziyuan",
        event: "",
        audience: &[Audience::Legal, Audience::OtherOrganisation],
        summary: "在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设的，应取得乡村建设规划许可证。",
        keywords: &["规划许可", "乡村建设规划许可证"],
        devolved_from: Some("青山县自然资源局"),
        basis: &[("中华人民共和国城乡规划法", None, LAW, Some("第四十一条"))],
        requirements: &["建设项目符合村庄规划，不占用农用地或已办理农用地转用手续。"],
        materials: &[
            ("乡村建设规划许可申请表", ORIG, 1, true, None),
            ("建设单位营业执照或法人登记证书", COPY, 1, true, None),
            ("建设工程设计方案", ORIG, 2, true, None),
        ],
        steps: &[
            ("受理", "窗口受理，一次性告知。", 1, true),
            ("审查", "审查设计方案是否符合村庄规划。", 8, true),
            ("决定", "作出许可或不予许可的决定。", 4, true),
            ("送达", "送达许可证。", 2, true),
        ],
        legal: 20,
        promised: 15,
        limit_note: None,
        visits: 1,
        online: OnlineLevel::PartlyOnline,
        result: (ResultKind::Certificate, "乡村建设规划许可证"),
        fee: None,
    },
    Arch {
        name: "农村宅基地使用权及房屋所有权登记受理",
        subitems: &["（首次登记）", "（转移登记）"],
        kind: ItemKind::OtherPower,
        hall: H_GUOTU,
        topic: "ziran-ziyuan",
        event: "jianfang",
        audience: &[P],
        summary: "农村村民取得宅基地并建成房屋后，可在镇窗口申请不动产登记，领取不动产权证书。",
        keywords: &["房产证", "不动产登记", "宅基地确权"],
        devolved_from: Some("青山县自然资源局"),
        basis: &[
            ("中华人民共和国民法典", None, LAW, Some("第二百零九条")),
            ("不动产登记暂行条例", Some("国务院令第656号"), REG, None),
        ],
        requirements: &["宅基地经依法批准，房屋已竣工，权属清楚无争议。"],
        materials: &[
            ("不动产登记申请书", ORIG, 1, true, None),
            ID_CARD,
            ("宅基地批准书和乡村建设规划许可证", COPY, 1, true, None),
            ("不动产权籍调查成果", ORIG, 1, true, Some("由登记机构组织调查")),
        ],
        steps: &[
            ("受理", "镇窗口受理登记申请。", 1, true),
            ("审核", "县不动产登记中心审核。", 15, true),
            ("登簿发证", "记载于不动产登记簿，核发证书。", 4, true),
        ],
        legal: 30,
        promised: 20,
        limit_note: None,
        visits: 2,
        online: OnlineLevel::Offline,
        result: (ResultKind::Certificate, "不动产权证书"),
        fee: Some((
            &[("国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知", Some("发改价格规〔2016〕2559号"), DOC, None)],
            &[
                ("不动产登记费（住宅类）", 8000, "件", Some("费用含第一本不动产权证书工本费。")),
                ("不动产权证书工本费", 1000, "本", Some("向一个以上权利人核发证书的，每增加一本收取。")),
            ],
        )),
    },
    Arch {
        name: "人民调解",
        subitems: &["（邻里纠纷）", "（婚姻家庭纠纷）", "（山林土地纠纷）"],
        kind: ItemKind::PublicService,
        hall: H_ZONGZHI,
        topic: "sifa-tiaojie",
        event: "jiufen",
        audience: &[P, Audience::Legal],
        summary: "邻里、家庭、山林土地等民间纠纷，可申请镇人民调解委员会免费调解。",
        keywords: &["调解", "纠纷", "吵架", "矛盾"],
        devolved_from: None,
        basis: &[("中华人民共和国人民调解法", None, LAW, Some("第四条、第十七条"))],
        requirements: &["属于民间纠纷，当事人自愿申请调解。"],
        materials: &[ID_CARD, ("纠纷情况说明", ORIG, 1, false, Some("也可口头申请，由调解员记录"))],
        steps: &[
            ("受理", "登记调解申请，口头申请的当场记录。", 1, true),
            ("调解", "调解员了解情况，组织双方调解。", 20, true),
            ("结案", "达成协议的可制作人民调解协议书。", 1, true),
        ],
        legal: 30,
        promised: 22,
        limit_note: None,
        visits: 1,
        online: OnlineLevel::Offline,
        result: (ResultKind::Other, "人民调解协议书"),
        fee: None,
    },
    Arch {
        name: "农村土地承包经营纠纷调解",
        subitems: &["", "（村级调解后）"],
        kind: ItemKind::PublicService,
        hall: H_NONGJING,
        topic: "nongye-nongcun",
        event: "jiufen",
        audience: &[P],
        summary: "承包地、土地流转等纠纷，当事人可申请镇人民政府调解。",
        keywords: &["承包地纠纷", "土地纠纷", "流转纠纷"],
        devolved_from: None,
        basis: &[("中华人民共和国农村土地承包经营纠纷调解仲裁法", None, LAW, Some("第三条"))],
        requirements: &["属于农村土地承包经营纠纷，当事人申请调解。"],
        materials: &[ID_CARD, ("土地承包经营权证或承包合同", COPY, 1, true, None)],
        steps: &[
            ("受理", "登记调解申请。", 1, true),
            ("调解", "调查核实并组织调解。", 15, true),
            ("结案", "达成协议的制作调解协议书。", 2, true),
        ],
        legal: 30,
        promised: 18,
        limit_note: None,
        visits: 1,
        online: OnlineLevel::Offline,
        result: (ResultKind::Other, "调解协议书"),
        fee: None,
    },
    Arch {
        name: "土地经营权流转合同备案",
        subitems: &["（出租）", "（入股）"],
        kind: ItemKind::Filing,
        hall: H_NONGJING,
        topic: "nongye-nongcun",
        event: "wunong",
        audience: &[P, Audience::Legal],
        summary: "承包方流转土地经营权的，流转合同报镇农经站备案。",
        keywords: &["土地流转", "流转合同", "流转备案"],
        devolved_from: None,
        basis: &[
            ("中华人民共和国农村土地承包法", None, LAW, Some("第三十六条")),
            ("农村土地经营权流转管理办法", Some("农业农村部令2021年第1号"), RULE, None),
        ],
        requirements: &["流转双方已签订书面流转合同。"],
        materials: &[("土地经营权流转合同", ORIG, 2, true, None), ID_CARD],
        steps: &[("受理", "窗口受理备案材料。", 0, true), ("备案", "登记备案。", 2, true)],
        legal: 5,
        promised: 2,
        limit_note: None,
        visits: 1,
        online: OnlineLevel::Offline,
        result: (ResultKind::Other, "流转合同备案回执"),
        fee: None,
    },
    Arch {
        name: "耕地地力保护补贴申报",
        subitems: &["", "（村级代办）"],
        kind: ItemKind::Payment,
        hall: H_HUINONG,
        topic: "nongye-nongcun",
        event: "wunong",
        audience: &[P],
        summary: "拥有耕地承包权的农户按确权面积申报耕地地力保护补贴，补贴打入一卡通。",
        keywords: &["粮补", "种粮补贴", "耕地地力保护补贴"],
        devolved_from: None,
        basis: &[("财政部 农业部关于全面推开农业“三项补贴”改革工作的通知", Some("财农〔2016〕26号"), DOC, None)],
        requirements: &["拥有耕地承包权，耕地未改变用途、未撂荒。"],
        materials: &[ID_CARD, ("惠民惠农财政补贴资金“一卡通”", COPY, 1, true, None)],
        steps: &[
            ("申报", "村便民服务站统计申报面积。", 10, true),
            ("公示", "村级公示 7 天。", 7, false),
            ("审核", "镇农业综合服务中心审核汇总，报县农业农村局。", 5, true),
            ("发放", "县财政通过一卡通发放。", 5, true),
        ],
        legal: 30,
        promised: 20,
        limit_note: Some("公示期不计入办理时限。"),
        visits: 1,
        online: OnlineLevel::Offline,
        result: (ResultKind::Other, "补贴资金"),
        fee: None,
    },
];

const ELEC: MaterialForm = MaterialForm::Electronic;

fn basis(b: &B) -> LegalBasis {
    LegalBasis {
        title: b.0.into(),
        doc_number: b.1.map(Into::into),
        level: b.2,
        article: b.3.map(Into::into),
        url: None,
    }
}

fn item_id(i: usize) -> String {
    format!("item-{:04}", i + 1)
}

/// Type digits of the 事项编码, after GB/T 39554.1's 事项类型 segment.
fn kind_code(k: ItemKind) -> u32 {
    match k {
        ItemKind::Licensing => 1,
        ItemKind::Payment => 4,
        ItemKind::Confirmation => 7,
        ItemKind::Reward => 8,
        ItemKind::Adjudication => 9,
        ItemKind::OtherPower => 10,
        ItemKind::Filing => 11,
        ItemKind::PublicService => 20,
    }
}

fn item(opts: &GenerateOptions, i: usize) -> ServiceItem {
    let mut rng = Rng::for_object(opts.seed, STREAM_ITEMS, i);
    let n_arch = ARCHES.len();
    let a = &ARCHES[i % n_arch];
    let round = i / n_arch;
    // 子项 first; later rounds are the same item handled by a village station (村级代办).
    let (name, station) = match a.subitems.get(round) {
        Some(sub) => (format!("{}{}", a.name, sub), None),
        None => {
            let v = (round - a.subitems.len()) % VILLAGES.len();
            (format!("{}（{}便民服务站代办）", a.name, VILLAGES[v].1), Some(v))
        }
    };
    let (hall_id, hall_name, hall_loc, hall_phone, _) = HALLS[a.hall];
    let subject = match a.devolved_from {
        Some(dept) => Subject {
            body: GOV.into(),
            nature: BodyNature::Entrusted,
            entrusted_by: Some(dept.into()),
            window: format!("{hall_name}综合窗口"),
            phone: hall_phone.into(),
        },
        None => Subject {
            body: GOV.into(),
            nature: BodyNature::Statutory,
            entrusted_by: None,
            window: format!("{hall_name}综合窗口"),
            phone: hall_phone.into(),
        },
    };
    let devolved = a.devolved_from.map(|dept| Devolution {
        department: dept.into(),
        document: "青政发〔2023〕6号".into(),
        date: Date { year: 2023, month: 4, day: 1 },
        mode: DevolutionMode::Entrusted,
    });
    let fee = match a.fee {
        None => Fee { charged: false, basis: vec![], lines: vec![], note: Some("不收费".into()) },
        Some((fee_basis, lines)) => Fee {
            charged: true,
            basis: fee_basis.iter().map(basis).collect(),
            lines: lines
                .iter()
                .map(|&(name, fen, unit, waiver)| FeeLine {
                    name: name.into(),
                    amount: Yuan { fen },
                    unit: unit.into(),
                    waiver: waiver.map(Into::into),
                    basis: fee_basis[0].0.into(),
                })
                .collect(),
            note: None,
        },
    };
    let address = match station {
        Some(v) if VILLAGES[v].1.ends_with("社区") => format!("{}党群服务中心一楼便民服务站", VILLAGES[v].1),
        Some(v) => format!("{}村部一楼便民服务站", VILLAGES[v].1),
        None => format!("{COUNTY}{hall_loc}"),
    };
    let day = days(Date { year: 2024, month: 1, day: 1 }) + rng.below(1000) as i64;
    let updated = Date::from_days_since_epoch(day.min(days(GENERATED_DATE)));
    ServiceItem {
        id: item_id(i),
        // 实施编码: 实施机构统一社会信用代码 + 事项类型 + 主项 + 子项/序号.
        code: format!("{CREDIT_CODE}{:02}{:04}{:06}", kind_code(a.kind), 7000 + i % n_arch, i + 1),
        name,
        kind: a.kind,
        hall: hall_id.into(),
        topic: a.topic.into(),
        audience: a.audience.to_vec(),
        level: Level::Township,
        devolved,
        summary: a.summary.into(),
        keywords: a.keywords.iter().map(|s| s.to_string()).collect(),
        subject,
        basis: a.basis.iter().map(basis).collect(),
        conditions: Conditions {
            requirements: a.requirements.iter().map(|s| s.to_string()).collect(),
            materials: a
                .materials
                .iter()
                .map(|&(name, form, copies, required, note)| Material {
                    name: name.into(),
                    form,
                    copies,
                    required,
                    note: note.map(Into::into),
                    sample_url: None,
                })
                .collect(),
        },
        procedure: Procedure {
            steps: a
                .steps
                .iter()
                .map(|&(name, description, work_days, counts)| Step {
                    name: name.into(),
                    description: description.into(),
                    work_days,
                    counts_toward_limit: counts,
                })
                .collect(),
            visits: a.visits,
            online: a.online,
            online_url: None,
        },
        time_limit: TimeLimit { legal_days: a.legal, promised_days: a.promised, note: a.limit_note.map(Into::into) },
        result: Outcome { kind: a.result.0, name: a.result.1.into(), sample_url: None, note: None },
        fee,
        service: ServiceInfo {
            address,
            hours: None,
            consult_phone: hall_phone.into(),
            complaint_phone: COMPLAINT_PHONE.into(),
        },
        updated,
    }
}

// ───────────────────────────── records ─────────────────────────────

fn days(d: Date) -> i64 {
    d.days_since_epoch()
}

fn date_in_year(rng: &mut Rng, year: u16) -> Date {
    let start = days(Date { year, month: 1, day: 1 });
    let end = days(Date { year, month: 12, day: 31 }).min(days(GENERATED_DATE));
    Date::from_days_since_epoch(start + rng.below((end - start + 1).max(1) as usize) as i64)
}

fn cn_date(d: Date) -> String {
    format!("{}年{}月{}日", d.year, d.month, d.day)
}

fn masked_name(rng: &mut Rng) -> String {
    let s = rng.pick(SURNAMES);
    if rng.chance(15) {
        format!("{s}*")
    } else {
        format!("{s}*{}", rng.pick(GIVEN))
    }
}

fn yuan(fen: i64) -> String {
    Yuan { fen }.to_string()
}

fn record_id(i: usize) -> String {
    format!("rec-{:06}", i + 1)
}

/// Every tenth record is a 政策文件; `p` numbers them.
const POLICY_EVERY: usize = 10;
/// Policy subjects; a policy is amended by the one `POLICY_SUBJECTS.len()` policies later, which
/// has the same subject and lies one year later.
const POLICY_SUBJECTS: [(&str, &str, &str); 12] = [
    ("清溪镇农村村民建房管理办法", "自然资源与规划", "ziran-ziyuan"),
    ("清溪镇社会救助工作实施细则", "社会救助", "shehui-jiuzhu"),
    ("清溪镇村级财务管理办法", "村务管理", "cunwu-guanli"),
    ("清溪镇防汛抗旱应急预案", "应急管理", "shehui-shiwu"),
    ("清溪镇扶贫资金项目管理办法", "财政资金", "caizheng-zijin"),
    ("清溪镇村务公开工作实施方案", "村务管理", "cunwu-guanli"),
    ("清溪镇农村人居环境整治考核办法", "农业农村", "nongye-nongcun"),
    ("清溪镇便民服务中心管理制度", "政务服务", "zhengwu-gongkai"),
    ("清溪镇宅基地审批管理暂行办法", "自然资源与规划", "ziran-ziyuan"),
    ("清溪镇政务公开工作要点", "政务公开", "zhengwu-gongkai"),
    ("清溪镇高龄津贴发放管理办法", "养老服务", "yanglao"),
    ("清溪镇矛盾纠纷多元化解工作方案", "司法调解", "sifa-tiaojie"),
];
const POLICY_PREFIXES: [&str; 3] = ["清政发", "清政办发", "清政函"];
const YEARS: usize = 11; // 2016..=2026

fn policy_year(p: usize) -> u16 {
    FIRST_YEAR + ((p / POLICY_SUBJECTS.len()) % YEARS) as u16
}

fn policy_doc_number(p: usize) -> String {
    let s = POLICY_SUBJECTS.len();
    let prefix = POLICY_PREFIXES[(p / (s * YEARS)) % POLICY_PREFIXES.len()];
    // (prefix, year, n) is unique per p: n carries p's subject and its block.
    let n = p % s + s * (p / (s * YEARS * POLICY_PREFIXES.len())) + 1;
    format!("{prefix}〔{}〕{n}号", policy_year(p))
}

fn policy_published(opts: &GenerateOptions, p: usize) -> Date {
    let mut rng = Rng::for_object(opts.seed, STREAM_RECORDS ^ 0xFF, p);
    date_in_year(&mut rng, policy_year(p))
}

/// The policy that amends policy `p`, if any: same subject, next year, inside the feed.
fn successor(opts: &GenerateOptions, p: usize) -> Option<usize> {
    let next = p + POLICY_SUBJECTS.len();
    let in_feed = next * POLICY_EVERY < opts.records;
    (p % 7 == 3 && in_feed && policy_year(next) > policy_year(p)).then_some(next)
}

fn predecessor_amended(opts: &GenerateOptions, p: usize) -> bool {
    p >= POLICY_SUBJECTS.len() && successor(opts, p - POLICY_SUBJECTS.len()) == Some(p)
}

/// Draft of a record's kind-specific parts.
struct Draft {
    kind: RecordKind,
    title: String,
    category: (&'static str, &'static str, &'static str),
    topic: &'static str,
    basis: Vec<LegalBasis>,
    deadline: Deadline,
    channels: Vec<Channel>,
    audience: RecordAudience,
    /// Specific sentences first, then filler drawn until the body is long enough.
    sentences: Vec<String>,
    filler: &'static [&'static str],
    table: Option<Table>,
    village: Option<usize>,
    related_arch: &'static [usize],
    doc_number: Option<String>,
    written: Option<Date>,
    validity: Option<Validity>,
    published: Date,
}

fn after_event(work_days: u32) -> Deadline {
    Deadline::AfterEvent { trigger: "信息形成或者变更之日".into(), work_days }
}

fn gov_info_basis() -> LegalBasis {
    LegalBasis {
        title: "中华人民共和国政府信息公开条例".into(),
        doc_number: Some("国务院令第711号".into()),
        level: LawLevel::AdministrativeRegulation,
        article: Some("第二十条".into()),
        url: None,
    }
}

fn law(title: &str, article: Option<&str>) -> LegalBasis {
    LegalBasis { title: title.into(), doc_number: None, level: LawLevel::Law, article: article.map(Into::into), url: None }
}

const FILLER_GENERAL: &[&str] = &[
    "如对公开内容有疑问，可在工作日到清溪镇便民服务中心咨询。",
    "本信息同时在镇政务公开栏和各村（社区）村务公开栏张贴。",
    "群众也可通过县政府网站清溪镇政务公开专栏查阅。",
    "欢迎广大群众监督，监督电话：0736-6120345。",
    "镇纪委对公开工作全程监督。",
    "行动不便的群众可到所在村便民服务站由代办员帮助查询。",
];
const FILLER_RELIEF: &[&str] = &[
    "公示期内如有异议，请向镇民政办反映，也可拨打监督电话 0736-6120345。",
    "对公示对象的家庭经济状况有疑问的，可实名或匿名反映，镇人民政府将在 5 个工作日内核实。",
    "公示名单已隐去个人敏感信息。",
    "民政办将对保障对象实行动态管理，家庭情况发生变化的应及时告知。",
];
const FILLER_MONEY: &[&str] = &[
    "资金通过惠民惠农财政补贴资金“一卡通”直接发放到户，任何单位和个人不得截留挪用。",
    "发放对象如发现金额有误，请在公示期内向镇财政所反映。",
    "资金使用情况接受县财政局和审计部门检查。",
    "镇财政所对补贴资金实行专账核算、专款专用。",
];
const FILLER_PROJECT: &[&str] = &[
    "项目严格执行项目法人制、招标投标制、工程监理制和合同管理制。",
    "施工期间请过往群众注意安全，如对工程质量有意见可向镇项目办反映。",
    "项目竣工后将组织验收并公示验收结果。",
    "项目资金实行报账制管理。",
];
const FILLER_VILLAGE: &[&str] = &[
    "以上收支已经村务监督委员会审核。",
    "村民对公开内容有疑问的，可向村务监督委员会反映。",
    "本次公开内容已按“四议两公开”程序办理。",
    "村务公开栏张贴时间不少于 10 天。",
];

const PROJECTS: &[&str] = &[
    "通组公路硬化",
    "山塘清淤扩容",
    "农村安全饮水巩固提升",
    "村部综合服务平台改造",
    "高标准农田建设",
    "小型农田水利设施维修",
    "河道护岸整治",
    "村级文化广场建设",
    "农村户厕改造",
    "产业路建设",
    "危桥改造",
    "路灯安装",
];
const COMPANIES: &[&str] = &[
    "青山县宏远建筑工程有限公司",
    "青山县清源水利水电工程有限公司",
    "青山县路达公路工程有限公司",
    "青山县安居建设有限公司",
    "青山县恒信工程建设有限公司",
];
const NEWS: &[(&str, &str)] = &[
    ("清溪镇召开{y}年防汛抗旱工作部署会", "会议部署了汛期值班值守、山塘水库巡查和地质灾害隐患点监测工作，要求各村落实转移避险预案。"),
    ("清溪镇开展低保专项治理入户核查", "核查组逐户走访低保家庭，核实家庭收入、财产和人口变化，对不再符合条件的依规退出。"),
    ("清溪镇便民服务中心推行“一次性告知”服务", "各窗口对群众办事所需材料一次性告知到位，材料不全的出具一次性告知单，避免群众多跑路。"),
    ("清溪镇举办{y}年农村实用技术培训班", "培训邀请县农业农村局技术人员讲授水稻病虫害防治和油菜种植技术，200 余名群众参加。"),
    ("清溪镇推进农村人居环境整治", "全镇开展村庄清洁行动，清理房前屋后垃圾和沟渠淤泥，评选美丽庭院示范户。"),
    ("清溪镇开展宅基地和农村建房政策宣传", "工作人员进村入户讲解一户一宅、建房审批流程和农房通用图，引导群众先批后建。"),
    ("清溪镇开展{y}年城乡居民医保集中参保缴费", "镇社保服务大厅和各村便民服务站延时服务，帮助群众通过手机完成城乡居民医保缴费。"),
    ("清溪镇开展扶贫资金项目专项检查", "检查组对各村扶贫资金项目的资金拨付、项目验收和资产管护情况逐一核查。"),
];

fn record(opts: &GenerateOptions, i: usize) -> Record {
    let mut rng = Rng::for_object(opts.seed, STREAM_RECORDS, i);
    let d = if i % POLICY_EVERY == 0 { policy(opts, i / POLICY_EVERY, &mut rng) } else { ordinary(&mut rng) };

    // Body: specific sentences, then filler, within 80–300 characters.
    let mut sentences = d.sentences;
    let mut pool: Vec<&str> = d.filler.to_vec();
    pool.extend(FILLER_GENERAL.iter().filter(|s| !d.filler.contains(s)));
    let mut len: usize = sentences.iter().map(|s| s.chars().count()).sum();
    while len < 80 && !pool.is_empty() {
        let s = pool.remove(rng.below(pool.len()));
        len += s.chars().count();
        sentences.push(s.to_string());
    }
    while len > 300 && sentences.len() > 1 {
        if let Some(s) = sentences.pop() {
            len -= s.chars().count();
        }
    }
    let split = if sentences.len() >= 3 { 1 + rng.below(sentences.len() - 1) } else { sentences.len() };
    let mut body = vec![sentences[..split].concat()];
    if split < sentences.len() {
        body.push(sentences[split..].concat());
    }

    let related_items = match d.related_arch.first() {
        Some(_) => {
            let a = *rng.pick(d.related_arch);
            let candidates = if a < opts.items { (opts.items - a).div_ceil(ARCHES.len()) } else { 0 };
            if candidates == 0 {
                vec![]
            } else {
                vec![item_id(a + ARCHES.len() * rng.below(candidates))]
            }
        }
        None => vec![],
    };
    let summary = if rng.chance(40) { body[0].split('。').next().map(|s| format!("{s}。")) } else { None };
    Record {
        id: record_id(i),
        index_no: format!("{ORG_CODE}/{}-{:06}", d.published.year, i + 1),
        title: d.title,
        kind: d.kind,
        summary,
        category: Category { area: d.category.0.into(), level1: d.category.1.into(), level2: d.category.2.into() },
        topic: Some(d.topic.into()),
        basis: d.basis,
        deadline: d.deadline,
        publisher: GOV.into(),
        channels: d.channels,
        audience: d.audience,
        mode: DisclosureMode::Proactive,
        level: if d.village.is_some() { Level::Village } else { Level::Township },
        doc_number: d.doc_number,
        written: d.written,
        published: d.published,
        validity: d.validity,
        body,
        attachments: vec![],
        tables: d.table.into_iter().collect(),
        related_items,
        village: d.village.map(|v| VILLAGES[v].0.into()),
    }
}

fn policy(opts: &GenerateOptions, p: usize, rng: &mut Rng) -> Draft {
    let (subject, area, topic) = POLICY_SUBJECTS[p % POLICY_SUBJECTS.len()];
    let published = policy_published(opts, p);
    let written = Date::from_days_since_epoch(days(published) - rng.range(1, 10) as i64);
    let amended_from = predecessor_amended(opts, p);
    let title = if amended_from {
        format!("{GOV}关于印发修订后的《{subject}》的通知")
    } else {
        format!("{GOV}关于印发《{subject}》的通知")
    };
    let validity = match successor(opts, p) {
        Some(next) => Validity {
            status: ValidityStatus::Amended,
            effective: Some(published),
            changed: Some(policy_published(opts, next)),
            replaced_by: Some(record_id(next * POLICY_EVERY)),
            note: Some("本文件已修订，请以修订后的文件为准。".into()),
        },
        None if p % 13 == 5 && policy_year(p) <= 2024 => {
            let changed = Date::from_days_since_epoch((days(published) + rng.range(200, 600) as i64).min(days(GENERATED_DATE)));
            Validity {
                status: ValidityStatus::Repealed,
                effective: Some(published),
                changed: Some(changed),
                replaced_by: None,
                note: Some("因上级政策调整，本文件已废止。".into()),
            }
        }
        None => Validity { status: ValidityStatus::Valid, effective: Some(published), changed: None, replaced_by: None, note: None },
    };
    let mut sentences = vec![format!("各村（社区）、镇直各单位：现将《{subject}》印发给你们，请认真贯彻执行。")];
    if amended_from {
        sentences.push("原文件同时停止执行。".into());
    }
    sentences.push(format!("本文件自印发之日起施行，由{GOV}负责解释。"));
    Draft {
        kind: RecordKind::Policy,
        title,
        category: (area, "政策文件", "镇人民政府规范性文件"),
        topic,
        basis: vec![gov_info_basis()],
        deadline: after_event(20),
        channels: vec![Channel::Website, Channel::ReadingPoint, Channel::NoticeBoard],
        audience: RecordAudience::Public,
        sentences,
        filler: FILLER_GENERAL,
        table: None,
        village: None,
        related_arch: match topic {
            "ziran-ziyuan" => &[13],
            "shehui-jiuzhu" => &[0, 1, 2],
            "yanglao" => &[4],
            "sifa-tiaojie" => &[17],
            _ => &[],
        },
        doc_number: Some(policy_doc_number(p)),
        written: Some(written),
        validity: Some(validity),
        published,
    }
}

fn ordinary(rng: &mut Rng) -> Draft {
    let year = FIRST_YEAR + rng.below(YEARS) as u16;
    let published = date_in_year(rng, year);
    let v = rng.below(VILLAGES.len());
    let vname = VILLAGES[v].1;
    let m = published.month;
    let q = (m - 1) / 3 + 1;
    let notice = [Channel::Website, Channel::NoticeBoard, Channel::ReadingPoint];
    let base = Draft {
        kind: RecordKind::Other,
        title: String::new(),
        category: ("", "", ""),
        topic: "zhengwu-gongkai",
        basis: vec![gov_info_basis()],
        deadline: after_event(20),
        channels: notice.to_vec(),
        audience: RecordAudience::Public,
        sentences: vec![],
        filler: FILLER_GENERAL,
        table: None,
        village: None,
        related_arch: &[],
        doc_number: None,
        written: None,
        validity: None,
        published,
    };
    let end = Date::from_days_since_epoch(days(published) + 6);
    let period = format!("公示期 7 天（{}至{}）。", cn_date(published), cn_date(end));
    match rng.below(100) {
        // 结果公示
        0..=19 => {
            const DIBAO: &str = "根据《社会救助暂行办法》，经本人申请、入户调查、民主评议和镇人民政府审核，现将结果予以公示。";
            type Kind = (String, &'static str, &'static str, &'static [usize], &'static str, &'static str, (u32, u32), &'static str);
            let (title, l1, l2, arch, head, amount_col, amount_range, lead): Kind = match rng.below(5) {
                0 => (
                    format!("{TOWNSHIP}{year}年{m}月低保对象审核确认结果公示"),
                    "最低生活保障",
                    "低保对象认定结果",
                    &[0],
                    "保障人数",
                    "月保障金额（元）",
                    (300, 1800),
                    DIBAO,
                ),
                1 => (
                    format!("{vname}{year}年第{q}季度低保动态调整情况公示"),
                    "最低生活保障",
                    "低保动态管理",
                    &[0],
                    "保障人数",
                    "调整后月保障金额（元）",
                    (300, 1800),
                    "根据低保动态管理规定，经入户复核和镇人民政府审核，现将本季度低保调整情况予以公示。",
                ),
                2 => (
                    format!("{TOWNSHIP}{year}年第{}批特困人员认定结果公示", rng.range(1, 4)),
                    "特困人员救助供养",
                    "特困人员认定结果",
                    &[1],
                    "供养人数",
                    "月基本生活标准（元）",
                    (500, 1000),
                    "根据《社会救助暂行办法》和《特困人员认定办法》，经本人申请、调查核实和镇人民政府审核，现将认定结果予以公示。",
                ),
                3 => (
                    format!("{TOWNSHIP}{year}年{m}月临时救助对象名单公示"),
                    "临时救助",
                    "临时救助对象",
                    &[2],
                    "家庭人口",
                    "救助金额（元）",
                    (500, 5000),
                    "以下家庭因突发事件、意外伤害或重大疾病导致基本生活暂时困难，经审核给予临时救助，现予公示。",
                ),
                _ => (
                    format!("{TOWNSHIP}{year}年第{}批农村村民建房（宅基地）审批结果公示", rng.range(1, 6)),
                    "农村宅基地",
                    "宅基地和建房审批结果",
                    &[13],
                    "家庭人口",
                    "",
                    (0, 0),
                    "经村民小组讨论、村委会审查和镇人民政府联合踏勘审核，以下农户的建房申请符合一户一宅和村庄规划要求，现予公示。",
                ),
            };
            let housing = l1 == "农村宅基地";
            let rows = rng.range(3, 12) as usize;
            let table = Table {
                caption: format!("{}名单", title.trim_end_matches("公示")),
                columns: vec![
                    Column { title: "序号".into(), kind: ColumnType::Integer, mask: Mask::None },
                    Column { title: "村（社区）".into(), kind: ColumnType::Text, mask: Mask::None },
                    Column { title: if housing { "申请人" } else { "户主姓名" }.into(), kind: ColumnType::Text, mask: Mask::Name },
                    Column { title: head.into(), kind: ColumnType::Integer, mask: Mask::None },
                    if housing {
                        Column { title: "批准用地面积（平方米）".into(), kind: ColumnType::Integer, mask: Mask::None }
                    } else {
                        Column { title: amount_col.into(), kind: ColumnType::Money, mask: Mask::None }
                    },
                ],
                rows: (1..=rows)
                    .map(|n| {
                        let people = rng.range(1, 6);
                        let last = if housing { rng.range(90, 130).to_string() } else { yuan(rng.range(amount_range.0, amount_range.1) as i64 * 100) };
                        vec![n.to_string(), VILLAGES[rng.below(VILLAGES.len())].1.into(), masked_name(rng), people.to_string(), last]
                    })
                    .collect(),
                note: Some(format!("{period}监督电话：{MINZHENG_PHONE}（镇民政办）、{COMPLAINT_PHONE}（镇纪委）。")),
            };
            Draft {
                kind: RecordKind::Results,
                title,
                category: (if housing { "自然资源与规划" } else { "社会救助" }, l1, l2),
                topic: if housing { "ziran-ziyuan" } else { "shehui-jiuzhu" },
                basis: if housing {
                    vec![law("中华人民共和国土地管理法", Some("第六十二条")), gov_info_basis()]
                } else {
                    vec![basis(&("社会救助暂行办法", Some("国务院令第649号"), REG, Some("第十一条"))), gov_info_basis()]
                },
                deadline: after_event(if housing { 20 } else { 5 }),
                channels: vec![Channel::Website, Channel::NoticeBoard, Channel::ServiceCentre],
                audience: RecordAudience::Public,
                sentences: vec![lead.into(), period.clone()],
                filler: FILLER_RELIEF,
                table: Some(table),
                related_arch: arch,
                ..base
            }
        }
        // 涉农补贴
        20..=31 => {
            // 实际种粮农民一次性补贴 began in 2021; earlier years draw the other two.
            let which = if year >= 2021 { rng.below(3) } else { rng.below(2) };
            let (title, l2, rate) = match which {
                0 => (format!("{vname}{year}年耕地地力保护补贴发放情况公示"), "耕地地力保护补贴", rng.range(95, 125) as i64),
                1 => (format!("{vname}{year}年稻谷补贴发放明细公示"), "稻谷补贴", rng.range(60, 110) as i64),
                _ => (format!("{vname}{year}年实际种粮农民一次性补贴发放公示"), "实际种粮农民一次性补贴", rng.range(10, 30) as i64),
            };
            let farm_basis = if which == 0 {
                vec![basis(&("财政部 农业部关于全面推开农业“三项补贴”改革工作的通知", Some("财农〔2016〕26号"), DOC, None)), gov_info_basis()]
            } else {
                vec![gov_info_basis()]
            };
            let rows = rng.range(4, 15) as usize;
            let mut total = 0i64;
            let rows: Vec<Vec<String>> = (1..=rows)
                .map(|n| {
                    let area = rng.range(50, 900) as i64; // 0.01 亩
                    let fen = area * rate; // rate 元/亩 × area/100 亩 × 100 分
                    total += fen;
                    vec![n.to_string(), masked_name(rng), format!("{}.{:02}", area / 100, area % 100), yuan(fen)]
                })
                .collect();
            Draft {
                kind: RecordKind::FarmSubsidy,
                title,
                category: ("涉农补贴", "惠农补贴", l2),
                topic: "nongye-nongcun",
                basis: farm_basis,
                channels: vec![Channel::Website, Channel::NoticeBoard, Channel::TargetedPush],
                sentences: vec![
                    format!("{year}年{l2}标准为每亩 {rate} 元，按确权面积计算。"),
                    format!("本次公示共 {} 户，补贴金额合计 {} 元。", rows.len(), yuan(total)),
                ],
                filler: FILLER_MONEY,
                table: Some(Table {
                    caption: format!("{vname}{l2}发放明细"),
                    columns: vec![
                        Column { title: "序号".into(), kind: ColumnType::Integer, mask: Mask::None },
                        Column { title: "户主姓名".into(), kind: ColumnType::Text, mask: Mask::Name },
                        Column { title: "补贴面积（亩）".into(), kind: ColumnType::Text, mask: Mask::None },
                        Column { title: "补贴金额（元）".into(), kind: ColumnType::Money, mask: Mask::None },
                    ],
                    rows,
                    note: Some(format!("{period}监督电话：0736-6120102（镇惠农服务大厅）。")),
                }),
                village: Some(v),
                related_arch: &[20],
                ..base
            }
        }
        // 惠民资金
        32..=43 => match rng.below(3) {
            0 => {
                let name = if year <= 2020 { "扶贫资金" } else { "衔接推进乡村振兴补助资金（原扶贫资金）" };
                let short = if year <= 2020 { "扶贫资金" } else { "衔接资金" };
                let rows: Vec<Vec<String>> = (0..rng.range(2, 5))
                    .map(|_| {
                        let p = rng.pick(PROJECTS);
                        vec![format!("{}{p}项目", VILLAGES[rng.below(VILLAGES.len())].1), yuan(rng.range(50, 800) as i64 * 100_000)]
                    })
                    .collect();
                Draft {
                    kind: RecordKind::Subsidy,
                    title: format!("{TOWNSHIP}{year}年{short}项目安排情况公告"),
                    category: ("财政资金", "扶贫资金", "资金项目安排"),
                    topic: "caizheng-zijin",
                    sentences: vec![
                        format!("根据县里下达的{year}年{name}计划，经村级申报、镇级审核，现将本镇项目安排情况公告如下。"),
                        "公告期 10 天。".into(),
                    ],
                    filler: FILLER_PROJECT,
                    table: Some(Table {
                        caption: format!("{year}年{short}项目安排表"),
                        columns: vec![
                            Column { title: "项目名称".into(), kind: ColumnType::Text, mask: Mask::None },
                            Column { title: "资金规模（元）".into(), kind: ColumnType::Money, mask: Mask::None },
                        ],
                        rows,
                        note: Some(format!("监督电话：{COMPLAINT_PHONE}。")),
                    }),
                    ..base
                }
            }
            1 => {
                let rows: Vec<Vec<String>> = (1..=rng.range(4, 12))
                    .map(|n| {
                        let age = rng.range(80, 101);
                        let fen = if age >= 90 { 20_000 } else { 10_000 };
                        vec![n.to_string(), masked_name(rng), age.to_string(), yuan(fen)]
                    })
                    .collect();
                Draft {
                    kind: RecordKind::Subsidy,
                    title: format!("{TOWNSHIP}{year}年{m}月高龄津贴新增对象公示"),
                    category: ("养老服务", "高龄津贴", "高龄津贴发放对象"),
                    topic: "yanglao",
                    sentences: vec![
                        "以下老人年满 80 周岁，经本人或家属申请、镇民政办审核，拟从下月起发放高龄津贴。".into(),
                        period.clone(),
                    ],
                    filler: FILLER_MONEY,
                    table: Some(Table {
                        caption: "高龄津贴新增对象名单".into(),
                        columns: vec![
                            Column { title: "序号".into(), kind: ColumnType::Integer, mask: Mask::None },
                            Column { title: "姓名".into(), kind: ColumnType::Text, mask: Mask::Name },
                            Column { title: "年龄".into(), kind: ColumnType::Integer, mask: Mask::None },
                            Column { title: "月津贴（元）".into(), kind: ColumnType::Money, mask: Mask::None },
                        ],
                        rows,
                        note: Some(format!("{period}监督电话：{MINZHENG_PHONE}。")),
                    }),
                    related_arch: &[4],
                    ..base
                }
            }
            _ => Draft {
                kind: RecordKind::Subsidy,
                title: format!("{TOWNSHIP}{year}年第{q}季度困难残疾人生活补贴和重度残疾人护理补贴发放公示"),
                category: ("残疾人服务", "残疾人两项补贴", "补贴发放情况"),
                topic: "canjiren",
                sentences: vec![
                    format!("{year}年第{q}季度全镇发放困难残疾人生活补贴 {} 人、重度残疾人护理补贴 {} 人。", rng.range(60, 200), rng.range(80, 260)),
                    "补贴资金已通过社会保障卡发放到人。".into(),
                ],
                filler: FILLER_MONEY,
                related_arch: &[3],
                ..base
            },
        },
        // 财政预决算
        44..=49 => {
            let (what, l2) = *rng.pick(&[("预算", "部门预算"), ("决算", "部门决算"), ("“三公”经费预算", "“三公”经费")]);
            // A 决算 is of the year before the one it is published in.
            let of_year = if what == "决算" { year - 1 } else { year };
            let title = format!("{TOWNSHIP}{of_year}年镇级{what}公开");
            let lines: &[&str] = if l2 == "“三公”经费" {
                &["因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"]
            } else {
                &["一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "农林水支出", "城乡社区支出"]
            };
            let rows: Vec<Vec<String>> = lines
                .iter()
                .map(|l| {
                    let fen = if *l == "因公出国（境）费" { 0 } else { rng.range(20, 900) as i64 * 100_000 / if l2 == "“三公”经费" { 20 } else { 1 } };
                    vec![l.to_string(), yuan(fen)]
                })
                .collect();
            Draft {
                kind: RecordKind::Budget,
                title,
                category: ("财政资金", "财政预决算", l2),
                topic: "caizheng-zijin",
                basis: vec![law("中华人民共和国预算法", Some("第十四条")), gov_info_basis()],
                channels: vec![Channel::Website, Channel::ReadingPoint],
                sentences: vec![
                    format!("根据《中华人民共和国预算法》第十四条，现将{TOWNSHIP}{of_year}年镇级{what}情况公开如下。"),
                    "金额单位为元。".into(),
                ],
                table: Some(Table {
                    caption: format!("{of_year}年镇级{what}表"),
                    columns: vec![
                        Column { title: "科目".into(), kind: ColumnType::Text, mask: Mask::None },
                        Column { title: "金额（元）".into(), kind: ColumnType::Money, mask: Mask::None },
                    ],
                    rows,
                    note: None,
                }),
                ..base
            }
        }
        // 项目建设
        50..=59 => {
            let p = rng.pick(PROJECTS);
            Draft {
                kind: RecordKind::Project,
                title: format!("{vname}{year}年{p}项目实施情况公示"),
                category: ("项目建设", "重大建设项目", "项目实施情况"),
                topic: "xiangmu-jianshe",
                sentences: vec![
                    format!("项目名称：{vname}{p}项目。建设地点：{vname}。"),
                    format!("总投资 {} 万元，施工单位为{}。", rng.range(8, 300), rng.pick(COMPANIES)),
                ],
                filler: FILLER_PROJECT,
                village: if rng.chance(50) { Some(v) } else { None },
                ..base
            }
        }
        // 招投标
        60..=67 => {
            let p = rng.pick(PROJECTS);
            if rng.chance(50) {
                Draft {
                    kind: RecordKind::Tender,
                    title: format!("{TOWNSHIP}{vname}{p}项目招标公告"),
                    category: ("项目建设", "招标投标", "招标公告"),
                    topic: "xiangmu-jianshe",
                    basis: vec![law("中华人民共和国招标投标法", Some("第十六条")), gov_info_basis()],
                    deadline: Deadline::Realtime,
                    sentences: vec![
                        format!("{GOV}就{vname}{p}项目进行公开招标，欢迎符合条件的投标人参加。"),
                        format!("投标截止时间为{}上午 9 时。", cn_date(Date::from_days_since_epoch(days(published) + 20))),
                    ],
                    filler: FILLER_PROJECT,
                    ..base
                }
            } else {
                Draft {
                    kind: RecordKind::Tender,
                    title: format!("{TOWNSHIP}{vname}{p}项目中标结果公示"),
                    category: ("项目建设", "招标投标", "中标结果"),
                    topic: "xiangmu-jianshe",
                    basis: vec![basis(&("中华人民共和国招标投标法实施条例", Some("国务院令第613号"), REG, Some("第五十四条"))), gov_info_basis()],
                    deadline: Deadline::Realtime,
                    sentences: vec![
                        format!("{vname}{p}项目经评标委员会评审，第一中标候选人为{}。", rng.pick(COMPANIES)),
                        format!("中标价 {} 元，公示期 3 日。", yuan(rng.range(100, 3000) as i64 * 100_000 + rng.range(0, 99) as i64 * 100)),
                    ],
                    filler: FILLER_PROJECT,
                    ..base
                }
            }
        }
        // 村务公开
        68..=87 => {
            if rng.chance(60) {
                let items = ["上级转移支付", "集体资产租赁收入", "办公经费", "环境卫生保洁费", "水电费", "公益事业支出"];
                let rows: Vec<Vec<String>> = items
                    .iter()
                    .take(rng.range(3, 6) as usize)
                    .map(|s| vec![s.to_string(), yuan(rng.range(200, 80_000) as i64 * 100)])
                    .collect();
                Draft {
                    kind: RecordKind::VillageAffairs,
                    title: format!("{vname}{year}年{m}月财务收支情况公开"),
                    category: ("村务管理", "村级财务", "财务收支"),
                    topic: "cunwu-guanli",
                    basis: vec![law("中华人民共和国村民委员会组织法", Some("第三十条"))],
                    deadline: Deadline::Scheduled { every: Schedule::Monthly },
                    channels: vec![Channel::NoticeBoard, Channel::Website],
                    audience: RecordAudience::SpecificGroup,
                    sentences: vec![format!("现将{vname}{year}年{m}月财务收支情况公开如下，请村民监督。")],
                    filler: FILLER_VILLAGE,
                    table: Some(Table {
                        caption: format!("{vname}{year}年{m}月财务收支表"),
                        columns: vec![
                            Column { title: "收支项目".into(), kind: ColumnType::Text, mask: Mask::None },
                            Column { title: "金额（元）".into(), kind: ColumnType::Money, mask: Mask::None },
                        ],
                        rows,
                        note: Some("村务监督委员会已审核。".into()),
                    }),
                    village: Some(v),
                    ..base
                }
            } else {
                let matter = rng.pick(&["村级公益事业“一事一议”筹资筹劳", "集体山林承包", "村道维修", "低保评议结果", "集体土地征收补偿分配"]);
                Draft {
                    kind: RecordKind::VillageAffairs,
                    title: format!("{vname}{year}年第{q}季度村务公开"),
                    category: ("村务管理", "村务公开", "季度村务"),
                    topic: "cunwu-guanli",
                    basis: vec![law("中华人民共和国村民委员会组织法", Some("第三十条"))],
                    deadline: Deadline::Scheduled { every: Schedule::Quarterly },
                    channels: vec![Channel::NoticeBoard, Channel::Website],
                    audience: RecordAudience::SpecificGroup,
                    sentences: vec![format!("本季度{vname}讨论决定了{matter}等事项，均经村民代表会议表决通过。")],
                    filler: FILLER_VILLAGE,
                    village: Some(v),
                    ..base
                }
            }
        }
        // 工作动态
        88..=97 => {
            let (t, s) = rng.pick(NEWS);
            Draft {
                kind: RecordKind::News,
                title: t.replace("{y}", &year.to_string()),
                category: ("政务公开", "工作动态", "镇政府工作动态"),
                topic: "zhengwu-gongkai",
                basis: vec![gov_info_basis()],
                channels: vec![Channel::Website, Channel::SocialMedia],
                sentences: vec![format!("{}，{s}", cn_date(published))],
                related_arch: if t.contains("宅基地") {
                    &[13]
                } else if t.contains("低保") {
                    &[0]
                } else if t.contains("医保") {
                    &[11]
                } else {
                    &[]
                },
                ..base
            }
        }
        // 权责清单
        _ => Draft {
            kind: RecordKind::PowerList,
            title: format!("{GOV}权责清单（{year}年版）"),
            category: ("政务公开", "权责清单", "乡镇权责清单"),
            topic: "zhengwu-gongkai",
            sentences: vec![
                format!("根据县委编办的统一部署，现公布{GOV}{year}年版权责清单。"),
                format!("清单共列明行政权力事项 {} 项、公共服务事项 {} 项。", rng.range(60, 150), rng.range(30, 80)),
            ],
            ..base
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_matches_its_published_first_outputs() {
        // Reference values of SplitMix64 seeded with 0 (from the algorithm's reference code):
        // they pin the generator so the same seed gives the same feed on every version.
        let mut r = Rng(0);
        assert_eq!(r.next(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn policy_doc_numbers_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for p in 0..5000 {
            assert!(seen.insert(policy_doc_number(p)), "duplicate 文号 for policy {p}");
        }
    }

    #[test]
    fn amended_policies_point_to_a_later_policy_of_the_same_subject() {
        let opts = GenerateOptions { records: 3000, items: 50, seed: 7 };
        let mut amended = 0;
        for p in 0..300 {
            if let Some(next) = successor(&opts, p) {
                amended += 1;
                assert_eq!(p % POLICY_SUBJECTS.len(), next % POLICY_SUBJECTS.len());
                assert!(policy_published(&opts, next) > policy_published(&opts, p));
                assert!(next * POLICY_EVERY < opts.records);
            }
        }
        assert!(amended > 5);
    }
}
