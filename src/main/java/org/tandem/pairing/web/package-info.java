/**
 * The web adapters of the pairing feature: its pages and its part of the JSON API.
 */
@NullMarked
package org.tandem.pairing.web;

import org.jspecify.annotations.NullMarked;
