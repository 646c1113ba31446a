package com.cohelm.account.ui;

import com.cohelm.account.LogoImage;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.springframework.modulith.NamedInterface;
import java.util.Optional;

/**
 * An organization's logo as an image, served with the type checked at upload and a generated name.
 * The bytes are read when the browser fetches the image, not while the page is built.
 */
@NamedInterface("ui")
public final class Logos {

    private Logos() {
    }

    public static Image image(SerializableSupplier<Optional<LogoImage>> source, String alternativeText) {
        var image = new Image(DownloadHandler.fromInputStream(event -> source.get()
                .map(logo -> new DownloadResponse(new ByteArrayInputStream(logo.bytes()), logo.fileName(),
                        logo.contentType(), logo.bytes().length))
                .orElseGet(() -> DownloadResponse.error(404))), alternativeText);
        image.addClassName("organization-logo");
        return image;
    }
}
