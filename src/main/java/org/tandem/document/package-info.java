/**
 * Documents a pair shares for review (a sabbatical proposal, a promotion dossier): PDF,
 * DOCX or ODT files in versions, with the partner's comments per version, read and
 * written by the mentor and the mentee only and stored only encrypted.
 */
@NullMarked
package org.tandem.document;

import org.jspecify.annotations.NullMarked;
