# Writes the reconstructed Vermont site tree used by scraper/vt tests and the offline demo.
import json, os, html
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'site')
def w(day, path, body):
    p = os.path.join(root, day, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f: f.write(body)

bills = {
 '2014': [dict(n='S.38', title="An act relating to operator’s privilege cards", body='S', year='2013', iid='28977',
          sponsors=[('Committee on Transportation', True)],
          versions=[('As Introduced', 'S-0038', None)],
          actions1=[('1/24/2013','S','Read 1st time &amp; referred to Committee on Transportation'),
                    ('4/2/2013','S','Read 3rd time &amp; passed'),
                    ('4/2/2013','S','Roll Call Results Passed -- Needed 15 of 29 to Pass -- Yeas = 27, Nays = 2'),
                    ('5/7/2013','H','Read 1st time &amp; referred to Committee on Transportation'),
                    ('5/8/2013','H','Roll Call Results Passed -- Needed 73 of 144 to Pass -- Yeas = 105, Nays = 39')],
          actions2=None)],
 '2020': [dict(n='S.124', title='An act relating to law enforcement use of facial recognition technology', body='S', year='2019', iid='39424',
          sponsors=[('Committee on Judiciary', True)],
          versions=[('As Introduced', 'S-0124', None)],
          versions2=[('As Introduced', 'S-0124', None), ('As Passed by Both House and Senate', 'S-0124', 'Unofficial')],
          actions1=[('3/19/2019','S','Read 1st time &amp; referred to Committee on Judiciary'),
                    ('3/3/2020','S','Favorable report with proposal of amendment by Committee on Judiciary'),
                    ('3/5/2020','S','Read 3rd time &amp; passed')],
          actions2=[('3/19/2019','S','Read 1st time &amp; referred to Committee on Judiciary'),
                    ('3/3/2020','S','Favorable report with proposal of amendment by Committee on Judiciary'),
                    ('3/5/2020','S','Read 3rd time &amp; passed'),
                    ('9/22/2020','H','Read 3rd time &amp; passed in concurrence with proposal of amendment'),
                    ('9/24/2020','S','House proposal of amendment concurred in'),
                    ('10/2/2020','S','Delivered to Governor on October 2, 2020'),
                    ('10/8/2020','S','House message: Governor approved bill on October 7, 2020')],
          act2='Act 166')],
 '2026': [dict(n='H.351', title='An act relating to operator’s licenses, privilege cards, and nondriver identification cards', body='H', year='2025', iid='41872',
          sponsors=[('Rep. Troy Headrick', True)],
          versions=[('As Introduced', 'H-0351', None)],
          actions1=[('2/25/2025','H','Read first time and referred to the Committee on Transportation')],
          actions2=[('2/25/2025','H','Read first time and referred to the Committee on Transportation'),
                    ('1/21/2026','H','Favorable report with recommendation of amendment by Committee on Transportation')]),
          dict(n='H.999', title='An act relating to agricultural water quality', body='H', year='2025', iid='41990',
          sponsors=[('House Committee on Agriculture, Food Resiliency, and Forestry', True)],
          versions=[('As Introduced', 'H-0999', None)],
          actions1=[('3/11/2025','H','Read first time and referred to the Committee on Agriculture, Food Resiliency, and Forestry')],
          actions2=None)],
}
def pdfurl(slug, d, name):
    return f'/Documents/{slug}/Docs/BILLS/{d}/{d}%20{name.replace(" ", "%20")}.pdf'

def status(slug, b, versions, last, act=None):
    sp = ''.join(f'<li><a href="/people/single/{slug}/0">{html.escape(n)}</a></li>' for n, _ in b['sponsors'])
    vs = ''
    for name, d, kind in versions:
        if kind is None:
            vs += f'<li><div><a href="{pdfurl(slug, d, name)}">{name}</a></div></li>'
        else:
            vs += f'<li><div>{name}<br><a href="{pdfurl(slug, d, name + " " + kind)}">{kind}</a></div></li>'
    actspan = f' <span>({act})</span>' if act else ''
    return f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bill Status {b['n']} | Vermont General Assembly</title></head>
<body>
<!-- RECONSTRUCTED from the structure documented in shared/docs/sources.md (Vermont); not a recording. -->
<div id="Form_SelectSession_selected_session_Holder"><select id="Form_SelectSession_selected_session">
<option value="2026"{' selected' if slug=='2026' else ''}>2025-2026 Session</option>
<option value="2024">2023-2024 Session</option>
<option value="2021.1">2021 Special Session</option>
<option value="2020"{' selected' if slug=='2020' else ''}>2019-2020 Session</option>
<option value="2014"{' selected' if slug=='2014' else ''}>2013-2014 Session</option>
</select></div>
<div class="bill-title">
<h1>{b['n']}{actspan}</h1>
<h2>{html.escape(b['title'])}</h2>
</div>
<dl class="summary-table">
<dt>Sponsor(s)</dt>
<dd><ul>{sp}</ul></dd>
<dt>Location</dt>
<dd>{'Governor' if act else 'In Committee'}</dd>
<dt>Last Recorded Action</dt>
<dd>{last}</dd>
</dl>
<h5>Bill/Resolution Text</h5>
<ul class="bill-path">{vs}</ul>
<h5>Detailed Status</h5>
<table id="bill-detailed-status-table" class="display"><thead><tr><th>Chamber</th><th>Date</th><th>Journal page</th><th>Calendar</th><th>Status</th><th>Full status</th></tr></thead><tbody></tbody></table>
<script>
$(document).ready(function() {{
  $('#bill-detailed-status-table').DataTable({{
    "ajax": {{ "url": "bill/loadBillDetailedStatus/{slug}/{b['iid']}" }},
    "pageLength": 50
  }});
}});
</script>
</body></html>
'''
def actions_json(slug, acts):
    rows = []
    for i, (d, c, t) in enumerate(acts):
        rows.append({"Biennium": slug, "StatusDate": d, "ChamberCode": c, "Chamber": "House" if c=='H' else "Senate",
                     "FullStatus": t, "keywords": "", "Location": "", "JournalPage": "", "CalendarPage": "",
                     "Url": "", "Sequence": str(i+1)})
    return json.dumps({"data": rows}, indent=1, ensure_ascii=False) + '\n'

for slug, bs in bills.items():
    released, introduced = [], []
    for b in bs:
        row = {"BillNumber": b['n'] + ' ', "Title": ' ' + b['title'], "Body": b['body'], "ActNo": "", "year": b['year'], "SortMeetingDate": ""}
        introduced.append(row)
    w('day1', f'bill/loadBillsReleased/{slug}/_index', json.dumps({"data": introduced[:1]}, indent=1, ensure_ascii=False)+'\n')
    w('day1', f'bill/loadBillsIntroduced/{slug}/_index', json.dumps({"data": introduced}, indent=1, ensure_ascii=False)+'\n')
    w('day1', f'bill/loadAllResolutionsByChamber/{slug}/both', json.dumps({"data": ""})+'\n')
    for b in bs:
        a1 = b['actions1']
        last1 = f"{'Senate' if a1[-1][1]=='S' else 'House'} {a1[-1][0]} - {a1[-1][2]}"
        w('day1', f'bill/status/{slug}/{b["n"]}', status(slug, b, b['versions'], last1))
        w('day1', f'bill/loadBillDetailedStatus/{slug}/{b["iid"]}', actions_json(slug, a1))
        if b.get('actions2'):
            a2 = b['actions2']
            last2 = f"{'Senate' if a2[-1][1]=='S' else 'House'} {a2[-1][0]} - {a2[-1][2]}"
            w('day2', f'bill/status/{slug}/{b["n"]}', status(slug, b, b.get('versions2', b['versions']), last2, b.get('act2')))
            w('day2', f'bill/loadBillDetailedStatus/{slug}/{b["iid"]}', actions_json(slug, a2))
w('day1', 'robots.txt', 'User-agent: *\nDisallow: /admin/\nDisallow: /search/\n')
