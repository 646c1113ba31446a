package com.cohelm.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Export links: the file is built when someone downloads it, so it holds the filters of that moment. */
public final class Downloads {

    private Downloads() {
    }

    /** A link that downloads {@code csv} (asked for at download time; the service checks access again). */
    public static Anchor csv(String label, Supplier<String> fileName, Supplier<String> csv) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = csv.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get(), "text/csv;charset=UTF-8",
                    bytes.length);
        }), label);
        link.addClassName("export-link");
        return link;
    }
}
