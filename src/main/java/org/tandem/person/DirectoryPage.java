package org.tandem.person;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.PageResponse;

/**
 * One page of the people directory with the links to the pages around it.
 */
public record DirectoryPage(PageResponse<Person> results, String query) {

	public @Nullable String previousHref() {
		return (this.results.page() > 0) ? href(this.results.page() - 1) : null;
	}

	public @Nullable String nextHref() {
		long shown = (long) (this.results.page() + 1) * this.results.size();
		return (shown < this.results.total()) ? href(this.results.page() + 1) : null;
	}

	public long firstShown() {
		return this.results.items().isEmpty() ? 0 : (long) this.results.page() * this.results.size() + 1;
	}

	public long lastShown() {
		return (long) this.results.page() * this.results.size() + this.results.items().size();
	}

	String href(int page) {
		return "/people?query=" + URLEncoder.encode(this.query, StandardCharsets.UTF_8) + "&page=" + page;
	}

}
