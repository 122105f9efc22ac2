/**
 * The home page and the frame (page context) every page is rendered in.
 */
@NullMarked
package org.tandem.home.web;

import org.jspecify.annotations.NullMarked;
