/**
 * The feedback pages and JSON API.
 */
@NullMarked
package org.tandem.feedback.web;

import org.jspecify.annotations.NullMarked;
