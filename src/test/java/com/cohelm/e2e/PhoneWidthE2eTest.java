package com.cohelm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.BrowserFlowTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every main page on a phone (390 × 844 CSS pixels, a mobile viewport in real Chromium), for a customer
 * and a supplier person: home, program, goals, schedule, action plan and feedback. On each page nothing is
 * wider than the screen, and the first rows of the page's main list fit the screen whole once it is
 * scrolled to (the action plan's without scrolling at all: its filters fold away). Each page is
 * screenshotted into target/e2e-screenshots; a page that fails is named in the one report at the end.
 */
class PhoneWidthE2eTest extends BrowserFlowTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    /**
     * The main list's rows on each page, as the element of each row that holds its content. In a grid that
     * is the content of each body cell (the light-DOM element a cell shows); elsewhere the list's items.
     */
    private static final String GRID_ROWS = "vaadin-grid-cell-content";

    private record Page(String name, String path, String list, String rows, boolean onArrival) {
    }

    @Autowired
    DemoPrograms demo;

    PhoneWidthE2eTest() {
        super("phone");
    }

    /** One walk for both people, so that the screenshots of both stay side by side and one report names all. */
    @Test
    void aCustomerAndASupplierPersonUseEveryMainPageAtPhoneWidth() {
        phoneViewport();
        var softly = new SoftAssertions();
        walk(DemoLogins.CUSTOMER_ADMIN, "customer", softly);
        driver.manage().deleteAllCookies(); // signed out: the next sign-in starts a session of its own
        walk(DemoLogins.SUPPLIER_MEMBER, "supplier", softly);
        softly.assertAll();
    }

    private void walk(String email, String who, SoftAssertions softly) {
        signInAs(email);
        assertThat(script("return [window.innerWidth, window.innerHeight];"))
                .as("the viewport is a phone's").isEqualTo(List.of((long) WIDTH, (long) HEIGHT));
        var program = "/programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM);
        var pages = List.of(
                new Page("home", "/", ".home-view", ".home-list > *, .program-cards > *", false),
                new Page("program", program, ".program-view", ".card-row > vaadin-card", false),
                new Page("goals", program + "/goals", ".goal-cards", ".goal-cards > *", false),
                new Page("schedule", program + "/schedule", ".schedule-view vaadin-grid", GRID_ROWS, false),
                new Page("actions", program + "/actions", "vaadin-grid.actions-grid", GRID_ROWS, true),
                new Page("feedback", program + "/feedback", "vaadin-grid.feedback-grid", GRID_ROWS, false));
        for (var page : pages) {
            open(page.path());
            waitForVaadin();
            // Vaadin's development tools float over the page in a test run; a production build has none.
            script("const s = document.createElement('style'); s.textContent = 'vaadin-dev-tools, copilot-main"
                    + " { display: none !important; }'; document.head.appendChild(s);");
            screenshot(who + "-" + page.name());
            if (!Boolean.TRUE.equals(script("return !!document.querySelector(arguments[0]);", page.list()))) {
                softly.fail("%s (%s): no %s on the page", page.name(), who, page.list());
                continue;
            }
            softly.assertThat((Long) script("return document.documentElement.scrollWidth;"))
                    .as("%s (%s): the page is no wider than the screen", page.name(), who).isLessThanOrEqualTo(WIDTH);
            if (page.onArrival()) {
                var arrival = firstRows(page, false);
                softly.assertThat(arrival).as("%s (%s): the first row shows on arrival, whole", page.name(), who)
                        .isNotEmpty().first().matches(Row::whole);
                softly.assertThat(arrival).as("%s (%s): the second row starts on the screen on arrival",
                        page.name(), who)
                        .allMatch(row -> row.top() < HEIGHT);
            }
            var rows = firstRows(page, true);
            screenshot(who + "-" + page.name() + "-list");
            softly.assertThat(rows).as("%s (%s): the list has rows", page.name(), who).isNotEmpty();
            softly.assertThat(rows).as("%s (%s): the first rows fit the screen whole, no horizontal scrolling",
                    page.name(), who).allMatch(Row::whole);
        }
    }

    /** A row's box against the screen's: left and right inside the width, top below the header bar. */
    record Row(String text, double left, double right, double top, double bottom, double screenTop) {

        boolean whole() {
            return left >= 0 && right <= WIDTH && top >= screenTop && bottom <= HEIGHT && bottom > top;
        }

        @Override
        public String toString() {
            return "\"%s\" at x %.0f–%.0f, y %.0f–%.0f (screen from y %.0f)".formatted(text, left, right, top, bottom,
                    screenTop);
        }
    }

    /**
     * The list's first two rows (in the order they show, top to bottom) after scrolling the first one to just
     * under the header bar if {@code scroll}: the page scrolls inside the app layout, under its header bar.
     */
    @SuppressWarnings("unchecked")
    private List<Row> firstRows(Page page, boolean scroll) {
        var boxes = (List<Map<String, Object>>) script("""
                const list = document.querySelector(arguments[0]);
                const shown = e => { const b = e.getBoundingClientRect(); return b.width > 0 && b.height > 0; };
                // A grid's row is the union of its body cells' contents (cards are one cell, columns several).
                const rowsOf = () => {
                  let rows;
                  if (list.tagName === 'VAADIN-GRID') {
                    const byRow = new Map();
                    for (const c of list.querySelectorAll(':scope > vaadin-grid-cell-content')) {
                      const cell = c.assignedSlot && c.assignedSlot.parentElement;
                      const row = cell && cell.closest('#items') ? cell.parentElement : null;
                      if (row && shown(c) && !row.hidden) {
                        byRow.set(row, (byRow.get(row) || []).concat([c]));
                      }
                    }
                    rows = Array.from(byRow.values()).filter(cs => cs.some(c => c.textContent.trim().length > 0));
                  } else {
                    rows = Array.from(document.querySelectorAll(arguments[1])).filter(shown).map(e => [e]);
                  }
                  const box = parts => {
                    const bs = parts.map(p => p.getBoundingClientRect());
                    return {text: parts.map(p => p.textContent.trim()).join(' ').replace(/\\s+/g, ' ').slice(0, 40),
                        left: Math.min(...bs.map(b => b.left)), right: Math.max(...bs.map(b => b.right)),
                        top: Math.min(...bs.map(b => b.top)), bottom: Math.max(...bs.map(b => b.bottom)),
                        first: parts[0]};
                  };
                  return rows.map(box).sort((a, b) => a.top - b.top);
                };
                const layout = document.querySelector('vaadin-app-layout');
                const navbar = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~="navbar"]');
                const screenTop = navbar ? navbar.getBoundingClientRect().bottom : 0;
                let rows = rowsOf();
                if (arguments[2] && rows.length > 0) {
                  // As a person scrolls to a list: its first row just under the header bar, not hidden by it.
                  rows[0].first.style.scrollMarginTop = (screenTop + 8) + 'px';
                  rows[0].first.scrollIntoView({block: 'start'});
                  rows = rowsOf();
                }
                return rows.slice(0, 2).map(r => ({text: r.text, left: r.left, right: r.right, top: r.top,
                    bottom: r.bottom, screenTop: screenTop}));
                """, page.list(), page.rows(), scroll);
        return boxes.stream().map(b -> new Row(String.valueOf(b.get("text")), number(b, "left"), number(b, "right"),
                number(b, "top"), number(b, "bottom"), number(b, "screenTop"))).toList();
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    /** A phone's screen for this tab, kept across navigations: 390 × 844 CSS pixels, mobile viewport rules. */
    private void phoneViewport() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH,
                "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
