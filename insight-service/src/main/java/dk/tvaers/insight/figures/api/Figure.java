package dk.tvaers.insight.figures.api;

import java.util.List;

/**
 * One figure of the investment insight, as a table any client can draw: a row per period (and group, such
 * as a sector or a team), a column per series. Values computed from fewer than {@value Suppression#MIN_CITIZENS}
 * citizens are suppressed: {@code null}, named in the row's {@code suppressedValues}, never shown as 0.
 *
 * @param id          the figure's id in the API, e.g. {@code follow-ups}
 * @param title       the title in Danish
 * @param description what it shows and how it is counted, in Danish
 * @param series      the columns
 * @param rows        a row per period (and group)
 * @param notes       how to read it, in Danish
 */
public record Figure(String id, String title, String description, List<Series> series, List<FigureRow> rows,
                     List<String> notes) {

    public Figure {
        series = List.copyOf(series);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * A column.
     *
     * @param key   its key in each row's values
     * @param label its name in Danish, e.g. {@code Opfølgninger pr. borger}
     * @param unit  e.g. {@code antal}, {@code kr.}, {@code %}, {@code år}
     */
    public record Series(String key, String label, String unit) {
    }
}
