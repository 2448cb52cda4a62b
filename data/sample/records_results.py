"""结果公示 records: 低保, 特困, 临时救助, 危房改造, 宅基地审批, 计生奖励扶助, 养老保险代缴.
Names are masked (王*华); no ID or phone numbers appear. Each list states its 公示期 and 监督电话."""

from common import DOC, VILLAGES, lb
from records_common import (AFTER20, GOV_INFO_21, SHJZ_11, WEB_BOARD, Names, after, col, idx, record,
                            table, yuan)

RELIEF = "shehui-jiuzhu"
NAMES = [name for _, name, _ in VILLAGES]
DIBAO_RULE = lb("最低生活保障审核确认办法", DOC, "民发〔2021〕57号")
TEKUN_RULE = lb("特困人员认定办法", DOC, "民发〔2021〕43号")
WATCH = "监督电话：0736-6120345（镇纪委）、0736-6120103（镇民政服务大厅）。"
AFTER5 = after(5)


def period(start, end):
    return f"公示期：{start}至{end}（7 天）。公示期内对名单有异议的，可以实名或匿名向镇民政服务大厅反映，{WATCH}"


def dibao_new():
    gen = Names(2026_11)
    rows, people, money = [], 0, 0
    for i in range(1, 7):
        n = 1 + gen.pick(4)
        amount = n * (26_500 + gen.pick(16) * 1_000)
        people, money = people + n, money + amount
        rows.append([str(i), NAMES[gen.pick(21)], gen(), str(n), yuan(amount)])
    return record(
        "dibao-xinzeng-2026-11", idx(2026, 301), "清溪镇2026年11月最低生活保障新增对象公示", "结果公示",
        ("社会救助", "最低生活保障", "低保对象认定结果"), [SHJZ_11, DIBAO_RULE], AFTER5, "2026-11-16",
        ["根据《社会救助暂行办法》和《最低生活保障审核确认办法》，经本人申请、入户调查、家庭经济状况核对和民主评议，拟将下列家庭纳入最低生活保障，现予公示。",
         "青山县2026年农村低保标准为每人每月 500 元，城市低保标准为每人每月 680 元；月保障金额按家庭人均收入与标准的差额计算。",
         period("2026年11月16日", "11月22日")],
        summary=f"本月拟新增低保对象 6 户 {people} 人，月保障金额合计 {yuan(money)} 元。", topic=RELIEF, channels=WEB_BOARD,
        tables=[table("2026年11月新增低保对象名单", [col("序号", "整数"), col("村（社区）"), col("户主姓名", mask="姓名"),
                      col("保障人数", "整数"), col("月保障金额（元）", "金额")], rows, period("2026年11月16日", "11月22日"))],
        related_items=["mz-dibao"])


CHANGES = [("停保", "家庭人均收入超过低保标准"), ("停保", "家庭成员外出务工，收入增加"), ("减发", "子女参加工作"),
           ("增发", "家庭成员新增重度残疾"), ("停保", "唯一保障对象去世"), ("增发", "家庭成员患重病，支出增加")]


def dibao_change():
    gen = Names(2026_10)
    rows = []
    for i, (what, why) in enumerate(CHANGES, start=1):
        after_amount = 0 if what == "停保" else (2 + gen.pick(2)) * (24_000 + gen.pick(10) * 1_000)
        rows.append([str(i), NAMES[gen.pick(21)], gen(), what, why, yuan(after_amount)])
    return record(
        "dibao-biandong-2026-10", idx(2026, 302), "清溪镇2026年10月最低生活保障停保和调整情况公示", "结果公示",
        ("社会救助", "最低生活保障", "低保动态管理"), [SHJZ_11, DIBAO_RULE], AFTER5, "2026-10-20",
        ["根据低保对象定期核查结果，下列家庭的低保待遇作了停发或调整，从2026年11月起执行。",
         "停保家庭如家庭情况再次发生困难，可以重新申请；对结果有异议的，可自公示之日起 60 日内申请行政复议。",
         period("2026年10月20日", "10月26日")],
        topic=RELIEF, channels=WEB_BOARD,
        tables=[table("2026年10月低保停保和调整名单", [col("序号", "整数"), col("村（社区）"), col("户主姓名", mask="姓名"),
                      col("变动类型"), col("变动原因"), col("调整后月保障金额（元）", "金额")], rows)],
        related_items=["mz-dibao"])


def dibao_quarter():
    gen = Names(2026_9)
    rows, tot = [], [0, 0, 0]
    for name in NAMES:
        h = 6 + gen.pick(22)
        p = h + gen.pick(h + 1)
        m = p * (30_000 + gen.pick(60) * 100) * 3
        rows.append([name, str(h), str(p), yuan(m)])
        tot = [tot[0] + h, tot[1] + p, tot[2] + m]
    rows.append(["合计", str(tot[0]), str(tot[1]), yuan(tot[2])])
    return record(
        "dibao-2026q3", idx(2026, 303), "清溪镇2026年第三季度最低生活保障金发放情况公示", "结果公示",
        ("社会救助", "最低生活保障", "低保金发放情况"), [SHJZ_11, DIBAO_RULE], AFTER20, "2026-10-12",
        ["2026年第三季度（7月至9月）低保金已按月通过“一卡通”发放，现将各村（社区）低保户数、人数和发放金额公示如下。各户名单在本村（社区）村务公开栏公示。",
         WATCH],
        summary=f"第三季度全镇低保对象 {tot[0]} 户 {tot[1]} 人，发放低保金 {yuan(tot[2])} 元。", topic=RELIEF, channels=WEB_BOARD,
        tables=[table("2026年第三季度低保金发放情况", [col("村（社区）"), col("户数（户）", "整数"), col("人数（人）", "整数"),
                      col("发放金额（元）", "金额")], rows)],
        related_items=["mz-dibao"])


def tekun():
    gen = Names(2026_43)
    care = [("全自理", 0), ("半护理", 30_000), ("全护理", 60_000)]
    rows = []
    for i in range(1, 5):
        how, extra = care[gen.pick(3)]
        rows.append([str(i), NAMES[gen.pick(21)], gen(), "集中供养" if extra == 60_000 else "分散供养", how, yuan(65_000 + extra)])
    return record(
        "tekun-2026q3", idx(2026, 304), "清溪镇2026年第三季度特困人员认定结果公示", "结果公示",
        ("社会救助", "特困人员救助供养", "特困人员认定结果"), [SHJZ_11, TEKUN_RULE], AFTER5, "2026-09-22",
        ["根据《特困人员认定办法》，经本人申请、调查核实和审核，拟认定下列人员为特困人员（原“五保”对象），现予公示。",
         "基本生活标准为每人每月 650 元；照料护理标准：半护理每人每月 300 元，全护理每人每月 600 元。下表金额为两项合计。",
         period("2026年9月22日", "9月28日")],
        topic=RELIEF, channels=WEB_BOARD,
        tables=[table("2026年第三季度特困人员认定名单", [col("序号", "整数"), col("村（社区）"), col("姓名", mask="姓名"),
                      col("供养方式"), col("生活自理能力"), col("月救助供养金额（元）", "金额")], rows)],
        related_items=["mz-tekun"])


REASONS = ["突发重病住院", "房屋失火", "交通事故受伤", "意外伤害", "子女上学支出突然增加", "家庭主要劳动力去世"]


def linshi():
    gen = Names(2026_47)
    rows, total = [], 0
    for i in range(1, 10):
        amount = (8 + gen.pick(43)) * 10_000
        total += amount
        rows.append([str(i), NAMES[gen.pick(21)], gen(), REASONS[gen.pick(len(REASONS))], yuan(amount),
                     "镇人民政府" if amount <= 100_000 else "青山县民政局"])
    rows.append(["", "合计", "", "", yuan(total), ""])
    return record(
        "linshi-jiuzhu-2026q3", idx(2026, 305), "清溪镇2026年第三季度临时救助情况公示", "结果公示",
        ("社会救助", "临时救助", "临时救助对象和金额"),
        [lb("社会救助暂行办法", "行政法规", "国务院令第649号", "第四十九条"), lb("国务院关于全面建立临时救助制度的通知", DOC, "国发〔2014〕47号")],
        AFTER20, "2026-10-14",
        ["2026年第三季度全镇实施临时救助 9 人次，现将救助情况公示如下。1000 元以下由镇人民政府审批，超过 1000 元报青山县民政局审批。",
         WATCH],
        topic=RELIEF, channels=WEB_BOARD,
        tables=[table("2026年第三季度临时救助情况", [col("序号", "整数"), col("村（社区）"), col("救助对象", mask="姓名"), col("救助事由"),
                      col("救助金额（元）", "金额"), col("审批机关")], rows)],
        related_items=["mz-linshi-jiuzhu"])


def weifang():
    gen = Names(2026_35)
    kinds = ["农村低保户", "分散供养特困人员", "低保边缘家庭", "防止返贫监测对象"]
    rows, total = [], 0
    for i in range(1, 8):
        d = gen.pick(3) == 0
        amount = 3_500_000 if d else 1_200_000
        total += amount
        rows.append([str(i), NAMES[gen.pick(19)], gen(), kinds[gen.pick(4)], "D级" if d else "C级",
                     "拆除重建" if d else "加固维修", yuan(amount)])
    rows.append(["", "合计", "", "", "", "", yuan(total)])
    return record(
        "weifang-2026", idx(2026, 306), "清溪镇2026年农村危房改造对象公示", "结果公示",
        ("住房保障", "农村危房改造", "改造对象名单"),
        [GOV_INFO_21, lb("住房和城乡建设部 财政部 民政部 国家乡村振兴局关于做好农村低收入群体等重点对象住房安全保障工作的实施意见", DOC, "建村〔2021〕35号")],
        AFTER5, "2026-04-08",
        ["经农户申请、村民代表评议、镇组织房屋安全鉴定和审核，拟将下列农户列为2026年农村危房改造对象，现予公示。",
         "补助标准：拆除重建（D级）每户 3.5 万元，加固维修（C级）每户 1.2 万元，竣工验收合格后拨付。",
         period("2026年4月8日", "4月14日")],
        topic="zhufang-baozhang", channels=WEB_BOARD,
        tables=[table("2026年农村危房改造对象名单", [col("序号", "整数"), col("村"), col("户主姓名", mask="姓名"), col("对象类别"),
                      col("危房等级"), col("改造方式"), col("补助金额（元）", "金额")], rows)],
        related_items=["gt-weifang"])


def zhaijidi():
    gen = Names(2026_62)
    kinds = ["新建", "拆旧建新", "原址翻建"]
    rows = []
    for i in range(1, 12):
        kind = kinds[gen.pick(3)]
        rows.append([str(i), NAMES[gen.pick(19)], gen(), kind, str(100 + gen.pick(31)), str(2 + gen.pick(2)),
                     f"清宅批〔2026〕{40 + i * 2 + gen.pick(2):03d}号"])
    return record(
        "zhaijidi-pizhun-2026q3", idx(2026, 307), "清溪镇2026年第三季度农村宅基地和村民建房审批结果公布", "结果公示",
        ("自然资源", "农村宅基地", "宅基地审批结果"),
        [GOV_INFO_21, lb("农业农村部 自然资源部关于规范农村宅基地审批管理的通知", DOC, "农经发〔2019〕6号")],
        AFTER20, "2026-10-09",
        ["2026年第三季度，镇人民政府批准农村村民宅基地和建房申请 11 宗，现将审批结果公布如下。",
         "获批农户请在开工前预约批后丈量放线，按批准的位置、面积和层数建房，建成后申请竣工验收。未经批准擅自建房、超面积建房的，由镇人民政府依法处理。",
         "对审批结果有异议或发现违法建房的，请拨打镇国土规划服务大厅电话 0736-6120105 或监督电话 0736-6120345。"],
        summary="第三季度批准农村宅基地和村民建房申请 11 宗。", topic="ziran-ziyuan", channels=WEB_BOARD,
        tables=[table("2026年第三季度农村宅基地和建房审批结果", [col("序号", "整数"), col("村"), col("户主姓名", mask="姓名"),
                      col("建房类型"), col("批准用地面积（平方米）", "整数"), col("层数", "整数"), col("批准书编号")], rows)],
        related_items=["gt-zhaijidi", "gt-fangyang", "gt-jungong-yanshou"])


def jiangli():
    gen = Names(2026_21)
    rows = []
    for i in range(1, 11):
        rows.append([str(i), NAMES[gen.pick(21)], gen(), "女" if gen.pick(2) else "男", "1966",
                     "独生子女父母" if gen.pick(3) else "双女父母"])
    return record(
        "jiangli-fuzhu-2026", idx(2026, 308), "清溪镇2026年度农村部分计划生育家庭奖励扶助新增对象公示", "结果公示",
        ("计划生育", "奖励扶助", "奖励扶助对象确认"),
        [GOV_INFO_21, lb("国务院办公厅转发人口计生委财政部关于开展对农村部分计划生育家庭实行奖励扶助制度试点工作意见的通知", DOC, "国办发〔2004〕21号")],
        AFTER5, "2026-04-10",
        ["经本人申报、村级核实公示和镇审核，拟确认下列人员为2026年度农村部分计划生育家庭奖励扶助新增对象，报青山县卫生健康局审批。",
         "公示期：2026年4月10日至4月16日（7 天）。有异议的请向镇计生服务大厅反映，电话 0736-6120101；监督电话 0736-6120345。"],
        topic="jihua-shengyu", channels=WEB_BOARD,
        tables=[table("2026年度奖励扶助新增对象名单", [col("序号", "整数"), col("村（社区）"), col("姓名", mask="姓名"), col("性别"),
                      col("出生年份", "整数"), col("扶助类别")], rows)],
        related_items=["js-jiangli-fuzhu"])


def daijiao():
    gen = Names(2026_8)
    kinds = ["低保对象", "特困人员", "重度残疾人", "防止返贫监测对象"]
    rows, total, by_village = [], 0, {}
    for _ in range(186):
        v = NAMES[gen.pick(21)]
        k = gen.pick(4)
        by_village.setdefault(v, [0, 0, 0, 0])[k] += 1
    for v in NAMES:
        c = by_village.get(v, [0, 0, 0, 0])
        amount = sum(c) * 10_000
        total += amount
        rows.append([v] + [str(x) for x in c] + [yuan(amount)])
    rows.append(["合计"] + [str(sum(by_village.get(v, [0] * 4)[k] for v in NAMES)) for k in range(4)] + [yuan(total)])
    return record(
        "yanglao-daijiao-2026", idx(2026, 309), "清溪镇2026年城乡居民养老保险困难群体代缴保费情况公示", "结果公示",
        ("社会保险", "城乡居民养老保险", "困难群体代缴"),
        [GOV_INFO_21, lb("国务院关于建立统一的城乡居民基本养老保险制度的意见", DOC, "国发〔2014〕8号")], AFTER20, "2026-06-26",
        ["按照国发〔2014〕8号文件，对低保对象、特困人员、重度残疾人和防止返贫监测对象等缴费困难群体，由政府为其代缴最低档次养老保险费每人每年 100 元。",
         "2026年全镇代缴 186 人，现将各村（社区）代缴情况公示如下。咨询电话 0736-6120104；监督电话 0736-6120345。"],
        topic="shehui-baoxian", channels=WEB_BOARD,
        tables=[table("2026年城乡居民养老保险代缴情况", [col("村（社区）"), col("低保对象（人）", "整数"), col("特困人员（人）", "整数"),
                      col("重度残疾人（人）", "整数"), col("监测对象（人）", "整数"), col("代缴金额（元）", "金额")], rows)],
        related_items=["sb-yanglao-canbao"])


def records():
    return [dibao_new(), dibao_change(), dibao_quarter(), tekun(), linshi(), weifang(), zhaijidi(), jiangli(), daijiao()]
