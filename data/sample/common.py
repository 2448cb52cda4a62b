"""Shared constants and small builders for the sample township 青山县清溪镇 (fictional).

Everything here produces plain dicts in the exact shape of crates/core/src/model.rs (same keys,
same order), so build.py can dump them as JSON without any post-processing. Optional fields are
left out rather than written as null or "" (the validator flags empty optional text).
"""

GOV = "清溪镇人民政府"
TOWNSHIP = "清溪镇"
COUNTY = "青山县"
# 430799: a county code that does not exist in GB/T 2260 (常德市 has no 99); 101: the town.
DIVISION_CODE = "430799101000"
# 统一社会信用代码: 1 机构编制 · 1 机关 · 430799 · 组织机构代码 MB1C2458X · 校验码 Q.
CREDIT_CODE = "11430799MB1C2458XQ"
ORG_CODE = "MB1C2458X"
ADDRESS = "青山县清溪镇清溪大道 18 号"
CENTRE = "清溪镇便民服务中心"
COMPLAINT = "0736-6120345"
OFFICE_PHONE = "0736-6120100"
DEVOLUTION_DOC = "青山县人民政府关于向清溪镇下放部分县级行政权力事项的决定（青政发〔2023〕6号）"
DEVOLUTION_DATE = "2023-04-01"


def opt(d, **kw):
    """Adds the keyword fields that are not None, keeping insertion order."""
    for k, v in kw.items():
        if v is not None:
            d[k] = v
    return d


# ───────────────────────── opening hours ─────────────────────────

WEEKDAYS = [1, 2, 3, 4, 5]


def period(days, open_, close):
    return {"weekdays": days, "open": open_, "close": close}


def office_hours(note=None, saturday=False):
    periods = [period(WEEKDAYS, "08:30", "12:00"), period(WEEKDAYS, "14:30", "17:30")]
    if saturday:
        periods.append(period([6], "08:30", "12:00"))
    return opt({"periods": periods, "closed_on_public_holidays": True}, note=note)


# ───────────────────────── halls ─────────────────────────

# id → (name, location, phone, description, extra)
HALLS = {
    "jisheng": ("计生服务大厅", "清溪镇便民服务中心一楼 1 号窗口", "0736-6120101",
                "办理生育登记、育儿补贴申领、计划生育家庭奖励扶助和特别扶助等事项。"),
    "huinong": ("惠农服务大厅", "清溪镇便民服务中心一楼 2—3 号窗口", "0736-6120102",
                "办理耕地地力保护补贴、农机购置与应用补贴、林木采伐许可、农业保险投保和防止返贫监测帮扶等事项。"),
    "minzheng": ("民政服务大厅", "清溪镇便民服务中心一楼 4—6 号窗口", "0736-6120103",
                 "办理低保、特困供养、临时救助、残疾人两项补贴、高龄津贴、惠民殡葬和退役军人服务等事项。"),
    "shebao": ("社保服务大厅", "清溪镇便民服务中心一楼 7—8 号窗口", "0736-6120104",
               "办理城乡居民养老保险、城乡居民医疗保险、社会保障卡、就业失业登记和职业技能培训报名等事项。"),
    "guotu": ("国土规划服务大厅", "清溪镇便民服务中心二楼 9—10 号窗口", "0736-6120105",
              "办理农村宅基地和村民建房审批、乡村建设规划许可、建房竣工验收、农村危房改造、不动产登记受理和土地权属争议调处等事项。"),
    "zongzhi": ("综治司法服务大厅", "清溪镇便民服务中心二楼 11 号窗口", "0736-6120106",
                "办理人民调解、婚姻家庭纠纷调解、法律援助申请、法律咨询、见义勇为申报、社区矫正、安置帮教和信访事项受理等事项。"),
    "nongjing": ("农经服务大厅", "清溪镇便民服务中心二楼 12 号窗口", "0736-6120107",
                 "办理土地经营权流转、土地承包合同变更、承包经营纠纷调解、集体经济组织成员备案和一事一议方案审核等事项。"),
}

HALL_ORDER = ["jisheng", "huinong", "minzheng", "shebao", "guotu", "zongzhi", "nongjing"]


def hall_address(hall):
    name, location, _, _ = HALLS[hall]
    return f"{ADDRESS}，{location}（{name}）"


def hall_phone(hall):
    return HALLS[hall][2]


def build_halls():
    out = []
    for hid in HALL_ORDER:
        name, location, phone, desc = HALLS[hid]
        if hid == "shebao":
            hours = office_hours("周六上午延时服务，办理社保、医保业务；工作日中午可预约延时办理。", saturday=True)
        else:
            hours = office_hours("工作日中午和下班后可预约延时办理。")
        out.append({"id": hid, "name": name, "location": location, "hours": hours, "phone": phone,
                    "description": desc})
    return out


# ───────────────────────── villages ─────────────────────────

# (id, name, 所在位置说明)
VILLAGES = [
    ("shiqiao", "石桥村", "石桥村村部一楼（石桥组）"),
    ("fenglin", "枫林村", "枫林村村部一楼（枫林坳组）"),
    ("taoyuan", "桃源村", "桃源村村部一楼（桃花冲组）"),
    ("daping", "大坪村", "大坪村村部一楼（大坪组）"),
    ("shanmu", "杉木村", "杉木村村部一楼（杉木湾组）"),
    ("hehua", "荷花村", "荷花村村部一楼（荷塘组）"),
    ("qinglong", "青龙村", "青龙村村部一楼（龙口组）"),
    ("maan", "马鞍村", "马鞍村村部一楼（马鞍山组）"),
    ("liutang", "柳塘村", "柳塘村村部一楼（柳塘组）"),
    ("jinzhu", "金竹村", "金竹村村部一楼（金竹坪组）"),
    ("changchong", "长冲村", "长冲村村部一楼（长冲组）"),
    ("huangni", "黄泥村", "黄泥村村部一楼（黄泥坡组）"),
    ("shuangxi", "双溪村", "双溪村村部一楼（双溪口组）"),
    ("chayuan", "茶园村", "茶园村村部一楼（茶园组）"),
    ("longquan", "龙泉村", "龙泉村村部一楼（龙泉组）"),
    ("xinhua", "新华村", "新华村村部一楼（新华组）"),
    ("zhushan", "竹山村", "竹山村村部一楼（竹山组）"),
    ("meizi", "梅子村", "梅子村村部一楼（梅子垭组）"),
    ("gaoqiao", "高桥村", "高桥村村部一楼（高桥组）"),
    ("qingxi", "清溪社区", "清溪社区党群服务中心一楼（清溪大道 26 号）"),
    ("baisha", "白沙社区", "白沙社区党群服务中心一楼（白沙街 8 号）"),
]
VILLAGE_NAME = {vid: name for vid, name, _ in VILLAGES}


def build_villages():
    out = []
    for n, (vid, name, location) in enumerate(VILLAGES, start=1):
        community = name.endswith("社区")
        if community:
            hours = office_hours("社区干部轮流值班；行动不便的居民可预约上门代办。")
            agent = "社区便民服务代办员"
        else:
            hours = office_hours("村干部轮流值班；农忙季节和行动不便的村民可预约上门代办。")
            agent = "村便民服务代办员"
        out.append({
            "id": vid,
            "name": name,
            "station": {
                "name": f"{name}便民服务站",
                "location": location,
                "hours": hours,
                "phone": f"0736-61221{n:02d}",
                "agent": agent,
            },
        })
    return out


# ───────────────────────── topics ─────────────────────────

TOPICS = [
    ("shehui-jiuzhu", "社会救助"),
    ("shehui-baoxian", "社会保险"),
    ("jihua-shengyu", "计划生育与家庭"),
    ("nongye-nongcun", "农业农村"),
    ("ziran-ziyuan", "自然资源与规划"),
    ("zhufang-baozhang", "住房保障"),
    ("sifa-tiaojie", "司法调解"),
    ("canjiren", "残疾人服务"),
    ("yanglao", "养老服务"),
    ("tuiyi-junren", "退役军人服务"),
    ("caizheng-zijin", "财政资金"),
    ("cunwu-guanli", "村务管理"),
    ("jiuye", "就业创业"),
    ("xiangmu-jianshe", "项目建设"),
    ("shehui-shiwu", "社会事务"),
    ("anquan", "平安建设与安全"),
    ("zhengwu-gongkai", "政务公开"),
]


# ───────────────────────── legal bases ─────────────────────────

def lb(title, level, doc=None, article=None):
    return opt({"title": title}, doc_number=doc, level=level, article=article)


LAW, REG, LOCAL, RULE, DOC = "法律", "行政法规", "地方性法规", "规章", "规范性文件"


def gov_info(article="第二十条"):
    return lb("中华人民共和国政府信息公开条例", REG, "国务院令第711号", article)


# ───────────────────────── materials and steps ─────────────────────────

def mat(name, form="原件", copies=1, required=True, note=None):
    d = {"name": name, "form": form, "copies": copies}
    if not required:
        d["required"] = False
    return opt(d, note=note)


ID_CARD = mat("申请人居民身份证", note="现场核验后退还；委托他人代办的，还需代办人居民身份证")
HUKOU = mat("户口簿", note="现场核验后退还")


def step(name, description, work_days, counts=True):
    d = {"name": name, "description": description, "work_days": work_days}
    if not counts:
        d["counts_toward_limit"] = False
    return d


FREE = {"charged": False, "note": "不收费"}


def free(note):
    return {"charged": False, "note": note}
