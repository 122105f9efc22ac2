package org.tandem.notification;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.PageResponse;

/**
 * The links to the pages before and after one page of a list.
 */
final class PageLinks {

	private PageLinks() {
	}

	static @Nullable String previous(PageResponse<?> page, String path) {
		return (page.page() > 0) ? path + "?page=" + (page.page() - 1) : null;
	}

	static @Nullable String next(PageResponse<?> page, String path) {
		long shown = (long) (page.page() + 1) * page.size();
		return (shown < page.total()) ? path + "?page=" + (page.page() + 1) : null;
	}

	/**
	 * A page number from the address bar; anything that is not a small number is page 0
	 * rather than an error page.
	 */
	static int pageNumber(String page) {
		return page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
	}

}
