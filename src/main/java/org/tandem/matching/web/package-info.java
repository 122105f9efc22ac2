/**
 * The matching pages and JSON API: runs, their review and what-ifs, the settings and the
 * participants' rankings.
 */
@NullMarked
package org.tandem.matching.web;

import org.jspecify.annotations.NullMarked;
