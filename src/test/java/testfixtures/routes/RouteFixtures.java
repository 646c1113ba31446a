package testfixtures.routes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/**
 * Routes for {@code RoutesTest}, outside {@code com.cohelm} on purpose: Vaadin registers every {@code @Route} it
 * finds under the application's packages, test classes included, and these templates would clash with the real
 * home page and milestone page in every Spring test.
 */
public final class RouteFixtures {

    private RouteFixtures() {
    }

    @Route("programs/:programId/schedule/:milestoneId")
    public static class Milestone extends Div {
    }

    @Route("")
    public static class Home extends Div {
    }
}
