/**
 * The celebration's and the idea board's pages, JSON API and PDF.
 */
@NullMarked
package org.tandem.celebration.web;

import org.jspecify.annotations.NullMarked;
