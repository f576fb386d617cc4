package vtbill

// RECONSTRUCTED bills. Bill numbers, sessions, subjects and (where noted in the
// PROVENANCE file) titles, sponsors and VT LEG tags are real facts; every body
// sentence is written here to mimic Vermont drafting style and is NOT the text
// of the real bill. A '|' marks a place the layout may hyphenate a word.

// Bills returns the reconstructed printings used by tests and the offline demo.
func Bills() []Bill {
	return []Bill{s124Introduced(), s124Passed(), s38Introduced(), h351Introduced(), h999Introduced()}
}

func frontMatter(id, sponsor, subject, purpose, title string) []Paragraph {
	return []Paragraph{
		{Text: id},
		{Text: "Introduced by " + sponsor},
		{Text: "Referred to Committee on"},
		{Text: "Date:"},
		{Text: "Subject: " + subject},
		{Text: "Statement of purpose of bill as introduced: " + purpose},
		{Text: title},
		{Text: "It is hereby enacted by the General Assembly of the State of Vermont:"},
	}
}

const (
	s124Subject = "Crimes and criminal procedure; law enforcement; facial recognition technology"
	s124Purpose = "This bill proposes to prohibit law enforcement officers from using facial recognition techno|logy, or information acquired through its use, until the General Assembly authorizes that use, and to bar searches of motor vehicle photographs."
	s124Title   = "An act relating to law enforcement use of facial recognition technology"
)

func s124Introduced() Bill {
	body := frontMatter("S.124", "Committee on Judiciary", s124Subject, s124Purpose, s124Title)
	body = append(body,
		Paragraph{Text: "Sec. 1. FINDINGS"},
		Paragraph{Text: "The General Assembly finds that:", Indent: 5},
		Paragraph{Text: "(1) Facial recognition technology compares an image of a face with a database of images, such as the photographs that the Department of Motor Vehicles keeps of every operator’s license and nondriver identi|fication card holder.", Indent: 5},
		Paragraph{Text: "(2) Studies of commercial systems have found markedly higher rates of misidentification for women and for people of color.", Indent: 5},
		Paragraph{Text: "(3) Vermonters who apply for an operator’s license do not consent to having their photographs searched in criminal investigations.", Indent: 5},
		Paragraph{Text: "Sec. 2. 20 V.S.A. § 4623 is added to read:"},
		Paragraph{Text: "§ 4623. LAW ENFORCEMENT USE OF FACIAL RECOGNITION TECHNOLOGY; MORATORIUM", Indent: 5},
		Paragraph{Text: "(a) As used in this section:", Indent: 5},
		Paragraph{Text: "(1) “Facial recognition” means the semi-automated or automated process of identifying or verifying an individual by comparing the characteristics of the individual’s face with a database of face images.", Indent: 5},
		Paragraph{Text: "(2) “Law enforcement officer” has the same meaning as in section 2358 of this title.", Indent: 5},
		Paragraph{Text: "(b) A law enforcement officer shall not use facial recognition technology or any information acquired through the use of facial recognition technology, whether from a State or non-federal source, except as the General Assembly expressly authorizes by statute.", Indent: 5},
		Paragraph{Text: "(c) The Department of Motor Vehicles shall not perform a facial recognition search of operator’s license, learner’s permit, or nondriver identification card photographs on behalf of a law enforcement agency.", Indent: 5},
		Paragraph{Text: "(d) Information obtained in violation of this section shall not be admissible in any judicial or administrative proceeding.", Indent: 5},
		Paragraph{Text: "Sec. 3. EFFECTIVE DATE"},
		Paragraph{Text: "This act shall take effect on July 1, 2019.", Indent: 5},
	)
	return Bill{Slug: "2020", ID: "S.124", Version: "As Introduced", File: FileName("S.124", "As Introduced"),
		Head: "BILL AS INTRODUCED", Year: "2019", Tag: "VT LEG #340912 v.1", Body: body}
}

// s124Passed amends the findings, the moratorium and the motor vehicle
// subsection, and adds a reporting section, so a version diff has real work.
func s124Passed() Bill {
	body := frontMatter("S.124", "Committee on Judiciary", s124Subject, s124Purpose, s124Title)
	body = append(body,
		Paragraph{Text: "Sec. 1. FINDINGS"},
		Paragraph{Text: "The General Assembly finds that:", Indent: 5},
		Paragraph{Text: "(1) Facial recognition technology compares an image of a face with a database of images, such as the photographs that the Department of Motor Vehicles keeps of every operator’s license and nondriver identi|fication card holder.", Indent: 5},
		Paragraph{Text: "(2) Independent testing of commercial systems has found higher rates of misidentification for women, for older and younger individuals, and for people of color.", Indent: 5},
		Paragraph{Text: "(3) Vermonters who apply for an operator’s license do not consent to having their photographs searched in criminal investigations.", Indent: 5},
		Paragraph{Text: "(4) No Vermont law enforcement agency has adopted a written policy governing the use of facial recognition technology.", Indent: 5},
		Paragraph{Text: "Sec. 2. 20 V.S.A. § 4623 is added to read:"},
		Paragraph{Text: "§ 4623. MORATORIUM ON FACIAL RECOGNITION TECHNOLOGY", Indent: 5},
		Paragraph{Text: "(a) As used in this section:", Indent: 5},
		Paragraph{Text: "(1) “Facial recognition” means the semi-automated or automated process of identifying or verifying an individual by comparing the characteristics of the individual’s face with a database of face images.", Indent: 5},
		Paragraph{Text: "(2) “Law enforcement officer” has the same meaning as in section 2358 of this title.", Indent: 5},
		Paragraph{Text: "(b) A law enforcement officer shall not use facial recognition technology or any information acquired through the use of facial recognition technology unless the use would be permitted with respect to drones under section 4622 of this title or the General Assembly expressly consents to the use.", Indent: 5},
		Paragraph{Text: "(c) The Department of Motor Vehicles shall not perform a facial recognition search of operator’s license, learner’s permit, privilege card, or nondriver identification card photographs on behalf of any State, local, or federal agency, and shall not provide those photographs to a non-federal or federal agency for that purpose.", Indent: 5},
		Paragraph{Text: "(d) Information obtained in violation of this section shall not be admissible in any judicial or administrative proceeding.", Indent: 5},
		Paragraph{Text: "Sec. 3. REPORT"},
		Paragraph{Text: "On or before January 15, 2021, the Department of Public Safety shall report to the House and Senate Committees on Judiciary on any use of facial recognition technology by Vermont law enforcement agencies between January 1, 2019 and the effective date of this act.", Indent: 5},
		Paragraph{Text: "Sec. 4. EFFECTIVE DATE"},
		Paragraph{Text: "This act shall take effect on passage.", Indent: 5},
	)
	return Bill{Slug: "2020", ID: "S.124", Version: "As Passed by Both House and Senate Unofficial",
		File: FileName("S.124", "As Passed by Both House and Senate Unofficial"),
		Head: "BILL AS PASSED BY THE HOUSE AND SENATE", Year: "2020", Tag: "VT LEG #351274 v.1", Body: body}
}

func s38Introduced() Bill {
	body := frontMatter("S.38", "Committee on Transportation",
		"Motor vehicles; operator’s privilege cards; Department of Motor Vehicles",
		"This bill proposes to allow Vermont residents who cannot provide a Social Security number or proof of lawful presence to obtain an operator’s privilege card, and to prohibit the Department of Motor Vehicles from sharing applicants’ information for immigration enforcement.",
		"An act relating to operator’s privilege cards")
	body = append(body,
		Paragraph{Text: "Sec. 1. 23 V.S.A. § 603 is amended to read:"},
		Paragraph{Text: "§ 603. APPLICATION FOR AND ISSUANCE OF LICENSE", Indent: 5},
		Paragraph{Text: "* * *", Indent: 30},
		Paragraph{Text: "(e)(1) An applicant who is a resident of this State but who is unable to provide a Social Security number or documents establishing lawful presence in the United States may apply for an operator’s privilege card. The applicant shall provide proof of identity and of Vermont residency and shall satisfy the testing requirements that apply to an operator’s license.", Indent: 5},
		Paragraph{Text: "(2) Proof of identity may include an unexpired foreign passport, a consular identification card, or a certified copy of a birth certifi|cate. Proof of residency may include mail received at the appli|cant’s residence together with a bank statement or a tax return.", Indent: 5},
		Paragraph{Text: "(3) A privilege card shall bear the words “not valid for federal identification purposes” and shall otherwise confer the same driving privileges as an operator’s license.", Indent: 5},
		Paragraph{Text: "(f) The Department shall not disclose an applicant’s name, address, photograph, Social Security status, or the documents the applicant presented to any federal agency for the purpose of enforcing federal immigration law, unless required by a court order.", Indent: 5},
		Paragraph{Text: "Sec. 2. EFFECTIVE DATE"},
		Paragraph{Text: "This act shall take effect on January 1, 2014.", Indent: 5},
	)
	return Bill{Slug: "2014", ID: "S.38", Version: "As Introduced", File: FileName("S.38", "As Introduced"),
		Head: "BILL AS INTRODUCED", Year: "2013", Tag: "VT LEG #284406 v.1", Body: body}
}

func h351Introduced() Bill {
	body := frontMatter("H.351", "Representative Headrick of Burlington",
		"Motor vehicles; operator’s licenses; operator’s privilege cards; nondriver identification cards",
		"This bill proposes to extend the validity of operator’s licenses, privilege cards, and nondriver identification cards to eight years; to reduce those fees for individ|uals with low income; and to direct the Department of Motor Vehi|cles to plan for identification cards that show a full legal name and that unhoused individuals can obtain.",
		"An act relating to operator’s licenses, privilege cards, and nondriver identification cards")
	body = append(body,
		Paragraph{Text: "Sec. 1. 23 V.S.A. § 601 is amended to read:"},
		Paragraph{Text: "§ 601. LICENSE REQUIRED", Indent: 5},
		Paragraph{Text: "* * *", Indent: 30},
		Paragraph{Text: "(b)(1)(A) All operator’s licenses issued under this chapter shall expire, unless earlier cancelled, at midnight on the eve of the license holder’s birthday following eight years after the date of issue.", Indent: 5},
		Paragraph{Text: "Sec. 2. 23 V.S.A. § 115 is amended to read:"},
		Paragraph{Text: "§ 115. NONDRIVER IDENTIFICATION CARDS", Indent: 5},
		Paragraph{Text: "* * *", Indent: 30},
		Paragraph{Text: "(b) Every identification card shall expire on the cardholder’s birthday following eight years after the date of issue.", Indent: 5},
		Paragraph{Text: "Sec. 3. REDUCED FEES; INDIVIDUALS WITH LOW INCOME"},
		Paragraph{Text: "An individual whose household income does not exceed 200 percent of the federal poverty guidelines shall pay one-half of the fee otherwise due for an operator’s license, privilege card, or nondriver identi|fication card. The Commissioner may take proof of enrollment in a means-tested benefit program as proof of income.", Indent: 5},
		Paragraph{Text: "Sec. 4. DEPARTMENT OF MOTOR VEHICLES; PLAN; OUTREACH"},
		Paragraph{Text: "On or before January 15, 2026, the Department of Motor Vehicles shall submit a plan to the House and Senate Committees on Transportation to ensure that identification cards display an individual’s full legal name and can be obtained by unhoused individuals and individuals without a permanent residence, and shall conduct outreach about these changes through community organizations.", Indent: 5},
		Paragraph{Text: "Sec. 5. EFFECTIVE DATE"},
		Paragraph{Text: "This act shall take effect on July 1, 2025.", Indent: 5},
	)
	return Bill{Slug: "2026", ID: "H.351", Version: "As Introduced", File: FileName("H.351", "As Introduced"),
		Head: "BILL AS INTRODUCED", Year: "2025", Tag: "VT LEG #380662 v.1", Body: body}
}

// h999Introduced is an ordinary bill off the DMV-data topic; its number, title
// and text are all invented (the number was chosen to be implausible as a
// collision with a real bill's content).
func h999Introduced() Bill {
	body := frontMatter("H.999", "Committee on Agriculture, Food Resiliency, and Forestry",
		"Agriculture; water quality; required agricultural practices",
		"This bill proposes to require small farms to keep nutrient management records and to direct the Agency of Agriculture, Food and Markets to report on phosphorus reduction in the Lake Champlain basin.",
		"An act relating to agricultural water quality")
	body = append(body,
		Paragraph{Text: "Sec. 1. 6 V.S.A. § 4810a is amended to read:"},
		Paragraph{Text: "§ 4810a. REQUIRED AGRICULTURAL PRACTICES; NUTRIENT RECORDS", Indent: 5},
		Paragraph{Text: "* * *", Indent: 30},
		Paragraph{Text: "(c) A small farm shall keep records of the date, rate, and location of each application of manure or fertilizer and shall retain those records for five years. The Secretary may inspect the records at any reasonable time.", Indent: 5},
		Paragraph{Text: "(d) A farm that fails to keep the records required by subsection (c) of this section shall be subject to the enforcement provisions of this chapter; however, the Secretary shall first offer technical assis|tance.", Indent: 5},
		Paragraph{Text: "Sec. 2. REPORT; PHOSPHORUS REDUCTION"},
		Paragraph{Text: "On or before December 15, 2026, the Secretary of Agriculture, Food and Markets shall report to the House Committee on Agriculture, Food Resiliency, and Forestry and the Senate Committee on Agriculture on progress toward the phosphorus reduction targets for the Lake Champlain basin, including the number of farms inspected and the cost-share funds awarded.", Indent: 5},
		Paragraph{Text: "Sec. 3. EFFECTIVE DATE"},
		Paragraph{Text: "This act shall take effect on July 1, 2025.", Indent: 5},
	)
	return Bill{Slug: "2026", ID: "H.999", Version: "As Introduced", File: FileName("H.999", "As Introduced"),
		Head: "BILL AS INTRODUCED", Year: "2025", Tag: "VT LEG #381905 v.1", Body: body}
}
