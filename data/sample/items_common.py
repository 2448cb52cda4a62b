"""Builders shared by the per-hall service-item modules (items_<hall>.py).

`item()` turns one guide written as keyword arguments into a dict with exactly the keys of
`ServiceItem` in model.rs, in the same order, filling what every guide of a hall shares: the 承办
窗口 and its phone, 办理地点, 咨询电话 and 监督投诉电话. Each hall module then only writes what is
particular to its items, so a reviewer reads the 八个公开 and not boilerplate.
"""

from common import (COMPLAINT, CREDIT_CODE, DEVOLUTION_DATE, DEVOLUTION_DOC, GOV, HALL_ORDER,
                    HALLS, hall_address, hall_phone, opt)

# 事项类型 segment of the 事项编码 (the same digits as crates/core/src/generate.rs uses).
KIND_CODE = {
    "行政许可": 1, "行政给付": 4, "行政确认": 7, "行政奖励": 8, "行政裁决": 9,
    "其他行政权力": 10, "行政备案": 11, "公共服务": 20,
}


def item_code(kind, hall, n):
    """事项编码 in the GB/T 39554.1-2020 style the generator uses: 实施机构统一社会信用代码 (18) +
    事项类型 (2) + 主项 (4: hall number and item number) + 子项和业务办理项 (6)."""
    main = (HALL_ORDER.index(hall) + 1) * 100 + n
    return f"{CREDIT_CODE}{KIND_CODE[kind]:02d}{main:04d}000001"


def devolved(department, mode="委托", document=DEVOLUTION_DOC, date=DEVOLUTION_DATE):
    """下放来源 of a power the county handed to the town (扩权强镇)."""
    return {"department": department, "document": document, "date": date, "mode": mode}


def window(hall, number):
    return f"{HALLS[hall][0]} {number} 号窗口"


def outcome(kind, name, note=None):
    return opt({"kind": kind, "name": name}, note=note)


def item(hall, n, id, name, kind, topic, summary, keywords, basis, requirements, materials, steps,
         legal, promised, result, updated, *, fee=None, audience=("自然人",), level="乡级",
         devolution=None, body=GOV, nature="法定机关", entrusted_by=None, window_no=None,
         visits=1, online="线下办理", online_url=None, limit_note=None, hours=None,
         address=None, window_name=None):
    """One service item with its 八个公开, keys in model order.

    `n` is the item's number within its hall (1, 2 …); with the hall it makes the 事项编码.
    `steps` is a list from common.step(); `basis` from common.lb(), highest level first.
    """
    if fee is None:
        fee = {"charged": False, "note": "不收费"}
    win_no = window_no if window_no is not None else first_window(hall)
    subject = opt({"body": body, "nature": nature}, entrusted_by=entrusted_by)
    subject["window"] = window_name or window(hall, win_no)
    subject["phone"] = hall_phone(hall)
    d = {
        "id": id,
        "code": item_code(kind, hall, n),
        "name": name,
        "kind": kind,
        "hall": hall,
        "topic": topic,
        "audience": list(audience),
        "level": level,
    }
    opt(d, devolved=devolution)
    d["summary"] = summary
    d["keywords"] = list(keywords)
    d["subject"] = subject
    d["basis"] = basis
    d["conditions"] = {"requirements": requirements, "materials": materials}
    d["procedure"] = opt({"steps": steps, "visits": visits, "online": online}, online_url=online_url)
    d["time_limit"] = opt({"legal_days": legal, "promised_days": promised}, note=limit_note)
    d["result"] = result
    d["fee"] = fee
    d["service"] = opt({"address": address or hall_address(hall)}, hours=hours)
    d["service"]["consult_phone"] = hall_phone(hall)
    d["service"]["complaint_phone"] = COMPLAINT
    d["updated"] = updated
    return d


def first_window(hall):
    """The first window number written in the hall's location (一楼 2—3 号窗口 → 2)."""
    location = HALLS[hall][1]
    digits = ""
    for ch in location.split("楼", 1)[1]:
        if ch.isdigit():
            digits += ch
        elif digits:
            break
    return int(digits)


ONLINE = "https://zwfw.qingshan.example"


def online(path):
    """网上办理地址 on the (fictional) county 政务服务网."""
    return f"{ONLINE}/{path}"
