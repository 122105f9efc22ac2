package org.tandem.health.web;

import java.util.List;

/**
 * A horizontal bar chart drawn as SVG on the server: one row per bar, its label on the
 * left and its value written after the bar, so that nothing is told by colour or length
 * alone. {@code health/barChart.jte} draws it with a title, a summary and the data table.
 *
 * @param id unique on the page, for the title's and the summary's ids
 * @param title what the chart shows
 * @param summary the chart in one or two sentences, for everyone
 * @param labelHeading the data table's first column heading
 * @param valueHeading the data table's second column heading
 * @param max the largest value, worked out once (each bar's length needs it)
 */
public record BarChart(String id, String title, String summary, String labelHeading, String valueHeading,
		List<Bar> bars, long max) {

	/** The drawing's width in SVG units. */
	public static final int WIDTH = 640;

	/** Where the bars start: the labels are right-aligned before it. */
	public static final int BARS_FROM = 190;

	/** The longest bar, leaving room for its value after it. */
	static final int BARS_WIDTH = 380;

	public static final int ROW = 28;

	public static final int BAR = 18;

	public BarChart {
		bars = List.copyOf(bars);
	}

	public BarChart(String id, String title, String summary, String labelHeading, String valueHeading, List<Bar> bars) {
		this(id, title, summary, labelHeading, valueHeading, bars, bars.stream().mapToLong(Bar::value).max().orElse(0));
	}

	public int height() {
		return Math.max(1, this.bars.size()) * ROW + 8;
	}

	/**
	 * The length of a bar: proportional to the largest, at least 2 units for a non-zero
	 * value.
	 */
	public long length(Bar bar) {
		long max = this.max;
		if (max == 0 || bar.value() == 0) {
			return 0;
		}
		return Math.max(2, Math.round((double) bar.value() * BARS_WIDTH / max));
	}

	public int top(int index) {
		return index * ROW + 4;
	}

	/** The baseline of the row's texts, centred on the bar. */
	public int baseline(int index) {
		return top(index) + BAR / 2 + 5;
	}

	/** One bar: its label and its value. */
	public record Bar(String label, long value) {

	}

}
