"""财政预决算, 三公经费, 惠民资金 and 扶贫资金 records. Every amount is computed in 分 from the
lines above it, so 合计 rows, the budget and the final account agree with each other."""

from common import DOC, LAW, lb
from records_common import (AFTER20, GOV_INFO_20, GOV_INFO_21, WEB, WEB_BOARD, Names, after, col, idx,
                            record, table, yuan)
from common import VILLAGES

BUDGET_LAW = lb("中华人民共和国预算法", LAW, article="第十四条")
BUDGET_RULES = lb("地方预决算公开操作规程", DOC, "财预〔2016〕143号")
APPROVED = after(14, "镇人民代表大会批准之日")
FIN = "caizheng-zijin"
W = 10000 * 100  # 一万元, in 分

# 功能分类科目: (编码, 名称, 2025 年预算, 2025 年决算（执行数）, 2026 年预算), in 元.
FUNCTIONS = [
    ("201", "一般公共服务支出", 12_500_000, 12_415_300, 12_860_000),
    ("204", "公共安全支出", 600_000, 586_200, 620_000),
    ("207", "文化旅游体育与传媒支出", 950_000, 1_102_400, 980_000),
    ("208", "社会保障和就业支出", 9_200_000, 9_087_600, 9_450_000),
    ("210", "卫生健康支出", 2_100_000, 2_046_800, 2_130_000),
    ("211", "节能环保支出", 1_500_000, 1_398_500, 1_560_000),
    ("212", "城乡社区支出", 4_300_000, 4_690_100, 4_280_000),
    ("213", "农林水支出", 11_800_000, 13_205_700, 12_640_000),
    ("214", "交通运输支出", 1_400_000, 1_486_300, 1_250_000),
    ("221", "住房保障支出", 650_000, 655_000, 690_000),
    ("224", "灾害防治及应急管理支出", 350_000, 372_100, 400_000),
]


def _total(k):
    return sum(f[k] for f in FUNCTIONS)


# 收入: (项目, 2025 年预算, 2026 年预算); 2025 年决算 follows below so that it balances.
REVENUE = [("体制返还收入", 8_300_000, 8_640_000), ("一般性转移支付收入", 26_900_000, 27_380_000),
           ("专项转移支付收入", 9_150_000, 9_860_000), ("上年结转", 1_000_000, 980_000)]
REVENUE_2025_ACTUAL = [8_412_600, 27_105_300, None, 1_000_000]  # None: 专项, the balancing figure


def _revenue_actual():
    known = sum(v for v in REVENUE_2025_ACTUAL if v is not None)
    return [v if v is not None else _total(3) - known for v in REVENUE_2025_ACTUAL]


def _pct(new, old):
    tenths = round((new - old) * 1000 / old)
    sign = "+" if tenths > 0 else ("-" if tenths < 0 else "")
    return f"{sign}{abs(tenths) // 10}.{abs(tenths) % 10}%"


def y(v):
    return yuan(v * 100)


def budget_2026():
    assert sum(r[2] for r in REVENUE) == _total(4) and sum(r[1] for r in REVENUE) == _total(2)
    actual = _revenue_actual()
    rev_rows = [[name, y(a), y(b26)] for (name, _, b26), a in zip(REVENUE, actual)]
    rev_rows.append(["收入合计", y(sum(actual)), y(_total(4))])
    exp_rows = [[code, name, y(act), y(b26), _pct(b26, act)] for code, name, _, act, b26 in FUNCTIONS]
    exp_rows.append(["", "支出合计", y(_total(3)), y(_total(4)), _pct(_total(4), _total(3))])
    return record(
        "yusuan-2026", idx(2026, 101), "清溪镇2026年镇级财政预算公开", "财政预决算",
        ("财政预决算", "财政预算", "镇级一般公共预算"), [BUDGET_LAW, BUDGET_RULES], APPROVED, "2026-01-30",
        ["2026年1月16日，清溪镇第十九届人民代表大会第六次会议审查批准了清溪镇2026年财政预算。根据《中华人民共和国预算法》第十四条，现在批准后二十日内向社会公开。",
         f"2026年全镇一般公共预算收入安排 {_total(4) // 10000} 万元，主要是县对镇的体制返还和转移支付；支出安排 {_total(4) // 10000} 万元，收支平衡。",
         "支出重点保障干部职工工资和村级组织运转，安排社会救助、养老保险代缴等民生支出，以及农村公路养护、农田水利和人居环境整治等农林水支出。",
         "本镇没有政府性基金预算和国有资本经营预算收支安排；2026年没有举借政府债务。"],
        summary="2026年镇级一般公共预算收支各 4686 万元，民生和农林水支出占六成以上。", topic=FIN,
        doc_number="清政发〔2026〕1号", written="2026-01-16",
        tables=[table("2026年一般公共预算收入表", [col("项目"), col("2025年执行数（元）", "金额"), col("2026年预算数（元）", "金额")], rev_rows),
                table("2026年一般公共预算支出表（按功能分类）",
                      [col("科目编码"), col("科目名称"), col("2025年执行数（元）", "金额"), col("2026年预算数（元）", "金额"), col("增减")],
                      exp_rows, "增减为2026年预算数比2025年执行数增加或减少的百分比。")],
        attachments=[{"name": "清溪镇2026年财政预算报告.pdf",
                      "url": "https://qingshan.example/qingxi/files/2026-yusuan.pdf", "format": "PDF", "size_bytes": 412672}])


def final_2025():
    rows = [[code, name, y(b), y(a), f"{round(a * 1000 / b) // 10}.{round(a * 1000 / b) % 10}%"]
            for code, name, b, a, _ in FUNCTIONS]
    rows.append(["", "支出合计", y(_total(2)), y(_total(3)),
                 f"{round(_total(3) * 1000 / _total(2)) // 10}.{round(_total(3) * 1000 / _total(2)) % 10}%"])
    return record(
        "juesuan-2025", idx(2026, 102), "清溪镇2025年镇级财政决算公开", "财政预决算",
        ("财政预决算", "财政决算", "镇级一般公共预算决算"), [BUDGET_LAW, BUDGET_RULES], APPROVED, "2026-07-24",
        ["2026年7月10日，清溪镇第十九届人民代表大会第七次会议审查批准了清溪镇2025年财政决算，现予公开。",
         f"2025年全镇一般公共预算支出 {_total(3) / 10000:.2f} 万元，完成预算的 {_total(3) * 100 / _total(2):.1f}%。",
         "农林水支出超过年初预算，主要是汛期水毁修复和县里追加下达的衔接推进乡村振兴补助资金；城乡社区支出增加，用于集镇污水管网维修和农村人居环境整治。",
         "交通运输支出超过预算，用于农村公路水毁修复；一般公共服务支出比预算节约，主要是压减办公经费和会议费。"],
        summary="2025年镇级一般公共预算支出决算与预算对照。", topic=FIN, doc_number="清政发〔2026〕9号", written="2026-07-10",
        tables=[table("2025年一般公共预算支出决算表（按功能分类）",
                      [col("科目编码"), col("科目名称"), col("预算数（元）", "金额"), col("决算数（元）", "金额"), col("完成预算")],
                      rows)])


def sangong():
    lines = [("因公出国（境）费", 0, 0, 0), ("公务用车购置费", 0, 0, 0),
             ("公务用车运行维护费", 18_600_000, 17_123_640, 18_000_000), ("公务接待费", 4_500_000, 3_862_000, 4_200_000)]
    rows = [[n, yuan(a), yuan(b), yuan(c)] for n, a, b, c in lines]
    rows.append(["合计"] + [yuan(sum(l[k] for l in lines)) for k in (1, 2, 3)])
    return record(
        "sangong-2025-2026", idx(2026, 103), "清溪镇2025年“三公”经费决算和2026年预算情况说明", "财政预决算",
        ("财政预决算", "“三公”经费", "“三公”经费预决算"), [BUDGET_LAW, BUDGET_RULES], APPROVED, "2026-07-24",
        ["根据《中华人民共和国预算法》和《地方预决算公开操作规程》，现将清溪镇2025年“三公”经费决算和2026年“三公”经费预算公开如下。2025年决算 20.99 万元，比预算减少 2.11 万元。",
         "本镇2025年没有因公出国（境），没有购置公务用车。公务用车保有量 3 辆，用于应急处置、防汛和执法；运行维护费比预算节约，主要是严格派车和减少长途用车。",
         "2025年公务接待 64 批次、411 人次，全部按标准在机关食堂安排工作餐，没有安排宴请。",
         "2026年“三公”经费预算 22.20 万元，比2025年预算减少 0.90 万元。"],
        summary="2025年“三公”经费决算 20.99 万元，比预算减少 2.11 万元；2026年预算 22.20 万元。", topic=FIN,
        tables=[table("“三公”经费预决算表", [col("项目"), col("2025年预算数（元）", "金额"), col("2025年决算数（元）", "金额"),
                                        col("2026年预算数（元）", "金额")], rows)])


# ───────────────────────── 惠民资金 ─────────────────────────

NAMES = [name for _, name, _ in VILLAGES]
ELDER_RATES = (5000, 10000, 50000)  # 高龄津贴，分/人/月: 80—89、90—99、100 岁以上
DISABLED_RATES = (9000, 10000, 8000)  # 生活补贴、护理补贴一级、护理补贴二级，分/人/月


def _counts(seed, ranges):
    """Deterministic per-village head counts, one tuple per village, each value within its range."""
    gen = Names(seed)
    return [tuple(lo + gen.pick(hi - lo + 1) for lo, hi in ranges) for _ in NAMES]


def _per_village(seed, ranges, rates, months, adjust=None):
    rows, totals = [], [0] * (len(ranges) + 1)
    all_counts = _counts(seed, ranges)
    if adjust:
        all_counts = [adjust(i, c) for i, c in enumerate(all_counts)]
    for name, counts in zip(NAMES, all_counts):
        amount = sum(c * r for c, r in zip(counts, rates)) * months
        rows.append([name] + [str(c) for c in counts] + [yuan(amount)])
        for k, c in enumerate(counts):
            totals[k] += c
        totals[-1] += amount
    rows.append(["合计"] + [str(t) for t in totals[:-1]] + [yuan(totals[-1])])
    return rows, totals


def gaoling_q3():
    # 百岁老人只有两位（桃源村、龙泉村各一位），不按随机数生成。
    rows, totals = _per_village(2026_3, [(18, 64), (2, 12), (0, 0)], ELDER_RATES, 3,
                                lambda i, c: (c[0], c[1], 1 if NAMES[i] in ("桃源村", "龙泉村") else 0))
    return record(
        "gaoling-2026q3", idx(2026, 121), "清溪镇2026年第三季度高龄津贴发放情况公示", "惠民资金",
        ("养老服务", "高龄津贴", "高龄津贴发放情况"), [GOV_INFO_21], AFTER20, "2026-10-15",
        ["2026年第三季度（7月至9月）高龄津贴已通过“一卡通”发放到位，现将各村（社区）发放情况公示如下。",
         "发放标准：80—89 周岁每人每月 50 元，90—99 周岁每人每月 100 元，100 周岁以上每人每月 500 元。",
         "对发放情况有疑问的，请向镇民政服务大厅咨询，电话 0736-6120103；监督电话 0736-6120345。"],
        summary=f"第三季度发放高龄津贴 {sum(totals[:-1])} 人，共 {yuan(totals[-1])} 元。", topic="yanglao",
        channels=WEB_BOARD,
        tables=[table("2026年第三季度高龄津贴发放情况", [col("村（社区）"), col("80—89周岁（人）", "整数"),
                      col("90—99周岁（人）", "整数"), col("100周岁以上（人）", "整数"), col("发放金额（元）", "金额")], rows)],
        related_items=["mz-gaoling-jintie"])


def liangxiang_oct():
    rows, totals = _per_village(2026_10, [(4, 26), (3, 18), (6, 24)], DISABLED_RATES, 1)
    return record(
        "liangxiang-2026-10", idx(2026, 122), "清溪镇2026年10月残疾人两项补贴发放情况公示", "惠民资金",
        ("残疾人服务", "残疾人两项补贴", "补贴发放情况"), [GOV_INFO_21], AFTER20, "2026-11-10",
        ["2026年10月困难残疾人生活补贴和重度残疾人护理补贴已发放到位，现将各村（社区）发放情况公示如下。",
         "发放标准：困难残疾人生活补贴每人每月 90 元；重度残疾人护理补贴一级每人每月 100 元、二级每人每月 80 元。",
         "公示期 7 天（2026年11月10日至11月16日）。咨询电话 0736-6120103；监督电话 0736-6120345。"],
        summary=f"10月发放残疾人两项补贴共 {yuan(totals[-1])} 元。", topic="canjiren", channels=WEB_BOARD,
        tables=[table("2026年10月残疾人两项补贴发放情况", [col("村（社区）"), col("生活补贴（人）", "整数"),
                      col("护理补贴一级（人）", "整数"), col("护理补贴二级（人）", "整数"), col("发放金额（元）", "金额")], rows)],
        related_items=["mz-canji-butie"])


# ───────────────────────── 扶贫资金（衔接资金） ─────────────────────────

FUPIN_BASIS = [GOV_INFO_21, lb("中央财政衔接推进乡村振兴补助资金管理办法", DOC)]


def fupin_2025():
    projects = [("枫林村茶叶加工厂扩建", "枫林村", 680_000, 46, "已完工，资产归村集体，收益按比例分配给脱贫户"),
                ("桃源村油茶基地抚育", "桃源村", 320_000, 38, "已完工，带动务工 52 人"),
                ("大坪村安全饮水巩固提升", "大坪村", 410_000, 67, "已完工，解决 3 个组季节性缺水"),
                ("黄泥村产业路硬化 1.2 公里", "黄泥村", 548_316, 29, "已完工并通过验收"),
                ("脱贫人口小额信贷贴息", "全镇", 86_420, 74, "已按季度贴息"),
                ("雨露计划职业教育补助", "全镇", 93_000, 31, "已发放，每生每学期 1500 元")]
    rows = [[n, v, y(a), str(h), s] for n, v, a, h, s in projects]
    total = sum(p[2] for p in projects)
    rows.append(["合计", "", y(total), str(sum(p[3] for p in projects)), ""])
    return record(
        "fupin-zijin-2025", idx(2026, 131), "清溪镇2025年度衔接推进乡村振兴补助资金（扶贫资金）使用情况公告", "惠民资金",
        ("乡村振兴", "衔接推进乡村振兴补助资金", "资金使用情况"), FUPIN_BASIS, AFTER20, "2026-03-12",
        [f"2025年全镇使用衔接推进乡村振兴补助资金（原财政专项扶贫资金，以下简称扶贫资金）{y(total)} 元，实施项目 6 个，现将资金使用情况公告如下。",
         "扶贫资金全部用于产业发展、基础设施和脱贫人口增收，项目建成的资产已登记入账，经营性资产收益优先用于脱贫户和监测户。",
         "对扶贫资金使用有疑问或发现违规使用的，请拨打监督电话 0736-6120345，或向青山县乡村振兴举报电话反映。"],
        summary=f"2025年使用扶贫资金 {y(total)} 元，实施项目 6 个。", topic=FIN, channels=WEB_BOARD,
        tables=[table("2025年度扶贫资金（衔接资金）使用情况", [col("项目名称"), col("实施地点"), col("资金（元）", "金额"),
                      col("受益户数（户次）", "整数"), col("完成情况")], rows)],
        related_items=["hn-fanpin-jiance", "hn-xiaoe-xindai"])


def xiaoe_tiexi():
    gen = Names(2026_6)
    rate_bp, days = 300, 181  # 年贴息率 3.00%（按贷款市场报价利率），2026年1月1日至6月30日
    rows, total = [], 0
    for n in range(1, 13):
        vid = gen.pick(19)
        principal = (2 + gen.pick(4)) * 10_000 * 100
        month = 1 + gen.pick(12)
        interest = (principal * rate_bp * days + 5_000 * 360) // (10_000 * 360)
        total += interest
        rows.append([str(n), NAMES[vid], gen(), yuan(principal), f"2025-{month:02d}-{1 + gen.pick(28):02d}", yuan(interest)])
    rows.append(["", "合计", "", "", "", yuan(total)])
    return record(
        "xiaoe-tiexi-2026h1", idx(2026, 132), "清溪镇2026年上半年脱贫人口小额信贷贴息资金发放公示", "惠民资金",
        ("乡村振兴", "脱贫人口小额信贷", "贴息资金发放"), FUPIN_BASIS, AFTER20, "2026-07-16",
        ["根据《关于深入扎实做好过渡期脱贫人口小额信贷工作的通知》（银保监发〔2021〕6号），2026年上半年脱贫人口小额信贷贴息资金已拨付到借款人账户。贴息资金从扶贫资金（衔接推进乡村振兴补助资金）中列支。",
         "贴息按年利率 3.00%、2026年1月1日至6月30日共 181 天计算。",
         "公示期 7 天（2026年7月16日至7月22日）。如有异议，请向镇惠农服务大厅反映，电话 0736-6120102；监督电话 0736-6120345。"],
        summary=f"上半年为 12 户脱贫户发放小额信贷贴息 {yuan(total)} 元。", topic=FIN, channels=WEB_BOARD,
        tables=[table("2026年上半年脱贫人口小额信贷贴息明细", [col("序号", "整数"), col("村（社区）"), col("借款人", mask="姓名"),
                      col("贷款金额（元）", "金额"), col("放款日期", "日期"), col("贴息金额（元）", "金额")], rows,
                      "借款人姓名已按规定隐去部分信息。")],
        related_items=["hn-xiaoe-xindai"])


def records():
    return [budget_2026(), final_2025(), sangong(), gaoling_q3(), liangxiang_oct(), fupin_2025(), xiaoe_tiexi()]
