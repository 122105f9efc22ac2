package org.tandem.demo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One person of the demo, with their place in the organization and, if they take part, in
 * the program.
 *
 * @param key short name used to refer to the person's supervisor
 * @param role {@code COMMITTEE}, {@code MENTOR}, {@code MENTEE}, or {@code null} for
 * people who only supervise
 */
record DemoPerson(String key, String name, String pronouns, String title, String department, String location,
		@Nullable String supervisorKey, @Nullable String role, int capacity, List<String> expertise,
		List<String> interests, List<String> languages, String introduction, @Nullable String goals,
		List<String> meetingFormats) {

	String email(String domain) {
		return this.key + "@" + domain;
	}

}
