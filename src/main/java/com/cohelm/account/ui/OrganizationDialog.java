package com.cohelm.account.ui;

import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.account.OrganizationAdminService;
import com.cohelm.account.OrganizationRow;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.base.ui.Forms;
import com.cohelm.account.ui.Logos;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.security.Side;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Creates an organization or edits one: its name, its logo (PNG or JPEG, checked by the service from
 * the bytes) and whether it is archived.
 */
class OrganizationDialog extends Dialog {

    private final OrganizationAdminService organizations;
    private final Consumer<OrganizationRow> onSaved;
    private final TextField name = new TextField();
    private final Div logoPreview = new Div();
    private final Span logoMessage = new Span();
    private OrganizationRow organization;

    OrganizationDialog(OrganizationAdminService organizations, OrganizationRow organization,
            Consumer<OrganizationRow> onSaved) {
        this.organizations = organizations;
        this.organization = organization;
        this.onSaved = onSaved;
        addClassName("organization-dialog");
        setHeaderTitle(getTranslation(organization == null ? "organizations.new" : "organizations.edit"));
        setWidth("min(36rem, 95vw)");

        name.setLabel(getTranslation("organizations.name"));
        name.setRequiredIndicatorVisible(true);
        TextLimit.of(name, 200);
        name.setValue(organization == null ? "" : organization.name());
        var form = Forms.twoColumns();
        form.add(name, 2);
        add(form);

        if (organization != null) {
            add(logoSection());
        }

        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        var save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        if (organization != null && organization.side() == Side.CUSTOMER) {
            var archive = organization.archived()
                    ? new Button(getTranslation("organizations.restore"), e -> changeArchived(false))
                    : new Button(getTranslation("organizations.archive"), e -> changeArchived(true));
            if (!organization.archived()) {
                archive.addThemeVariants(ButtonVariant.ERROR);
            }
            archive.getStyle().set("margin-inline-end", "auto");
            getFooter().add(archive);
        }
        getFooter().add(cancel, save);
    }

    private Div logoSection() {
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> logoUploaded(bytes)));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize((int) organizations.maxLogoSize().toBytes());
        upload.setDropLabel(new Span(getTranslation("organizations.logo.drop")));
        upload.addFileRejectedListener(e -> showLogoMessage(getTranslation("organizations.error.logo-size"), true));
        var remove = new Button(getTranslation("organizations.logo.remove"), e -> {
            organizations.removeLogo(organization.id());
            showLogo();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        var hint = new Paragraph(getTranslation("organizations.logo.hint", organizations.maxLogoSize().toKilobytes()));
        hint.addClassName("field-hint");
        logoMessage.addClassName("logo-message");
        logoPreview.addClassName("logo-preview");
        showLogo();
        var section = new Div(new Span(getTranslation("organizations.logo")), logoPreview, upload, hint, logoMessage,
                remove);
        section.addClassName("logo-section");
        return section;
    }

    /** Runs on the upload's request, without the session lock: the page is updated through access. */
    private void logoUploaded(byte[] bytes) {
        var ui = UI.getCurrent();
        String error = null;
        try {
            organizations.replaceLogo(organization.id(), bytes);
        } catch (InvalidInputException e) {
            error = e.messageKey();
        }
        var message = error;
        ui.access(() -> {
            if (message == null) {
                showLogoMessage(getTranslation("organizations.logo.saved"), false);
                showLogo();
            } else {
                showLogoMessage(getTranslation(message), true);
            }
        });
    }

    private void showLogo() {
        logoPreview.removeAll();
        organizations.logo(organization.id()).ifPresentOrElse(
                logo -> logoPreview.add(Logos.image(() -> Optional.of(logo),
                        getTranslation("organizations.logo.of", organization.name()))),
                () -> logoPreview.add(new Span(getTranslation("organizations.logo.none"))));
    }

    private void showLogoMessage(String text, boolean error) {
        logoMessage.setText(text);
        logoMessage.getElement().getClassList().set("error", error);
    }

    private void save() {
        if (!TextLimit.of(name).within()) {
            return;
        }
        try {
            var saved = organization == null ? organizations.create(name.getValue())
                    : organizations.rename(organization.id(), organization.version(), name.getValue());
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            ServiceErrors.show(this, e, Map.of("name", name), name);
        } catch (ConcurrentEditException e) {
            OrganizationRow current = e.current();
            var differences = new ConflictDialog.Differences(this)
                    .field("organizations.name", name.getValue(), current.name());
            new ConflictDialog(differences.list(), () -> {
                organization = current;
                save();
            }, () -> {
                close();
                onSaved.accept(current);
            }).open();
        }
    }

    private void changeArchived(boolean archived) {
        var saved = archived ? organizations.archive(organization.id()) : organizations.restore(organization.id());
        close();
        onSaved.accept(saved);
    }
}
