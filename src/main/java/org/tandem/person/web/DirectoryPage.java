package org.tandem.person.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.tandem.person.Person;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.web.Pager;

/**
 * One page of the people directory with the links to the pages around it.
 */
public record DirectoryPage(PageResponse<Person> results, String query) {

	public Pager pager() {
		return Pager.of(this.results, path());
	}

	public long firstShown() {
		return this.results.items().isEmpty() ? 0 : (long) this.results.page() * this.results.size() + 1;
	}

	public long lastShown() {
		return (long) this.results.page() * this.results.size() + this.results.items().size();
	}

	String href(int page) {
		return path() + "&page=" + page;
	}

	private String path() {
		return "/people?query=" + URLEncoder.encode(this.query, StandardCharsets.UTF_8);
	}

}
