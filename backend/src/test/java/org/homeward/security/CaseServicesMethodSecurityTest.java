package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.homeward.casefile.CaseOpening;
import org.homeward.casefile.CaseRecording;
import org.homeward.casefile.CaseRecords;
import org.homeward.casefile.Consent;
import org.homeward.casefile.NewCase;
import org.homeward.casefile.PersonalDetails;
import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The services that open or change personal data check for themselves, whatever calls them: only a signed-in officer,
 * and only in their own name.
 */
@IntegrationTest
class CaseServicesMethodSecurityTest {

    @Autowired
    CaseRecords records;
    @Autowired
    CaseRecording recording;
    @Autowired
    CaseOpening opening;
    @Autowired
    UserAccounts accounts;

    private final UUID someCase = UUID.randomUUID();

    @Test
    void nobodySignedInGetsNothing() {
        HomewardUser officer = accounts.loadUserByUsername(TestUsers.JAKARTA_OFFICER);
        assertThatThrownBy(() -> records.find(someCase, officer)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> records.history(someCase, officer)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> recording.addNote(someCase, "a note", LocalDate.of(2026, 3, 1), officer))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> opening.open(newCase(), officer)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void noOneActsInAnOfficersNameButThatOfficer() {
        HomewardUser officer = accounts.loadUserByUsername(TestUsers.JAKARTA_OFFICER);
        HomewardUser manager = accounts.loadUserByUsername(TestUsers.MANAGER);
        HomewardUser colleague = accounts.loadUserByUsername(TestUsers.SECOND_JAKARTA_OFFICER);
        TestUsers.as(manager, () -> assertThatThrownBy(() -> records.find(someCase, officer)).isInstanceOf(AccessDeniedException.class));
        TestUsers.as(manager, () -> assertThatThrownBy(() -> records.find(someCase, manager)).isInstanceOf(AccessDeniedException.class));
        TestUsers.as(colleague, () -> assertThatThrownBy(() -> opening.open(newCase(), officer)).isInstanceOf(AccessDeniedException.class));
        assertThat(TestUsers.as(officer, () -> records.find(someCase, officer))).as("allowed, and no such case").isEmpty();
    }

    private static NewCase newCase() {
        return new NewCase(new PersonalDetails("Method Person", null), Sex.FEMALE, 1995, "ID", "JKT", ReferralSource.IOM,
                LocalDate.of(2026, 2, 1), new Consent(true, false));
    }
}
