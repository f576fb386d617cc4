# Writes the RECONSTRUCTED web-service answers of the recorded Washington site
# (site/day1|day2/wslwebservices.leg.wa.gov/...). Run from anywhere:
#   python3 scraper/wa/testdata/gen_site.py
# No recording of these services exists here; the element names follow the
# documented structure (shared/docs/sources.md, Washington) and the field notes
# cited in PROVENANCE.txt; the values are real bill facts, except where a
# comment says a value is filled in. The lawfilesext documents in the tree are
# real, byte-exact files and are not written by this script.
import os
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'site')
HOST = 'wslwebservices.leg.wa.gov'
HEAD = ('<?xml version="1.0" encoding="utf-8"?>\r\n<{root} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns="http://WSLWebServices.leg.wa.gov/">\r\n')


def write(day, name, body):
    p = os.path.join(ROOT, day, HOST, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w', encoding='utf-8', newline='') as f:
        f.write(body)


def element(name, value, ind):
    if isinstance(value, list):  # nested record: list of (name, value)
        inner = ''.join(element(n, v, ind + '  ') for n, v in value)
        return f'{ind}<{name}>\r\n{inner}{ind}</{name}>\r\n'
    return f'{ind}<{name}>{escape(str(value))}</{name}>\r\n'


def array(root, item, records):
    out = HEAD.format(root=root)
    for rec in records:
        out += element(item, rec, '  ')
    return out + f'</{root}>'


def ltype(short, long):
    return [('ShortLegislationType', short), ('LongLegislationType', long)]


def info(bien, bill_id, number, agency, sub=0, eng=0):
    return [('Biennium', bien), ('BillId', bill_id), ('BillNumber', number), ('SubstituteVersion', sub),
            ('EngrossedVersion', eng), ('ShortLegislationType', ltype('B', 'Bill')), ('OriginalAgency', agency),
            ('Active', 'true'), ('DisplayNumber', number)]


def legislation(bien, bill_id, number, agency, active, long_desc, sub=0, eng=0, introduced=None, status=None,
                legal=None):
    rec = [('Biennium', bien), ('BillId', bill_id), ('BillNumber', number), ('SubstituteVersion', sub),
           ('EngrossedVersion', eng), ('ShortLegislationType', ltype('B', 'Bill')), ('OriginalAgency', agency),
           ('Active', 'true' if active else 'false')]
    if introduced:
        rec.append(('IntroducedDate', introduced + 'T00:00:00'))
    if status:
        line, date, code = status
        cs = [('BillId', bill_id), ('HistoryLine', line), ('ActionDate', date + 'T00:00:00')]
        if code:
            cs.append(('Status', code))
        rec.append(('CurrentStatus', cs))
    rec.append(('LongDescription', long_desc))
    if legal:
        rec.append(('LegalTitle', legal))
    return rec


def sponsors(agency, names):
    return [[('Name', n), ('Agency', agency), ('Type', 'Primary' if i == 0 else 'Secondary'), ('Order', i + 1)]
            for i, n in enumerate(names)]


def history(bill_id, lines):
    return [[('BillId', bill_id), ('HistoryLine', text), ('ActionDate', date + 'T00:00:00')] for date, text in lines]


def document(bien, name, bill_id, typ, cls, htm_dir):
    htm = f'http://lawfilesext.leg.wa.gov/biennium/{bien}/Htm/{htm_dir}/{name}.htm'
    pdf = htm.replace('/Htm/', '/Pdf/').replace('.htm', '.pdf')
    rec = [('Name', name), ('Biennium', bien)]
    if typ:
        rec.append(('Type', typ))
    rec += [('Class', cls), ('HtmUrl', htm), ('PdfUrl', pdf), ('BillId', bill_id)]
    return rec


def q(op, **params):
    return 'legislationservice.asmx/' + op + '@' + '&'.join(f'{k}={params[k]}' for k in sorted(params))


# ---- 2025-26 -----------------------------------------------------------------
B = '2025-26'
SPONSORS_1069 = ('Fosse Low Peterson Griffey Bronoske Timmons Nance Goodman Cortes Volz Ormsby Scott Mena Davis '
                 'Macri Stonier Alvarado Doglio Bernbaum Ryu Ramel Berry Reed Callan Obras Farivar Ortiz-Self '
                 'Simmons Street Pollet Fey Berg Lekanoff Salahuddin Reeves Donaghy Hill').split()
# HB 1069: dates and votes from the House and Senate bill reports, the PL certificate and the
# session-law notes; times of day in hearing lines and the absent/excused split are filled in.
H1069 = [
    ('2024-12-13', 'Prefiled for introduction.'),
    ('2025-01-13', 'First reading, referred to Labor & Workplace Standards.'),
    ('2025-01-17', 'Public hearing in the House Committee on Labor & Workplace Standards at 1:30 PM.'),
    ('2025-01-29', 'Executive action taken in the House Committee on Labor & Workplace Standards at 1:30 PM.'),
    ('2025-01-29', 'LAWS - Majority; do pass.'),
    ('2025-01-29', 'Minority; without recommendation.'),
    ('2025-02-06', 'Third reading, passed; yeas, 78; nays, 18; absent, 0; excused, 2.'),
    ('2025-03-14', 'Public hearing in the Senate Committee on Labor & Commerce at 10:30 AM.'),
    ('2025-03-28', 'Executive action taken in the Senate Committee on Labor & Commerce at 10:30 AM.'),
    ('2025-03-28', 'LC - Majority; do pass with amendment(s) and be referred to Ways & Means.'),
    ('2025-03-28', 'Minority; do not pass.'),
    ('2025-03-28', 'Minority; without recommendation.'),
    ('2025-04-05', 'Public hearing in the Senate Committee on Ways & Means at 9:00 AM.'),
    ('2025-04-08', 'Executive action taken in the Senate Committee on Ways & Means at 9:00 AM.'),
    ('2025-04-08', 'WM - Majority; do pass with amendment(s) by Labor & Commerce.'),
    ('2025-04-08', 'Minority; do not pass.'),
    ('2025-04-08', 'Minority; without recommendation.'),
    ('2026-03-04', 'Third reading, passed; yeas, 31; nays, 18; absent, 0; excused, 0.'),
]
H1069_DAY2 = H1069 + [
    ('2026-03-09', 'House concurred in Senate amendments.'),
    ('2026-03-09', 'Passed final passage; yeas, 78; nays, 17; absent, 0; excused, 3.'),
]
# SB 6137: history lines and dates as the bill page gives them (LegiScan's copy of it).
H6137 = [
    ('2026-01-14', 'First reading, referred to Business, Trade & Economic Development.'),
    ('2026-01-22', 'Public hearing in the Senate Committee on Business, Trade & Economic Development at 8:00 AM.'),
    ('2026-01-28', 'Executive action taken in the Senate Committee on Business, Trade & Economic Development at 8:00 AM.'),
    ('2026-01-28', 'BTE - Majority; do pass.'),
    ('2026-01-28', 'Minority; without recommendation.'),
    ('2026-01-29', 'Passed to Rules Committee for second reading.'),
    ('2026-02-04', 'Placed on second reading by Rules Committee.'),
    ('2026-02-11', 'Rules suspended. Placed on Third Reading.'),
    ('2026-02-11', 'Third reading, passed; yeas, 41; nays, 8; absent, 0; excused, 0.'),
    ('2026-02-14', 'First reading, referred to State Government & Tribal Relations.'),
    ('2026-02-20', 'Public hearing in the House Committee on State Government & Tribal Relations at 8:00 AM.'),
    ('2026-02-24', 'Executive action taken in the House Committee on State Government & Tribal Relations at 1:30 PM.'),
    ('2026-02-24', 'SGOV - Majority; do pass with amendment(s).'),
    ('2026-02-24', 'Minority; do not pass.'),
    ('2026-02-25', 'Referred to Rules 2 Review.'),
    ('2026-03-02', 'Rules Committee relieved of further consideration. Placed on second reading.'),
    ('2026-03-06', 'Committee amendment'),
    ('2026-03-06', 'Rules suspended. Placed on Third Reading.'),
    ('2026-03-06', 'Third reading, passed; yeas, 70; nays, 26; absent, 0; excused, 2.'),
    ('2026-03-10', 'Senate concurred in House amendments.'),
    ('2026-03-10', 'Passed final passage; yeas, 43; nays, 6; absent, 0; excused, 0.'),
    ('2026-03-11', 'President signed.'),
    ('2026-03-11', 'Speaker signed.'),
    ('2026-03-12', 'Delivered to Governor.'),
    ('2026-03-30', 'Governor signed.'),
    ('2026-03-30', 'Chapter 246, 2026 Laws.'),
    ('2026-03-30', 'Effective date 6/11/2026.'),
]
LEGAL_1069 = ('AN ACT Relating to allowing collective bargaining over contributions for certain supplemental '
              'retirement benefits;')
DESC_1069 = 'Allowing collective bargaining over contributions for certain supplemental retirement benefits.'

for day in ('day1', 'day2'):
    hist = H1069 if day == 'day1' else H1069_DAY2
    last = hist[-1]
    write(day, q('GetLegislation', biennium=B, billNumber=1069), array('ArrayOfLegislation', 'Legislation', [
        legislation(B, 'HB 1069', 1069, 'House', True, DESC_1069, introduced='2025-01-13',
                    status=(last[1], last[0], None), legal=LEGAL_1069)]))
    write(day, q('GetLegislativeStatusChangesByBillNumber', biennium=B, billNumber=1069, beginDate='2024-01-01',
                 endDate='2026-12-31'), array('ArrayOfLegislativeStatus', 'LegislativeStatus', history('HB 1069', hist)))
    docs = [document(B, '1069 AMS SALD S3166.1', 'HB 1069', None, 'Amendments', 'Amendments/Senate')]
    if day == 'day2':
        docs.insert(0, document(B, '1069.PL', 'HB 1069', 'House Passed Legislature', 'Bills',
                                'Bills/House Passed Legislature'))
    write(day, 'legislativedocumentservice.asmx/GetDocuments@biennium=2025-26&namedLike=1069',
          array('ArrayOfLegislativeDocument', 'LegislativeDocument', docs))

write('day1', q('GetLegislationByYear', year=2025), array('ArrayOfLegislationInfo', 'LegislationInfo', [
    info(B, 'HB 1069', 1069, 'House')]))
write('day1', q('GetLegislationByYear', year=2026), array('ArrayOfLegislationInfo', 'LegislationInfo', [
    info(B, 'HB 1069', 1069, 'House'), info(B, 'SB 6137', 6137, 'Senate')]))
write('day1', q('GetSponsors', biennium=B, billId='HB 1069'),
      array('ArrayOfSponsor', 'Sponsor', sponsors('House', SPONSORS_1069)))

write('day1', q('GetLegislation', biennium=B, billNumber=6137), array('ArrayOfLegislation', 'Legislation', [
    legislation(B, 'SB 6137', 6137, 'Senate', True, 'Concerning the regulated sports wagering industry.',
                introduced='2026-01-14', status=('Effective date 6/11/2026.', '2026-03-30', 'C 246 L 26'))]))
write('day1', q('GetLegislativeStatusChangesByBillNumber', biennium=B, billNumber=6137, beginDate='2024-01-01',
                endDate='2026-12-31'), array('ArrayOfLegislativeStatus', 'LegislativeStatus', history('SB 6137', H6137)))
write('day1', q('GetSponsors', biennium=B, billId='SB 6137'),
      array('ArrayOfSponsor', 'Sponsor', sponsors('Senate', ['Cortes', 'Nobles', 'Saldaña', 'Stanford', 'Wellman'])))
write('day1', 'legislativedocumentservice.asmx/GetDocuments@biennium=2025-26&namedLike=6137',
      array('ArrayOfLegislativeDocument', 'LegislativeDocument', [
          document(B, '6137.SL', 'SB 6137', 'Session Laws', 'Bills', 'Bills/Session Laws/Senate')]))

# ---- 2021-22 -----------------------------------------------------------------
B = '2021-22'
DESC_1210 = 'Replacing the term "marijuana" with the term "cannabis" throughout the Revised Code of Washington.'
LEGAL_1210 = ('AN ACT Relating to replacing the term "marijuana" with the term "cannabis" throughout the Revised '
              'Code of Washington;')
# Dates and votes from the session law's certificate and history; the House's absent/excused split is filled in.
H1210 = [
    ('2022-02-02', 'Third reading, passed; yeas, 83; nays, 13; absent, 0; excused, 2.'),
    ('2022-03-01', 'Third reading, passed; yeas, 41; nays, 8; absent, 0; excused, 0.'),
    ('2022-03-11', 'Governor signed.'),
    ('2022-03-11', 'Chapter 16, 2022 Laws.'),
    ('2022-03-11', 'Effective date 6/9/2022*.'),
]
write('day1', q('GetLegislationByYear', year=2021), array('ArrayOfLegislationInfo', 'LegislationInfo', [
    info(B, 'HB 1210', 1210, 'House'), info(B, 'SHB 1210', 1210, 'House', sub=1)]))
write('day1', q('GetLegislationByYear', year=2022), array('ArrayOfLegislationInfo', 'LegislationInfo', [
    info(B, '2SHB 1210', 1210, 'House', sub=2)]))
write('day1', q('GetLegislation', biennium=B, billNumber=1210), array('ArrayOfLegislation', 'Legislation', [
    legislation(B, 'HB 1210', 1210, 'House', False, DESC_1210, legal=LEGAL_1210),
    legislation(B, 'SHB 1210', 1210, 'House', False, DESC_1210, sub=1, legal=LEGAL_1210),
    legislation(B, '2SHB 1210', 1210, 'House', True, DESC_1210, sub=2, introduced='2022-01-18',
                status=('Effective date 6/9/2022*.', '2022-03-11', 'C 16 L 22'), legal=LEGAL_1210)]))
write('day1', q('GetLegislativeStatusChangesByBillNumber', biennium=B, billNumber=1210, beginDate='2020-01-01',
                endDate='2022-12-31'), array('ArrayOfLegislativeStatus', 'LegislativeStatus', history('2SHB 1210', H1210)))
write('day1', q('GetSponsors', biennium=B, billId='HB 1210'), array('ArrayOfSponsor', 'Sponsor', sponsors('House', [
    'Morgan', 'Peterson', 'Kloba', 'J. Johnson', 'Ryu', 'Santos', 'Ortiz-Self', 'Ormsby', 'Simmons', 'Gregerson',
    'Riccelli', 'Macri', 'Frame', 'Harris-Talley'])))
write('day1', 'legislativedocumentservice.asmx/GetDocuments@biennium=2021-22&namedLike=1210',
      array('ArrayOfLegislativeDocument', 'LegislativeDocument', [
          document(B, '1210-S2.SL', '2SHB 1210', 'Session Laws', 'Bills', 'Bills/Session Laws/House')]))
