package us

import "encoding/xml"

// The BILLSTATUS XML as decoded. One struct reads all three formats the
// samples show: legacy (2016-2022: billNumber/billType, committee per action,
// otherSubjects), the 2022 layout (billNumber/billType, billCommittees,
// billSubjects/legislativeSubjects, billSummaries) and format version 3.0.0
// (number/type, subjects/legislativeSubjects, summaries/summary). Where the
// formats name a thing differently, both names are fields and the reader
// takes whichever is present.
type xBillStatus struct {
	XMLName xml.Name `xml:"billStatus"`
	Version string   `xml:"version"`
	Bill    *xBill   `xml:"bill"`
}

type xBill struct {
	Number         string `xml:"number"`
	BillNumber     string `xml:"billNumber"`
	Type           string `xml:"type"`
	BillType       string `xml:"billType"`
	Congress       string `xml:"congress"`
	OriginChamber  string `xml:"originChamber"`
	IntroducedDate string `xml:"introducedDate"`
	Title          string `xml:"title"`

	Titles     []xTitle   `xml:"titles>item"`
	Actions    []xAction  `xml:"actions>item"`
	Sponsors   []xPerson  `xml:"sponsors>item"`
	Cosponsors []xPerson  `xml:"cosponsors>item"`
	Related    []xRelated `xml:"relatedBills>item"`
	Laws       []xLaw     `xml:"laws>item"`
	Versions   []xVersion `xml:"textVersions>item"`

	PolicyArea     string   `xml:"policyArea>name"`                                     // 2022, v3
	PrimarySubject string   `xml:"primarySubject>name"`                                 // legacy
	Subjects       []string `xml:"subjects>legislativeSubjects>item>name"`              // v3
	SubjectsBS     []string `xml:"subjects>billSubjects>legislativeSubjects>item>name"` // 2022
	SubjectsOther  []string `xml:"subjects>billSubjects>otherSubjects>item>name"`       // legacy

	Summaries   []xSummary `xml:"summaries>summary"`            // v3
	SummariesBS []xSummary `xml:"summaries>billSummaries>item"` // legacy, 2022

	LatestAction struct {
		Date string `xml:"actionDate"`
		Text string `xml:"text"`
	} `xml:"latestAction"`
}

type xTitle struct {
	Type  string `xml:"titleType"`
	Title string `xml:"title"`
}

type xAction struct {
	Date       string   `xml:"actionDate"`
	Time       string   `xml:"actionTime"`
	Code       string   `xml:"actionCode"`
	Type       string   `xml:"type"`
	Text       string   `xml:"text"`
	SourceCode string   `xml:"sourceSystem>code"`
	SourceName string   `xml:"sourceSystem>name"`
	Committees []string `xml:"committees>item>name"` // 2022, v3
	Committee  string   `xml:"committee>name"`       // legacy
}

type xPerson struct {
	FullName   string `xml:"fullName"`
	FirstName  string `xml:"firstName"`
	MiddleName string `xml:"middleName"`
	LastName   string `xml:"lastName"`
	Name       string `xml:"name"` // legacy "Miller, Jeff"
	Withdrawn  string `xml:"sponsorshipWithdrawnDate"`
}

type xRelated struct {
	Congress      string   `xml:"congress"`
	Number        string   `xml:"number"`
	Type          string   `xml:"type"`
	Relationships []string `xml:"relationshipDetails>item>type"`
}

type xLaw struct {
	Type   string `xml:"type"`
	Number string `xml:"number"`
}

type xVersion struct {
	Type string   `xml:"type"`
	Date string   `xml:"date"`
	URLs []string `xml:"formats>item>url"`
}

type xSummary struct {
	ActionDate string `xml:"actionDate"`
	UpdateDate string `xml:"updateDate"`
	Text       string `xml:"text"`
}
