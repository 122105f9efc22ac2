/**
 * The exports page and the export downloads, for the committee's session and for the JSON
 * API.
 */
@NullMarked
package org.tandem.export.web;

import org.jspecify.annotations.NullMarked;
