package com.cohelm.program;

import static com.cohelm.support.DemoLogins.BRIGHTLINE_PROGRAM;
import static com.cohelm.support.DemoLogins.CALLOWAY_PROGRAM;
import static com.cohelm.support.DemoLogins.VERDANT_PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Every demo person × every demo program × every program service method: not found, read only,
 * contribute, or edit. A program someone may not see answers exactly like one that does not exist.
 */
@CohelmSpringTest
class ProgramAccessMatrixTest {

    enum Access { NONE, READ, CONTRIBUTE, EDIT }

    @Autowired
    ProgramService programs;
    @Autowired
    ProgramEditService programEdits;
    @Autowired
    ProgramAccessPolicy policy;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** login, then access to the Brightline, Verdant and Calloway programs. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                row("admin@northwind.example", Access.EDIT, Access.EDIT, Access.EDIT),       // supplier ADMIN
                row("sam@northwind.example", Access.EDIT, Access.EDIT, Access.NONE),         // supplier MEMBER, lead of two
                row("tomas@northwind.example", Access.CONTRIBUTE, Access.NONE, Access.CONTRIBUTE), // supplier MEMBER
                row("priya@northwind.example", Access.NONE, Access.NONE, Access.EDIT),       // supplier MEMBER, lead
                row("bea@brightline.example", Access.EDIT, Access.NONE, Access.NONE),        // customer ADMIN, lead
                row("ben@brightline.example", Access.CONTRIBUTE, Access.NONE, Access.NONE),  // customer MEMBER
                row("olivia@brightline.example", Access.READ, Access.NONE, Access.NONE),     // customer VIEWER
                row("victor@verdant.example", Access.NONE, Access.EDIT, Access.NONE),        // customer MEMBER, lead
                row("greta@verdant.example", Access.NONE, Access.CONTRIBUTE, Access.NONE),   // customer ADMIN
                row("maya@calloway.example", Access.NONE, Access.NONE, Access.CONTRIBUTE));  // customer MEMBER
    }

    private static Arguments row(String login, Access brightline, Access verdant, Access calloway) {
        return Arguments.of(login, List.of(brightline, verdant, calloway));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachPersonSeesExactlyTheirPrograms(String login, List<Access> expected) {
        signIn.as(login);
        var names = List.of(BRIGHTLINE_PROGRAM, VERDANT_PROGRAM, CALLOWAY_PROGRAM);
        var listed = programs.list(ProgramFilter.none(), PageRequest.of(0, 500)).stream()
                .map(ProgramSummary::name).filter(names::contains).toList();
        var visible = names.stream().filter(n -> expected.get(names.indexOf(n)) != Access.NONE).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(visible);
        assertThat(programs.count(ProgramFilter.none())).isGreaterThanOrEqualTo(visible.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyServiceMethodRespectsTheMatrix(String login, List<Access> expected) {
        signIn.as(login);
        var names = List.of(BRIGHTLINE_PROGRAM, VERDANT_PROGRAM, CALLOWAY_PROGRAM);
        for (int i = 0; i < names.size(); i++) {
            var id = demo.id(names.get(i));
            var access = expected.get(i);
            var found = programs.find(id);
            if (access == Access.NONE) {
                assertThat(found).as("find %s", names.get(i)).isEmpty();
                assertNotFound(() -> programs.recentActivity(id));
                assertNotFound(() -> programEdits.candidatesForProgram(id));
                assertNotFound(() -> programEdits.update(id, 0, validDraft()));
                assertNotFound(() -> policy.require(id));
                continue;
            }
            var details = found.orElseThrow();
            assertThat(details.canContribute()).as("contribute %s", names.get(i)).isEqualTo(access != Access.READ);
            assertThat(details.canEdit()).as("edit %s", names.get(i)).isEqualTo(access == Access.EDIT);
            assertThat(programs.recentActivity(id)).isNotNull();
            if (access == Access.EDIT) {
                assertThat(programEdits.candidatesForProgram(id).supplierPeople()).isNotEmpty();
                // Saving the unchanged program is allowed for editors and changes nothing.
                var saved = programEdits.update(id, details.version(), details.toDraft());
                assertThat(saved.version()).isEqualTo(details.version());
            } else {
                assertThatThrownBy(() -> programEdits.candidatesForProgram(id))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> programEdits.update(id, details.version(), details.toDraft()))
                        .isInstanceOf(AccessDeniedException.class);
            }
            if (access == Access.READ) {
                assertThatThrownBy(() -> policy.requireContributor(id)).isInstanceOf(AccessDeniedException.class);
            } else {
                assertThat(policy.requireContributor(id).programId()).isEqualTo(id);
            }
        }
        // An id that does not exist answers exactly like an invisible one.
        assertThat(programs.find(987_654_321L)).isEmpty();
        assertNotFound(() -> programs.recentActivity(987_654_321L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void onlySupplierAdminsCreatePrograms(String login, List<Access> expected) {
        var user = signIn.as(login);
        var customerId = demo.organizationId("Calloway Motor Works");
        if (user.isSupplierAdmin()) {
            assertThat(programEdits.customersForNewProgram()).extracting("name").contains("Calloway Motor Works");
            assertThat(programEdits.candidatesForNewProgram(customerId).customerPeople()).isNotEmpty();
        } else {
            assertThatThrownBy(programEdits::customersForNewProgram).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> programEdits.candidatesForNewProgram(customerId))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> programEdits.create(ProgramDraft.empty()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(Arrays.asList(Access.values())).containsAll(expected);
    }

    @Test
    void anonymousCallersGetNothing() {
        signIn.out();
        var brightline = demo.id(BRIGHTLINE_PROGRAM);
        assertThatThrownBy(() -> programs.list(ProgramFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> programs.find(brightline))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    /** Passes input validation, so that only access decides the answer. */
    private static ProgramDraft validDraft() {
        var today = TestClock.today();
        return new ProgramDraft(1L, "Name", "Success", today, today, ProgramStatus.ACTIVE, 1L, 2L,
                java.util.Set.of(), java.util.Set.of());
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ResourceNotFoundException.class);
    }
}
