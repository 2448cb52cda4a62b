"""村务公开 records, part 1: monthly 财务收支 (定期 每月) and quarterly 村务 (定期 每季度), published
by the village committees on their notice boards and service stations (公开层级 村级).

Monthly figures come from one fixed ledger per village for January to October, so a village's
September and October tables agree: October's 本年累计 is September's plus October's 本月."""

from common import LAW, VILLAGE_NAME, lb
from records_farm import households, mu
from records_common import MONTHLY, QUARTERLY, VILLAGE_LAW_30, Names, col, idx, record, table, yuan

VILLAGE_CH = ["村务公开栏", "便民服务站", "政府网站"]
FIN_RULE = lb("农村集体经济组织财务制度", "规范性文件")
CUNWU = "cunwu-guanli"
INCOME = ["上级转移支付（村级组织运转经费）", "集体资产出租收入", "上级项目补助资金", "其他收入"]
SPENDING = ["村干部报酬", "办公费和水电费", "公益事业支出（道路维修、路灯）", "保洁员工资", "其他支出"]


def committee(vid):
    name = VILLAGE_NAME[vid]
    return f"{name}居民委员会" if name.endswith("社区") else f"{name}民委员会"


def ledger(vid, seed):
    """Ten months of income and spending lines (分), and the balance brought forward from 2025."""
    gen = Names(seed)
    months = []
    for m in range(1, 11):
        income = [(0 if m % 3 else 9_000_000 + gen.pick(20) * 100_000),  # 运转经费按季度拨付
                  (120_000 + gen.pick(40) * 10_000) if m in (1, 7) else 0,
                  (6_000_000 if m == 8 and gen.pick(2) else 0),
                  gen.pick(30) * 1_000]
        spending = [2_350_000 + gen.pick(10) * 1_000,
                    180_000 + gen.pick(120) * 1_000,
                    gen.pick(4) * 250_000 + (4_800_000 if m == 9 and income[2] else 0),
                    320_000,
                    gen.pick(60) * 1_000]
        months.append((income, spending))
    return 5_000_000 + gen.pick(80) * 100_000, months


def finance(vid, month, n, published, seed):
    opening, months = ledger(vid, seed)
    this_in, this_out = months[month - 1]
    cum_in = [sum(months[k][0][i] for k in range(month)) for i in range(len(INCOME))]
    cum_out = [sum(months[k][1][i] for k in range(month)) for i in range(len(SPENDING))]
    rows = [["收入", name, yuan(a), yuan(c)] for name, a, c in zip(INCOME, this_in, cum_in)]
    rows.append(["收入", "收入合计", yuan(sum(this_in)), yuan(sum(cum_in))])
    rows += [["支出", name, yuan(a), yuan(c)] for name, a, c in zip(SPENDING, this_out, cum_out)]
    rows.append(["支出", "支出合计", yuan(sum(this_out)), yuan(sum(cum_out))])
    balance = opening + sum(cum_in) - sum(cum_out)
    name = VILLAGE_NAME[vid]
    return record(
        f"cunwu-caiwu-{vid}-2026-{month:02d}", idx(2026, n), f"{name}2026年{month}月财务收支公开", "村务公开",
        ("村务公开", "财务公开", "月度财务收支"), [VILLAGE_LAW_30, FIN_RULE], MONTHLY, published,
        [f"根据《中华人民共和国村民委员会组织法》第三十条，现将{name}2026年{month}月财务收支情况公开如下。",
         f"本表已经村务监督委员会（民主理财小组）审核。{month}月末集体资金结余 {yuan(balance)} 元，其中年初结余 {yuan(opening)} 元。",
         "村民对财务公开内容有疑问的，可以向村务监督委员会查询，或拨打镇农经服务大厅电话 0736-6120107 反映。"],
        topic=CUNWU, channels=VILLAGE_CH, level="村级", publisher=committee(vid), village=vid,
        tables=[table(f"{name}2026年{month}月财务收支表", [col("类别"), col("项目"), col("本月金额（元）", "金额"),
                      col("本年累计（元）", "金额")], rows, "审核：村务监督委员会。")],
        related_items=["nj-cunji-caiwu-chaxun"])


def shiqiao_area():
    """石桥村's subsidised area, taken from the same ledger as the 耕地地力保护补贴 records."""
    return mu(sum(h[2] for h in households("shiqiao", 0)))


# Quarterly 村务: (village, 索引号, published, matters as (事项, 内容, 办理结果), related items)
QUARTER = [
    ("shiqiao", 511, "2026-10-10", [
        ("低保", "受理低保申请 3 户，经村民代表民主评议后报镇审核", "镇审核确认 2 户，1 户家庭收入超过标准未通过"),
        ("宅基地和建房", "受理宅基地建房申请 2 户，村民小组会议讨论通过并公示 5 天", "已报镇审批，1 户获批"),
        ("耕地地力保护补贴", f"核实补贴面积 {shiqiao_area()} 亩", "已于 6 月底发放到户"),
        ("村级项目", "村部至枫林村公路提质改造，村里协助征求沿线农户意见", "7 月开工，按计划施工"),
        ("集体资产", "村部一楼门面续租，按“四议两公开”程序决定", "租期 3 年，租金按半年收取，已签合同")],
     ["mz-dibao", "gt-zhaijidi", "hn-gengdi-butie"]),
    ("fenglin", 512, "2026-10-12", [
        ("茶叶加工厂冷库", "使用扶贫资金建设冷库，村民代表会议确定选址", "主体完工，11 月验收"),
        ("一事一议", "枫林坳组至茶园道路硬化筹资筹劳方案通过村民代表会议", "已报镇审核"),
        ("临时救助", "协助 1 户因病致困家庭申请临时救助", "已获救助 2500 元"),
        ("宅基地", "受理宅基地申请 1 户，位于村庄规划建设范围内", "已报镇审批")],
     ["nj-yishiyiyi", "mz-linshi-jiuzhu", "gt-zhaijidi"]),
    ("hehua", 513, "2026-10-15", [
        ("高标准农田", "配合县里实施高标准农田建设，组织农户确认田块调整方案", "施工中，不影响秋收"),
        ("建房管理", "巡查发现 1 户未批先建，已劝停并引导申请宅基地和建房审批", "已补交申请，待审批"),
        ("低保动态管理", "复核低保户 14 户", "1 户因子女就业减发"),
        ("人居环境", "新增垃圾收集点 4 处，保洁员按月考核", "已完成")],
     ["gt-zhaijidi", "mz-dibao"]),
    ("qingxi", 514, "2026-10-09", [
        ("居民议事", "居民代表会议讨论老旧小区加装路灯", "已安装 26 盏"),
        ("城乡居民医保", "动员居民缴纳 2027 年度医保费", "已缴费 2317 人"),
        ("养老服务", "社区日间照料中心开放助餐服务", "每天就餐老人约 40 人"),
        ("低保", "受理低保申请 2 户", "1 户纳入，1 户正在核对")],
     ["sb-yibao-canbao", "mz-dibao"]),
]


def quarterly(vid, n, published, matters, related):
    name = VILLAGE_NAME[vid]
    rows = [[str(i), a, b, c] for i, (a, b, c) in enumerate(matters, start=1)]
    kind = "居务" if name.endswith("社区") else "村务"
    return record(
        f"cunwu-{vid}-2026q3", idx(2026, n), f"{name}2026年第三季度{kind}公开", "村务公开",
        ("村务公开", "村务公开", "季度村务公开"), [VILLAGE_LAW_30], QUARTERLY, published,
        [f"根据《中华人民共和国村民委员会组织法》第三十条，现将{name}2026年第三季度（7月至9月）{kind}公开如下。",
         "涉及村民利益的重大事项已按“四议两公开”程序办理。对公开内容有疑问的，可以向村务监督委员会反映。"],
        topic=CUNWU, channels=VILLAGE_CH, level="村级", publisher=committee(vid), village=vid,
        tables=[table(f"{name}2026年第三季度{kind}公开事项", [col("序号", "整数"), col("事项"), col("内容"), col("办理结果")], rows)],
        related_items=related)


def records():
    out = [finance("shiqiao", 9, 501, "2026-10-08", 31), finance("shiqiao", 10, 502, "2026-11-06", 31),
           finance("fenglin", 10, 503, "2026-11-06", 32), finance("taoyuan", 10, 504, "2026-11-09", 33),
           finance("qingxi", 10, 505, "2026-11-05", 34)]
    out += [quarterly(*q) for q in QUARTER]
    return out
