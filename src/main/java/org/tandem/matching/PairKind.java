package org.tandem.matching;

/**
 * Whether the committee forbade or pinned a pair for a run.
 */
enum PairKind {

	FORBID, PIN

}
