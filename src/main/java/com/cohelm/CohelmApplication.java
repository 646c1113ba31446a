package com.cohelm;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * CoHelm: a customer success portal a supplier shares with its customers.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Push
public class CohelmApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(CohelmApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/cohelm.svg", "any");
        // Work-arounds for accessibility defects inside Vaadin components (docs/decisions/0028)
        settings.addInlineFromFile("META-INF/resources/a11y-fixups.js", Inline.Wrapping.JAVASCRIPT);
    }
}
