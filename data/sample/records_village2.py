"""村务公开 records, part 2: matters that are published at once (重大事项随时公布) — 一事一议 方案,
宅基地建房申请的村级公示, 低保民主评议结果, 集体山林发包, 村干部报酬, 集体收益分配 — and one
more quarterly 居务公开."""

from common import VILLAGE_NAME, lb
from records_common import Names, VILLAGE_LAW_30, after, col, idx, record, table, yuan
from records_village import CUNWU, VILLAGE_CH, committee, quarterly

AT_ONCE = after(5, "村民会议或村民代表会议作出决定之日")
HOMESTEAD = lb("农业农村部 自然资源部关于规范农村宅基地审批管理的通知", "规范性文件", "农经发〔2019〕6号")
GROUPS = ["枫林坳组", "茶园组", "上屋组", "下屋组", "新屋组", "岭脚组", "塘湾组"]


def village_record(vid, n, slug, title, level2, published, body, tables, related, deadline=AT_ONCE, basis=None, summary=None):
    return record(
        f"cunwu-{vid}-{slug}", idx(2026, n), f"{VILLAGE_NAME[vid]}{title}", "村务公开", ("村务公开", "重大事项", level2),
        basis or [VILLAGE_LAW_30], deadline, published, body, summary=summary, topic=CUNWU, channels=VILLAGE_CH,
        level="村级", publisher=committee(vid), village=vid, tables=tables, related_items=related)


def yishiyiyi():
    gen = Names(2026_71)
    rows, tot = [], [0, 0, 0, 0]
    for g in GROUPS:
        hh = 22 + gen.pick(20)
        people = hh * 3 + gen.pick(hh)
        labour = hh + gen.pick(hh)
        money, days = people * 2_000, labour * 2
        rows.append([g, str(hh), str(people), yuan(money), str(days)])
        tot = [tot[0] + hh, tot[1] + people, tot[2] + money, tot[3] + days]
    rows.append(["合计", str(tot[0]), str(tot[1]), yuan(tot[2]), str(tot[3])])
    return village_record(
        "fenglin", 521, "yishiyiyi-2026", "枫林坳组至茶园道路硬化一事一议筹资筹劳方案公示", "一事一议筹资筹劳", "2026-09-16",
        ["2026年9月12日，枫林村村民代表会议讨论通过了枫林坳组至茶园道路硬化一事一议筹资筹劳方案，应到代表 35 人，实到 31 人，同意 29 人。",
         "方案：硬化道路 1.1 公里，概算 46 万元，申请财政奖补后不足部分由村民筹资筹劳。筹资每人 20 元，筹劳每个劳动力 2 个工日；低保户、特困人员和重度残疾人免予筹资筹劳。",
         "公示期 7 天。公示无异议后报镇人民政府审核。村民有意见的，请向村务监督委员会或镇农经服务大厅（0736-6120107）反映。"],
        [table("各村民小组筹资筹劳情况", [col("村民小组"), col("户数（户）", "整数"), col("筹资人数（人）", "整数"),
               col("筹资金额（元）", "金额"), col("筹劳（工日）", "整数")], rows)],
        ["nj-yishiyiyi"], basis=[lb("中华人民共和国村民委员会组织法", "法律", article="第二十四条"), VILLAGE_LAW_30])


def homestead_applications():
    gen = Names(2026_12)
    groups = ["荷塘组", "上湾组", "新塘组", "老屋组"]
    kinds = ["新建（分户）", "拆旧建新", "原址翻建"]
    rows = []
    for i in range(1, 6):
        kind = kinds[gen.pick(3)]
        place = "原宅基地" if kind != "新建（分户）" else "村庄规划建设用地内空闲地"
        rows.append([str(i), groups[gen.pick(4)], gen(), str(3 + gen.pick(4)), str(100 + gen.pick(31)), kind, place])
    return village_record(
        "hehua", 522, "zhaijidi-2026-4", "2026年第四批农村宅基地和建房申请公示", "宅基地和建房申请", "2026-11-12",
        ["下列农户申请宅基地建房，已经所在村民小组会议讨论通过，村民委员会审查符合“一户一宅”和村庄规划要求，现予公示。",
         "公示期 5 天（2026年11月12日至11月16日）。对申请人资格、面积和选址有异议的，请向村民委员会或镇国土规划服务大厅（0736-6120105）反映。公示无异议后报镇人民政府审批。"],
        [table("农村宅基地和建房申请名单", [col("序号", "整数"), col("村民小组"), col("申请人", mask="姓名"), col("家庭人口（人）", "整数"),
               col("申请面积（平方米）", "整数"), col("建房类型"), col("拟选位置")], rows)],
        ["gt-zhaijidi"], deadline=after(5, "村民小组会议讨论通过之日"), basis=[VILLAGE_LAW_30, HOMESTEAD],
        summary="5 户农户申请宅基地建房，公示 5 天。")


def dibao_review():
    gen = Names(2026_13)
    rows = []
    for i in range(1, 6):
        new = gen.pick(3) != 0
        ok = gen.pick(4) != 0
        note = "家庭收入和财产符合条件" if ok else "家中有经营性车辆，财产状况不符合条件"
        rows.append([str(i), f"{['龙口', '上坪', '青龙湾', '石门'][gen.pick(4)]}组", gen(), "新申请" if new else "复核",
                     "同意上报" if ok else "不同意上报", note])
    return village_record(
        "qinglong", 523, "dibao-pingyi-2026-10", "2026年10月低保申请民主评议结果公示", "低保民主评议", "2026-10-28",
        ["2026年10月26日，青龙村召开低保民主评议会，镇包村干部、村“两委”成员、村务监督委员会成员和村民代表共 21 人参加，对下列低保申请和复核家庭进行了评议。",
         "公示期 7 天。评议结果报镇人民政府审核确认，最终结果以镇人民政府公示为准。监督电话 0736-6120345。"],
        [table("低保民主评议结果", [col("序号", "整数"), col("村民小组"), col("申请人", mask="姓名"), col("类型"), col("评议结果"), col("说明")], rows)],
        ["mz-dibao"], deadline=after(5, "民主评议之日"),
        basis=[VILLAGE_LAW_30, lb("最低生活保障审核确认办法", "规范性文件", "民发〔2021〕57号")])


def forest_lease():
    rows = [["标的", "杉木村后山集体林地经营权，面积 320 亩"], ["期限", "15 年（2026年10月至2041年9月）"],
            ["底价", "每亩每年 35 元"], ["报名竞价", "4 户（含本村农户 3 户）"], ["成交价", "每亩每年 42 元，年租金 13440.00 元"],
            ["承包方", "本村农户王*国"], ["决策程序", "村党组织提议、村“两委”商议、党员大会审议、村民代表会议决议，决议和结果公开"]]
    return village_record(
        "shanmu", 524, "linde-fabao-2026", "后山集体林地经营权发包竞价结果公示", "集体资产发包", "2026-09-05",
        ["杉木村后山集体林地经营权发包事项按“四议两公开”程序决定，于2026年9月2日在镇农村产权交易服务站公开竞价，结果公示如下。",
         "租金按年交村集体，纳入村级财务管理并按月公开。公示期 7 天，有异议的请向村务监督委员会反映。"],
        [table("发包竞价结果", [col("项目"), col("内容")], rows)], ["nj-chanquan-jiaoyi"])


def cadre_pay():
    rows = [["村党组织书记、村民委员会主任", "1", "3600.00", "按考核结果发放"], ["村“两委”副职", "2", "2800.00", "按考核结果发放"],
            ["村“两委”其他成员", "2", "2500.00", "按考核结果发放"], ["村务监督委员会主任", "1", "1200.00", "无"]]
    return village_record(
        "daping", 525, "ganbu-baochou-2026", "2026年村干部基本报酬和绩效考核办法公开", "村干部报酬", "2026-03-12",
        ["根据镇里制定的村干部报酬管理办法，经村民代表会议通报，现将大坪村2026年村干部基本报酬标准公开如下。只公开岗位，不公开个人信息。",
         "绩效报酬根据年度考核结果确定，年终考核结果另行公开。"],
        [table("2026年村干部基本报酬标准", [col("岗位"), col("人数", "整数"), col("月基本报酬（元）", "金额"), col("绩效报酬")], rows)],
        [], deadline=after(5, "村民代表会议通报之日"))


def income_share():
    total, members = 18_650_000, 1_286
    reserve = total // 10
    per_member = (total - reserve) // members // 100 * 100
    paid = per_member * members
    rows = [["2025年集体经营收益", yuan(total)], ["提取公积公益金（10%）", yuan(reserve)],
            ["可分配给成员的收益", yuan(total - reserve)], ["成员人数（人）", str(members)],
            ["每位成员分配", yuan(per_member)], ["实际分配合计", yuan(paid)], ["尾差转入下年", yuan(total - reserve - paid)]]
    return village_record(
        "changchong", 526, "shouyi-fenpei-2025", "股份经济合作社2025年度收益分配方案公示", "集体收益分配", "2026-04-18",
        ["长冲村股份经济合作社2025年度收益分配方案已经成员代表大会讨论通过，现予公示，公示无异议后报镇人民政府备案，5 月底前发放到成员账户。",
         "收益主要来自柑橘基地出租和光伏电站收益。对分配方案有异议的，请在 7 天内向村务监督委员会反映。"],
        [table("2025年度收益分配方案", [col("项目"), col("内容")], rows)], ["nj-shouyi-fenpei"],
        basis=[lb("中华人民共和国农村集体经济组织法", "法律"), VILLAGE_LAW_30])


def records():
    baisha = quarterly("baisha", 527, "2026-10-11", [
        ("居民议事", "居民代表会议讨论白沙街排水沟改造", "已完工"),
        ("社会保障", "为 12 户困难家庭申请临时救助和低保", "纳入低保 3 户，临时救助 5 户"),
        ("养老服务", "为 80 周岁以上老人核对高龄津贴信息", "新纳入 9 人，免申即享"),
        ("平安建设", "开展反诈骗宣传进楼栋 6 次", "已完成")], ["mz-dibao", "mz-linshi-jiuzhu", "mz-gaoling-jintie"])
    return [yishiyiyi(), homestead_applications(), dibao_review(), forest_lease(), cadre_pay(), income_share(), baisha]
