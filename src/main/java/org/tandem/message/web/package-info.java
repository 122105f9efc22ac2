/**
 * The conversation page of a pairing (with its htmx fragment) and the messages API.
 */
@NullMarked
package org.tandem.message.web;

import org.jspecify.annotations.NullMarked;
