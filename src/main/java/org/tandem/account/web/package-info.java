/**
 * The web adapters of accounts: sign-in, password, invitation and API token pages and the
 * token API.
 */
@NullMarked
package org.tandem.account.web;

import org.jspecify.annotations.NullMarked;
