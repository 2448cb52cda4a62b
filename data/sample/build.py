#!/usr/bin/env python3
"""Builds the bundled sample feed of the fictional township 青山县清溪镇: public/data/feed.json.

    python3 data/sample/build.py            # writes public/data/feed.json
    python3 data/sample/build.py --stdout   # prints the feed instead (the Rust test compares it)
    python3 data/sample/build.py --check    # exits 1 if the committed feed.json is out of date

The output is deterministic (no clock, no randomness, no dict-order surprises), so the committed
file and this script cannot drift without `cargo test -p gongkai-core --test sample_feed` failing.
Before writing, the feed is checked against the rules the sample promises (see `check`); a broken
sample stops the build with a plain message instead of producing a bad file.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # running the tests must not leave __pycache__ in the repository

import catalog  # noqa: E402
import common  # noqa: E402
import items_guotu, items_huinong, items_jisheng, items_minzheng, items_nongjing, items_shebao, items_zongzhi  # noqa: E402,E401
import records_farm, records_finance, records_lists, records_policy, records_projects, records_results  # noqa: E402,E401
import records_village, records_village2  # noqa: E402,E401

OUT = os.path.join(HERE, "..", "..", "public", "data", "feed.json")
VERSION = 12
GENERATED_AT = "2026-11-20T09:00:00+08:00"
LATEST_DATE = GENERATED_AT[:10]
ITEM_MODULES = [items_jisheng, items_huinong, items_minzheng, items_shebao, items_guotu, items_zongzhi, items_nongjing]


def build():
    items = [it for m in ITEM_MODULES for it in m.items()]
    records = (records_policy.records() + records_finance.records() + records_farm.records()
               + records_results.records() + records_projects.records() + records_village.records()
               + records_village2.records() + records_lists.records(items))
    return {
        "format": "gongkai-feed/1",
        "version": VERSION,
        "generated_at": GENERATED_AT,
        "publisher": catalog.publisher(),
        "halls": common.build_halls(),
        "villages": common.build_villages(),
        "topics": catalog.topics(),
        "life_events": catalog.life_events(),
        "synonyms": catalog.synonyms(),
        "items": items,
        "records": records,
    }


# ───────────────────────── checks ─────────────────────────

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONEY = re.compile(r"^-?(0|[1-9]\d{0,12})(\.\d{1,2})?$")


def strings(value, path="$"):
    """Every string in the feed with its path, for the text-wide checks."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from strings(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from strings(v, f"{path}[{i}]")


def check(feed):
    problems = []

    def need(ok, message):
        if not ok:
            problems.append(message)

    ids = {}
    for part in ("halls", "villages", "topics", "life_events", "items", "records"):
        seen = [x["id"] for x in feed[part]]
        need(len(seen) == len(set(seen)), f"{part}: duplicate ids")
        for i in seen:
            need(bool(ID.match(i)), f"{part}: bad id {i}")
        ids[part] = set(seen)
    need(len({i["code"] for i in feed["items"]}) == len(feed["items"]), "duplicate item codes")
    need(len({r["index_no"] for r in feed["records"]}) == len(feed["records"]), "duplicate 索引号")

    need(len(feed["halls"]) == 7 and len(feed["villages"]) == 21, "7 halls and 21 villages")
    need(len(feed["items"]) >= 63 and len(feed["records"]) >= 63, "at least 63 items and 63 records")
    need(len(feed["life_events"]) >= 8 and len(feed["synonyms"]) >= 15, "life events and synonyms")
    for hall in ids["halls"]:
        need(sum(it["hall"] == hall for it in feed["items"]) >= 8, f"hall {hall} has fewer than 8 items")

    for ev in feed["life_events"]:
        for i in ev["items"]:
            need(i in ids["items"], f"life event {ev['id']}: unknown item {i}")
    for it in feed["items"]:
        where = f"item {it['id']}"
        need(it["hall"] in ids["halls"] and it["topic"] in ids["topics"], f"{where}: hall or topic")
        need(bool(it["basis"] and it["procedure"]["steps"] and it["conditions"]["materials"]), f"{where}: empty 八个公开")
        tl = it["time_limit"]
        counted = sum(s["work_days"] for s in it["procedure"]["steps"] if s.get("counts_toward_limit", True))
        need(tl["promised_days"] <= tl["legal_days"] and counted <= tl["legal_days"], f"{where}: time limits")
        need(it["updated"] <= LATEST_DATE and it["updated"].startswith("2026"), f"{where}: updated date")
        need((it["subject"]["nature"] == "受委托单位") == ("entrusted_by" in it["subject"]), f"{where}: entrusted_by")
        if it["procedure"]["visits"] == 0:
            need(it["procedure"]["online"] == "全程网办" and "online_url" in it["procedure"], f"{where}: visits 0")
        fee = it["fee"]
        if fee["charged"]:
            docs = [b["title"] for b in fee["basis"]] + [b.get("doc_number", "") for b in fee["basis"]]
            for line in fee["lines"]:
                need(any(d and d in line["basis"] for d in docs), f"{where}: fee line basis")
                need(bool(MONEY.match(line["amount"])), f"{where}: fee amount")
    charged = sum(it["fee"]["charged"] for it in feed["items"])
    need(2 <= charged <= 4, f"{charged} charged items (want 2–4)")

    statuses = [r["validity"]["status"] for r in feed["records"] if "validity" in r]
    need(statuses.count("已废止") == 1 and statuses.count("已修订") == 1, "exactly one 已废止 and one 已修订")
    for r in feed["records"]:
        where = f"record {r['id']}"
        need(r["published"] <= LATEST_DATE and r.get("written", "") <= r["published"], f"{where}: dates")
        need(r.get("topic", "shehui-jiuzhu") in ids["topics"], f"{where}: topic")
        need(r.get("village", "shiqiao") in ids["villages"], f"{where}: village")
        for i in r.get("related_items", []):
            need(i in ids["items"], f"{where}: unknown related item {i}")
        v = r.get("validity")
        if v and v["status"] != "有效":
            need(v.get("replaced_by") in ids["records"] and v["changed"] <= LATEST_DATE, f"{where}: validity")
        if r["kind"] == "村务公开":
            need("village" in r and r["level"] == "村级", f"{where}: 村务公开 needs its village")
        for t in r.get("tables", []):
            for row in t["rows"]:
                need(len(row) == len(t["columns"]), f"{where}: row length in {t['caption']}")
                for c, cell in zip(t["columns"], row):
                    need(not re.search(r"(?<!\d)(\d{17}[\dXx]|1[3-9]\d{9})(?!\d)", cell), f"{where}: personal number")
                    if cell and c["type"] == "整数":
                        need(cell.isdigit(), f"{where}: integer cell {cell}")
                    if cell and c["type"] == "金额":
                        need(bool(MONEY.match(cell)), f"{where}: money cell {cell}")
                    if cell and c["type"] == "日期":
                        need(bool(DATE.match(cell)) and cell <= LATEST_DATE, f"{where}: date cell {cell}")
                    if cell and c.get("mask") == "姓名":
                        need("*" in cell, f"{where}: unmasked name {cell}")

    texts = [r["title"] + "".join(r["body"]) + r.get("summary", "") for r in feed["records"]]
    for word, least in (("扶贫资金", 3), ("宅基地", 3), ("建房", 3), ("低保", 3)):
        need(sum(word in t for t in texts) >= least, f"fewer than {least} records mention {word}")
    for path, s in strings(feed):
        need("<" not in s and ">" not in s, f"{path}: angle bracket in text")
        need(s == s.strip() and (s != "" or ".rows[" in path), f"{path}: empty or padded text")
        need(not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", s), f"{path}: mobile number")
    return problems


def render(feed):
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    feed = build()
    problems = check(feed)
    if problems:
        sys.stderr.write("样例数据有问题 / the sample feed breaks its own rules:\n")
        for p in problems:
            sys.stderr.write(f"  - {p}\n")
        return 1
    text = render(feed)
    if "--stdout" in argv:
        sys.stdout.write(text)
        return 0
    if "--check" in argv:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == text
        if not same:
            sys.stderr.write("public/data/feed.json 不是最新的，请运行 python3 data/sample/build.py\n")
        return 0 if same else 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(OUT)}: {len(feed['items'])} items, {len(feed['records'])} records, {len(text.encode())} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
