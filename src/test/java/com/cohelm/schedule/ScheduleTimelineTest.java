package com.cohelm.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class ScheduleTimelineTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 17);
    private static final String SUMMARY =
            "{0} milestones from {1} to {2}; {3} late; {4} done; {5} planned later than their baseline.";
    private static final TimelineLabels LABELS = new TimelineLabels("Schedule", "Today", "Baseline", "Planned",
            "Done", "Baseline B1", SUMMARY, "No milestones.");
    private static final TimelineLabels UNCOMPARED = new TimelineLabels(null, "Today", "Baseline", "Planned",
            "Done", null, SUMMARY, "No milestones.");

    /**
     * Kick-off is done (and compared), design review slipped and is late, the pilot build is ahead of its
     * baseline (and compared), validation and go-live slipped.
     */
    private static final List<TimelineRow> ROWS = List.of(
            new TimelineRow(1, "Kick-off", date("2027-02-01"), date("2027-02-01"), date("2027-02-03"),
                    date("2027-01-25"), List.of(), false),
            new TimelineRow(2, "Design review", date("2027-03-01"), date("2027-03-15"), null, null,
                    List.of(1L, 99L), true),
            new TimelineRow(3, "Pilot build", date("2027-05-10"), date("2027-04-26"), null, date("2027-05-03"),
                    List.of(2L, 2L, 3L), false),
            new TimelineRow(4, "Validation", date("2027-06-01"), date("2027-07-12"), null, null,
                    List.of(3L, 1L), false),
            new TimelineRow(5, "Go-live", date("2027-09-01"), date("2027-09-20"), null, null, List.of(4L), false));

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static TimelineImage render(List<TimelineRow> rows, TimelineZoom zoom) {
        return ScheduleTimeline.render(rows, TODAY, zoom, Locale.US, LABELS);
    }

    private static TimelineRow row(long id, String title, LocalDate baseline, LocalDate planned) {
        return new TimelineRow(id, title, baseline, planned, null, null, List.of(), false);
    }

    private static List<TimelineRow> manyRows(int count) {
        List<TimelineRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate planned = TODAY.plusDays(i);
            rows.add(new TimelineRow(i, "Milestone number " + i, planned.minusDays(i % 9), planned,
                    i % 4 == 0 ? planned : null, i % 3 == 0 ? planned.minusDays(20) : null,
                    i == 0 ? List.of() : List.of(i - 1L), i % 7 == 0));
        }
        return rows;
    }

    // --- reading the SVG ---

    /** Parses like a browser would not: strictly, and with no DTD or external entity allowed. */
    private static Document parse(String svg) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> all(Node context, String xpath) throws XPathExpressionException {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, context,
                XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element one(Node context, String xpath) throws XPathExpressionException {
        List<Element> found = all(context, xpath);
        assertThat(found).as(xpath).hasSize(1);
        return found.getFirst();
    }

    private static Element milestone(Document svg, long id) throws XPathExpressionException {
        return one(svg, "//*[@data-milestone='" + id + "']");
    }

    private static List<Element> kind(Node context, String kind) throws XPathExpressionException {
        return all(context, ".//*[@data-kind='" + kind + "']");
    }

    private static double attr(Element element, String name) {
        return Double.parseDouble(element.getAttribute(name));
    }

    private static double tickX(Document svg, LocalDate tick) throws XPathExpressionException {
        return attr(one(svg, "//*[@data-kind='tick'][@data-date='" + tick + "']/*[local-name()='line']"), "x1");
    }

    /** Where a date lies, found only from the drawn ticks of its month: the axis must be linear between them. */
    private static double xOf(Document svg, LocalDate date) throws XPathExpressionException {
        LocalDate month = date.withDayOfMonth(1);
        LocalDate next = month.plusMonths(1);
        double from = tickX(svg, month);
        double to = tickX(svg, next);
        return from + (to - from) * ChronoUnit.DAYS.between(month, date) / ChronoUnit.DAYS.between(month, next);
    }

    /** The centre of a diamond drawn as {@code M x top l h h ...}. */
    private static double[] diamondCentre(Element diamond) {
        Matcher m = Pattern.compile("^M([-\\d.]+) ([-\\d.]+)l([\\d.]+)").matcher(diamond.getAttribute("d"));
        assertThat(m.find()).as(diamond.getAttribute("d")).isTrue();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))
                + Double.parseDouble(m.group(3))};
    }

    /** The first and the last point of a path made of absolute M, L, H and V commands. */
    private static double[][] ends(Element path) {
        Matcher m = Pattern.compile("([MLHV])([^MLHV]+)").matcher(path.getAttribute("d"));
        double[] start = null;
        double x = 0;
        double y = 0;
        while (m.find()) {
            String[] numbers = m.group(2).trim().split(" ");
            switch (m.group(1)) {
                case "H" -> x = Double.parseDouble(numbers[0]);
                case "V" -> y = Double.parseDouble(numbers[0]);
                default -> {
                    x = Double.parseDouble(numbers[0]);
                    y = Double.parseDouble(numbers[1]);
                }
            }
            if (start == null) {
                start = new double[] {x, y};
            }
        }
        return new double[][] {start, {x, y}};
    }

    private static List<String> tickLabels(Document svg) throws XPathExpressionException {
        return all(svg, "//*[@data-kind='tick']/*[local-name()='text']").stream().map(Node::getTextContent)
                .toList();
    }

    // --- the document ---

    @Test
    void isAStandaloneSvgOfTheReportedSize() throws Exception {
        TimelineImage image = render(ROWS, TimelineZoom.MONTH);
        Element root = parse(image.svg()).getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo(String.valueOf(image.width()));
        assertThat(root.getAttribute("height")).isEqualTo(String.valueOf(image.height()));
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + image.width() + " " + image.height());
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo(image.textAlternative());
        assertThat(image.svg()).doesNotContain("<script", "href=\"http", "class=", "<image", "<style");
        assertThat(all(root, "//*[@data-milestone]")).hasSize(ROWS.size());
    }

    @Test
    void aTitleComesFirstAndIsDrawn() throws Exception {
        Document svg = parse(render(ROWS, TimelineZoom.MONTH).svg());

        Element first = (Element) all(svg, "/*/*").getFirst();
        assertThat(first.getLocalName()).isEqualTo("title");
        assertThat(first.getTextContent()).isEqualTo("Schedule");
        assertThat(one(svg, "//*[@data-kind='title']").getTextContent()).isEqualTo("Schedule");
    }

    @Test
    void withoutATitleThereIsNoTitleElement() throws Exception {
        TimelineLabels untitled = new TimelineLabels("  ", "Today", "Baseline", "Planned", "Done", null, SUMMARY,
                "No milestones.");
        Document svg = parse(ScheduleTimeline.render(ROWS, TODAY, TimelineZoom.MONTH, Locale.US, untitled).svg());

        assertThat(all(svg, "//*[local-name()='title']")).isEmpty();
        assertThat(kind(svg, "title")).isEmpty();
    }

    @Test
    void escapesUserTextSoThatItNeverBecomesMarkup() throws Exception {
        String hostile = "<script>alert(1)</script> & \"x\" 'y'";
        TimelineLabels labels = new TimelineLabels("Plan <b>&amp;", "<i>Today</i>", "Baseline", "Planned",
                "Done", "B1 \"old\"", SUMMARY, "No milestones.");
        TimelineImage image = ScheduleTimeline.render(List.of(row(7, hostile, TODAY, TODAY)), TODAY,
                TimelineZoom.MONTH, Locale.US, labels);
        Document svg = parse(image.svg());

        assertThat(image.svg()).doesNotContain("<script", "<b>", "<i>");
        assertThat(all(svg, "//*[local-name()='script' or local-name()='b' or local-name()='i']")).isEmpty();
        assertThat(one(milestone(svg, 7), ".//*[@data-kind='label']").getTextContent()).isEqualTo(hostile);
        assertThat(one(svg, "/*/*[local-name()='title']").getTextContent()).isEqualTo("Plan <b>&amp;");
        assertThat(one(svg, "//*[@data-kind='today']/*[local-name()='text']").getTextContent())
                .isEqualTo("<i>Today</i>");
        assertThat(all(svg, "//*[@data-kind='legend']/*[local-name()='text']").stream()
                .map(Node::getTextContent)).contains("B1 \"old\"");
    }

    @Test
    void charactersXmlCannotCarryAreReplacedNotPassedThrough() throws Exception {
        TimelineImage image = render(List.of(row(1, "Line\u0001break\nnext\uD800", TODAY, TODAY)),
                TimelineZoom.MONTH);

        Document svg = parse(image.svg());

        assertThat(one(milestone(svg, 1), ".//*[@data-kind='label']").getTextContent())
                .isEqualTo("Line\uFFFDbreak next\uFFFD");
    }

    @Test
    void shortensLongTitlesWithAnEllipsisWithoutSplittingACharacter() throws Exception {
        String longTitle = "Qualification of the second injection moulding line at the Brno plant";
        String emoji = "\uD83D\uDE80".repeat(60);
        Document svg = parse(render(List.of(row(1, longTitle, TODAY, TODAY), row(2, emoji, TODAY, TODAY)),
                TimelineZoom.MONTH).svg());

        String shortened = one(milestone(svg, 1), ".//*[@data-kind='label']").getTextContent();
        assertThat(shortened).endsWith("\u2026").hasSizeLessThan(longTitle.length());
        assertThat(longTitle).startsWith(shortened.substring(0, shortened.length() - 1));
        String rockets = one(milestone(svg, 2), ".//*[@data-kind='label']").getTextContent();
        assertThat(rockets).endsWith("\u2026");
        assertThat(rockets.substring(0, rockets.length() - 1)).matches("(\uD83D\uDE80)+");
    }

    // --- the axis ---

    @Test
    void theTodayLineLiesWhereTodayFallsBetweenItsMonthTicks() throws Exception {
        Document svg = parse(render(ROWS, TimelineZoom.MONTH).svg());

        Element line = one(svg, "//*[@data-kind='today']/*[local-name()='line']");
        double march = tickX(svg, date("2027-03-01"));
        double april = tickX(svg, date("2027-04-01"));
        assertThat(attr(line, "x1")).isEqualTo(march + (april - march) * 16 / 31, within(0.1))
                .isEqualTo(attr(line, "x2"));
        assertThat(line.getAttribute("stroke-dasharray")).isNotBlank();
        assertThat(one(svg, "//*[@data-kind='today']/*[local-name()='text']").getTextContent()).isEqualTo("Today");
    }

    @Test
    void theTodayLineLiesWhereTodayFallsBetweenItsQuarterTicks() throws Exception {
        Document svg = parse(render(ROWS, TimelineZoom.QUARTER).svg());

        double q1 = tickX(svg, date("2027-01-01"));
        double q2 = tickX(svg, date("2027-04-01"));
        double x = attr(one(svg, "//*[@data-kind='today']/*[local-name()='line']"), "x1");
        assertThat(x).isEqualTo(q1 + (q2 - q1) * 75 / 90, within(0.1));
    }

    @Test
    void monthZoomLabelsMonthsAndQuarterZoomLabelsQuarters() throws Exception {
        TimelineImage months = render(ROWS, TimelineZoom.MONTH);
        TimelineImage quarters = render(ROWS, TimelineZoom.QUARTER);

        assertThat(tickLabels(parse(months.svg()))).contains("Jan 2027", "Feb 2027", "Sep 2027")
                .noneMatch(label -> label.startsWith("Q"));
        assertThat(tickLabels(parse(quarters.svg()))).contains("Q1 2027", "Q2 2027", "Q3 2027")
                .doesNotContain("Jan 2027", "Feb 2027");
        assertThat(months.width()).isGreaterThan(quarters.width());
        assertThat(months.height()).isEqualTo(quarters.height());
    }

    @Test
    void tickLabelsFollowTheLocale() throws Exception {
        Document svg = parse(ScheduleTimeline.render(ROWS, TODAY, TimelineZoom.MONTH, Locale.FRANCE, LABELS).svg());

        assertThat(tickLabels(svg)).contains("janv. 2027", "mars 2027");
    }

    @Test
    void theAxisCoversEveryDateWithAMarginAndStartsAndEndsOnAPeriod() throws Exception {
        Document months = parse(render(ROWS, TimelineZoom.MONTH).svg());
        Document quarters = parse(render(ROWS, TimelineZoom.QUARTER).svg());

        List<LocalDate> monthTicks = all(months, "//*[@data-kind='tick']").stream()
                .map(e -> date(e.getAttribute("data-date"))).toList();
        assertThat(monthTicks).allMatch(d -> d.getDayOfMonth() == 1);
        assertThat(monthTicks.getFirst()).isBeforeOrEqualTo(date("2027-01-25").minusDays(7));
        assertThat(monthTicks.getLast()).isAfter(date("2027-09-20").plusDays(7));
        List<LocalDate> quarterTicks = all(quarters, "//*[@data-kind='tick']").stream()
                .map(e -> date(e.getAttribute("data-date"))).toList();
        assertThat(quarterTicks).allMatch(d -> d.getDayOfMonth() == 1 && (d.getMonthValue() - 1) % 3 == 0);
        assertThat(quarterTicks.getFirst()).isBeforeOrEqualTo(date("2027-01-18"));
        assertThat(quarterTicks.getLast()).isAfter(date("2027-09-27"));
    }

    @Test
    void aShortPlanStillFillsTheMinimumWidth() throws Exception {
        TimelineImage image = render(List.of(row(1, "Only", TODAY, TODAY.plusDays(3))), TimelineZoom.MONTH);
        Document svg = parse(image.svg());

        assertThat(image.width()).isGreaterThanOrEqualTo(ScheduleTimeline.MIN_WIDTH);
        List<Element> ticks = all(svg, "//*[@data-kind='tick']/*[local-name()='line']");
        assertThat(attr(ticks.getFirst(), "x1")).isEqualTo(ScheduleTimeline.LABEL_WIDTH);
        assertThat(attr(ticks.getLast(), "x1") + ScheduleTimeline.RIGHT_PADDING)
                .isCloseTo(image.width(), within(1.0));
    }

    // --- the rows ---

    @Test
    void aSlippedMilestoneHasARedBarFromBaselineToPlan() throws Exception {
        Document svg = parse(render(ROWS, TimelineZoom.MONTH).svg());

        Element validation = milestone(svg, 4);
        assertThat(kind(validation, "ahead")).isEmpty();
        Element bar = one(validation, ".//*[@data-kind='slip']");
        assertThat(bar.getAttribute("stroke")).isEqualTo(ScheduleTimeline.SLIPPED);
        assertThat(attr(bar, "x1")).isEqualTo(xOf(svg, date("2027-06-01")), within(0.1));
        assertThat(attr(bar, "x2")).isEqualTo(xOf(svg, date("2027-07-12")), within(0.1));
        assertThat(diamondCentre(one(validation, ".//*[@data-kind='baseline']"))[0])
                .isEqualTo(attr(bar, "x1"), within(0.1));
        assertThat(diamondCentre(one(validation, ".//*[@data-kind='planned']"))[0])
                .isEqualTo(attr(bar, "x2"), within(0.1));
    }

    @Test
    void aMilestoneAheadOfItsBaselineHasAGreenBar() throws Exception {
        Document svg = parse(render(ROWS, TimelineZoom.MONTH).svg());

        Element pilot = milestone(svg, 3);
        assertThat(kind(pilot, "slip")).isEmpty();
        Element bar = one(pilot, ".//*[@data-kind='ahead']");
        assertThat(bar.getAttribute("stroke")).isEqualTo(ScheduleTimeline.AHEAD).isNotEqualTo(ScheduleTimeline.SLIPPED);
        assertThat(attr(bar, "x1")).isEqualTo(xOf(svg, date("2027-05-10")), within(0.1));
        assertThat(attr(bar, "x2")).isEqualTo(xOf(svg, date("2027-04-26")), within(0.1));
    }

    @Test
    void aMilestoneOnItsBaselineHasNoBarButBothMarkers() throws Exception {
        Document svg = parse(render(ROWS, TimelineZoom.MONTH).svg());

        Element kickOff = milestone(svg, 1);
        assertThat(kind(kickOff, "slip")).isEmpty();
        assertThat(kind(kickOff, "ahead")).isEmpty();
        Element baseline = one(kickOff, ".//*[@data-kind='baseline']");
        Element planned = one(kickOff, ".//*[@data-kind='planned']");
        assertThat(baseline.getAttribute("fill")).isEqualTo("none");
        assertThat(baseline.getAttribute("stroke")).isNotBlank();
        assertThat(planned.getAttribute("fill")).isEqualTo(ScheduleTimeline.PLANNED);
        assertThat(diamondCentre(baseline)[0]).isEqualTo(xOf(svg, date("2027-02-01")), within(0.1))
                .isEqualTo(diamondCentre(planned)[0]);
    }

    @Test
    void aDoneMilestoneHasTheDoneMarkerAndADimmedPlan() throws Exception {
        Document svg = parse(render(ROWS, TimelineZoom.MONTH).svg());

        Element kickOff = milestone(svg, 1);
        Element done = one(kickOff, ".//*[@data-kind='done']");
        assertThat(done.getLocalName()).isEqualTo("circle");
        assertThat(done.getAttribute("fill")).isEqualTo(ScheduleTimeline.DONE);
        assertThat(attr(done, "cx")).isEqualTo(xOf(svg, date("2027-02-03")), within(0.1));
        assertThat(one(kickOff, ".//*[@data-kind='planned']").getAttribute("fill-opacity")).isNotBlank();
        for (long open : List.of(2L, 3L, 4L, 5L)) {
            assertThat(kind(milestone(svg, open), "done")).as("milestone %d", open).isEmpty();
            assertThat(one(milestone(svg, open), ".//*[@data-kind='planned']").getAttribute("fill-opacity"))
                    .isEmpty();
        }
    }

    @Test
    void aLateMilestoneIsHighlighted() throws Exception {
        Document svg = parse(render(ROWS, TimelineZoom.MONTH).svg());

        Element review = milestone(svg, 2);
        assertThat(review.getAttribute("data-late")).isEqualTo("true");
        assertThat(one(review, ".//*[@data-kind='late']").getLocalName()).isEqualTo("rect");
        assertThat(one(review, ".//*[@data-kind='planned']").getAttribute("fill")).isEqualTo(ScheduleTimeline.SLIPPED);
        assertThat(all(svg, "//*[@data-late]")).containsExactly(review);
        assertThat(kind(svg, "late")).hasSize(1);
    }

    @Test
    void comparedMarkersOnlyWhereAnEarlierBaselineIsGiven() throws Exception {
        Document svg = parse(render(ROWS, TimelineZoom.MONTH).svg());

        Element kickOff = one(milestone(svg, 1), ".//*[@data-kind='compared']");
        Element pilot = one(milestone(svg, 3), ".//*[@data-kind='compared']");
        assertThat(attr(kickOff, "x1")).isEqualTo(xOf(svg, date("2027-01-25")), within(0.1));
        assertThat(attr(pilot, "x1")).isEqualTo(xOf(svg, date("2027-05-03")), within(0.1));
        assertThat(pilot.getAttribute("stroke")).isEqualTo(ScheduleTimeline.COMPARED);
        assertThat(all(svg, "//*[@data-milestone]//*[@data-kind='compared']")).hasSize(2);
    }

    @Test
    void theLegendNamesTheComparedBaselineOnlyWhenThereIsOne() throws Exception {
        Document compared = parse(render(ROWS, TimelineZoom.MONTH).svg());
        Document uncompared = parse(ScheduleTimeline.render(ROWS, TODAY, TimelineZoom.MONTH, Locale.US, UNCOMPARED)
                .svg());

        assertThat(all(compared, "//*[@data-kind='legend']/*[local-name()='text']").stream()
                .map(Node::getTextContent)).containsExactly("Baseline", "Planned", "Done", "Baseline B1");
        assertThat(kind(one(compared, "//*[@data-kind='legend']"), "compared")).hasSize(1);
        assertThat(all(uncompared, "//*[@data-kind='legend']/*[local-name()='text']").stream()
                .map(Node::getTextContent)).containsExactly("Baseline", "Planned", "Done");
        assertThat(kind(one(uncompared, "//*[@data-kind='legend']"), "compared")).isEmpty();
    }

    // --- dependencies ---

    @Test
    void drawsOneArrowPerKnownDependency() throws Exception {
        Document svg = parse(render(ROWS, TimelineZoom.MONTH).svg());

        List<String> arrows = kind(svg, "dependency").stream()
                .map(e -> e.getAttribute("data-from") + "->" + e.getAttribute("data-to")).toList();
        // 99 is not drawn, the repeated 2 counts once, and the pilot build's dependency on itself is no arrow
        assertThat(arrows).containsExactlyInAnyOrder("1->2", "2->3", "3->4", "1->4", "4->5");
        Element group = one(svg, "//*[@data-kind='dependencies']");
        assertThat(group.getAttribute("marker-end")).isEqualTo("url(#arrow)");
        assertThat(one(svg, "//*[local-name()='defs']/*[local-name()='marker']").getAttribute("id"))
                .isEqualTo("arrow");
    }

    @Test
    void anArrowRunsFromThePredecessorsDoneOrPlannedMarkerToTheDependentsPlannedMarker() throws Exception {
        Document svg = parse(render(ROWS, TimelineZoom.MONTH).svg());

        // the kick-off is done, so its arrows leave its done marker
        Element done = one(milestone(svg, 1), ".//*[@data-kind='done']");
        double[][] fromDone = ends(one(svg, "//*[@data-kind='dependency'][@data-from='1'][@data-to='2']"));
        assertNear(fromDone[0], new double[] {attr(done, "cx"), attr(done, "cy")});
        assertNear(fromDone[1], diamondCentre(one(milestone(svg, 2), ".//*[@data-kind='planned']")));

        // the design review is open, so its arrow leaves its planned marker
        double[][] fromPlanned = ends(one(svg, "//*[@data-kind='dependency'][@data-from='2'][@data-to='3']"));
        assertNear(fromPlanned[0], diamondCentre(one(milestone(svg, 2), ".//*[@data-kind='planned']")));
        assertNear(fromPlanned[1], diamondCentre(one(milestone(svg, 3), ".//*[@data-kind='planned']")));
    }

    @Test
    void anArrowReachesADependentPlannedBeforeItsPredecessor() throws Exception {
        TimelineRow later = row(1, "Tooling", date("2027-06-01"), date("2027-06-01"));
        TimelineRow earlier = new TimelineRow(2, "Trial run", date("2027-05-01"), date("2027-05-01"), null, null,
                List.of(1L), false);
        Document svg = parse(render(List.of(later, earlier), TimelineZoom.MONTH).svg());

        double[][] arrow = ends(one(svg, "//*[@data-kind='dependency']"));
        assertNear(arrow[0], diamondCentre(one(milestone(svg, 1), ".//*[@data-kind='planned']")));
        assertNear(arrow[1], diamondCentre(one(milestone(svg, 2), ".//*[@data-kind='planned']")));
    }

    /** A dependency line keeps clear of the marker's centre but stops close to it. */
    private static void assertNear(double[] point, double[] marker) {
        assertThat(Math.hypot(point[0] - marker[0], point[1] - marker[1])).isBetween(4.0, 8.0);
    }

    // --- sizes ---

    @Test
    void noMilestonesGiveAValidSvgAroundToday() throws Exception {
        for (TimelineZoom zoom : TimelineZoom.values()) {
            TimelineImage image = render(List.of(), zoom);
            Document svg = parse(image.svg());

            assertThat(all(svg, "//*[@data-milestone]")).isEmpty();
            assertThat(kind(svg, "dependency")).isEmpty();
            assertThat(image.textAlternative()).isEqualTo("No milestones.");
            assertThat(image.width()).isGreaterThanOrEqualTo(ScheduleTimeline.MIN_WIDTH);
            assertThat(image.height()).isPositive();
            double x = attr(one(svg, "//*[@data-kind='today']/*[local-name()='line']"), "x1");
            List<Element> ticks = all(svg, "//*[@data-kind='tick']/*[local-name()='line']");
            assertThat(x).isGreaterThan(attr(ticks.getFirst(), "x1")).isLessThan(attr(ticks.getLast(), "x1"));
        }
    }

    @Test
    void fiveHundredMilestonesStayCompactAndTheHeightGrowsByARowEach() throws Exception {
        TimelineImage five = render(manyRows(5), TimelineZoom.QUARTER);
        TimelineImage six = render(manyRows(6), TimelineZoom.QUARTER);
        TimelineImage many = render(manyRows(500), TimelineZoom.QUARTER);
        Document svg = parse(many.svg());

        assertThat(many.svg().length()).isLessThan(500_000);
        assertThat(all(svg, "//*[@data-milestone]")).hasSize(500);
        assertThat(kind(svg, "dependency")).hasSize(499);
        assertThat(all(svg, "//*[local-name()='marker']")).hasSize(1);
        assertThat(six.height() - five.height()).isEqualTo(ScheduleTimeline.ROW_HEIGHT);
        assertThat(many.height() - five.height()).isEqualTo(495 * ScheduleTimeline.ROW_HEIGHT);
        double lineEnd = attr(one(svg, "//*[@data-kind='today']/*[local-name()='line']"), "y2");
        assertThat(lineEnd).isGreaterThan(500 * ScheduleTimeline.ROW_HEIGHT).isLessThan(many.height());
    }

    // --- text alternative ---

    @Test
    void theTextAlternativeCountsLateDoneAndSlippedMilestones() {
        assertThat(render(ROWS, TimelineZoom.MONTH).textAlternative()).isEqualTo(
                "5 milestones from Feb 3, 2027 to Sep 20, 2027; 1 late; 1 done; 3 planned later than their baseline.");
    }

    @Test
    void theTextAlternativeUsesTheCallersWordsAndTheLocalesDates() {
        TimelineLabels german = new TimelineLabels("Zeitplan", "Heute", "Basis", "Geplant", "Erledigt", null,
                "{0} Meilensteine vom {1} bis {2}; {3} überfällig; {4} erledigt; {5} später als die Basis.",
                "Keine Meilensteine.");

        assertThat(ScheduleTimeline.render(ROWS, TODAY, TimelineZoom.MONTH, Locale.GERMANY, german)
                .textAlternative()).isEqualTo("5 Meilensteine vom 03.02.2027 bis 20.09.2027; 1 überfällig; "
                        + "1 erledigt; 3 später als die Basis.");
    }

    @Test
    void aBrokenSummaryPatternFailsWhenTheLabelsAreMade() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TimelineLabels("Schedule", "Today", "Baseline",
                "Planned", "Done", null, "{0 milestones", "No milestones."));
    }

    // --- bounded cost (issue 28 §4) ---

    @Test
    void absurdDatesNeitherGrowTheDrawingNorDisappear() throws Exception {
        List<TimelineRow> rows = List.of(
                row(1, "Far future", LocalDate.of(9999, 12, 31), LocalDate.of(9999, 12, 31)),
                row(2, "Far past", LocalDate.of(1000, 1, 1), LocalDate.of(1000, 1, 1)),
                row(3, "Slipped to the end of time", TODAY, LocalDate.of(9999, 12, 31)),
                row(4, "Ordinary", TODAY.plusDays(10), TODAY.plusDays(10)));

        for (TimelineZoom zoom : TimelineZoom.values()) {
            TimelineImage image = ScheduleTimeline.render(rows, TODAY, zoom, Locale.US, LABELS,
                    TODAY.minusMonths(2), TODAY.plusMonths(4));
            // the program's dates plus a year either side, at most: about 2.5 years of days
            assertThat(image.width()).as(zoom.name()).isLessThan(ScheduleTimeline.LABEL_WIDTH + 4 * 366 * 3);
            assertThat(image.svg().length()).as(zoom.name()).isLessThan(60_000);
            assertThat(image.outside()).isEqualTo(3);
            assertThat(image.from()).isAfterOrEqualTo(TODAY.minusMonths(2).minusMonths(13));
            assertThat(image.to()).isBeforeOrEqualTo(TODAY.plusMonths(4).plusMonths(13));

            Document svg = parse(image.svg());
            assertThat(kind(milestone(svg, 1), "outside")).as("an arrow at the right edge").hasSize(1);
            assertThat(kind(milestone(svg, 1), "planned")).as("no marker beyond the edge").isEmpty();
            assertThat(kind(milestone(svg, 2), "outside")).hasSize(1);
            assertThat(kind(milestone(svg, 3), "outside")).hasSize(1);
            assertThat(kind(milestone(svg, 3), "baseline")).as("its baseline is in the window").hasSize(1);
            assertThat(kind(milestone(svg, 4), "outside")).isEmpty();
        }
    }

    @Test
    void withoutTheProgramsDatesTheWindowStaysWithinYearsOfToday() {
        TimelineImage image = ScheduleTimeline.render(List.of(row(1, "Far", LocalDate.of(9999, 12, 31),
                LocalDate.of(9999, 12, 31)), row(2, "Near", TODAY, TODAY)), TODAY, TimelineZoom.MONTH, Locale.US, LABELS);

        assertThat(image.width()).isLessThan(ScheduleTimeline.LABEL_WIDTH
                + 4 * 366 * 2 * TimelineAxis.MAX_YEARS_FROM_TODAY);
        assertThat(image.svg().length()).isLessThan(60_000);
        assertThat(image.outside()).isOne();
    }

    @Test
    void eachRowsPositionIsGivenForTheLinksLaidOverIt() throws Exception {
        TimelineImage image = render(ROWS, TimelineZoom.MONTH);
        Document svg = parse(image.svg());
        for (int i = 0; i < ROWS.size(); i++) {
            Element label = kind(milestone(svg, ROWS.get(i).id()), "label").getFirst();
            double y = attr(label, "y");
            assertThat(y).isBetween((double) image.rowsTop() + i * image.rowHeight(),
                    (double) image.rowsTop() + (i + 1) * image.rowHeight());
        }
    }
}
