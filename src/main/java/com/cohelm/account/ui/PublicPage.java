package com.cohelm.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinService;

/** The frame of the pages people see before they are signed in: the brand and one card, like sign-in. */
abstract class PublicPage extends VerticalLayout {

    private final Div card = new Div();
    private final H2 title = new H2();

    PublicPage() {
        addClassName("login-view");
        addClassName("public-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var brand = new H1("CoHelm");
        brand.addClassName("login-brand");
        card.addClassName("login-card");
        card.addClassName("public-card");
        add(brand, card);
    }

    /** Replaces the card's content under a title. */
    void show(String titleText, Component... content) {
        title.setText(titleText);
        card.removeAll();
        card.add(title);
        card.add(content);
    }

    /**
     * Loads an address of the app afresh, so that a sign-in made on this page applies to the next one
     * (a page's access is decided from the request it was loaded with).
     */
    static void reloadAt(String path) {
        var request = VaadinService.getCurrentRequest();
        var contextPath = request == null ? "" : request.getContextPath();
        UI.getCurrent().getPage().setLocation(contextPath + "/" + path);
    }
}
