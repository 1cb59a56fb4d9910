package dk.tvaers.insight.export;

import dk.tvaers.insight.calculator.model.Projection;
import dk.tvaers.insight.figures.api.Figure;
import dk.tvaers.insight.figures.api.FigureRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures as CSV (RFC 4180): comma-separated, a header row in Danish, numbers with a dot as decimal separator
 * and no thousands separator, a withheld value as {@value #WITHHELD}, a value with nothing to divide by empty.
 */
public final class Csv {

    static final String WITHHELD = "diskretioneret";
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private Csv() {
    }

    public static String of(Figure figure) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Periode", "Gruppe", "Borgere"));
        figure.series().forEach(s -> header.add(s.label() + " (" + s.unit() + ")"));
        line(csv, header);
        for (FigureRow row : figure.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.period());
            cells.add(row.groupLabel() == null ? "I alt" : row.groupLabel());
            cells.add(row.citizens() != null ? row.citizens().toString()
                    : row.suppressed() ? WITHHELD : "");
            for (Figure.Series series : figure.series()) {
                cells.add(row.suppressedValues().contains(series.key()) ? WITHHELD : number(row.value(series.key())));
            }
            line(csv, cells);
        }
        return csv.toString();
    }

    public static String of(Projection projection) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.of("År", "Andel af fuld effekt", "Udgifter (kr.)", "Besparelse botilbud (kr.)",
                "Besparelse forsørgelse (kr.)", "Besparelse anbringelser (kr.)", "Besparelser i alt (kr.)",
                "Netto (kr.)", "Diskonteringsfaktor", "Netto nutidsværdi (kr.)", "Akkumuleret nutidsværdi (kr.)"));
        for (Projection.Year year : projection.years()) {
            line(csv, List.of(String.valueOf(year.year()), number(year.rampUp()), number(year.costs()),
                    number(year.housingSavings()), number(year.benefitSavings()), number(year.placementSavings()),
                    number(year.savings()), number(year.net()), number(year.discountFactor()),
                    number(year.presentNet()), number(year.cumulativePresentNet())));
        }
        line(csv, List.of("I alt", "", number(projection.totalCosts()), "", "", "", number(projection.totalSavings()),
                number(projection.totalNet()), "", number(projection.netPresentValue()), ""));
        return csv.toString();
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
