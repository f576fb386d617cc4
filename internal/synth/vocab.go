package synth

// The vocabulary below is written for this generator. Topics are weighted by a
// Zipf draw (early topics are common), so full-text queries match a realistic
// share of bills rather than all of them: the DMV-data topic is deliberately
// rare, as it is in a real legislative year.

// topic is one subject area: the title's "relating to" phrase, the phrases
// its text draws on, and the committee that hears it.
type topic struct {
	subject   string
	committee string
	phrases   []string
}

var topics = []topic{
	{"education funding", "Education", []string{"school district", "education property tax", "per pupil spending", "supervisory union", "school board", "special education services", "prekindergarten program", "teacher licensure"}},
	{"health insurance", "Health and Welfare", []string{"health insurer", "prior authorization", "covered benefits", "premium rate review", "pharmacy benefit manager", "Medicaid beneficiaries", "out-of-pocket costs", "network adequacy"}},
	{"taxation", "Ways and Means", []string{"income tax credit", "sales and use tax", "property tax adjustment", "taxable year", "Commissioner of Taxes", "adjusted gross income", "exemption from tax", "meals and rooms tax"}},
	{"criminal procedure", "Judiciary", []string{"criminal defendant", "pretrial release", "expungement of records", "sealing of criminal history", "probable cause", "State's Attorney", "sentencing court", "victim notification"}},
	{"municipal government", "Government Operations", []string{"municipal charter", "legislative body", "town meeting", "local option tax", "selectboard", "annual report", "public notice", "municipal clerk"}},
	{"housing", "General and Housing", []string{"affordable housing", "residential rental agreement", "security deposit", "tenant protections", "eviction proceeding", "housing trust fund", "accessory dwelling unit", "mobile home park"}},
	{"environmental protection", "Natural Resources", []string{"stormwater permit", "Agency of Natural Resources", "wetland buffer", "water quality standard", "solid waste", "hazardous material", "air pollution control", "shoreland protection"}},
	{"agriculture", "Agriculture", []string{"required agricultural practices", "nutrient management plan", "dairy farm", "cost-share payment", "farm products", "agricultural water quality", "Secretary of Agriculture", "pesticide application"}},
	{"public safety", "Judiciary", []string{"law enforcement agency", "body-worn camera", "use of force", "Criminal Justice Council", "firearm transfer", "emergency medical services", "fire marshal", "dispatch services"}},
	{"transportation infrastructure", "Transportation", []string{"highway project", "bridge maintenance", "town highway aid", "transportation program", "public transit", "rail corridor", "bicycle and pedestrian facilities", "Agency of Transportation"}},
	{"labor and employment", "Economic Development", []string{"minimum wage", "unemployment insurance", "paid family leave", "workers' compensation", "collective bargaining", "employee classification", "workplace safety", "earned sick time"}},
	{"energy", "Energy and Technology", []string{"renewable energy standard", "net metering", "electric distribution utility", "weatherization program", "energy efficiency utility", "thermal energy", "Public Utility Commission", "electric vehicle charging"}},
	{"mental health", "Health and Welfare", []string{"mental health services", "involuntary treatment", "designated agency", "crisis response", "substance use disorder", "peer support", "psychiatric residential treatment", "emergency examination"}},
	{"elections", "Government Operations", []string{"early voting", "voter registration", "ballot access", "campaign finance", "town clerk", "absentee ballot", "election officials", "canvassing committee"}},
	{"consumer protection", "Commerce", []string{"unfair and deceptive acts", "Attorney General", "consumer contract", "automatic renewal", "debt collection", "price gouging", "warranty obligations", "consumer complaint"}},
	{"corrections", "Corrections and Institutions", []string{"correctional facility", "parole board", "reentry services", "incarcerated individuals", "furlough", "community supervision", "Department of Corrections", "solitary confinement"}},
	{"child welfare", "Human Services", []string{"foster care", "child protective services", "kinship placement", "mandated reporter", "child care subsidy", "family services division", "juvenile proceeding", "adoption assistance"}},
	{"data privacy", "Commerce", []string{"personal data", "data broker", "consumer health data", "biometric identifiers", "targeted advertising", "data controller", "privacy notice", "sensitive data"}},
	{"fish and wildlife", "Natural Resources", []string{"hunting license", "trapping season", "Fish and Wildlife Board", "game warden", "wildlife management area", "fishing access", "endangered species", "deer season"}},
	{"professional regulation", "Government Operations", []string{"Office of Professional Regulation", "licensing board", "continuing education", "unprofessional conduct", "scope of practice", "license renewal", "reciprocity", "disciplinary action"}},
	{"appropriations", "Appropriations", []string{"general fund", "fiscal year", "appropriated to", "one-time funding", "special fund", "budget adjustment", "carryforward", "grant program"}},
	{"cannabis", "Government Operations", []string{"Cannabis Control Board", "cannabis establishment", "retail license", "cultivation tier", "testing laboratory", "local control", "cannabis product", "excise tax"}},
	{"public records", "Government Operations", []string{"public records request", "exemption from disclosure", "custodian of records", "open meeting", "executive session", "records retention", "Public Records Act", "inspection and copying"}},
	{"telecommunications", "Energy and Technology", []string{"broadband service", "communications union district", "universal service fund", "wireless facility", "pole attachment", "connectivity board", "last mile", "fiber network"}},
	{"firearms", "Judiciary", []string{"extreme risk protection order", "waiting period", "background check", "firearm storage", "ghost gun", "relinquishment of firearms", "licensed dealer", "domestic abuse"}},
	{"motor vehicles", "Transportation", []string{"motor vehicle registration", "operator's license", "Commissioner of Motor Vehicles", "inspection sticker", "commercial driver's license", "license plate", "traffic violation", "vehicle title"}},
	{"immigration and state agencies", "Judiciary", []string{"federal immigration enforcement", "immigration status", "civil immigration detainer", "fair and impartial policing", "citizenship or immigration status", "Department of Homeland Security", "information sharing", "sanctuary policy"}},
	{"driver's license data and immigration enforcement", "Transportation", []string{"driver privilege card", "Department of Motor Vehicles", "license photographs", "facial recognition technology", "motor vehicle records", "immigration enforcement", "nondriver identification card", "personal information in motor vehicle records"}},
}

var sentences = []string{
	"The %s shall adopt rules to implement this section, including rules governing %s.",
	"As used in this section, %q means any %s within the meaning of this chapter.",
	"On or before January 15 of each year, the %s shall report to the General Assembly on %s.",
	"Notwithstanding any provision of law to the contrary, a %s shall not be required to provide %s.",
	"A person who violates this section shall be subject to a civil penalty of not more than $1,000.00 for each violation involving %s or %s.",
	"The Secretary may enter into agreements with other states concerning %s, provided that %s is protected.",
	"Nothing in this section shall be construed to limit the authority of the %s with respect to %s.",
	"There is created the %s Working Group to study %s and to make recommendations for legislative action.",
	"Any information concerning %s that is obtained under this subsection shall be kept confidential, except as provided for %s.",
	"The amount appropriated for %s in fiscal year 2026 shall be increased to support %s.",
}

var generalNouns = []string{"the Department", "the Agency", "the Board", "the Commissioner", "the Secretary of State",
	"the Office of Legislative Counsel", "the Joint Fiscal Office", "any person", "the court", "the Governor"}

// Action texts in the form legislatures write them, with Open States codes.
var nationalActions = []struct {
	text  string
	codes []string
}{
	{"Introduced and read first time", []string{"introduction", "reading-1"}},
	{"Referred to Committee on %s", []string{"referral-committee"}},
	{"Public hearing held by Committee on %s", []string{"hearing-held"}},
	{"Reported favorably with amendment by Committee on %s", []string{"committee-passage-favorable"}},
	{"Read second time; amendment offered by the committee agreed to", []string{"reading-2", "amendment-passage"}},
	{"Read third time and passed; yeas 24, nays 5", []string{"reading-3", "passage"}},
	{"Received from the other chamber and read first time", []string{"introduction", "reading-1"}},
	{"Referred to Committee on %s in the second chamber", []string{"referral-committee"}},
	{"Committee on %s recommends do pass", []string{"committee-passage-favorable"}},
	{"Passed in concurrence; yeas 102, nays 41", []string{"passage"}},
	{"Delivered to the Governor", []string{"executive-receipt"}},
	{"Signed by the Governor", []string{"executive-signature"}},
	{"Carried over to the next session", []string{"other"}},
	{"Died in committee upon adjournment", []string{"failure"}},
}

// Vermont's detailed-status wording (shared/docs/sources.md sample texts).
var vermontActions = []string{
	"Read first time and referred to the Committee on %s",
	"Favorable report with recommendation of amendment by Committee on %s",
	"Read second time",
	"Recommendation of amendment agreed to",
	"Read third time and passed",
	"Roll Call Results Passed -- Needed 73 of 144 to Pass -- Yeas = 101, Nays = 43",
	"Senate message: passed in concurrence",
	"Delivered to Governor on %s",
	"House message: Governor approved bill on %s",
}

var surnames = []string{"Anderson", "Beaulieu", "Campbell", "Dubois", "Ellis", "Fontaine", "Garcia", "Hartley", "Ibrahim", "Jensen",
	"Kowalski", "Lambert", "Morrison", "Nguyen", "O'Brien", "Patel", "Quinn", "Rousseau", "Sullivan", "Thibault", "Underwood",
	"Vasquez", "Whitcomb", "Yamamoto", "Zielinski"}

var towns = []string{"Burlington", "Montpelier", "Rutland", "Brattleboro", "Barre", "St. Albans", "Middlebury", "Bennington",
	"Newport", "Springfield", "Winooski", "Hartford", "Essex", "Colchester", "Stowe"}
