#!/usr/bin/env python3
"""Generates the bundled national calendar CN.cal from the reference data cn-holidays.json.

Usage (from the repository root; the reference data is kept in the tests' resources):
  python3 gov-calendar/src/data/generate_cn.py \
      gov-calendar/src/test/resources/io/github/govrules/calendar/reference/cn-holidays.json \
      > gov-calendar/src/main/resources/io/github/govrules/calendar/data/CN.cal

The reference data gives only dates; the notices' numbers, dates and holiday names are
below, taken from the notices' text. The test CnCalendarDataTest checks the result against
the reference data day by day.
"""
import datetime
import json
import sys

NAMES = {
    "元旦": "New Year's Day",
    "春节": "Spring Festival",
    "清明节": "Qingming Festival",
    "劳动节": "Labour Day",
    "端午节": "Dragon Boat Festival",
    "中秋节": "Mid-Autumn Festival",
    "国庆节": "National Day",
    "国庆节、中秋节": "National Day and Mid-Autumn Festival",
    "中秋节、国庆节": "Mid-Autumn Festival and National Day",
    "春节（延长）": "Spring Festival (extended)",
}

# key, year, number, issued, effective, title, source, amends
NOTICES = [
    ("2020", 2020, "国办发明电〔2019〕16号", "2019-11-21", "2019-11-21", "国务院办公厅关于2020年部分节假日安排的通知",
     "http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm", None),
    ("2020-extension", 2020, "国办发明电〔2020〕1号", "2020-01-26", "2020-01-27", "国务院办公厅关于延长2020年春节假期的通知",
     "http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm", "2020"),
    ("2021", 2021, "国办发明电〔2020〕27号", "2020-11-25", "2020-11-25", "国务院办公厅关于2021年部分节假日安排的通知",
     "http://www.gov.cn/zhengce/zhengceku/2020-11/25/content_5564127.htm", None),
    ("2022", 2022, "国办发明电〔2021〕11号", "2021-10-25", "2021-10-25", "国务院办公厅关于2022年部分节假日安排的通知",
     "http://www.gov.cn/zhengce/zhengceku/2021-10/25/content_5644835.htm", None),
    ("2023", 2023, "国办发明电〔2022〕16号", "2022-12-08", "2022-12-08", "国务院办公厅关于2023年部分节假日安排的通知",
     "http://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm", None),
    ("2024", 2024, "国办发明电〔2023〕7号", "2023-10-25", "2023-10-25", "国务院办公厅关于2024年部分节假日安排的通知",
     "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm", None),
    ("2025", 2025, "国办发明电〔2024〕12号", "2024-11-12", "2024-11-12", "国务院办公厅关于2025年部分节假日安排的通知",
     "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm", None),
    ("2026", 2026, "国办发明电〔2025〕7号", "2025-11-04", "2025-11-04", "国务院办公厅关于2026年部分节假日安排的通知",
     "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm", None),
]

# Per notice: (first day, last day, name) of each off-day block, and (makeup day, name).
OFF = {
    "2020": [("2020-01-01", "2020-01-01", "元旦"), ("2020-01-24", "2020-01-30", "春节"),
             ("2020-04-04", "2020-04-06", "清明节"), ("2020-05-01", "2020-05-05", "劳动节"),
             ("2020-06-25", "2020-06-27", "端午节"), ("2020-10-01", "2020-10-08", "国庆节、中秋节")],
    "2020-extension": [("2020-01-31", "2020-02-02", "春节（延长）")],
    "2021": [("2021-01-01", "2021-01-03", "元旦"), ("2021-02-11", "2021-02-17", "春节"),
             ("2021-04-03", "2021-04-05", "清明节"), ("2021-05-01", "2021-05-05", "劳动节"),
             ("2021-06-12", "2021-06-14", "端午节"), ("2021-09-19", "2021-09-21", "中秋节"),
             ("2021-10-01", "2021-10-07", "国庆节")],
    "2022": [("2022-01-01", "2022-01-03", "元旦"), ("2022-01-31", "2022-02-06", "春节"),
             ("2022-04-03", "2022-04-05", "清明节"), ("2022-04-30", "2022-05-04", "劳动节"),
             ("2022-06-03", "2022-06-05", "端午节"), ("2022-09-10", "2022-09-12", "中秋节"),
             ("2022-10-01", "2022-10-07", "国庆节")],
    "2023": [("2022-12-31", "2023-01-02", "元旦"), ("2023-01-21", "2023-01-27", "春节"),
             ("2023-04-05", "2023-04-05", "清明节"), ("2023-04-29", "2023-05-03", "劳动节"),
             ("2023-06-22", "2023-06-24", "端午节"), ("2023-09-29", "2023-10-06", "中秋节、国庆节")],
    "2024": [("2024-01-01", "2024-01-01", "元旦"), ("2024-02-10", "2024-02-17", "春节"),
             ("2024-04-04", "2024-04-06", "清明节"), ("2024-05-01", "2024-05-05", "劳动节"),
             ("2024-06-10", "2024-06-10", "端午节"), ("2024-09-15", "2024-09-17", "中秋节"),
             ("2024-10-01", "2024-10-07", "国庆节")],
    "2025": [("2025-01-01", "2025-01-01", "元旦"), ("2025-01-28", "2025-02-04", "春节"),
             ("2025-04-04", "2025-04-06", "清明节"), ("2025-05-01", "2025-05-05", "劳动节"),
             ("2025-05-31", "2025-06-02", "端午节"), ("2025-10-01", "2025-10-08", "国庆节、中秋节")],
    "2026": [("2026-01-01", "2026-01-03", "元旦"), ("2026-02-15", "2026-02-23", "春节"),
             ("2026-04-04", "2026-04-06", "清明节"), ("2026-05-01", "2026-05-05", "劳动节"),
             ("2026-06-19", "2026-06-21", "端午节"), ("2026-09-25", "2026-09-27", "中秋节"),
             ("2026-10-01", "2026-10-07", "国庆节")],
}
WORK = {
    "2020": [("2020-01-19", "春节"), ("2020-02-01", "春节"), ("2020-04-26", "劳动节"), ("2020-05-09", "劳动节"),
             ("2020-06-28", "端午节"), ("2020-09-27", "国庆节、中秋节"), ("2020-10-10", "国庆节、中秋节")],
    "2020-extension": [],
    "2021": [("2021-02-07", "春节"), ("2021-02-20", "春节"), ("2021-04-25", "劳动节"), ("2021-05-08", "劳动节"),
             ("2021-09-18", "中秋节"), ("2021-09-26", "国庆节"), ("2021-10-09", "国庆节")],
    "2022": [("2022-01-29", "春节"), ("2022-01-30", "春节"), ("2022-04-02", "清明节"), ("2022-04-24", "劳动节"),
             ("2022-05-07", "劳动节"), ("2022-10-08", "国庆节"), ("2022-10-09", "国庆节")],
    "2023": [("2023-01-28", "春节"), ("2023-01-29", "春节"), ("2023-04-23", "劳动节"), ("2023-05-06", "劳动节"),
             ("2023-06-25", "端午节"), ("2023-10-07", "中秋节、国庆节"), ("2023-10-08", "中秋节、国庆节")],
    "2024": [("2024-02-04", "春节"), ("2024-02-18", "春节"), ("2024-04-07", "清明节"), ("2024-04-28", "劳动节"),
             ("2024-05-11", "劳动节"), ("2024-09-14", "中秋节"), ("2024-09-29", "国庆节"), ("2024-10-12", "国庆节")],
    "2025": [("2025-01-26", "春节"), ("2025-02-08", "春节"), ("2025-04-27", "劳动节"),
             ("2025-09-28", "国庆节、中秋节"), ("2025-10-11", "国庆节、中秋节")],
    "2026": [("2026-01-04", "元旦"), ("2026-02-14", "春节"), ("2026-02-28", "春节"), ("2026-05-09", "劳动节"),
             ("2026-09-20", "国庆节"), ("2026-10-10", "国庆节")],
}


def days(first, last):
    d = datetime.date.fromisoformat(first)
    end = datetime.date.fromisoformat(last)
    while d <= end:
        yield d.isoformat()
        d += datetime.timedelta(days=1)


def check(reference):
    """The result, with amendments applied, must equal the reference data exactly."""
    off, work = {}, {}
    for key, *_ in NOTICES:
        for first, last, _name in OFF[key]:
            for d in days(first, last):
                work.pop(d, None)
                off[d] = key
        for d, _name in WORK[key]:
            off.pop(d, None)
            work[d] = key
    ref_off = {d for y in reference.values() for d in y["holidays"]}
    ref_work = {d for y in reference.values() for d in y["workdays"]}
    assert set(off) == ref_off, sorted(set(off) ^ ref_off)
    assert set(work) == ref_work, sorted(set(work) ^ ref_work)


def main():
    reference = json.load(open(sys.argv[1], encoding="utf-8"))
    check(reference)
    out = []
    w = out.append
    w("# National working-day calendar of mainland China (中国大陆 全国), 2020–2026.")
    w("# Generated by gov-calendar/src/data/generate_cn.py from the reference data cn-holidays.json")
    w("# (compiled from the public holiday-cn dataset, MIT licence, which scrapes the State Council's")
    w("# notices), with each year's notice number, date and holiday names from the notices' text.")
    w("# Format: see gov-calendar/README.md, \"Data file format\".")
    w("calendar CN")
    w("name 中国大陆（全国） | Mainland China (national)")
    w("years 2020..2026")
    w("weekend SATURDAY SUNDAY")
    for key, year, number, issued, effective, title, source, amends in NOTICES:
        w("")
        w(f"notice {key}")
        w(f"  year      {year}")
        w(f"  number    {number}")
        w(f"  issued    {issued}")
        if effective != issued:
            w(f"  effective {effective}")
        w(f"  title     {title}")
        w(f"  source    {source}")
        if amends:
            w(f"  amends    {amends}")
        for first, last, name in OFF[key]:
            dates = first if first == last else f"{first}..{last}"
            w(f"off  {dates:<22} {name} | {NAMES[name]}")
        for d, name in WORK[key]:
            w(f"work {d:<22} {name} | {NAMES[name]}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
