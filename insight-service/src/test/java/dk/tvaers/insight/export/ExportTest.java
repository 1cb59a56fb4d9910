package dk.tvaers.insight.export;

import dk.tvaers.insight.calculator.model.InvestmentCalculator;
import dk.tvaers.insight.calculator.model.Projection;
import dk.tvaers.insight.figures.api.Baseline;
import dk.tvaers.insight.figures.api.Figure;
import dk.tvaers.insight.figures.api.Suppression;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures as CSV and as SVG charts. */
class ExportTest {

    static final Figure RATINGS = new Figure("ratings", "Borgernes vurdering af hjælpen", "",
            List.of(new Figure.Series("ratings", "Vurderinger", "antal"),
                    new Figure.Series("averageRating", "Gennemsnitlig vurdering", "1-5")),
            List.of(Suppression.row("2024", null, null, 3).citizens("ratings", new BigDecimal("3"))
                            .citizens("averageRating", new BigDecimal("4.00")).build(),
                    Suppression.row("2025", null, null, 6).citizens("ratings", new BigDecimal("7"))
                            .citizens("averageRating", new BigDecimal("3.86")).build()),
            List.of());

    @Test
    void aFigureAsCsvHasADanishHeaderDotDecimalsAndSaysWhatIsWithheld() {
        String csv = Csv.of(RATINGS);

        assertThat(csv.split("\r\n")).containsExactly(
                "Periode,Gruppe,Borgere,Vurderinger (antal),Gennemsnitlig vurdering (1-5)",
                "2024,I alt,diskretioneret,diskretioneret,diskretioneret",
                "2025,I alt,6,7,3.86");
    }

    @Test
    void aFigureRendersAsAnSvgChartWithItsSeriesAndTheWithheldPeriodsNamed() throws Exception {
        String svg = new SvgCharts().chart(RATINGS);

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(texts(document)).contains("Borgernes vurdering af hjælpen", "Gennemsnitlig vurdering",
                "Diskretioneret (færre end 5 borgere): 2024");
    }

    @Test
    void theProjectionRendersWithCostsSavingsAndTheBreakEvenYear() throws Exception {
        Projection projection = InvestmentCalculator.project(
                dk.tvaers.insight.calculator.InvestmentCalculatorTestData.workedExample(),
                new Baseline(2026, List.of()));

        String svg = new SvgCharts().chart("Psykiatriteamet opnormeres", projection);

        List<String> texts = texts(parse(svg));
        assertThat(texts).contains("Udgifter", "Besparelser", "Akkumuleret nettoresultat (nutidsværdi)", "2027", "2033");
        assertThat(String.join(" ", texts)).contains("Tjener sig hjem i 2029");
        assertThat(Csv.of(projection).split("\r\n")[3])
                .isEqualTo("2029,0.6000,4700000,5664000,2088000,0,7752000,3052000,0.933511,2849075,585249");
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
