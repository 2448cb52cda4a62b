"""Builders shared by the disclosure-record modules (records_*.py).

A record is written as keyword arguments and comes out with exactly the keys of `Record` in
model.rs, in the same order. Money is computed in whole 分 (integers) and written as decimal
strings, so totals in a table always add up. Masked names come from a small fixed generator, not
from `random`, so the output is the same on every machine and Python version.
"""

from common import DOC, GOV, LAW, ORG_CODE, REG, lb, opt

# ───────────────────────── 公开时限 ─────────────────────────


def after(work_days=20, trigger="信息形成或者变更之日"):
    return {"type": "事后", "trigger": trigger, "work_days": work_days}


AFTER20 = after()
MONTHLY = {"type": "定期", "every": "每月"}
QUARTERLY = {"type": "定期", "every": "每季度"}
YEARLY = {"type": "定期", "every": "每年"}
REALTIME = {"type": "实时"}

# ───────────────────────── 公开依据 ─────────────────────────

GOV_INFO_19 = lb("中华人民共和国政府信息公开条例", REG, "国务院令第711号", "第十九条")
GOV_INFO_20 = lb("中华人民共和国政府信息公开条例", REG, "国务院令第711号", "第二十条")
GOV_INFO_21 = lb("中华人民共和国政府信息公开条例", REG, "国务院令第711号", "第二十一条")
STANDARD = lb("国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见", DOC, "国办发〔2019〕54号")
VILLAGE_LAW_30 = lb("中华人民共和国村民委员会组织法", LAW, article="第三十条")
SHJZ_11 = lb("社会救助暂行办法", REG, "国务院令第649号", "第十一条")

# ───────────────────────── 公开渠道 ─────────────────────────

WEB = ["政府网站", "公开查阅点", "政务服务中心"]
WEB_BOARD = ["政府网站", "公开查阅点", "便民服务站", "村务公开栏"]
BOARD = ["村务公开栏", "便民服务站"]


def idx(year, n):
    """索引号: 组织机构代码 / 年份 - 五位顺序号. Written out per record so it never changes."""
    return f"{ORG_CODE}/{year}-{n:05d}"


def record(id, index_no, title, kind, category, basis, deadline, published, body, *,
           summary=None, topic=None, channels=WEB, audience="全社会", mode="主动", level="乡级",
           doc_number=None, written=None, validity=None, attachments=None, tables=None,
           related_items=None, village=None, publisher=GOV):
    """One disclosure record, keys in model order. `category` is (领域, 一级事项, 二级事项)."""
    area, level1, level2 = category
    d = {"id": id, "index_no": index_no, "title": title, "kind": kind}
    opt(d, summary=summary)
    d["category"] = {"area": area, "level1": level1, "level2": level2}
    opt(d, topic=topic)
    d.update(basis=basis, deadline=deadline, publisher=publisher, channels=list(channels),
             audience=audience, mode=mode, level=level)
    opt(d, doc_number=doc_number, written=written)
    d["published"] = published
    opt(d, validity=validity)
    d["body"] = body
    if attachments:
        d["attachments"] = attachments
    if tables:
        d["tables"] = tables
    if related_items:
        d["related_items"] = related_items
    opt(d, village=village)
    return d


# ───────────────────────── tables ─────────────────────────


def col(title, kind="文本", mask=None):
    return opt({"title": title, "type": kind}, mask=mask)


def table(caption, columns, rows, note=None):
    for r in rows:
        assert len(r) == len(columns), (caption, r)
    return opt({"caption": caption, "columns": columns, "rows": rows}, note=note)


def yuan(fen):
    """分 → "1234.50"."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d}"


def fen(text):
    """"1234.5" → 123450 分 (for amounts written by hand in the modules)."""
    whole, _, frac = text.partition(".")
    return int(whole) * 100 + int((frac + "00")[:2])


def attachment(name, path, size, fmt="PDF"):
    return {"name": name, "url": f"https://qingshan.example/qingxi/files/{path}", "format": fmt,
            "size_bytes": size}


# ───────────────────────── masked names ─────────────────────────

SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭罗梁宋郑谢唐韩曹许邓彭曾肖田董袁潘蒋蔡余杜叶向覃"
GIVEN = "华明英芳军平强兰秀桂云红国清林珍建文生梅玉福春德勇辉霞翠金凤成新海香伟莲松志荣"


class Names:
    """A fixed sequence of masked names (王*华, 李*): a linear congruential generator with a fixed
    seed per table, so each list is stable and two lists do not repeat each other."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def _next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n

    def __call__(self):
        surname = SURNAMES[self._next(len(SURNAMES))]
        if self._next(5) == 0:
            return f"{surname}*"
        return f"{surname}*{GIVEN[self._next(len(GIVEN))]}"

    def pick(self, n):
        return self._next(n)
