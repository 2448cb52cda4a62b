"""涉农补贴 records: 耕地地力保护补贴 (a town summary and three village lists that add up to it),
农机购置与应用补贴, 森林生态效益补偿 and 畜禽强制免疫“先打后补”补助."""

from common import DOC, VILLAGES, lb
from records_common import AFTER20, GOV_INFO_21, WEB_BOARD, Names, col, idx, record, table, yuan

FARM = "nongye-nongcun"
SUBSIDY_DOC = lb("财政部 农业部关于全面推开农业“三项补贴”改革工作的通知", DOC, "财农〔2016〕26号")
RATE = 10850  # 耕地地力保护补贴，分/亩（2026年青山县标准 108.50 元/亩）
GROUPS = "一二三四五六七八九十"
VILLAGE_PHONE = {vid: f"0736-61221{n:02d}" for n, (vid, _, _) in enumerate(VILLAGES, start=1)}
DETAIL_VILLAGES = ["shiqiao", "fenglin", "taoyuan"]


def group_name(g):
    return (GROUPS[g] if g < 10 else "十" + GROUPS[g - 10]) + "组"


def households(vid, n):
    """Every subsidised household of one village: (组, 户主, 面积 in 0.01 亩, 金额 in 分).
    Fixed by the village's position, so the summary and the village lists always agree."""
    gen = Names(7919 * (n + 1))
    community = vid in ("qingxi", "baisha")
    out = []
    for g in range(2 if community else 6 + gen.pick(6)):
        for _ in range(18 + gen.pick(12 if community else 30)):
            area = 80 + gen.pick(700)
            out.append((group_name(g), gen(), area, (area * RATE + 50) // 100))
    return out


def mu(centimu):
    return f"{centimu // 100}.{centimu % 100:02d}"


def gengdi_summary():
    rows, hh, area, amount = [], 0, 0, 0
    for n, (vid, name, _) in enumerate(VILLAGES):
        hs = households(vid, n)
        a, m = sum(h[2] for h in hs), sum(h[3] for h in hs)
        rows.append([name, str(len(hs)), mu(a), yuan(m)])
        hh, area, amount = hh + len(hs), area + a, amount + m
    rows.append(["合计", str(hh), mu(area), yuan(amount)])
    return record(
        "gengdi-butie-2026", idx(2026, 201), "清溪镇2026年耕地地力保护补贴发放情况公示", "涉农补贴",
        ("农业农村", "耕地地力保护补贴", "补贴发放情况"), [GOV_INFO_21, SUBSIDY_DOC], AFTER20, "2026-06-30",
        ["2026年耕地地力保护补贴（粮补）已通过惠民惠农财政补贴资金“一卡通”发放到农户账户，现将各村（社区）发放情况公示如下。",
         "补贴标准为每亩 108.50 元，补贴面积以确权承包耕地面积为基础，扣除已改变用途和长年抛荒的耕地。",
         "各村（社区）的农户名单已于2026年5月在村务公开栏公示。对补贴面积和金额有异议的，请向所在村或镇惠农服务大厅反映，电话 0736-6120102；监督电话 0736-6120345。"],
        summary=f"全镇 {hh} 户农户领取耕地地力保护补贴，共 {yuan(amount)} 元。", topic=FARM, channels=WEB_BOARD,
        tables=[table("2026年耕地地力保护补贴发放情况（按村汇总）",
                      [col("村（社区）"), col("补贴户数（户）", "整数"), col("补贴面积（亩）"), col("补贴金额（元）", "金额")], rows)],
        related_items=["hn-gengdi-butie"])


def gengdi_village(k, vid):
    n = [v for v, _, _ in VILLAGES].index(vid)
    name = VILLAGES[n][1]
    hs = [h for h in households(vid, n) if h[0] == "一组"]
    rows = [[str(i), g, who, mu(a), yuan(m)] for i, (g, who, a, m) in enumerate(hs, start=1)]
    rows.append(["", "合计", "", mu(sum(h[2] for h in hs)), yuan(sum(h[3] for h in hs))])
    return record(
        f"gengdi-butie-2026-{vid}", idx(2026, 202 + k), f"{name}2026年耕地地力保护补贴农户名单公示（一组）", "涉农补贴",
        ("农业农村", "耕地地力保护补贴", "补贴对象名单"), [GOV_INFO_21, SUBSIDY_DOC], AFTER20, "2026-05-20",
        [f"经农户申报、村民小组核实，{name}一组 2026 年耕地地力保护补贴农户名单如下，补贴标准每亩 108.50 元。其他村民小组的名单在村务公开栏张贴。",
         f"公示期 7 天（2026年5月20日至5月26日）。对面积和金额有异议的，请向{name}便民服务站反映，电话 {VILLAGE_PHONE[vid]}；镇监督电话 0736-6120345。"],
        topic=FARM, channels=WEB_BOARD, village=vid,
        tables=[table(f"{name}一组耕地地力保护补贴农户名单",
                      [col("序号", "整数"), col("村民小组"), col("户主姓名", mask="姓名"), col("补贴面积（亩）"), col("补贴金额（元）", "金额")],
                      rows, "户主姓名已按规定隐去部分信息，不公开身份证号和银行账号。")],
        related_items=["hn-gengdi-butie"])


# 机具品目 and 单台补贴额（分）, after the province's 补贴额一览表 (fictional figures).
MACHINES = [("轮式拖拉机（50—70马力）", 980_000), ("履带式谷物联合收割机（4 公斤/秒以上）", 3_600_000),
            ("乘坐式高速插秧机（6 行）", 1_050_000), ("谷物烘干机（批处理量 10 吨以上）", 2_480_000),
            ("微耕机", 60_000), ("植保无人驾驶航空器", 500_000)]


def nongji_batch2():
    gen = Names(2026_88)
    rows, total = [], 0
    for i in range(1, 11):
        kind, each = MACHINES[gen.pick(len(MACHINES))]
        qty = 1 + (gen.pick(4) == 0 and each < 100_000)
        total += each * qty
        rows.append([str(i), VILLAGES[gen.pick(19)][1], gen(), kind, str(qty), yuan(each * qty)])
    rows.append(["", "合计", "", "", "", yuan(total)])
    return record(
        "nongji-butie-2026-2", idx(2026, 211), "清溪镇2026年第二批农机购置与应用补贴结算情况公示", "涉农补贴",
        ("农业农村", "农机购置与应用补贴", "补贴结算情况"), [GOV_INFO_21, lb("2024—2026年农机购置与应用补贴实施意见", DOC)],
        AFTER20, "2026-09-18",
        ["经青山县农业农村局核验，2026年第二批农机购置与应用补贴已结算，现将本镇购机者补贴情况公示如下。",
         "补贴额按省农机购置与应用补贴机具补贴额一览表执行。公示期 7 天（2026年9月18日至9月24日），举报电话 0736-6120102、0736-6120345。"],
        topic=FARM, channels=WEB_BOARD,
        tables=[table("2026年第二批农机购置与应用补贴结算情况", [col("序号", "整数"), col("村（社区）"), col("购机者", mask="姓名"),
                      col("机具品目"), col("数量（台）", "整数"), col("补贴金额（元）", "金额")], rows)],
        related_items=["hn-nongji-butie"])


FOREST_VILLAGES = {"shanmu": 6240, "qinglong": 4815, "maan": 7302, "jinzhu": 5128, "changchong": 3967,
                   "chayuan": 2854, "longquan": 4421, "zhushan": 6689, "meizi": 5310, "gaoqiao": 2176}


def gongyilin_2026():
    rows, area, total = [], 0, 0
    for vid, name, _ in VILLAGES:
        if vid in FOREST_VILLAGES:
            a = FOREST_VILLAGES[vid]
            rows.append([name, str(a), yuan(a * 1575)])
            area, total = area + a, total + a * 1575
    rows.append(["合计", str(area), yuan(total)])
    return record(
        "gongyilin-2026", idx(2026, 221), "清溪镇2026年森林生态效益补偿资金发放情况公示", "涉农补贴",
        ("农业农村", "森林生态效益补偿", "补偿资金发放情况"), [GOV_INFO_21], AFTER20, "2026-08-28",
        ["2026年国家级和省级公益林森林生态效益补偿资金已发放，现将各村发放情况公示如下。",
         "补偿标准为每亩每年 16 元，其中 15.75 元兑付给林权权利人（个人或村集体），0.25 元用于公共管护。",
         "各户明细在本村村务公开栏公示。咨询电话 0736-6120102；监督电话 0736-6120345。"],
        summary=f"10 个村 {area} 亩公益林，发放补偿资金 {yuan(total)} 元。", topic=FARM, channels=WEB_BOARD,
        tables=[table("2026年森林生态效益补偿资金发放情况", [col("村"), col("公益林面积（亩）", "整数"), col("补偿金额（元）", "金额")], rows)],
        related_items=["hn-shengtai-gongyilin"])


ANIMALS = [("生猪", "头", 200), ("牛", "头", 500), ("羊", "只", 200), ("家禽", "羽", 10)]


def xianda_houbu():
    gen = Names(2026_55)
    rows, total = [], 0
    for i in range(1, 9):
        kind, unit, rate = ANIMALS[gen.pick(len(ANIMALS))]
        qty = (300 + gen.pick(2700)) * (20 if kind == "家禽" else 1) // (10 if kind in ("牛", "羊") else 1)
        total += qty * rate
        rows.append([str(i), VILLAGES[gen.pick(19)][1], gen(), f"{kind}（{unit}）", f"{qty}", yuan(qty * rate)])
    rows.append(["", "合计", "", "", "", yuan(total)])
    return record(
        "xianda-houbu-2026h1", idx(2026, 231), "清溪镇2026年上半年畜禽强制免疫“先打后补”补助公示", "涉农补贴",
        ("农业农村", "动物防疫", "强制免疫补助"), [GOV_INFO_21, lb("中华人民共和国动物防疫法", "法律")], AFTER20, "2026-08-06",
        ["经镇畜牧兽医站核查和县动物疫病预防控制中心抽检，下列养殖场（户）2026年上半年自行实施强制免疫合格，拟给予“先打后补”补助。",
         "补助标准：生猪每头 2 元，牛每头 5 元，羊每只 2 元，家禽每羽 0.10 元。公示期 7 天（2026年8月6日至8月12日），监督电话 0736-6120345。"],
        topic=FARM, channels=WEB_BOARD,
        tables=[table("2026年上半年“先打后补”补助名单", [col("序号", "整数"), col("村（社区）"), col("养殖户", mask="姓名"), col("畜种"),
                      col("免疫数量", "整数"), col("补助金额（元）", "金额")], rows)],
        related_items=["hn-xianda-houbu"])


def records():
    return ([gengdi_summary()] + [gengdi_village(k, v) for k, v in enumerate(DETAIL_VILLAGES)]
            + [nongji_batch2(), gongyilin_2026(), xianda_houbu()])
