/**
 * The web adapters of the program feature: its pages and its part of the JSON API.
 */
@NullMarked
package org.tandem.program.web;

import org.jspecify.annotations.NullMarked;
