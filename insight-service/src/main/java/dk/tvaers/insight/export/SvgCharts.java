package dk.tvaers.insight.export;

import dk.tvaers.insight.calculator.model.Projection;
import dk.tvaers.insight.figures.api.Figure;
import dk.tvaers.insight.figures.api.FigureRow;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The figures as SVG charts, drawn on the server so any client (the web frontend, a report, a slide) can show
 * them as they are: JFreeChart lays the chart out, Apache Batik writes it as SVG with the text kept as text.
 * Labels are Danish; a withheld value is a gap, and the chart says which periods were withheld.
 */
@Component
public class SvgCharts {

    static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");

    private enum Kind { LINE, BAR }

    /**
     * What a figure's chart shows.
     *
     * @param keys    the series plotted
     * @param byGroup one line or bar per group (sector, team, kind of stay) of the first key
     * @param byRow   the rows (cohorts) along the axis instead of the periods
     */
    private record Spec(Kind kind, List<String> keys, boolean byGroup, boolean byRow, String axis) {
    }

    private static final Map<String, Spec> SPECS = Map.ofEntries(
            Map.entry("follow-ups", new Spec(Kind.LINE, List.of("heldPerCitizen", "expectedPerCitizen"), false,
                    false, "Opfølgninger pr. borger")),
            Map.entry("sub-goals", new Spec(Kind.BAR, List.of("shareAchieved"), false, false, "Procent")),
            Map.entry("progression", new Spec(Kind.LINE, List.of("shareImproved"), false, false, "Procent")),
            Map.entry("ratings", new Spec(Kind.LINE, List.of("averageRating"), false, false, "Vurdering (1-5)")),
            Map.entry("coordination", new Spec(Kind.LINE, List.of("shareWithCoordinator"), false, false, "Procent")),
            Map.entry("cohorts", new Spec(Kind.BAR, List.of("shareAchieved", "shareImproved"), false, true,
                    "Procent")),
            Map.entry("caseloads", new Spec(Kind.LINE, List.of("averageCaseload"), true, false,
                    "Sager pr. sagsbehandler")),
            Map.entry("grant-costs", new Spec(Kind.BAR, List.of("cost"), false, false, "Kroner")),
            Map.entry("housing", new Spec(Kind.LINE, List.of("placeYears"), true, false, "Pladsår")),
            Map.entry("duplicate-payments", new Spec(Kind.BAR, List.of("flaggedOffers"), false, false, "Tilbud")),
            Map.entry("cost-per-sector", new Spec(Kind.BAR, List.of("costPerCitizen"), true, false,
                    "Kroner pr. borger")),
            Map.entry("benefits", new Spec(Kind.LINE, List.of("onBenefitAtEnd", "leftBenefits"), false, false,
                    "Borgere")));

    /** The figure as an SVG document. */
    public String chart(Figure figure) {
        Spec spec = SPECS.get(figure.id());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> withheld = new LinkedHashSet<>();
        for (FigureRow row : figure.rows()) {
            if (spec.byRow()) {
                for (String key : spec.keys()) {
                    add(data, row.value(key), label(figure, key), row.groupLabel());
                    if (row.suppressedValues().contains(key)) {
                        withheld.add(row.groupLabel());
                    }
                }
            } else if (spec.byGroup() == (row.group() != null)) {
                for (String key : spec.byGroup() ? spec.keys().subList(0, 1) : spec.keys()) {
                    String series = spec.byGroup() ? row.groupLabel() : label(figure, key);
                    add(data, row.value(key), series, row.period());
                    if (row.suppressedValues().contains(key)) {
                        withheld.add(spec.byGroup() ? row.period() + " " + row.groupLabel() : row.period());
                    }
                }
            }
        }
        String axis = spec.byRow() ? "" : "Periode";
        JFreeChart chart = spec.kind() == Kind.LINE
                ? ChartFactory.createLineChart(figure.title(), axis, spec.axis(), data)
                : ChartFactory.createBarChart(figure.title(), axis, spec.axis(), data);
        style(chart);
        if (!withheld.isEmpty()) {
            chart.addSubtitle(new TextTitle("Diskretioneret (færre end 5 borgere): " + String.join(", ", withheld),
                    new Font(Font.SANS_SERIF, Font.ITALIC, 12)));
        }
        return svg(chart);
    }

    /** The investment's costs and savings each year, and the discounted net added up. */
    public String chart(String title, Projection projection) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset line = new DefaultCategoryDataset();
        for (Projection.Year year : projection.years()) {
            String column = String.valueOf(year.year());
            bars.addValue(year.costs(), "Udgifter", column);
            bars.addValue(year.savings(), "Besparelser", column);
            line.addValue(year.cumulativePresentNet(), "Akkumuleret nettoresultat (nutidsværdi)", column);
        }
        JFreeChart chart = ChartFactory.createBarChart(title, "År", "Kroner", bars);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, new Color(0xC0, 0x39, 0x2B));
        plot.getRenderer().setSeriesPaint(1, new Color(0x2E, 0x8B, 0x57));
        plot.setDataset(1, line);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, new Color(0x00, 0x44, 0x88));
        plot.setRenderer(1, renderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        style(chart);
        chart.addSubtitle(new TextTitle(projection.breakEvenYear() == null
                ? "Investeringen tjener sig ikke hjem inden for perioden"
                : "Tjener sig hjem i " + projection.breakEvenYear() + "; nettoresultat (nutidsværdi) "
                + NumberFormat.getIntegerInstance(DANISH).format(projection.netPresentValue()) + " kr.",
                new Font(Font.SANS_SERIF, Font.PLAIN, 13)));
        return svg(chart);
    }

    private static void add(DefaultCategoryDataset data, BigDecimal value, String series, String column) {
        data.addValue(value, series, column);
    }

    private static String label(Figure figure, String key) {
        return figure.series().stream().filter(s -> s.key().equals(key)).map(Figure.Series::label).findFirst()
                .orElse(key);
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(NumberFormat.getNumberInstance(DANISH));
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        if (plot.getRenderer() instanceof LineAndShapeRenderer line) {
            line.setDefaultShapesVisible(true);
        }
    }

    private static String svg(JFreeChart chart) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
            SVGGraphics2D graphics = new SVGGraphics2D(document);
            graphics.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
            chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
            StringWriter out = new StringWriter();
            graphics.stream(out, true);
            graphics.dispose();
            // no DOCTYPE: SVG needs none, and an XML reader of the chart should not fetch the W3C's DTD
            return DOCTYPE.matcher(out.toString()).replaceFirst("");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
