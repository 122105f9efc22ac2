/**
 * The one-time setup page that creates the first administrator.
 */
@NullMarked
package org.tandem.setup.web;

import org.jspecify.annotations.NullMarked;
