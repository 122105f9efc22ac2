/**
 * Accounts: passwords, sign-in and its throttling, sessions, API tokens, invitations and
 * the security rules of the web and the API.
 */
@NullMarked
package org.tandem.account;

import org.jspecify.annotations.NullMarked;
