package org.tandem.shared.kernel;

/**
 * A validated page request: {@code page} from 0, {@code size} from 1 to
 * {@value #MAX_SIZE}.
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 200;

	public Paging {
		if (page < 0) {
			throw new InvalidInputException("page", "must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
		}
	}

	public static Paging of(Integer page, Integer size) {
		return new Paging(page == null ? 0 : page, size == null ? 50 : size);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}
