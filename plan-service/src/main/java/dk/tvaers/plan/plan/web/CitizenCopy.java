package dk.tvaers.plan.plan.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dk.tvaers.plan.plan.api.MeasurementKind;
import dk.tvaers.plan.plan.api.Measurement;
import dk.tvaers.plan.plan.api.PlanView;
import dk.tvaers.plan.plan.api.SubGoalStatus;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The citizen's own copy of the plan: a PDF in plain Danish, addressed to the citizen ("din plan", "du"),
 * with the dream and goals in their own words, who helps with what and by when, and when we meet next.
 * Built with OpenPDF using the standard Helvetica font in Windows-1252, which holds æ, ø and å, so the
 * document needs no embedded font and its text can be copied and read aloud.
 */
@Component
class CitizenCopy {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final Color DARK_BLUE = new Color(0x00, 0x2B, 0x5C);
    private static final Map<String, String> SECTORS = Map.of(
            "jobcenter", "Jobcentret",
            "social-services", "Socialafdelingen",
            "psychiatry", "Psykiatrien",
            "addiction-centre", "Misbrugscentret",
            "probation", "Kriminalforsorgen");

    private final Font title = font(22, Font.BOLD, DARK_BLUE);
    private final Font heading = font(15, Font.BOLD, DARK_BLUE);
    private final Font strong = font(12, Font.BOLD, Color.BLACK);
    private final Font body = font(12, Font.NORMAL, Color.BLACK);
    private final Font quiet = font(10, Font.NORMAL, Color.DARK_GRAY);

    byte[] render(PlanView plan, LocalDate printedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        document.addTitle("Din plan");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("da-DK"));
        document.addCreator("Tværs");
        document.open();

        document.add(new Paragraph("Din plan", title));
        document.add(line("Planen er lavet sammen med dig. Her står, hvad du gerne vil, hvad du arbejder hen imod, "
                + "og hvem der hjælper dig.", body));
        document.add(line("Udskrevet " + DATE.format(printedOn) + ".", quiet));

        section(document, "Din drøm");
        document.add(line(plan.dream() != null ? "»" + plan.dream() + "«"
                : "Vi har ikke skrevet din drøm ned endnu. Det gør vi sammen næste gang.", body));

        section(document, "Dine mål");
        if (plan.goals().isEmpty()) {
            document.add(line("Vi har ikke skrevet dine mål ned endnu.", body));
        }
        Map<UUID, String> subGoalNames = plan.subGoals().stream()
                .collect(Collectors.toMap(PlanView.SubGoalView::subGoalId, PlanView.SubGoalView::description));
        for (PlanView.GoalView goal : plan.goals()) {
            document.add(spaced(new Paragraph("Mål: " + goal.text(), strong)));
            List<PlanView.SubGoalView> steps = plan.subGoals().stream()
                    .filter(s -> s.goalId().equals(goal.goalId())).toList();
            if (steps.isEmpty()) {
                document.add(indented("Vi har ikke delt målet op i mindre skridt endnu."));
            }
            int number = 1;
            for (PlanView.SubGoalView step : steps) {
                document.add(indented(number++ + ". skridt: " + step.description(), strong));
                document.add(indented("Hvem hjælper dig: " + sector(step.owningSector())));
                document.add(indented("Hvornår: senest " + DATE.format(step.dueOn())));
                document.add(indented("Sådan ser vi, om det går fremad: " + measure(step.measurement())));
                if (!step.readings().isEmpty()) {
                    PlanView.ReadingView last = step.readings().get(step.readings().size() - 1);
                    document.add(indented("Sidst vi fulgte op (" + DATE.format(last.on()) + "): "
                            + number(last.value()) + unit(step.measurement())));
                }
                document.add(indented("Hvor langt er du: " + status(step)));
            }
        }

        section(document, "Den hjælp du får");
        if (plan.activities().isEmpty()) {
            document.add(line("Der er ikke skrevet nogen hjælp ind i planen endnu.", body));
        }
        for (PlanView.ActivityView activity : plan.activities()) {
            document.add(spaced(new Paragraph(activity.title() + " (" + activity.kind().danish().toLowerCase(DANISH)
                    + ")", strong)));
            document.add(indented("Fra " + sector(activity.sector()) + (activity.provider() != null
                    ? ", " + activity.provider() : "")));
            LocalDate end = activity.endedOn() != null ? activity.endedOn() : activity.endsOn();
            document.add(indented("Fra " + DATE.format(activity.startsOn())
                    + (end != null ? " til " + DATE.format(end) : "")));
            String serves = activity.subGoalIds().stream().map(subGoalNames::get).filter(s -> s != null)
                    .collect(Collectors.joining("; "));
            if (!serves.isEmpty()) {
                document.add(indented("Hjælper dig med: " + serves));
            }
        }

        section(document, "Opfølgning");
        int months = plan.followUp().frequencyMonths();
        document.add(line("Vi mødes og følger op på din plan " + (months == 1 ? "hver måned"
                : months == 3 ? "hver tredje måned" : months == 12 ? "mindst en gang om året"
                : "hver " + months + ". måned") + ".", body));
        document.add(line("Næste gang: senest " + DATE.format(plan.followUp().nextDueOn()) + ".", strong));
        if (!plan.followUps().isEmpty()) {
            PlanView.FollowUpView last = plan.followUps().get(plan.followUps().size() - 1);
            document.add(line("Sidste opfølgning var " + DATE.format(last.heldOn()) + ".", body));
            if (last.citizenRating() != null) {
                document.add(line("Du gav hjælpen " + last.citizenRating() + " ud af 5.", body));
            }
            if (last.citizenComment() != null) {
                document.add(line("Det sagde du: »" + last.citizenComment() + "«", body));
            }
            if (last.adjustments() != null) {
                document.add(line("Det aftalte vi: " + last.adjustments(), body));
            }
        }

        document.add(spaced(new Paragraph("Har du spørgsmål til din plan, så kontakt din koordinerende "
                + "sagsbehandler. Du har ret til at se alt, hvad der står om dig.", quiet)));
        document.close();
        return out.toByteArray();
    }

    private void section(Document document, String text) {
        Paragraph paragraph = new Paragraph(text, heading);
        paragraph.setSpacingBefore(18);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    private static Paragraph line(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(4);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }

    private Paragraph indented(String text) {
        return indented(text, body);
    }

    private static Paragraph indented(String text, Font font) {
        Paragraph paragraph = new Paragraph(new Chunk(text, font));
        paragraph.setIndentationLeft(18);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static String sector(String code) {
        return SECTORS.getOrDefault(code, code);
    }

    private static String status(PlanView.SubGoalView step) {
        String reason = step.statusReason() != null ? " (" + step.statusReason() + ")" : "";
        if (step.status() == SubGoalStatus.ACHIEVED) {
            return "Nået " + DATE.format(step.statusChangedOn()) + ". Godt gået!" + reason;
        }
        if (step.status() == SubGoalStatus.DROPPED) {
            return "Vi er holdt op med at arbejde med det" + reason + ".";
        }
        if (step.status() == SubGoalStatus.ADJUSTED) {
            return "Vi er i gang. Skridtet er blevet ændret" + reason + ".";
        }
        return "Vi er i gang.";
    }

    private static String measure(Measurement measurement) {
        String from = measurement.baseline() != null ? "fra " + number(measurement.baseline()) + " " : "";
        if (measurement.kind() == MeasurementKind.SCALE_1_TO_10) {
            return "Du giver point fra 1 til 10. Vi vil " + from + "op på " + number(measurement.target()) + ".";
        }
        if (measurement.kind() == MeasurementKind.FUNCTIONING_LEVEL) {
            return "Vi vurderer sammen, hvor meget det er svært for dig, fra 0 (slet ikke) til 4 (helt). Vi vil "
                    + from + "ned på " + number(measurement.target()) + ".";
        }
        return (from.isEmpty() ? "Målet er " : from.substring(0, 1).toUpperCase(DANISH) + from.substring(1) + "til ")
                + number(measurement.target()) + " " + measurement.unit() + ".";
    }

    private static String unit(Measurement measurement) {
        return measurement.kind() == MeasurementKind.FIGURE ? " " + measurement.unit()
                : measurement.kind() == MeasurementKind.SCALE_1_TO_10 ? " ud af 10" : " (0 til 4)";
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static Font font(float size, int style, Color color) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style, color);
    }
}
