//! Small hand-made feeds for the search tests: only the fields search reads vary, everything
//! else is filled with plausible constants so each test states just what it is about.

#![allow(dead_code)]

use gongkai_core::model::*;
use gongkai_core::types::{Date, DateTime};

pub fn date(s: &str) -> Date {
    Date::parse(s).expect("test dates are valid")
}

pub fn law(title: &str, doc_number: Option<&str>) -> LegalBasis {
    LegalBasis { title: title.into(), doc_number: doc_number.map(Into::into), level: LawLevel::Law, article: None, url: None }
}

/// A service item with the given searchable fields.
pub fn item(id: &str, code: &str, name: &str, summary: &str, keywords: &[&str], requirements: &[&str], materials: &[&str]) -> ServiceItem {
    ServiceItem {
        id: id.into(),
        code: code.into(),
        name: name.into(),
        kind: ItemKind::Payment,
        hall: "minzheng".into(),
        topic: "shehui-jiuzhu".into(),
        audience: vec![Audience::Person],
        level: Level::Township,
        devolved: None,
        summary: summary.into(),
        keywords: keywords.iter().map(|s| s.to_string()).collect(),
        subject: Subject {
            body: "清溪镇人民政府".into(),
            nature: BodyNature::Statutory,
            entrusted_by: None,
            window: "民政服务大厅 3 号窗口".into(),
            phone: "0571-00000000".into(),
        },
        basis: vec![law("社会救助暂行办法", Some("国务院令第649号"))],
        conditions: Conditions {
            requirements: requirements.iter().map(|s| s.to_string()).collect(),
            materials: materials
                .iter()
                .map(|m| Material { name: m.to_string(), form: MaterialForm::Original, copies: 1, required: true, note: None, sample_url: None })
                .collect(),
        },
        procedure: Procedure { steps: vec![], visits: 1, online: OnlineLevel::Offline, online_url: None },
        time_limit: TimeLimit { legal_days: 20, promised_days: 10, note: None },
        result: Outcome { kind: ResultKind::Other, name: "审批结果".into(), sample_url: None, note: None },
        fee: Fee { charged: false, basis: vec![], lines: vec![], note: None },
        service: ServiceInfo { address: "清溪镇便民服务中心".into(), hours: None, consult_phone: "0571-00000000".into(), complaint_phone: "12345".into() },
        updated: date("2026-01-05"),
    }
}

/// A disclosure record with the given searchable fields.
pub fn record(id: &str, index_no: &str, title: &str, summary: Option<&str>, body: &[&str], published: &str, doc_number: Option<&str>) -> Record {
    Record {
        id: id.into(),
        index_no: index_no.into(),
        title: title.into(),
        kind: RecordKind::Results,
        summary: summary.map(Into::into),
        category: Category { area: "社会救助".into(), level1: "临时救助".into(), level2: "救助对象名单".into() },
        topic: None,
        basis: vec![],
        deadline: Deadline::Realtime,
        publisher: "清溪镇人民政府".into(),
        channels: vec![Channel::Website],
        audience: RecordAudience::Public,
        mode: DisclosureMode::Proactive,
        level: Level::Township,
        doc_number: doc_number.map(Into::into),
        written: None,
        published: date(published),
        validity: None,
        body: body.iter().map(|s| s.to_string()).collect(),
        attachments: vec![],
        tables: vec![],
        related_items: vec![],
        village: None,
    }
}

pub fn feed(items: Vec<ServiceItem>, records: Vec<Record>) -> Feed {
    Feed {
        format: FORMAT_V1.into(),
        version: 1,
        generated_at: DateTime::parse("2026-11-20T09:00:00+08:00").expect("valid"),
        publisher: Publisher {
            name: "清溪镇人民政府".into(),
            township: "清溪镇".into(),
            division_code: "330100000000".into(),
            county: "青山县".into(),
            county_website: None,
            phone: None,
            address: None,
        },
        halls: vec![],
        villages: vec![],
        topics: vec![],
        life_events: vec![],
        synonyms: vec![],
        items,
        records,
    }
}

/// The township used by most search tests.
pub fn township() -> Feed {
    feed(
        vec![
            item(
                "dibao",
                "000115001000",
                "最低生活保障审核确认",
                "家庭人均收入低于当地低保标准的困难家庭，可以申请最低生活保障。",
                &["低保", "吃低保"],
                &["共同生活的家庭成员人均收入低于低保标准"],
                &["户口簿", "身份证"],
            ),
            item(
                "jianfang",
                "000113002000",
                "农村村民住宅用地及建房审批",
                "本村村民在宅基地上新建、改建、扩建住房，需申请乡村建设规划许可。",
                &["盖房", "宅基地"],
                &["符合一户一宅"],
                &["农村宅基地和建房（规划许可）申请表"],
            ),
            item(
                "canji",
                "000115004000",
                "残疾人两项补贴申领",
                "困难残疾人生活补贴和重度残疾人护理补贴。",
                &["残疾补贴"],
                &["持有第二代残疾人证"],
                &["残疾人证"],
            ),
            item("linshi", "000115003000", "临时救助", "因意外事件陷入困境的家庭可申请临时救助。", &[], &[], &["临时救助申请书"]),
        ],
        vec![
            record(
                "r-2024-dibao-q3",
                "QXZ-2024-00031",
                "2024年第三季度低保对象名单公示",
                Some("本季度新增低保对象12户。"),
                &["根据《最低生活保障审核确认办法》，现将名单公示如下。"],
                "2024-10-08",
                None,
            ),
            record(
                "r-2025-dibao-q1",
                "QXZ-2025-00007",
                "2025年第一季度低保对象名单公示",
                None,
                &["公示期7天，监督电话0571-88880000。"],
                "2025-04-03",
                None,
            ),
            record(
                "r-weifang",
                "QXZ-2025-00015",
                "关于下达2025年农村危房改造补助资金的通知",
                Some("下达扶贫资金和危房改造补助。"),
                &["各村：现将农村危房改造补助资金下达如下，请按规定使用扶贫资金。"],
                "2025-05-20",
                Some("清政发〔2025〕12号"),
            ),
            record(
                "r-zhaijidi",
                "QXZ-2025-00020",
                "石桥村2025年第二季度村务公开",
                None,
                &["本季度审批农村宅基地3宗，建房许可2件。", "二〇二五年六月三十日"],
                "2025-07-02",
                None,
            ),
            record(
                "r-policy",
                "QXZ-2019-00002",
                "清溪镇财政资金管理办法",
                Some("规范镇级财政资金和 PDF 附件管理。"),
                &["依据国发[2014]8号文件精神制定。"],
                "2019-03-01",
                Some("清政发〔2019〕3号"),
            ),
        ],
    )
}
