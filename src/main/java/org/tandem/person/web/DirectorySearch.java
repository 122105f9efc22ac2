package org.tandem.person.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * The directory's search box and page number. A page number that is no number, or a query
 * longer than any name, is not an error worth a page: the first page is shown, the query
 * cut short.
 */
record DirectorySearch(@Nullable String query, @Min(0) @Max(999_999) @Nullable Integer page) {

	static final int QUERY_MAX = 200;

	String boundedQuery() {
		String text = (this.query != null) ? this.query : "";
		return (text.length() > QUERY_MAX) ? text.substring(0, QUERY_MAX) : text;
	}

	int pageOrFirst(BindingResult binding) {
		return (this.page == null || binding.hasFieldErrors("page")) ? 0 : this.page;
	}

}
