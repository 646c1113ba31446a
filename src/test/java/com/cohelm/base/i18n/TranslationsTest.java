package com.cohelm.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.activity.ActivityKind;
import com.cohelm.program.ProgramStatus;
import com.cohelm.security.Appearance;
import com.cohelm.security.Side;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * English and French stay in sync, every key the code asks for exists, and no user-visible text is
 * written into a view instead of going through the translations.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** A literal key: getTranslation("a.b") or a domain message key such as "program.error.lead". */
    private static final Pattern TRANSLATION_CALL = Pattern.compile("getTranslation\\(\"([a-z0-9.\\-]+)\"");
    private static final Pattern MESSAGE_KEY = Pattern.compile(
            "\"((?:program|password|validation|error|goal|schedule|milestone|slip|rebaseline|actions|feedback|organizations|people|profile|invitation|reset|mailbox|review|notifications)\\.[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*)\"");
    /**
     * Text handed to a component in a view: a constructor or setter that shows text to the user, with
     * a string literal that contains a letter. Names and brand are allowed explicitly below.
     */
    private static final Pattern HARD_CODED_TEXT = Pattern.compile(
            "(new (?:Button|Span|H[1-6]|Paragraph|Anchor|Badge|TextField|TextArea|DatePicker|ComboBox|"
                    + "Select|Checkbox|Notification|Details|Tab|SideNavItem|ListItem|Div)\\((?:[^\"()]*, *)?"
                    + "|\\.(?:setText|setLabel|setHeader|setPlaceholder|setHelperText|setTitle|setHeaderTitle|"
                    + "setErrorMessage|setAriaLabel|setEmptyStateText|setEmptySelectionCaption|asRequired|"
                    + "show|addItem|setTooltipText)\\()\"([^\"]*[A-Za-z][^\"]*)\"");
    private static final Set<String> ALLOWED_LITERALS = Set.of("CoHelm");
    /** Addresses, ids and style names: lower case without spaces, never prose. */
    private static final Pattern TECHNICAL_LITERAL = Pattern.compile("[a-z0-9/_.:\\-]+");

    private static Properties load(String name) {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            var properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() {
        var english = new TreeSet<>(load("translations.properties").stringPropertyNames());
        var french = new TreeSet<>(load("translations_fr.properties").stringPropertyNames());
        assertThat(french).as("keys in English but not in French").containsAll(english);
        assertThat(english).as("keys in French but not in English").containsAll(french);
        load("translations_fr.properties").forEach((key, value) ->
                assertThat(value.toString()).as("French text of %s", key).isNotBlank());
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        var known = load("translations.properties").stringPropertyNames();
        var missing = new TreeSet<String>();
        for (var file : javaSources()) {
            var source = Files.readString(file);
            for (var pattern : List.of(TRANSLATION_CALL, MESSAGE_KEY)) {
                var matcher = pattern.matcher(source);
                while (matcher.find()) {
                    var key = matcher.group(1);
                    if (!key.endsWith(".") && !known.contains(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownToUsersHasItsTexts() {
        var known = load("translations.properties").stringPropertyNames();
        var expected = new ArrayList<String>();
        Arrays.stream(ProgramStatus.values()).forEach(v -> expected.add("program.status." + v.name()));
        Arrays.stream(Side.values()).forEach(v -> expected.add("side." + v.name()));
        Arrays.stream(ActivityKind.values()).forEach(v -> expected.add("activity." + v.name()));
        Arrays.stream(com.cohelm.goal.GoalStatus.values()).forEach(v -> expected.add("goal.status." + v.name()));
        Arrays.stream(com.cohelm.goal.KpiDirection.values()).forEach(v -> expected.add("goal.direction." + v.name()));
        Arrays.stream(com.cohelm.schedule.MilestoneStatus.values()).forEach(v -> expected.add("milestone.status." + v.name()));
        Arrays.stream(com.cohelm.schedule.OwnerSide.values()).forEach(v -> expected.add("milestone.owner-side." + v.name()));
        Arrays.stream(com.cohelm.schedule.SlipCause.values()).forEach(v -> expected.add("slip.cause." + v.name()));
        Arrays.stream(com.cohelm.schedule.SlipState.values()).forEach(v -> expected.add("slip.state." + v.name()));
        Arrays.stream(com.cohelm.schedule.SlipEntryKind.values()).forEach(v -> expected.add("slip.entry." + v.name()));
        Arrays.stream(com.cohelm.schedule.DateChangeField.values()).forEach(v -> expected.add("history.field." + v.name()));
        Arrays.stream(com.cohelm.schedule.ProposalState.values()).forEach(v -> expected.add("rebaseline.decided." + v.name()));
        Arrays.stream(com.cohelm.schedule.MilestoneStatus.values()).forEach(v -> expected.add("schedule.count." + v.name()));
        Arrays.stream(com.cohelm.schedule.TimelineZoom.values()).forEach(v -> expected.add("timeline.zoom." + v.name()));
        Arrays.stream(com.cohelm.action.ActionStatus.values()).forEach(v -> expected.add("actions.status." + v.name()));
        Arrays.stream(com.cohelm.action.ActionOrigin.values()).forEach(v -> expected.add("actions.origin." + v.name()));
        Arrays.stream(com.cohelm.feedback.FeedbackKind.values()).forEach(v -> expected.add("feedback.kind." + v.name()));
        Arrays.stream(com.cohelm.feedback.FeedbackStatus.values()).forEach(v -> expected.add("feedback.status." + v.name()));
        Arrays.stream(com.cohelm.feedback.PulseCadence.values()).forEach(v -> expected.add("feedback.cadence." + v.name()));
        Arrays.stream(com.cohelm.feedback.PulseCadence.values()).forEach(v -> expected.add("feedback.cadence.saved." + v.name()));
        Arrays.stream(com.cohelm.feedback.PulseQuestion.values()).forEach(v -> expected.add("feedback.question." + v.name()));
        Arrays.stream(com.cohelm.feedback.PulseQuestion.values()).forEach(v -> expected.add("feedback.question.short." + v.name()));
        Arrays.stream(com.cohelm.feedback.PulseTheme.values()).forEach(v -> expected.add("feedback.theme." + v.name()));
        Arrays.stream(com.cohelm.review.ReviewState.values()).forEach(v -> expected.add("review.state." + v.name()));
        Arrays.stream(com.cohelm.goal.GoalStatus.values()).forEach(v -> expected.add("review.kind.GOAL_" + v.name()));
        java.util.stream.Stream.of("GOAL_MEASURED", "MILESTONE_SLIP", "REBASELINE", "OVERDUE_ACTIONS", "CUSTOM",
                        "FEEDBACK_ITEM", "PULSE_REVEALED")
                .forEach(kind -> expected.add("review.kind." + kind));
        Arrays.stream(Appearance.values()).forEach(v -> expected.add("menu.appearance." + v.name().toLowerCase()));
        Arrays.stream(com.cohelm.security.Role.values()).forEach(v -> expected.add("people.role." + v.name()));
        Arrays.stream(com.cohelm.account.PersonStatus.values()).forEach(v -> expected.add("people.status." + v.name()));
        for (var mail : List.of("mail.invitation", "mail.reset")) {
            List.of(".subject", ".body", ".action").forEach(part -> expected.add(mail + part));
        }
        Arrays.stream(ActivityKind.values()).forEach(v -> expected.add("activity.kind." + v.name()));
        Arrays.stream(com.cohelm.health.HealthComponent.values()).forEach(v -> expected.add("health.component." + v.name()));
        Arrays.stream(com.cohelm.health.HealthArea.values()).forEach(v -> expected.add("health.area." + v.name()));
        Arrays.stream(com.cohelm.health.HealthBand.values()).forEach(v -> expected.add("health.band." + v.name()));
        Arrays.stream(com.cohelm.health.Trend.values()).forEach(v -> expected.add("health.trend." + v.name()));
        Arrays.stream(com.cohelm.notification.NotificationKind.values()).forEach(v -> {
            expected.add("notifications.text." + v.name());
            expected.add("notifications.kind." + v.name());
        });
        Arrays.stream(com.cohelm.notification.EmailDelivery.values()).forEach(v -> expected.add("notifications.delivery." + v.name()));
        Arrays.stream(com.cohelm.notification.NotificationFilter.values()).forEach(v -> expected.add("notifications.filter." + v.name()));
        for (var mail : List.of("mail.notification", "mail.digest.daily", "mail.digest.weekly")) {
            List.of(".subject", ".body", ".action").forEach(part -> expected.add(mail + part));
        }
        List.of("OVERDUE_ACTION.due", "QUESTION.due", "REBASELINE", "SLIP", "SIGN_OFF")
                .forEach(kind -> expected.add("notifications.waiting." + kind));
        assertThat(known).containsAll(expected);
    }

    @Test
    void viewsShowNoHardCodedText() throws IOException {
        var offences = new ArrayList<String>();
        for (var file : javaSources()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            var lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                var matcher = HARD_CODED_TEXT.matcher(lines.get(i));
                while (matcher.find()) {
                    var text = matcher.group(2);
                    if (!ALLOWED_LITERALS.contains(text) && !TECHNICAL_LITERAL.matcher(text).matches()) {
                        offences.add(file.getFileName() + ":" + (i + 1) + " \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theHardCodedTextCheckRecognisesOffences() {
        assertThat(HARD_CODED_TEXT.matcher("var b = new Button(\"Save\", e -> save());").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("field.setLabel(\"Name\");").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("new Button(getTranslation(\"action.save\"))").find()).isFalse();
        assertThat(HARD_CODED_TEXT.matcher("layout.addClassName(\"program-view\");").find()).isFalse();
        assertThat(TECHNICAL_LITERAL.matcher("programs/").matches()).isTrue();
        assertThat(TECHNICAL_LITERAL.matcher("Programs").matches()).isFalse();
    }
}
