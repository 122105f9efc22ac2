package org.tandem.support;

import org.tandem.pairing.Pairings;
import org.tandem.program.Programs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Makes a fresh {@link PairWorld} for each test: autowire it in an
 * {@link IntegrationTest} and call {@link #create()} in {@code @BeforeEach}.
 */
public class PairWorlds {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final Programs programs;

	private final Pairings pairings;

	private final Fixtures fixtures;

	PairWorlds(MockMvc mvc, JdbcClient jdbc, Programs programs, Pairings pairings, Fixtures fixtures) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.programs = programs;
		this.pairings = pairings;
		this.fixtures = fixtures;
	}

	public PairWorld create() {
		return new PairWorld(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures);
	}

}
