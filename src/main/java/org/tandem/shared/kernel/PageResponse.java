package org.tandem.shared.kernel;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in the JSON API: {@code { "items", "page", "size", "total" }}.
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

	public <R> PageResponse<R> map(Function<T, R> mapper) {
		return new PageResponse<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total);
	}

}
