"""权责清单 and 服务事项目录 (both generated from the service items, so they cannot drift from the
guides), the 政府信息公开 annual report and guide, and 工作动态 (news)."""

from common import HALLS, LAW, REG, lb
from records_common import (AFTER20, GOV_INFO_19, REALTIME, WEB, YEARLY, after, col, idx, record, table)

GOV_INFO = "中华人民共和国政府信息公开条例"
POWER_KINDS = ("行政许可", "行政给付", "行政确认", "行政裁决", "行政奖励", "行政备案", "其他行政权力")
RESPONSIBILITY = {
    "行政许可": "受理、审查、决定、送达，事后监管", "行政给付": "受理、调查核实、审核、发放，动态管理",
    "行政确认": "受理、审查、确认、送达", "行政裁决": "受理、调查、调解、裁决、送达",
    "行政备案": "受理、审查、备案，事后监督", "其他行政权力": "受理、审查、决定、送达",
    "行政奖励": "受理、审核、奖励、公示",
}
# Township powers that are not service guides (enforcement and inspection), with their bases.
OTHER_POWERS = [
    ("行政处罚", "在乡、村庄规划区内未取得乡村建设规划许可证或者未按许可证规定进行建设的处罚",
     "中华人民共和国城乡规划法 第六十五条", "责令停止建设、限期改正；逾期不改正的依法拆除"),
    ("行政检查", "对本行政区域内生产经营单位安全生产状况的监督检查",
     "中华人民共和国安全生产法 第九条", "制定检查计划，依法检查，发现隐患督促整改"),
    ("其他行政权力", "对村民委员会工作的指导", "中华人民共和国村民委员会组织法 第五条",
     "指导、支持和帮助村民委员会工作，不干预依法属于村民自治范围的事项"),
]


def _basis_text(b):
    return b["title"] + (f" {b['article']}" if "article" in b else "")


def power_list(items):
    rows = []
    for it in items:
        if it["kind"] in POWER_KINDS and it["level"] == "乡级":
            rows.append([it["kind"], it["name"], _basis_text(it["basis"][0]), RESPONSIBILITY[it["kind"]], HALLS[it["hall"]][0]])
    rows += [[k, n, b, r, "镇相关办（站、所）"] for k, n, b, r in OTHER_POWERS]
    rows = [[str(i)] + r for i, r in enumerate(rows, start=1)]
    related = [it["id"] for it in items if it["kind"] in POWER_KINDS and it["level"] == "乡级"]
    return record(
        "quanze-qingdan-2026", idx(2026, 701), "清溪镇人民政府权责清单（2026年版）", "权责清单",
        ("政务公开", "权责清单", "镇政府权责清单"),
        [lb("中华人民共和国地方各级人民代表大会和地方各级人民政府组织法", LAW), GOV_INFO_19],
        after(20, "权责清单调整之日"), "2026-04-30",
        ["根据法律法规和县人民政府下放权力事项的决定，现将清溪镇人民政府2026年版权责清单公布如下，共 "
         f"{len(rows)} 项。清单实行动态调整，法律法规变化的及时更新。",
         "清单以外的事项，镇人民政府不得擅自行使。对清单有意见的，请拨打 0736-6120100。"],
        topic="zhengwu-gongkai", channels=WEB, doc_number="清政发〔2026〕6号", written="2026-04-24",
        tables=[table("清溪镇人民政府权责清单", [col("序号", "整数"), col("权力类型"), col("事项名称"), col("实施依据"),
                      col("责任事项"), col("承办机构")], rows)],
        related_items=related)


def service_catalogue(items):
    rows = []
    for i, it in enumerate(items, start=1):
        rows.append([str(i), it["name"], it["kind"], HALLS[it["hall"]][0], str(it["time_limit"]["promised_days"]),
                     str(it["procedure"]["visits"]), "是" if it["fee"]["charged"] else "否"])
    return record(
        "fuwu-shixiang-mulu-2026", idx(2026, 702), "清溪镇便民服务中心服务事项目录（2026年）", "权责清单",
        ("政务服务", "服务事项目录", "便民服务中心事项目录"), [GOV_INFO_19, lb(GOV_INFO, REG, "国务院令第711号", "第二十一条")],
        AFTER20, "2026-11-10",
        [f"清溪镇便民服务中心 7 个服务大厅共办理 {len(items)} 项服务事项。每个事项的办事指南（办理主体、依据、条件、程序、时限、结果、收费依据和标准）可在本网站和中心一楼政务公开电子查阅点查询。",
         "承诺时限为 0 的事项当场办结；到现场次数为 0 的事项可全程网上办理。"],
        topic="zhengwu-gongkai", channels=WEB + ["便民服务站"],
        tables=[table("服务事项目录", [col("序号", "整数"), col("事项名称"), col("事项类型"), col("办理大厅"),
                      col("承诺时限（工作日）", "整数"), col("到现场次数", "整数"), col("是否收费")], rows)],
        related_items=[it["id"] for it in items])


def annual_report():
    rows = [["上年结转申请", "0"], ["本年新收申请", "6"], ["予以公开", "3"], ["部分公开", "1"],
            ["本机关不掌握相关信息", "1"], ["申请人撤回申请", "1"], ["结转下年度继续办理", "0"],
            ["行政复议", "0"], ["行政诉讼", "0"]]
    return record(
        "xinxi-gongkai-nianbao-2025", idx(2026, 711), "清溪镇人民政府2025年政府信息公开工作年度报告", "其他",
        ("政务公开", "政府信息公开年度报告", "年度报告"), [lb(GOV_INFO, REG, "国务院令第711号", "第四十九条、第五十条")],
        YEARLY, "2026-01-28",
        ["一、总体情况。2025年，清溪镇对照《基层政务公开标准目录》梳理公开事项，在县政府网站清溪镇栏目主动公开信息 214 条，其中政策文件 3 件、结果公示 68 条、财政资金信息 41 条、村务公开 72 条。",
         "二、主动公开。制发规范性文件 3 件，废止 1 件（《清溪镇农村村民建房管理暂行办法》，2025年12月31日废止），现行有效 12 件。",
         "三、依申请公开。全年收到申请 6 件，均在法定期限内答复，没有收费。",
         "四、存在的问题和改进措施。部分村务公开栏更新不及时；2026年将把村级财务公开纳入便民服务站季度考核，并在便民服务中心设置政务公开电子查阅点。"],
        topic="zhengwu-gongkai", channels=WEB,
        tables=[table("2025年依申请公开和复议诉讼情况", [col("项目"), col("件数", "整数")], rows)])


def guide():
    return record(
        "xinxi-gongkai-zhinan", idx(2026, 712), "清溪镇人民政府政府信息公开指南", "其他",
        ("政务公开", "政府信息公开指南", "公开指南"), [lb(GOV_INFO, REG, "国务院令第711号", "第十二条")],
        after(20), "2026-01-15",
        ["一、主动公开。本镇主动公开的信息在青山县人民政府网站“清溪镇”栏目、镇便民服务中心政务公开电子查阅点、各村（社区）便民服务站和村务公开栏发布。",
         "二、依申请公开。需要获取未主动公开的政府信息，可以向清溪镇人民政府党政综合办公室提出申请。地址：青山县清溪镇清溪大道 18 号；电话：0736-6120100；办公时间：工作日上午 8:30—12:00，下午 14:30—17:30。",
         "三、答复期限。能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内答复；需要延长的，经负责人同意并告知申请人，延长期限不超过 20 个工作日。",
         "四、收费。依申请提供政府信息不收取费用。",
         "五、监督。认为本机关在政府信息公开工作中侵犯其合法权益的，可以向青山县人民政府政务公开办公室投诉、举报，也可以依法申请行政复议或者提起行政诉讼。"],
        topic="zhengwu-gongkai", channels=WEB + ["便民服务站"])


# (id suffix, 索引号, published, title, body, topic, related items)
NEWS = [
    ("yanshi-fuwu", 721, "2026-11-18", "镇便民服务中心推出工作日午间和周六上午延时服务",
     ["从11月起，镇便民服务中心社保服务大厅每周六上午 8:30—12:00 开放，其他大厅工作日中午可提前一天预约延时办理。",
      "预约电话：各服务大厅咨询电话；行动不便的老人可联系所在村便民服务站预约上门代办。"], "zhengwu-gongkai", ["sb-yanglao-renzheng"]),
    ("dibao-fuhe", 722, "2026-11-03", "清溪镇完成第三季度低保动态复核",
     ["10月，镇民政服务大厅会同各村对全镇低保户进行了动态复核，入户核查 127 户，停保 3 户、调整保障金额 3 户。",
      "复核结果已在各村公示。家庭情况发生变化的低保户，应当及时向村便民服务站或镇民政服务大厅报告。"], "shehui-jiuzhu", ["mz-dibao"]),
    ("gonglu-jinzhan", 723, "2026-10-20", "石桥村至枫林村公路提质改造工程完成路基施工",
     ["截至10月18日，石桥村至枫林村公路提质改造工程已完成全部路基施工，正在浇筑水泥混凝土路面，预计11月底完工。",
      "施工期间实行半幅通行，请过往群众注意安全。"], "xiangmu-jianshe", []),
    ("chayuedian", 724, "2026-09-25", "镇政务公开电子查阅点开通长辈模式",
     ["镇便民服务中心一楼的政务公开电子查阅点已开通长辈模式，字体更大、按钮更大，并可以朗读页面内容。",
      "群众可以在查阅点查询办事指南、低保和补贴公示、村务公开等信息，工作人员现场帮助操作。"], "zhengwu-gongkai", []),
    ("jianfang-xuncha", 725, "2026-08-15", "清溪镇开展农村建房安全和宅基地使用巡查",
     ["8月，镇国土规划服务大厅会同各村对在建农房进行巡查，检查 46 户，发现未批先建 2 户、超面积建房 1 户，已责令停工整改。",
      "提醒村民：建房前要申请宅基地和乡村建设规划许可，开工前预约丈量放线，建成后申请竣工验收。"], "ziran-ziyuan",
     ["gt-zhaijidi", "gt-fangyang", "gt-jungong-yanshou"]),
    ("gengdi-fafang", 726, "2026-06-30", "2026年耕地地力保护补贴发放到户",
     ["6月29日，2026年耕地地力保护补贴已通过惠民惠农财政补贴资金“一卡通”发放到农户账户，补贴标准每亩 108.50 元。",
      "农户可以凭“一卡通”存折或用手机银行查询到账情况；有疑问的请联系所在村或镇惠农服务大厅。"], "nongye-nongcun", ["hn-gengdi-butie"]),
    ("renda-juesuan", 727, "2026-07-11", "镇人大会议审查批准2025年财政决算",
     ["7月10日，清溪镇第十九届人民代表大会第七次会议召开，审查批准了清溪镇2025年财政决算，听取了上半年预算执行情况的报告。",
      "决算批准后将在二十日内向社会公开。"], "caizheng-zijin", []),
]


def news():
    return [record(f"dongtai-{slug}", idx(2026, n), title, "工作动态", ("政务公开", "工作动态", "镇工作动态"),
                   [GOV_INFO_19], REALTIME, published, body, topic=topic, channels=WEB + ["两微一端"],
                   related_items=related or None)
            for slug, n, published, title, body, topic, related in NEWS]


def records(items):
    return [power_list(items), service_catalogue(items), annual_report(), guide()] + news()
