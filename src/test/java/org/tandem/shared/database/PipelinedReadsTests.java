package org.tandem.shared.database;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.shared.database.PipelinedReads.Pending;
import org.tandem.support.IntegrationTest;
import org.tandem.support.QueryCounter;
import org.tandem.support.QueryCounter.Counted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@IntegrationTest
class PipelinedReadsTests {

	@Autowired
	PipelinedReads reads;

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void readsAddedInAGetRequestTravelTogetherAndEachGetsItsOwnRows() throws Exception {
		inRequest("GET");
		Counted<List<Object>> counted = QueryCounter.count(() -> {
			Pending<List<Integer>> series = this.reads.list(
					"select g from generate_series(1, :last) g where g <> all(:skip) order by g",
					Map.of("last", 5, "skip", new Integer[] { 2, 4 }), (rs, row) -> rs.getInt(1));
			Pending<List<String>> words = this.reads.list("select w from unnest(:words) w where w in (:wanted)",
					Map.of("words", new String[] { "ask", "listen", "grow" }, "wanted", List.of("grow", "ask")),
					(rs, row) -> rs.getString(1));
			Pending<Long> none = this.reads.query("select count(*) from generate_series(1, 0)", Map.of(), (rs) -> {
				rs.next();
				return rs.getLong(1);
			});
			return List.of(words.get(), series.get(), none.get());
		});
		assertThat(counted.result()).containsExactly(List.of("ask", "grow"), List.of(1, 3, 5), 0L);
		assertThat(counted.roundTrips()).isEqualTo(1);
		assertThat(counted.statements()).isEqualTo(3);
	}

	@Test
	void aReadAddedLaterInTheRequestGoesOnItsOwnAfterTheFirstList() throws Exception {
		inRequest("GET");
		Counted<List<Integer>> counted = QueryCounter.count(() -> {
			Pending<Integer> first = one(1);
			Pending<Integer> second = one(2);
			int a = first.get();
			Pending<Integer> third = one(3);
			return List.of(a, second.get(), third.get(), first.get());
		});
		assertThat(counted.result()).containsExactly(1, 2, 3, 1);
		assertThat(counted.roundTrips()).isEqualTo(2);
	}

	@Test
	void outsideAGetRequestEachReadIsSentAlone() throws Exception {
		inRequest("POST");
		Counted<List<Integer>> posted = QueryCounter.count(() -> {
			Pending<Integer> first = one(1);
			Pending<Integer> second = one(2);
			return List.of(second.get(), first.get());
		});
		RequestContextHolder.resetRequestAttributes();
		Counted<List<Integer>> alone = QueryCounter.count(() -> {
			Pending<Integer> first = one(1);
			Pending<Integer> second = one(2);
			return List.of(second.get(), first.get());
		});
		assertThat(posted.result()).containsExactly(2, 1);
		assertThat(posted.roundTrips()).isEqualTo(2);
		assertThat(alone.result()).containsExactly(2, 1);
		assertThat(alone.roundTrips()).isEqualTo(2);
	}

	@Test
	void aFailingReadFailsTheListItTravelsWith() {
		inRequest("GET");
		Pending<Integer> good = one(1);
		Pending<Integer> bad = this.reads.query("select 1 / (:zero)::int", Map.of("zero", 0), (rs) -> 0);
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(bad::get);
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(good::get);
		assertThat(one(7).get()).isEqualTo(7);
	}

	@Test
	void aFailingExtractorFailsOnlyItsOwnRead() {
		inRequest("GET");
		Pending<Integer> broken = this.reads.query("select 1", Map.of(), (rs) -> {
			throw new IllegalStateException("broken extractor");
		});
		Pending<Integer> after = one(2);
		assertThat(after.get()).isEqualTo(2);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(broken::get).withMessage("broken extractor");
	}

	@Test
	void aReadEndsWithoutASemicolon() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.reads.query("select 1;", Map.of(), (rs) -> 1));
	}

	private Pending<Integer> one(int value) {
		return this.reads.query("select :value::int", Map.of("value", value), (rs) -> {
			rs.next();
			return rs.getInt(1);
		});
	}

	private static void inRequest(String method) {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/")));
	}

}
