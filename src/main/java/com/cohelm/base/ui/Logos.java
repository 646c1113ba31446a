package com.cohelm.base.ui;

import com.cohelm.account.LogoImage;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** An organization's logo as an image, served with the type checked at upload and a generated name. */
public final class Logos {

    private Logos() {
    }

    public static Image image(LogoImage logo, String alternativeText) {
        var bytes = logo.bytes();
        var image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), logo.fileName(), logo.contentType(), bytes.length)), alternativeText);
        image.addClassName("organization-logo");
        return image;
    }
}
