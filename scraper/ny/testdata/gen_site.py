#!/usr/bin/env python3
"""Builds scraper/ny/testdata/site: the recorded New York API, day 1 and day 2.

Run from scraper/ny/testdata:  python3 gen_site.py
Real files are copied byte-exact from fixtures/ (see PROVENANCE.txt). Every
other response is RECONSTRUCTED from the OpenLegislation API's documented
structure (docs/api/bills.rst and the view classes in nysenate/OpenLegislation)
with real bill facts from the fixtures. File names follow internal/replay:
URL path, then "@" and the sorted query without the key.
"""
import html
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "fixtures")
SITE = os.path.join(HERE, "site")
API = "api/3/bills"


def jackson(obj):
    """Pretty-prints like the API (Jackson): `"key" : value`, 2-space indent, ASCII."""
    s = json.dumps(obj, indent=2, separators=(",", " : "), ensure_ascii=True)
    s = re.sub(r" : \[\]", " : [ ]", s)
    return re.sub(r" : \{\}", " : { }", s)


def write(day, name, text):
    path = os.path.join(SITE, day, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def ref(base, version=""):
    return {"basePrintNo": base, "session": 2017, "basePrintNoStr": base + "-2017",
            "printNo": base + version, "version": version}


def items(xs):
    return {"items": xs, "size": len(xs)}


def member(short, full, chamber):
    # memberId, districtCode and imgName are not known offline and left out.
    return {"shortName": short, "sessionYear": 2017, "chamber": chamber, "fullName": full}


# ---------------------------------------------------------------- bill texts

STYLE_OPENLEG = ("<STYLE><!--u  {color: Green}s  {color: RED} i  {color: DARKBLUE; background-color:yellow}\n"
                 "p.brk {page-break-before:always}--></STYLE>\n")


def caps_runs(seg):
    """Wraps runs of capitalised words (new matter in a plain print) in <b><u>."""
    toks = re.split(r"( +)", seg)
    kinds = []
    for t in toks:
        if t.strip() == "":
            kinds.append("space")
            continue
        letters = [c for c in t if c.isalpha()]
        if any(c.islower() for c in letters):
            kinds.append("lower")
        elif len(letters) >= 2:
            kinds.append("caps")
        else:
            kinds.append("neutral")
    out, i = [], 0
    while i < len(toks):
        if kinds[i] in ("caps", "neutral"):
            j = i
            while j < len(toks) and kinds[j] in ("caps", "neutral", "space"):
                j += 1
            while j > i and kinds[j - 1] == "space":
                j -= 1
            run = toks[i:j]
            if any(k == "caps" for k in kinds[i:j]):
                out.append("<b><u>" + "".join(run) + "</u></b>")
            else:
                out.append("".join(run))
            i = j
        else:
            out.append(toks[i])
            i += 1
    return "".join(out)


def mark_line(text):
    """A plain body line as LBDC HTML: [struck] and CAPS new matter, § for "S"."""
    text = re.sub(r"^(\s*)S(\s+\d)", r"\1&#167;\2", text)
    parts = re.split(r"(\[[^\]]*\])", text)
    out = []
    for p in parts:
        if p.startswith("[") and p.endswith("]"):
            out.append("[<b><s>" + p[1:-1] + "</s></b>]")
        else:
            out.append(caps_runs(p))
    return "".join(out)


def plain_to_html(plain, number, chamber_line):
    """Reconstructs the HTML print of a plain (SOBI-era) S609 text in the form
    OpenLegislation regenerates (BillText.createHtmlText): one <pre>, lower-case
    <b><u>/<b><s>, <p class="brk"> page breaks, margin line numbers."""
    lines = plain.split("\n")
    rule = max(i for i, l in enumerate(lines[:20]) if l.strip().startswith("___"))
    head = [
        "<font size=5><b>                STATE OF NEW YORK</b></font>",
        "        " + "_" * 72, "",
        " " * (43 - len(number) // 2) + number, "",
        "                               2017-2018 Regular Sessions", "",
        "<font size=5><b>                    " + chamber_line + "</b></font>", "",
        "                                    " + lines[rule - 1].strip(),
        "                                       ___________",
    ]
    out = head[:]
    body, page, n = False, 1, 0
    for l in lines[rule + 1:]:
        t = l.strip()
        if not body:
            words = " ".join(t.split()).upper()
            if words.startswith("THE PEOPLE OF THE STATE"):
                out.append("          <b><u>The People of the State of New York, represented in Senate and  Assem-</u></b>")
                continue
            if words.startswith("BLY, DO ENACT AS FOLLOWS"):
                out.append("        <b><u>bly, do enact as follows:</u></b>")
                out.append("")
                body = True
                continue
            out.append(("        " + l) if t else "")
            continue
        if t.startswith("EXPLANATION--"):
            out.append("         EXPLANATION--Matter in <b><u>italics</u></b> (underscored) is new; matter in brackets")
            continue
        if t == "[ ] is old law to be omitted.":
            out.append("                              [<b><s> </s></b>] is old law to be omitted.")
            continue
        if re.match(r"^LBD\d{5}-\d{2}-\d$", t):
            out.append(" " * 67 + t)
            continue
        m = re.match(r"^S\. (\S+)\s+(\d+)$", t)
        if m:
            page, n = page + 1, 0
            out.append('<p class="brk">        S. ' + m.group(1) + " " * (30 - len(m.group(1))) + m.group(2))
            continue
        if not t:
            if n and out[-1] != "":
                out.append("")
            continue
        n += 1
        out.append("%6d  %s" % (n, mark_line(l)))
    while out and out[-1] == "":
        out.pop()
    return STYLE_OPENLEG + "<pre>\n" + "\n".join(out) + "\n</pre>"


def fulltext_view(base, version, text):
    return jackson({
        "success": True,
        "message": "Data for bill %s-2017" % base,
        "responseType": "bill-fulltext-view",
        "result": {
            # baseBillId is a serialized model object whose exact shape is not
            # documented; billwatch does not read it.
            "baseBillId": ref(base, version),
            "version": version,
            "fullTextFormat": "HTML",
            "fullText": text,
        },
    })


def text_name(base, version):
    q = "fullTextFormat=HTML" + ("&version=" + version if version else "") + "&view=only_fulltext"
    return "%s/2017/%s@%s" % (API, base, q)


def plain_of_html(h):
    """OpenLegislation's PLAIN format of an HTML print: tags gone, new matter in capitals."""
    h = re.sub(r"(?is)<style.*?</style>", "", h)
    h = re.sub(r"(?is)<u>(.*?)</u>", lambda m: m.group(1).upper(), h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


# ---------------------------------------------------------------- bill JSON

def bill_json(base, chamber, title, published, sponsor, summary, status, actions, amendment, committees,
              signed=False):
    chamber_desc = "Senate" if chamber == "SENATE" else "Assembly"
    acts = []
    for i, (date, text) in enumerate(actions):
        acts.append({"billId": ref(base), "date": date,
                     "chamber": "SENATE" if text == text.upper() else "ASSEMBLY",
                     "sequenceNo": i + 1, "text": text})
    return jackson({
        "success": True,
        "message": "Data for bill %s-2017" % base,
        "responseType": "bill",
        "result": {
            "basePrintNo": base, "session": 2017, "basePrintNoStr": base + "-2017", "printNo": base,
            "billType": {"chamber": chamber, "desc": chamber_desc, "resolution": False},
            "title": title, "activeVersion": "", "year": 2017, "publishedDateTime": published,
            "substitutedBy": None,
            "sponsor": {"member": sponsor, "budget": False, "rules": False},
            "summary": summary, "signed": signed, "adopted": False, "vetoed": False,
            "status": status, "milestones": items([status]),
            "actions": items(acts),
            "publishStatusMap": {"items": {"": {"version": "", "published": True,
                                                 "effectDateTime": published[:10] + "T00:00"}}, "size": 1},
            "programInfo": None,
            "amendmentVersions": items([""]),
            "amendments": {"items": {"": amendment}, "size": 1},
            "votes": items([]), "vetoMessages": items([]), "approvalMessage": None,
            "additionalSponsors": items([]),
            "pastCommittees": items(committees),
            "previousVersions": items([]), "committeeAgendas": items([]), "calendars": items([]),
        },
    })


def amendment(base, published, same_as, law_section, law_code, act_clause, plain, cosponsors):
    return {"basePrintNo": base, "session": 2017, "basePrintNoStr": base + "-2017", "printNo": base,
            "version": "", "publishDate": published, "sameAs": items(same_as), "memo": "",
            "lawSection": law_section, "lawCode": law_code, "actClause": act_clause,
            "fullText": plain, "coSponsors": items(cosponsors), "multiSponsors": items([]),
            "uniBill": False, "stricken": False}


def status(kind, desc, date, committee):
    return {"statusType": kind, "statusDesc": desc, "actionDate": date, "committeeName": committee,
            "billCalNo": None}


A6361_ACTIONS = [  # the LBDC bill page, lbdc_billscrape_2017-A6361.html
    ("2017-03-06", "referred to local governments"),
    ("2017-06-06", "reported referred to rules"),
    ("2017-06-15", "reported"),
    ("2017-06-15", "rules report cal.334"),
    ("2017-06-15", "ordered to third reading rules cal.334"),
    ("2017-06-15", "passed assembly"),
    ("2017-06-15", "delivered to senate"),
    ("2017-06-15", "REFERRED TO RULES"),
    ("2017-06-19", "SUBSTITUTED FOR S4284"),
    ("2017-06-19", "3RD READING CAL.417"),
    ("2017-06-21", "PASSED SENATE"),
    ("2017-06-21", "RETURNED TO ASSEMBLY"),
    ("2017-10-11", "delivered to governor"),
    ("2017-10-23", "signed chap.348"),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    # Real: the API's S609-2017 response, byte-exact.
    os.makedirs(os.path.join(SITE, "day1", API, "2017"))
    shutil.copyfile(os.path.join(FIX, "openleg_api_bill_S609-2017.json"),
                    os.path.join(SITE, "day1", API, "2017", "S609"))

    # The session's bill ids, one page (idsOnly=true; BaseBillIdView items).
    ids = [{"basePrintNo": b, "session": 2017, "basePrintNoStr": b + "-2017"} for b in ("S609", "A5457", "A6361")]
    write("day1", API + "/2017@idsOnly=true&limit=1000&offset=1", jackson({
        "success": True, "message": "", "responseType": "base-bill-id list", "total": 3,
        "offsetStart": 1, "offsetEnd": 3, "limit": 1000, "result": items(ids)}))

    # Updates windows: A6361 moved in the week before each day.
    for day, src, proc in (("day1", "2017-06-15-17.22.41.000000", "2017-06-15T17:27:03.000000"),
                           ("day2", "2017-10-23-16.05.12.000000", "2017-10-23T16:09:48.000000")):
        tok = {"id": {"basePrintNo": "A6361", "session": 2017, "basePrintNoStr": "A6361-2017"},
               "contentType": "BILL", "sourceId": src + "_BILLSTAT_A06361.XML-1-BILLSTAT",
               "sourceDateTime": src[:10] + "T" + src[11:19].replace(".", ":"), "processedDateTime": proc}
        write(day, API + "/updates/_window@limit=1000&offset=1", jackson({
            "success": True, "message": "", "responseType": "update-token list", "total": 1,
            "offsetStart": 1, "offsetEnd": 1, "limit": 1000, "result": items([tok])}))

    # S609 texts: HTML reconstructed from the real plain texts of the S609 response.
    s609 = json.load(open(os.path.join(FIX, "openleg_api_bill_S609-2017.json")))["result"]
    for v, number in (("", "609"), ("A", "609--A")):
        plain = s609["amendments"]["items"][v]["fullText"]
        write("day1", text_name("S609", v), fulltext_view("S609", v, plain_to_html(plain, number, "IN SENATE")))

    # A5457: the real LBDC BILLTEXT print (CDATA content, exact) in a full-text view.
    raw = open(os.path.join(FIX, "lbdc_2017-02-09-14.23.24.464033_BILLTEXT_A05457.XML"), encoding="ascii").read()
    a5457 = raw[raw.index("<![CDATA[") + 9:raw.rindex("]]>")]
    write("day1", text_name("A5457", ""), fulltext_view("A5457", "", a5457))
    act = ("AN ACT to amend the state finance law, in relation to products manufactured under conditions that "
           "fail to comply with minimum OSHA standards")
    write("day1", API + "/2017/A5457", bill_json(
        "A5457", "ASSEMBLY", "Relates to products manufactured under conditions that fail to comply with minimum OSHA standards",
        "2017-02-09T14:23:24", member("WEPRIN", "David I. Weprin", "ASSEMBLY"), "",
        status("IN_ASSEMBLY_COMM", "In Assembly Committee", "2017-02-09", "Governmental Operations"),
        [("2017-02-09", "referred to governmental operations")],
        amendment("A5457", "2017-02-09", [], "State Finance Law", "Amd \u00a7165, St Fin L", act, plain_of_html(a5457), []),
        [{"chamber": "ASSEMBLY", "name": "Governmental Operations", "sessionYear": 2017, "referenceDate": "2017-02-09T00:00"}]))

    # A6361: the print from the real LBDC bill page (CRLF made LF), history from the same page.
    page = open(os.path.join(FIX, "lbdc_billscrape_2017-A6361.html"), encoding="utf-8").read().replace("\r\n", "\n")
    start = page.index("<STYLE><!--U  {color: Green}")
    a6361 = page[start:page.index("</pre>", start) + len("</pre>")] + "\n"
    write("day1", text_name("A6361", ""), fulltext_view("A6361", "", a6361))
    act = ("AN ACT to amend the executive law, in relation to the adoption by local governments of higher or "
           "more restrictive standards for construction")
    title = "Relates to the adoption by local governments of higher or more restrictive standards for construction"
    cos = [member("MCDONALD", "John T. McDonald III", "ASSEMBLY"), member("STECK", "Phil Steck", "ASSEMBLY"),
           member("JEAN-PIERRE", "Kimberly Jean-Pierre", "ASSEMBLY")]
    am = amendment("A6361", "2017-03-06", [ref("S4284")], "Executive Law", "Amd \u00a7379, Exec L", act,
                   plain_of_html(a6361), cos)
    committees = [
        {"chamber": "ASSEMBLY", "name": "Local Governments", "sessionYear": 2017, "referenceDate": "2017-03-06T00:00"},
        {"chamber": "ASSEMBLY", "name": "Rules", "sessionYear": 2017, "referenceDate": "2017-06-06T00:00"},
        {"chamber": "SENATE", "name": "Rules", "sessionYear": 2017, "referenceDate": "2017-06-15T00:00"}]
    sponsor = member("THIELE", "Fred W. Thiele, Jr.", "ASSEMBLY")
    write("day1", API + "/2017/A6361", bill_json(
        "A6361", "ASSEMBLY", title, "2017-03-06T00:00:00", sponsor, title + ".",
        status("IN_SENATE_COMM", "In Senate Committee", "2017-06-15", "Rules"), A6361_ACTIONS[:8], am, committees))
    write("day2", API + "/2017/A6361", bill_json(
        "A6361", "ASSEMBLY", title, "2017-03-06T00:00:00", sponsor, title + ".",
        status("SIGNED_BY_GOV", "Signed by Governor", "2017-10-23", None), A6361_ACTIONS, am, committees,
        signed=True))


if __name__ == "__main__":
    main()
