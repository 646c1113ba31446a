package com.cohelm.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One colour per side everywhere: the server-drawn charts and the page's styles name the same two colours, and
 * both read as lines on the light theme's white and on the dark theme's background (3:1 or better, WCAG 1.4.11).
 */
class SideColoursTest {

    private static final Color LIGHT_BACKGROUND = Color.WHITE;
    /** Lumo's {@code --lumo-base-color} in the dark theme. */
    private static final Color DARK_BACKGROUND = new Color(0x233348);

    private static String styles() throws IOException {
        return Files.readString(Path.of("frontend/styles.css"));
    }

    private static String declared(String css, String property) {
        var matcher = Pattern.compile("html \\{[^}]*" + Pattern.quote(property) + ":\\s*(#[0-9a-fA-F]{6})").matcher(css);
        assertThat(matcher.find()).as(property + " is declared on html").isTrue();
        return matcher.group(1).toLowerCase();
    }

    private static String hex(Color colour) {
        return String.format("#%06x", colour.getRGB() & 0xffffff);
    }

    @Test
    void theChartsAndTheStylesNameTheSameColourForEachSide() throws IOException {
        var css = styles();
        assertThat(declared(css, "--cohelm-supplier-color")).isEqualTo(hex(ChartLook.SUPPLIER));
        assertThat(declared(css, "--cohelm-customer-color")).isEqualTo(hex(ChartLook.CUSTOMER));
        assertThat(css).as("the dark theme keeps the same side colours")
                .doesNotContainPattern("theme~=\"dark\"\\][^{]*\\{[^}]*--cohelm-(supplier|customer)-color");
        assertThat(ChartLook.JOINT).isNotIn(ChartLook.SUPPLIER, ChartLook.CUSTOMER);
    }

    @Test
    void eachSideColourReadsAsALineOnTheLightAndTheDarkTheme() {
        for (var colour : new Color[] {ChartLook.SUPPLIER, ChartLook.CUSTOMER, ChartLook.JOINT}) {
            assertThat(contrast(colour, LIGHT_BACKGROUND)).as(hex(colour) + " on white").isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(colour, DARK_BACKGROUND)).as(hex(colour) + " on dark").isGreaterThanOrEqualTo(3.0);
        }
    }

    private static double contrast(Color a, Color b) {
        var la = luminance(a);
        var lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color colour) {
        return 0.2126 * channel(colour.getRed()) + 0.7152 * channel(colour.getGreen()) + 0.0722 * channel(colour.getBlue());
    }

    private static double channel(int value) {
        var c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
