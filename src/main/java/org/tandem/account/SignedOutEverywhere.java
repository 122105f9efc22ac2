package org.tandem.account;

import java.util.UUID;

/**
 * A person was signed out everywhere (a password change, a disable): every credential
 * that stands for them must end with their sessions and tokens. Delivered synchronously,
 * in the same transaction, so that nothing outlives the change by a moment.
 */
public record SignedOutEverywhere(UUID personId) {
}
