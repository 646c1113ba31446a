package com.cohelm.base.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Server-drawn SVG charts as pictures: an {@code <img>}, so nothing in the SVG can run in the page. */
public final class SvgImage {

    private SvgImage() {
    }

    public static Image of(String svg, String fileName, String alternative) {
        var bytes = svg.getBytes(StandardCharsets.UTF_8);
        return new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, "image/svg+xml", bytes.length)), alternative);
    }
}
