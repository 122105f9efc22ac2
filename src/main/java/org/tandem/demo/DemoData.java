package org.tandem.demo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The demo organization: a university library with a dean, department heads, a mentoring
 * committee, 8 mentors and 12 mentees. Names and details are invented.
 */
final class DemoData {

	static final String PROGRAM_NAME = "Library Staff Mentoring 2026–27";

	static final String PROGRAM_DESCRIPTION = """
			Experienced library staff mentor colleagues in their first years. Mentors get in touch every four to six \
			weeks; pairs are encouraged to meet on walks across campus, over lunch, or at conferences. Suggested \
			topics: getting to know the library, the campus and the consortium; the organizational culture; the \
			annual review and promotion; contacts for professional development and service; sabbatical proposals \
			and reports.""";

	private static final List<String> IN_PERSON = List.of("IN_PERSON", "WALKING", "LUNCH");

	private static final List<String> MIXED = List.of("IN_PERSON", "VIDEO", "EMAIL");

	private static final List<String> REMOTE = List.of("VIDEO", "PHONE", "EMAIL");

	private DemoData() {
	}

	static List<DemoPerson> people() {
		return List.of(
				// leadership: supervisors, not participants
				person("dean", "Margaret Okafor", "she/her", "Dean of Libraries", "Library Administration",
						"Main Library", null, null, 0, List.of("strategic planning", "budgeting"), List.of(),
						List.of("English"), "Leads the libraries.", null, List.of()),
				person("head.research", "Tomás Lindqvist", "he/him", "Head of Research & Instruction",
						"Research & Instruction", "Main Library", "dean", "MENTOR", 2,
						List.of("instruction design", "promotion dossiers", "committee service"), List.of("leadership"),
						List.of("English", "Swedish"),
						"Twenty years in academic libraries, the last eight leading the instruction team.", null,
						IN_PERSON),
				person("head.collections", "Aisha Rahman", "she/her", "Head of Collections & Discovery",
						"Collections & Discovery", "Main Library", "dean", "MENTOR", 2,
						List.of("collection development", "licensing", "consortium relations"), List.of("open access"),
						List.of("English", "Bengali"),
						"Negotiates the consortium's licences and loves a good walking meeting.", null, IN_PERSON),
				person("head.special", "Henryk Nowak", "he/him", "Head of Special Collections & Archives",
						"Special Collections & Archives", "Archives Building", "dean", null, 0,
						List.of("archives", "preservation"), List.of(), List.of("English", "Polish"),
						"Keeps the archives.", null, List.of()),
				// committee
				person("committee.chair", "Grace Whitfield", "she/her", "Scholarly Communication Librarian",
						"Research & Instruction", "Main Library", "head.research", "COMMITTEE", 0,
						List.of("scholarly communication", "mentoring programs"), List.of(), List.of("English"),
						"Chairs the mentoring committee.", null, List.of()),
				person("committee.member", "Daniel Osei", "he/him", "Access Services Manager", "Access Services",
						"Main Library", "dean", "COMMITTEE", 0, List.of("access services", "staff training"), List.of(),
						List.of("English", "Twi"), "Sits on the mentoring committee.", null, List.of()),
				// mentors
				mentor("m.chen", "Li Chen", "she/her", "Data Services Librarian", "Digital Scholarship",
						"Science Library", "head.research", 2,
						List.of("research data management", "grant writing", "sabbatical proposals"),
						List.of("English", "Mandarin"), MIXED),
				mentor("m.garcia", "Rosa García", "she/her", "Subject Librarian for Humanities",
						"Research & Instruction", "Main Library", "head.research", 1,
						List.of("subject liaison", "promotion dossiers", "conference presentations"),
						List.of("English", "Spanish"), IN_PERSON),
				mentor("m.baker", "Owen Baker", "he/him", "Metadata Librarian", "Collections & Discovery",
						"Main Library", "head.collections", 1,
						List.of("cataloguing", "linked data", "professional associations"), List.of("English"), MIXED),
				mentor("m.ito", "Kenji Ito", "he/him", "Archivist", "Special Collections & Archives",
						"Archives Building", "head.special", 1,
						List.of("archival description", "exhibitions", "sabbatical reports"),
						List.of("English", "Japanese"), IN_PERSON),
				mentor("m.mensah", "Abena Mensah", "she/her", "Instruction Coordinator", "Research & Instruction",
						"Science Library", "head.research", 2,
						List.of("teaching", "annual review", "campus committees"), List.of("English", "French"),
						IN_PERSON),
				mentor("m.fischer", "Lena Fischer", "she/they", "Digital Projects Librarian", "Digital Scholarship",
						"Remote", "head.research", 1,
						List.of("digital humanities", "project management", "grant writing"),
						List.of("English", "German"), REMOTE),
				// mentees
				mentee("e.patel", "Priya Patel", "she/her", "Research Librarian", "Research & Instruction",
						"Main Library", "m.garcia", List.of("promotion dossiers", "subject liaison"),
						"Prepare for my first annual review and understand the promotion path.", IN_PERSON),
				mentee("e.kowalski", "Marek Kowalski", "he/him", "Cataloguing Assistant", "Collections & Discovery",
						"Main Library", "m.baker", List.of("linked data", "professional associations"),
						"Find my way into professional service and learn linked data.", MIXED),
				mentee("e.nguyen", "Thao Nguyen", "she/her", "Data Curator", "Digital Scholarship", "Science Library",
						"m.chen", List.of("research data management", "grant writing"),
						"Build contacts in the data community and draft a first grant proposal.", MIXED),
				mentee("e.adeyemi", "Tunde Adeyemi", "he/him", "Instruction Librarian", "Research & Instruction",
						"Science Library", "m.mensah", List.of("teaching", "campus committees"),
						"Grow as a teacher and get to know campus committees.", IN_PERSON),
				mentee("e.silva", "Beatriz Silva", "she/her", "Processing Archivist", "Special Collections & Archives",
						"Archives Building", "m.ito", List.of("exhibitions", "archival description"),
						"Curate a first exhibition.", IN_PERSON),
				mentee("e.obrien", "Siobhán O'Brien", "she/her", "Evening Supervisor", "Access Services",
						"Main Library", "committee.member", List.of("staff training", "leadership"),
						"Move towards a librarian role and understand the organizational culture.", IN_PERSON),
				mentee("e.haddad", "Karim Haddad", "he/him", "Electronic Resources Librarian",
						"Collections & Discovery", "Remote", "head.collections",
						List.of("licensing", "open access", "conference presentations"),
						"Present at a national conference.", REMOTE),
				mentee("e.moreau", "Camille Moreau", "she/her", "Digital Scholarship Fellow", "Digital Scholarship",
						"Remote", "m.fischer", List.of("digital humanities", "sabbatical proposals"),
						"Plan a research leave and a digital edition.", REMOTE),
				mentee("e.johnson", "Marcus Johnson", "he/him", "Subject Librarian for Sciences",
						"Research & Instruction", "Science Library", "head.research",
						List.of("subject liaison", "annual review", "promotion dossiers"),
						"Understand the annual review and build faculty relationships.", IN_PERSON),
				mentee("e.yamamoto", "Yui Yamamoto", "she/her", "Library Assistant", "Access Services", "Main Library",
						"committee.member", List.of("cataloguing", "professional associations"),
						"Explore technical services and pursue a library degree.", MIXED),
				mentee("e.ivanova", "Elena Ivanova", "she/her", "Preservation Specialist",
						"Special Collections & Archives", "Archives Building", "head.special",
						List.of("preservation", "grant writing", "sabbatical reports"),
						"Write a preservation grant and learn about sabbaticals.", IN_PERSON),
				mentee("e.mbeki", "Sipho Mbeki", "he/him", "Systems Librarian", "Digital Scholarship",
						"Science Library", "m.chen", List.of("project management", "linked data", "campus committees"),
						"Lead a first project across departments.", MIXED));
	}

	private static DemoPerson person(String key, String name, String pronouns, String title, String department,
			String location, @Nullable String supervisor, @Nullable String role, int capacity, List<String> expertise,
			List<String> interests, List<String> languages, String introduction, @Nullable String goals,
			List<String> formats) {
		return new DemoPerson(key, name, pronouns, title, department, location, supervisor, role, capacity, expertise,
				interests, languages, introduction, goals, formats);
	}

	private static DemoPerson mentor(String key, String name, String pronouns, String title, String department,
			String location, String supervisor, int capacity, List<String> expertise, List<String> languages,
			List<String> formats) {
		return new DemoPerson(key, name, pronouns, title, department, location, supervisor, "MENTOR", capacity,
				expertise, List.of(), languages,
				name + " has mentored new colleagues before and enjoys sharing what the job does not write down.", null,
				formats);
	}

	private static DemoPerson mentee(String key, String name, String pronouns, String title, String department,
			String location, String supervisor, List<String> interests, String goals, List<String> formats) {
		return new DemoPerson(key, name, pronouns, title, department, location, supervisor, "MENTEE", 0, List.of(),
				interests, List.of("English"), name + " joined the library recently.", goals, formats);
	}

}
