package feedtest

import (
	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/store"
)

const docs = "https://legislature.vermont.gov/Documents/"

const s124Introduced = `S.124
Introduced by Senator Example
Referred to Committee on Judiciary
Date: January 7, 2020
Subject: Crimes; law enforcement; facial recognition technology
Statement of purpose of bill as introduced: This bill proposes to impose a moratorium on the use of facial recognition technology by law enforcement.

An act relating to law enforcement use of facial recognition technology

It is hereby enacted by the General Assembly of the State of Vermont:

Sec. 1. FINDINGS
The General Assembly finds that:
(1) Facial recognition technology can be used to identify persons in databases of images, such as the photographs that the Department of Motor Vehicles keeps of every operator's license and nondriver identification card holder.
(2) Studies of commercial systems show higher error rates for some groups.

Sec. 2. 20 V.S.A. § 4623 is added to read:
§ 4623. LAW ENFORCEMENT USE OF FACIAL RECOGNITION TECHNOLOGY
(a) A law enforcement officer shall not use facial recognition technology or information derived from it.
(b) Information obtained in violation of this section is not admissible in any judicial or administrative proceeding.

Sec. 3. EFFECTIVE DATE
This act shall take effect on passage.`

const s124Passed = `S.124
An act relating to law enforcement use of facial recognition technology

It is hereby enacted by the General Assembly of the State of Vermont:

Sec. 1. FINDINGS
The General Assembly finds that:
(1) Facial recognition technology can be used to identify persons in databases of images, such as the photographs that the Department of Motor Vehicles keeps of every operator's license and nondriver identification card holder.
(2) Independent testing of commercial systems shows higher error rates for women and people of color.

Sec. 2. 20 V.S.A. § 4623 is added to read:
§ 4623. LAW ENFORCEMENT USE OF FACIAL RECOGNITION TECHNOLOGY
(a) Except as provided in subsection (c), a law enforcement officer shall not use facial recognition technology or information derived from it.
(b) Information obtained in violation of this section is not admissible in any judicial or administrative proceeding.
(c) The Department of Motor Vehicles shall not permit any facial recognition search of its photographs on behalf of a law enforcement agency.

Sec. 3. REPORT
On or before January 15, 2021, the Department of Public Safety shall report to the General Assembly on the use of facial recognition technology.

Sec. 4. EFFECTIVE DATE
This act shall take effect on passage.`

const h351Introduced = `H.351
Introduced by Representative Example
Referred to Committee on Transportation
Subject: Motor vehicles; operator's licenses; operator's privilege cards; nondriver identification cards
Statement of purpose of bill as introduced: This bill proposes to limit what the Department of Motor Vehicles may share about applicants for privilege cards.

An act relating to operator's licenses, privilege cards, and nondriver identification cards

Sec. 1. 23 V.S.A. § 104 is amended to read:
§ 104. RECORDS
The Commissioner shall not disclose the personal information of an applicant for an operator's privilege card to any federal immigration agency except under a judicial warrant.`

func s124(day int) bill.Bill {
	b := bill.Bill{Jurisdiction: "vt", Session: "2020", Identifier: "S.124",
		Title:          "An act relating to law enforcement use of facial recognition technology",
		Classification: []string{"bill"}, Chamber: "upper",
		Sponsors: []bill.Sponsor{{Name: "Sen. Example Sears", Primary: true}, {Name: "Sen. Example Ashe"}},
		Sources:  []string{"https://legislature.vermont.gov/bill/status/2020/S.124"},
		Status:   "In House Committee on Judiciary",
		Actions: []bill.Action{
			{Date: "2020-01-07", Chamber: "upper", Text: "Read 1st time & referred to Committee on Judiciary", Classification: []string{"introduction", "referral-committee"}},
			{Date: "2020-02-21", Chamber: "upper", Text: "Read 3rd time & passed", Classification: []string{"reading-3", "passage"}, Order: 1},
			{Date: "2020-03-03", Chamber: "lower", Text: "Read 1st time & referred to Committee on Judiciary", Classification: []string{"reading-1", "referral-committee"}, Order: 2},
		},
		Versions: []bill.Version{{Name: "As Introduced", URL: docs + "2020/Docs/BILLS/S-0124/S-0124%20As%20Introduced.pdf", MediaType: "application/pdf", Class: "introduced"}},
	}
	if day == 2 {
		b.Status = "Signed by Governor"
		b.Citations = []string{"Act 166"}
		b.Actions = append(b.Actions,
			bill.Action{Date: "2020-09-22", Chamber: "lower", Text: "Read 3rd time & passed in concurrence with proposal of amendment", Classification: []string{"reading-3", "passage"}, Order: 3},
			bill.Action{Date: "2020-10-08", Chamber: "executive", Text: "Governor approved bill on October 7, 2020", Classification: []string{"executive-signature"}, Order: 4},
		)
		b.Versions = append(b.Versions, bill.Version{Name: "As Passed by Both House and Senate (Unofficial)",
			URL: docs + "2020/Docs/BILLS/S-0124/S-0124%20As%20Passed%20by%20Both%20House%20and%20Senate%20Unofficial.pdf", MediaType: "application/pdf", Class: "enrolled"})
	}
	return b
}

func h351(day int) bill.Bill {
	b := bill.Bill{Jurisdiction: "vt", Session: "2026", Identifier: "H.351",
		Title:          "An act relating to operator's licenses, privilege cards, and nondriver identification cards",
		Classification: []string{"bill"}, Chamber: "lower",
		Sponsors: []bill.Sponsor{{Name: "Rep. Example Kornheiser", Primary: true}},
		Sources:  []string{"https://legislature.vermont.gov/bill/status/2026/H.351"},
		Actions: []bill.Action{
			{Date: "2025-02-20", Chamber: "lower", Text: "Read first time and referred to the Committee on Transportation", Classification: []string{"introduction", "referral-committee"}},
		},
		Versions: []bill.Version{{Name: "As Introduced", URL: docs + "2026/Docs/BILLS/H-0351/H-0351%20As%20Introduced.pdf", MediaType: "application/pdf", Class: "introduced"}},
	}
	if day == 2 {
		b.Actions = append(b.Actions, bill.Action{Date: "2026-01-16", Chamber: "lower",
			Text: "Favorable report with recommendation of amendment by Committee on Transportation", Classification: []string{"committee-passage-favorable"}, Order: 1})
	}
	return b
}

func h999() bill.Bill {
	return bill.Bill{Jurisdiction: "vt", Session: "2026", Identifier: "H.999", Title: "An act relating to agricultural water quality",
		Classification: []string{"bill"}, Sources: []string{"https://legislature.vermont.gov/bill/status/2026/H.999"},
		Actions:  []bill.Action{{Date: "2026-01-08", Chamber: "lower", Text: "Read first time and referred to the Committee on Agriculture", Classification: []string{"introduction"}}},
		Versions: []bill.Version{{Name: "As Introduced", URL: docs + "2026/Docs/BILLS/H-0999/H-0999%20As%20Introduced.pdf", MediaType: "application/pdf"}}}
}

const hostileText = "Sec. 1. <b>bold</b> & ]]> \x0c form feed \xff byte <script>alert(1)</script>"

func hostile(day int) bill.Bill {
	b := bill.Bill{Jurisdiction: "zz", Session: "2026", Identifier: "H.666", Title: HostileTitle,
		Status:   "Status <img src=x onerror=alert(1)> & \x08",
		Sponsors: []bill.Sponsor{{Name: "Rep. <i>Evil</i> & \x00Sons", Primary: true}},
		Sources:  []string{"javascript:alert(1)"},
		Actions:  []bill.Action{{Date: "2026-01-05", Text: "Introduced <script>alert(2)</script> ]]> \x1b[31m", Classification: []string{"introduction"}}},
		Versions: []bill.Version{{Name: "As <Introduced> & ]]>", URL: "https://example.test/h666.pdf?a=1&b=<2>", MediaType: "application/pdf"}},
	}
	if day == 2 {
		b.Versions = append(b.Versions, bill.Version{Name: "Amended ]]> \x01", URL: "https://example.test/h666-2.pdf"})
	}
	return b
}

func day1(opt Options) []store.Observation {
	obs := []store.Observation{
		{Bill: s124(1), Texts: map[string]store.Text{s124(1).Versions[0].URL: text(s124Introduced, Day1)},
			Matches: match(`"Department of Motor Vehicles" + "facial recognition" within 60 words in version:As Introduced`,
				store.MatchHit{Term: "facial recognition", Group: "use", Field: "version:As Introduced", Snippet: "…An act relating to law enforcement use of facial recognition technology It is hereby enacted…"},
				store.MatchHit{Term: "Department of Motor Vehicles", Group: "records", Field: "version:As Introduced", Snippet: "…such as the photographs that the Department of Motor Vehicles keeps of every operator's license…"})},
		{Bill: h351(1), Texts: map[string]store.Text{h351(1).Versions[0].URL: text(h351Introduced, Day1)},
			Matches: match(`"privilege card" in title`,
				store.MatchHit{Term: "privilege card", Group: "any", Field: "title", Snippet: "An act relating to operator's licenses, privilege cards, and nondriver identification cards"})},
		{Bill: h999(), Texts: map[string]store.Text{h999().Versions[0].URL: text("An act relating to agricultural water quality.", Day1)}},
	}
	if opt.Hostile {
		h := hostile(1)
		obs = append(obs, store.Observation{Bill: h, Texts: map[string]store.Text{h.Versions[0].URL: text(hostileText, Day1)},
			Matches: match("reason with <script>alert(3)</script> & ]]>",
				store.MatchHit{Term: "<script>", Group: "any", Field: "title", Snippet: "An act <script>alert('x')</script> & ]]> \x01"})})
	}
	return obs
}

// Day2Observations are the observations of day 2.
func Day2Observations(opt Options) []store.Observation {
	s := s124(2)
	passed := withDiff(text(s124Passed, Day2), "As Introduced", s124Introduced)
	obs := []store.Observation{
		{Bill: s, Texts: map[string]store.Text{s.Versions[1].URL: passed}, Matches: day1(Options{})[0].Matches},
		{Bill: h351(2), Matches: day1(Options{})[1].Matches},
		{Bill: h999()},
	}
	if opt.Hostile {
		h := hostile(2)
		second := withDiff(text(hostileText+" <b>more</b> ]]> \x02 text", Day2), h.Versions[0].Name, hostileText)
		obs = append(obs, store.Observation{Bill: h, Texts: map[string]store.Text{h.Versions[1].URL: second}, Matches: day1(opt)[3].Matches})
	}
	return obs
}
