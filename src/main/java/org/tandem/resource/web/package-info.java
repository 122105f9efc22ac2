/**
 * The resources pages and the resources API of a program.
 */
@NullMarked
package org.tandem.resource.web;

import org.jspecify.annotations.NullMarked;
