package org.tandem.pairing.web;

import org.jspecify.annotations.Nullable;

/**
 * The form that closes a pairing: the reason, confidential to the pair and the committee.
 * Its rules are the service's, the same for the API and the page.
 */
public record CloseForm(@Nullable String reason) {

	static CloseForm empty() {
		return new CloseForm(null);
	}

	public String reasonValue() {
		return (this.reason != null) ? this.reason : "";
	}

	@Override
	public String toString() {
		// keeps the confidential reason out of logs
		return "CloseForm[***]";
	}

}
