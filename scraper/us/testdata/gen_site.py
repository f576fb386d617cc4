# Writes the RECONSTRUCTED parts of the recorded govinfo site used by scraper/us
# tests and the offline demo (see PROVENANCE.txt):
#   - the BILLSTATUS sitemap index and the per congress/type sitemaps (day1, day2);
#   - BILLSTATUS files (format version 3.0.0, the element layout of the real
#     usgpo/bill-status samples/formatChange/future files) for four
#     116th-Congress measures whose real USLM texts we hold.
# Every fact in the 116th-Congress files is read from those USLM texts (dates,
# sponsor and cosponsors with their bioGuide ids, committees, report and
# calendar numbers, titles); the wording of the action lines follows the real
# samples. Real files (the 117th-Congress BILLSTATUS, the USLM texts) are byte
# copies and are not touched here.
import os, re, html

here = os.path.dirname(os.path.abspath(__file__))
site = os.path.join(here, 'site')
GOV = 'https://www.govinfo.gov'

def w(day, path, body):
    p = os.path.join(site, day, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w', encoding='utf-8') as f:
        f.write(body)

def uslm(pkg):
    for day in ('day1', 'day2'):
        p = os.path.join(site, day, 'content/pkg', pkg, 'xml', pkg + '.xml')
        if os.path.exists(p):
            return open(p, encoding='utf-8').read()
    raise FileNotFoundError(pkg)

def people(pkg, action_index):
    """Sponsor and cosponsors of one <action> of a text's preface, as printed."""
    pre = re.search(r'<preface>(.*?)</preface>', uslm(pkg), re.S).group(1)
    act = re.findall(r'<action>(.*?)</action>', pre, re.S)[action_index]
    out = []
    for role, attrs, body in re.findall(r'<(sponsor|cosponsor) ([^>]*)>(.*?)</\1>', act, re.S):
        name = re.search(r'<inline class="smallCaps">(.*?)</inline>', body).group(1)
        bio = re.search(r'bioGuideId="(\w+)"', attrs)
        out.append((role, html.unescape(name), bio.group(1) if bio else ''))
    return out

def esc(s):
    return html.escape(s, quote=False)

def person(name, bio, extra=''):
    ids = f'\n        <bioguideId>{bio}</bioguideId>' if bio else ''
    idb = f'\n        <identifiers>\n          <bioguideId>{bio}</bioguideId>\n        </identifiers>' if bio else ''
    return f'      <item>{ids}\n        <lastName>{esc(name)}</lastName>{idb}{extra}\n      </item>\n'

def action(date, text, typ, code='', source=('9', 'Library of Congress'), committees=()):
    c = f'\n        <actionCode>{code}</actionCode>' if code else ''
    cm = ''
    if committees:
        items = ''.join(f'\n          <item>\n            <systemCode>{s}</systemCode>\n            <name>{esc(n)}</name>\n          </item>' for s, n in committees)
        cm = f'\n        <committees>{items}\n        </committees>'
    return (f'      <item>\n        <actionDate>{date}</actionDate>\n        <text>{esc(text)}</text>\n        <type>{typ}</type>{c}\n'
            f'        <sourceSystem>\n          <code>{source[0]}</code>\n          <name>{source[1]}</name>\n        </sourceSystem>{cm}\n      </item>\n')

def version(typ, date, pkg):
    d = f'<date>{date}</date>' if date else '<date/>'
    return (f'      <item>\n        <type>{typ}</type>\n        {d}\n        <formats>\n          <item>\n'
            f'            <url>{GOV}/content/pkg/{pkg}/xml/{pkg}.xml</url>\n          </item>\n        </formats>\n      </item>\n')

def title(typ, t):
    return f'      <item>\n        <titleType>{typ}</titleType>\n        <title>{esc(t)}</title>\n      </item>\n'

def billstatus(number, typ, chamber, introduced, update, display, titles, actions, sponsors, cosponsors, versions, latest, reports=()):
    intro = f'\n    <introducedDate>{introduced}</introducedDate>' if introduced else ''
    rep = ''
    if reports:
        rep = '\n    <committeeReports>' + ''.join(f'\n      <committeeReport>\n        <citation>{r}</citation>\n      </committeeReport>' for r in reports) + '\n    </committeeReports>'
    return f'''<?xml version="1.0" encoding="utf-8" standalone="no"?>
<billStatus>
  <version>3.0.0</version>
  <bill>
    <number>{number}</number>
    <updateDate>{update}</updateDate>
    <updateDateIncludingText>{update}</updateDateIncludingText>
    <originChamber>{chamber}</originChamber>
    <type>{typ}</type>{intro}
    <congress>116</congress>{rep}
    <actions>
{''.join(actions)}    </actions>
    <sponsors>
{''.join(sponsors)}    </sponsors>
    <cosponsors>
{''.join(cosponsors)}    </cosponsors>
    <title>{esc(display)}</title>
    <titles>
{''.join(titles)}    </titles>
    <textVersions>
{''.join(versions)}    </textVersions>
    <latestAction>
      <actionDate>{latest[0]}</actionDate>
      <text>{esc(latest[1])}</text>
    </latestAction>
  </bill>
  <dublinCore xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:format>text/xml</dc:format>
    <dc:language>EN</dc:language>
    <dc:rights>Pursuant to Title 17 Section 105 of the United States Code, this file is not subject to copyright protection and is in the public domain.</dc:rights>
    <dc:contributor>Congressional Research Service, Library of Congress</dc:contributor>
  </dublinCore>
</billStatus>
'''

HOUSE_FLOOR = ('2', 'House floor actions')
SENATE = ('0', 'Senate')

# H.R. 264: EH (passed House 2019-01-09) on day 1; day 2 adds the PCS text and
# its two Senate actions (received, first reading 2019-01-09; second reading,
# Calendar No. 9, 2019-01-10), as printed on the PCS.
hr264_titles = [title('Display Title', 'Financial Services and General Government Appropriations Act, 2019'),
                title('Short Titles as Passed House', 'Financial Services and General Government Appropriations Act, 2019')]
hr264_titles += [title('Short Titles as Passed House for portions of this bill', t) for t in (
    'Department of the Treasury Appropriations Act, 2019', 'Executive Office of the President Appropriations Act, 2019',
    'Judiciary Appropriations Act, 2019', 'District of Columbia Appropriations Act, 2019')]
hr264_passed = action('2019-01-09', 'Passed/agreed to in House.', 'Floor', '8000')
hr264_senate = [action('2019-01-10', 'Read the second time. Placed on Senate Legislative Calendar under General Orders. Calendar No. 9.', 'Calendars', source=SENATE),
                action('2019-01-09', 'Received in the Senate. Read the first time. Placed on Senate Legislative Calendar under Read the First Time.', 'Calendars', source=SENATE)]
eh = version('Engrossed in House', '2019-01-09T05:00:00Z', 'BILLS-116hr264eh')
pcs = version('Placed on Calendar Senate', '2019-01-10T05:00:00Z', 'BILLS-116hr264pcs')
w('day1', 'bulkdata/BILLSTATUS/116/hr/BILLSTATUS-116hr264.xml', billstatus(
    264, 'HR', 'House', '', '2019-01-10T15:02:11Z', 'Financial Services and General Government Appropriations Act, 2019',
    hr264_titles, [hr264_passed], [], [], [eh], ('2019-01-09', 'Passed/agreed to in House.')))
w('day2', 'bulkdata/BILLSTATUS/116/hr/BILLSTATUS-116hr264.xml', billstatus(
    264, 'HR', 'House', '', '2019-01-11T14:47:30Z', 'Financial Services and General Government Appropriations Act, 2019',
    hr264_titles, hr264_senate + [hr264_passed], [], [], [pcs, eh],
    ('2019-01-10', 'Read the second time. Placed on Senate Legislative Calendar under General Orders. Calendar No. 9.')))

# H.R. 2157: IH (introduced 2019-04-09 by Mrs. Lowey, L000480) and ENR. The
# enrolled text carries no date; the real samples also list an ENR version
# with an empty <date/>.
ref2157 = ('Referred to the Committee on Appropriations, and in addition to the Committee on the Budget, for a period to be '
           'subsequently determined by the Speaker, in each case for consideration of such provisions as fall within the '
           'jurisdiction of the committee concerned.')
(_, lowey, lowey_id), = people('BILLS-116hr2157ih', 0)
w('day1', 'bulkdata/BILLSTATUS/116/hr/BILLSTATUS-116hr2157.xml', billstatus(
    2157, 'HR', 'House', '2019-04-09', '2019-06-07T10:11:03Z', 'Additional Supplemental Appropriations for Disaster Relief Act, 2019',
    [title('Display Title', 'Additional Supplemental Appropriations for Disaster Relief Act, 2019'),
     title('Short Titles on Other Versions', 'Additional Supplemental Appropriations for Disaster Relief Act, 2019'),
     title('Short Titles as Introduced', 'Supplemental Appropriations Act, 2019'),
     title('Official Title as Introduced', 'Making supplemental appropriations for the fiscal year ending September 30, 2019, and for other purposes.')],
    [action('2019-04-09', ref2157, 'IntroReferral', 'H11100', HOUSE_FLOOR, [('hsap00', 'Appropriations Committee'), ('hsbu00', 'Budget Committee')]),
     action('2019-04-09', 'Introduced in House', 'IntroReferral', 'Intro-H')],
    [person(lowey, lowey_id)], [],
    [version('Enrolled Bill', '', 'BILLS-116hr2157enr'), version('Introduced in House', '2019-04-09T04:00:00Z', 'BILLS-116hr2157ih')],
    ('2019-04-09', ref2157)))

# H.J.Res. 37: RH (introduced 2019-01-30 by Mr. Khanna and 70 original
# cosponsors; 26 more on 2019-02-08; reported, H. Rept. 116-7, Union Calendar
# No. 2) and RFS (passed House 2019-02-13; received in the Senate and referred
# to Foreign Relations 2019-02-14).
orig = people('BILLS-116hjres37rh', 0)
later = people('BILLS-116hjres37rh', 1)
sponsor = [person(n, b) for r, n, b in orig if r == 'sponsor']
cos = [person(n, b, '\n        <sponsorshipDate>2019-01-30</sponsorshipDate>\n        <isOriginalCosponsor>True</isOriginalCosponsor>') for r, n, b in orig if r == 'cosponsor']
cos += [person(n, b, '\n        <sponsorshipDate>2019-02-08</sponsorshipDate>\n        <isOriginalCosponsor>False</isOriginalCosponsor>') for r, n, b in later]
hj37_title = 'Directing the removal of United States Armed Forces from hostilities in the Republic of Yemen that have not been authorized by Congress.'
w('day1', 'bulkdata/BILLSTATUS/116/hjres/BILLSTATUS-116hjres37.xml', billstatus(
    37, 'HJRES', 'House', '2019-01-30', '2019-02-15T09:20:41Z', hj37_title, [title('Display Title', hj37_title)],
    [action('2019-02-14', 'Received in the Senate and Read twice and referred to the Committee on Foreign Relations.', 'IntroReferral',
            source=SENATE, committees=[('ssfr00', 'Foreign Relations Committee')]),
     action('2019-02-13', 'Passed/agreed to in House.', 'Floor', '8000'),
     action('2019-02-08', 'Placed on the Union Calendar, Calendar No. 2.', 'Calendars', 'H12410', HOUSE_FLOOR),
     action('2019-02-08', 'Reported by the Committee on Foreign Affairs. H. Rept. 116-7.', 'Committee', '5000',
            committees=[('hsfa00', 'Foreign Affairs Committee')]),
     action('2019-01-30', 'Referred to the House Committee on Foreign Affairs.', 'IntroReferral', 'H11100', HOUSE_FLOOR,
            [('hsfa00', 'Foreign Affairs Committee')]),
     action('2019-01-30', 'Introduced in House', 'IntroReferral', 'Intro-H')],
    sponsor, cos,
    [version('Referred in Senate', '2019-02-14T05:00:00Z', 'BILLS-116hjres37rfs'),
     version('Reported in House', '2019-02-08T05:00:00Z', 'BILLS-116hjres37rh')],
    ('2019-02-14', 'Received in the Senate and Read twice and referred to the Committee on Foreign Relations.'),
    reports=['H. Rept. 116-7']))

# S.Con.Res. 13: submitted 2019-04-04 by Mr. Gardner and 7 cosponsors, referred
# to Foreign Relations; committee discharged and agreed to 2019-04-30 (ATS, ES);
# referred in the House 2019-05-02 (RFH).
sc = people('BILLS-116sconres13ats', 0)
ref13 = ('Referred to the Committee on Foreign Affairs, and in addition to the Committees on the Judiciary, Homeland Security, '
         'and Ways and Means, for a period to be subsequently determined by the Speaker, in each case for consideration of such '
         'provisions as fall within the jurisdiction of the committee concerned.')
sc13_title = 'Reaffirming the United States commitment to Taiwan and to the implementation of the Taiwan Relations Act.'
w('day1', 'bulkdata/BILLSTATUS/116/sconres/BILLSTATUS-116sconres13.xml', billstatus(
    13, 'SCONRES', 'Senate', '2019-04-04', '2019-05-03T08:31:52Z', sc13_title, [title('Display Title', sc13_title)],
    [action('2019-05-02', ref13, 'IntroReferral', 'H11100', HOUSE_FLOOR,
            [('hsfa00', 'Foreign Affairs Committee'), ('hsju00', 'Judiciary Committee'), ('hshm00', 'Homeland Security Committee'),
             ('hswm00', 'Ways and Means Committee')]),
     action('2019-04-30', 'Resolution agreed to in Senate.', 'Floor', source=SENATE),
     action('2019-04-30', 'Senate Committee on Foreign Relations discharged.', 'Discharge', source=SENATE,
            committees=[('ssfr00', 'Foreign Relations Committee')]),
     action('2019-04-04', 'Referred to the Committee on Foreign Relations.', 'IntroReferral', source=SENATE,
            committees=[('ssfr00', 'Foreign Relations Committee')]),
     action('2019-04-04', 'Introduced in Senate', 'IntroReferral', '10000')],
    [person(n, b) for r, n, b in sc if r == 'sponsor'],
    [person(n, b, '\n        <sponsorshipDate>2019-04-04</sponsorshipDate>\n        <isOriginalCosponsor>True</isOriginalCosponsor>') for r, n, b in sc if r == 'cosponsor'],
    [version('Referred in House', '2019-05-02T04:00:00Z', 'BILLS-116sconres13rfh'),
     version('Engrossed in Senate', '2019-04-30T04:00:00Z', 'BILLS-116sconres13es'),
     version('Agreed to Senate', '2019-04-30T04:00:00Z', 'BILLS-116sconres13ats')],
    ('2019-05-02', ref13)))

# Sitemaps. lastmod values are set in the replay server's clock
# (internal/replay: day 1 files are Last-Modified 2026-01-05 09:00 UTC, day 2
# files a week later), so that "listed lastmod" and "stored Last-Modified"
# describe one consistent world.
def urlset(entries):
    body = ''.join(f'  <url>\n    <loc>{GOV}/bulkdata/BILLSTATUS/{path}</loc>\n    <lastmod>{lm}</lastmod>\n  </url>\n' for path, lm in entries)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n'

def index(entries):
    body = ''.join(f'  <sitemap>\n    <loc>{GOV}/sitemap/bulkdata/BILLSTATUS/{grp}/sitemap.xml</loc>\n    <lastmod>{lm}</lastmod>\n  </sitemap>\n' for grp, lm in entries)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</sitemapindex>\n'

day1 = {
    '116hr': [('116/hr/BILLSTATUS-116hr264.xml', '2026-01-05T08:14:09.402Z'), ('116/hr/BILLSTATUS-116hr2157.xml', '2026-01-05T08:14:10.118Z')],
    '116hjres': [('116/hjres/BILLSTATUS-116hjres37.xml', '2026-01-05T08:15:42.960Z')],
    '116sconres': [('116/sconres/BILLSTATUS-116sconres13.xml', '2026-01-05T08:17:03.251Z')],
    '117hr': [('117/hr/BILLSTATUS-117hr6658.xml', '2026-01-05T08:21:37.540Z')],
    '117s': [('117/s/BILLSTATUS-117s35.xml', '2026-01-05T08:23:18.004Z')],
    '117sconres': [('117/sconres/BILLSTATUS-117sconres7.xml', '2026-01-05T08:24:51.771Z')],
}
day2 = dict(day1)
day2['116hr'] = [('116/hr/BILLSTATUS-116hr264.xml', '2026-01-12T08:13:55.016Z'), day1['116hr'][1]]
day2['117hr'] = [('117/hr/BILLSTATUS-117hr6658.xml', '2026-01-12T08:20:48.337Z')]
for day, groups, changed in (('day1', day1, day1), ('day2', day2, ('116hr', '117hr'))):
    w(day, 'sitemap/bulkdata/BILLSTATUS/sitemapindex.xml', index([(g, max(lm for _, lm in e)) for g, e in groups.items()]))
    for g in changed:
        w(day, f'sitemap/bulkdata/BILLSTATUS/{g}/sitemap.xml', urlset(groups[g]))
