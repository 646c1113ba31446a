package com.cohelm.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.AccountService;
import com.cohelm.account.ProfileDraft;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestPeople;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 28 §3: two tabs on /profile. The other tab's save of one field survives this tab's save of another,
 * and a field both changed shows both versions instead of one silently winning.
 */
class ProfileTwoTabsViewTest extends KaribuViewTest {

    @Autowired
    TestPeople testPeople;
    @Autowired
    AccountService accounts;

    /** The other tab: it read the profile when this one did, and saves the job title now. */
    private void otherTabSavesJobTitle(String title) {
        var read = accounts.profile().toDraft();
        accounts.updateProfile(read, new ProfileDraft(read.displayName(), title, read.language(), read.timeZone()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOtherTabsJobTitleSurvivesThisTabsTimeZone() {
        var customer = testPeople.customer("Profile tabs");
        login(customer.member());
        navigate("profile");
        otherTabSavesJobTitle("Head of test");

        ComboBox<ZoneId> zone = _get(ComboBox.class, spec -> spec.withLabel("Time zone"));
        _setValue(zone, ZoneId.of("America/Chicago"));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var stored = accounts.profile();
        assertThat(stored.jobTitle()).isEqualTo("Head of test");
        assertThat(stored.timeZone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Job title")).getValue()).isEqualTo("Head of test");
    }

    @Test
    void bothTabsChangingTheJobTitleShowBothVersions() {
        var customer = testPeople.customer("Profile tabs conflict");
        login(customer.member());
        navigate("profile");
        otherTabSavesJobTitle("Head of test");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Job title")), "Test architect");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_find(ConflictDialog.class)).hasSize(1);
        assertThat(accounts.profile().jobTitle()).isEqualTo("Head of test");
        _click(_get(Button.class, spec -> spec.withText("Save mine over it")));
        assertThat(accounts.profile().jobTitle()).isEqualTo("Test architect");
    }
}
